import { Scope } from '../../access/scope';
import { Role } from '../../access/role';
import { BadInput, NotFound } from '../../domain/errors';
import { DispatchRules, DispatchRulesInput } from './dispatch-rules';

/** The leads open at a partner: they count against its tier's capacity. */
export const OPEN_STATUSES = `('NEW', 'DISPATCHED', 'ACCEPTED', 'QUALIFIED')`;

/** How many ranked candidates an explanation keeps (the chosen one always among them). */
export const EXPLAINED_CANDIDATES = 10;
/** At this distance (km) the distance rule gives half its points when no maximum distance is set. */
const HALF_POINTS_KM = 50;

/**
 * Held by every dispatch (by hand, by rules, by a timer) until its transaction ends: turns are numbered in
 * order and a batch's capacity counts hold. Taken before any lead's row lock, so that dispatches never wait
 * on each other in a cycle.
 */
export async function holdDispatchLock(scope: Scope): Promise<void> {
  await scope.execute(`SELECT pg_advisory_xact_lock(hashtext('trellis.lead-dispatch'))`, [], 'lead.dispatch-lock');
}

/** One partner's standing for one lead: the facts and the points each rule gives (weight x score). */
export interface CandidateScore {
  partnerId: string;
  rank: number;
  total: number;
  territoryPoints: number;
  categoryPoints: number;
  tierPoints: number;
  distancePoints: number;
  capacityPoints: number;
  inTerritory: boolean;
  /** Share of the lead's product categories in which the partner offers products; null: the lead names no products. */
  categoryShare: number | null;
  tierPriority: number;
  /** Null: the customer's or the partner's location is unknown. */
  distanceKm: number | null;
  openLeads: number;
  maxOpenLeads: number | null;
  /** The partner's last turn of round robin (higher: more recent); null: never dispatched to. */
  turn: number | null;
  chosen: boolean;
}

export interface DispatchChoice {
  leadId: string;
  partnerId: string;
  leadAcceptHours: number | null;
  considered: number;
  candidates: CandidateScore[];
}

/** What ranking needs of a lead: where it is, what it asks for, and who may not or must have it. */
interface LeadFacts {
  id: string;
  lat: number | null;
  lng: number | null;
  territoryIds: string[];
  /** Partners that declined it or let it expire: never again. */
  excluded: string[];
  categoryIds: string[];
  /** The partner an approved deal registration of the same customer protects: the only candidate then. */
  protectedFor: string | null;
}

/** What ranking needs of an active partner, as the batch starts. */
interface PartnerFacts {
  id: string;
  lat: number | null;
  lng: number | null;
  priority: number;
  maxOpenLeads: number | null;
  leadAcceptHours: number | null;
  openLeads: number;
  turn: number | null;
}

/** A partner that passes the rules' hard limits for a lead, with its facts for that lead. */
interface Candidate {
  partner: PartnerFacts;
  inTerritory: boolean;
  categoryShare: number | null;
  distanceKm: number | null;
}

