import { Button, Center, Group, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useSearchParams } from 'react-router';
import { graphql } from '../gql';
import type { PartnerRow_PartnerFragment } from '../gql/graphql';
import type { CsvColumn } from '../ui/csv';
import { ExportAllButton } from '../ui/ExportAllButton';
import { EmptyState, ErrorState, LoadingState } from '../ui/states';
import { PartnerFilters, toPartnerFilter, type PartnerFilterValues } from './PartnerFilters';
import { PartnerCardRow, PartnerTableRow } from './PartnerRow';

const PAGE_SIZE = 25;

const PartnerListQuery = graphql(`
  query PartnerList($first: Int!, $after: String, $filter: PartnerFilter) {
    partners(first: $first, after: $after, filter: $filter) {
      totalCount
      edges {
        cursor
        node {
          ...PartnerRow_partner
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

/** The table's columns as a file: codes as the API has them, for a spreadsheet or another system to read. */
function partnerColumns(t: TFunction): CsvColumn<PartnerRow_PartnerFragment>[] {
  return [
    { header: t('listExport.columns.id'), value: (p) => p.id },
    { header: t('partner.code'), value: (p) => p.code },
    { header: t('partner.name'), value: (p) => p.name },
    { header: t('partner.kind'), value: (p) => p.kind },
    { header: t('partner.status'), value: (p) => p.status },
    { header: t('partner.tier'), value: (p) => p.tier?.name },
    { header: t('partner.city'), value: (p) => p.city },
    { header: t('partner.country'), value: (p) => p.country },
    { header: t('partner.parent'), value: (p) => p.parent?.name },
    { header: t('partner.taxId'), value: (p) => p.taxId },
  ];
}

const FILTER_KEYS = ['kind', 'status', 'tier', 'territory'] as const;

/** Filters live in the address, so that a filtered list can be shared, reloaded and gone back to. */
function useFilterParams(): [PartnerFilterValues, (values: PartnerFilterValues) => void] {
  const [params, setParams] = useSearchParams();
  const values: PartnerFilterValues = {
    search: params.get('q') ?? '',
    kind: params.get('kind'),
    status: params.get('status'),
    tier: params.get('tier'),
    territory: params.get('territory'),
  };
  const update = (next: PartnerFilterValues) => {
    const out = new URLSearchParams();
    if (next.search) out.set('q', next.search);
    for (const key of FILTER_KEYS) if (next[key]) out.set(key, next[key]!);
    setParams(out, { replace: true });
  };
  return [values, update];
}

interface PartnerListProps {
  /** Where a partner's page is, e.g. /channel/partners/:id or /analytics/partners/:id. */
  hrefFor: (id: string) => string;
}

export function PartnerList({ hrefFor }: PartnerListProps) {
  const { t } = useTranslation();
  const narrow = useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false });
  const [values, setValues] = useFilterParams();
  const filter = toPartnerFilter(values);
  const { data, loading, error, refetch, fetchMore } = useQuery(PartnerListQuery, {
    variables: { first: PAGE_SIZE, filter },
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.partners;
  const partners = connection?.edges.map((e) => e.node) ?? [];

  let body;
  if (!connection && loading) body = <LoadingState />;
  else if (!connection) body = <ErrorState error={error} onRetry={() => void refetch()} />;
  else if (partners.length === 0) body = <EmptyState title={t('partners.emptyTitle')} description={t('partners.emptyText')} />;
  else if (narrow)
    body = (
      <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {partners.map((p) => (
          <PartnerCardRow key={p.id} partner={p} href={hrefFor(p.id)} />
        ))}
      </Stack>
    );
  else
    body = (
      <Table.ScrollContainer minWidth={860}>
        <Table highlightOnHover verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('partner.code')}</Table.Th>
              <Table.Th>{t('partner.name')}</Table.Th>
              <Table.Th>{t('partner.kind')}</Table.Th>
              <Table.Th>{t('partner.status')}</Table.Th>
              <Table.Th>{t('partner.tier')}</Table.Th>
              <Table.Th>{t('partners.location')}</Table.Th>
              <Table.Th>{t('partner.parent')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {partners.map((p) => (
              <PartnerTableRow key={p.id} partner={p} href={hrefFor(p.id)} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );

  return (
    <Stack>
      <PartnerFilters values={values} onChange={setValues} />
      <Group justify="space-between" align="center" gap="xs">
        <Text size="sm" c="dimmed" aria-live="polite" data-testid="partner-count">
          {connection ? t('partners.count', { count: connection.totalCount }) : '\u00a0'}
        </Text>
        <ExportAllButton query={PartnerListQuery} variables={{ filter }} connection={(d) => d.partners} columns={partnerColumns(t)} name="partners" />
      </Group>
      {body}
      {connection?.pageInfo.hasNextPage && (
        <Center>
          <Button
            variant="light"
            loading={loading}
            onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })}
          >
            {t('partners.loadMore', { shown: partners.length, total: connection.totalCount })}
          </Button>
        </Center>
      )}
      {connection && error && <ErrorState error={error} />}
    </Stack>
  );
}
