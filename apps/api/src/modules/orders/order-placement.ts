import { createHash } from 'node:crypto';
import { Scope } from '../../access/scope';
import { Role } from '../../access/role';
import { publish } from '../../access/events';
import { BadInput, Conflict, Forbidden } from '../../domain/errors';
import { PartnerService } from '../partners/partner.service';
import { Partner, PartnerStatus } from '../partners/partner.entity';
import { LeadService } from '../leads/lead.service';
import { LeadLifecycle } from '../leads/lead-lifecycle';
import { LeadStatus } from '../leads/lead.entity';
import { CreateOrderInput, MAX_QUANTITY, OrderCustomerInput } from './order.inputs';
import { Order, OrderAction, OrderKind, OrderStatus } from './order.types';
import { ORDER_COLUMNS, OrderService } from './order.service';
import { instancesOf } from '../../domain/sql';
import { ORDERING_ROLES, orderChanged } from './order-lifecycle';
import { OrderPricing, PricedOrder, WantedLine } from './order-pricing';

interface Customer {
  name: string;
  company: string | null;
  email: string;
  phone: string | null;
}

/** What an order is placed with, before it has a number. */
interface Placement {
  kind: OrderKind;
  partnerId: string;
  status: OrderStatus.DRAFT | OrderStatus.SUBMITTED;
  priced: PricedOrder;
  customer: Customer | null;
  leadId: string | null;
  key: string;
  hash: string;
  note: string | null;
}

/** A hash of what the client sent, normalised: a true retry has the same one. */
const payloadHash = (payload: unknown) => createHash('sha256').update(JSON.stringify(payload)).digest('hex');

/** Minor units as MoneyInput writes them: "1249.50". */
const amountOf = (minor: bigint) => `${minor / 100n}.${String(minor % 100n).padStart(2, '0')}`;

/** The lines with ids as PostgreSQL writes them; a product twice is refused (one line per product, with its quantity). */
function linesOf(input: CreateOrderInput): WantedLine[] {
  const lines = input.lines.map((l) => ({ productId: l.productId.toLowerCase(), quantity: l.quantity }));
  const firstOf = new Map<string, number>();
  lines.forEach((line, i) => {
    const earlier = firstOf.get(line.productId);
    if (earlier !== undefined) throw new BadInput(`lines.${i}.productId`, `names the product of line ${earlier + 1} again; one line per product`);
    firstOf.set(line.productId, i);
  });
  return lines;
}

function customerOf(kind: OrderKind, customer: OrderCustomerInput | null | undefined): Customer | null {
  if (kind === OrderKind.SELL_IN) {
    if (customer) throw new BadInput('customer', 'must be left out of a SELL_IN order: the partner is the customer');
    return null;
  }
  if (!customer) throw new BadInput('customer', 'is required for a SELL_OUT order (name and email at least)');
  return { name: customer.name.trim(), company: customer.company?.trim() || null, email: customer.email.trim(), phone: customer.phone?.trim() || null };
}

/**
 * Placing orders: a partner's own (createOrder), or a lead's basket for its customer (fulfilLead). A client's
 * idempotency key makes a retry safe: the same key with the same payload answers the order it placed (even
 * of 20 identical requests at once, one places it), the same key with another payload is CONFLICT.
 */
export class OrderPlacement {
  constructor(
    private readonly orders: OrderService,
    private readonly pricing: OrderPricing,
    private readonly partners: PartnerService,
    private readonly leads: LeadService,
    private readonly leadLifecycle: LeadLifecycle,
  ) {}

