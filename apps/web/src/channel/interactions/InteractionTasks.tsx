import { useRef, useState } from 'react';
import { Badge, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { FollowUp_TaskFragment } from '../../gql/graphql';
import { applyServerErrors, focusFirstError } from '../../ui/errors';
import { FormAlert } from '../../ui/states';
import { formatDate } from '../../ui/format';
import { formatDay, isOverdue, localToday, useCompleteFollowUp } from './followUps';

// The answer carries the interaction's tasks anew, so the timeline's list of them updates by itself.
const AddFollowUp = graphql(`
  mutation AddFollowUp($input: AddInteractionTaskInput!) {
    addInteractionTask(input: $input) {
      task {
        id
        interaction {
          id
          tasks {
            ...FollowUp_task
          }
        }
      }
    }
  }
`);

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A task's state in words (colour only repeats it): open, overdue or done. */
export function TaskStateBadge({ task, today }: { task: { dueOn: string; doneAt?: string | null }; today: string }) {
  const { t } = useTranslation();
  if (task.doneAt) return <Badge size="sm" variant="outline" color="teal.9" data-testid="task-state">{t('followups.done')}</Badge>;
  if (isOverdue(task, today)) return <Badge size="sm" variant="filled" color="red.9" data-testid="task-state">{t('followups.overdue')}</Badge>;
  return <Badge size="sm" variant="outline" color="dark.6" data-testid="task-state">{t('followups.open')}</Badge>;
}

function AddTaskForm({ interactionId, onDone }: { interactionId: string; onDone: () => void }) {
  const { t } = useTranslation();
  // The timeline is asked again too: an answer to an earlier request for it (after a correction, say) that
  // lands after this one would otherwise put back the tasks as they were before.
  const [add, adding] = useMutation(AddFollowUp, { refetchQueries: ['PartnerTimeline'], awaitRefetchQueries: true });
  const [failure, setFailure] = useState<string | null>(null);
  const sending = useRef(false);
  const form = useForm({
    initialValues: { title: '', dueOn: '' },
    validate: {
      title: (v) => (v.trim().length >= 3 ? null : t('interactions.subjectLength')),
      dueOn: (v) => (DAY.test(v) ? null : t('interactions.dayRequired')),
    },
  });
  const submit = form.onSubmit(async (v) => {
    if (sending.current) return;
    sending.current = true;
    setFailure(null);
    try {
      await add({ variables: { input: { interactionId, title: v.title.trim(), dueOn: v.dueOn } } });
      notifications.show({ color: 'green', closeButtonProps: { 'aria-label': t('common.close') }, message: t('followups.taskAdded') });
      onDone();
    } catch (error) {
      setFailure(applyServerErrors(form, error));
    } finally {
      sending.current = false;
    }
  }, focusFirstError);
  return (
    <form onSubmit={submit} noValidate aria-label={t('followups.addTaskTitle')} data-testid="add-task-form">
      <Stack gap="xs">
        <FormAlert message={failure} />
        <Group align="flex-start" gap="xs">
          <TextInput style={{ flex: '2 1 12rem', minWidth: 0 }} label={t('followups.taskTitle')} required maxLength={200} autoComplete="off" {...form.getInputProps('title')} />
          <TextInput style={{ flex: '1 1 9rem', minWidth: 0 }} type="date" label={t('interactions.dueOn')} required {...form.getInputProps('dueOn')} />
        </Group>
        <Group justify="flex-end" gap="xs">
          <Button size="xs" variant="default" onClick={onDone}>{t('common.cancel')}</Button>
          <Button size="xs" type="submit" loading={adding.loading}>{t('followups.add')}</Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * An interaction's follow-ups on the timeline, with their state; channel writers mark one done or add one.
 * Partners never get here: tasks are brand-only, and their timeline is another page.
 */
export function InteractionTasks({ interaction, canWrite }: { interaction: { id: string; subject: string; tasks: FollowUp_TaskFragment[] }; canWrite: boolean }) {
  const { t, i18n } = useTranslation();
  const complete = useCompleteFollowUp();
  const [adding, setAdding] = useState(false);
  const today = localToday();
  const { tasks } = interaction;
  if (tasks.length === 0 && !canWrite) return null;
  return (
    <Stack gap={6} mt={6}>
      {tasks.length > 0 && (
        <Stack gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('followups.tasksLabel', { subject: interaction.subject })}>
          {tasks.map((task) => (
            <Group key={task.id} component="li" gap="xs" wrap="wrap" data-testid="interaction-task">
              <TaskStateBadge task={task} today={today} />
              <Text size="sm" className="break-anywhere" td={task.doneAt ? 'line-through' : undefined}>{task.title}</Text>
              <Text size="xs" c="dimmed">
                {task.doneAt
                  ? task.doneBy
                    ? t('followups.doneOn', { date: formatDate(task.doneAt, i18n.language), name: task.doneBy.displayName })
                    : t('followups.doneOnBySomeone', { date: formatDate(task.doneAt, i18n.language) })
                  : t('followups.due', { date: formatDay(task.dueOn, i18n.language) })}
              </Text>
              {canWrite && !task.doneAt && (
                <Button size="compact-xs" variant="light" onClick={() => void complete(task)} aria-label={t('followups.completeLabel', { title: task.title })}>
                  {t('followups.complete')}
                </Button>
              )}
            </Group>
          ))}
        </Stack>
      )}
      {canWrite && (adding ? (
        <AddTaskForm interactionId={interaction.id} onDone={() => setAdding(false)} />
      ) : (
        <Group>
          <Button size="compact-xs" variant="subtle" onClick={() => setAdding(true)}>{t('followups.addTask')}</Button>
        </Group>
      ))}
    </Stack>
  );
}
