import { Scope } from '../../access/scope';
import { Connection, decodeCursor, toConnection } from '../../domain/connection';
import { NotFound } from '../../domain/errors';
import { instancesOf, likePattern } from '../../domain/sql';
import { Order, OrderEvent, OrderLine, OrderShipment, OrderStatus, PublicOrderStatus, ShipmentLine } from './order.types';
import { OrderFilter } from './order.inputs';

/** Every column of an order under its property's name (alias o); money as text, exact beyond 2^53. */
/** An order's columns as Order holds them, of a row named `o`. */
export const ORDER_COLUMNS = `o.id, o.number, o.kind, o.partner_id AS "partnerId", o.status, o.currency, o.net_minor::text AS "netMinor",
  o.vat_minor::text AS "vatMinor", o.gross_minor::text AS "grossMinor", o.vat_percent::float8 AS "vatPercent",
  o.customer_name AS "customerName", o.customer_company AS "customerCompany", o.customer_email AS "customerEmail", o.customer_phone AS "customerPhone",
  o.lead_id AS "leadId", o.created_by AS "createdById", o.created_at AS "createdAt", o.status_changed_at AS "statusChangedAt",
  o.submitted_at AS "submittedAt", o.confirmed_at AS "confirmedAt", o.fulfilment_started_at AS "fulfilmentStartedAt", o.shipped_at AS "shippedAt",
  o.delivered_at AS "deliveredAt", o.cancelled_at AS "cancelledAt", o.cancellation_reason AS "cancellationReason", o.carrier,
  o.tracking_reference AS "trackingReference", o.invoice_number AS "invoiceNumber", o.invoiced_at AS "invoicedAt", o.due_at AS "dueAt", o.paid_at AS "paidAt",
  to_char(o.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "cursorAt"`;

/**
 * The list's conditions for this viewer and filter, numbered from $1 with their parameters. `filtered`:
 * whether the filter added any (the statement's shape then varies with it, and it goes unnamed).
 */
function listConditions(scope: Scope, filter: OrderFilter | null | undefined) {
  const conditions: string[] = [];
  const params: unknown[] = [];
  const add = (condition: (param: string) => string, value: unknown) => conditions.push(condition(`$${params.push(value)}`));
  const visible = scope.user.visiblePartnerIds;
  // Row-level security limits partner users to their own partners; this says so for the planner too.
  if (visible !== 'ALL') add((v) => `o.partner_id = ANY(${v}::uuid[])`, visible);
  const unfiltered = conditions.length;
  if (filter?.partnerId) add((v) => `o.partner_id = ${v}::uuid`, filter.partnerId);
  if (filter?.kind) add((v) => `o.kind = ${v}`, filter.kind);
  if (filter?.status) add((v) => `o.status = ${v}`, filter.status);
  const search = filter?.search?.trim();
  if (search) {
    add((v) => `(lower(o.number) LIKE ${v} OR lower(concat_ws(' ', o.customer_name, o.customer_company, o.customer_email)) LIKE ${v})`, likePattern(search));
  }
  return { conditions, params, filtered: conditions.length > unfiltered };
}

const whereOf = (conditions: readonly string[]) => (conditions.length ? `WHERE ${conditions.join(' AND ')}` : '');

/** Orders as the viewer may see them (row-level security: a partner its own and its resellers', brand staff all). */
export class OrderService {
  /**
   * Net sell-in revenue (minor units) of each of these partners: its orders in `currency` submitted from
   * `from` (a day) until before `until`, drafts and cancelled ones left out. A partner without any is absent.
   */
  async sellInRevenue(scope: Scope, partnerIds: readonly string[], currency: string, from: string, until: string): Promise<Map<string, number>> {
    const rows = await scope.query<{ partnerId: string; revenue: number }>(
      `SELECT o.partner_id AS "partnerId", sum(o.net_minor)::float8 AS revenue FROM sales_order o
        WHERE o.partner_id = ANY($1::uuid[]) AND o.kind = 'SELL_IN' AND o.currency = $2 AND o.status NOT IN ('DRAFT', 'CANCELLED')
          AND o.submitted_at >= $3::date AND o.submitted_at < $4::date
        GROUP BY o.partner_id`, [partnerIds, currency, from, until], 'order.sell-in-revenue');
    return new Map(rows.map((r) => [r.partnerId, r.revenue]));
  }

