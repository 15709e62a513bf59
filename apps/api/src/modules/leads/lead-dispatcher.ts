import { Scope } from '../../access/scope';
import { Role } from '../../access/role';
import { BadInput, NotFound } from '../../domain/errors';
import { distanceSql } from '../../domain/geo';
import { DispatchRules, DispatchRulesInput } from './dispatch-rules';

/** The leads open at a partner: they count against its tier's capacity. */
export const OPEN_STATUSES = `('NEW', 'DISPATCHED', 'ACCEPTED', 'QUALIFIED')`;

/** How many ranked candidates an explanation keeps (the chosen one always among them). */
export const EXPLAINED_CANDIDATES = 10;
/**
 * Candidates fetched per lead beyond the batch's size: a batch of n leads fills at most n - 1 partners before
 * a lead's turn, so a lead with more candidates than fetched always keeps one.
 */
const SPARE_CANDIDATES = 10;
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

interface CandidateRow {
  leadId: string;
  partnerId: string;
  inTerritory: boolean;
  categoryShare: number | null;
  tierPriority: number;
  maxPriority: number;
  distanceKm: number | null;
  openLeads: number;
  maxOpenLeads: number | null;
  leadAcceptHours: number | null;
  turn: string | null;
  considered: number;
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
   */
  async choose(scope: Scope, leadIds: readonly string[], rules: DispatchRules): Promise<Map<string, DispatchChoice>> {
    const rows = await this.candidates(scope, leadIds, rules, leadIds.length + SPARE_CANDIDATES);
    const byLead = new Map<string, CandidateRow[]>();
    for (const row of rows) byLead.set(row.leadId, [...(byLead.get(row.leadId) ?? []), row]);
    const open = new Map<string, number>();
    const turns = new Map<string, number | null>();
    let nextTurn = 0;
    for (const row of rows) {
      open.set(row.partnerId, row.openLeads);
      turns.set(row.partnerId, row.turn === null ? null : Number(row.turn));
      nextTurn = Math.max(nextTurn, row.turn === null ? 0 : Number(row.turn));
    }
    const choices = new Map<string, DispatchChoice>();
    for (const leadId of leadIds) {
      const candidates = (byLead.get(leadId) ?? []).filter((c) => c.maxOpenLeads === null || open.get(c.partnerId)! < c.maxOpenLeads);
      if (!candidates.length) continue;
      const scored = candidates
        .map((c) => score(c, rules, open.get(c.partnerId)!, turns.get(c.partnerId) ?? null))
        .sort((a, b) => b.total - a.total || (a.turn ?? -1) - (b.turn ?? -1) || (a.partnerId < b.partnerId ? -1 : 1));
      scored.forEach((c, i) => (c.rank = i + 1));
      const best = scored[0];
      best.chosen = true;
      const row = candidates.find((c) => c.partnerId === best.partnerId)!;
      choices.set(leadId, {
        leadId, partnerId: best.partnerId, leadAcceptHours: row.leadAcceptHours, considered: Number(row.considered),
        candidates: scored.slice(0, EXPLAINED_CANDIDATES),
      });
      open.set(best.partnerId, open.get(best.partnerId)! + 1);
      turns.set(best.partnerId, ++nextTurn);
    }
    return choices;
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

  private candidates(scope: Scope, leadIds: readonly string[], rules: DispatchRules, perLead: number): Promise<CandidateRow[]> {
    const distance = distanceSql('l.lat', 'l.lng');
    return scope.query<CandidateRow>(
      `WITH l AS (
         SELECT l.id, l.country, l.postal, g.latitude AS lat, g.longitude AS lng, g.region, l.company_key, l.domain_key
           FROM (SELECT id, country, upper(regexp_replace(coalesce(postal_code, ''), '[^0-9A-Za-z]', '', 'g')) AS postal,
                        trellis_company_key(company) AS company_key, trellis_email_domain(email) AS domain_key
                   FROM lead WHERE id = ANY($1::uuid[])) l
           LEFT JOIN LATERAL (
             SELECT g.latitude, g.longitude, g.region FROM gazetteer_place g
              WHERE g.kind = 'POSTAL_AREA' AND g.country = l.country AND l.postal <> '' AND l.postal LIKE upper(g.postal_prefix) || '%'
              ORDER BY length(g.postal_prefix) DESC LIMIT 1) g ON true),
       -- An approved deal registration of the same customer protects its partner: the only candidate then.
       -- (While that partner is active and has not declined the lead or let it expire; the longest protection wins.)
       protected AS (
         SELECT DISTINCT ON (l.id) l.id AS lead_id, r.partner_id
           FROM l JOIN deal_registration r ON r.status = 'APPROVED' AND r.protected_until > now()
            AND (r.company_key = l.company_key OR r.domain_key = l.domain_key)
           JOIN partner rp ON rp.id = r.partner_id AND rp.status = 'ACTIVE'
          WHERE NOT EXISTS (SELECT 1 FROM lead_event e WHERE e.lead_id = l.id AND e.partner_id = r.partner_id AND e.action IN ('DECLINED', 'EXPIRED'))
          ORDER BY l.id, r.protected_until DESC, r.created_at, r.id),
       -- A territory covers a lead of one of its countries: all of them when it names no postal prefix and no
       -- region; else those whose postal code starts with one of its prefixes, or whose postal area lies in one of its regions.
       lead_territory AS (
         SELECT l.id AS lead_id, t.id AS territory_id FROM l JOIN territory t ON l.country = ANY (t.countries)
          WHERE (cardinality(t.postal_prefixes) = 0 AND cardinality(t.regions) = 0)
             OR EXISTS (SELECT 1 FROM unnest(t.postal_prefixes) px WHERE l.postal <> '' AND l.postal LIKE upper(regexp_replace(px, '[^0-9A-Za-z]', '', 'g')) || '%')
             OR l.region = ANY (t.regions)),
       territory_partner AS (
         SELECT DISTINCT lt.lead_id, pt.partner_id FROM lead_territory lt JOIN partner_territory pt ON pt.territory_id = lt.territory_id),
       lead_category AS (
         SELECT DISTINCT li.lead_id, pr.category_id FROM lead_item li JOIN product pr ON pr.id = li.product_id
          WHERE li.lead_id = ANY($1::uuid[]) AND pr.category_id IS NOT NULL),
       category_count AS (SELECT lead_id, count(*) AS n FROM lead_category GROUP BY lead_id),
       -- Which partners offer products in each category of the batch: once per category, not once per lead.
       category_partner AS (
         SELECT DISTINCT pr.category_id, o.partner_id
           FROM (SELECT DISTINCT category_id FROM lead_category) c
           JOIN product pr ON pr.category_id = c.category_id AND pr.active
           JOIN offer o ON o.product_id = pr.id AND o.offered),
       competence AS (
         SELECT lc.lead_id, cp.partner_id, count(*) AS n
           FROM lead_category lc JOIN category_partner cp ON cp.category_id = lc.category_id
          GROUP BY lc.lead_id, cp.partner_id),
       open_leads AS (SELECT partner_id, count(*) AS n FROM lead WHERE status IN ${OPEN_STATUSES} AND partner_id IS NOT NULL GROUP BY partner_id),
       p AS (
         SELECT p.id, p.latitude, p.longitude, coalesce(t.lead_priority, 0) AS priority, t.max_open_leads, t.lead_accept_hours,
                coalesce(o.n, 0) AS open, tu.turn
           FROM partner p
           LEFT JOIN tier t ON t.id = p.tier_id
           LEFT JOIN open_leads o ON o.partner_id = p.id
           LEFT JOIN partner_lead_turn tu ON tu.partner_id = p.id
          WHERE p.status = 'ACTIVE'),
       max_priority AS (SELECT greatest(max(priority), 0) AS m FROM p),
       pair AS (
         SELECT l.id AS lead_id, p.id AS partner_id, tp.partner_id IS NOT NULL AS in_territory,
                CASE WHEN cc.n IS NULL THEN NULL ELSE coalesce(c.n, 0)::float8 / cc.n END AS category_share,
                p.priority, (SELECT m FROM max_priority) AS max_priority,
                CASE WHEN l.lat IS NULL OR p.latitude IS NULL THEN NULL ELSE ${distance} END AS km,
                p.open, p.max_open_leads, p.lead_accept_hours, p.turn, pr.partner_id IS NOT NULL AS protects
           -- Territory required: only the territory's partners (and a protected one) are paired at all; else all.
           FROM ${rules.requireTerritory
             ? `(SELECT lead_id, partner_id FROM territory_partner UNION SELECT lead_id, partner_id FROM protected) lp
                JOIN l ON l.id = lp.lead_id JOIN p ON p.id = lp.partner_id`
             : 'l CROSS JOIN p'}
           LEFT JOIN territory_partner tp ON tp.lead_id = l.id AND tp.partner_id = p.id
           LEFT JOIN protected pr ON pr.lead_id = l.id AND pr.partner_id = p.id
           LEFT JOIN category_count cc ON cc.lead_id = l.id
           LEFT JOIN competence c ON c.lead_id = l.id AND c.partner_id = p.id
          WHERE NOT EXISTS (SELECT 1 FROM lead_event e WHERE e.lead_id = l.id AND e.partner_id = p.id AND e.action IN ('DECLINED', 'EXPIRED'))
            AND NOT EXISTS (SELECT 1 FROM protected x WHERE x.lead_id = l.id AND x.partner_id <> p.id)
            AND (p.max_open_leads IS NULL OR p.open < p.max_open_leads)),
       eligible AS (
         SELECT *,
                $2::float8 * in_territory::int + $3::float8 * coalesce(category_share, 0)
                + $4::float8 * CASE WHEN max_priority > 0 THEN greatest(priority, 0)::float8 / max_priority ELSE 0 END
                + $5::float8 * CASE WHEN km IS NULL THEN 0 WHEN $8::int IS NULL THEN 1 / (1 + km / ${HALF_POINTS_KM}) ELSE greatest(0, 1 - km / $8) END
                + $6::float8 * CASE WHEN max_open_leads IS NULL THEN 1 ELSE 1 - open::float8 / max_open_leads END AS total
           FROM pair
          -- The partner a registration protects passes the territory and distance limits: the customer is its.
          WHERE protects OR ((NOT $7::boolean OR in_territory) AND ($8::int IS NULL OR (km IS NOT NULL AND km <= $8)))),
       ranked AS (
         SELECT *, row_number() OVER (PARTITION BY lead_id ORDER BY total DESC, turn ASC NULLS FIRST, partner_id) AS rn,
                count(*) OVER (PARTITION BY lead_id) AS considered
           FROM eligible)
       SELECT lead_id AS "leadId", partner_id AS "partnerId", in_territory AS "inTerritory", category_share AS "categoryShare",
              priority AS "tierPriority", max_priority AS "maxPriority", km AS "distanceKm", open::int AS "openLeads",
              max_open_leads AS "maxOpenLeads", lead_accept_hours AS "leadAcceptHours", turn::text AS turn, considered::int AS considered
         FROM ranked WHERE rn <= $9 ORDER BY lead_id, rn`,
      [leadIds, rules.territoryWeight, rules.categoryWeight, rules.tierWeight, rules.distanceWeight, rules.capacityWeight,
        rules.requireTerritory, rules.maxDistanceKm, perLead],
      'lead.dispatch-candidates',
    );
  }
}

/** Points per rule, from the facts and the partner's open leads and turn as the batch stands. */
function score(c: CandidateRow, rules: DispatchRules, open: number, turn: number | null): CandidateScore {
  const km = c.distanceKm === null ? null : Number(c.distanceKm);
  const distanceScore = km === null ? 0 : rules.maxDistanceKm === null ? 1 / (1 + km / HALF_POINTS_KM) : Math.max(0, 1 - km / rules.maxDistanceKm);
  const tierScore = c.maxPriority > 0 ? Math.max(c.tierPriority, 0) / c.maxPriority : 0;
  const capacityScore = c.maxOpenLeads === null ? 1 : 1 - open / c.maxOpenLeads;
  const points = {
    territoryPoints: round2(rules.territoryWeight * (c.inTerritory ? 1 : 0)),
    categoryPoints: round2(rules.categoryWeight * (c.categoryShare ?? 0)),
    tierPoints: round2(rules.tierWeight * tierScore),
    distancePoints: round2(rules.distanceWeight * distanceScore),
    capacityPoints: round2(rules.capacityWeight * capacityScore),
  };
  return {
    partnerId: c.partnerId,
    rank: 0,
    // Summed from the rounded points, so that equal-looking totals are equal (round robin decides them).
    total: round2(Object.values(points).reduce((a, b) => a + b, 0)),
    ...points,
    inTerritory: c.inTerritory,
    categoryShare: c.categoryShare === null ? null : round2(Number(c.categoryShare)),
    tierPriority: c.tierPriority,
    distanceKm: km === null ? null : Math.round(km * 10) / 10,
    openLeads: open,
    maxOpenLeads: c.maxOpenLeads,
    turn,
    chosen: false,
  };
}

export const DISPATCH_RULE_WRITERS = [Role.ADMIN, Role.CHANNEL_MANAGER];
