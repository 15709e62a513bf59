import { useRef, useState } from 'react';
import { Button, Group, Modal, NativeSelect, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { MdfPaymentMethod } from '@trellis/schema';
import { applyServerErrors, focusFirstError } from './errors';
import { toAmount } from './money';
import { MDF_PAYMENT_METHODS, newIdempotencyKey } from './mdf';
import { FormAlert } from './states';

export interface MdfActionValues {
  /** "1200.00", or null: the API takes all of it. */
  amount: string | null;
  reason: string;
  method: MdfPaymentMethod;
  reference: string;
  /** One per opening of the dialog: a retry of the same submission sends the same key. */
  idempotencyKey: string;
}

interface MdfActionDialogProps {
  title: string;
  text?: string;
  confirmLabel: string;
  /** An amount to decide, prefilled; left empty it means all of it. */
  amount?: { label: string; initial: string; description?: string };
  /** A reason the partner reads (required). */
  reason?: { label: string; description?: string };
  /** A payment: its method and the credit note's number or the transfer's reference. */
  payment?: boolean;
  /** Red for a refusal. */
  confirmColor?: string;
  /** The notice once done. */
  doneMessage: string;
  onClose(): void;
  onSubmit(values: MdfActionValues): Promise<unknown>;
}

/**
 * One decision on an MDF request or claim, in a dialog: an amount (prefilled), a reason, or a payment's method
 * and reference, as the move needs. The server's refusals show beside the field they name, the rest above.
 */
export function MdfActionDialog({ title, text, confirmLabel, amount, reason, payment, confirmColor, doneMessage, onClose, onSubmit }: MdfActionDialogProps) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const key = useRef(newIdempotencyKey());
  const form = useForm({
    initialValues: { amount: amount?.initial ?? '', reason: '', method: 'TRANSFER' as MdfPaymentMethod, reference: '' },
    validate: {
      amount: (v) => (!amount || !v.trim() || toAmount(v) ? null : t('mdf.amountShape')),
      reason: (v) => (!reason || v.trim().length >= 2 ? null : t('mdf.reasonRequired')),
      reference: (v) => (!payment || v.trim().length >= 1 ? null : t('mdf.referenceRequired')),
    },
  });
  const submit = form.onSubmit(async (v) => {
    if (busy) return;
    setBusy(true);
    setFailure(null);
    try {
      await onSubmit({
        amount: amount && v.amount.trim() ? toAmount(v.amount) : null,
        reason: v.reason.trim(),
        method: v.method,
        reference: v.reference.trim(),
        idempotencyKey: key.current,
      });
      notifications.show({ color: 'green', closeButtonProps: { 'aria-label': t('common.close') }, message: doneMessage });
      onClose();
    } catch (error) {
      setFailure(applyServerErrors(form, error));
    } finally {
      setBusy(false);
    }
  }, focusFirstError);

  return (
    <Modal opened onClose={() => !busy && onClose()} title={title} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form noValidate onSubmit={submit} data-testid="mdf-action-dialog">
        <Stack>
          {text && <Text size="sm">{text}</Text>}
          {amount && (
            <TextInput label={amount.label} description={amount.description} inputMode="decimal" autoComplete="off" data-autofocus
              {...form.getInputProps('amount')} />
          )}
          {payment && (
            <>
              <NativeSelect label={t('mdf.payMethod')} data={MDF_PAYMENT_METHODS.map((m) => ({ value: m, label: t(`mdf.method.${m}`) }))}
                {...form.getInputProps('method')} />
              <TextInput label={t('mdf.payReference')} description={t('mdf.payReferenceHint')} required maxLength={100} autoComplete="off"
                {...form.getInputProps('reference')} />
            </>
          )}
          {reason && (
            <Textarea label={reason.label} description={reason.description} required maxLength={1000} autosize minRows={2} data-autofocus={!amount ? true : undefined}
              {...form.getInputProps('reason')} />
          )}
          <FormAlert message={failure} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={busy}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy} color={confirmColor}>
              {confirmLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
