import { Scope } from '../../access/scope';
import { Role } from '../../access/role';
import { Viewer } from '../../access/viewer';
import { publish, type LiveEvent } from '../../access/events';
import { BadInput, Conflict, Forbidden, NotFound } from '../../domain/errors';
import { Order, OrderAction, OrderKind, OrderStatus } from './order.types';
import { releaseStock, reserveStock } from './order-stock';
import { OfferService } from '../catalog/offer.service';
import type { OrderService } from './order.service';

export const ORDER_TOPIC = 'order';

/** An order's change as a live event for its partner (brand staff hear every one). */
export function orderChanged(order: { id: string; number: string; partnerId: string }, action: OrderAction, status: OrderStatus): LiveEvent {
  return { topic: ORDER_TOPIC, partnerIds: [order.partnerId], data: { orderId: order.id, number: order.number, action, status } };
}

/** The order as a move sees it, under its row's lock. */
export interface LockedOrder {
  id: string;
  number: string;
  kind: OrderKind;
  partnerId: string;
  status: OrderStatus;
  carrier: string | null;
  trackingReference: string | null;
  invoiceNumber: string | null;
  invoicedAt: Date | null;
  dueAt: Date | null;
  paidAt: Date | null;
}

/** One move: from which statuses, to which, who may make it, what else it records. */
interface Move {
  action: OrderAction;
  from: readonly OrderStatus[];
  /** Null: the status stays (an invoice, a payment). */
  to: OrderStatus | null;
  /** Who may make it on this order (after row-level security let the viewer see it at all). */
  allowed: (viewer: Viewer, order: LockedOrder) => boolean;
  /** True: the order already is what the move would make it; it answers the order and writes nothing. Default: already in `to`. */
  unchanged?: (order: LockedOrder) => boolean;
  /** Further refusals under the lock, once the status allows the move (nothing written yet). */
  check?: (viewer: Viewer, order: LockedOrder) => void;
  /** Further columns of sales_order, by column name. */
  set?: Record<string, unknown>;
  note?: string | null;
  /** Work before the order is written (a reservation that may still refuse). */
  first?: (order: LockedOrder) => Promise<void>;
}

const LOCKED_COLUMNS = `id, number, kind, partner_id AS "partnerId", status, carrier, tracking_reference AS "trackingReference",
  invoice_number AS "invoiceNumber", invoiced_at AS "invoicedAt", due_at AS "dueAt", paid_at AS "paidAt"`;

const BEFORE_CONFIRMATION = [OrderStatus.DRAFT, OrderStatus.SUBMITTED] as const;
const CONFIRMED_ONWARDS = [OrderStatus.CONFIRMED, OrderStatus.IN_FULFILMENT, OrderStatus.SHIPPED, OrderStatus.DELIVERED] as const;

const brandStaff = (viewer: Viewer) => viewer.role === Role.ADMIN || viewer.role === Role.CHANNEL_MANAGER;
/** The order's own partner's staff in these roles (a distributor does not act on its resellers' orders). */
const ownPartner = (roles: readonly Role[]) => (viewer: Viewer, order: LockedOrder) => roles.includes(viewer.role) && viewer.partnerId === order.partnerId;

/** Who places (and submits) an order: a SELL_IN order the partner's manager, a SELL_OUT one its manager or employee. */
export const ORDERING_ROLES: Record<OrderKind, readonly Role[]> = {
  [OrderKind.SELL_IN]: [Role.PARTNER_MANAGER],
  [OrderKind.SELL_OUT]: [Role.PARTNER_MANAGER, Role.PARTNER_EMPLOYEE],
};
const creatorSide = (viewer: Viewer, order: LockedOrder) => ownPartner(ORDERING_ROLES[order.kind])(viewer, order);
/** Who confirms, and so answers for the stock: the brand for SELL_IN, the partner's manager for SELL_OUT. */
const confirmingSide = (viewer: Viewer, order: LockedOrder) =>
  order.kind === OrderKind.SELL_IN ? brandStaff(viewer) : ownPartner([Role.PARTNER_MANAGER])(viewer, order);
