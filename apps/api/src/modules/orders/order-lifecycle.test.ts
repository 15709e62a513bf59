import { startTestApp, TestApp, codeOf, Credentials } from '../../../test/harness';
import { fixtures } from '../../../test/fixtures';
import { Role } from '../../access/role';
import { Viewer } from '../../access/viewer';
import { SYSTEM_VIEWER } from '../../access/system-viewer';
import { Scope } from '../../access/scope';
import { PartnerKind } from '../partners/partner.entity';
import { OrderKind, OrderStatus } from './order.types';

type MoveName = 'submit' | 'confirm' | 'start' | 'ship' | 'deliver' | 'cancel';
type Actor = 'cm' | 'analyst' | 'pm' | 'pe' | 'foreignPm' | 'distributorPm';

const MOVES: Record<MoveName, { mutation: string; from: OrderStatus[]; to: OrderStatus }> = {
  submit: { mutation: 'submitOrder(input: { orderId: $id })', from: [OrderStatus.DRAFT], to: OrderStatus.SUBMITTED },
  confirm: { mutation: 'confirmOrder(input: { orderId: $id })', from: [OrderStatus.SUBMITTED], to: OrderStatus.CONFIRMED },
  start: { mutation: 'startFulfilment(input: { orderId: $id })', from: [OrderStatus.CONFIRMED], to: OrderStatus.IN_FULFILMENT },
  ship: { mutation: 'shipOrder(input: { orderId: $id, carrier: "DHL", trackingReference: "JD0001" })', from: [OrderStatus.IN_FULFILMENT], to: OrderStatus.SHIPPED },
  deliver: { mutation: 'markDelivered(input: { orderId: $id })', from: [OrderStatus.SHIPPED], to: OrderStatus.DELIVERED },
  cancel: { mutation: 'cancelOrder(input: { orderId: $id, reason: "Changed plans" })', from: [OrderStatus.DRAFT, OrderStatus.SUBMITTED, OrderStatus.CONFIRMED], to: OrderStatus.CANCELLED },
};
const gqlOf = (move: MoveName) => `mutation($id: ID!) { ${MOVES[move].mutation} { order { id status } } }`;
/** The status a move's payload answers. */
const answered = (result: { data: Record<string, any> | null }) => (Object.values(result.data ?? {})[0] as { order: { status: string } } | null)?.order.status;

/** Who may make each move, per kind: the rest of the actors are refused (FORBIDDEN; NOT_FOUND for a partner that cannot see the order). */
const MAY: Record<OrderKind, Record<MoveName, Actor[]>> = {
  [OrderKind.SELL_IN]: { submit: ['pm'], confirm: ['cm'], start: ['cm'], ship: ['cm'], deliver: ['cm'], cancel: ['cm', 'pm'] },
  [OrderKind.SELL_OUT]: { submit: ['pm', 'pe'], confirm: ['pm'], start: ['pm', 'pe'], ship: ['pm', 'pe'], deliver: ['pm', 'pe'], cancel: ['pm', 'pe'] },
};
const ACTORS: Actor[] = ['cm', 'analyst', 'pm', 'pe', 'foreignPm', 'distributorPm'];
const KINDS = [OrderKind.SELL_IN, OrderKind.SELL_OUT];
const STATUSES = Object.values(OrderStatus);

