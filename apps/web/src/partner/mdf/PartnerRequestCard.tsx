import { useState } from 'react';
import { Button, Group, Modal, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { applyServerErrors, describeError, focusFirstError } from '../../ui/errors';
import { MdfClaimSummary, MdfRequestSummary, type MdfClaimItem, type MdfRequestItem } from '../../ui/MdfRequestSummary';
import { toAmount } from '../../ui/money';
import { FormAlert } from '../../ui/states';
import { ClaimForm } from './ClaimForm';
import { DraftClaim } from './DraftClaim';

const REFETCH = { refetchQueries: ['PartnerMdfFunds', 'PartnerMdfRequests'], awaitRefetchQueries: true };

const ResubmitMdfRequest = graphql(`
  mutation ResubmitMdfRequest($input: ResubmitMdfRequestInput!) {
    resubmitMdfRequest(input: $input) {
      request {
        ...MdfRequest_request
      }
    }
  }
`);

const CloseMdfRequest = graphql(`
  mutation CloseMdfRequest($input: MdfRequestIdInput!) {
    closeMdfRequest(input: $input) {
      request {
        ...MdfRequest_request
      }
    }
  }
`);

/** After CHANGES_REQUESTED: the request as the manager changes it, sent again for a decision. */
function ResubmitDialog({ request, onClose }: { request: MdfRequestItem; onClose: () => void }) {
  const { t } = useTranslation();
  const [resubmit, sending] = useMutation(ResubmitMdfRequest, REFETCH);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm({
    initialValues: { title: request.title, description: request.description, plannedCost: request.plannedCost.amount, requested: request.requested.amount },
    validate: {
      title: (v) => (v.trim().length >= 2 ? null : t('validation.nameLength')),
      plannedCost: (v) => (toAmount(v) ? null : t('mdf.amountShape')),
      requested: (v, values) => (!toAmount(v) ? t('mdf.amountShape') : Number(toAmount(v)) > Number(toAmount(values.plannedCost) ?? 0) ? t('mdf.requestedOverPlanned') : null),
    },
  });
  const submit = form.onSubmit(async (v) => {
    setFailure(null);
    try {
      await resubmit({
        variables: { input: { requestId: request.id, title: v.title.trim(), description: v.description.trim(), plannedCost: toAmount(v.plannedCost), requested: toAmount(v.requested) } },
      });
      notifications.show({ color: 'green', closeButtonProps: { 'aria-label': t('common.close') }, message: t('mdf.resubmittedNotice', { number: request.number }) });
      onClose();
    } catch (error) {
      setFailure(applyServerErrors(form, error));
    }
  }, focusFirstError);
  return (
    <Modal opened onClose={onClose} title={t('mdf.resubmitTitle', { number: request.number })} size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={submit} noValidate data-testid="mdf-resubmit-form">
        <Stack>
          {request.decisionReason && <Text size="sm"><Text span fw={600}>{t('mdf.decisionReason')}: </Text>{request.decisionReason}</Text>}
          <TextInput label={t('mdf.requestTitle')} required maxLength={200} {...form.getInputProps('title')} />
          <Textarea label={t('mdf.description')} maxLength={5000} autosize minRows={3} {...form.getInputProps('description')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('mdf.plannedCostIn', { currency: request.plannedCost.currency })} required inputMode="decimal" {...form.getInputProps('plannedCost')} />
            <TextInput label={t('mdf.requestedIn', { currency: request.requested.currency })} required inputMode="decimal" {...form.getInputProps('requested')} />
          </SimpleGrid>
          <FormAlert message={failure} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" loading={sending.loading}>{t('mdf.resubmit')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/**
 * One of the partner's requests: its decision, and what the manager may do with it now (resubmit after changes
 * were asked for; claim against an approved one, add proof to a draft claim and submit it; close it).
 */
export function PartnerRequestCard({ request, canAct }: { request: MdfRequestItem & { claims: MdfClaimItem[] }; canAct: boolean }) {
  const { t } = useTranslation();
  const [resubmitting, setResubmitting] = useState(false);
  const [claiming, setClaiming] = useState(false);
  const [close] = useMutation(CloseMdfRequest, REFETCH);
  const approved = request.status === 'APPROVED';
  return (
    <MdfRequestSummary request={request} showPartner={false}>
      {canAct && (request.status === 'CHANGES_REQUESTED' || approved) && (
        <Group gap="xs" wrap="wrap" data-testid="mdf-partner-actions">
          {request.status === 'CHANGES_REQUESTED' && (
            <Button onClick={() => setResubmitting(true)} data-move="resubmit">{t('mdf.resubmit')}</Button>
          )}
          {approved && !claiming && (
            <Button onClick={() => setClaiming(true)} data-move="claim">{t('mdf.newClaim')}</Button>
          )}
          {approved && (
            <ConfirmButton variant="default" confirmColor="red.9" title={t('mdf.requestMoveTitle.close', { number: request.number })} message={t('mdf.closeText')}
              confirmLabel={t('mdf.requestMove.close')} data-move="close"
              onConfirm={async () => {
                try {
                  await close({ variables: { input: { requestId: request.id } } });
                  notifications.show({ color: 'green', closeButtonProps: { 'aria-label': t('common.close') }, message: t('mdf.requestMoveDone.close', { number: request.number }) });
                  return true;
                } catch (error) {
                  notifications.show({ color: 'red', closeButtonProps: { 'aria-label': t('common.close') }, message: describeError(error) });
                  return false;
                }
              }}>
              {t('mdf.requestMove.close')}
            </ConfirmButton>
          )}
        </Group>
      )}
      {resubmitting && <ResubmitDialog request={request} onClose={() => setResubmitting(false)} />}
      {claiming && <ClaimForm request={request} onDone={() => setClaiming(false)} />}
      {request.claims.length > 0 && (
        <Stack gap="xs">
          <Title order={4} size="h5">{t('mdf.claimsTitle')}</Title>
          {request.claims.map((c) => (
            <MdfClaimSummary key={c.id} claim={c} showPartner={false}>
              {canAct && c.status === 'DRAFT' && <DraftClaim claim={c} />}
            </MdfClaimSummary>
          ))}
        </Stack>
      )}
    </MdfRequestSummary>
  );
}
