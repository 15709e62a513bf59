import type { ChannelMetric, MetricPeriodKind } from '@trellis/schema';
import { graphql } from '../gql';
import type { KpiFiguresFragment } from '../gql/graphql';

/** Every KPI of a group in a period, as the cards, charts and tables of the performance pages read them. */
graphql(`
  fragment KpiFigures on ChannelFigures {
    sellIn { amount currency }
    sellOut { amount currency }
    quota { amount currency }
    quotaCompletion
    distributionRate
    daysOfInventory
    averageDeliveryDays
    deliveries
    paymentPeriodDays
    leadsReceived
    leadsWon
    leadAcceptanceRate
    leadAcceptanceHours
    winRate
    serviceCasesOpened
    firstResponseHours
    resolutionHours
    satisfaction
    grossMargin
    channelCostShare
    mdfSpent { amount currency }
    mdfReturn
  }
`);

export type KpiFigures = KpiFiguresFragment;

/** How a KPI's number reads: money in the asked currency, a share as %, a duration, a count, a 1-5 score, a multiple. */
export type KpiUnit = 'money' | 'percent' | 'days' | 'hours' | 'count' | 'score' | 'times';

export type KpiKey = Exclude<keyof KpiFigures, '__typename'>;

export interface KpiDefinition {
  key: KpiKey;
  unit: KpiUnit;
  /** The ChannelMetric that ranks by it, when there is one. */
  metric?: ChannelMetric;
  /** Less is better (days, hours, cost): an increase reads as a worsening. */
  lowerIsBetter?: boolean;
}

/** Every KPI of ChannelFigures, in the order the cards show them. */
export const KPIS: readonly KpiDefinition[] = [
  { key: 'sellIn', unit: 'money', metric: 'SELL_IN' },
  { key: 'sellOut', unit: 'money', metric: 'SELL_OUT' },
  { key: 'quota', unit: 'money' },
  { key: 'quotaCompletion', unit: 'percent', metric: 'QUOTA_COMPLETION' },
  { key: 'distributionRate', unit: 'percent', metric: 'DISTRIBUTION_RATE' },
  { key: 'daysOfInventory', unit: 'days', metric: 'DAYS_OF_INVENTORY', lowerIsBetter: true },
  { key: 'averageDeliveryDays', unit: 'days', metric: 'AVERAGE_DELIVERY_DAYS', lowerIsBetter: true },
  { key: 'deliveries', unit: 'count' },
  { key: 'paymentPeriodDays', unit: 'days', metric: 'PAYMENT_PERIOD_DAYS', lowerIsBetter: true },
  { key: 'leadsReceived', unit: 'count' },
  { key: 'leadsWon', unit: 'count' },
  { key: 'leadAcceptanceRate', unit: 'percent', metric: 'LEAD_ACCEPTANCE_RATE' },
  { key: 'leadAcceptanceHours', unit: 'hours', metric: 'LEAD_ACCEPTANCE_HOURS', lowerIsBetter: true },
  { key: 'winRate', unit: 'percent', metric: 'WIN_RATE' },
  { key: 'serviceCasesOpened', unit: 'count' },
  { key: 'firstResponseHours', unit: 'hours', metric: 'FIRST_RESPONSE_HOURS', lowerIsBetter: true },
  { key: 'resolutionHours', unit: 'hours', metric: 'RESOLUTION_HOURS', lowerIsBetter: true },
  { key: 'satisfaction', unit: 'score', metric: 'SATISFACTION' },
  { key: 'grossMargin', unit: 'percent', metric: 'GROSS_MARGIN' },
  { key: 'channelCostShare', unit: 'percent', metric: 'CHANNEL_COST_SHARE', lowerIsBetter: true },
  { key: 'mdfSpent', unit: 'money' },
  { key: 'mdfReturn', unit: 'times', metric: 'MDF_RETURN' },
];

export const kpiOf = (key: KpiKey): KpiDefinition => KPIS.find((k) => k.key === key)!;
export const kpiOfMetric = (metric: ChannelMetric): KpiDefinition => KPIS.find((k) => k.metric === metric)!;
export const CHANNEL_METRICS = KPIS.flatMap((k) => (k.metric ? [k.metric] : []));

/** Currencies the pages offer; money counts orders in the chosen one only. */
export const KPI_CURRENCIES = ['EUR', 'PLN', 'CZK', 'USD', 'GBP', 'CNY'] as const;

/** A KPI's number: money as its amount, null when there is nothing to count. */
export function kpiValue(figures: KpiFigures, key: KpiKey): number | null {
  const value = figures[key];
  if (value === null || value === undefined) return null;
  if (typeof value === 'object') return Number(value.amount);
  return value;
}

