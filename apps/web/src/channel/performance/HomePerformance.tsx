import { Anchor, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import { useKpiFormat } from '../../ui/KpiCards';
import { addMonths, formatPercent, KPIS, kpiValue, monthOf, periodLabel, relativeChange } from '../../ui/kpi';
import { EmptyState, ErrorState, LoadingState } from '../../ui/states';
import { SignalItems } from './SignalList';

const OpenSignalsQuery = graphql(`
  query OpenSignals {
    channelSignals(status: OPEN, first: 5) {
      totalCount
      edges {
        node {
          ...SignalItem_signal
        }
      }
    }
  }
`);

const KpiMoversQuery = graphql(`
  query KpiMovers($from: String!, $to: String!) {
    channelMetrics(from: $from, to: $to, groupBy: CHANNEL) {
      period
      figures {
        ...KpiFigures
      }
    }
  }
`);

function OpenSignals({ canWrite }: { canWrite: boolean }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(OpenSignalsQuery, { fetchPolicy: 'cache-and-network' });
  if (!data && loading) return <LoadingState />;
  if (!data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const signals = data.channelSignals.edges.map((e) => e.node);
  return (
    <Stack gap="xs">
      {signals.length === 0 ? <Text size="sm" c="dimmed">{t('performance.noOpenSignals')}</Text> : <SignalItems signals={signals} canWrite={canWrite} />}
      <Anchor component={Link} to="/channel/performance/signals" size="sm" data-testid="all-signals">
        {t('performance.allSignals', { count: data.channelSignals.totalCount })}
      </Anchor>
    </Stack>
  );
}

/** The channel's KPIs of the last complete month against the month before: the four that moved most, relatively. */
function KpiMovers() {
  const { t, i18n } = useTranslation();
  const format = useKpiFormat('EUR');
  const last = addMonths(monthOf(), -1);
  const before = addMonths(last, -1);
  const { data, loading, error, refetch } = useQuery(KpiMoversQuery, { variables: { from: before, to: last }, fetchPolicy: 'cache-and-network' });
  if (!data && loading) return <LoadingState />;
  if (!data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const [previous, current] = [data.channelMetrics.find((r) => r.period === before), data.channelMetrics.find((r) => r.period === last)];
  const moves = previous && current
    ? KPIS.flatMap((k) => {
        const change = relativeChange(kpiValue(previous.figures, k.key), kpiValue(current.figures, k.key));
        return change === null || change === 0 ? [] : [{ k, change, from: kpiValue(previous.figures, k.key), to: kpiValue(current.figures, k.key) }];
      })
        .sort((a, b) => Math.abs(b.change) - Math.abs(a.change))
        .slice(0, 4)
    : [];
  if (moves.length === 0) return <EmptyState title={t('performance.noMoves')} headingOrder={3} />;
  return (
    <Stack gap="xs">
      <Text size="xs" c="dimmed">
        {t('performance.movesText', { last: periodLabel(last, i18n.language), before: periodLabel(before, i18n.language) })}
      </Text>
      <List spacing="xs" listStyleType="none" p={0} data-testid="kpi-movers">
        {moves.map(({ k, change, from, to }) => {
          const better = change > 0 !== Boolean(k.lowerIsBetter);
          return (
            <List.Item key={k.key} data-testid="kpi-mover">
              <Group gap="xs" wrap="wrap">
                <Text fw={600} size="sm">{t(`performance.kpi.${k.key}`)}</Text>
                <Text size="sm" c={better ? 'teal.9' : 'red.9'}>
                  <span aria-hidden>{change > 0 ? '▲' : '▼'} </span>
                  {t(change > 0 ? 'performance.movedUp' : 'performance.movedDown', { change: formatPercent(Math.abs(change), i18n.language) })}
                </Text>
                <Text size="sm" c="dimmed">{format(k, from)} → {format(k, to)}</Text>
              </Group>
            </List.Item>
          );
        })}
      </List>
    </Stack>
  );
}

/** The channel manager's home: open signals and the KPIs that moved most. */
export function HomePerformance({ canWrite }: { canWrite: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <Paper withBorder p="md" component="section" aria-labelledby="open-signals-title">
        <Title order={2} size="h4" mb="sm" id="open-signals-title">
          {t('performance.openSignals')}
        </Title>
        <OpenSignals canWrite={canWrite} />
      </Paper>
      <Paper withBorder p="md" component="section" aria-labelledby="kpi-movers-title">
        <Title order={2} size="h4" mb="sm" id="kpi-movers-title">
          {t('performance.movers')}
        </Title>
        <KpiMovers />
      </Paper>
    </>
  );
}
