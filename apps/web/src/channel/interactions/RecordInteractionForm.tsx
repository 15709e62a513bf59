import { useRef, useState } from 'react';
import { ActionIcon, Button, Checkbox, Fieldset, Group, NativeSelect, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { InteractionKind } from '@trellis/schema';
import { graphql } from '../../gql';
import { applyServerErrors, focusFirstError } from '../../ui/errors';
import { FormAlert } from '../../ui/states';

const RecordInteraction = graphql(`
  mutation RecordInteraction($input: RecordInteractionInput!) {
    recordInteraction(input: $input) {
      interaction {
        id
        subject
        shared
      }
    }
  }
`);

export const INTERACTION_KINDS: InteractionKind[] = ['VISIT', 'CALL', 'MEETING', 'EMAIL', 'TRAINING'];
const DAY = /^\d{4}-\d{2}-\d{2}$/;

interface TaskValues {
  title: string;
  dueOn: string;
}
/** The record form's values; the correction form has the same, without tasks (they are added and done one by one). */
export interface InteractionValues {
  kind: string;
  occurredAt: string;
  subject: string;
  participants: string;
  notes: string;
  outcome: string;
  shared: boolean;
  tasks: TaskValues[];
}

/** A moment (now, by default) as a datetime-local input shows it (the viewer's own clock and zone), to the minute. */
export function localDateTime(at: Date = new Date()): string {
  return new Date(at.getTime() - at.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

/** The checks of an interaction's own fields, shared by the record and the correction forms. */
export function interactionRules(t: TFunction): { occurredAt: (v: string) => string | null; subject: (v: string) => string | null } {
  return {
    occurredAt: (v) => (v && !Number.isNaN(new Date(v).getTime()) ? null : t('interactions.dateRequired')),
    subject: (v) => (v.trim().length >= 3 ? null : t('interactions.subjectLength')),
  };
}

/** The names a comma-separated participants field stands for. */
export function participantsOf(text: string): string[] {
  return text.split(',').map((p) => p.trim()).filter(Boolean);
}

/** An interaction's own fields (what, when, who, what came of it, shared or not), for recording and correcting alike. */
export function InteractionFields({ form }: { form: UseFormReturnType<InteractionValues> }) {
  const { t } = useTranslation();
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NativeSelect label={t('interactions.kindLabel')} required data={INTERACTION_KINDS.map((k) => ({ value: k, label: t(`interactions.kind.${k}`) }))}
          {...form.getInputProps('kind')} />
        <TextInput type="datetime-local" label={t('interactions.occurredAt')} required {...form.getInputProps('occurredAt')} />
      </SimpleGrid>
      <TextInput label={t('interactions.subject')} required maxLength={200} autoComplete="off" {...form.getInputProps('subject')} />
      <TextInput label={t('interactions.participants')} description={t('interactions.participantsHint')} autoComplete="off" {...form.getInputProps('participants')} />
      <Textarea label={t('interactions.notes')} maxLength={5000} autosize minRows={2} {...form.getInputProps('notes')} />
      <Textarea label={t('interactions.outcome')} maxLength={1000} autosize minRows={1} {...form.getInputProps('outcome')} />
      <Checkbox label={t('interactions.sharedLabel')} description={t('interactions.sharedHint')} {...form.getInputProps('shared', { type: 'checkbox' })} />
    </>
  );
}

/** A channel manager records a contact with the partner: what, when, who, what came of it, whether the partner sees it, and what to do next. */
export function RecordInteractionForm({ partnerId, onDone }: { partnerId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [record, recording] = useMutation(RecordInteraction, { refetchQueries: ['PartnerTimeline'], awaitRefetchQueries: true });
  const [failure, setFailure] = useState<string | null>(null);
  const sending = useRef(false);
  const form = useForm<InteractionValues>({
    initialValues: { kind: 'VISIT', occurredAt: localDateTime(), subject: '', participants: '', notes: '', outcome: '', shared: false, tasks: [] },
    validate: {
      ...interactionRules(t),
      tasks: {
        title: (v) => (v.trim().length >= 3 ? null : t('interactions.subjectLength')),
        dueOn: (v) => (DAY.test(v) ? null : t('interactions.dayRequired')),
      },
    },
  });

  const submit = form.onSubmit(async (v) => {
    if (sending.current) return;
    sending.current = true;
    setFailure(null);
    try {
      await record({
        variables: {
          input: {
            partnerId, kind: v.kind as InteractionKind, occurredAt: new Date(v.occurredAt).toISOString(), subject: v.subject.trim(),
            participants: participantsOf(v.participants),
            notes: v.notes.trim(), outcome: v.outcome.trim(), shared: v.shared,
            tasks: v.tasks.map((task) => ({ title: task.title.trim(), dueOn: task.dueOn })),
          },
        },
      });
      notifications.show({ color: 'green', closeButtonProps: { 'aria-label': t('common.close') }, message: t('interactions.recorded') });
      onDone();
    } catch (error) {
      setFailure(applyServerErrors(form, error));
    } finally {
      sending.current = false;
    }
  }, focusFirstError);

  const tasks = form.getValues().tasks;
  return (
    <form onSubmit={submit} noValidate data-testid="interaction-form">
      <Stack>
        <FormAlert message={failure} />
        <InteractionFields form={form} />
        <Fieldset legend={t('interactions.tasks')} variant="unstyled">
          <Stack gap="xs">
            {tasks.map((_, index) => (
              <Group key={index} align="flex-end" gap="xs">
                <TextInput style={{ flex: '2 1 12rem', minWidth: 0 }} label={t('interactions.taskTitle', { n: index + 1 })} required maxLength={200} autoComplete="off"
                  {...form.getInputProps(`tasks.${index}.title`)} />
                <TextInput style={{ flex: '1 1 9rem', minWidth: 0 }} type="date" label={t('interactions.dueOn')} required {...form.getInputProps(`tasks.${index}.dueOn`)} />
                <ActionIcon variant="subtle" color="red" size="lg" mb={4} aria-label={t('interactions.removeTask', { n: index + 1 })} onClick={() => form.removeListItem('tasks', index)}>
                  ×
                </ActionIcon>
              </Group>
            ))}
            <Group>
              <Button variant="light" size="xs" disabled={tasks.length >= 10} onClick={() => form.insertListItem('tasks', { title: '', dueOn: '' })}>
                {t('interactions.addTask')}
              </Button>
            </Group>
          </Stack>
        </Fieldset>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>{t('common.cancel')}</Button>
          <Button type="submit" loading={recording.loading} data-testid="interaction-submit">{t('interactions.save')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