/** Who fulfils: the brand's warehouse for SELL_IN, the partner's staff for SELL_OUT. */
const fulfillingSide = (viewer: Viewer, order: LockedOrder) =>
  order.kind === OrderKind.SELL_IN ? brandStaff(viewer) : ownPartner([Role.PARTNER_MANAGER, Role.PARTNER_EMPLOYEE])(viewer, order);
/** Who bills: the brand for SELL_IN, the partner's manager for SELL_OUT (the side that confirms). */
const billingSide = confirmingSide;

/** A step's time: the transaction's now(), as status_changed_at has it. */
const NOW = Symbol('now');

const sameTime = (a: Date | null, b: Date) => a !== null && a.getTime() === b.getTime();

/**
 * The order lifecycle, enforced here: DRAFT -> SUBMITTED -> CONFIRMED -> IN_FULFILMENT -> SHIPPED ->
 * DELIVERED, or CANCELLED before fulfilment. Each move locks the order's row, so of parallel moves exactly
 * one wins and the others meet the new status; a move the status does not allow is CONFLICT and writes
 * nothing; a move to where the order already is writes nothing and answers the order. Each move writes one
 * timeline row and publishes a live event, in the move's transaction.
 */
export class OrderLifecycle {
  constructor(
    private readonly orders: OrderService,
    private readonly offers: OfferService,
  ) {}

  submit(scope: Scope, orderId: string): Promise<Order> {
    return this.move(scope, orderId, { action: OrderAction.SUBMITTED, from: [OrderStatus.DRAFT], to: OrderStatus.SUBMITTED, allowed: creatorSide, set: { submitted_at: NOW } });
  }

  /** Reserves the order's stock: CONFLICT, nothing written, when a line lacks it. */
  confirm(scope: Scope, orderId: string): Promise<Order> {
    return this.move(scope, orderId, {
      action: OrderAction.CONFIRMED, from: [OrderStatus.SUBMITTED], to: OrderStatus.CONFIRMED, allowed: confirmingSide, set: { confirmed_at: NOW },
      first: (order) => reserveStock(scope, this.offers, order),
    });
  }

  startFulfilment(scope: Scope, orderId: string): Promise<Order> {
    return this.move(scope, orderId, {
      action: OrderAction.FULFILMENT_STARTED, from: [OrderStatus.CONFIRMED], to: OrderStatus.IN_FULFILMENT, allowed: fulfillingSide, set: { fulfilment_started_at: NOW },
    });
  }

  /** The same shipment again changes nothing; another one for a shipped order is CONFLICT. */
  ship(scope: Scope, orderId: string, carrier: string, trackingReference: string): Promise<Order> {
    const shipment = { carrier: carrier.trim(), trackingReference: trackingReference.trim() };
    return this.move(scope, orderId, {
      action: OrderAction.SHIPPED, from: [OrderStatus.IN_FULFILMENT], to: OrderStatus.SHIPPED, allowed: fulfillingSide,
      unchanged: (o) => o.status === OrderStatus.SHIPPED && o.carrier === shipment.carrier && o.trackingReference === shipment.trackingReference,
      set: { shipped_at: NOW, carrier: shipment.carrier, tracking_reference: shipment.trackingReference },
      note: `${shipment.carrier} ${shipment.trackingReference}`,
    });
  }

  markDelivered(scope: Scope, orderId: string): Promise<Order> {
    return this.move(scope, orderId, {
      action: OrderAction.DELIVERED, from: [OrderStatus.SHIPPED], to: OrderStatus.DELIVERED, allowed: fulfillingSide, set: { delivered_at: NOW },
    });
  }

