import { Scope } from '../../access/scope';
import { Connection, decodeCursor, toConnection } from '../../domain/connection';
import { BadInput, Conflict, NotFound } from '../../domain/errors';
import { instancesOf } from '../../domain/sql';
import { addMonths, monthOf } from '../../domain/kpi';
import { PartnerService } from '../partners/partner.service';
import { PartnerLifecycle } from '../partners/partner-lifecycle';
import { PartnerFigures } from '../partners/partner-figures';
import { ReferenceDataService } from '../partners/reference-data.service';
import { PartnerStatus } from '../partners/partner.entity';
import { MetricsService } from '../analytics/metrics.service';
import { InteractionService } from '../interactions/interaction.service';
import { Criterion, CriterionCheck as Check, TierDecision, WindowMetrics, checksOf, decide } from './tier-evaluation';
import { CriterionCheck, MetricFigure, TierCriterion, TierEvaluation, TierProgram, TierProposal, TierProposalStatus, TierStanding } from './tier-rules.types';
import { SetTierCriteriaInput, UpdateTierProgramInput } from './tier-rules.inputs';

const MONEY_METRICS = new Set(['SELL_IN', 'SELL_OUT']);
const RATES = new Set(['LEAD_ACCEPTANCE_RATE', 'WIN_RATE']);
const PROPOSAL_COLUMNS = `t.id, t.partner_id AS "partnerId", t.from_tier_id AS "fromTierId", t.to_tier_id AS "toTierId", t.decided_by AS "decidedById",
  t.direction, t.status, t.facts, to_char(t.window_start, 'YYYY-MM-DD') AS "windowStart", to_char(t.window_end, 'YYYY-MM-DD') AS "windowEnd",
  t.created_at AS "createdAt", t.decided_at AS "decidedAt", t.decision_note AS "decisionNote",
  to_char(t.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "cursorAt"`;

const round1 = (n: number) => Math.round(n * 10) / 10;
/** Money is kept in minor units and shown in major ones. */
const shown = (metric: string, n: number | null) => (n == null ? null : MONEY_METRICS.has(metric) ? n / 100 : n);

function toOutput(c: Check): CriterionCheck {
  return Object.assign(new CriterionCheck(), { ...c, minimum: shown(c.metric, c.minimum)!, value: shown(c.metric, c.value), gap: shown(c.metric, c.gap)! });
}

/** The window of whole months ending with the last month that ended before `now`. */
export function windowOf(months: number, now = new Date()): { firstMonth: string; lastMonth: string; start: string; end: string } {
  const lastMonth = addMonths(monthOf(now), -1);
  const firstMonth = addMonths(lastMonth, -(months - 1));
  const end = new Date(Date.UTC(Number(lastMonth.slice(0, 4)), Number(lastMonth.slice(5, 7)), 0)).toISOString().slice(0, 10);
  return { firstMonth, lastMonth, start: firstMonth, end };
}

/**
 * Tiers that keep themselves right: admins set each tier's entry and keep criteria over the KPIs that
 * exist; an evaluation (a daily job, or a channel writer asking) measures every active partner over the
 * program's window, keeps its figures as its standing, and proposes promotions and demotions by one rule
 * (tier-evaluation.ts) with the figures behind each, applying them at once when the program says so. A
 * channel writer applies or dismisses the others. A partner's users read their own standing: where they
 * are, and what the next tier asks for.
 */
export class TierRulesService {
  constructor(
    private readonly partners: PartnerService,
    private readonly lifecycle: PartnerLifecycle,
    private readonly members: PartnerFigures,
    private readonly referenceData: ReferenceDataService,
    private readonly metrics: MetricsService,
    private readonly interactions: InteractionService,
  ) {}

  async program(scope: Scope): Promise<TierProgram> {
    const [row] = await scope.query<TierProgram>(
      `SELECT auto_apply AS "autoApply", window_months AS "windowMonths", (SELECT max(evaluated_at) FROM tier_standing) AS "evaluatedAt" FROM tier_program`, [], 'tiers.program');
    return row;
  }

