import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { describeError } from '../../ui/errors';
import { useViewer } from '../../ui/viewer';

/** What every view of a follow-up task shows of it: the timeline's task list and the follow-ups page. */
graphql(`
  fragment FollowUp_task on InteractionTask {
    id
    title
    dueOn
    doneAt
    doneBy {
      id
      displayName
    }
    assignee {
      id
      displayName
    }
  }
`);

const CompleteFollowUp = graphql(`
  mutation CompleteFollowUp($input: CompleteInteractionTaskInput!) {
    completeInteractionTask(input: $input) {
      task {
        ...FollowUp_task
      }
    }
  }
`);

/** Today in the viewer's own zone, as the API writes days (YYYY-MM-DD): a task due before it is overdue. */
export function localToday(at: Date = new Date()): string {
  return new Date(at.getTime() - at.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/** A day (YYYY-MM-DD) in the reader's language: read at noon UTC and shown in UTC, so no zone moves it to a neighbouring day. */
export function formatDay(day: string, language: string): string {
  return new Date(`${day}T12:00:00Z`).toLocaleDateString(language === 'pl' ? 'pl-PL' : 'en-GB', { dateStyle: 'medium', timeZone: 'UTC' });
}

export function isOverdue(task: { dueOn: string; doneAt?: string | null }, today: string): boolean {
  return !task.doneAt && task.dueOn < today;
}

/**
 * Marks a follow-up done. The answer (and, before it, the optimistic one) updates the task wherever it is
 * shown, by its id: open lists leave out tasks that have a `doneAt`, so it leaves them at once; the home's
 * overdue count is asked again.
 */
export function useCompleteFollowUp() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const [complete] = useMutation(CompleteFollowUp);
  return async (task: { id: string; title: string; dueOn: string; assignee?: { id: string; displayName: string } | null }) => {
    // The optimistic answer carries type names so that it normalizes as the real one will; it is built in
    // parts because the generated types leave __typename out and would refuse it in one literal.
    const doneBy = viewer ? { __typename: 'User' as const, id: viewer.id, displayName: viewer.displayName } : null;
    const assignee = task.assignee ? { __typename: 'User' as const, id: task.assignee.id, displayName: task.assignee.displayName } : null;
    const optimistic = { __typename: 'InteractionTask' as const, id: task.id, title: task.title, dueOn: task.dueOn, doneAt: new Date().toISOString(), doneBy, assignee };
    const payload = { __typename: 'CompleteInteractionTaskPayload' as const, task: optimistic };
    try {
      await complete({
        variables: { input: { taskId: task.id } },
        optimisticResponse: { completeInteractionTask: payload },
        // The home's overdue count is a number the task cannot update by its id.
        refetchQueries: ['OverdueFollowUps'],
      });
      notifications.show({ color: 'green', closeButtonProps: { 'aria-label': t('common.close') }, message: t('followups.completed', { title: task.title }) });
    } catch (error) {
      notifications.show({ color: 'red', closeButtonProps: { 'aria-label': t('common.close') }, message: describeError(error) });
    }
  };
}
