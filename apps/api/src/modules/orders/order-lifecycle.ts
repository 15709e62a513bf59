import { Scope } from '../../access/scope';
import { Role } from '../../access/role';
import { Viewer } from '../../access/viewer';
import { publish, type LiveEvent } from '../../access/events';
import { BadInput, Conflict, Forbidden, NotFound } from '../../domain/errors';
import { Order, OrderAction, OrderKind, OrderStatus } from './order.types';
import { releaseStock, reserveStock } from './order-stock';
import { OfferService } from '../catalog/offer.service';
import type { OrderService } from './order.service';
import type { PartnerService } from '../partners/partner.service';
import { enqueue } from '../../access/jobs';
import { CUSTOMER_MAILED, customerLanguage, customerMail } from './order-mail';

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
    private readonly partners: PartnerService,
    /** The public order-status page, named in the customer's emails. */
    private readonly statusUrl: string,
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

  /**
   * Ships a parcel of an order in fulfilment: the given lines (each at most what is not shipped yet), or
   * everything not shipped yet. The order is SHIPPED once every unit is in a parcel; before that it stays
   * IN_FULFILMENT with its parcels. The same parcel (carrier and tracking reference) again changes nothing.
   */
  async ship(scope: Scope, orderId: string, carrier: string, trackingReference: string, lines?: readonly { productId: string; quantity: number }[] | null): Promise<Order> {
    const parcel = { carrier: carrier.trim(), trackingReference: trackingReference.trim() };
    const order = await this.lock(scope, orderId, fulfillingSide);
    const [known] = await scope.query(`SELECT 1 FROM sales_order_shipment WHERE order_id = $1 AND carrier = $2 AND tracking_reference = $3`,
      [orderId, parcel.carrier, parcel.trackingReference], 'order.shipment-known');
    // A retried parcel answers the order as it is, until the order has moved past shipping.
    if (known && (order.status === OrderStatus.IN_FULFILMENT || order.status === OrderStatus.SHIPPED)) return this.orders.get(scope, orderId);
    if (order.status !== OrderStatus.IN_FULFILMENT || known) {
      throw new Conflict(`The order is ${order.status}; only an order that is IN_FULFILMENT can be ${OrderAction.SHIPPED}`, { status: order.status });
    }
    const open = new Map((await scope.query<{ productId: string; left: number }>(
      `SELECT l.product_id AS "productId", l.quantity - coalesce((SELECT sum(sl.quantity) FROM sales_order_shipment s JOIN sales_order_shipment_line sl ON sl.shipment_id = s.id
                                                                    WHERE s.order_id = l.order_id AND sl.product_id = l.product_id), 0)::int AS left
         FROM sales_order_line l WHERE l.order_id = $1 ORDER BY l.line_no`, [orderId], 'order.unshipped')).map((r) => [r.productId, r.left]));
    const wanted = lines ?? [...open].filter(([, left]) => left > 0).map(([productId, left]) => ({ productId, quantity: left }));
    const seen = new Set<string>();
    wanted.forEach((line, i) => {
      const left = open.get(line.productId);
      if (left === undefined) throw new BadInput(`lines.${i}.productId`, 'is not a product of this order');
      if (seen.has(line.productId)) throw new BadInput(`lines.${i}.productId`, 'is in this parcel already; one line per product');
      if (line.quantity > left) throw new BadInput(`lines.${i}.quantity`, `is more than the ${left} unit(s) not shipped yet`);
      seen.add(line.productId);
    });
    const { rows: [shipment] } = await scope.execute<{ id: string }>(
      `INSERT INTO sales_order_shipment (order_id, partner_id, carrier, tracking_reference) VALUES ($1, $2, $3, $4) RETURNING id`,
      [orderId, order.partnerId, parcel.carrier, parcel.trackingReference], 'order.shipment');
    await scope.execute(
      `INSERT INTO sales_order_shipment_line (shipment_id, partner_id, product_id, quantity) SELECT $1, $2, w.product_id, w.quantity FROM unnest($3::uuid[], $4::int[]) AS w(product_id, quantity)`,
      [shipment.id, order.partnerId, wanted.map((l) => l.productId), wanted.map((l) => l.quantity)], 'order.shipment-lines');
    for (const line of wanted) open.set(line.productId, open.get(line.productId)! - line.quantity);
    const complete = [...open.values()].every((left) => left === 0);
    const note = `${parcel.carrier} ${parcel.trackingReference}`;
    return complete
      ? this.record(scope, order, {
        action: OrderAction.SHIPPED, to: OrderStatus.SHIPPED, set: { shipped_at: NOW, carrier: parcel.carrier, tracking_reference: parcel.trackingReference }, note,
        parcel: { ...parcel, partial: false },
      })
      : this.record(scope, order, { action: OrderAction.SHIPPED, to: order.status, note: `${note} (part)`, parcel: { ...parcel, partial: true } });
  }

  /** Every parcel of a SHIPPED order delivered at once, and the order DELIVERED. */
  markDelivered(scope: Scope, orderId: string): Promise<Order> {
    return this.move(scope, orderId, {
      action: OrderAction.DELIVERED, from: [OrderStatus.SHIPPED], to: OrderStatus.DELIVERED, allowed: fulfillingSide, set: { delivered_at: NOW },
      first: async () => {
        await scope.execute(`UPDATE sales_order_shipment SET delivered_at = now() WHERE order_id = $1 AND delivered_at IS NULL`, [orderId], 'order.deliver-all');
      },
    });
  }

  /**
   * One parcel delivered. The order becomes DELIVERED with its last parcel once it is SHIPPED (every unit
   * sent); before that the delivery is a step of its timeline. The same delivery again changes nothing.
   */
  async markShipmentDelivered(scope: Scope, shipmentId: string): Promise<Order> {
    const [parcel] = await scope.query<{ orderId: string; carrier: string; trackingReference: string; deliveredAt: Date | null }>(
      `SELECT order_id AS "orderId", carrier, tracking_reference AS "trackingReference", delivered_at AS "deliveredAt" FROM sales_order_shipment WHERE id = $1`,
      [shipmentId], 'order.shipment-by-id');
    if (!parcel) throw new NotFound('Shipment', shipmentId);
    const order = await this.lock(scope, parcel.orderId, fulfillingSide);
    if (parcel.deliveredAt) return this.orders.get(scope, order.id);
    const { affected } = await scope.execute(`UPDATE sales_order_shipment SET delivered_at = now() WHERE id = $1 AND delivered_at IS NULL`, [shipmentId], 'order.deliver-one');
    if (affected === 0) return this.orders.get(scope, order.id);
    const [{ waiting }] = await scope.query<{ waiting: number }>(
      `SELECT count(*)::int AS waiting FROM sales_order_shipment WHERE order_id = $1 AND delivered_at IS NULL`, [order.id], 'order.undelivered');
    const note = `${parcel.carrier} ${parcel.trackingReference}`;
    return order.status === OrderStatus.SHIPPED && waiting === 0
      ? this.record(scope, order, { action: OrderAction.DELIVERED, to: OrderStatus.DELIVERED, set: { delivered_at: NOW }, note })
      : this.record(scope, order, { action: OrderAction.DELIVERED, to: order.status, note: `${note} (part)` });
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
    const order = await this.lock(scope, orderId, move.allowed);
    if (move.unchanged ? move.unchanged(order) : order.status === move.to) return this.orders.get(scope, order.id);
    if (!move.from.includes(order.status)) {
      throw new Conflict(`The order is ${order.status}; only an order that is ${move.from.join(' or ')} can be ${move.action}`, { status: order.status });
    }
    move.check?.(viewer, order);
    await move.first?.(order);
    return this.record(scope, order, { action: move.action, to: move.to ?? order.status, set: move.set, note: move.note });
  }

  /** The order under its row's lock, if the viewer may see it (NOT_FOUND) and act on it (FORBIDDEN). */
  private async lock(scope: Scope, orderId: string, allowed: Move['allowed']): Promise<LockedOrder> {
    const [order] = await scope.query<LockedOrder>(`SELECT ${LOCKED_COLUMNS} FROM sales_order WHERE id = $1 FOR UPDATE`, [orderId], 'order.lock');
    if (!order) throw new NotFound('Order', orderId);
    if (!allowed(scope.user, order)) throw new Forbidden(`You may not make this move on a ${order.kind} order`);
    return order;
  }

  /** Writes a step: the order's status and columns, one timeline row, one live event. */
  private async record(scope: Scope, order: LockedOrder, step: {
    action: OrderAction; to: OrderStatus; set?: Record<string, unknown>; note?: string | null; parcel?: { carrier: string; trackingReference: string; partial: boolean };
  }): Promise<Order> {
    const params: unknown[] = [order.id, step.to];
    const sets = Object.entries(step.set ?? {}).map(([column, value]) => `, ${column} = ${value === NOW ? 'now()' : `$${params.push(value)}`}`);
    await scope.execute(
      `UPDATE sales_order SET status = $2, status_changed_at = CASE WHEN status = $2 THEN status_changed_at ELSE now() END${sets.join('')} WHERE id = $1`,
      params,
    );
    await scope.execute(
      `INSERT INTO sales_order_event (order_id, partner_id, action, from_status, to_status, actor_id, note) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [order.id, order.partnerId, step.action, order.status, step.to, scope.user.userId || null, step.note ?? null], 'order.event',
    );
    await publish(scope, orderChanged(order, step.action, step.to));
    const changed = await this.orders.get(scope, order.id);
    // A parcel delivered before the last one is a step of the timeline, not news for the customer.
    const news = CUSTOMER_MAILED.has(step.action) && !(step.action === OrderAction.DELIVERED && step.to !== OrderStatus.DELIVERED);
    if (order.kind === OrderKind.SELL_OUT && changed.customerEmail && news) {
      // Queued in the step's transaction: a step that rolls back sends nothing, a committed one is never lost.
      const [partner] = await this.partners.byIds(scope, [order.partnerId]);
      await enqueue(scope, 'send_mail', customerMail({
        to: changed.customerEmail, number: order.number, partnerName: partner?.name ?? '', action: step.action,
        language: customerLanguage(partner?.country ?? null), statusUrl: this.statusUrl, parcel: step.parcel ?? null,
      }));
    }
    return changed;
  }
}
