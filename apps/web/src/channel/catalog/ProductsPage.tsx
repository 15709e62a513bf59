import { useEffect, useState } from 'react';
import { Anchor, Badge, Button, Center, Checkbox, Group, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { WideTable } from '../../ui/WideTable';
import { useDebouncedValue } from '@mantine/hooks';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { ProductFilter } from '@trellis/schema';
import { graphql } from '../../gql';
import { categoryChoices } from '../../ui/categoryTree';
import { describeError } from '../../ui/errors';
import { saveTextAsFile } from '../../ui/fileTransfer';
import { formatMoney } from '../../ui/money';
import { EmptyState, ErrorState, LoadingState } from '../../ui/states';
import { CatalogNav } from './CatalogNav';
import { CatalogCategoriesQuery } from './CategoriesPage';

const PAGE_SIZE = 50;

graphql(`
  fragment CatalogProductRow_product on Product {
    id
    sku
    name
    unit
    active
    listPrice {
      amount
      currency
    }
    category {
      id
      name
    }
  }
`);

const CatalogProductsQuery = graphql(`
  query CatalogProducts($first: Int!, $after: String, $filter: ProductFilter) {
    products(first: $first, after: $after, filter: $filter) {
      totalCount
      edges {
        cursor
        node {
          ...CatalogProductRow_product
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

const ProductsCsvQuery = graphql(`
  query ProductsCsv {
    productsCsv
  }
`);

/** Exports the whole catalog in the import's layout, as products.csv. */
function ExportButton() {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [busy, setBusy] = useState(false);
  async function download() {
    setBusy(true);
    try {
      const { data } = await client.query({ query: ProductsCsvQuery, fetchPolicy: 'no-cache' });
      if (data) saveTextAsFile(data.productsCsv, 'products.csv');
    } catch (error) {
      notifications.show({ color: 'red', title: t('states.errorTitle'), message: describeError(error) });
    } finally {
      setBusy(false);
    }
  }
  return (
    <Button variant="default" onClick={() => void download()} loading={busy}>
      {t('catalog.export')}
    </Button>
  );
}

export function ProductsPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const search = params.get('q') ?? '';
  const categoryId = params.get('category');
  const includeInactive = params.get('inactive') === '1';
  const [typed, setTyped] = useState(search);
  const [debounced] = useDebouncedValue(typed, 300);
  const setParam = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  useEffect(() => {
    if (debounced.trim() !== search) setParam('q', debounced.trim() || null);
  }, [debounced]);

  const filter: ProductFilter = { includeInactive, ...(search ? { search } : {}), ...(categoryId ? { categoryId } : {}) };
  const categories = useQuery(CatalogCategoriesQuery);
  const { data, loading, error, refetch, fetchMore } = useQuery(CatalogProductsQuery, {
    variables: { first: PAGE_SIZE, filter },
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.products;
  const products = connection?.edges.map((e) => e.node) ?? [];

  let body;
  if (!connection && loading) body = <LoadingState />;
  else if (!connection) body = <ErrorState error={error} onRetry={() => void refetch()} />;
  else if (products.length === 0) body = <EmptyState title={t('catalog.emptyTitle')} description={t('catalog.emptyText')} />;
  else
    body = (
      <WideTable minWidth={720} label={t('catalog.products')}>
        <Table highlightOnHover verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('product.sku')}</Table.Th>
              <Table.Th>{t('productForm.name')}</Table.Th>
              <Table.Th>{t('productForm.category')}</Table.Th>
              <Table.Th>{t('productForm.listPrice')}</Table.Th>
              <Table.Th>{t('productForm.unit')}</Table.Th>
              <Table.Th>{t('productForm.state')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {products.map((p) => (
              <Table.Tr key={p.id} data-testid="catalog-product">
                <Table.Td ff="monospace">{p.sku}</Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/channel/catalog/products/${p.id}`} fw={600}>
                    {p.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>{p.category?.name ?? '—'}</Table.Td>
                <Table.Td>{formatMoney(p.listPrice, i18n.language)}</Table.Td>
                <Table.Td>{p.unit}</Table.Td>
                <Table.Td>
                  <Badge color={p.active ? 'green' : 'gray'} variant="light" miw="max-content">
                    {p.active ? t('productForm.activeBadge') : t('productForm.inactiveBadge')}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </WideTable>
    );

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('catalog.title')}</Title>
        <Group gap="xs">
          <ExportButton />
          <Button component={Link} to="/channel/catalog/products/new">
            {t('catalog.newProduct')}
          </Button>
        </Group>
      </Group>
      <CatalogNav />
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <TextInput
          label={t('partners.search')}
          placeholder={t('catalog.searchPlaceholder')}
          type="search"
          value={typed}
          onChange={(event) => setTyped(event.currentTarget.value)}
        />
        <Select
          label={t('productForm.category')}
          placeholder={t('partners.any')}
          clearable
          searchable
          data={categoryChoices(categories.data?.categories ?? [])}
          value={categoryId}
          onChange={(value) => setParam('category', value)}
          error={categories.error ? t('partners.optionsFailed') : undefined}
        />
        <Checkbox
          label={t('catalog.includeInactive')}
          checked={includeInactive}
          onChange={(event) => setParam('inactive', event.currentTarget.checked ? '1' : null)}
          mt={{ base: 0, sm: 30 }}
        />
      </SimpleGrid>
      <Text size="sm" c="dimmed" aria-live="polite">
        {connection ? t('catalog.count', { count: connection.totalCount }) : '\u00a0'}
      </Text>
      {body}
      {connection?.pageInfo.hasNextPage && (
        <Center>
          <Button variant="light" loading={loading} onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })}>
            {t('partners.loadMore', { shown: products.length, total: connection.totalCount })}
          </Button>
        </Center>
      )}
      {connection && error && <ErrorState error={error} />}
    </Stack>
  );
}
