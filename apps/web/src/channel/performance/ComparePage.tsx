import { Anchor, Group, NativeSelect, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { ChannelMetric } from '@trellis/schema';
import { graphql } from '../../gql';
import { CsvExportButton } from '../../ui/CsvExportButton';
import { useKpiFormat } from '../../ui/KpiCards';
import { CHANNEL_METRICS, formatPercent, kpiOfMetric, periodLabel, shiftPeriod } from '../../ui/kpi';
import { EmptyState, ErrorState, LoadingState } from '../../ui/states';
import { usePageTitle } from '../../ui/usePageTitle';
import { WideTable } from '../../ui/WideTable';
import { groupLabel } from './groups';
import { PerformanceFilters } from './PerformanceFilters';
import { PerformanceTabs } from './PerformanceTabs';
import { GROUP_BYS, usePerformanceParams } from './usePerformanceParams';

const ChannelComparisonQuery = graphql(`
  query ChannelComparison($metric: ChannelMetric!, $period: String!, $periodKind: MetricPeriodKind!, $currency: String!, $groupBy: MetricGroupBy!, $ascending: Boolean!) {
    channelComparison(metric: $metric, period: $period, periodKind: $periodKind, currency: $currency, groupBy: $groupBy, ascending: $ascending) {
      groupKey
      rank
      value
      previousValue
      change
      changeRatio
      partnerCount
      kind
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
      previous {
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

/** Arrow and words: colour is never the only signal of which way a KPI moved, or whether that is good. */
export function ChangeText({ change, ratio, lowerIsBetter, text }: { change: number | null; ratio: number | null; lowerIsBetter?: boolean; text: string }) {
  const { t, i18n } = useTranslation();
  if (change === null) return <Text span c="dimmed">—</Text>;
  const arrow = change > 0 ? '▲' : change < 0 ? '▼' : '▶';
  const better = change === 0 ? null : change > 0 !== Boolean(lowerIsBetter);
  const direction = change > 0 ? t('performance.up') : change < 0 ? t('performance.down') : t('performance.unchanged');
  return (
    <Text span c={better === null ? undefined : better ? 'teal.9' : 'red.9'} style={{ whiteSpace: 'nowrap' }} data-testid="change">
      <span aria-hidden>{arrow} </span>
      <VisuallyHidden>{direction} </VisuallyHidden>
      {text}
      {ratio !== null ? ` (${ratio > 0 ? '+' : ''}${formatPercent(ratio, i18n.language)})` : ''}
    </Text>
  );
}

/** /channel/performance/compare: groups ranked by one KPI in a period, beside the period before. */
export function ComparePage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('performance.compareTitle'), 'Trellis');
  const [params, update] = usePerformanceParams('PARTNER');
  const [search, setSearch] = useSearchParams();
  const rawMetric = search.get('metric') as ChannelMetric | null;
  const metric: ChannelMetric = rawMetric && CHANNEL_METRICS.includes(rawMetric) ? rawMetric : 'SELL_IN';
  const definition = kpiOfMetric(metric);
  const format = useKpiFormat(params.currency);
  const groupBy = params.groupBy === 'CHANNEL' ? 'PARTNER' : params.groupBy;
  const { data, loading, error, refetch } = useQuery(ChannelComparisonQuery, {
    variables: { metric, period: params.to, periodKind: params.periodKind, currency: params.currency, groupBy, ascending: Boolean(definition.lowerIsBetter) },
    fetchPolicy: 'cache-and-network',
  });
  const rows = data?.channelComparison ?? [];
  type Row = (typeof rows)[number];
  // A money KPI's value, previous value and change come in minor units (cents): the amounts are read from the
  // figures instead, exact as the API writes them.
  const moneyKey = definition.key === 'sellIn' || definition.key === 'sellOut' ? definition.key : null;
  const valueOf = (row: Row) => (moneyKey ? Number(row.figures[moneyKey].amount) : row.value ?? null);
  const previousOf = (row: Row) => (moneyKey ? Number(row.previous[moneyKey].amount) : row.previousValue ?? null);
  const changeOf = (row: Row) => (moneyKey ? Math.round((valueOf(row)! - previousOf(row)!) * 100) / 100 : row.change ?? null);
  const show = (value: number | null | undefined) => format(definition, value ?? null);
  const signed = (value: number | null | undefined) => (value === null || value === undefined ? '—' : `${value > 0 ? '+' : value < 0 ? '−' : ''}${format(definition, Math.abs(value))}`);
  const previousPeriod = shiftPeriod(params.to, params.periodKind, -1);
  const labelOf = (row: Row) => groupLabel(row, groupBy, t);

  let body;
  if (!data && loading) body = <LoadingState />;
  else if (!data) body = <ErrorState error={error} onRetry={() => void refetch()} />;
  else if (rows.length === 0 || rows.every((r) => r.value === null && r.previousValue === null))
    body = <EmptyState title={t('performance.noFigures')} description={t('performance.noFiguresText')} headingOrder={2} />;
  else
    body = (
      <WideTable minWidth={720} label={t('performance.compareTitle')}>
        <Table striped verticalSpacing="xs" data-testid="comparison-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('performance.rank')}</Table.Th>
              <Table.Th scope="col">{t(`performance.groups.${groupBy}`)}</Table.Th>
              <Table.Th scope="col" ta="right">{periodLabel(params.to, i18n.language)}</Table.Th>
              <Table.Th scope="col" ta="right">{periodLabel(previousPeriod, i18n.language)}</Table.Th>
              <Table.Th scope="col" ta="right">{t('performance.change')}</Table.Th>
              <Table.Th scope="col" ta="right">{t('performance.partners')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.groupKey} data-testid="comparison-row">
                <Table.Td>{row.rank > 0 ? row.rank : '—'}</Table.Td>
                <Table.Th scope="row" fw={500} className="break-anywhere">
                  {row.partner ? (
                    <Anchor component={Link} to={`/channel/partners/${row.partner.id}/scorecard`}>
                      {row.partner.name}
                    </Anchor>
                  ) : (
                    labelOf(row)
                  )}
                </Table.Th>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{show(valueOf(row))}</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{show(previousOf(row))}</Table.Td>
                <Table.Td ta="right">
                  <ChangeText change={changeOf(row)} ratio={row.changeRatio ?? null} lowerIsBetter={definition.lowerIsBetter} text={signed(changeOf(row))} />
                </Table.Td>
                <Table.Td ta="right">{row.partnerCount}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </WideTable>
    );

  return (
    <Stack>
      <Title order={1}>{t('performance.compareTitle')}</Title>
      <PerformanceTabs />
      <Text c="dimmed">{t('performance.compareIntro')}</Text>
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Group gap="sm" align="flex-start" wrap="wrap">
          <NativeSelect
            label={t('performance.metric')}
            value={metric}
            w={240}
            onChange={(e) => {
              const next = new URLSearchParams(search);
              next.set('metric', e.currentTarget.value);
              setSearch(next, { replace: true });
            }}
            data={CHANNEL_METRICS.map((m) => ({ value: m, label: t(`performance.kpi.${kpiOfMetric(m).key}`) }))}
            data-testid="metric"
          />
          <PerformanceFilters params={{ ...params, groupBy }} onChange={update} single groupBys={GROUP_BYS.filter((g) => g !== 'CHANNEL')} />
        </Group>
        <CsvExportButton
          fileName={`comparison-${metric.toLowerCase()}-${params.to}`}
          rows={rows}
          disabled={rows.length === 0}
          columns={[
            { header: t('performance.rank'), value: (r) => r.rank },
            { header: t(`performance.groups.${groupBy}`), value: labelOf },
            { header: params.to, value: valueOf },
            { header: previousPeriod, value: previousOf },
            { header: t('performance.change'), value: changeOf },
            { header: t('performance.changeRatio'), value: (r) => r.changeRatio ?? null },
            { header: t('performance.partners'), value: (r) => r.partnerCount },
          ]}
          data-testid="comparison-csv"
        />
      </Group>
      {body}
    </Stack>
  );
}
