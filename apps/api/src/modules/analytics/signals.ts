import type { Scope } from '../../access/scope';
import { BadInput, Conflict, NotFound } from '../../domain/errors';
import { Connection, decodeCursor, toConnection } from '../../domain/connection';
import { COUNT_FIGURES, MONEY_FIGURES, addMonths, monthsBetween, type CountFigure, type MoneyFigure } from '../../domain/kpi';
import type { CatalogFigures } from '../catalog/catalog-figures';
import type { LeadFigures } from '../leads/lead-figures';
import type { PartnerFigures, PartnerMember } from '../partners/partner-figures';
import { ChannelSignal, SignalFact, SignalKind, SignalRule, SignalStatus, SignalThreshold } from './metrics.types';

/** Each rule's thresholds: name -> [lowest, highest, whole number]. */
export const THRESHOLDS: Record<SignalKind, Record<string, [number, number, boolean]>> = {
  QUOTA_COMPLETION_LOW: { minCompletion: [0, 10, false] },
  SALES_DECLINING: { periods: [1, 12, true], minDropPercent: [0, 100, false] },
  DISTRIBUTION_LOW: { minRate: [0, 1, false] },
  PAYMENT_PERIOD_LONG: { maxDays: [0, 3650, false], periods: [1, 12, true] },
  INVENTORY_HIGH: { maxDays: [0, 3650, false], periods: [1, 12, true] },
  SATISFACTION_FALLING: { minScore: [1, 5, false], maxDrop: [0, 4, false] },
  CHANNEL_COST_RISING: { periods: [1, 12, true], maxCostShare: [0, 10, false] },
  PRICE_PRESSURE: { periods: [1, 12, true], minMargin: [-10, 1, false] },
  NEW_CHANNEL_RISING: { maxAgeMonths: [1, 120, true], minGrowthPercent: [0, 100000, false], minSellOut: [0, 1e12, false] },
  CHANNEL_CONFLICTS: { maxConflicts: [0, 10000, true] },
  MARKET_SHARE_LOW: { minShare: [0, 1, false] },
};

type T = Record<string, number>;
type Counts = Record<CountFigure, number>;
type MoneyByCurrency = Map<string, Record<MoneyFigure, number>>;

/** What a rule looks at for one partner: its months oldest first (the judged month last). */
export interface PartnerHistory {
  member: PartnerMember;
  months: string[];
  counts: Counts[];
  money: MoneyByCurrency[];
  /** The currency the partner trades most in over the window (sell-in and sell-out). */
  currency: string | null;
}

export interface ChannelContext {
  activeProducts: number;
  /** Monthly sell-in quotas of the judged month, by partner. */
  quotas: Map<string, { amountMinor: number; currency: string }>;
  /** Registration conflicts in the judged month, by partner. */
  conflicts: Map<string, number>;
  /** Market sizes of the judged month's year, by territory. */
  markets: Map<string, { amountMinor: number; currency: string }>;
  /** Sell-out of the judged month by territory and currency, over all active partners there. */
  territorySellOut: Map<string, number>;
  territoryPartners: Map<string, number>;
  /** Days of each month of the window. */
  daysIn: (month: string) => number;
}

const fact = (name: string, value: number | null, extra: Partial<SignalFact> = {}): SignalFact => ({ name, value, text: null, series: null, ...extra });
const text = (name: string, value: string): SignalFact => ({ name, value: null, text: value, series: null });
const series = (name: string, values: (number | null)[]): SignalFact => ({ name, value: null, text: null, series: values.map((v) => (v === null ? NaN : v)).filter((v) => !Number.isNaN(v)) });
const round = (n: number, digits = 4) => Math.round(n * 10 ** digits) / 10 ** digits;
const last = <X>(xs: X[], n = 1): X[] => xs.slice(xs.length - n);
const sellOf = (h: PartnerHistory, i: number, field: MoneyFigure, currency = h.currency) => (currency ? h.money[i].get(currency)?.[field] ?? 0 : 0);

