import { useState, type ReactNode } from 'react';
import { Button, Group, Modal, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { OrderStatus } from '@trellis/schema';
import { graphql } from '../gql';
import type { OrderDetail_OrderFragment } from '../gql/graphql';
import { describeError, errorCode } from './errors';
import { orderMoves, type OrderMove } from './orderMoves';
import { FormAlert } from './states';
import { useViewer } from './viewer';

// Each move answers the order as it is now: the page (and any list showing it) shows it from the cache at once;
// the lists read themselves again when shown next (cache-and-network).
const SubmitOrder = graphql(`
  mutation SubmitOrder($input: OrderInput!) {
    submitOrder(input: $input) {
      order {
        ...OrderDetail_order
      }
    }
  }
`);

const ConfirmOrder = graphql(`
  mutation ConfirmOrder($input: OrderInput!) {
    confirmOrder(input: $input) {
      order {
        ...OrderDetail_order
      }
    }
  }
`);

const StartFulfilment = graphql(`
  mutation StartFulfilment($input: OrderInput!) {
    startFulfilment(input: $input) {
      order {
        ...OrderDetail_order
      }
    }
  }
`);

const ShipOrder = graphql(`
  mutation ShipOrder($input: ShipOrderInput!) {
    shipOrder(input: $input) {
      order {
        ...OrderDetail_order
      }
    }
  }
`);

const MarkDelivered = graphql(`
  mutation MarkDelivered($input: OrderInput!) {
    markDelivered(input: $input) {
      order {
        ...OrderDetail_order
      }
    }
  }
`);

const CancelOrder = graphql(`
  mutation CancelOrder($input: CancelOrderInput!) {
    cancelOrder(input: $input) {
      order {
        ...OrderDetail_order
      }
    }
  }
`);

const RecordInvoice = graphql(`
  mutation RecordInvoice($input: RecordInvoiceInput!) {
    recordInvoice(input: $input) {
      order {
        ...OrderDetail_order
      }
    }
  }
`);

const RecordPayment = graphql(`
  mutation RecordPayment($input: RecordPaymentInput!) {
    recordPayment(input: $input) {
      order {
        ...OrderDetail_order
      }
    }
  }
`);

/** A date field's value ("2026-11-30") as the API takes it: noon UTC, the same calendar day in every time zone near Europe. */
const dateToIso = (date: string) => `${date}T12:00:00.000Z`;
const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));
const today = () => new Date().toISOString().slice(0, 10);

/** The first error's extensions: a refused confirmation names the product that lacks stock, a stale move the status found. */
function conflictOf(error: unknown): Record<string, unknown> | null {
  if (!CombinedGraphQLErrors.is(error) || errorCode(error) !== 'CONFLICT') return null;
  return (error.errors[0]?.extensions ?? null) as Record<string, unknown> | null;
}

interface MoveDialogProps {
  title: string;
  message: string;
  confirmLabel: string;
  /** Red for a cancellation. */
  destructive?: boolean;
  opened: boolean;
  busy: boolean;
  failure: string | null;
  onClose: () => void;
  onConfirm: () => void;
  children?: ReactNode;
}

