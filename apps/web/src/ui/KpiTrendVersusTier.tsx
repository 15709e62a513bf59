import { useTranslation } from 'react-i18next';
import { KpiChartCard } from './KpiChartCard';
import { formatAmount, formatCompact, periodLabel } from './kpi';

interface KpiTrendVersusTierProps {
  months: readonly { period: string; sellIn: number }[];
  /** The tier's average partner per month; null while unknown. Empty: the tier has fewer than three active partners. */
  benchmark: readonly { period: string; sellIn: number }[] | null;
  hasTier: boolean;
  currency: string;
  ownLabel: string;
  fileName: string;
}

/** A partner's monthly sell-in beside its tier's average partner: sums only, never another partner's figures. */
export function KpiTrendVersusTier({ months, benchmark, hasTier, currency, ownLabel, fileName }: KpiTrendVersusTierProps) {
  const { t, i18n } = useTranslation();
  const average = new Map((benchmark ?? []).map((p) => [p.period, p.sellIn]));
  const withTier = hasTier && benchmark !== null && benchmark.length > 0;
  return (
    <KpiChartCard
      testId="tier-trend-chart"
      kind="line"
      title={t('performance.tierTrendTitle')}
      description={hasTier ? (withTier ? t('performance.tierTrendText') : t('performance.tierTooSmall')) : t('performance.noTierText')}
      rows={months.map((m) => ({ label: periodLabel(m.period, i18n.language), values: withTier ? { own: m.sellIn, tier: average.get(m.period) ?? null } : ({ own: m.sellIn } as Record<string, number | null>) }))}
      series={[
        { key: 'own', label: ownLabel, color: 'blue.6' },
        ...(withTier ? [{ key: 'tier', label: t('performance.tierAverage'), color: 'gray.6' }] : []),
      ]}
      xLabel={t('performance.period')}
      yLabel={t('performance.sellInIn', { currency })}
      format={(v) => formatAmount(v, currency, i18n.language)}
      formatTick={(v) => formatCompact(v, i18n.language)}
      fileName={fileName}
    />
  );
}
