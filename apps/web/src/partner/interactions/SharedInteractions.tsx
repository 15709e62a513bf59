import { Badge, Button, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { formatDateTime } from '../../ui/format';
import { EmptyState, ErrorState, LoadingState } from '../../ui/states';

const PAGE_SIZE = 5;

export const SharedInteractionsQuery = graphql(`
  query SharedInteractions($first: Int!, $after: String) {
    interactions(first: $first, after: $after) {
      edges {
        node {
          id
          kind
          occurredAt
          subject
          participants
          outcome
          partner {
            id
            name
          }
          createdBy {
            id
            displayName
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

type Data = ResultOf<typeof SharedInteractionsQuery>;

function appendPage(shown: Data, { fetchMoreResult }: { fetchMoreResult: Data }): Data {
  return { interactions: { ...fetchMoreResult.interactions, edges: [...shown.interactions.edges, ...fetchMoreResult.interactions.edges] } };
}

/** On a partner manager's overview: the visits, calls, meetings and trainings the brand shared with the partner (row-level security shows no others). */
export function SharedInteractions({ showPartner }: { showPartner: boolean }) {
  const { t, i18n } = useTranslation();
  const { data, loading, error, refetch, fetchMore } = useQuery(SharedInteractionsQuery, {
    variables: { first: PAGE_SIZE }, fetchPolicy: 'cache-and-network', notifyOnNetworkStatusChange: true,
  });
  const connection = data?.interactions;
  const interactions = connection?.edges.map((e) => e.node) ?? [];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="shared-interactions-title" data-testid="shared-interactions">
      <Title order={2} size="h4" id="shared-interactions-title">
        {t('interactions.partnerTitle')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('interactions.partnerIntro')}
      </Text>
      {!data && loading ? (
        <LoadingState />
      ) : !data ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : interactions.length === 0 ? (
        <EmptyState title={t('interactions.partnerEmpty')} headingOrder={3} />
      ) : (
        <Stack gap="sm">
          {interactions.map((interaction) => (
            <Stack key={interaction.id} gap={2} data-testid="shared-interaction">
              <Group gap="xs" wrap="wrap">
                <Badge size="xs" variant="light">{t(`interactions.kind.${interaction.kind}`)}</Badge>
                <Text fw={600} size="sm" className="break-anywhere">{interaction.subject}</Text>
              </Group>
              <Text size="xs" c="dimmed" className="break-anywhere">
                {formatDateTime(interaction.occurredAt, i18n.language)}
                {interaction.createdBy ? ` · ${interaction.createdBy.displayName}` : ''}
                {showPartner && interaction.partner ? ` · ${interaction.partner.name}` : ''}
              </Text>
              {interaction.participants.length > 0 && (
                <Text size="xs" c="dimmed" className="break-anywhere">{t('interactions.with', { names: interaction.participants.join(', ') })}</Text>
              )}
              {interaction.outcome && <Text size="sm" className="break-anywhere">{interaction.outcome}</Text>}
            </Stack>
          ))}
          {connection?.pageInfo.hasNextPage && (
            <Center>
              <Button variant="light" size="xs" loading={loading} onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor }, updateQuery: appendPage })}>
                {t('interactions.loadMore')}
              </Button>
            </Center>
          )}
        </Stack>
      )}
    </Paper>
  );
}