/** One move's dialog: what it does, the fields it needs, and why it failed (the dialog stays open to retry). */
function MoveDialog({ title, message, confirmLabel, destructive, opened, busy, failure, onClose, onConfirm, children }: MoveDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal closeButtonProps={{ 'aria-label': t('common.close') }} opened={opened} onClose={onClose} title={title}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!busy) onConfirm();
        }}
        data-testid="order-move-dialog"
      >
        <Stack>
          <Text size="sm">{message}</Text>
          {children}
          <FormAlert message={failure} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('orders.back')}
            </Button>
            {/* red.9: white text on Mantine's default red reads below WCAG AA. */}
            <Button type="submit" color={destructive ? 'red.9' : undefined} loading={busy}>
              {confirmLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/**
 * The moves the viewer may make on the order now (orderMoves: the API's own rules), each behind a dialog that
 * says what it does; none at all when there are none. A refusal says why in the dialog, which stays open.
 */
export function OrderActions({ order }: { order: OrderDetail_OrderFragment }) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const moves = orderMoves(viewer, order);
  const [open, setOpen] = useState<OrderMove | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [carrier, setCarrier] = useState('');
  const [tracking, setTracking] = useState('');
  const [reason, setReason] = useState('');
  const [invoiceNumber, setInvoiceNumber] = useState(order.invoiceNumber ?? '');
  const [invoicedAt, setInvoicedAt] = useState(order.invoicedAt?.slice(0, 10) ?? today());
  const [dueAt, setDueAt] = useState(order.dueAt?.slice(0, 10) ?? '');
  const [paidAt, setPaidAt] = useState(today());
  const [tried, setTried] = useState(false);

  const [submitOrder, submitting] = useMutation(SubmitOrder);
  const [confirmOrder, confirming] = useMutation(ConfirmOrder);
  const [startFulfilment, starting] = useMutation(StartFulfilment);
  const [shipOrder, shipping] = useMutation(ShipOrder);
  const [markDelivered, delivering] = useMutation(MarkDelivered);
  const [cancelOrder, cancelling] = useMutation(CancelOrder);
  const [recordInvoice, invoicing] = useMutation(RecordInvoice);
  const [recordPayment, paying] = useMutation(RecordPayment);
  const busy = [submitting, confirming, starting, shipping, delivering, cancelling, invoicing, paying].some((m) => m.loading);

  if (moves.length === 0) return null;
  const number = order.number;
  const orderId = order.id;

  const show = (move: OrderMove) => {
    setFailure(null);
    setTried(false);
    if (move === 'recordInvoice') {
      // A correction starts from the invoice recorded.
      setInvoiceNumber(order.invoiceNumber ?? '');
      setInvoicedAt(order.invoicedAt?.slice(0, 10) ?? today());
      setDueAt(order.dueAt?.slice(0, 10) ?? '');
    }
    setOpen(move);
  };
  const close = () => {
    if (!busy) setOpen(null);
  };

  /** A refusal in words: a shortage names the product, a stale move the status the order is in now. */
  const explain = (error: unknown): string => {
    const conflict = conflictOf(error);
    if (conflict && typeof conflict.productId === 'string') {
      const line = order.lines.find((l) => l.product?.id === conflict.productId);
      return t('orders.notEnoughStock', {
        product: line?.product?.name ?? t('orders.unknownProduct'),
        available: Number(conflict.available),
        requested: Number(conflict.requested),
      });
    }
    if (conflict && typeof conflict.status === 'string' && conflict.status !== order.status) {
      return t('orders.changedMeanwhile', { status: t(`orderTracking.status.${conflict.status as OrderStatus}`) });
    }
    return describeError(error);
  };

  /** Sends a move; on success the dialog closes and a notice names the status it led to (billing keeps the status). */
  const run = async (send: () => Promise<unknown>, status?: OrderStatus) => {
    setFailure(null);
    try {
      await send();
      setOpen(null);
      notifications.show({ color: 'green', closeButtonProps: { 'aria-label': t('common.close') }, message: status ? t('orders.movedTo', { number, status: t(`orderTracking.status.${status}`) }) : t('common.saved') });
    } catch (error) {
      setFailure(explain(error));
    }
  };

  const textOk = (value: string) => value.trim().length >= 2;
  const shipValid = textOk(carrier) && textOk(tracking);
  const cancelValid = textOk(reason);
  const invoiceValid = invoiceNumber.trim().length >= 1 && isDate(invoicedAt) && isDate(dueAt) && dueAt >= invoicedAt;
  const paymentValid = isDate(paidAt);

  const confirm = (move: OrderMove): void => {
    setTried(true);
    switch (move) {
      case 'submit':
        void run(() => submitOrder({ variables: { input: { orderId } } }), 'SUBMITTED');
        break;
      case 'confirm':
        void run(() => confirmOrder({ variables: { input: { orderId } } }), 'CONFIRMED');
        break;
      case 'startFulfilment':
        void run(() => startFulfilment({ variables: { input: { orderId } } }), 'IN_FULFILMENT');
        break;
      case 'ship':
        if (shipValid) void run(() => shipOrder({ variables: { input: { orderId, carrier: carrier.trim(), trackingReference: tracking.trim() } } }), 'SHIPPED');
        break;
      case 'markDelivered':
        void run(() => markDelivered({ variables: { input: { orderId } } }), 'DELIVERED');
        break;
      case 'cancel':
        if (cancelValid) void run(() => cancelOrder({ variables: { input: { orderId, reason: reason.trim() } } }), 'CANCELLED');
        break;
      case 'recordInvoice':
        if (invoiceValid) {
          void run(() => recordInvoice({
            variables: { input: { orderId, invoiceNumber: invoiceNumber.trim(), invoicedAt: dateToIso(invoicedAt), dueAt: dateToIso(dueAt) } },
          }));
        }
        break;
      case 'recordPayment':
        if (paymentValid) void run(() => recordPayment({ variables: { input: { orderId, paidAt: dateToIso(paidAt) } } }));
        break;
    }
  };

  const messageOf = (move: OrderMove): string => {
    switch (move) {
      case 'confirm':
        return order.kind === 'SELL_IN' ? t('orders.moveText.confirmSellIn') : t('orders.moveText.confirmSellOut');
      case 'cancel':
        return order.status === 'CONFIRMED' ? t('orders.moveText.cancelConfirmed') : t('orders.moveText.cancel');
      case 'recordPayment':
        return t('orders.moveText.recordPayment', { invoice: order.invoiceNumber ?? '' });
      default:
        return t(`orders.moveText.${move}`);
    }
  };

  const fieldsOf = (move: OrderMove): ReactNode => {
    switch (move) {
      case 'ship':
        return (
          <>
            <TextInput label={t('orders.carrier')} description={t('orders.carrierHint')} required maxLength={100} data-autofocus value={carrier}
              onChange={(e) => setCarrier(e.currentTarget.value)} error={tried && !textOk(carrier) ? t('orders.textRequired') : null} />
            <TextInput label={t('orders.tracking')} required maxLength={100} value={tracking}
              onChange={(e) => setTracking(e.currentTarget.value)} error={tried && !textOk(tracking) ? t('orders.textRequired') : null} />
          </>
        );
      case 'cancel':
        return (
          <Textarea label={t('orders.cancelReason')} description={t('orders.cancelReasonHint')} required maxLength={500} autosize minRows={2} data-autofocus
            value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={tried && !cancelValid ? t('orders.reasonRequired') : null} />
        );
      case 'recordInvoice':
        return (
          <>
            <TextInput label={t('orders.invoiceNumber')} required maxLength={60} data-autofocus value={invoiceNumber}
              onChange={(e) => setInvoiceNumber(e.currentTarget.value)} error={tried && !invoiceNumber.trim() ? t('validation.required') : null} />
            <Group grow align="flex-start" wrap="wrap">
              <TextInput type="date" label={t('orders.invoicedAt')} required value={invoicedAt} miw={150}
                onChange={(e) => setInvoicedAt(e.currentTarget.value)} error={tried && !isDate(invoicedAt) ? t('orders.dateRequired') : null} />
              <TextInput type="date" label={t('orders.dueAt')} required value={dueAt} miw={150} min={invoicedAt || undefined}
                onChange={(e) => setDueAt(e.currentTarget.value)}
                error={tried && !isDate(dueAt) ? t('orders.dateRequired') : isDate(dueAt) && isDate(invoicedAt) && dueAt < invoicedAt ? t('orders.dueBeforeInvoice') : null} />
            </Group>
          </>
        );
      case 'recordPayment':
        return (
          <TextInput type="date" label={t('orders.paidAt')} required data-autofocus value={paidAt} w={200}
            onChange={(e) => setPaidAt(e.currentTarget.value)} error={tried && !paymentValid ? t('orders.dateRequired') : null} />
        );
      default:
        return null;
    }
  };

  // The lifecycle's next step leads; billing and cancelling follow, quieter.
  const variantOf = (move: OrderMove) => (move === 'cancel' ? 'default' : move === 'recordInvoice' || move === 'recordPayment' ? 'light' : 'filled');
  return (
    <Group gap="xs" wrap="wrap" data-testid="order-actions">
      {moves.map((move) => (
        <Button key={move} variant={variantOf(move)} disabled={busy} onClick={() => show(move)} data-move={move}>
          {t(`orders.move.${move}`)}
        </Button>
      ))}
      {open && (
        <MoveDialog
          opened
          title={t(`orders.moveTitle.${open}`, { number })}
          message={messageOf(open)}
          confirmLabel={t(`orders.move.${open}`)}
          destructive={open === 'cancel'}
          busy={busy}
          failure={failure}
          onClose={close}
          onConfirm={() => confirm(open)}
        >
          {fieldsOf(open)}
        </MoveDialog>
      )}
    </Group>
  );
}
