import { useState } from 'react';
import { Anchor, Badge, Button, Center, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import type { MdfFundRow_FundFragment } from '../../gql/graphql';
import type { CsvColumn } from '../../ui/csv';
import { ExportAllButton } from '../../ui/ExportAllButton';
import { formatMoney } from '../../ui/money';
import { canManageMdf, formatDay } from '../../ui/mdf';
import { EmptyState, ErrorState, LoadingState } from '../../ui/states';
import { usePageTitle } from '../../ui/usePageTitle';
import { useViewer } from '../../ui/viewer';
import { WideTable } from '../../ui/WideTable';
import { MdfTabs } from './MdfTabs';
import { NewFundForm } from './NewFundForm';

const PAGE_SIZE = 20;

graphql(`
  fragment MdfFundRow_fund on MdfFund {
    id
    name
    purpose
    currency
    periodStart
    periodEnd
    claimDeadline
    expiredAt
    activityTypes
    totalBudget {
      ...MdfMoney
    }
    allocated {
      ...MdfMoney
    }
    unallocated {
      ...MdfMoney
    }
  }
`);

export const MdfFundListQuery = graphql(`
  query MdfFundList($first: Int!, $after: String) {
    mdfFunds(first: $first, after: $after) {
      totalCount
      edges {
        node {
          ...MdfFundRow_fund
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

type ListData = ResultOf<typeof MdfFundListQuery>;

function appendPage(shown: ListData, { fetchMoreResult }: { fetchMoreResult: ListData }): ListData {
  return { mdfFunds: { ...fetchMoreResult.mdfFunds, edges: [...shown.mdfFunds.edges, ...fetchMoreResult.mdfFunds.edges] } };
}

/** The table's columns as a file: days as YYYY-MM-DD, the amounts as numbers in the fund's one currency. */
function fundColumns(t: TFunction): CsvColumn<MdfFundRow_FundFragment>[] {
  return [
    { header: t('listExport.columns.id'), value: (f) => f.id },
    { header: t('mdf.fundName'), value: (f) => f.name },
    { header: t('listExport.columns.periodStart'), value: (f) => f.periodStart },
    { header: t('listExport.columns.periodEnd'), value: (f) => f.periodEnd },
    { header: t('mdf.claimDeadline'), value: (f) => f.claimDeadline },
    { header: t('mdf.budget'), value: (f) => Number(f.totalBudget.amount) },
    { header: t('mdf.allocated'), value: (f) => Number(f.allocated.amount) },
    { header: t('mdf.unallocated'), value: (f) => Number(f.unallocated.amount) },
    { header: t('listExport.columns.currency'), value: (f) => f.currency },
  ];
}

/** The brand's marketing development funds, newest first, and a new one. */
export function MdfFundsPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('mdf.fundsTitle'), 'Trellis');
  const { viewer } = useViewer();
  const canManage = canManageMdf(viewer);
  const [creating, setCreating] = useState(false);
  const { data, loading, error, refetch, fetchMore } = useQuery(MdfFundListQuery, {
    variables: { first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.mdfFunds;
  const funds = connection?.edges.map((e) => e.node) ?? [];
  const money = (m: { amount: string; currency: string }) => formatMoney(m, i18n.language);

  let body;
  if (!connection && loading) body = <LoadingState />;
  else if (!connection) body = <ErrorState error={error} onRetry={() => void refetch()} />;
  else if (funds.length === 0) body = <EmptyState title={t('mdf.noFundsTitle')} description={t('mdf.noFundsChannel')} headingOrder={2} />;
  else
    body = (
      <WideTable minWidth={860} label={t('mdf.fundsTitle')}>
        <Table highlightOnHover verticalSpacing="sm" data-testid="mdf-fund-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('mdf.fundName')}</Table.Th>
              <Table.Th>{t('mdf.period')}</Table.Th>
              <Table.Th>{t('mdf.claimDeadline')}</Table.Th>
              <Table.Th ta="right">{t('mdf.budget')}</Table.Th>
              <Table.Th ta="right">{t('mdf.allocated')}</Table.Th>
              <Table.Th ta="right">{t('mdf.unallocated')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {funds.map((f) => (
              <Table.Tr key={f.id} data-testid="mdf-fund-row">
                <Table.Td className="break-anywhere">
                  <Anchor component={Link} to={`/channel/mdf/funds/${f.id}`} fw={600} size="sm" data-testid="mdf-fund-link">
                    {f.name}
                  </Anchor>
                  {f.expiredAt && (
                    <Badge ml="xs" color="gray" variant="light" size="sm">{t('mdf.expiredBadge')}</Badge>
                  )}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{t('mdf.periodRange', { from: formatDay(f.periodStart, i18n.language), to: formatDay(f.periodEnd, i18n.language) })}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDay(f.claimDeadline, i18n.language)}</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }} data-testid="mdf-fund-budget">{money(f.totalBudget)}</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }} data-testid="mdf-fund-allocated">{money(f.allocated)}</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }} data-testid="mdf-fund-unallocated">{money(f.unallocated)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </WideTable>
    );

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t('mdf.title')}</Title>
        {canManage && !creating && (
          <Button onClick={() => setCreating(true)} data-testid="mdf-new-fund">
            {t('mdf.newFund')}
          </Button>
        )}
      </Group>
      <MdfTabs />
      <Text c="dimmed">{t('mdf.channelIntro')}</Text>
      {creating && (
        <Paper withBorder p="md" component="section" aria-labelledby="mdf-new-fund-title">
          <Title order={2} size="h3" id="mdf-new-fund-title" mb="sm">
            {t('mdf.newFund')}
          </Title>
          <NewFundForm onCancel={() => setCreating(false)} />
        </Paper>
      )}
      <Group justify="space-between" align="flex-end">
        <Title order={2} size="h3">{t('mdf.fundsTitle')}</Title>
        <Group gap="xs" align="center">
          <Text size="sm" c="dimmed" aria-live="polite" data-testid="mdf-fund-count">
            {connection ? t('mdf.fundCount', { count: connection.totalCount }) : '\u00a0'}
          </Text>
          <ExportAllButton query={MdfFundListQuery} variables={{}} connection={(d) => d.mdfFunds} columns={fundColumns(t)} name="mdf-funds" />
        </Group>
      </Group>
      {body}
      {connection?.pageInfo.hasNextPage && (
        <Center>
          <Button variant="light" loading={loading} onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor }, updateQuery: appendPage })}>
            {t('partners.loadMore', { shown: funds.length, total: connection.totalCount })}
          </Button>
        </Center>
      )}
    </Stack>
  );
}
