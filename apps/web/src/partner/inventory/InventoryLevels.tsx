import { Button, Center, Group, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { graphql } from '../../gql';
import type { InventoryLevelRow_LevelFragment } from '../../gql/graphql';
import type { CsvColumn } from '../../ui/csv';
import { ExportAllButton } from '../../ui/ExportAllButton';
import { formatDate, formatDateTime } from '../../ui/format';
import { EmptyState, ErrorState, LoadingState } from '../../ui/states';
import { WideTable } from '../../ui/WideTable';

const PAGE_SIZE = 50;

graphql(`
  fragment InventoryLevelRow_level on InventoryLevel {
    partnerId
    productId
    countedOn
    onHand
    reportedAt
    partner {
      id
      name
      city
    }
    product {
      id
      sku
      name
      unit
    }
  }
`);

/** The query the levels list reads; a new count refetches it by this name. */
export const INVENTORY_LEVELS_QUERY = 'InventoryLevels';

const InventoryLevelsQuery = graphql(`
  query InventoryLevels($partnerId: ID, $productId: ID, $first: Int!, $after: String) {
    inventory(partnerId: $partnerId, productId: $productId, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          ...InventoryLevelRow_level
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

/** The table's columns as a file: the partner and product with their ids, the count's day as YYYY-MM-DD. */
function levelColumns(t: TFunction): CsvColumn<InventoryLevelRow_LevelFragment>[] {
  return [
    { header: t('listExport.columns.partnerId'), value: (l) => l.partnerId },
    { header: t('inventory.partner'), value: (l) => l.partner?.name },
    { header: t('listExport.columns.city'), value: (l) => l.partner?.city },
    { header: t('listExport.columns.productId'), value: (l) => l.productId },
    { header: t('listExport.columns.sku'), value: (l) => l.product?.sku },
    { header: t('inventory.product'), value: (l) => l.product?.name },
    { header: t('inventory.onHand'), value: (l) => l.onHand },
    { header: t('listExport.columns.unit'), value: (l) => l.product?.unit },
    { header: t('inventory.countedOn'), value: (l) => l.countedOn },
    { header: t('inventory.reportedAt'), value: (l) => l.reportedAt },
  ];
}

interface InventoryLevelsProps {
  /** One partner's levels; every partner the viewer may see when null. */
  partnerId: string | null;
  productId: string | null;
  /** The partner's column: for brand staff, who see many partners. */
  showPartner: boolean;
}

/**
 * The latest count of each partner and product, by partner and product, 50 at a time. With a product chosen,
 * the units listed are summed: exact once every partner's level of it is on the page.
 */
export function InventoryLevels({ partnerId, productId, showPartner }: InventoryLevelsProps) {
  const { t, i18n } = useTranslation();
  const { data, loading, error, refetch, fetchMore } = useQuery(InventoryLevelsQuery, {
    variables: { partnerId, productId, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.inventory;
  if (!connection && loading) return <LoadingState />;
  if (!connection) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const levels = connection.edges.map((e) => e.node);
  if (levels.length === 0) {
    return <EmptyState title={productId || (partnerId && showPartner) ? t('inventory.noneMatching') : t('inventory.emptyTitle')} description={t('inventory.emptyText')} headingOrder={3} />;
  }
  const units = levels.reduce((sum, level) => sum + level.onHand, 0);
  const complete = !connection.pageInfo.hasNextPage;
  const loadMore = () => void fetchMore({
    variables: { after: connection.pageInfo.endCursor },
    // No field policy merges this list's pages (apollo.ts's are for the shared lists): the next page is appended here.
    updateQuery: (previous, { fetchMoreResult }) => ({
      inventory: { ...fetchMoreResult.inventory, edges: [...(previous.inventory?.edges ?? []), ...fetchMoreResult.inventory.edges] },
    }),
  });

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="center" gap="xs">
        <Text size="sm" c="dimmed" aria-live="polite" data-testid="inventory-count">
          {t('inventory.count', { count: connection.totalCount })}
        </Text>
        <ExportAllButton query={InventoryLevelsQuery} variables={{ partnerId, productId }} connection={(d) => d.inventory} columns={levelColumns(t)} name="inventory" />
      </Group>
      {productId && (
        <Text size="sm" fw={600} data-testid="inventory-total">
          {complete ? t('inventory.total', { count: units }) : t('inventory.totalShown', { count: units, shown: levels.length, total: connection.totalCount })}
        </Text>
      )}
      <WideTable minWidth={showPartner ? 720 : 560} label={t('inventory.levelsTitle')}>
        <Table highlightOnHover verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              {showPartner && <Table.Th scope="col">{t('inventory.partner')}</Table.Th>}
              <Table.Th scope="col">{t('inventory.product')}</Table.Th>
              <Table.Th scope="col" ta="right">{t('inventory.onHand')}</Table.Th>
              <Table.Th scope="col">{t('inventory.countedOn')}</Table.Th>
              <Table.Th scope="col">{t('inventory.reportedAt')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {levels.map((level) => (
              <Table.Tr key={`${level.partnerId}-${level.productId}`} data-testid="inventory-row" data-sku={level.product?.sku}>
                {showPartner && (
                  <Table.Td data-testid="inventory-partner">
                    {level.partner ? level.partner.name : level.partnerId}
                    {level.partner?.city && <Text size="xs" c="dimmed">{level.partner.city}</Text>}
                  </Table.Td>
                )}
                <Table.Td>
                  <Text size="sm" fw={600}>{level.product?.name ?? level.productId}</Text>
                  <Text size="xs" c="dimmed" ff="monospace" data-testid="inventory-sku">{level.product?.sku}</Text>
                </Table.Td>
                <Table.Td ta="right" data-testid="inventory-on-hand">{level.onHand.toLocaleString(i18n.language)}</Table.Td>
                <Table.Td>{formatDate(`${level.countedOn}T12:00:00Z`, i18n.language)}</Table.Td>
                <Table.Td>{formatDateTime(level.reportedAt, i18n.language)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </WideTable>
      {connection.pageInfo.hasNextPage && (
        <Center>
          <Button variant="light" loading={loading} onClick={loadMore}>
            {t('inventory.loadMore', { shown: levels.length, total: connection.totalCount })}
          </Button>
        </Center>
      )}
    </Stack>
  );
}
