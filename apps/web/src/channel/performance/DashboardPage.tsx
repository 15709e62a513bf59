import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { KpiCards } from '../../ui/KpiCards';
import { KpiChartCard, type KpiChartRow } from '../../ui/KpiChartCard';
import { formatAmount, formatCompact, formatNumber, hasFigures, periodLabel } from '../../ui/kpi';
import { EmptyState, ErrorState, LoadingState } from '../../ui/states';
import { usePageTitle } from '../../ui/usePageTitle';
import { CHANNEL_ROLES, useViewer } from '../../ui/viewer';
import { groupLabel } from './groups';
import { PerformanceFilters } from './PerformanceFilters';
import { PerformanceTabs } from './PerformanceTabs';
import { usePerformanceParams } from './usePerformanceParams';
import { DistributionChart } from './DistributionChart';

const PerformanceTrendQuery = graphql(`
  query PerformanceTrend($from: String!, $to: String!, $periodKind: MetricPeriodKind!, $currency: String!) {
    channelMetrics(from: $from, to: $to, periodKind: $periodKind, currency: $currency, groupBy: CHANNEL) {
      period
      partnerCount
      figures {
        ...KpiFigures
      }
    }
  }
`);

const PerformanceGroupsQuery = graphql(`
  query PerformanceGroups($period: String!, $periodKind: MetricPeriodKind!, $currency: String!, $groupBy: MetricGroupBy!) {
    channelMetrics(from: $period, to: $period, periodKind: $periodKind, currency: $currency, groupBy: $groupBy) {
      groupKey
      kind
      partnerCount
      partner {
        id
        name
      }
      tier {
        id
        name
      }
      territory {
        id
        name
      }
      figures {
        sellIn {
          amount
        }
        sellOut {
          amount
        }
      }
    }
  }
`);

const RefreshChannelMetrics = graphql(`
  mutation RefreshChannelMetrics {
    refreshChannelMetrics {
      pendingCells
    }
  }
`);

/** The groups' bars: the 15 largest by sell-in (a chart of hundreds of partners says nothing); the table lists all. */
const CHART_GROUPS = 15;

