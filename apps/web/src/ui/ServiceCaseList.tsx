import { Anchor, Button, Center, Group, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { Link, useSearchParams } from 'react-router';
import type { ServiceCaseStatus } from '@trellis/schema';
import { graphql } from '../gql';
import type { ResultOf } from '@graphql-typed-document-node/core';
import type { ServiceCaseRow_ServiceCaseFragment } from '../gql/graphql';
import type { CsvColumn } from './csv';
import { ExportAllButton } from './ExportAllButton';
import { formatDate } from './format';
import { EmptyState, ErrorState, LoadingState } from './states';
import { SERVICE_STATUSES, ServiceSeverityBadge, ServiceStatusBadge } from './ServiceBadges';
import { PartnerSearchSelect } from './PartnerSearchSelect';
import { WideTable } from './WideTable';

const PAGE_SIZE = 20;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

graphql(`
  fragment ServiceCaseRow_serviceCase on ServiceCase {
    id
    number
    status
    severity
    openedAt
    customerName
    serialNumber
    product {
      id
      name
    }
    partner {
      id
      name
    }
  }
`);

const ServiceCaseListQuery = graphql(`
  query ServiceCaseList($first: Int!, $after: String, $filter: ServiceCaseFilter) {
    serviceCases(first: $first, after: $after, filter: $filter) {
      totalCount
      edges {
        cursor
        node {
          ...ServiceCaseRow_serviceCase
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

type ListData = ResultOf<typeof ServiceCaseListQuery>;

/** "Load more": the next page's cases after those shown (apollo.ts keeps no pagination policy for this list). */
function appendPage(shown: ListData, { fetchMoreResult }: { fetchMoreResult: ListData }): ListData {
  return { serviceCases: { ...fetchMoreResult.serviceCases, edges: [...shown.serviceCases.edges, ...fetchMoreResult.serviceCases.edges] } };
}

/** The table's columns as a file: codes and ISO times, the product and partner with their ids. */
function serviceCaseColumns(t: TFunction): CsvColumn<ServiceCaseRow_ServiceCaseFragment>[] {
  return [
    { header: t('listExport.columns.id'), value: (c) => c.id },
    { header: t('service.number'), value: (c) => c.number },
    { header: t('listExport.columns.openedAt'), value: (c) => c.openedAt },
    { header: t('listExport.columns.partnerId'), value: (c) => c.partner?.id },
    { header: t('service.partner'), value: (c) => c.partner?.name },
    { header: t('listExport.columns.productId'), value: (c) => c.product?.id },
    { header: t('service.product'), value: (c) => c.product?.name },
    { header: t('listExport.columns.serialNumber'), value: (c) => c.serialNumber },
    { header: t('service.customer'), value: (c) => c.customerName },
    { header: t('service.severityColumn'), value: (c) => c.severity },
    { header: t('service.statusColumn'), value: (c) => c.status },
  ];
}

interface ServiceCaseListProps {
  /** Where this portal's case pages live: each number links to `${basePath}/${id}`. */
  basePath: string;
  /** Brand staff see every partner's cases: a partner column and filter. */
  showPartner: boolean;
  /** What the list says when the viewer has no case at all. */
  emptyText: string;
}

/** The service cases the viewer may see, newest first, with their filters kept in the address (?status=, ?partner=). */
export function ServiceCaseList({ basePath, showPartner, emptyText }: ServiceCaseListProps) {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const rawStatus = params.get('status');
  const status = rawStatus && SERVICE_STATUSES.includes(rawStatus as ServiceCaseStatus) ? (rawStatus as ServiceCaseStatus) : null;
  const partner = showPartner && UUID.test(params.get('partner') ?? '') ? params.get('partner') : null;
  const setParam = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const filter = { status, partnerId: partner };
  const { data, loading, error, refetch, fetchMore } = useQuery(ServiceCaseListQuery, {
    variables: { first: PAGE_SIZE, filter },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.serviceCases;
  const cases = connection?.edges.map((e) => e.node) ?? [];

  let body;
  if (!connection && loading) body = <LoadingState />;
  else if (!connection) body = <ErrorState error={error} onRetry={() => void refetch()} />;
  else if (cases.length === 0) body = <EmptyState title={t('service.emptyTitle')} description={status || partner ? t('service.emptyFiltered') : emptyText} />;
  else
    body = (
      <WideTable minWidth={showPartner ? 860 : 720} label={t('service.title')}>
        <Table highlightOnHover verticalSpacing="sm" data-testid="service-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('service.number')}</Table.Th>
              <Table.Th>{t('service.opened')}</Table.Th>
              {showPartner && <Table.Th>{t('service.partner')}</Table.Th>}
              <Table.Th>{t('service.product')}</Table.Th>
              <Table.Th>{t('service.customer')}</Table.Th>
              <Table.Th>{t('service.severityColumn')}</Table.Th>
              <Table.Th>{t('service.statusColumn')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {cases.map((c) => (
              <Table.Tr key={c.id} data-testid="service-row">
                <Table.Td>
                  <Anchor component={Link} to={`${basePath}/${c.id}`} ff="monospace" size="sm" fw={600} data-testid="service-number">
                    {c.number}
                  </Anchor>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(c.openedAt, i18n.language)}</Table.Td>
                {showPartner && <Table.Td className="break-anywhere" data-testid="service-partner">{c.partner?.name ?? '—'}</Table.Td>}
                <Table.Td className="break-anywhere">
                  <Text size="sm">{c.product?.name ?? t('service.noProduct')}</Text>
                  {c.serialNumber && (
                    <Text size="xs" c="dimmed" ff="monospace">
                      {c.serialNumber}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td className="break-anywhere">{c.customerName}</Table.Td>
                <Table.Td>
                  <ServiceSeverityBadge severity={c.severity} />
                </Table.Td>
                <Table.Td>
                  <ServiceStatusBadge status={c.status} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </WideTable>
    );

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <NativeSelect
            label={t('service.statusFilter')}
            value={status ?? ''}
            onChange={(event) => setParam('status', event.currentTarget.value)}
            data={[{ value: '', label: t('service.allStatuses') }, ...SERVICE_STATUSES.map((s) => ({ value: s, label: t(`service.status.${s}`) }))]}
            w={210}
            data-testid="service-status-filter"
          />
          {showPartner && (
            <PartnerSearchSelect label={t('service.partnerFilter')} placeholder={t('service.anyPartner')} clearable w={220}
              value={partner} onChange={(id) => setParam('partner', id ?? '')} />
          )}
        </Group>
        <Group gap="xs" align="center">
          <Text size="sm" c="dimmed" aria-live="polite" data-testid="service-count">
            {connection ? t('service.count', { count: connection.totalCount }) : '\u00a0'}
          </Text>
          <ExportAllButton query={ServiceCaseListQuery} variables={{ filter }} connection={(d) => d.serviceCases} columns={serviceCaseColumns(t)} name="service-cases" />
        </Group>
      </Group>
      {body}
      {connection?.pageInfo.hasNextPage && (
        <Center>
          <Button variant="light" loading={loading} onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor }, updateQuery: appendPage })}>
            {t('partners.loadMore', { shown: cases.length, total: connection.totalCount })}
          </Button>
        </Center>
      )}
    </Stack>
  );
}