const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance in km, as domain/geo.ts's distanceSql computes it. */
function distanceKm(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const a = Math.sin(radians(lat2 - lat1) / 2) ** 2 + Math.cos(radians(lat1)) * Math.cos(radians(lat2)) * Math.sin(radians(lng2 - lng1) / 2) ** 2;
  return 6371 * 2 * Math.asin(Math.min(1, Math.sqrt(a)));
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * Automatic dispatch: scores every active partner for each lead by the channel manager's rules, in one
 * statement for a batch of leads, then hands the leads out in order. The best total wins; among equal totals
 * the partner whose last turn is oldest (round robin), then the lowest id. Capacity is counted as the batch
 * fills partners up.
 */
export class LeadDispatcher {
  async rules(scope: Scope): Promise<DispatchRules> {
    const [row] = await scope.query<DispatchRules>(
      `SELECT territory_weight AS "territoryWeight", category_weight AS "categoryWeight", tier_weight AS "tierWeight",
              distance_weight AS "distanceWeight", capacity_weight AS "capacityWeight", require_territory AS "requireTerritory",
              max_distance_km AS "maxDistanceKm", redispatch, registration_protection_days AS "registrationProtectionDays",
              updated_at AS "updatedAt", updated_by AS "updatedById"
         FROM dispatch_rules`,
      [],
      'dispatch-rules.get',
    );
    return row;
  }

  async updateRules(scope: Scope, input: DispatchRulesInput): Promise<DispatchRules> {
    for (const [field, value] of Object.entries(input)) {
      if (value === null && field !== 'maxDistanceKm') throw new BadInput(field, 'must not be null (omit it to keep it)');
    }
    const keep = (value: unknown) => (value === undefined ? null : value);
    // Omitted fields keep their values; a change to the same values writes nothing (parallel ones included).
    await scope.execute(
      `UPDATE dispatch_rules r SET territory_weight = n.territory_weight, category_weight = n.category_weight, tier_weight = n.tier_weight,
              distance_weight = n.distance_weight, capacity_weight = n.capacity_weight, require_territory = n.require_territory,
              max_distance_km = n.max_distance_km, redispatch = n.redispatch, registration_protection_days = n.registration_protection_days,
              updated_at = now(), updated_by = $10
         FROM (SELECT coalesce($1::int, territory_weight) AS territory_weight, coalesce($2::int, category_weight) AS category_weight,
                      coalesce($3::int, tier_weight) AS tier_weight, coalesce($4::int, distance_weight) AS distance_weight,
                      coalesce($5::int, capacity_weight) AS capacity_weight, coalesce($6::boolean, require_territory) AS require_territory,
                      CASE WHEN $8::boolean THEN $7::int ELSE max_distance_km END AS max_distance_km, coalesce($9::boolean, redispatch) AS redispatch,
                      coalesce($11::int, registration_protection_days) AS registration_protection_days
                 FROM dispatch_rules) n
        WHERE (r.territory_weight, r.category_weight, r.tier_weight, r.distance_weight, r.capacity_weight, r.require_territory, r.max_distance_km, r.redispatch,
               r.registration_protection_days)
              IS DISTINCT FROM (n.territory_weight, n.category_weight, n.tier_weight, n.distance_weight, n.capacity_weight, n.require_territory, n.max_distance_km,
               n.redispatch, n.registration_protection_days)`,
      [keep(input.territoryWeight), keep(input.categoryWeight), keep(input.tierWeight), keep(input.distanceWeight), keep(input.capacityWeight),
        keep(input.requireTerritory), keep(input.maxDistanceKm), input.maxDistanceKm !== undefined, keep(input.redispatch), scope.user.userId || null,
        keep(input.registrationProtectionDays)],
      'dispatch-rules.update',
    );
    return this.rules(scope);
  }

  /**
   * The choice for each of these leads (oldest first), or none where no partner passes the rules' hard limits
   * (active; in the lead's territory when required; within the maximum distance when set; below its tier's
   * open-lead capacity; never declined or let expire this lead). A customer an approved deal registration
   * protects has that partner as its only candidate, wherever it is. Writes nothing: the caller dispatches.
   *
   * The facts come from a few statements whose cost grows with the leads and the partners, not with their
   * pairs; the pairs (a batch of 200 leads has tens of thousands) are scored here.
   */
  async choose(scope: Scope, leadIds: readonly string[], rules: DispatchRules): Promise<Map<string, DispatchChoice>> {
    const leads = await this.leadFacts(scope, leadIds);
    const territoryIds = [...new Set(leads.flatMap((l) => l.territoryIds))];
    const territoryPartners = new Map<string, Set<string>>();
    if (territoryIds.length) {
      for (const row of await scope.query<{ territoryId: string; partnerIds: string[] }>(
        `SELECT territory_id AS "territoryId", array_agg(partner_id) AS "partnerIds" FROM partner_territory WHERE territory_id = ANY($1::uuid[]) GROUP BY territory_id`,
        [territoryIds], 'lead.dispatch-territory-partners')) territoryPartners.set(row.territoryId, new Set(row.partnerIds));
    }
    // The partners of a lead's territories: one set per combination of territories (most leads share a few).
    const members = new Map<string, ReadonlySet<string>>();
    const membersOf = (lead: LeadFacts): ReadonlySet<string> => {
      const key = lead.territoryIds.join(',');
      let set = members.get(key);
      if (!set) {
        set = lead.territoryIds.length === 1 ? territoryPartners.get(lead.territoryIds[0]) ?? new Set<string>()
          : new Set(lead.territoryIds.flatMap((t) => [...(territoryPartners.get(t) ?? [])]));
        members.set(key, set);
      }
      return set;
    };
    // Territory required: only the territories' partners (and a protected one) can be candidates at all.
    let wanted: string[] | null = null;
    if (rules.requireTerritory) {
      const all = new Set<string>();
      for (const set of territoryPartners.values()) for (const id of set) all.add(id);
      for (const lead of leads) if (lead.protectedFor) all.add(lead.protectedFor);
      wanted = [...all];
    }
    const { partners, maxPriority } = await this.partnerFacts(scope, wanted);
    const competence = await this.competence(scope, [...new Set(leads.flatMap((l) => l.categoryIds))]);

    const open = new Map(partners.map((p) => [p.id, p.openLeads]));
    const turns = new Map(partners.map((p) => [p.id, p.turn]));
    let nextTurn = partners.reduce((max, p) => Math.max(max, p.turn ?? 0), 0);
    const partnerById = new Map(partners.map((p) => [p.id, p]));
    const leadById = new Map(leads.map((l) => [l.id, l]));
    const choices = new Map<string, DispatchChoice>();
    for (const leadId of leadIds) {
      const lead = leadById.get(leadId.toLowerCase());
      if (!lead) continue;
      const eligible = this.eligible(lead, rules, membersOf(lead), partnerById, partners, competence);
      // As the batch stands: partners it has filled up drop out, and turns it has given count.
      const candidates = eligible.filter((c) => c.partner.maxOpenLeads === null || open.get(c.partner.id)! < c.partner.maxOpenLeads);
      if (!candidates.length) continue;
      const ranked = candidates
        .map((c) => ({ c, total: totalOf(c, rules, maxPriority, open.get(c.partner.id)!), turn: turns.get(c.partner.id) ?? null }))
        .sort((a, b) => b.total - a.total || (a.turn ?? -1) - (b.turn ?? -1) || (a.c.partner.id < b.c.partner.id ? -1 : 1));
      const best = ranked[0].c.partner;
      const explained = ranked.slice(0, EXPLAINED_CANDIDATES).map((r, i) => ({
        ...score(r.c, rules, maxPriority, open.get(r.c.partner.id)!, r.turn), rank: i + 1, chosen: i === 0,
      }));
      choices.set(leadId, { leadId, partnerId: best.id, leadAcceptHours: best.leadAcceptHours, considered: eligible.length, candidates: explained });
      open.set(best.id, open.get(best.id)! + 1);
      turns.set(best.id, ++nextTurn);
    }
    return choices;
  }

  /** The partners that pass the hard limits for a lead as the batch starts (its open-lead counts from the database). */
  private eligible(
    lead: LeadFacts, rules: DispatchRules, inTerritory: ReadonlySet<string>, partnerById: ReadonlyMap<string, PartnerFacts>,
    partners: readonly PartnerFacts[], competence: ReadonlyMap<string, ReadonlySet<string>>,
  ): Candidate[] {
    const excluded = new Set(lead.excluded);
    // Ids where they may name partners no longer active (and so not among the facts).
    const pool: Iterable<string | PartnerFacts> = lead.protectedFor ? [lead.protectedFor] : rules.requireTerritory ? inTerritory : partners;
    const out: Candidate[] = [];
    for (const item of pool) {
      const partner = typeof item === 'string' ? partnerById.get(item) : item;
      if (!partner) continue; // not active
      if (excluded.has(partner.id)) continue;
      if (partner.maxOpenLeads !== null && partner.openLeads >= partner.maxOpenLeads) continue;
      const here = inTerritory.has(partner.id);
      const km = lead.lat === null || lead.lng === null || partner.lat === null || partner.lng === null
        ? null : distanceKm(lead.lat, lead.lng, partner.lat, partner.lng);
      // The partner a registration protects passes the territory and distance limits: the customer is its.
      const protects = lead.protectedFor === partner.id;
      if (!protects && ((rules.requireTerritory && !here) || (rules.maxDistanceKm !== null && (km === null || km > rules.maxDistanceKm)))) continue;
      let categoryShare: number | null = null;
      if (lead.categoryIds.length) {
        let offered = 0;
        for (const category of lead.categoryIds) if (competence.get(category)?.has(partner.id)) offered++;
        categoryShare = offered / lead.categoryIds.length;
      }
      out.push({ partner, inTerritory: here, categoryShare, distanceKm: km });
    }
    return out;
  }

  /**
   * Each lead's place (its postal area in the gazetteer: the longest prefix of its postal code), the
   * territories that cover it, the partners that may not have it, its products' categories, and the partner
   * an approved registration of the same customer protects (active, and not one that let the lead go).
   * A territory covers a lead of one of its countries: all of them when it names no postal prefix and no
   * region; else those whose postal code starts with one of its prefixes, or whose postal area lies in one of its regions.
   */
  private leadFacts(scope: Scope, leadIds: readonly string[]): Promise<LeadFacts[]> {
    return scope.query<LeadFacts>(
      `WITH l AS MATERIALIZED (
         SELECT id, country, company, email, upper(regexp_replace(coalesce(postal_code, ''), '[^0-9A-Za-z]', '', 'g')) AS postal
           FROM lead WHERE id = ANY($1::uuid[]))
       SELECT l.id, g.latitude AS lat, g.longitude AS lng,
              ARRAY(SELECT t.id FROM territory t WHERE l.country = ANY (t.countries)
                       AND ((cardinality(t.postal_prefixes) = 0 AND cardinality(t.regions) = 0)
                         OR EXISTS (SELECT 1 FROM unnest(t.postal_prefixes) px WHERE l.postal <> '' AND l.postal LIKE upper(regexp_replace(px, '[^0-9A-Za-z]', '', 'g')) || '%')
                         OR g.region = ANY (t.regions))) AS "territoryIds",
              ARRAY(SELECT DISTINCT e.partner_id FROM lead_event e WHERE e.lead_id = l.id AND e.partner_id IS NOT NULL AND e.action IN ('DECLINED', 'EXPIRED')) AS excluded,
              ARRAY(SELECT DISTINCT pr.category_id FROM lead_item li JOIN product pr ON pr.id = li.product_id
                     WHERE li.lead_id = l.id AND pr.category_id IS NOT NULL) AS "categoryIds",
              (SELECT r.partner_id FROM deal_registration r JOIN partner rp ON rp.id = r.partner_id AND rp.status = 'ACTIVE'
                WHERE r.status = 'APPROVED' AND r.protected_until > now()
                  AND (r.company_key = trellis_company_key(l.company) OR r.domain_key = trellis_email_domain(l.email))
                  AND NOT EXISTS (SELECT 1 FROM lead_event e WHERE e.lead_id = l.id AND e.partner_id = r.partner_id AND e.action IN ('DECLINED', 'EXPIRED'))
                ORDER BY r.protected_until DESC, r.created_at, r.id LIMIT 1) AS "protectedFor"
         FROM l
         -- Gazetteer prefixes are stored as postal codes are compared: letters and digits, upper case.
         LEFT JOIN LATERAL (
           SELECT g.latitude, g.longitude, g.region FROM gazetteer_place g
            WHERE g.kind = 'POSTAL_AREA' AND g.country = l.country
              AND g.postal_prefix = ANY (ARRAY(SELECT left(l.postal, n) FROM generate_series(1, length(l.postal)) n))
            ORDER BY length(g.postal_prefix) DESC LIMIT 1) g ON true`,
      [leadIds],
      'lead.dispatch-lead-facts',
    );
  }

  /** The active partners (all, or these), with their tier's terms, open leads and last turn; and the highest tier priority of all active partners. */
  private async partnerFacts(scope: Scope, partnerIds: readonly string[] | null): Promise<{ partners: PartnerFacts[]; maxPriority: number }> {
    if (partnerIds && !partnerIds.length) return { partners: [], maxPriority: 0 };
    const rows = await scope.query<Omit<PartnerFacts, 'turn'> & { turn: string | null; maxPriority: number }>(
      `SELECT p.id, p.latitude AS lat, p.longitude AS lng, coalesce(t.lead_priority, 0) AS priority, t.max_open_leads AS "maxOpenLeads",
              t.lead_accept_hours AS "leadAcceptHours", tu.turn::text AS turn,
              (SELECT count(*) FROM lead o WHERE o.partner_id = p.id AND o.status IN ${OPEN_STATUSES})::int AS "openLeads",
              (SELECT greatest(max(coalesce(t2.lead_priority, 0)), 0) FROM partner p2 LEFT JOIN tier t2 ON t2.id = p2.tier_id WHERE p2.status = 'ACTIVE') AS "maxPriority"
         FROM partner p
         LEFT JOIN tier t ON t.id = p.tier_id
         LEFT JOIN partner_lead_turn tu ON tu.partner_id = p.id
        WHERE p.status = 'ACTIVE' AND ($1::uuid[] IS NULL OR p.id = ANY ($1::uuid[]))
        ORDER BY p.id`,
      [partnerIds],
      'lead.dispatch-partner-facts',
    );
    return {
      partners: rows.map(({ maxPriority: _m, turn, ...p }) => ({ ...p, turn: turn === null ? null : Number(turn) })),
      maxPriority: rows[0]?.maxPriority ?? 0,
    };
  }

  /** Which partners offer active products of each of these categories. */
  private async competence(scope: Scope, categoryIds: readonly string[]): Promise<Map<string, Set<string>>> {
    const out = new Map<string, Set<string>>();
    if (!categoryIds.length) return out;
    const rows = await scope.query<{ categoryId: string; partnerIds: string[] }>(
      `SELECT c.category_id AS "categoryId", ARRAY(SELECT DISTINCT o.partner_id FROM product pr JOIN offer o ON o.product_id = pr.id AND o.offered
                                                    WHERE pr.category_id = c.category_id AND pr.active) AS "partnerIds"
         FROM unnest($1::uuid[]) AS c(category_id)`,
      [categoryIds],
      'lead.dispatch-competence',
    );
    for (const row of rows) out.set(row.categoryId, new Set(row.partnerIds));
    return out;
  }

  /** The partner an approved deal registration protects this lead's customer for, if any (and its reference). */
  async protectedFor(scope: Scope, leadId: string): Promise<{ partnerId: string; reference: string } | null> {
    const [row] = await scope.query<{ partnerId: string; reference: string }>(
      `SELECT r.partner_id AS "partnerId", r.reference FROM lead l JOIN deal_registration r ON r.status = 'APPROVED' AND r.protected_until > now()
          AND (r.company_key = trellis_company_key(l.company) OR r.domain_key = trellis_email_domain(l.email))
         JOIN partner rp ON rp.id = r.partner_id AND rp.status = 'ACTIVE'
        WHERE l.id = $1 AND NOT EXISTS (SELECT 1 FROM lead_event e WHERE e.lead_id = l.id AND e.partner_id = r.partner_id AND e.action IN ('DECLINED', 'EXPIRED'))
        ORDER BY r.protected_until DESC, r.created_at, r.id LIMIT 1`, [leadId], 'lead.protected-for');
    return row ?? null;
  }

  /** The ranking of partners for one lead under the current rules, without dispatching it. */
  async preview(scope: Scope, leadId: string): Promise<{ considered: number; candidates: CandidateScore[] }> {
    const [lead] = await scope.query(`SELECT 1 FROM lead WHERE id = $1`, [leadId], 'lead.exists');
    if (!lead) throw new NotFound('Lead', leadId);
    const rules = await this.rules(scope);
    const choice = (await this.choose(scope, [leadId], rules)).get(leadId);
    return choice ? { considered: choice.considered, candidates: choice.candidates } : { considered: 0, candidates: [] };
  }
}

/** Points per rule (weight x score, rounded as shown), from the facts and the partner's open leads as the batch stands. */
function pointsOf(c: Candidate, rules: DispatchRules, maxPriority: number, open: number) {
  const km = c.distanceKm;
  const distanceScore = km === null ? 0 : rules.maxDistanceKm === null ? 1 / (1 + km / HALF_POINTS_KM) : Math.max(0, 1 - km / rules.maxDistanceKm);
  const tierScore = maxPriority > 0 ? Math.max(c.partner.priority, 0) / maxPriority : 0;
  const capacityScore = c.partner.maxOpenLeads === null ? 1 : 1 - open / c.partner.maxOpenLeads;
  return {
    territoryPoints: round2(rules.territoryWeight * (c.inTerritory ? 1 : 0)),
    categoryPoints: round2(rules.categoryWeight * (c.categoryShare ?? 0)),
    tierPoints: round2(rules.tierWeight * tierScore),
    distancePoints: round2(rules.distanceWeight * distanceScore),
    capacityPoints: round2(rules.capacityWeight * capacityScore),
  };
}

/** Summed from the rounded points, so that equal-looking totals are equal (round robin decides them). */
function totalOf(c: Candidate, rules: DispatchRules, maxPriority: number, open: number): number {
  const p = pointsOf(c, rules, maxPriority, open);
  return round2(p.territoryPoints + p.categoryPoints + p.tierPoints + p.distancePoints + p.capacityPoints);
}

function score(c: Candidate, rules: DispatchRules, maxPriority: number, open: number, turn: number | null): CandidateScore {
  const points = pointsOf(c, rules, maxPriority, open);
  return {
    partnerId: c.partner.id,
    rank: 0,
    total: totalOf(c, rules, maxPriority, open),
    ...points,
    inTerritory: c.inTerritory,
    categoryShare: c.categoryShare === null ? null : round2(c.categoryShare),
    tierPriority: c.partner.priority,
    distanceKm: c.distanceKm === null ? null : Math.round(c.distanceKm * 10) / 10,
    openLeads: open,
    maxOpenLeads: c.partner.maxOpenLeads,
    turn,
    chosen: false,
  };
}

export const DISPATCH_RULE_WRITERS = [Role.ADMIN, Role.CHANNEL_MANAGER];