/** Strictly moving one way over the values (each defined), e.g. rising: every value above the one before. */
function trend(values: (number | null)[], rising: boolean): boolean {
  if (values.length < 2 || values.some((v) => v === null)) return false;
  for (let i = 1; i < values.length; i += 1) if (rising ? !((values[i] as number) > (values[i - 1] as number)) : !((values[i] as number) < (values[i - 1] as number))) return false;
  return true;
}

/**
 * The rules, each a function of one partner's history and the channel's context that answers the facts
 * when it fires, or null. They judge one month (the last of the history), never one under way.
 */
export const RULES: Record<SignalKind, (h: PartnerHistory, t: T, c: ChannelContext) => SignalFact[] | null> = {
  QUOTA_COMPLETION_LOW(h, t, c) {
    const quota = c.quotas.get(h.member.id);
    if (!quota) return null;
    const sellIn = sellOf(h, h.months.length - 1, 'sell_in_minor', quota.currency);
    const completion = sellIn / quota.amountMinor;
    if (completion >= t.minCompletion) return null;
    return [fact('completion', round(completion)), fact('sellIn', sellIn / 100), fact('quota', quota.amountMinor / 100), text('currency', quota.currency), fact('minCompletion', t.minCompletion)];
  },
  SALES_DECLINING(h, t) {
    const n = t.periods;
    if (!h.currency || h.months.length < n + 1) return null;
    const values = last(h.months.map((_, i) => sellOf(h, i, 'sell_in_minor')), n + 1);
    if (values[0] <= 0) return null;
    for (let i = 1; i < values.length; i += 1) if (!(values[i] < values[i - 1] * (1 - t.minDropPercent / 100))) return null;
    return [series('sellIn', values.map((v) => v / 100)), text('currency', h.currency), fact('periods', n), fact('minDropPercent', t.minDropPercent)];
  },
  DISTRIBUTION_LOW(h, t, c) {
    const now = h.counts[h.counts.length - 1];
    if (!(now.counted_products > 0) || c.activeProducts === 0) return null;
    const rate = now.stocked_products / c.activeProducts;
    if (rate >= t.minRate) return null;
    return [fact('rate', round(rate)), fact('stockedProducts', now.stocked_products), fact('activeProducts', c.activeProducts), fact('minRate', t.minRate)];
  },
  PAYMENT_PERIOD_LONG(h, t) {
    const days = h.counts.map((k) => (k.payments > 0 ? k.payment_seconds / k.payments / 86_400 : null));
    const now = days[days.length - 1];
    if (now === null) return null;
    const window = last(days, t.periods + 1);
    const lengthening = window.length === t.periods + 1 && trend(window, true);
    if (!(now > t.maxDays) && !lengthening) return null;
    return [fact('days', round(now, 1)), series('series', window.map((d) => (d === null ? null : round(d, 1)))), fact('maxDays', t.maxDays), text('reason', now > t.maxDays ? 'LONG' : 'LENGTHENING')];
  },
  INVENTORY_HIGH(h, t, c) {
    const days = h.counts.map((k, i) => (k.stock_units > 0 ? (k.sell_out_units > 0 ? k.stock_units / (k.sell_out_units / c.daysIn(h.months[i])) : Infinity) : null));
    const window = last(days, t.periods);
    if (window.length < t.periods || window.some((d) => d === null || d <= t.maxDays)) return null;
    return [series('days', window.map((d) => (d === Infinity ? 99999 : round(d as number, 1)))), fact('maxDays', t.maxDays), fact('periods', t.periods)];
  },
  SATISFACTION_FALLING(h, t) {
    const scores = h.counts.map((k) => (k.ratings > 0 ? k.rating_sum / k.ratings : null));
    const now = scores[scores.length - 1];
    const before = scores.length > 1 ? scores[scores.length - 2] : null;
    if (now === null) return null;
    const low = now < t.minScore;
    const dropped = before !== null && before - now > t.maxDrop;
    if (!low && !dropped) return null;
    return [fact('score', round(now, 2)), fact('previousScore', before === null ? null : round(before, 2)), fact('minScore', t.minScore), fact('maxDrop', t.maxDrop)];
  },
  CHANNEL_COST_RISING(h, t) {
    if (!h.currency) return null;
    const shares = h.months.map((_, i) => {
      const sellIn = sellOf(h, i, 'sell_in_minor');
      return sellIn > 0 ? sellOf(h, i, 'mdf_paid_minor') / sellIn : null;
    });
    const now = shares[shares.length - 1];
    if (now === null) return null;
    const window = last(shares, t.periods + 1);
    const rising = window.length === t.periods + 1 && trend(window, true);
    if (!(now > t.maxCostShare) && !rising) return null;
    return [fact('costShare', round(now)), series('series', window.map((s) => (s === null ? null : round(s)))), text('currency', h.currency), fact('maxCostShare', t.maxCostShare)];
  },
  PRICE_PRESSURE(h, t) {
    if (!h.currency) return null;
    const margins = h.months.map((_, i) => {
      const costed = sellOf(h, i, 'costed_sell_out_minor');
      return costed > 0 ? (costed - sellOf(h, i, 'sell_out_cost_minor')) / costed : null;
    });
    const now = margins[margins.length - 1];
    if (now === null) return null;
    const window = last(margins, t.periods + 1);
    const falling = window.length === t.periods + 1 && trend(window, false);
    if (!(now < t.minMargin) && !falling) return null;
    return [fact('margin', round(now)), series('series', window.map((m) => (m === null ? null : round(m)))), text('currency', h.currency), fact('minMargin', t.minMargin)];
  },
  NEW_CHANNEL_RISING(h, t) {
    if (!h.currency || h.months.length < 2) return null;
    const judged = h.months[h.months.length - 1];
    const startedBy = addMonths(judged, -t.maxAgeMonths + 1);
    if (h.member.createdAt.toISOString().slice(0, 10) < startedBy) return null;
    const now = sellOf(h, h.months.length - 1, 'sell_out_minor');
    const before = sellOf(h, h.months.length - 2, 'sell_out_minor');
    if (before <= 0 || now < t.minSellOut * 100) return null;
    const growth = ((now - before) / before) * 100;
    if (growth < t.minGrowthPercent) return null;
    return [fact('growthPercent', round(growth, 1)), fact('sellOut', now / 100), fact('previousSellOut', before / 100), text('currency', h.currency), fact('minGrowthPercent', t.minGrowthPercent)];
  },
  CHANNEL_CONFLICTS(h, t, c) {
    const conflicts = c.conflicts.get(h.member.id) ?? 0;
    if (conflicts <= t.maxConflicts) return null;
    return [fact('conflicts', conflicts), fact('maxConflicts', t.maxConflicts)];
  },
  MARKET_SHARE_LOW(h, t, c) {
    let worst: SignalFact[] | null = null;
    let worstShare = Infinity;
    const i = h.months.length - 1;
    for (const territoryId of h.member.territoryIds) {
      const market = c.markets.get(territoryId);
      let share: number | null = null;
      let facts: SignalFact[] = [];
      if (market) {
        const sales = sellOf(h, i, 'sell_out_minor', market.currency);
        share = sales / (market.amountMinor / 12);
        facts = [fact('sellOut', sales / 100), fact('monthlyMarket', round(market.amountMinor / 1200, 2)), text('currency', market.currency), text('basis', 'MARKET_SIZE')];
      } else if (h.currency && (c.territoryPartners.get(territoryId) ?? 0) >= 2) {
        const total = c.territorySellOut.get(`${territoryId}|${h.currency}`) ?? 0;
        if (total > 0) {
          const sales = sellOf(h, i, 'sell_out_minor');
          share = sales / total;
          facts = [fact('sellOut', sales / 100), fact('territorySellOut', total / 100), text('currency', h.currency), text('basis', 'CHANNEL_SALES')];
        }
      }
      if (share !== null && share < t.minShare && share < worstShare) {
        worstShare = share;
        worst = [fact('share', round(share)), text('territoryId', territoryId), ...facts, fact('minShare', t.minShare)];
      }
    }
    return worst;
  },
};

