import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { MetricPeriodKind } from '@trellis/schema';
import { graphql } from '../../gql';
import { KpiChartCard } from '../../ui/KpiChartCard';
import { formatNumber, periodLabel } from '../../ui/kpi';
import { ErrorState, LoadingState } from '../../ui/states';

const QuotaDistributionQuery = graphql(`
  query QuotaDistribution($period: String!, $periodKind: MetricPeriodKind!, $currency: String!) {
    channelMetrics(from: $period, to: $period, periodKind: $periodKind, currency: $currency, groupBy: PARTNER) {
      groupKey
      figures {
        quotaCompletion
      }
    }
  }
`);

/** Quota completion bands, lowest first; partners without a quota in the period have a band of their own. */
const BANDS = [
  { key: 'B0', below: 0.5 },
  { key: 'B50', below: 0.7 },
  { key: 'B70', below: 0.9 },
  { key: 'B90', below: 1 },
  { key: 'B100', below: Infinity },
] as const;

export function bandOf(completion: number | null): string {
  if (completion === null) return 'NONE';
  return BANDS.find((b) => completion < b.below)!.key;
}

/** How many partners reached how much of their quota in a period. */
export function DistributionChart({ period, periodKind, currency }: { period: string; periodKind: MetricPeriodKind; currency: string }) {
  const { t, i18n } = useTranslation();
  const { data, loading, error, refetch } = useQuery(QuotaDistributionQuery, { variables: { period, periodKind, currency }, fetchPolicy: 'cache-and-network' });
  if (!data && loading) return <LoadingState />;
  if (!data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const counts = new Map<string, number>();
  for (const row of data.channelMetrics) {
    const band = bandOf(row.figures.quotaCompletion ?? null);
    counts.set(band, (counts.get(band) ?? 0) + 1);
  }
  const rows = [...BANDS.map((b) => b.key), 'NONE'].map((band) => ({
    label: t(`performance.bands.${band as 'NONE'}`),
    values: { partners: counts.get(band) ?? 0 },
  }));
  return (
    <KpiChartCard
      testId="distribution-chart"
      kind="bar"
      title={t('performance.distributionTitle', { period: periodLabel(period, i18n.language) })}
      description={t('performance.distributionText', { currency })}
      rows={rows}
      series={[{ key: 'partners', label: t('performance.partners'), color: 'violet.6' }]}
      xLabel={t('performance.completionBand')}
      yLabel={t('performance.partners')}
      format={(v) => formatNumber(v, i18n.language, 0)}
      integer
      fileName={`quota-completion-${period}`}
    />
  );
}
