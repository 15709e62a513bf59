import type { OrderKind, OrderStatus, Role } from '@trellis/schema';

/** The moves of an order's lifecycle, as the API's mutations name them. */
export type OrderMove = 'submit' | 'confirm' | 'startFulfilment' | 'ship' | 'markDelivered' | 'cancel' | 'recordInvoice' | 'recordPayment';

/** What the moves need to know of an order. */
export interface MovableOrder {
  kind: OrderKind;
  status: OrderStatus;
  partner: { id: string } | null;
  invoiceNumber: string | null;
  paidAt: string | null;
}

/** What they need to know of the viewer. */
export interface MovingViewer {
  role: Role;
  partner: { id: string } | null;
}

const CONFIRMED_ONWARDS: readonly OrderStatus[] = ['CONFIRMED', 'IN_FULFILMENT', 'SHIPPED', 'DELIVERED'];

/**
 * The moves this viewer may make on this order now, in the order the page offers them: the rules of the API's
 * order lifecycle (apps/api/src/modules/orders/order-lifecycle.ts), so that a button is shown only where the
 * move would pass. Brand staff confirm, fulfil and bill SELL_IN orders; the partner its SELL_OUT ones (its
 * manager confirms and bills, its employees fulfil too). A distributor does not act on its resellers' orders.
 */
export function orderMoves(viewer: MovingViewer | null, order: MovableOrder): OrderMove[] {
  if (!viewer) return [];
  const brand = viewer.role === 'ADMIN' || viewer.role === 'CHANNEL_MANAGER';
  const own = (roles: readonly Role[]) => roles.includes(viewer.role) && !!viewer.partner && viewer.partner.id === order.partner?.id;
  const sellIn = order.kind === 'SELL_IN';
  const creator = own(sellIn ? ['PARTNER_MANAGER'] : ['PARTNER_MANAGER', 'PARTNER_EMPLOYEE']);
  const confirmer = sellIn ? brand : own(['PARTNER_MANAGER']);
  const fulfiller = sellIn ? brand : own(['PARTNER_MANAGER', 'PARTNER_EMPLOYEE']);
  const moves: OrderMove[] = [];
  const { status } = order;
  if (status === 'DRAFT' && creator) moves.push('submit');
  if (status === 'SUBMITTED' && confirmer) moves.push('confirm');
  if (status === 'CONFIRMED' && fulfiller) moves.push('startFulfilment');
  if (status === 'IN_FULFILMENT' && fulfiller) moves.push('ship');
  if (status === 'SHIPPED' && fulfiller) moves.push('markDelivered');
  if (CONFIRMED_ONWARDS.includes(status) && confirmer && !order.paidAt) moves.push('recordInvoice');
  if (CONFIRMED_ONWARDS.includes(status) && confirmer && order.invoiceNumber && !order.paidAt) moves.push('recordPayment');
  // Before confirmation the ordering side may cancel too; a confirmed order only the side that confirmed it.
  if (((status === 'DRAFT' || status === 'SUBMITTED') && (creator || confirmer)) || (status === 'CONFIRMED' && confirmer)) moves.push('cancel');
  return moves;
}

/** Who may place orders of each kind: a SELL_IN order the partner's manager, a SELL_OUT one its manager or employee. */
export function orderKindsFor(role: Role): OrderKind[] {
  if (role === 'PARTNER_MANAGER') return ['SELL_OUT', 'SELL_IN'];
  if (role === 'PARTNER_EMPLOYEE') return ['SELL_OUT'];
  return [];
}

/** A fresh idempotency key: a UUID, also where the page is not a secure context (crypto.randomUUID is missing there). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
