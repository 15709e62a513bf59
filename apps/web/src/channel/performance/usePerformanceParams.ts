import { useSearchParams } from 'react-router';
import type { MetricGroupBy, MetricPeriodKind } from '@trellis/schema';
import { currentPeriod, isPeriod, KPI_CURRENCIES, periodCount, shiftPeriod } from '../../ui/kpi';

export const GROUP_BYS: readonly MetricGroupBy[] = ['TIER', 'TERRITORY', 'KIND', 'PARTNER', 'CHANNEL'];

export interface PerformanceParams {
  periodKind: MetricPeriodKind;
  from: string;
  to: string;
  currency: string;
  groupBy: MetricGroupBy;
}

/** The default range: the last 12 months (or 4 quarters), the current one included. */
export function defaultRange(kind: MetricPeriodKind): { from: string; to: string } {
  const to = currentPeriod(kind);
  return { from: shiftPeriod(to, kind, kind === 'MONTH' ? -11 : -3), to };
}

/**
 * The dashboard's and comparison's choices, kept in the address (a link shows the same figures); anything
 * malformed there falls back to the defaults rather than asking the API a question it refuses.
 */
export function usePerformanceParams(defaultGroupBy: MetricGroupBy = 'TIER') {
  const [params, setParams] = useSearchParams();
  const periodKind: MetricPeriodKind = params.get('periods') === 'QUARTER' ? 'QUARTER' : 'MONTH';
  const range = defaultRange(periodKind);
  let from = params.get('from') ?? '';
  let to = params.get('to') ?? '';
  if (!isPeriod(from, periodKind) || !isPeriod(to, periodKind) || periodCount(from, to, periodKind) < 1 || periodCount(from, to, periodKind) > 60) {
    ({ from, to } = range);
  }
  const rawCurrency = params.get('currency') ?? 'EUR';
  const currency = (KPI_CURRENCIES as readonly string[]).includes(rawCurrency) ? rawCurrency : 'EUR';
  const rawGroup = params.get('group') as MetricGroupBy | null;
  const groupBy = rawGroup && GROUP_BYS.includes(rawGroup) ? rawGroup : defaultGroupBy;
  const value: PerformanceParams = { periodKind, from, to, currency, groupBy };
  function update(change: Partial<PerformanceParams>) {
    const next = new URLSearchParams(params);
    const merged = { ...value, ...change };
    if (change.periodKind && change.periodKind !== periodKind) Object.assign(merged, defaultRange(change.periodKind));
    next.set('periods', merged.periodKind);
    next.set('from', merged.from);
    next.set('to', merged.to);
    next.set('currency', merged.currency);
    next.set('group', merged.groupBy);
    setParams(next, { replace: true });
  }
  return [value, update] as const;
}
