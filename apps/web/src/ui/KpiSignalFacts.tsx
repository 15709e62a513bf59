import type { TFunction } from 'i18next';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SignalKind } from '@trellis/schema';
import { formatAmount, formatNumber, formatPercent } from './kpi';

export interface SignalFactLike {
  name: string;
  value?: number | null;
  text?: string | null;
  series?: readonly number[] | null;
}

/**
 * A signal's facts in words and numbers, e.g. "Quota completion 62% (threshold 70%): sell-in €12,400.00 of
 * €20,000.00". The API's fact names per rule are in apps/api/src/modules/analytics/signals.ts; a fact this
 * does not know still shows, by its name, so nothing the API says is hidden.
 */
export function describeSignal(kind: SignalKind, facts: readonly SignalFactLike[], t: TFunction, language: string): string {
  const fact = (name: string) => facts.find((f) => f.name === name);
  const num = (name: string) => fact(name)?.value ?? null;
  const currency = fact('currency')?.text ?? 'EUR';
  const money = (name: string) => (num(name) === null ? '—' : formatAmount(num(name)!, currency, language));
  const pct = (name: string) => (num(name) === null ? '—' : formatPercent(num(name)!, language));
  const plain = (name: string, digits = 1) => (num(name) === null ? '—' : formatNumber(num(name)!, language, digits));
  const series = (name: string, as: (n: number) => string) => (fact(name)?.series ?? []).map(as).join(' → ');
  const asMoney = (n: number) => formatAmount(n, currency, language);
  const asPct = (n: number) => formatPercent(n, language);
  const asDays = (n: number) => formatNumber(n, language, 1);
  switch (kind) {
    case 'QUOTA_COMPLETION_LOW':
      return t('performance.signalText.QUOTA_COMPLETION_LOW', { completion: pct('completion'), min: pct('minCompletion'), sellIn: money('sellIn'), quota: money('quota') });
    case 'SALES_DECLINING':
      return t('performance.signalText.SALES_DECLINING', { periods: plain('periods', 0), drop: plain('minDropPercent'), series: series('sellIn', asMoney) });
    case 'DISTRIBUTION_LOW':
      return t('performance.signalText.DISTRIBUTION_LOW', { rate: pct('rate'), min: pct('minRate'), stocked: plain('stockedProducts', 0), active: plain('activeProducts', 0) });
    case 'PAYMENT_PERIOD_LONG':
      return t(fact('reason')?.text === 'LENGTHENING' ? 'performance.signalText.PAYMENT_PERIOD_LENGTHENING' : 'performance.signalText.PAYMENT_PERIOD_LONG', {
        days: plain('days'), max: plain('maxDays'), series: series('series', asDays),
      });
    case 'INVENTORY_HIGH':
      return t('performance.signalText.INVENTORY_HIGH', { periods: plain('periods', 0), max: plain('maxDays'), series: series('days', asDays) });
    case 'SATISFACTION_FALLING':
      return t('performance.signalText.SATISFACTION_FALLING', { score: plain('score', 2), previous: plain('previousScore', 2), min: plain('minScore', 2), drop: plain('maxDrop', 2) });
    case 'CHANNEL_COST_RISING':
      return t('performance.signalText.CHANNEL_COST_RISING', { share: pct('costShare'), max: pct('maxCostShare'), series: series('series', asPct) });
    case 'PRICE_PRESSURE':
      return t('performance.signalText.PRICE_PRESSURE', { margin: pct('margin'), min: pct('minMargin'), series: series('series', asPct) });
    case 'NEW_CHANNEL_RISING':
      return t('performance.signalText.NEW_CHANNEL_RISING', { growth: plain('growthPercent'), min: plain('minGrowthPercent'), sellOut: money('sellOut'), previous: money('previousSellOut') });
    case 'CHANNEL_CONFLICTS':
      return t('performance.signalText.CHANNEL_CONFLICTS', { conflicts: plain('conflicts', 0), max: plain('maxConflicts', 0) });
    case 'MARKET_SHARE_LOW':
      return fact('basis')?.text === 'MARKET_SIZE'
        ? t('performance.signalText.MARKET_SHARE_LOW', { share: pct('share'), min: pct('minShare'), sellOut: money('sellOut'), market: money('monthlyMarket') })
        : t('performance.signalText.MARKET_SHARE_LOW_CHANNEL', { share: pct('share'), min: pct('minShare'), sellOut: money('sellOut'), total: money('territorySellOut') });
    default:
      return facts.map((f) => `${f.name}: ${f.value ?? f.text ?? (f.series ?? []).join(' → ')}`).join('; ');
  }
}

export function KpiSignalFacts({ kind, facts }: { kind: SignalKind; facts: readonly SignalFactLike[] }) {
  const { t, i18n } = useTranslation();
  return (
    <Text size="sm" className="break-anywhere" data-testid="signal-facts">
      {describeSignal(kind, facts, t, i18n.language)}
    </Text>
  );
}