  async create(scope: Scope, input: CreateOrderInput): Promise<Order> {
    const partner = await this.ownPartner(scope, input.partnerId, ORDERING_ROLES[input.kind]);
    const lines = linesOf(input);
    const customer = customerOf(input.kind, input.customer);
    const hash = payloadHash({ kind: input.kind, partnerId: partner.id, lines, customer, submit: input.submit });
    return this.placeOnce(scope, partner.id, input.idempotencyKey, hash, async () => {
      if (partner.status !== PartnerStatus.ACTIVE) throw new BadInput('partnerId', 'is not an active partner');
      const priced = input.kind === OrderKind.SELL_IN ? await this.pricing.sellIn(scope, partner, lines) : await this.pricing.sellOut(scope, partner.id, lines);
      return this.insert(scope, {
        kind: input.kind, partnerId: partner.id, status: input.submit ? OrderStatus.SUBMITTED : OrderStatus.DRAFT, priced, customer, leadId: null,
        key: input.idempotencyKey, hash, note: null,
      });
    });
  }

  /**
   * The partner's manager turns an ACCEPTED or QUALIFIED lead of its own partner into a SUBMITTED SELL_OUT
   * order for the lead's customer and basket, at the partner's prices (quantities rounded up to whole units).
   * A QUALIFIED lead becomes CONVERTED with the order's net value in the same transaction; an ACCEPTED one
   * stays as it is (the lead lifecycle converts only qualified leads). One order per lead.
   */
  async fulfilLead(scope: Scope, leadId: string, key: string): Promise<Order> {
    const viewer = scope.user;
    // Read through the leads module, under the viewer's sight: another partner's lead is NOT_FOUND.
    const lead = await this.leads.get(scope, leadId);
    const partnerId = lead.partnerId;
    if (!partnerId || viewer.role !== Role.PARTNER_MANAGER || viewer.partnerId !== partnerId) throw new Forbidden("Only the lead's own partner manager fulfils it");
    const hash = payloadHash({ fulfil: lead.id });
    return this.placeOnce(scope, partnerId, key, hash, async () => {
      // Fulfilments of one lead take turns, so that the second one finds the first one's order.
      await scope.execute(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`trellis.order-lead:${lead.id}`], 'order.lead-lock');
      const [fulfilled] = await scope.query<{ id: string; number: string }>(`SELECT id, number FROM sales_order WHERE lead_id = $1`, [lead.id], 'order.of-lead');
      if (fulfilled) throw new Conflict(`The lead is fulfilled already, by order ${fulfilled.number}`, { orderId: fulfilled.id, orderNumber: fulfilled.number });
      // Locked: a decline or loss of the lead waits for this order, and then finds it fulfilled.
      const current = await this.leads.getLocked(scope, lead.id);
      if (current.status !== LeadStatus.ACCEPTED && current.status !== LeadStatus.QUALIFIED) {
        throw new Conflict(`The lead is ${current.status}; only an ACCEPTED or QUALIFIED lead can be fulfilled`, { status: current.status });
      }
      if (current.erasedAt) throw new BadInput('leadId', "names a lead whose customer's personal data was erased");
      const items = await this.leads.itemsOf(scope, [lead.id]);
      if (!items.length) throw new BadInput('leadId', 'names a lead without products: there is nothing to order');
      const lines = items.map((item) => ({ productId: item.productId, quantity: Math.ceil(Number(item.quantity)) }));
      const tooMany = lines.find((l) => l.quantity > MAX_QUANTITY);
      if (tooMany) throw new BadInput('leadId', `names a lead asking for more than ${MAX_QUANTITY} units of product ${tooMany.productId}`);
      const partner = await this.partners.get(scope, partnerId);
      if (partner.status !== PartnerStatus.ACTIVE) throw new Conflict('The partner is not active: it places no orders', { status: current.status });
      const priced = await this.pricing.sellOut(scope, partner.id, lines, () => 'leadId');
      const order = await this.insert(scope, {
        kind: OrderKind.SELL_OUT, partnerId: partner.id, status: OrderStatus.SUBMITTED, priced, leadId: lead.id, key, hash,
        customer: { name: current.contactName, company: current.company, email: current.email, phone: current.phone }, note: `From lead ${current.reference}`,
      });
      if (current.status === LeadStatus.QUALIFIED) await this.leadLifecycle.convert(scope, lead.id, { amount: amountOf(priced.netMinor), currency: priced.currency });
      return order;
    });
  }

  /** The viewer's own partner, for its staff in these roles; another partner in sight is FORBIDDEN, one out of sight NOT_FOUND. */
  private async ownPartner(scope: Scope, partnerId: string, roles: readonly Role[]): Promise<Partner> {
    const partner = await this.partners.get(scope, partnerId);
    const viewer = scope.user;
    if (!roles.includes(viewer.role) || viewer.partnerId !== partner.id) throw new Forbidden(`Only the partner's own ${roles.join(' or ')} places this order`);
    return partner;
  }

  /**
   * The order this key placed, if the payload is the same; else CONFLICT naming it; else `place`. Requests
   * with one key take turns (a transaction-long advisory lock), so the second finds the first one's order.
   */
  private async placeOnce(scope: Scope, partnerId: string, key: string, hash: string, place: () => Promise<Order>): Promise<Order> {
    await scope.execute(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`trellis.order-key:${partnerId}:${key}`], 'order.key-lock');
    const [placed] = await scope.query<{ id: string; number: string; payloadHash: string }>(
      `SELECT id, number, payload_hash AS "payloadHash" FROM sales_order WHERE partner_id = $1 AND idempotency_key = $2`, [partnerId, key], 'order.by-key');
    if (!placed) return place();
    if (placed.payloadHash !== hash) {
      throw new Conflict(`The idempotency key was used for order ${placed.number}, with another payload`, { orderId: placed.id, orderNumber: placed.number });
    }
    return this.orders.get(scope, placed.id);
  }

  /**
   * The order, its lines and its first timeline row in one statement, then the live event, in the request's
   * transaction; answers the order as written.
   */
  private async insert(scope: Scope, p: Placement): Promise<Order> {
    const { priced, customer } = p;
    const [row] = await scope.query<Order>(
      `WITH o AS (
         INSERT INTO sales_order (number, kind, partner_id, status, currency, net_minor, vat_minor, gross_minor, vat_percent, customer_name, customer_company,
                                  customer_email, customer_phone, lead_id, idempotency_key, payload_hash, created_by, submitted_at)
         VALUES (trellis_order_number(now()), $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, nullif($16, '')::uuid, CASE WHEN $3 = 'SUBMITTED' THEN now() END)
         RETURNING *),
       lines AS (
         INSERT INTO sales_order_line (order_id, partner_id, line_no, product_id, quantity, unit_price_minor, line_net_minor)
         SELECT o.id, o.partner_id, l.n, l.product_id, l.quantity, l.unit_price, l.line_net
           FROM o, unnest($17::uuid[], $18::int[], $19::bigint[], $20::bigint[]) WITH ORDINALITY AS l(product_id, quantity, unit_price, line_net, n)),
       created AS (
         INSERT INTO sales_order_event (order_id, partner_id, action, from_status, to_status, actor_id, note)
         SELECT o.id, o.partner_id, 'CREATED', NULL, o.status, o.created_by, $21 FROM o)
       SELECT ${ORDER_COLUMNS} FROM o`,
      [p.kind, p.partnerId, p.status, priced.currency, String(priced.netMinor), String(priced.vatMinor), String(priced.grossMinor),
        (priced.vatBasisPoints / 100).toFixed(2), customer?.name ?? null, customer?.company ?? null, customer?.email ?? null, customer?.phone ?? null,
        p.leadId, p.key, p.hash, scope.user.userId, priced.lines.map((l) => l.productId), priced.lines.map((l) => l.quantity),
        priced.lines.map((l) => String(l.unitPriceMinor)), priced.lines.map((l) => String(l.lineNetMinor)), p.note],
      'order.insert');
    await publish(scope, orderChanged({ id: row.id, number: row.number, partnerId: p.partnerId }, OrderAction.CREATED, p.status));
    return instancesOf(Order, [row])[0];
  }
}