function GroupComparison({ period }: { period: string }) {
  const { t, i18n } = useTranslation();
  const [params] = usePerformanceParams();
  const { data, loading, error, refetch } = useQuery(PerformanceGroupsQuery, {
    variables: { period, periodKind: params.periodKind, currency: params.currency, groupBy: params.groupBy },
    fetchPolicy: 'cache-and-network',
  });
  if (!data && loading) return <LoadingState />;
  if (!data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const rows: KpiChartRow[] = data.channelMetrics
    .map((row) => ({ label: groupLabel(row, params.groupBy, t), values: { sellIn: Number(row.figures.sellIn.amount), sellOut: Number(row.figures.sellOut.amount) } }))
    .sort((a, b) => (b.values.sellIn ?? 0) - (a.values.sellIn ?? 0) || a.label.localeCompare(b.label));
  const money = (value: number) => formatAmount(value, params.currency, i18n.language);
  return (
    <KpiChartCard
      testId="groups-chart"
      kind="bar"
      horizontal
      title={t('performance.groupsTitle', { group: t(`performance.groups.${params.groupBy}`), period: periodLabel(period, i18n.language) })}
      description={rows.length > CHART_GROUPS ? t('performance.groupsTop', { count: CHART_GROUPS }) : undefined}
      rows={rows}
      chartRows={rows.slice(0, CHART_GROUPS)}
      series={[
        { key: 'sellIn', label: t('performance.kpi.sellIn'), color: 'blue.6' },
        { key: 'sellOut', label: t('performance.kpi.sellOut'), color: 'teal.6' },
      ]}
      xLabel={t(`performance.groups.${params.groupBy}`)}
      yLabel={params.currency}
      format={money}
      formatTick={(v) => formatCompact(v, i18n.language)}
      fileName={`groups-${params.groupBy.toLowerCase()}-${period}`}
    />
  );
}

/** /channel/performance: the channel's trend, its groups compared, and its partners by quota completion. */
export function DashboardPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('performance.dashboardTitle'), 'Trellis');
  const { viewer } = useViewer();
  const canWrite = viewer ? CHANNEL_ROLES.includes(viewer.role) : false;
  const [params, update] = usePerformanceParams();
  const trend = useQuery(PerformanceTrendQuery, {
    variables: { from: params.from, to: params.to, periodKind: params.periodKind, currency: params.currency },
    fetchPolicy: 'cache-and-network',
  });
  const [refresh, refreshing] = useMutation(RefreshChannelMetrics);
  const periods = trend.data?.channelMetrics ?? [];
  const latest = periods[periods.length - 1];
  const money = (value: number) => formatAmount(value, params.currency, i18n.language);

  let body;
  if (!trend.data && trend.loading) body = <LoadingState />;
  else if (!trend.data) body = <ErrorState error={trend.error} onRetry={() => void trend.refetch()} />;
  else if (!periods.some((p) => hasFigures(p.figures)))
    body = <EmptyState title={t('performance.noFigures')} description={t('performance.noFiguresText')} headingOrder={2} />;
  else
    body = (
      <Stack>
        {latest && (
          <section aria-labelledby="latest-kpis">
            <Title order={2} size="h4" id="latest-kpis" mb="xs">
              {t('performance.latestKpis', { period: periodLabel(latest.period, i18n.language), count: latest.partnerCount })}
            </Title>
            <KpiCards figures={latest.figures} currency={params.currency} keys={['sellIn', 'sellOut', 'quotaCompletion', 'grossMargin', 'leadAcceptanceRate', 'winRate', 'paymentPeriodDays', 'satisfaction']} />
          </section>
        )}
        <KpiChartCard
          testId="trend-chart"
          kind="line"
          title={t('performance.trendTitle')}
          description={t('performance.trendText', { from: periodLabel(params.from, i18n.language), to: periodLabel(params.to, i18n.language) })}
          rows={periods.map((p) => ({ label: periodLabel(p.period, i18n.language), values: { sellIn: Number(p.figures.sellIn.amount), sellOut: Number(p.figures.sellOut.amount) } }))}
          series={[
            { key: 'sellIn', label: t('performance.kpi.sellIn'), color: 'blue.6' },
            { key: 'sellOut', label: t('performance.kpi.sellOut'), color: 'teal.6' },
          ]}
          xLabel={t('performance.period')}
          yLabel={params.currency}
          format={money}
          formatTick={(v) => formatCompact(v, i18n.language)}
          fileName={`trend-${params.from}-${params.to}`}
        />
        {params.groupBy !== 'CHANNEL' && <GroupComparison period={params.to} />}
        <DistributionChart period={params.to} periodKind={params.periodKind} currency={params.currency} />
      </Stack>
    );

  return (
    <Stack>
      <Title order={1}>{t('performance.dashboardTitle')}</Title>
      <PerformanceTabs />
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <PerformanceFilters params={params} onChange={update} />
        {canWrite && (
          <Stack gap={2} align="flex-end">
            <Button
              variant="light"
              loading={refreshing.loading}
              onClick={() =>
                void refresh().then(() => {
                  // The job takes the marked cells within seconds: ask again once it has.
                  setTimeout(() => void trend.refetch(), 3000);
                })
              }
              data-testid="refresh-metrics"
            >
              {t('performance.refresh')}
            </Button>
            {refreshing.data && (
              <Text size="xs" c="dimmed" aria-live="polite">
                {t('performance.refreshed', { count: refreshing.data.refreshChannelMetrics.pendingCells, n: formatNumber(refreshing.data.refreshChannelMetrics.pendingCells, i18n.language, 0) })}
              </Text>
            )}
          </Stack>
        )}
      </Group>
      {body}
    </Stack>
  );
}