const SIGNAL_COLUMNS = `s.id, s.kind, s.partner_id AS "partnerId", to_char(s.period, 'YYYY-MM') AS period, s.status, s.facts, s.raised_at AS "raisedAt",
  s.acknowledged_at AS "acknowledgedAt", s.acknowledged_by AS "acknowledgedBy", s.note,
  to_char(s.raised_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "cursorAt"`;

type SignalRow = ChannelSignal & { cursorAt: string };

function toRule(row: { kind: SignalKind; enabled: boolean; thresholds: T; updatedAt: Date }): SignalRule {
  return { kind: row.kind, enabled: row.enabled, updatedAt: row.updatedAt, thresholds: Object.entries(row.thresholds).map(([name, value]) => ({ name, value })) };
}

export interface EvaluationResult {
  month: string;
  raised: number;
  cleared: number;
  open: number;
}

/**
 * Signals that a channel must change: rules over the rollups (RULES), thresholds tuned by brand staff
 * (signal_rule), evaluated for a month by Trellis (the kpi_signals job after a rollup, or on demand). A
 * rule that fires raises one signal per partner and month, with its facts, and tells the partner's owning
 * channel manager; judged again, it keeps the signal (its facts brought up to date), or clears it once the
 * figures no longer fire (an acknowledged one stays acknowledged). Signals are brand staff's only.
 */