  async updateProgram(scope: Scope, input: UpdateTierProgramInput): Promise<TierProgram> {
    await scope.execute(
      `UPDATE tier_program SET auto_apply = $1, window_months = $2, updated_at = now() WHERE (auto_apply, window_months) IS DISTINCT FROM ($1, $2)`,
      [input.autoApply, input.windowMonths], 'tiers.program-update');
    return this.program(scope);
  }

  /** Criteria of tiers, entry first, by metric. */
  async criteriaOf(scope: Scope, tierIds: readonly string[] | null): Promise<TierCriterion[]> {
    const rows = await scope.query<Criterion>(
      `SELECT tier_id AS "tierId", purpose, metric, minimum::float8 AS minimum, currency FROM tier_criterion
        WHERE $1::uuid[] IS NULL OR tier_id = ANY($1::uuid[]) ORDER BY tier_id, purpose, metric, currency`, [tierIds], 'tiers.criteria');
    return rows.map((c) => Object.assign(new TierCriterion(), { ...c, minimum: shown(c.metric, c.minimum)! }));
  }

  /** Replaces a tier's criteria with those given (the same list again changes nothing). */
  async setCriteria(scope: Scope, input: SetTierCriteriaInput): Promise<TierCriterion[]> {
    const [tier] = await this.referenceData.tiersByIds(scope, [input.tierId]);
    if (!tier) throw new NotFound('Tier', input.tierId);
    const seen = new Set<string>();
    const rows = input.criteria.map((c, i) => {
      const at = (name: string) => `criteria[${i}].${name}`;
      const money = MONEY_METRICS.has(c.metric);
      if (money && !c.currency) throw new BadInput(at('currency'), `is required for ${c.metric}`);
      if (!money && c.currency) throw new BadInput(at('currency'), `applies to SELL_IN and SELL_OUT only`);
      if (RATES.has(c.metric) && c.minimum > 100) throw new BadInput(at('minimum'), 'is a percent: at most 100');
      if (c.metric === 'TRAINED_STAFF' && !Number.isInteger(c.minimum)) throw new BadInput(at('minimum'), 'must be a whole number of people');
      if (money && Math.round(c.minimum * 100) !== Math.round(c.minimum * 100 * 1000) / 1000) throw new BadInput(at('minimum'), 'must have at most two decimals');
      const key = `${c.purpose}:${c.metric}`;
      if (seen.has(key)) throw new BadInput(at('metric'), `is given twice for ${c.purpose}`);
      seen.add(key);
      return { purpose: c.purpose, metric: c.metric, minimum: money ? Math.round(c.minimum * 100) : c.minimum, currency: c.currency ?? null };
    });
    // Criteria changes take turns with each other and with evaluations.
    await scope.query(`SELECT 1 FROM tier_program FOR UPDATE`, [], 'tiers.program-lock');
    const key = (c: { purpose: string; metric: string; minimum: number; currency: string | null }) => `${c.purpose}|${c.metric}|${c.minimum}|${c.currency ?? ''}`;
    const current = (await this.rawCriteria(scope)).filter((c) => c.tierId === input.tierId).map(key).sort().join();
    if (current !== rows.map(key).sort().join()) {
      await scope.execute(`DELETE FROM tier_criterion WHERE tier_id = $1`, [input.tierId], 'tiers.criteria-clear');
      await scope.execute(
        `INSERT INTO tier_criterion (tier_id, purpose, metric, minimum, currency) SELECT $1, * FROM unnest($2::text[], $3::text[], $4::bigint[], $5::text[])`,
        [input.tierId, rows.map((r) => r.purpose), rows.map((r) => r.metric), rows.map((r) => r.minimum), rows.map((r) => r.currency)], 'tiers.criteria-set');
    }
    return this.criteriaOf(scope, [input.tierId]);
  }