export function localeOf(language: string): string {
  return language === 'pl' ? 'pl-PL' : 'en-GB';
}

export function formatNumber(value: number, language: string, maximumFractionDigits = 1, minimumFractionDigits = 0): string {
  return new Intl.NumberFormat(localeOf(language), { maximumFractionDigits, minimumFractionDigits }).format(value);
}

export function formatAmount(value: number, currency: string, language: string): string {
  try {
    return new Intl.NumberFormat(localeOf(language), { style: 'currency', currency }).format(value);
  } catch {
    return `${value.toFixed(2)} ${currency}`;
  }
}

export function formatPercent(ratio: number, language: string, digits = 1): string {
  return new Intl.NumberFormat(localeOf(language), { style: 'percent', maximumFractionDigits: digits }).format(ratio);
}

/** A KPI's number with its unit, "—" when there is nothing to count. Units are words of the language (days, h). */
export function formatKpi(unit: KpiUnit, value: number | null, language: string, currency: string, units: { days: (n: string) => string; hours: (n: string) => string }): string {
  if (value === null || !Number.isFinite(value)) return '—';
  switch (unit) {
    case 'money':
      return formatAmount(value, currency, language);
    case 'percent':
      return formatPercent(value, language);
    case 'days':
      return units.days(formatNumber(value, language));
    case 'hours':
      return units.hours(formatNumber(value, language));
    case 'count':
      return formatNumber(value, language, 0);
    case 'score':
      return `${formatNumber(value, language, 2)} / 5`;
    case 'times':
      return `${formatNumber(value, language, 2)}×`;
  }
}

/** The change from one value to the next as a share of the first (0.1 = +10%), null when it cannot be said. */
export function relativeChange(previous: number | null, current: number | null): number | null {
  if (previous === null || current === null || previous === 0) return null;
  return (current - previous) / Math.abs(previous);
}

// ---- periods: months "2026-11" and quarters "2026-Q4", in UTC as the API counts them ----

export function monthOf(date = new Date()): string {
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
}

export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export function quarterOfMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${y}-Q${Math.floor((m - 1) / 3) + 1}`;
}

export function addQuarters(quarter: string, n: number): string {
  const [y, q] = quarter.split('-Q').map(Number) as [number, number];
  const index = y * 4 + (q - 1) + n;
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}

export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;
export const QUARTER_PATTERN = /^\d{4}-Q[1-4]$/;

export function isPeriod(period: string, kind: MetricPeriodKind): boolean {
  return (kind === 'MONTH' ? MONTH_PATTERN : QUARTER_PATTERN).test(period);
}

/** The number of periods from..to, both included (0 when to is before from). */
export function periodCount(from: string, to: string, kind: MetricPeriodKind): number {
  const index = (p: string) => {
    if (kind === 'MONTH') {
      const [y, m] = p.split('-').map(Number) as [number, number];
      return y * 12 + m;
    }
    const [y, q] = p.split('-Q').map(Number) as [number, number];
    return y * 4 + q;
  };
  return Math.max(0, index(to) - index(from) + 1);
}

/** The current period of a kind and the one n before it. */
export function currentPeriod(kind: MetricPeriodKind, date = new Date()): string {
  return kind === 'MONTH' ? monthOf(date) : quarterOfMonth(monthOf(date));
}

export function shiftPeriod(period: string, kind: MetricPeriodKind, n: number): string {
  return kind === 'MONTH' ? addMonths(period, n) : addQuarters(period, n);
}

/** "Nov 2026" / "lis 2026", "Q4 2026" / "IV kw. 2026"-like: a period as its reader names it. */
export function periodLabel(period: string, language: string): string {
  if (MONTH_PATTERN.test(period)) {
    const [y, m] = period.split('-').map(Number) as [number, number];
    return new Date(Date.UTC(y, m - 1, 1)).toLocaleDateString(localeOf(language), { month: 'short', year: 'numeric', timeZone: 'UTC' });
  }
  const [y, q] = period.split('-Q');
  return language === 'pl' ? `${q} kw. ${y}` : `Q${q} ${y}`;
}

/** Whether a group counted anything in a period: "no figures yet" otherwise. */
export function hasFigures(figures: KpiFigures): boolean {
  return KPIS.some((k) => {
    const value = kpiValue(figures, k.key);
    return value !== null && (k.unit === 'money' || k.unit === 'count' ? value !== 0 : true);
  });
}

/** A short axis tick: 12.4k, 1.2M (the table and tooltips give the full number). */
export function formatCompact(value: number, language: string): string {
  return new Intl.NumberFormat(localeOf(language), { notation: 'compact', maximumFractionDigits: 1 }).format(value);
}
