import type { Scope } from '../../access/scope';
import { Role } from '../../access/role';
import { BadInput, Forbidden, NotFound } from '../../domain/errors';
import { COUNT_FIGURES, MONEY_FIGURES, addMonths, monthOf, type CountFigure, type MoneyFigure } from '../../domain/kpi';
import { money } from '../../domain/money';
import type { CatalogFigures } from '../catalog/catalog-figures';
import type { PartnerFigures, PartnerMember, MemberFilter } from '../partners/partner-figures';
import { ChannelComparisonRow, ChannelFigures, ChannelMetric, ChannelMetricRow, MetricGroupBy, MetricPeriodKind, TierBenchmarkPeriod } from './metrics.types';

/** The most rows one question may answer (groups x periods). */
export const MAX_METRIC_ROWS = 20_000;
/** The most periods one question may span. */
export const MAX_PERIODS = 60;

export type Sums = Record<CountFigure | MoneyFigure | 'stock_cells' | 'quota_minor' | 'quota_sell_in_minor', number>;
const SUM_KEYS = [...COUNT_FIGURES, ...MONEY_FIGURES, 'stock_cells', 'quota_minor', 'quota_sell_in_minor'] as const;
export const zeroSums = (): Sums => Object.fromEntries(SUM_KEYS.map((k) => [k, 0])) as Sums;
/** Adds b into a. */
export function addSums(a: Sums, b: Partial<Sums>): Sums {
  for (const k of SUM_KEYS) if (b[k] !== undefined && b[k] !== null) a[k] += Number(b[k]);
  return a;
}

/** A period as asked: 2026-11 (a month) or 2026-Q4 (a quarter). */
export interface Period {
  label: string;
  /** First month, YYYY-MM-01. */
  start: string;
  /** Last month, YYYY-MM-01. */
  last: string;
  months: number;
}

export function parsePeriod(field: string, kind: MetricPeriodKind, text: string): Period {
  if (kind === MetricPeriodKind.MONTH) {
    const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(text);
    if (!m || Number(m[1]) < 2000 || Number(m[1]) > 2100) throw new BadInput(field, 'must be a month as YYYY-MM, from 2000 to 2100');
    const start = `${m[1]}-${m[2]}-01`;
    return { label: text, start, last: start, months: 1 };
  }
  const q = /^(\d{4})-Q([1-4])$/.exec(text);
  if (!q || Number(q[1]) < 2000 || Number(q[1]) > 2100) throw new BadInput(field, 'must be a quarter as YYYY-Qn (n from 1 to 4), from 2000 to 2100');
  const start = `${q[1]}-${String((Number(q[2]) - 1) * 3 + 1).padStart(2, '0')}-01`;
  return { label: text, start, last: addMonths(start, 2), months: 3 };
}

/** The period a month falls in. */
export function periodOf(kind: MetricPeriodKind, month: string): Period {
  if (kind === MetricPeriodKind.MONTH) return parsePeriod('period', kind, month.slice(0, 7));
  const [y, m] = month.split('-').map(Number);
  return parsePeriod('period', kind, `${y}-Q${Math.floor((m - 1) / 3) + 1}`);
}

export function periodsBetween(kind: MetricPeriodKind, from: Period, to: Period): Period[] {
  if (to.start < from.start) throw new BadInput('to', 'must not be before from');
  const out: Period[] = [];
  for (let p = from; p.start <= to.start; p = periodOf(kind, addMonths(p.start, p.months))) {
    out.push(p);
    if (out.length > MAX_PERIODS) throw new BadInput('to', `spans more than ${MAX_PERIODS} periods; ask for fewer`);
  }
  return out;
}

/** Calendar days of a period counted so far (a period that is under way counts up to today, UTC). */
function daysOf(period: Period, now = new Date()): number {
  const start = Date.parse(`${period.start}T00:00:00Z`);
  const end = Date.parse(`${addMonths(period.last, 1)}T00:00:00Z`);
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1);
  return Math.max(0, (Math.min(end, today) - start) / 86_400_000);
}

/** Months of a period counted so far (for averages of month-end levels). */
function monthsOf(period: Period, now = new Date()): number {
  const current = monthOf(now);
  let n = 0;
  for (let m = period.start; m <= period.last && m <= current; m = addMonths(m, 1)) n += 1;
  return n;
}

const ratio = (a: number, b: number): number | null => (b > 0 ? a / b : null);

/**
 * The KPIs of summed figures. Rates are totals over totals (a tier's win rate is its partners' wins over
 * their decided leads, not an average of their rates); `perPartner` divides money and counts by that many
 * partners (a tier's average partner).
 */