  /**
   * Net amounts (minor units) of delivered orders of one kind and currency, per partner and period (month,
   * quarter or year, by the UTC day of delivery) from `from` until before `until`: the base of rebates. With
   * `categoryIds`, only the lines of products in those categories count.
   */
  async deliveredNetByPeriod(scope: Scope, q: { partnerIds: readonly string[]; kind: 'SELL_IN' | 'SELL_OUT'; currency: string; categoryIds: readonly string[] | null;
    from: string; until: string; period: 'month' | 'quarter' | 'year' }): Promise<{ partnerId: string; periodStart: string; netMinor: number }[]> {
    const rows = await scope.query<{ partnerId: string; periodStart: string; netMinor: string }>(
      `SELECT o.partner_id AS "partnerId", to_char(date_trunc($7, o.delivered_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS "periodStart", sum(l.line_net_minor) AS "netMinor"
         FROM sales_order o JOIN sales_order_line l ON l.order_id = o.id
        WHERE o.partner_id = ANY($1::uuid[]) AND o.kind = $2 AND o.currency = $3 AND o.status = 'DELIVERED'
          AND (o.delivered_at AT TIME ZONE 'UTC') >= $4::date AND (o.delivered_at AT TIME ZONE 'UTC') < $5::date
          AND ($6::uuid[] IS NULL OR EXISTS (SELECT 1 FROM product p WHERE p.id = l.product_id AND p.category_id = ANY($6::uuid[])))
        GROUP BY 1, 2`, [q.partnerIds, q.kind, q.currency, q.from, q.until, q.categoryIds, q.period], 'order.delivered-net-by-period');
    return rows.map((r) => ({ ...r, netMinor: Number(r.netMinor) }));
  }

  /** The orders of these ids that the viewer may see. */
  async byIds(scope: Scope, ids: readonly string[]): Promise<Order[]> {
    return instancesOf(Order, await scope.query<Order>(`SELECT ${ORDER_COLUMNS} FROM sales_order o WHERE o.id = ANY($1::uuid[])`, [ids], 'order.by-ids'));
  }

  /** One order the viewer may see, else NOT_FOUND. */
  async get(scope: Scope, id: string): Promise<Order> {
    const [order] = await this.byIds(scope, [id]);
    if (!order) throw new NotFound('Order', id);
    return order;
  }

  /** A page of the viewer's orders, newest first, and on demand their count. */
  async list(scope: Scope, filter: OrderFilter | null | undefined, first: number, after?: string | null): Promise<Connection<Order>> {
    const { conditions, params, filtered } = listConditions(scope, filter);
    const name = (family: string) => (filtered ? undefined : `${family}${scope.user.visiblePartnerIds === 'ALL' ? '' : '-visible'}`);
    const count = async () =>
      (await scope.query<{ n: number }>(`SELECT count(*)::int AS n FROM sales_order o ${whereOf(conditions)}`, params, name('order.count')))[0].n;
    const page = { conditions: [...conditions], params: [...params] };
    if (after) {
      // The cursor keeps created_at to the microsecond, as stored, so that orders of the same millisecond are not skipped.
      const [at, id] = decodeCursor(after, ['timestamp', 'uuid']);
      page.conditions.push(`(o.created_at, o.id) < ($${page.params.push(at)}::timestamptz, $${page.params.push(id)}::uuid)`);
    }
    const limit = `$${page.params.push(first + 1)}`;
    const visible = scope.user.visiblePartnerIds;
    // A partner user sees a few partners' orders: the newest of each partner from its own index range, then
    // the newest of those, reads a page's worth per partner. One scan of all their orders (15,000 rows for
    // a distributor with 14 resellers over two years) read every one of them to sort (600 ms cold, bench f1).
    const sql = visible !== 'ALL' && !filter?.partnerId
      ? `SELECT ${ORDER_COLUMNS} FROM unnest($1::uuid[]) AS v(partner_id)
           CROSS JOIN LATERAL (SELECT * FROM sales_order o ${whereOf(['o.partner_id = v.partner_id', ...page.conditions.slice(1)])}
                                ORDER BY o.created_at DESC, o.id DESC LIMIT ${limit}) o
          ORDER BY o.created_at DESC, o.id DESC LIMIT ${limit}`
      : `SELECT ${ORDER_COLUMNS} FROM sales_order o ${whereOf(page.conditions)} ORDER BY o.created_at DESC, o.id DESC LIMIT ${limit}`;
    const rows = instancesOf(Order, await scope.query<Order>(sql, page.params, name(after ? 'order.page-after' : 'order.page')));
    return toConnection(rows, first, count, (o) => [o.cursorAt, o.id]);
  }

