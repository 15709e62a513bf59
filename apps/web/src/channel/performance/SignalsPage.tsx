import { Button, Center, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useSearchParams } from 'react-router';
import type { SignalKind, SignalStatus } from '@trellis/schema';
import { graphql } from '../../gql';
import type { SignalItem_SignalFragment } from '../../gql/graphql';
import type { CsvColumn } from '../../ui/csv';
import { ExportAllButton } from '../../ui/ExportAllButton';
import { EmptyState, ErrorState, LoadingState } from '../../ui/states';
import { usePageTitle } from '../../ui/usePageTitle';
import { CHANNEL_ROLES, useViewer } from '../../ui/viewer';
import { PerformanceTabs } from './PerformanceTabs';
import { SignalItems } from './SignalList';
import { SignalRulesSection } from './SignalRulesSection';

const PAGE_SIZE = 30;

export const SIGNAL_KINDS: readonly SignalKind[] = [
  'QUOTA_COMPLETION_LOW', 'SALES_DECLINING', 'DISTRIBUTION_LOW', 'PAYMENT_PERIOD_LONG', 'INVENTORY_HIGH', 'SATISFACTION_FALLING',
  'CHANNEL_COST_RISING', 'PRICE_PRESSURE', 'NEW_CHANNEL_RISING', 'CHANNEL_CONFLICTS', 'MARKET_SHARE_LOW',
];
const STATUSES: readonly SignalStatus[] = ['OPEN', 'ACKNOWLEDGED', 'CLEARED'];

const ChannelSignalsQuery = graphql(`
  query ChannelSignals($first: Int!, $after: String, $status: SignalStatus, $kinds: [SignalKind!]) {
    channelSignals(first: $first, after: $after, status: $status, kinds: $kinds) {
      totalCount
      edges {
        node {
          ...SignalItem_signal
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

type SignalsData = ResultOf<typeof ChannelSignalsQuery>;

function appendPage(shown: SignalsData, { fetchMoreResult }: { fetchMoreResult: SignalsData }): SignalsData {
  return { channelSignals: { ...fetchMoreResult.channelSignals, edges: [...shown.channelSignals.edges, ...fetchMoreResult.channelSignals.edges] } };
}

/** A signal as a file's row: the rule and status as codes, the partner by id and code, ISO times. */
function signalColumns(t: TFunction): CsvColumn<SignalItem_SignalFragment>[] {
  return [
    { header: t('listExport.columns.id'), value: (s) => s.id },
    { header: t('listExport.columns.kind'), value: (s) => s.kind },
    { header: t('listExport.columns.status'), value: (s) => s.status },
    { header: t('listExport.columns.period'), value: (s) => s.period },
    { header: t('listExport.columns.partnerId'), value: (s) => s.partner?.id },
    { header: t('listExport.columns.code'), value: (s) => s.partner?.code },
    { header: t('listExport.columns.partner'), value: (s) => s.partner?.name },
    { header: t('listExport.columns.detectedAt'), value: (s) => s.raisedAt },
    { header: t('listExport.columns.note'), value: (s) => s.note },
  ];
}

/** /channel/performance/signals: what the rules raised (open ones first by default), and the rules themselves. */
export function SignalsPage() {
  const { t } = useTranslation();
  usePageTitle(t('performance.signalsTitle'), 'Trellis');
  const { viewer } = useViewer();
  const canWrite = viewer ? CHANNEL_ROLES.includes(viewer.role) : false;
  const [params, setParams] = useSearchParams();
  const rawStatus = params.get('status');
  const status: SignalStatus | null = rawStatus === 'ALL' ? null : STATUSES.includes(rawStatus as SignalStatus) ? (rawStatus as SignalStatus) : 'OPEN';
  const rawKind = params.get('kind') as SignalKind | null;
  const kind = rawKind && SIGNAL_KINDS.includes(rawKind) ? rawKind : null;
  const setParam = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const { data, loading, error, refetch, fetchMore } = useQuery(ChannelSignalsQuery, {
    variables: { first: PAGE_SIZE, status, kinds: kind ? [kind] : null },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.channelSignals;
  const signals = connection?.edges.map((e) => e.node) ?? [];

  let body;
  if (!connection && loading) body = <LoadingState />;
  else if (!connection) body = <ErrorState error={error} onRetry={() => void refetch()} />;
  else if (signals.length === 0) body = <EmptyState title={t('performance.noSignals')} description={t('performance.noSignalsText')} headingOrder={2} />;
  else body = <SignalItems signals={signals} canWrite={canWrite} />;

  return (
    <Stack>
      <Title order={1}>{t('performance.signalsTitle')}</Title>
      <PerformanceTabs />
      <Text c="dimmed">{t('performance.signalsIntro')}</Text>
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <NativeSelect
            label={t('performance.status')}
            value={status ?? 'ALL'}
            w={170}
            onChange={(e) => setParam('status', e.currentTarget.value)}
            data={[...STATUSES.map((s) => ({ value: s, label: t(`performance.signalStatus.${s}`) })), { value: 'ALL', label: t('performance.allStatuses') }]}
            data-testid="signal-status-filter"
          />
          <NativeSelect
            label={t('performance.rule')}
            value={kind ?? ''}
            w={260}
            onChange={(e) => setParam('kind', e.currentTarget.value)}
            data={[{ value: '', label: t('performance.allRules') }, ...SIGNAL_KINDS.map((k) => ({ value: k, label: t(`performance.signalKind.${k}`) }))]}
            data-testid="signal-kind-filter"
          />
        </Group>
        <Group gap="xs" align="center">
          <Text size="sm" c="dimmed" aria-live="polite" data-testid="signal-count">
            {connection ? t('performance.signalCount', { count: connection.totalCount }) : '\u00a0'}
          </Text>
          <ExportAllButton query={ChannelSignalsQuery} variables={{ status, kinds: kind ? [kind] : null }} connection={(d) => d.channelSignals}
            columns={signalColumns(t)} name="signals" />
        </Group>
      </Group>
      {body}
      {connection?.pageInfo.hasNextPage && (
        <Center>
          <Button variant="light" loading={loading} onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor }, updateQuery: appendPage })}>
            {t('partners.loadMore', { shown: signals.length, total: connection.totalCount })}
          </Button>
        </Center>
      )}
      <SignalRulesSection canWrite={canWrite} />
    </Stack>
  );
}