  /**
   * Measures every active partner over the window, stores its figures, and proposes (or applies) what the
   * rule says. One evaluation at a time (an advisory lock); a proposal that stays the same is not written
   * again, and an open one the figures no longer support is superseded.
   */
  async evaluate(scope: Scope): Promise<TierEvaluation> {
    await scope.query(`SELECT pg_advisory_xact_lock(hashtext('trellis.tier-review'))`, [], 'tiers.review-lock');
    const program = await this.program(scope);
    const window = windowOf(program.windowMonths);
    const members = (await this.members.members(scope)).filter((m) => m.status === PartnerStatus.ACTIVE);
    const ids = members.map((m) => m.id);
    const measured = await this.measure(scope, ids, window);
    const tiers = await this.referenceData.tiers(scope);
    const criteria = await this.rawCriteria(scope);
    await scope.execute(
      `INSERT INTO tier_standing (partner_id, window_start, window_end, metrics, evaluated_at)
       SELECT x.id, $2::date, $3::date, x.metrics, now() FROM unnest($1::uuid[], $4::jsonb[]) AS x(id, metrics)
       ON CONFLICT (partner_id) DO UPDATE SET window_start = EXCLUDED.window_start, window_end = EXCLUDED.window_end, metrics = EXCLUDED.metrics, evaluated_at = now()`,
      [ids, window.start, window.end, ids.map((id) => JSON.stringify(measured.get(id)))], 'tiers.standings');
    const decisions = new Map<string, TierDecision>();
    for (const m of members) {
      const decision = decide(tiers, criteria, m.tierId, measured.get(m.id)!);
      if (decision) decisions.set(m.id, decision);
    }
    const open = await scope.query<{ id: string; partnerId: string; toTierId: string | null; direction: string; facts: Check[] }>(
      `SELECT id, partner_id AS "partnerId", to_tier_id AS "toTierId", direction, facts FROM tier_proposal WHERE status = 'PROPOSED'`, [], 'tiers.open-proposals');
    const openOf = new Map(open.map((p) => [p.partnerId, p]));
    const superseded = open.filter((p) => { const d = decisions.get(p.partnerId); return !d || d.toTierId !== p.toTierId || d.direction !== p.direction; });
    if (superseded.length) {
      await scope.execute(`UPDATE tier_proposal SET status = 'SUPERSEDED', decided_at = now() WHERE id = ANY($1::uuid[]) AND status = 'PROPOSED'`,
        [superseded.map((p) => p.id)], 'tiers.supersede');
    }
    // The same proposal still open: its figures brought up to date, where they changed.
    const kept = open.filter((p) => !superseded.includes(p));
    const refreshed = kept.filter((p) => JSON.stringify(p.facts) !== JSON.stringify(decisions.get(p.partnerId)!.facts));
    if (refreshed.length) {
      await scope.execute(`UPDATE tier_proposal t SET facts = x.facts FROM unnest($1::uuid[], $2::jsonb[]) AS x(id, facts) WHERE t.id = x.id`,
        [refreshed.map((p) => p.id), refreshed.map((p) => JSON.stringify(decisions.get(p.partnerId)!.facts))], 'tiers.refresh-facts');
    }
    const fresh = [...decisions.entries()].filter(([partnerId]) => { const o = openOf.get(partnerId); return !o || superseded.includes(o); });
    const { rows: created } = await scope.execute<{ id: string }>(
      `INSERT INTO tier_proposal (partner_id, from_tier_id, to_tier_id, direction, facts, window_start, window_end)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::jsonb[], $6::date[], $7::date[]) RETURNING id`,
      [fresh.map(([id]) => id), fresh.map(([, d]) => d.fromTierId), fresh.map(([, d]) => d.toTierId), fresh.map(([, d]) => d.direction),
        fresh.map(([, d]) => JSON.stringify(d.facts)), fresh.map(() => window.start), fresh.map(() => window.end)], 'tiers.propose');
    let applied = 0;
    if (program.autoApply) {
      for (const { id } of created) {
        await this.apply(scope, id);
        applied++;
      }
    }
    return { evaluated: members.length, proposed: created.length, applied, superseded: superseded.length, windowStart: window.start, windowEnd: window.end };
  }