  /**
   * Before fulfilment: by the side that confirms, or the ordering partner while the order is not confirmed
   * yet. A confirmed order's stock goes back where it came from.
   */
  cancel(scope: Scope, orderId: string, reason: string): Promise<Order> {
    return this.move(scope, orderId, {
      action: OrderAction.CANCELLED, from: [...BEFORE_CONFIRMATION, OrderStatus.CONFIRMED], to: OrderStatus.CANCELLED,
      allowed: (viewer, order) => confirmingSide(viewer, order) || creatorSide(viewer, order),
      check: (viewer, order) => {
        if (order.status === OrderStatus.CONFIRMED && !confirmingSide(viewer, order)) {
          throw new Forbidden(order.kind === OrderKind.SELL_IN ? 'Once confirmed, only the brand owner cancels the order' : "Once confirmed, only the partner's manager cancels the order");
        }
      },
      set: { cancelled_at: NOW, cancellation_reason: reason.trim() },
      note: reason.trim(),
      first: (order) => (order.status === OrderStatus.CONFIRMED ? releaseStock(scope, this.offers, order) : Promise.resolve()),
    });
  }

  /** The same invoice again changes nothing; a correction is recorded, until the order is paid. */
  recordInvoice(scope: Scope, orderId: string, invoice: { invoiceNumber: string; invoicedAt: Date; dueAt: Date }): Promise<Order> {
    const invoiceNumber = invoice.invoiceNumber.trim();
    if (invoice.dueAt.getTime() < invoice.invoicedAt.getTime()) throw new BadInput('dueAt', 'must be on or after invoicedAt');
    return this.move(scope, orderId, {
      action: OrderAction.INVOICED, from: CONFIRMED_ONWARDS, to: null, allowed: billingSide,
      unchanged: (o) => o.invoiceNumber === invoiceNumber && sameTime(o.invoicedAt, invoice.invoicedAt) && sameTime(o.dueAt, invoice.dueAt),
      check: (_viewer, o) => {
        if (o.paidAt) throw new Conflict(`The order is paid; its invoice ${o.invoiceNumber} can no longer change`, { status: o.status });
      },
      set: { invoice_number: invoiceNumber, invoiced_at: invoice.invoicedAt, due_at: invoice.dueAt },
      note: invoiceNumber,
    });
  }

  /** After its invoice; the same date again changes nothing. */
  recordPayment(scope: Scope, orderId: string, paidAt: Date): Promise<Order> {
    return this.move(scope, orderId, {
      action: OrderAction.PAID, from: CONFIRMED_ONWARDS, to: null, allowed: billingSide,
      unchanged: (o) => sameTime(o.paidAt, paidAt),
      check: (_viewer, o) => {
        if (!o.invoiceNumber) throw new Conflict('The order has no invoice yet: record the invoice first', { status: o.status });
      },
      set: { paid_at: paidAt },
    });
  }

  private async move(scope: Scope, orderId: string, move: Move): Promise<Order> {
    const viewer = scope.user;
    const [order] = await scope.query<LockedOrder>(`SELECT ${LOCKED_COLUMNS} FROM sales_order WHERE id = $1 FOR UPDATE`, [orderId], 'order.lock');
    if (!order) throw new NotFound('Order', orderId);
    if (!move.allowed(viewer, order)) throw new Forbidden(`You may not make this move on a ${order.kind} order`);
    if (move.unchanged ? move.unchanged(order) : order.status === move.to) return this.orders.get(scope, order.id);
    if (!move.from.includes(order.status)) {
      throw new Conflict(`The order is ${order.status}; only an order that is ${move.from.join(' or ')} can be ${move.action}`, { status: order.status });
    }
    move.check?.(viewer, order);
    await move.first?.(order);
    const to = move.to ?? order.status;
    const params: unknown[] = [orderId, to];
    const sets = Object.entries(move.set ?? {}).map(([column, value]) => `, ${column} = ${value === NOW ? 'now()' : `$${params.push(value)}`}`);
    await scope.execute(
      `UPDATE sales_order SET status = $2, status_changed_at = CASE WHEN status = $2 THEN status_changed_at ELSE now() END${sets.join('')} WHERE id = $1`,
      params,
    );
    await scope.execute(
      `INSERT INTO sales_order_event (order_id, partner_id, action, from_status, to_status, actor_id, note) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [orderId, order.partnerId, move.action, order.status, to, viewer.userId || null, move.note ?? null], 'order.event',
    );
    await publish(scope, orderChanged(order, move.action, to));
    return this.orders.get(scope, order.id);
  }
}
