import { useRef, useState } from 'react';
import { Button, Group, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { InteractionKind } from '@trellis/schema';
import { graphql } from '../../gql';
import { applyServerErrors, focusFirstError } from '../../ui/errors';
import { FormAlert } from '../../ui/states';
import { InteractionFields, interactionRules, localDateTime, participantsOf, type InteractionValues } from './RecordInteractionForm';

const UpdateInteraction = graphql(`
  mutation UpdateInteraction($input: UpdateInteractionInput!) {
    updateInteraction(input: $input) {
      interaction {
        id
        kind
        occurredAt
        subject
        participants
        notes
        outcome
        shared
        updatedAt
      }
    }
  }
`);

export interface CorrectedInteraction {
  id: string;
  kind: InteractionKind;
  occurredAt: string;
  subject: string;
  participants: string[];
  notes: string;
  outcome: string;
  shared: boolean;
}

/**
 * Corrects a recorded interaction with the record form's fields. The timeline is read again afterwards: a
 * corrected time moves the entry. A time left as shown is sent as it was stored (the field shows minutes
 * only), so saving unchanged values changes nothing, as the API promises.
 */
export function EditInteractionForm({ interaction, onDone }: { interaction: CorrectedInteraction; onDone: () => void }) {
  const { t } = useTranslation();
  const [update, updating] = useMutation(UpdateInteraction, { refetchQueries: ['PartnerTimeline'], awaitRefetchQueries: true });
  const [failure, setFailure] = useState<string | null>(null);
  const sending = useRef(false);
  const shownAt = localDateTime(new Date(interaction.occurredAt));
  const form = useForm<InteractionValues>({
    initialValues: {
      kind: interaction.kind, occurredAt: shownAt, subject: interaction.subject, participants: interaction.participants.join(', '),
      notes: interaction.notes, outcome: interaction.outcome, shared: interaction.shared, tasks: [],
    },
    validate: interactionRules(t),
  });

  const submit = form.onSubmit(async (v) => {
    if (sending.current) return;
    sending.current = true;
    setFailure(null);
    try {
      await update({
        variables: {
          input: {
            interactionId: interaction.id, kind: v.kind as InteractionKind,
            occurredAt: v.occurredAt === shownAt ? interaction.occurredAt : new Date(v.occurredAt).toISOString(),
            subject: v.subject.trim(), participants: participantsOf(v.participants), notes: v.notes.trim(), outcome: v.outcome.trim(), shared: v.shared,
          },
        },
      });
      notifications.show({ color: 'green', closeButtonProps: { 'aria-label': t('common.close') }, message: t('followups.corrected') });
      onDone();
    } catch (error) {
      setFailure(applyServerErrors(form, error));
    } finally {
      sending.current = false;
    }
  }, focusFirstError);

  return (
    <form onSubmit={submit} noValidate aria-label={t('followups.correctTitle')} data-testid="interaction-edit-form">
      <Stack>
        <FormAlert message={failure} />
        <InteractionFields form={form} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>{t('common.cancel')}</Button>
          <Button type="submit" loading={updating.loading} data-testid="interaction-edit-submit">{t('followups.saveCorrection')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