describe('the order lifecycle', () => {
  let app: TestApp;
  let f: ReturnType<typeof fixtures>;
  const as = {} as Record<Actor, Credentials>;
  let partnerId: string;
  let productId: string;
  let partnerManager: Viewer;

  beforeAll(async () => {
    app = await startTestApp();
    f = fixtures(app);
    const distributor = await f.givenPartner({ kind: PartnerKind.DISTRIBUTOR });
    const partner = await f.givenPartner({ parentId: distributor.id });
    const foreign = await f.givenPartner();
    partnerId = partner.id;
    productId = (await f.givenProduct()).id;
    await f.givenOffer(partnerId, productId, { stock: 100_000 });
    await f.givenBrandStock(productId, 100_000);
    const users: Record<Actor, [Role, string | null]> = {
      cm: [Role.CHANNEL_MANAGER, null], analyst: [Role.ANALYST, null], pm: [Role.PARTNER_MANAGER, partnerId], pe: [Role.PARTNER_EMPLOYEE, partnerId],
      foreignPm: [Role.PARTNER_MANAGER, foreign.id], distributorPm: [Role.PARTNER_MANAGER, distributor.id],
    };
    for (const actor of ACTORS) as[actor] = await app.signIn((await f.givenUser(...users[actor])).email);
    partnerManager = { userId: '', role: Role.PARTNER_MANAGER, email: 'pm@x', displayName: 'PM', partnerId, visiblePartnerIds: [partnerId], via: 'SESSION' };
  });
  afterAll(() => app.close());

  const stateOf = async (orderId: string) =>
    (await app.dataSource.query(`SELECT o.status, (SELECT count(*)::int FROM sales_order_event e WHERE e.order_id = o.id) AS events FROM sales_order o WHERE o.id = $1`, [orderId]))[0];

  /** A fresh order of this kind walked to `status` through the services, by the sides that make each move. */
  async function givenOrderIn(kind: OrderKind, status: OrderStatus): Promise<string> {
    const order = await f.givenOrder(partnerId, [{ productId, quantity: 1 }], { kind, submit: false });
    const lifecycle = app.services.orderLifecycle;
    const by = (brand: boolean, work: (scope: Scope) => Promise<unknown>) => app.within(brand ? SYSTEM_VIEWER : partnerManager, work);
    const brand = kind === OrderKind.SELL_IN;
    if (status === OrderStatus.CANCELLED) {
      await by(false, (s) => lifecycle.cancel(s, order.id, 'Not needed'));
      return order.id;
    }
    const path = [OrderStatus.SUBMITTED, OrderStatus.CONFIRMED, OrderStatus.IN_FULFILMENT, OrderStatus.SHIPPED, OrderStatus.DELIVERED];
    const steps: Record<string, (s: Scope) => Promise<unknown>> = {
      SUBMITTED: (s) => lifecycle.submit(s, order.id), CONFIRMED: (s) => lifecycle.confirm(s, order.id), IN_FULFILMENT: (s) => lifecycle.startFulfilment(s, order.id),
      SHIPPED: (s) => lifecycle.ship(s, order.id, 'DHL', 'JD0001'), DELIVERED: (s) => lifecycle.markDelivered(s, order.id),
    };
    for (const step of path.slice(0, path.indexOf(status) + 1)) await by(brand && step !== OrderStatus.SUBMITTED, steps[step]);
    return order.id;
  }

  // Every move from every status, by a side that may make it: the move, nothing (already there), or CONFLICT.
  const statusCases = KINDS.flatMap((kind) => (Object.keys(MOVES) as MoveName[]).flatMap((move) => STATUSES.map((status) => [kind, move, status] as const)));
  it.each(statusCases)('%s: %s from %s', async (kind, move, status) => {
    const orderId = await givenOrderIn(kind, status);
    const before = await stateOf(orderId);
    const result = await app.gql(gqlOf(move), { id: orderId }, as[MAY[kind][move][0]]);
    const { from, to } = MOVES[move];
    if (status === to) {
      expect([result.errors, answered(result)]).toEqual([undefined, to]);
      expect(await stateOf(orderId)).toEqual(before);
    } else if (from.includes(status)) {
      expect([result.errors, answered(result)]).toEqual([undefined, to]);
      expect(await stateOf(orderId)).toEqual({ status: to, events: before.events + 1 });
    } else {
      expect([codeOf(result), result.errors![0].extensions!.status]).toEqual(['CONFLICT', status]);
      expect(await stateOf(orderId)).toEqual(before);
    }
  });

  // Every move at a status it starts from, by every actor: only the sides that may make it move the order.
  const roleCases = KINDS.flatMap((kind) => (Object.keys(MOVES) as MoveName[]).flatMap((move) => ACTORS.map((actor) => [kind, move, actor] as const)));
  it.each(roleCases)('%s: %s by %s', async (kind, move, actor) => {
    const orderId = await givenOrderIn(kind, MOVES[move].from[0]);
    const before = await stateOf(orderId);
    const result = await app.gql(gqlOf(move), { id: orderId }, as[actor]);
    if (MAY[kind][move].includes(actor)) {
      expect([result.errors, (await stateOf(orderId)).status]).toEqual([undefined, MOVES[move].to]);
    } else {
      expect(codeOf(result)).toBe(actor === 'foreignPm' ? 'NOT_FOUND' : 'FORBIDDEN');
      expect(await stateOf(orderId)).toEqual(before);
    }
  });

  it('lets the ordering side cancel only before confirmation', async () => {
    const sellIn = await givenOrderIn(OrderKind.SELL_IN, OrderStatus.CONFIRMED);
    const sellOut = await givenOrderIn(OrderKind.SELL_OUT, OrderStatus.CONFIRMED);
    const cancel = gqlOf('cancel');
    expect([codeOf(await app.gql(cancel, { id: sellIn }, as.pm)), codeOf(await app.gql(cancel, { id: sellOut }, as.pe))]).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    expect([(await stateOf(sellIn)).status, (await stateOf(sellOut)).status]).toEqual(['CONFIRMED', 'CONFIRMED']);
  });

  it('records who made each step, with the shipment and the reason, and the step times on the order', async () => {
    const orderId = await givenOrderIn(OrderKind.SELL_OUT, OrderStatus.SHIPPED);
    await app.gql(gqlOf('deliver'), { id: orderId }, as.pe);
    const shipAgain = await app.gql(`mutation($id: ID!) { shipOrder(input: { orderId: $id, carrier: "UPS", trackingReference: "1Z999" }) { order { id } } }`, { id: orderId }, as.pe);
    expect([codeOf(shipAgain), shipAgain.errors![0].extensions!.status]).toEqual(['CONFLICT', 'DELIVERED']);
    const seen = await app.gql(`query($id: ID!) { order(id: $id) { status carrier trackingReference submittedAt confirmedAt fulfilmentStartedAt shippedAt deliveredAt cancelledAt
      events { action fromStatus toStatus note } } }`, { id: orderId }, as.pm);
    const order = seen.data!.order;
    expect(order.events).toEqual([
      { action: 'CREATED', fromStatus: null, toStatus: 'DRAFT', note: null },
      { action: 'SUBMITTED', fromStatus: 'DRAFT', toStatus: 'SUBMITTED', note: null },
      { action: 'CONFIRMED', fromStatus: 'SUBMITTED', toStatus: 'CONFIRMED', note: null },
      { action: 'FULFILMENT_STARTED', fromStatus: 'CONFIRMED', toStatus: 'IN_FULFILMENT', note: null },
      { action: 'SHIPPED', fromStatus: 'IN_FULFILMENT', toStatus: 'SHIPPED', note: 'DHL JD0001' },
      { action: 'DELIVERED', fromStatus: 'SHIPPED', toStatus: 'DELIVERED', note: null },
    ]);
    expect(order).toMatchObject({ status: 'DELIVERED', carrier: 'DHL', trackingReference: 'JD0001', cancelledAt: null });
    for (const step of ['submittedAt', 'confirmedAt', 'fulfilmentStartedAt', 'shippedAt', 'deliveredAt']) expect(order[step]).toEqual(expect.any(String));
  });

  it('records an invoice and its payment by the billing side, once; corrections until paid', async () => {
    const sellIn = await givenOrderIn(OrderKind.SELL_IN, OrderStatus.SUBMITTED);
    const INVOICE = `mutation($id: ID!, $n: String!, $at: DateTimeISO!, $due: DateTimeISO!) {
      recordInvoice(input: { orderId: $id, invoiceNumber: $n, invoicedAt: $at, dueAt: $due }) { order { invoiceNumber invoicedAt dueAt paidAt } } }`;
    const PAY = `mutation($id: ID!, $at: DateTimeISO!) { recordPayment(input: { orderId: $id, paidAt: $at }) { order { paidAt } } }`;
    const invoice = { id: sellIn, n: 'INV-2026-1', at: '2026-03-01T00:00:00.000Z', due: '2026-03-31T00:00:00.000Z' };
    const early = await app.gql(INVOICE, invoice, as.cm);
    expect([codeOf(early), early.errors![0].extensions!.status]).toEqual(['CONFLICT', 'SUBMITTED']);
    await app.gql(gqlOf('confirm'), { id: sellIn }, as.cm);
    expect(codeOf(await app.gql(INVOICE, invoice, as.pm))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(PAY, { id: sellIn, at: '2026-03-10T00:00:00.000Z' }, as.cm))).toBe('CONFLICT');
    const backwards = await app.gql(INVOICE, { ...invoice, due: '2026-02-01T00:00:00.000Z' }, as.cm);
    expect([codeOf(backwards), backwards.errors![0].extensions!.field]).toEqual(['BAD_USER_INPUT', 'dueAt']);
    const before = await stateOf(sellIn);
    expect((await app.gql(INVOICE, invoice, as.cm)).data!.recordInvoice.order).toEqual({
      invoiceNumber: 'INV-2026-1', invoicedAt: invoice.at, dueAt: invoice.due, paidAt: null });
    await app.gql(INVOICE, invoice, as.cm);
    expect(await stateOf(sellIn)).toEqual({ status: 'CONFIRMED', events: before.events + 1 });
    await app.gql(INVOICE, { ...invoice, n: 'INV-2026-1A' }, as.cm);
    expect((await app.gql(PAY, { id: sellIn, at: '2026-03-10T00:00:00.000Z' }, as.cm)).data!.recordPayment.order.paidAt).toBe('2026-03-10T00:00:00.000Z');
    await app.gql(PAY, { id: sellIn, at: '2026-03-10T00:00:00.000Z' }, as.cm);
    const paid = await app.gql(INVOICE, { ...invoice, n: 'INV-2026-9' }, as.cm);
    expect(codeOf(paid)).toBe('CONFLICT');
    const events = await app.dataSource.query(`SELECT action, note FROM sales_order_event WHERE order_id = $1 AND action IN ('INVOICED', 'PAID') ORDER BY id`, [sellIn]);
    expect(events).toEqual([{ action: 'INVOICED', note: 'INV-2026-1' }, { action: 'INVOICED', note: 'INV-2026-1A' }, { action: 'PAID', note: null }]);

    // A SELL_OUT order's partner bills its customer: its manager, not its employee, nor the brand.
    const sellOut = await givenOrderIn(OrderKind.SELL_OUT, OrderStatus.CONFIRMED);
    const theirs = { ...invoice, id: sellOut };
    expect([codeOf(await app.gql(INVOICE, theirs, as.pe)), codeOf(await app.gql(INVOICE, theirs, as.cm))]).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    expect((await app.gql(INVOICE, theirs, as.pm)).data!.recordInvoice.order.invoiceNumber).toBe('INV-2026-1');
  });

  it('keeps the timeline append-only and timed by PostgreSQL', async () => {
    const orderId = await givenOrderIn(OrderKind.SELL_IN, OrderStatus.SUBMITTED);
    const attempts = [
      `UPDATE sales_order_event SET note = 'rewritten' WHERE order_id = '${orderId}'`,
      `DELETE FROM sales_order_event WHERE order_id = '${orderId}'`,
      `INSERT INTO sales_order_event (order_id, partner_id, action, to_status, at) VALUES ('${orderId}', '${partnerId}', 'SUBMITTED', 'SUBMITTED', now() - interval '1 year')`,
    ];
    for (const sql of attempts) await expect(app.within(SYSTEM_VIEWER, (scope) => scope.query(sql))).rejects.toThrow(/permission denied/);
    expect(await stateOf(orderId)).toEqual({ status: 'SUBMITTED', events: 2 });
  });
});