  /** Applies an open proposal: the partner's tier changes (recorded in its history). Applying it again changes nothing. */
  async apply(scope: Scope, proposalId: string, note = ''): Promise<TierProposal> {
    const { rows: [taken] } = await scope.execute<{ partnerId: string; toTierId: string | null }>(
      `UPDATE tier_proposal SET status = 'APPLIED', decided_at = now(), decided_by = nullif($2, '')::uuid, decision_note = $3
        WHERE id = $1 AND status = 'PROPOSED' RETURNING partner_id AS "partnerId", to_tier_id AS "toTierId"`,
      [proposalId, scope.user.userId, note], 'tiers.apply');
    if (!taken) return this.settled(scope, proposalId, TierProposalStatus.APPLIED);
    await this.lifecycle.assignTier(scope, taken.partnerId, taken.toTierId);
    return this.proposal(scope, proposalId);
  }

  async dismiss(scope: Scope, proposalId: string, note: string): Promise<TierProposal> {
    const { rows: [taken] } = await scope.execute<{ id: string }>(
      `UPDATE tier_proposal SET status = 'DISMISSED', decided_at = now(), decided_by = nullif($2, '')::uuid, decision_note = $3 WHERE id = $1 AND status = 'PROPOSED' RETURNING id`,
      [proposalId, scope.user.userId, note], 'tiers.dismiss');
    return taken ? this.proposal(scope, proposalId) : this.settled(scope, proposalId, TierProposalStatus.DISMISSED);
  }

  async proposal(scope: Scope, id: string): Promise<TierProposal> {
    const [found] = await scope.query<TierProposal>(`SELECT ${PROPOSAL_COLUMNS} FROM tier_proposal t WHERE t.id = $1`, [id], 'tiers.proposal');
    if (!found) throw new NotFound('TierProposal', id);
    return this.toProposals([found])[0];
  }

  /** Proposals, latest first. */
  async proposals(scope: Scope, status: TierProposalStatus | null | undefined, partnerId: string | null | undefined, first: number, after?: string | null): Promise<Connection<TierProposal>> {
    const params: unknown[] = [];
    const where: string[] = [];
    if (status) where.push(`t.status = $${params.push(status)}`);
    if (partnerId) where.push(`t.partner_id = $${params.push((await this.partners.get(scope, partnerId)).id)}`);
    const counted = [...where];
    const countParams = [...params];
    if (after) {
      const [at, id] = decodeCursor(after, ['timestamp', 'uuid']);
      where.push(`(t.created_at, t.id) < ($${params.push(at)}::timestamptz, $${params.push(id)}::uuid)`);
    }
    const clause = (parts: string[]) => (parts.length ? `WHERE ${parts.join(' AND ')}` : '');
    const rows = await scope.query<TierProposal>(
      `SELECT ${PROPOSAL_COLUMNS} FROM tier_proposal t ${clause(where)} ORDER BY t.created_at DESC, t.id DESC LIMIT $${params.push(first + 1)}`, params, 'tiers.proposals');
    const count = async () => (await scope.query<{ n: number }>(`SELECT count(*)::int AS n FROM tier_proposal t ${clause(counted)}`, countParams, 'tiers.proposals-count'))[0].n;
    return toConnection(this.toProposals(rows), first, count, (p) => [p.cursorAt, p.id]);
  }

