import { useEffect, useState } from 'react';
import { Anchor, Badge, Button, Center, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../../gql';
import { formatDate } from '../../ui/format';
import { EmptyState, ErrorState, LoadingState } from '../../ui/states';
import { WideTable } from '../../ui/WideTable';

const PAGE_SIZE = 20;

const SolutionArticleListQuery = graphql(`
  query SolutionArticleList($first: Int!, $after: String, $search: String) {
    solutionArticles(first: $first, after: $after, search: $search) {
      totalCount
      edges {
        cursor
        node {
          id
          title
          publishedAt
          updatedAt
          product {
            id
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
`);

type ListData = ResultOf<typeof SolutionArticleListQuery>;

/** "Load more": the next page's articles after those shown (apollo.ts keeps no pagination policy for this list). */
function appendPage(shown: ListData, { fetchMoreResult }: { fetchMoreResult: ListData }): ListData {
  return { solutionArticles: { ...fetchMoreResult.solutionArticles, edges: [...shown.solutionArticles.edges, ...fetchMoreResult.solutionArticles.edges] } };
}

/** A published article's badge says so in words; a draft's too (partners do not see drafts). */
export function ArticleStateBadge({ published }: { published: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge color={published ? 'green' : 'gray'} variant="light" miw="max-content" data-testid="article-state" data-published={published}>
      {t(published ? 'service.published' : 'service.draft')}
    </Badge>
  );
}

/**
 * The brand owner's solution articles, drafts and published ones: the latest changed first, or the best matches
 * of a search (kept in the address, ?q=) first.
 */
export function SolutionArticlesPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const search = (params.get('q') ?? '').trim().slice(0, 200);
  const [typed, setTyped] = useState(search);
  const [debounced] = useDebouncedValue(typed, 300);
  useEffect(() => {
    if (debounced.trim() === search) return;
    const next = new URLSearchParams(params);
    if (debounced.trim()) next.set('q', debounced.trim());
    else next.delete('q');
    setParams(next, { replace: true });
  }, [debounced]);
  const { data, loading, error, refetch, fetchMore } = useQuery(SolutionArticleListQuery, {
    variables: { first: PAGE_SIZE, search: search || null },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.solutionArticles;
  const articles = connection?.edges.map((e) => e.node) ?? [];

  let body;
  if (!connection && loading) body = <LoadingState />;
  else if (!connection) body = <ErrorState error={error} onRetry={() => void refetch()} />;
  else if (articles.length === 0) body = <EmptyState title={t('service.articlesEmptyTitle')} description={search ? t('service.articlesEmptyFiltered') : t('service.articlesEmpty')} />;
  else
    body = (
      <WideTable minWidth={640} label={t('service.articlesTitle')}>
        <Table highlightOnHover verticalSpacing="sm" data-testid="article-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('service.articleTitle')}</Table.Th>
              <Table.Th>{t('service.product')}</Table.Th>
              <Table.Th>{t('service.articleState')}</Table.Th>
              <Table.Th>{t('service.updated')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {articles.map((a) => (
              <Table.Tr key={a.id} data-testid="article-row">
                <Table.Td className="break-anywhere">
                  <Anchor component={Link} to={`/channel/solutions/${a.id}`} size="sm" fw={600}>
                    {a.title}
                  </Anchor>
                </Table.Td>
                <Table.Td className="break-anywhere">{a.product?.name ?? t('service.anyProduct')}</Table.Td>
                <Table.Td>
                  <ArticleStateBadge published={Boolean(a.publishedAt)} />
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(a.updatedAt, i18n.language)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </WideTable>
    );

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t('service.articlesTitle')}</Title>
        <Button component={Link} to="/channel/solutions/new">
          {t('service.newArticle')}
        </Button>
      </Group>
      <Text c="dimmed">{t('service.articlesIntro')}</Text>
      <Group justify="space-between" align="flex-end">
        <TextInput label={t('service.articleSearch')} placeholder={t('service.articleSearchPlaceholder')} type="search" value={typed} maxLength={200}
          onChange={(event) => setTyped(event.currentTarget.value)} w={280} />
        <Text size="sm" c="dimmed" aria-live="polite" data-testid="article-count">
          {connection ? t('service.articleCount', { count: connection.totalCount }) : '\u00a0'}
        </Text>
      </Group>
      {body}
      {connection?.pageInfo.hasNextPage && (
        <Center>
          <Button variant="light" loading={loading} onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor }, updateQuery: appendPage })}>
            {t('partners.loadMore', { shown: articles.length, total: connection.totalCount })}
          </Button>
        </Center>
      )}
    </Stack>
  );
}