export function figuresOf(s: Sums, currency: string, period: Period, activeProducts: number, perPartner = 1): ChannelFigures {
  const days = daysOf(period);
  const months = monthsOf(period);
  const per = (n: number) => Math.round(n / perPartner);
  const decidedLeads = s.leads_accepted + s.leads_declined + s.leads_expired;
  return {
    sellIn: money(per(s.sell_in_minor), currency),
    sellOut: money(per(s.sell_out_minor), currency),
    quota: s.quota_minor > 0 ? money(per(s.quota_minor), currency) : null,
    quotaCompletion: ratio(s.quota_sell_in_minor, s.quota_minor),
    distributionRate: activeProducts > 0 ? ratio(s.stocked_products, s.stock_cells * activeProducts) : null,
    averageDeliveryDays: ratio(s.delivery_seconds / 86_400, s.deliveries),
    daysOfInventory: months > 0 && days > 0 && s.sell_out_units > 0 && s.stock_cells > 0 ? s.stock_units / months / (s.sell_out_units / days) : null,
    paymentPeriodDays: ratio(s.payment_seconds / 86_400, s.payments),
    grossMargin: ratio(s.costed_sell_out_minor - s.sell_out_cost_minor, s.costed_sell_out_minor),
    firstResponseHours: ratio(s.first_response_seconds / 3600, s.first_responses),
    resolutionHours: ratio(s.resolution_seconds / 3600, s.resolutions),
    satisfaction: ratio(s.rating_sum, s.ratings),
    leadAcceptanceRate: ratio(s.leads_accepted, decidedLeads),
    leadAcceptanceHours: ratio(s.accept_seconds / 3600, s.leads_accepted),
    winRate: ratio(s.leads_won, s.leads_won + s.leads_lost),
    mdfSpent: money(per(s.mdf_paid_minor), currency),
    mdfReturn: ratio(s.mdf_revenue_minor, s.mdf_paid_minor),
    channelCostShare: ratio(s.mdf_paid_minor, s.sell_in_minor),
    leadsReceived: per(s.leads_dispatched),
    leadsWon: per(s.leads_won),
    serviceCasesOpened: per(s.cases_opened),
    deliveries: per(s.deliveries),
  };
}

/** A KPI's value in a set of figures. */
export function metricValue(f: ChannelFigures, metric: ChannelMetric): number | null {
  switch (metric) {
    case ChannelMetric.SELL_IN: return f.sellIn.amountMinor;
    case ChannelMetric.SELL_OUT: return f.sellOut.amountMinor;
    case ChannelMetric.QUOTA_COMPLETION: return f.quotaCompletion;
    case ChannelMetric.DISTRIBUTION_RATE: return f.distributionRate;
    case ChannelMetric.AVERAGE_DELIVERY_DAYS: return f.averageDeliveryDays;
    case ChannelMetric.DAYS_OF_INVENTORY: return f.daysOfInventory;
    case ChannelMetric.PAYMENT_PERIOD_DAYS: return f.paymentPeriodDays;
    case ChannelMetric.GROSS_MARGIN: return f.grossMargin;
    case ChannelMetric.FIRST_RESPONSE_HOURS: return f.firstResponseHours;
    case ChannelMetric.RESOLUTION_HOURS: return f.resolutionHours;
    case ChannelMetric.SATISFACTION: return f.satisfaction;
    case ChannelMetric.LEAD_ACCEPTANCE_RATE: return f.leadAcceptanceRate;
    case ChannelMetric.LEAD_ACCEPTANCE_HOURS: return f.leadAcceptanceHours;
    case ChannelMetric.WIN_RATE: return f.winRate;
    case ChannelMetric.MDF_RETURN: return f.mdfReturn;
    case ChannelMetric.CHANNEL_COST_SHARE: return f.channelCostShare;
  }
}

/** A partner's figures over a window of months (see MetricsService.windowFigures). */
export interface WindowFigures {
  leadsDispatched: number;
  leadsAccepted: number;
  leadsWon: number;
  leadsLost: number;
  /** Minor units per currency. */
  sellIn: Record<string, number>;
  sellOut: Record<string, number>;
}

export interface MetricsQuery {
  groupBy: MetricGroupBy;
  periodKind: MetricPeriodKind;
  from: string;
  to: string;
  currency: string;
  filter?: MemberFilter;
}

