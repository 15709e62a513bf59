import { useTranslation } from 'react-i18next';
import type { TierMetric } from '@trellis/schema';
import { formatMoney } from '../../ui/money';

/** Metrics counted in money (one currency each); the others are rates in percent and people. */
export const MONEY_METRICS: readonly TierMetric[] = ['SELL_IN', 'SELL_OUT'];
export const RATE_METRICS: readonly TierMetric[] = ['LEAD_ACCEPTANCE_RATE', 'WIN_RATE'];
export const METRICS: readonly TierMetric[] = ['SELL_IN', 'SELL_OUT', 'LEAD_ACCEPTANCE_RATE', 'WIN_RATE', 'TRAINED_STAFF'];
export const WINDOW_MONTHS = [3, 6, 12, 24] as const;

export const isMoney = (metric: TierMetric) => MONEY_METRICS.includes(metric);
export const isRate = (metric: TierMetric) => RATE_METRICS.includes(metric);

export interface CriterionLike {
  metric: TierMetric;
  minimum: number;
  currency?: string | null;
}

export interface CheckLike extends CriterionLike {
  value?: number | null;
  met: boolean;
  gap: number;
}

/** A month of the API (YYYY-MM-DD) as its reader names it: "December 2025", "grudzień 2025". */
export function formatMonth(day: string, language: string): string {
  const [y, m] = day.split('-').map(Number);
  return new Date(Date.UTC(y!, (m ?? 1) - 1, 1)).toLocaleDateString(language === 'pl' ? 'pl-PL' : 'en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** Whole months from the month of `start` to the month of `end` (YYYY-MM-DD), both counted. */
export function monthsBetween(start: string, end: string): number {
  const [y1, m1] = start.split('-').map(Number);
  const [y2, m2] = end.split('-').map(Number);
  return (y2! - y1!) * 12 + (m2! - m1!) + 1;
}

/** How the tier pages write figures, criteria and gaps in the reader's language. */
export function useTierTexts() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const number = new Intl.NumberFormat(language === 'pl' ? 'pl-PL' : 'en-GB', { maximumFractionDigits: 1 });
  const percent = (value: number) => t('tiers.percent', { value: number.format(value) });

  /** A figure of a metric: money in its currency, a rate in percent, people as a number. */
  const figure = (metric: TierMetric, value: number | null | undefined, currency?: string | null) => {
    if (value == null) return t('tiers.noFigure');
    if (isMoney(metric)) return formatMoney({ amount: value.toFixed(2), currency: currency ?? 'EUR' }, language);
    if (isRate(metric)) return percent(value);
    return number.format(value);
  };

  const metricName = (metric: TierMetric) => t(`tiers.metric.${metric}`);

  /** "Sell-in over the last 12 months at least €60,000.00"; "Trained staff at least 2". */
  const criterion = (c: CriterionLike, windowMonths: number | null | undefined) => {
    const minimum = figure(c.metric, c.minimum, c.currency);
    if (c.metric === 'TRAINED_STAFF' || !windowMonths) return t('tiers.criterion', { metric: metricName(c.metric), minimum });
    return t('tiers.criterionWindow', { metric: metricName(c.metric), minimum, count: windowMonths });
  };

  /** What is missing: "€12,400.00 more sell-in", "1 more trained person". */
  const gap = (c: CheckLike) => {
    switch (c.metric) {
      case 'SELL_IN':
      case 'SELL_OUT':
        return t(`tiers.gap.${c.metric}`, { amount: figure(c.metric, c.gap, c.currency) });
      case 'LEAD_ACCEPTANCE_RATE':
      case 'WIN_RATE':
        return t(`tiers.gap.${c.metric}`, { points: number.format(c.gap) });
      case 'TRAINED_STAFF':
        return t('tiers.gap.TRAINED_STAFF', { count: c.gap });
    }
  };

  /** Met, or what is missing, in words. */
  const result = (c: CheckLike) => (c.met ? t('tiers.met') : t('tiers.shortBy', { gap: gap(c) }));

  return { t, language, figure, metricName, criterion, gap, result, percent };
}