  /** Where partners stand, from their last evaluation's figures and today's criteria. */
  async standings(scope: Scope, partnerIds: readonly string[]): Promise<TierStanding[]> {
    const partners = await this.partners.byIds(scope, partnerIds);
    if (!partners.length) return [];
    const stored = await scope.query<{ partnerId: string; windowStart: string; windowEnd: string; metrics: WindowMetrics; evaluatedAt: Date }>(
      `SELECT partner_id AS "partnerId", to_char(window_start, 'YYYY-MM-DD') AS "windowStart", to_char(window_end, 'YYYY-MM-DD') AS "windowEnd", metrics, evaluated_at AS "evaluatedAt"
         FROM tier_standing WHERE partner_id = ANY($1::uuid[])`, [partners.map((p) => p.id)], 'tiers.standings-of');
    const byPartner = new Map(stored.map((s) => [s.partnerId, s]));
    const tiers = [...await this.referenceData.tiers(scope)].sort((a, b) => a.rank - b.rank);
    const criteria = await this.rawCriteria(scope);
    return partners.map((p) => {
      const s = byPartner.get(p.id);
      const current = tiers.find((t) => t.id === p.tierId);
      const next = tiers.find((t) => t.rank > (current?.rank ?? -Infinity));
      const checks = (tierId: string | undefined, purpose: 'ENTRY' | 'KEEP') => (s && tierId ? checksOf(s.metrics, criteria, tierId, purpose).map(toOutput) : []);
      return Object.assign(new TierStanding(), {
        partnerId: p.id, tierId: current?.id ?? null, nextTierId: next?.id ?? null, metrics: s?.metrics ?? null,
        windowStart: s?.windowStart ?? null, windowEnd: s?.windowEnd ?? null, evaluatedAt: s?.evaluatedAt ?? null,
        figures: s ? figuresOf(s.metrics) : [], keep: checks(current?.id, 'KEEP'), next: checks(next?.id, 'ENTRY'),
      });
    });
  }

  async standing(scope: Scope, partnerId: string): Promise<TierStanding> {
    const [found] = await this.standings(scope, [partnerId]);
    if (!found) throw new NotFound('Partner', partnerId);
    return found;
  }

  /** Each partner's figures over the window (see tier-evaluation.ts WindowMetrics). */
  async measure(scope: Scope, partnerIds: readonly string[], window: ReturnType<typeof windowOf>): Promise<Map<string, WindowMetrics>> {
    const figures = await this.metrics.windowFigures(scope, partnerIds, window.firstMonth, window.lastMonth);
    const trained = await this.interactions.trainedPeople(scope, partnerIds, window.start, window.end);
    return new Map(partnerIds.map((id) => {
      const f = figures.get(id)!;
      const decided = f.leadsWon + f.leadsLost;
      return [id, {
        SELL_IN: f.sellIn, SELL_OUT: f.sellOut,
        LEAD_ACCEPTANCE_RATE: f.leadsDispatched ? round1((100 * f.leadsAccepted) / f.leadsDispatched) : null,
        WIN_RATE: decided ? round1((100 * f.leadsWon) / decided) : null,
        TRAINED_STAFF: trained.get(id) ?? 0,
      }];
    }));
  }

  private async rawCriteria(scope: Scope): Promise<Criterion[]> {
    return scope.query<Criterion>(`SELECT tier_id AS "tierId", purpose, metric, minimum::float8 AS minimum, currency FROM tier_criterion ORDER BY tier_id, purpose, metric`,
      [], 'tiers.raw-criteria');
  }

  /** A proposal decided already: as it stands when it was decided as asked, CONFLICT otherwise. */
  private async settled(scope: Scope, id: string, wanted: TierProposalStatus): Promise<TierProposal> {
    const now = await this.proposal(scope, id);
    if (now.status === wanted) return now;
    throw new Conflict(`The proposal is ${now.status} already`, { status: now.status });
  }

  private toProposals(rows: TierProposal[]): TierProposal[] {
    return instancesOf(TierProposal, rows.map((r) => ({ ...r, facts: (r.facts as unknown as Check[]).map(toOutput) })));
  }
}

/** The figures a standing shows: money per currency (major units), rates, people. */
function figuresOf(m: WindowMetrics): MetricFigure[] {
  const money = (metric: 'SELL_IN' | 'SELL_OUT') => Object.entries(m[metric]).sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, v]) => Object.assign(new MetricFigure(), { metric, value: v / 100, currency }));
  return [...money('SELL_IN'), ...money('SELL_OUT'),
    ...(['LEAD_ACCEPTANCE_RATE', 'WIN_RATE', 'TRAINED_STAFF'] as const).map((metric) => Object.assign(new MetricFigure(), { metric, value: m[metric], currency: null }))];
}

