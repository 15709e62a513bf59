import { useRef, useState } from 'react';
import { Button, Group, Paper, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { applyServerErrors, focusFirstError } from '../../ui/errors';
import type { MdfRequestItem } from '../../ui/MdfRequestSummary';
import { formatMoney, toAmount } from '../../ui/money';
import { newIdempotencyKey } from '../../ui/mdf';
import { FormAlert } from '../../ui/states';

const CreateMdfClaim = graphql(`
  mutation CreateMdfClaim($input: CreateMdfClaimInput!) {
    createMdfClaim(input: $input) {
      claim {
        ...MdfClaim_claim
      }
    }
  }
`);

/**
 * A claim of actual cost against an approved request: its amount and a note. It starts as a draft, to which the
 * proof is then added before it is submitted. One idempotency key per submission: a retry after a lost answer
 * sends the same key and gets the same claim back.
 */
export function ClaimForm({ request, onDone }: { request: MdfRequestItem; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const [create, creating] = useMutation(CreateMdfClaim, { refetchQueries: ['PartnerMdfRequests'], awaitRefetchQueries: true });
  const [failure, setFailure] = useState<string | null>(null);
  const key = useRef(newIdempotencyKey());
  const sending = useRef(false);
  const left = request.approved.amountMinor - request.claimed.amountMinor;
  const form = useForm({
    initialValues: { amount: '', note: '' },
    validate: { amount: (v) => (toAmount(v) && Number(toAmount(v)) > 0 ? null : t('mdf.amountShape')) },
  });
  const submit = form.onSubmit(async (v) => {
    if (sending.current) return;
    sending.current = true;
    setFailure(null);
    try {
      await create({ variables: { input: { requestId: request.id, amount: toAmount(v.amount) ?? v.amount, note: v.note.trim(), idempotencyKey: key.current } } });
      key.current = newIdempotencyKey();
      // No notice: the draft shows at once below, asking for its proof (a notice would cover it on a phone).
      onDone();
    } catch (error) {
      setFailure(applyServerErrors(form, error));
    } finally {
      sending.current = false;
    }
  }, focusFirstError);
  return (
    <Paper withBorder p="sm" component="section" aria-label={t('mdf.newClaim')}>
      <form onSubmit={submit} noValidate data-testid="mdf-claim-form">
        <Stack gap="sm">
          <Title order={4} size="h5">{t('mdf.newClaim')}</Title>
          <Text size="sm" c="dimmed">
            {t('mdf.claimIntro', { amount: formatMoney({ amount: (Math.max(0, left) / 100).toFixed(2), currency: request.approved.currency }, i18n.language) })}
          </Text>
          <FormAlert message={failure} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('mdf.claimAmountIn', { currency: request.approved.currency })} required inputMode="decimal" autoComplete="off" data-autofocus
              {...form.getInputProps('amount')} />
          </SimpleGrid>
          <Textarea label={t('mdf.claimNote')} maxLength={2000} autosize minRows={2} {...form.getInputProps('note')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onDone}>{t('common.cancel')}</Button>
            <Button type="submit" loading={creating.loading} data-testid="mdf-claim-create">{t('mdf.createClaim')}</Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
