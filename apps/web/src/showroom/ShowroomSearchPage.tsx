import { Button, Center, Grid, Group, Loader, NativeSelect, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ShowroomSort } from '@trellis/schema';
import { usePublicQuery } from '../publicClient';
import { EmptyState, ErrorState, LoadingState } from '../ui/states';
import { usePageTitle } from '../ui/usePageTitle';
import { ProductCard } from './ProductCard';
import { SearchBox } from './SearchBox';
import { ShowroomFilters } from './ShowroomFilters';
import { SORTS, useShowroomFilters } from './showroomFilters';
import { ShowroomSearchQuery, showroomSearchVariables } from './showroomQueries';
import { useShowroom } from './useShowroom';

/**
 * The cards a phone shows first. On the page's first view these render alone, and the rest of the page's
 * cards follow once they are painted: with a slow phone's CPU, rendering all 24 before the first paint held
 * the first card back (bench/first-load.ts: median 2.61 s with 4 first, 2.33-2.42 s with 2, on slow 4G and a 4x
 * slower CPU). The grid says it is busy until every card is there.
 */
const FIRST_CARDS = 2;

/** False until the frame after the first cards were painted; then true for good (later pages render whole). */
function useRestAfterFirstPaint(waiting: boolean): boolean {
  const [rest, setRest] = useState(false);
  useEffect(() => {
    if (rest || !waiting) return;
    let timer = 0;
    const frame = requestAnimationFrame(() => { timer = window.setTimeout(() => setRest(true), 0); });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [rest, waiting]);
  return rest;
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
  const rest = useRestAfterFirstPaint(items.length > FIRST_CARDS);
  const shown = rest ? items : items.slice(0, FIRST_CARDS);

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
        aria-busy={loading || shown.length < items.length}
        data-testid="product-grid"
      >
        {shown.map((item) => (
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