  /** The lines of these orders, in their order, with the order's currency. */
  linesOf(scope: Scope, orderIds: readonly string[]): Promise<OrderLine[]> {
    return scope.query<OrderLine>(
      `SELECT l.order_id AS "orderId", l.line_no AS "lineNo", l.product_id AS "productId", l.quantity, l.unit_price_minor::text AS "unitPriceMinor",
              l.line_net_minor::text AS "lineNetMinor", o.currency,
              (SELECT coalesce(sum(sl.quantity), 0)::int FROM sales_order_shipment s JOIN sales_order_shipment_line sl ON sl.shipment_id = s.id
                WHERE s.order_id = l.order_id AND sl.product_id = l.product_id) AS "shippedQuantity"
         FROM sales_order_line l JOIN sales_order o ON o.id = l.order_id WHERE l.order_id = ANY($1::uuid[]) ORDER BY l.order_id, l.line_no`,
      [orderIds], 'order.lines');
  }

  /** The parcels of these orders, first shipped first. */
  shipmentsOf(scope: Scope, orderIds: readonly string[]): Promise<OrderShipment[]> {
    return scope.query<OrderShipment>(
      `SELECT s.id, s.order_id AS "orderId", s.carrier, s.tracking_reference AS "trackingReference", s.shipped_at AS "shippedAt", s.delivered_at AS "deliveredAt"
         FROM sales_order_shipment s WHERE s.order_id = ANY($1::uuid[]) ORDER BY s.order_id, s.shipped_at, s.id`, [orderIds], 'order.shipments');
  }

  /** The lines of these parcels. */
  shipmentLinesOf(scope: Scope, shipmentIds: readonly string[]): Promise<ShipmentLine[]> {
    return scope.query<ShipmentLine>(
      `SELECT sl.shipment_id AS "shipmentId", sl.product_id AS "productId", sl.quantity FROM sales_order_shipment_line sl
        WHERE sl.shipment_id = ANY($1::uuid[]) ORDER BY sl.shipment_id, sl.product_id`, [shipmentIds], 'order.shipment-lines');
  }

  /** The timelines of these orders, oldest step first. */
  eventsOf(scope: Scope, orderIds: readonly string[]): Promise<OrderEvent[]> {
    return scope.query<OrderEvent>(
      // Ordered by the bigint id: "id" alone would name the text column of the answer ('10' before '9').
      `SELECT e.id::text AS id, e.order_id AS "orderId", e.action, e.from_status AS "fromStatus", e.to_status AS "toStatus", e.note, e.at, e.actor_id AS "actorId"
         FROM sales_order_event e WHERE e.order_id = ANY($1::uuid[]) ORDER BY e.order_id, e.id`,
      [orderIds], 'order.events');
  }

  /**
   * A sell-out order's progress for its customer, by number and email, through trellis_order_status (the
   * public role reads no order table). Anything else, whatever the reason, is the same NOT_FOUND.
   */
  async publicStatus(scope: Scope, number: string, email: string): Promise<PublicOrderStatus> {
    const [row] = await scope.query<Omit<PublicOrderStatus, 'steps'> & { steps: { status: OrderStatus; at: string }[] }>(
      `SELECT number, status, last_changed_at AS "lastChangedAt", steps, carrier, tracking_reference AS "trackingReference" FROM trellis_order_status($1, $2)`,
      [number.trim(), email], 'order.public-status');
    if (!row) throw new NotFound('Order', number.trim());
    return { ...row, steps: row.steps.map((s) => ({ status: s.status, at: new Date(s.at) })) };
  }
}
