import { useEffect, useRef, useState } from 'react';
import { Anchor, Button, Center, Group, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../../gql';
import { formatDate } from '../../ui/format';
import { EmptyState, ErrorState, LoadingState } from '../../ui/states';
import { useViewer } from '../../ui/viewer';
import { formatDay, localToday, useCompleteFollowUp } from '../interactions/followUps';
import { TaskStateBadge } from '../interactions/InteractionTasks';

export const FollowUpTasksQuery = graphql(`
  query FollowUpTasks($open: Boolean!, $dueBefore: String, $mine: Boolean!, $first: Int!, $after: String) {
    interactionTasks(open: $open, dueBefore: $dueBefore, mine: $mine, first: $first, after: $after) {
      edges {
        node {
          ...FollowUp_task
          partner {
            id
            name
          }
          interaction {
            id
            kind
            subject
            occurredAt
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

type TasksData = ResultOf<typeof FollowUpTasksQuery>;
type Task = TasksData['interactionTasks']['edges'][number]['node'];

/** How many tasks a page shows at first and each "Load more" adds. */
const PAGE_SIZE = 20;

const WHOSE = ['mine', 'all'] as const;
const STATES = ['open', 'overdue', 'done'] as const;
type Whose = (typeof WHOSE)[number];
type State = (typeof STATES)[number];

function appendPage(shown: TasksData, { fetchMoreResult }: { fetchMoreResult: TasksData }): TasksData {
  return { interactionTasks: { ...fetchMoreResult.interactionTasks, edges: [...shown.interactionTasks.edges, ...fetchMoreResult.interactionTasks.edges] } };
}

function FollowUpItem({ task, today }: { task: Task; today: string }) {
  const { t, i18n } = useTranslation();
  const complete = useCompleteFollowUp();
  const interaction = task.interaction;
  return (
    <Paper component="li" withBorder p="sm" data-testid="follow-up" data-task-id={task.id}>
      <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
        <Stack gap={4} style={{ flex: '1 1 14rem', minWidth: 0 }}>
          <Group gap="xs" wrap="wrap">
            <TaskStateBadge task={task} today={today} />
            <Text fw={600} className="break-anywhere" data-testid="follow-up-title">{task.title}</Text>
          </Group>
          <Text size="sm">
            {task.doneAt
              ? task.doneBy
                ? t('followups.doneOn', { date: formatDate(task.doneAt, i18n.language), name: task.doneBy.displayName })
                : t('followups.doneOnBySomeone', { date: formatDate(task.doneAt, i18n.language) })
              : t('followups.due', { date: formatDay(task.dueOn, i18n.language) })}
          </Text>
          {task.partner && (
            <Anchor component={Link} to={`/channel/partners/${task.partner.id}`} size="sm" fw={600} className="break-anywhere">
              {task.partner.name}
            </Anchor>
          )}
          {interaction && (
            <Text size="xs" c="dimmed" className="break-anywhere">
              {t('followups.from', { kind: t(`interactions.kind.${interaction.kind}`), subject: interaction.subject, date: formatDate(interaction.occurredAt, i18n.language) })}
            </Text>
          )}
          <Text size="xs" c="dimmed">{task.assignee ? t('followups.assignee', { name: task.assignee.displayName }) : t('followups.unassigned')}</Text>
        </Stack>
        {!task.doneAt && (
          <Button size="xs" variant="light" onClick={() => void complete(task)} aria-label={t('followups.completeLabel', { title: task.title })}>
            {t('followups.complete')}
          </Button>
        )}
      </Group>
    </Paper>
  );
}

/**
 * One view of the follow-ups (the viewer's own: the API's `mine`). A task done here leaves an open view at
 * once, so a page may show fewer than it read: pages are read until `target` show (or none is left), and
 * "Load more" raises the target.
 */
function FollowUpList({ whose, state }: { whose: Whose; state: State }) {
  const { t } = useTranslation();
  const today = localToday();
  const mine = whose === 'mine';
  const { data, loading, error, refetch, fetchMore } = useQuery(FollowUpTasksQuery, {
    variables: { open: state !== 'done', dueBefore: state === 'overdue' ? today : null, mine, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const [target, setTarget] = useState(PAGE_SIZE);
  const [moreFailed, setMoreFailed] = useState<unknown>(null);
  const fetching = useRef(false);
  const connection = data?.interactionTasks;
  // A task done here leaves the open views at once (its doneAt comes with the optimistic answer).
  const shown = (connection?.edges.map((e) => e.node) ?? []).filter((task) => (state === 'done' ? task.doneAt : !task.doneAt));
  const hasMore = Boolean(connection?.pageInfo.hasNextPage);

  const loadNext = async () => {
    if (fetching.current || !connection?.pageInfo.endCursor) return;
    fetching.current = true;
    setMoreFailed(null);
    try {
      await fetchMore({ variables: { after: connection.pageInfo.endCursor }, updateQuery: appendPage });
    } catch (failure) {
      setMoreFailed(failure);
    } finally {
      fetching.current = false;
    }
  };
  useEffect(() => {
    if (connection && hasMore && shown.length < target && !loading && !moreFailed) void loadNext();
  });

  if (!data && loading) return <LoadingState />;
  if (!data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const filling = hasMore && shown.length < target && !moreFailed;
  if (shown.length === 0 && filling) return <LoadingState />;
  if (shown.length === 0 && !filling) {
    const title = state === 'done' ? t('followups.emptyDone') : state === 'overdue' ? t('followups.emptyOverdue') : t('followups.emptyOpen');
    return <EmptyState title={title} description={state === 'open' ? t('followups.emptyText') : undefined} headingOrder={2} />;
  }
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed" aria-live="polite">{t('followups.shown', { count: shown.length })}</Text>
      <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('followups.listLabel')} data-testid="follow-ups">
        {shown.map((task) => (
          <FollowUpItem key={task.id} task={task} today={today} />
        ))}
      </Stack>
      {moreFailed ? <ErrorState error={moreFailed} onRetry={() => setMoreFailed(null)} /> : null}
      {hasMore && (
        <Center>
          <Button variant="light" loading={loading || filling} onClick={() => setTarget(shown.length + PAGE_SIZE)}>
            {t('followups.loadMore')}
          </Button>
        </Center>
      )}
    </Stack>
  );
}

/**
 * /channel/follow-ups: the follow-up tasks of the channel's interactions by due day, the viewer's own open ones
 * first; everyone's, the overdue and the done ones a choice away (kept in the address: ?whose=all&show=done).
 */
export default function FollowUpsPage() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const [params, setParams] = useSearchParams();
  const whose: Whose = params.get('whose') === 'all' ? 'all' : 'mine';
  const rawState = params.get('show');
  const state: State = rawState === 'overdue' || rawState === 'done' ? rawState : 'open';
  const setParam = (key: string, value: string, fallback: string) => {
    const next = new URLSearchParams(params);
    if (value === fallback) next.delete(key);
    else next.set(key, value);
    setParams(next, { replace: true });
  };
  if (!viewer) return null;
  return (
    <Stack>
      <div>
        <Title order={1}>{t('followups.title')}</Title>
        <Text c="dimmed">{t('followups.intro')}</Text>
      </div>
      <Group gap="md" align="flex-end" wrap="wrap">
        <Stack gap={4}>
          <Text size="sm" fw={500} id="follow-ups-whose">{t('followups.whoseLabel')}</Text>
          <SegmentedControl value={whose} onChange={(v) => setParam('whose', v, 'mine')} aria-labelledby="follow-ups-whose" data-testid="follow-ups-whose"
            data={WHOSE.map((w) => ({ value: w, label: t(`followups.whose.${w}`) }))} />
        </Stack>
        <Stack gap={4}>
          <Text size="sm" fw={500} id="follow-ups-state">{t('followups.stateLabel')}</Text>
          <SegmentedControl value={state} onChange={(v) => setParam('show', v, 'open')} aria-labelledby="follow-ups-state" data-testid="follow-ups-state"
            data={STATES.map((s) => ({ value: s, label: t(`followups.state.${s}`) }))} />
        </Stack>
      </Group>
      {whose === 'mine' && <Text size="xs" c="dimmed">{t('followups.mineHint')}</Text>}
      <FollowUpList key={`${whose}-${state}`} whose={whose} state={state} />
    </Stack>
  );
}
