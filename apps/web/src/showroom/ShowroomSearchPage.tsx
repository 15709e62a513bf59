import { Button, Center, Grid, Group, Loader, NativeSelect, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ShowroomSort } from '@trellis/schema';
import { graphql } from '../gql';
import { usePublicQuery } from '../publicClient';
import { EmptyState, ErrorState, LoadingState } from '../ui/states';
import { usePageTitle } from '../ui/usePageTitle';
import { ProductCard } from './ProductCard';
import { SearchBox } from './SearchBox';
import { ShowroomFilters } from './ShowroomFilters';
import { SORTS, useShowroomFilters, type ShowroomFilterValues } from './showroomFilters';
import { useShowroom } from './useShowroom';

const PAGE_SIZE = 24;

export const ShowroomSearchQuery = graphql(`
  query ShowroomSearch(
    $slug: String
    $query: String
    $categoryId: ID
    $minPrice: String
    $maxPrice: String
    $inStockOnly: Boolean!
    $sort: ShowroomSort!
    $first: Int!
    $after: String
  ) {
    showroomSearch(
      slug: $slug
      query: $query
      categoryId: $categoryId
      minPrice: $minPrice
      maxPrice: $maxPrice
      inStockOnly: $inStockOnly
      sort: $sort
      first: $first
      after: $after
    ) {
      totalCount
      facets {
        ...CategoryFacets_facet
      }
      priceRange {
        min {
          amount
          currency
        }
        max {
          amount
          currency
        }
      }
      edges {
        cursor
        node {
          ...ProductCard_item
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

/** The first page of a search, as this page asks for it (and ShowroomLayout, to ask for it early). */
export function showroomSearchVariables(slug: string, filters: ShowroomFilterValues) {
  return {
    slug,
    query: filters.query.trim() || null,
    categoryId: filters.categoryId,
    minPrice: filters.minPrice || null,
    maxPrice: filters.maxPrice || null,
    inStockOnly: filters.inStockOnly,
    sort: filters.sort,
    first: PAGE_SIZE,
  };
}

/** A showroom's products: search that forgives typos, category facets, price range, stock, sort, "Load more". */
export function ShowroomSearchPage() {
  const { t } = useTranslation();
  const { showroom, slug, isBrand } = useShowroom();
  const [filters, setFilters] = useShowroomFilters();
  usePageTitle(filters.query ? t('showroom.resultsFor', { query: filters.query }) : null, showroom.displayName);
  const variables = showroomSearchVariables(slug, filters);
  const { data, previousData, loading, error, refetch, fetchMore } = usePublicQuery(ShowroomSearchQuery, variables);
  // While a changed search loads, the previous results stay (dimmed) rather than jumping to a spinner.
  const result = (data ?? previousData)?.showroomSearch;
  const stale = !data && Boolean(previousData);
  const items = result?.edges.map((e) => e.node) ?? [];

  let body;
  if (!result && loading) body = <LoadingState />;
  else if (!result) body = <ErrorState error={error} onRetry={() => void refetch()} />;
  else if (items.length === 0) body = <EmptyState title={t('showroom.emptyTitle')} description={t('showroom.emptyText')} headingOrder={3} />;
  else
    body = (
      <SimpleGrid
        cols={{ base: 1, xs: 2, lg: 3 }}
        spacing="md"
        component="ul"
        p={0}
        m={0}
        style={{ listStyle: 'none', opacity: stale ? 0.6 : 1 }}
        aria-busy={loading}
        data-testid="product-grid"
      >
        {items.map((item) => (
          <ProductCard key={item.id} item={item} />
        ))}
      </SimpleGrid>
    );

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{isBrand ? t('showroom.catalogTitle', { name: showroom.displayName }) : showroom.displayName}</Title>
        <Text c="dimmed" mt={4} maw={720} style={{ whiteSpace: 'pre-line' }}>
          {showroom.welcomeText || t('showroom.brandIntro')}
        </Text>
      </div>
      <SearchBox value={filters.query} onSearch={(query) => setFilters({ query })} live />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 3 }}>
          <ShowroomFilters values={filters} onChange={setFilters} facets={result?.facets ?? []} priceRange={result?.priceRange} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 9 }}>
          <Stack component="section" aria-labelledby="results-title">
            <Group justify="space-between" align="flex-end" gap="xs">
              <div>
                <Title order={2} size="h4" id="results-title">
                  {t('showroom.products')}
                </Title>
                <Group gap="xs">
                  <Text size="sm" c="dimmed" aria-live="polite" data-testid="result-count">
                    {result ? t('showroom.count', { count: result.totalCount }) : '\u00a0'}
                  </Text>
                  {loading && <Loader size="xs" aria-hidden />}
                </Group>
              </div>
              <NativeSelect
                label={t('showroom.sort')}
                size="sm"
                value={filters.sort}
                onChange={(event) => setFilters({ sort: event.currentTarget.value as ShowroomSort })}
                data={SORTS.map((sort) => ({ value: sort, label: t(`showroom.sortBy.${sort}`) }))}
              />
            </Group>
            {body}
            {result?.pageInfo.hasNextPage && data && (
              <Center>
                <Button
                  variant="light"
                  loading={loading}
                  onClick={() => void fetchMore({ after: result.pageInfo.endCursor }, (kept, next) => ({
                    showroomSearch: { ...next.showroomSearch, edges: [...kept.showroomSearch.edges, ...next.showroomSearch.edges] },
                  }))}
                >
                  {t('showroom.loadMore', { shown: items.length, total: result.totalCount })}
                </Button>
              </Center>
            )}
            {result && error && <ErrorState error={error} />}
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