/** The member's group keys under a grouping (a partner in two territories is in both). */
function groupKeysOf(member: PartnerMember, groupBy: MetricGroupBy): string[] {
  switch (groupBy) {
    case MetricGroupBy.PARTNER: return [member.id];
    case MetricGroupBy.TIER: return [member.tierId ?? ''];
    case MetricGroupBy.KIND: return [member.kind];
    case MetricGroupBy.TERRITORY: return member.territoryIds.length ? member.territoryIds : [''];
    case MetricGroupBy.CHANNEL: return ['CHANNEL'];
  }
}

/**
 * Channel performance as asked: KPIs per group of partners and period, read from the rollups (never the
 * raw orders), within the viewer's sight (row-level security: a partner's manager sees its own partner's
 * figures and nothing else). Partners are read through the partners module (PartnerFigures), the catalog's
 * size through the catalog's.
 */
export class MetricsService {
  constructor(private readonly partners: PartnerFigures, private readonly catalog: CatalogFigures) {}

  private guardViewer(scope: Scope): void {
    if (scope.user.role === Role.PARTNER_EMPLOYEE) throw new Forbidden();
  }

  async channelMetrics(scope: Scope, q: MetricsQuery): Promise<ChannelMetricRow[]> {
    this.guardViewer(scope);
    const periods = periodsBetween(q.periodKind, parsePeriod('from', q.periodKind, q.from), parsePeriod('to', q.periodKind, q.to));
    const members = await this.partners.members(scope, q.filter);
    const groups = this.groupsOf(members, q.groupBy);
    if (groups.size * periods.length > MAX_METRIC_ROWS) {
      throw new BadInput('to', `asks for ${groups.size * periods.length} rows (groups x periods); at most ${MAX_METRIC_ROWS}: ask for fewer periods or filter the partners`);
    }
    const sums = await this.sumsByGroup(scope, members, q.groupBy, q.periodKind, periods[0].start, periods[periods.length - 1].last, q.currency);
    const activeProducts = await this.catalog.activeProducts(scope);
    const rows: ChannelMetricRow[] = [];
    for (const [groupKey, group] of groups) {
      for (const period of periods) {
        const s = sums.get(`${groupKey}|${period.start}`) ?? zeroSums();
        rows.push({
          groupKey, period: period.label, periodStart: period.start, partnerCount: group.active,
          figures: figuresOf(s, q.currency, period, activeProducts), ...this.groupFields(q.groupBy, groupKey),
        });
      }
    }
    return rows;
  }

  /** Groups ranked by one KPI in a period, with the period before. */
  async comparison(scope: Scope, q: Omit<MetricsQuery, 'from' | 'to'> & { period: string; metric: ChannelMetric; ascending: boolean }): Promise<ChannelComparisonRow[]> {
    const period = parsePeriod('period', q.periodKind, q.period);
    const previous = periodOf(q.periodKind, addMonths(period.start, -period.months));
    const rows = await this.channelMetrics(scope, { ...q, from: previous.label, to: period.label });
    const byGroup = new Map<string, { now?: ChannelMetricRow; before?: ChannelMetricRow }>();
    for (const row of rows) {
      const entry = byGroup.get(row.groupKey) ?? {};
      if (row.periodStart === period.start) entry.now = row;
      else entry.before = row;
      byGroup.set(row.groupKey, entry);
    }
    const out: ChannelComparisonRow[] = [...byGroup.values()].map(({ now, before }) => {
      const value = metricValue(now!.figures, q.metric);
      const previousValue = metricValue(before!.figures, q.metric);
      const change = value !== null && previousValue !== null ? value - previousValue : null;
      return {
        rank: 0, groupKey: now!.groupKey, partnerCount: now!.partnerCount, value, previousValue, change,
        changeRatio: change !== null && previousValue ? change / Math.abs(previousValue) : null,
        figures: now!.figures, previous: before!.figures,
        partnerId: now!.partnerId, tierId: now!.tierId, territoryId: now!.territoryId, kind: now!.kind,
      };
    });
    out.sort((a, b) => {
      if (a.value === null || b.value === null) return a.value === null ? (b.value === null ? a.groupKey.localeCompare(b.groupKey) : 1) : -1;
      return (q.ascending ? a.value - b.value : b.value - a.value) || a.groupKey.localeCompare(b.groupKey);
    });
    let rank = 0;
    for (const row of out) if (row.value !== null) row.rank = ++rank;
    return out;
  }