export class SignalService {
  constructor(private readonly partners: PartnerFigures, private readonly catalog: CatalogFigures, private readonly leads: LeadFigures) {}

  async rules(scope: Scope): Promise<SignalRule[]> {
    const rows = await scope.query<{ kind: SignalKind; enabled: boolean; thresholds: T; updatedAt: Date }>(
      `SELECT kind, enabled, thresholds, updated_at AS "updatedAt" FROM signal_rule ORDER BY kind`, [], 'signal.rules');
    return rows.map(toRule);
  }

  /** Tunes a rule; thresholds not named keep their values. The same values again write nothing. */
  async updateRule(scope: Scope, input: { kind: SignalKind; enabled?: boolean | null; thresholds?: SignalThreshold[] | null }): Promise<SignalRule> {
    const allowed = THRESHOLDS[input.kind];
    const given: T = {};
    for (const [i, th] of (input.thresholds ?? []).entries()) {
      const limits = allowed[th.name];
      if (!limits) throw new BadInput(`thresholds.${i}.name`, `is not a threshold of ${input.kind}; it has ${Object.keys(allowed).join(', ')}`);
      const [low, high, whole] = limits;
      if (!Number.isFinite(th.value) || th.value < low || th.value > high || (whole && !Number.isInteger(th.value))) {
        throw new BadInput(`thresholds.${i}.value`, `must be ${whole ? 'a whole number' : 'a number'} from ${low} to ${high}`);
      }
      if (th.name in given) throw new BadInput(`thresholds.${i}.name`, 'is named twice');
      given[th.name] = th.value;
    }
    const { rows } = await scope.execute<{ kind: SignalKind; enabled: boolean; thresholds: T; updatedAt: Date }>(
      `WITH wanted AS (SELECT $2::boolean AS enabled, $3::jsonb AS thresholds)
       UPDATE signal_rule r SET enabled = coalesce(w.enabled, r.enabled), thresholds = r.thresholds || w.thresholds, updated_by = $4, updated_at = now()
         FROM wanted w
        WHERE r.kind = $1 AND (coalesce(w.enabled, r.enabled), r.thresholds || w.thresholds) IS DISTINCT FROM (r.enabled, r.thresholds)
       RETURNING r.kind, r.enabled, r.thresholds, r.updated_at AS "updatedAt"`,
      [input.kind, input.enabled ?? null, JSON.stringify(given), scope.user.userId || null], 'signal.rule-update');
    if (rows[0]) return toRule(rows[0]);
    const current = (await this.rules(scope)).find((r) => r.kind === input.kind);
    if (!current) throw new NotFound('SignalRule', input.kind);
    return current;
  }

