import { useState } from 'react';
import { Anchor, Badge, Button, Center, Group, Paper, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import type { ResultOf } from '@graphql-typed-document-node/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import type { CsvColumn } from '../../ui/csv';
import { ExportAllButton } from '../../ui/ExportAllButton';
import { formatDateTime } from '../../ui/format';
import { formatNumber } from '../../ui/kpi';
import { EmptyState, ErrorState, LoadingState } from '../../ui/states';
import { PAGE_SIZE, ChoiceControl } from '../../programs/shared';

const PolicyAcknowledgmentsQuery = graphql(`
  query PolicyAcknowledgments($id: ID!, $acknowledged: Boolean, $first: Int!, $after: String) {
    salesPolicy(id: $id) {
      id
      latestVersion {
        id
        version
        acknowledgmentSummary {
          partners
          partnersAcknowledged
          managers
          managersAcknowledged
        }
        partnerAcknowledgments(acknowledged: $acknowledged, first: $first, after: $after) {
          totalCount
          edges {
            node {
              acknowledgedAt
              acknowledgedBy {
                id
                displayName
              }
              managers
              managersAcknowledged
              partner {
                id
                code
                name
              }
            }
          }
          pageInfo {
            endCursor
            hasNextPage
          }
        }
      }
    }
  }
`);

type TrackerData = ResultOf<typeof PolicyAcknowledgmentsQuery>;
type Row = NonNullable<TrackerData['salesPolicy']['latestVersion']>['partnerAcknowledgments']['edges'][number]['node'];

const SHOW = ['pending', 'acknowledged', 'all'] as const;
type Show = (typeof SHOW)[number];

function appendPage(shown: TrackerData, { fetchMoreResult }: { fetchMoreResult: TrackerData }): TrackerData {
  const before = shown.salesPolicy.latestVersion;
  const next = fetchMoreResult.salesPolicy.latestVersion;
  if (!before || !next || before.id !== next.id) return fetchMoreResult;
  return {
    salesPolicy: {
      ...fetchMoreResult.salesPolicy,
      latestVersion: { ...next, partnerAcknowledgments: { ...next.partnerAcknowledgments, edges: [...before.partnerAcknowledgments.edges, ...next.partnerAcknowledgments.edges] } },
    },
  };
}

function columns(t: TFunction): CsvColumn<Row>[] {
  return [
    { header: t('programs.tracker.csv.partner'), value: (r) => r.partner?.name },
    { header: t('programs.tracker.csv.code'), value: (r) => r.partner?.code },
    { header: t('programs.tracker.csv.acknowledged'), value: (r) => (r.acknowledgedAt ? t('common.yes') : t('common.no')) },
    { header: t('programs.tracker.csv.acknowledgedAt'), value: (r) => r.acknowledgedAt },
    { header: t('programs.tracker.csv.acknowledgedBy'), value: (r) => r.acknowledgedBy?.displayName },
    { header: t('programs.tracker.csv.managers'), value: (r) => r.managers },
    { header: t('programs.tracker.csv.managersAcknowledged'), value: (r) => r.managersAcknowledged },
  ];
}

function TrackerRow({ row, canOpenPartners }: { row: Row; canOpenPartners: boolean }) {
  const { t, i18n } = useTranslation();
  const name = row.partner?.name ?? t('programs.tracker.unknownPartner');
  return (
    <Paper component="li" withBorder p="sm" data-testid="acknowledgment" data-partner-id={row.partner?.id} data-acknowledged={row.acknowledgedAt ? 'true' : 'false'}>
      <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
        <Stack gap={2} style={{ flex: '1 1 14rem', minWidth: 0 }}>
          {canOpenPartners && row.partner ? (
            <Anchor component={Link} to={`/channel/partners/${row.partner.id}`} fw={600} className="break-anywhere" data-testid="acknowledgment-partner">{name}</Anchor>
          ) : (
            <Text fw={600} className="break-anywhere" data-testid="acknowledgment-partner">{name}</Text>
          )}
          <Text size="sm" data-testid="acknowledgment-text">
            {row.acknowledgedAt
              ? row.acknowledgedBy
                ? t('programs.tracker.acknowledgedBy', { date: formatDateTime(row.acknowledgedAt, i18n.language), name: row.acknowledgedBy.displayName })
                : t('programs.tracker.acknowledgedOn', { date: formatDateTime(row.acknowledgedAt, i18n.language) })
              : row.managers === 0 ? t('programs.tracker.noManagers') : t('programs.tracker.notYet')}
          </Text>
          <Text size="xs" c="dimmed">{t('programs.tracker.managers', { acknowledged: row.managersAcknowledged, count: row.managers })}</Text>
        </Stack>
        <Badge color={row.acknowledgedAt ? 'green' : 'orange'} variant="light" miw="max-content">
          {row.acknowledgedAt ? t('programs.tracker.badgeDone') : t('programs.tracker.badgePending')}
        </Badge>
      </Group>
    </Paper>
  );
}

/**
 * How far the partners of the policy's audience acknowledged its latest published version: the counts, the
 * partners (not yet / acknowledged / all) with who acknowledged first and when, and a CSV of the rows.
 */
export function AcknowledgmentTracker({ policyId, version, canOpenPartners }: { policyId: string; version: number; canOpenPartners: boolean }) {
  const { t, i18n } = useTranslation();
  const [show, setShow] = useState<Show>('pending');
  const acknowledged = show === 'all' ? null : show === 'acknowledged';
  const { data, loading, error, refetch, fetchMore } = useQuery(PolicyAcknowledgmentsQuery, {
    variables: { id: policyId, acknowledged, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const latest = data?.salesPolicy.latestVersion;
  const summary = latest?.acknowledgmentSummary;
  const connection = latest?.partnerAcknowledgments;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];
  const n = (value: number) => formatNumber(value, i18n.language, 0);

  let list;
  if (!data && loading) list = <LoadingState />;
  else if (!connection) list = <ErrorState error={error} onRetry={() => void refetch()} />;
  else if (rows.length === 0) {
    list = <EmptyState headingOrder={3} title={t(`programs.tracker.empty.${show}`)} />;
  } else {
    list = (
      <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('programs.tracker.listLabel')} data-testid="acknowledgments">
        {rows.map((row, index) => <TrackerRow key={row.partner?.id ?? index} row={row} canOpenPartners={canOpenPartners} />)}
      </Stack>
    );
  }

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="policy-tracker-title" data-testid="acknowledgment-tracker">
      <Stack>
        <Title order={2} size="h4" id="policy-tracker-title">{t('programs.tracker.title', { version: latest?.version ?? version })}</Title>
        {summary && (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Stack gap={4}>
              <Text fw={600} data-testid="tracker-partners">
                {t('programs.tracker.partners', { acknowledged: n(summary.partnersAcknowledged), count: summary.partners, partners: n(summary.partners) })}
              </Text>
              <Progress value={summary.partners ? (100 * summary.partnersAcknowledged) / summary.partners : 0} aria-hidden />
            </Stack>
            <Stack gap={4}>
              <Text size="sm" data-testid="tracker-managers">
                {t('programs.tracker.managersTotal', { acknowledged: n(summary.managersAcknowledged), count: summary.managers, managers: n(summary.managers) })}
              </Text>
            </Stack>
          </SimpleGrid>
        )}
        <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
          <Stack gap={4}>
            <Text size="sm" fw={500} id="tracker-show">{t('programs.tracker.showLabel')}</Text>
            <ChoiceControl value={show} onChange={(v) => setShow(v as Show)} aria-labelledby="tracker-show" data-testid="tracker-show"
              data={SHOW.map((s) => ({ value: s, label: t(`programs.tracker.show.${s}`) }))} />
          </Stack>
          <Group gap="xs" wrap="wrap">
            <Text size="sm" c="dimmed" aria-live="polite" data-testid="tracker-count">
              {connection ? t('programs.tracker.count', { count: connection.totalCount, n: n(connection.totalCount) }) : '\u00a0'}
            </Text>
            <ExportAllButton query={PolicyAcknowledgmentsQuery} variables={{ id: policyId, acknowledged }}
              connection={(d) => d.salesPolicy.latestVersion?.partnerAcknowledgments} columns={columns(t)} name={`policy-acknowledgments-v${latest?.version ?? version}`} />
          </Group>
        </Group>
        {list}
        {connection?.pageInfo.hasNextPage && (
          <Center>
            <Button variant="light" loading={loading}
              onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor }, updateQuery: appendPage }).catch(() => undefined)}>
              {t('programs.loadMore', { shown: rows.length, total: connection.totalCount })}
            </Button>
          </Center>
        )}
      </Stack>
    </Paper>
  );
}