  /**
   * The average partner of a tier, per period: a partner's manager sees its own partner's tier (never
   * another partner's figures: only sums over at least three partners, see trellis_tier_benchmark); brand
   * staff name the tier.
   */
  async tierBenchmark(scope: Scope, q: { tierId?: string | null; periodKind: MetricPeriodKind; from: string; to: string; currency: string }): Promise<{ tierId: string | null; periods: TierBenchmarkPeriod[] }> {
    this.guardViewer(scope);
    const periods = periodsBetween(q.periodKind, parsePeriod('from', q.periodKind, q.from), parsePeriod('to', q.periodKind, q.to));
    let tierId = q.tierId ?? null;
    if (scope.user.partnerId) {
      const [own] = await this.partners.members(scope, { partnerIds: [scope.user.partnerId] });
      if (tierId && tierId !== own?.tierId) throw new NotFound('Tier', tierId);
      tierId = own?.tierId ?? null;
    } else if (!tierId) {
      throw new BadInput('tierId', 'name the tier to compare with');
    }
    if (!tierId) return { tierId: null, periods: [] };
    const rows = await scope.query<Record<string, string | number> & { start: string; partners: number }>(
      `SELECT b.*, to_char(b.month, 'YYYY-MM-DD') AS start FROM trellis_tier_benchmark($1::uuid, $2::date, $3::date, $4) b`,
      [tierId, periods[0].start, periods[periods.length - 1].last, q.currency],
      'kpi.tier-benchmark',
    );
    if (!rows.length) return { tierId, periods: [] };
    const activeProducts = await this.catalog.activeProducts(scope);
    const partners = Number(rows[0].partners);
    return {
      tierId,
      periods: periods.map((period) => {
        const s = zeroSums();
        for (const row of rows) if (row.start >= period.start && row.start <= period.last) addSums(s, row as unknown as Partial<Sums>);
        return { period: period.label, periodStart: period.start, partnerCount: partners, figures: figuresOf(s, q.currency, period, activeProducts, partners) };
      }),
    };
  }

  private groupsOf(members: PartnerMember[], groupBy: MetricGroupBy): Map<string, { active: number }> {
    const groups = new Map<string, { active: number }>();
    for (const m of members) {
      for (const key of groupKeysOf(m, groupBy)) {
        const g = groups.get(key) ?? { active: 0 };
        if (m.status === 'ACTIVE') g.active += 1;
        groups.set(key, g);
      }
    }
    return groups;
  }

  private groupFields(groupBy: MetricGroupBy, key: string): Pick<ChannelMetricRow, 'partnerId' | 'tierId' | 'territoryId' | 'kind'> {
    return {
      partnerId: groupBy === MetricGroupBy.PARTNER ? key : null,
      tierId: groupBy === MetricGroupBy.TIER && key ? key : null,
      territoryId: groupBy === MetricGroupBy.TERRITORY && key ? key : null,
      kind: groupBy === MetricGroupBy.KIND ? (key as ChannelMetricRow['kind']) : null,
    };
  }

  /**
   * Each partner's figures over the whole months from `first` to `last` (YYYY-MM-01), read from the rollups:
   * its lead counts, and its sell-in and sell-out per currency. Two statements, whatever the number of partners.
   */
  async windowFigures(scope: Scope, partnerIds: readonly string[], first: string, last: string): Promise<Map<string, WindowFigures>> {
    const out = new Map<string, WindowFigures>(partnerIds.map((id) => [id, { leadsDispatched: 0, leadsAccepted: 0, leadsWon: 0, leadsLost: 0, sellIn: {}, sellOut: {} }]));
    const counts = await scope.query<{ partnerId: string; dispatched: string; accepted: string; won: string; lost: string }>(
      `SELECT k.partner_id AS "partnerId", sum(k.leads_dispatched) AS dispatched, sum(k.leads_accepted) AS accepted, sum(k.leads_won) AS won, sum(k.leads_lost) AS lost
         FROM kpi_partner_month k WHERE k.partner_id = ANY($1::uuid[]) AND k.month >= $2::date AND k.month <= $3::date GROUP BY 1`,
      [partnerIds, first, last], 'kpi.window-counts');
    for (const r of counts) {
      Object.assign(out.get(r.partnerId)!, { leadsDispatched: Number(r.dispatched), leadsAccepted: Number(r.accepted), leadsWon: Number(r.won), leadsLost: Number(r.lost) });
    }
    const money = await scope.query<{ partnerId: string; currency: string; sellIn: string; sellOut: string }>(
      `SELECT k.partner_id AS "partnerId", k.currency, sum(k.sell_in_minor) AS "sellIn", sum(k.sell_out_minor) AS "sellOut"
         FROM kpi_partner_money k WHERE k.partner_id = ANY($1::uuid[]) AND k.month >= $2::date AND k.month <= $3::date GROUP BY 1, 2`,
      [partnerIds, first, last], 'kpi.window-money');
    for (const r of money) {
      const f = out.get(r.partnerId)!;
      f.sellIn[r.currency] = Number(r.sellIn);
      f.sellOut[r.currency] = Number(r.sellOut);
    }
    return out;
  }