  async signals(scope: Scope, args: { status?: SignalStatus | null; partnerId?: string | null; kinds?: SignalKind[] | null; first: number; after?: string | null }): Promise<Connection<ChannelSignal>> {
    const params: unknown[] = [args.status ?? null, args.partnerId ?? null, args.kinds ?? null];
    const filter = `($1::text IS NULL OR s.status = $1) AND ($2::uuid IS NULL OR s.partner_id = $2) AND ($3::text[] IS NULL OR s.kind = ANY($3))`;
    let page = '';
    if (args.after) {
      const [at, id] = decodeCursor(args.after, ['timestamp', 'uuid']);
      page = `AND (s.raised_at, s.id) < ($${params.push(at)}::timestamptz, $${params.push(id)}::uuid)`;
    }
    const rows = await scope.query<SignalRow>(
      `SELECT ${SIGNAL_COLUMNS} FROM channel_signal s WHERE ${filter} ${page} ORDER BY s.raised_at DESC, s.id DESC LIMIT $${params.push(args.first + 1)}`,
      params, 'signal.list');
    const count = async () => (await scope.query<{ n: number }>(`SELECT count(*)::int AS n FROM channel_signal s WHERE ${filter}`, params.slice(0, 3), 'signal.count'))[0].n;
    return toConnection(rows, args.first, count, (s) => [s.cursorAt, s.id]);
  }

  async signalsByIds(scope: Scope, ids: readonly string[]): Promise<ChannelSignal[]> {
    return scope.query<ChannelSignal>(`SELECT ${SIGNAL_COLUMNS} FROM channel_signal s WHERE s.id = ANY($1::uuid[])`, [ids], 'signal.by-ids');
  }

  /** Marks an open signal looked at, with a note. Acknowledging it again with the same note changes nothing. */
  async acknowledge(scope: Scope, id: string, note: string): Promise<ChannelSignal> {
    const [current] = await scope.query<ChannelSignal>(`SELECT ${SIGNAL_COLUMNS} FROM channel_signal s WHERE s.id = $1 FOR UPDATE`, [id], 'signal.lock');
    if (!current) throw new NotFound('ChannelSignal', id);
    if (current.status === SignalStatus.ACKNOWLEDGED && current.note === note) return current;
    if (current.status === SignalStatus.CLEARED) throw new Conflict('The signal was cleared: its figures no longer fire the rule', { status: current.status });
    await scope.execute(
      `UPDATE channel_signal SET status = 'ACKNOWLEDGED', acknowledged_by = $2, acknowledged_at = coalesce(acknowledged_at, now()), note = $3 WHERE id = $1`,
      [id, scope.user.userId, note], 'signal.acknowledge');
    const [updated] = await this.signalsByIds(scope, [id]);
    return updated;
  }

