import { useState } from 'react';
import { Badge, Button, Center, Checkbox, Group, Paper, Stack, Text, Timeline, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { useTranslation } from 'react-i18next';
import type { TimelineSource } from '@trellis/schema';
import { graphql } from '../../gql';
import { formatDateTime } from '../../ui/format';
import { EmptyState, ErrorState, LoadingState } from '../../ui/states';
import { RecordInteractionForm } from './RecordInteractionForm';
import { TimelineEntryText } from './TimelineEntryText';
import { EditInteractionForm } from './EditInteractionForm';
import { InteractionTasks } from './InteractionTasks';

const PAGE_SIZE = 15;
export const TIMELINE_SOURCES: TimelineSource[] = ['INTERACTION', 'LEAD', 'ORDER', 'SERVICE_CASE', 'MDF'];

export const PartnerTimelineQuery = graphql(`
  query PartnerTimeline($partnerId: ID!, $first: Int!, $after: String, $kinds: [TimelineSource!]) {
    partnerTimeline(partnerId: $partnerId, first: $first, after: $after, kinds: $kinds) {
      edges {
        node {
          ...TimelineEntry_entry
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

type TimelineData = ResultOf<typeof PartnerTimelineQuery>;

function appendPage(shown: TimelineData, { fetchMoreResult }: { fetchMoreResult: TimelineData }): TimelineData {
  return { partnerTimeline: { ...fetchMoreResult.partnerTimeline, edges: [...shown.partnerTimeline.edges, ...fetchMoreResult.partnerTimeline.edges] } };
}

/**
 * One partner's timeline on its page: interactions with lead, order, service and MDF events, newest first,
 * filtered by source, a page at a time; channel writers record an interaction from here, correct one, and add
 * and complete its follow-ups; its orders, service cases and funds link to their pages.
 */
export function PartnerTimelineSection({ partnerId, canRecord }: { partnerId: string; canRecord: boolean }) {
  const { t, i18n } = useTranslation();
  const [kinds, setKinds] = useState<TimelineSource[]>(TIMELINE_SOURCES);
  const [recording, setRecording] = useState(false);
  // The interaction being corrected, one at a time.
  const [editing, setEditing] = useState<string | null>(null);
  const all = kinds.length === TIMELINE_SOURCES.length;
  const { data, loading, error, refetch, fetchMore } = useQuery(PartnerTimelineQuery, {
    variables: { partnerId, first: PAGE_SIZE, kinds: all ? null : kinds },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.partnerTimeline;
  const entries = connection?.edges.map((e) => e.node) ?? [];

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="timeline-title" data-testid="partner-timeline">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="timeline-title">
          {t('interactions.timelineTitle')}
        </Title>
        {canRecord && !recording && (
          <Button size="xs" onClick={() => setRecording(true)} data-testid="record-interaction">
            {t('interactions.record')}
          </Button>
        )}
      </Group>
      {recording && (
        <Paper withBorder p="sm" mb="md" aria-label={t('interactions.recordTitle')}>
          <RecordInteractionForm partnerId={partnerId} onDone={() => setRecording(false)} />
        </Paper>
      )}
      <Checkbox.Group label={t('interactions.filterLabel')} value={kinds} onChange={(next) => setKinds(next.length ? (next as TimelineSource[]) : TIMELINE_SOURCES)} mb="sm">
        <Group gap="sm" mt={4}>
          {TIMELINE_SOURCES.map((source) => (
            <Checkbox key={source} value={source} label={t(`interactions.source.${source}`)} />
          ))}
        </Group>
      </Checkbox.Group>
      {!data && loading ? (
        <LoadingState />
      ) : !data ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : entries.length === 0 ? (
        <EmptyState title={all ? t('interactions.empty') : t('interactions.emptyFiltered')} headingOrder={3} />
      ) : (
        <Stack gap="sm">
          <Timeline bulletSize={14} lineWidth={2} active={entries.length} data-testid="timeline-entries">
            {entries.map((entry) => (
              <Timeline.Item key={entry.key} title={<TimelineEntryText entry={entry} linked={canRecord} />} data-testid="timeline-entry">
                <Group gap="xs">
                  <Badge size="xs" variant="light">{t(`interactions.source.${entry.source}`)}</Badge>
                  <Text size="xs" c="dimmed">
                    {formatDateTime(entry.at, i18n.language)}
                    {entry.actor ? ` · ${entry.actor.displayName}` : ''}
                  </Text>
                  {canRecord && entry.interaction && editing !== entry.interaction.id && (
                    <Button size="compact-xs" variant="subtle" onClick={() => setEditing(entry.interaction!.id)}
                      aria-label={t('followups.correctLabel', { subject: entry.interaction.subject })} data-testid="correct-interaction">
                      {t('followups.correct')}
                    </Button>
                  )}
                </Group>
                {entry.interaction && editing === entry.interaction.id && (
                  <Paper withBorder p="sm" my="xs">
                    <EditInteractionForm interaction={entry.interaction} onDone={() => setEditing(null)} />
                  </Paper>
                )}
                {entry.interaction && <InteractionTasks interaction={entry.interaction} canWrite={canRecord} />}
              </Timeline.Item>
            ))}
          </Timeline>
          {connection?.pageInfo.hasNextPage && (
            <Center>
              <Button variant="light" loading={loading} onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor }, updateQuery: appendPage })}>
                {t('interactions.loadMore')}
              </Button>
            </Center>
          )}
        </Stack>
      )}
    </Paper>
  );
}