  /** The rollups' sums per group and period (three statements, whatever the number of partners). */
  private async sumsByGroup(scope: Scope, members: PartnerMember[], groupBy: MetricGroupBy, kind: MetricPeriodKind, first: string, last: string, currency: string): Promise<Map<string, Sums>> {
    const pairs = members.flatMap((m) => groupKeysOf(m, groupBy).map((key) => [m.id, key] as const));
    const out = new Map<string, Sums>();
    if (!pairs.length) return out;
    const ids = pairs.map((p) => p[0]);
    const keys = pairs.map((p) => p[1]);
    const period = kind === MetricPeriodKind.MONTH ? 'k.month' : `date_trunc('quarter', k.month)::date`;
    const add = (rows: Record<string, unknown>[]) => {
      for (const row of rows) {
        const k = `${row.groupKey as string}|${row.periodStart as string}`;
        out.set(k, addSums(out.get(k) ?? zeroSums(), row as Partial<Sums>));
      }
    };
    add(await scope.query(
      `SELECT m.group_key AS "groupKey", to_char(${period}, 'YYYY-MM-DD') AS "periodStart",
              ${COUNT_FIGURES.map((f) => `sum(k.${f})::bigint AS ${f}`).join(', ')},
              count(*) FILTER (WHERE k.counted_products > 0)::int AS stock_cells
         FROM unnest($1::uuid[], $2::text[]) AS m(partner_id, group_key)
         JOIN kpi_partner_month k ON k.partner_id = m.partner_id AND k.month >= $3::date AND k.month <= $4::date
        GROUP BY 1, 2`,
      [ids, keys, first, last], 'kpi.group-counts'));
    add(await scope.query(
      `SELECT m.group_key AS "groupKey", to_char(${period}, 'YYYY-MM-DD') AS "periodStart",
              ${MONEY_FIGURES.map((f) => `sum(k.${f})::bigint AS ${f}`).join(', ')}
         FROM unnest($1::uuid[], $2::text[]) AS m(partner_id, group_key)
         JOIN kpi_partner_money k ON k.partner_id = m.partner_id AND k.month >= $3::date AND k.month <= $4::date AND k.currency = $5
        GROUP BY 1, 2`,
      [ids, keys, first, last, currency], 'kpi.group-money'));
    // Quotas: a month's own; a quarter's own, else the sum of its months'. Completion counts the sell-in of
    // partners that have a quota only.
    add(await scope.query(
      `WITH q AS (
         SELECT q.partner_id, ${kind === MetricPeriodKind.MONTH ? 'q.period_start' : `date_trunc('quarter', q.period_start)::date`} AS ps,
                ${kind === MetricPeriodKind.MONTH ? 'sum(q.amount_minor)' : `coalesce(max(q.amount_minor) FILTER (WHERE q.period_kind = 'QUARTER'), sum(q.amount_minor) FILTER (WHERE q.period_kind = 'MONTH'))`} AS amount
           FROM partner_quota q
          WHERE q.partner_id = ANY($1::uuid[]) AND q.currency = $5 AND q.period_start >= $3::date AND q.period_start <= $4::date
                ${kind === MetricPeriodKind.MONTH ? `AND q.period_kind = 'MONTH'` : ''}
          GROUP BY 1, 2)
       SELECT m.group_key AS "groupKey", to_char(q.ps, 'YYYY-MM-DD') AS "periodStart", sum(q.amount)::bigint AS quota_minor,
              coalesce(sum((SELECT sum(s.sell_in_minor) FROM kpi_partner_money s WHERE s.partner_id = m.partner_id AND s.currency = $5
                                AND s.month >= q.ps AND s.month < (q.ps + ${kind === MetricPeriodKind.MONTH ? `interval '1 month'` : `interval '3 months'`})::date)), 0)::bigint AS quota_sell_in_minor
         FROM unnest($1::uuid[], $2::text[]) AS m(partner_id, group_key)
         JOIN q ON q.partner_id = m.partner_id
        GROUP BY 1, 2`,
      [ids, keys, first, last, currency], 'kpi.group-quotas'));
    return out;
  }
}