  /**
   * Judges a month (YYYY-MM-01) by every enabled rule for every active partner. Trellis's own work (a
   * system scope): it writes signals and notifies their owners.
   */
  async evaluate(scope: Scope, month: string): Promise<EvaluationResult> {
    const rules = (await scope.query<{ kind: SignalKind; enabled: boolean; thresholds: T }>(`SELECT kind, enabled, thresholds FROM signal_rule WHERE enabled`, [], 'signal.enabled-rules'));
    const window = 1 + Math.max(1, ...rules.map((r) => Number(r.thresholds.periods ?? 1)));
    const months = monthsBetween(addMonths(month, -window), month);
    const members = (await this.partners.members(scope)).filter((m) => m.status === 'ACTIVE');
    const histories = await this.histories(scope, members, months);
    const context = await this.context(scope, month, histories);
    const firing: { kind: SignalKind; partnerId: string; facts: SignalFact[] }[] = [];
    for (const rule of rules) {
      const thresholds = { ...Object.fromEntries(Object.keys(THRESHOLDS[rule.kind]).map((k) => [k, NaN])), ...rule.thresholds };
      for (const h of histories) {
        const facts = RULES[rule.kind](h, thresholds, context);
        if (facts) firing.push({ kind: rule.kind, partnerId: h.member.id, facts });
      }
    }
    const { rows: raised } = await scope.execute<{ partnerId: string; kind: SignalKind }>(
      `INSERT INTO channel_signal (kind, partner_id, period, facts)
       SELECT * FROM unnest($1::text[], $2::uuid[], array_fill($3::date, ARRAY[cardinality($1::text[])]), $4::jsonb[])
       ON CONFLICT (kind, partner_id, period) DO UPDATE
         SET facts = EXCLUDED.facts, evaluated_at = now(),
             status = CASE WHEN channel_signal.status = 'CLEARED' THEN 'OPEN' ELSE channel_signal.status END,
             raised_at = CASE WHEN channel_signal.status = 'CLEARED' THEN now() ELSE channel_signal.raised_at END
       WHERE channel_signal.facts IS DISTINCT FROM EXCLUDED.facts OR channel_signal.status = 'CLEARED'
       RETURNING partner_id AS "partnerId", kind, (xmax = 0 OR raised_at = now()) AS fresh`,
      [firing.map((f) => f.kind), firing.map((f) => f.partnerId), month, firing.map((f) => JSON.stringify(f.facts))], 'signal.raise');
    const fresh = (raised as ({ partnerId: string; kind: SignalKind; fresh: boolean })[]).filter((r) => r.fresh);
    const { affected: cleared } = await scope.execute(
      `UPDATE channel_signal s SET status = 'CLEARED', evaluated_at = now()
        WHERE s.period = $1 AND s.status = 'OPEN' AND s.kind = ANY($2::text[])
          AND NOT EXISTS (SELECT 1 FROM unnest($3::text[], $4::uuid[]) AS f(kind, partner_id) WHERE f.kind = s.kind AND f.partner_id = s.partner_id)`,
      [month, rules.map((r) => r.kind), firing.map((f) => f.kind), firing.map((f) => f.partnerId)], 'signal.clear');
    if (fresh.length) {
      const names = new Map(members.map((m) => [m.id, m.name]));
      await scope.execute(
        `SELECT user_id FROM trellis_notify_partner_owners($1::uuid[], $2::text[])`,
        [fresh.map((f) => f.partnerId), fresh.map((f) => `${names.get(f.partnerId) ?? ''} · ${f.kind} · ${month.slice(0, 7)}`)], 'signal.notify');
    }
    return { month, raised: fresh.length, cleared, open: firing.length };
  }

  /** Each partner's months of rollups, oldest first (two statements for all partners). */
  private async histories(scope: Scope, members: PartnerMember[], months: string[]): Promise<PartnerHistory[]> {
    const ids = members.map((m) => m.id);
    const counts = await scope.query<Record<string, unknown>>(
      `SELECT partner_id AS "partnerId", to_char(month, 'YYYY-MM-DD') AS month, ${COUNT_FIGURES.join(', ')}
         FROM kpi_partner_month WHERE partner_id = ANY($1::uuid[]) AND month >= $2::date AND month <= $3::date`,
      [ids, months[0], months[months.length - 1]], 'signal.history-counts');
    const money = await scope.query<Record<string, unknown>>(
      `SELECT partner_id AS "partnerId", to_char(month, 'YYYY-MM-DD') AS month, currency::text AS currency, ${MONEY_FIGURES.join(', ')}
         FROM kpi_partner_money WHERE partner_id = ANY($1::uuid[]) AND month >= $2::date AND month <= $3::date`,
      [ids, months[0], months[months.length - 1]], 'signal.history-money');
    const index = new Map(months.map((m, i) => [m, i]));
    const byPartner = new Map<string, PartnerHistory>(members.map((member) => [member.id, {
      member, months,
      counts: months.map(() => Object.fromEntries(COUNT_FIGURES.map((f) => [f, 0])) as Counts),
      money: months.map(() => new Map()),
      currency: null,
    }]));
    for (const row of counts) {
      const h = byPartner.get(row.partnerId as string);
      const i = index.get(row.month as string);
      if (h && i !== undefined) for (const f of COUNT_FIGURES) h.counts[i][f] = Number(row[f]);
    }
    const volume = new Map<string, Map<string, number>>();
    for (const row of money) {
      const h = byPartner.get(row.partnerId as string);
      const i = index.get(row.month as string);
      if (!h || i === undefined) continue;
      h.money[i].set(row.currency as string, Object.fromEntries(MONEY_FIGURES.map((f) => [f, Number(row[f])])) as Record<MoneyFigure, number>);
      const v = volume.get(h.member.id) ?? new Map<string, number>();
      v.set(row.currency as string, (v.get(row.currency as string) ?? 0) + Number(row.sell_in_minor) + Number(row.sell_out_minor));
      volume.set(h.member.id, v);
    }
    for (const h of byPartner.values()) {
      const v = [...(volume.get(h.member.id) ?? new Map<string, number>()).entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
      h.currency = v.length && v[0][1] > 0 ? v[0][0] : null;
    }
    return [...byPartner.values()];
  }

  private async context(scope: Scope, month: string, histories: PartnerHistory[]): Promise<ChannelContext> {
    const quotas = await scope.query<{ partnerId: string; amountMinor: string; currency: string }>(
      `SELECT partner_id AS "partnerId", amount_minor AS "amountMinor", currency::text AS currency FROM partner_quota WHERE period_kind = 'MONTH' AND period_start = $1::date`,
      [month], 'signal.quotas');
    const markets = await scope.query<{ territoryId: string; amountMinor: string; currency: string }>(
      `SELECT territory_id AS "territoryId", amount_minor AS "amountMinor", currency::text AS currency FROM territory_market WHERE year = $1`,
      [Number(month.slice(0, 4))], 'signal.markets');
    const territorySellOut = new Map<string, number>();
    const territoryPartners = new Map<string, number>();
    const i = histories[0]?.months.length - 1;
    for (const h of histories) {
      for (const t of h.member.territoryIds) {
        territoryPartners.set(t, (territoryPartners.get(t) ?? 0) + 1);
        for (const [currency, m] of h.money[i]?.entries() ?? []) territorySellOut.set(`${t}|${currency}`, (territorySellOut.get(`${t}|${currency}`) ?? 0) + m.sell_out_minor);
      }
    }
    return {
      activeProducts: await this.catalog.activeProducts(scope),
      quotas: new Map(quotas.map((q) => [q.partnerId, { amountMinor: Number(q.amountMinor), currency: q.currency }])),
      conflicts: await this.leads.registrationConflicts(scope, month),
      markets: new Map(markets.map((m) => [m.territoryId, { amountMinor: Number(m.amountMinor), currency: m.currency }])),
      territorySellOut,
      territoryPartners,
      daysIn: (m: string) => (Date.parse(`${addMonths(m, 1)}T00:00:00Z`) - Date.parse(`${m}T00:00:00Z`)) / 86_400_000,
    };
  }
}
