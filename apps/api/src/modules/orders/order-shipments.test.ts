import { startTestApp, TestApp, codeOf, Credentials } from '../../../test/harness';
import { fixtures } from '../../../test/fixtures';
import { Role } from '../../access/role';

const SHIP = `mutation($id: ID!, $tracking: String!, $lines: [ShipmentLineInput!]) {
  shipOrder(input: { orderId: $id, carrier: "DPD", trackingReference: $tracking, lines: $lines }) { order { id status } } }`;
const DELIVER_PARCEL = `mutation($id: ID!) { markShipmentDelivered(input: { shipmentId: $id }) { order { id status } } }`;
const READ = `query($id: ID!) { order(id: $id) { status carrier trackingReference shippedAt deliveredAt lines { product { id } quantity shippedQuantity }
  shipments { id carrier trackingReference deliveredAt lines { product { id } quantity } } events { action toStatus note } } }`;

describe('orders shipped in parcels', () => {
  let app: TestApp;
  let f: ReturnType<typeof fixtures>;
  let pm: Credentials;
  let partnerId: string;
  let products: { id: string }[];

  beforeAll(async () => {
    app = await startTestApp();
    f = fixtures(app);
    partnerId = (await f.givenPartner()).id;
    pm = await app.signIn((await f.givenUser(Role.PARTNER_MANAGER, partnerId)).email);
    products = [await f.givenProduct(), await f.givenProduct()];
    for (const p of products) await f.givenOffer(partnerId, p.id, { stock: 1000 });
  });
  afterAll(() => app.close());

  /** A SELL_OUT order of 3 of the first product and 2 of the second, confirmed and in fulfilment. */
  async function orderInFulfilment(quantities = [3, 2]): Promise<string> {
    const { id } = await f.givenOrder(partnerId, products.map((p, i) => ({ productId: p.id, quantity: quantities[i] })));
    for (const move of ['confirmOrder', 'startFulfilment']) {
      const r = await app.gql(`mutation($id: ID!) { ${move}(input: { orderId: $id }) { order { status } } }`, { id }, pm);
      expect(r.errors).toBeUndefined();
    }
    return id;
  }
  const read = async (id: string) => (await app.gql(READ, { id }, pm)).data!.order;
  const shipped = (order: { lines: { quantity: number; shippedQuantity: number }[] }) => order.lines.map((l) => [l.quantity, l.shippedQuantity]);

  it('stays IN_FULFILMENT until every unit is in a parcel, then is SHIPPED; DELIVERED with its last parcel', async () => {
    const id = await orderInFulfilment();
    const first = await app.gql(SHIP, { id, tracking: 'P-1', lines: [{ productId: products[0].id, quantity: 2 }] }, pm);
    expect(first.data!.shipOrder.order.status).toBe('IN_FULFILMENT');
    let order = await read(id);
    expect([shipped(order), order.shipments.map((s: { trackingReference: string }) => s.trackingReference), order.shippedAt]).toEqual([[[3, 2], [2, 0]], ['P-1'], null]);
    // More than is left of a line is refused, naming the line; nothing is written.
    const over = await app.gql(SHIP, { id, tracking: 'P-2', lines: [{ productId: products[0].id, quantity: 2 }] }, pm);
    expect([codeOf(over), over.errors![0].extensions!.field, over.errors![0].extensions!.reason]).toEqual(['BAD_USER_INPUT', 'lines.0.quantity', 'is more than the 1 unit(s) not shipped yet']);
    const stranger = await f.givenProduct();
    const foreign = await app.gql(SHIP, { id, tracking: 'P-2', lines: [{ productId: stranger.id, quantity: 1 }] }, pm);
    expect([codeOf(foreign), foreign.errors![0].extensions!.field]).toEqual(['BAD_USER_INPUT', 'lines.0.productId']);
    // The same parcel again changes nothing.
    expect((await app.gql(SHIP, { id, tracking: 'P-1', lines: [{ productId: products[0].id, quantity: 2 }] }, pm)).data!.shipOrder.order.status).toBe('IN_FULFILMENT');
    expect((await read(id)).shipments).toHaveLength(1);
    // Without lines: everything not shipped yet.
    expect((await app.gql(SHIP, { id, tracking: 'P-2' }, pm)).data!.shipOrder.order.status).toBe('SHIPPED');
    order = await read(id);
    expect([shipped(order), order.carrier, order.trackingReference, typeof order.shippedAt]).toEqual([[[3, 3], [2, 2]], 'DPD', 'P-2', 'string']);
    expect(order.shipments[1].lines).toEqual([{ product: { id: products[0].id }, quantity: 1 }, { product: { id: products[1].id }, quantity: 2 }]
      .sort((a, b) => (a.product.id < b.product.id ? -1 : 1)));
    const [p1, p2] = order.shipments.map((s: { id: string }) => s.id);
    expect((await app.gql(DELIVER_PARCEL, { id: p1 }, pm)).data!.markShipmentDelivered.order.status).toBe('SHIPPED');
    expect((await app.gql(DELIVER_PARCEL, { id: p1 }, pm)).data!.markShipmentDelivered.order.status).toBe('SHIPPED');
    expect((await app.gql(DELIVER_PARCEL, { id: p2 }, pm)).data!.markShipmentDelivered.order.status).toBe('DELIVERED');
    order = await read(id);
    expect(order.shipments.every((s: { deliveredAt: string | null }) => typeof s.deliveredAt === 'string')).toBe(true);
    expect(order.events.map((e: { action: string; toStatus: string; note: string | null }) => `${e.action} ${e.toStatus} ${e.note ?? ''}`.trim()).slice(-4)).toEqual([
      'SHIPPED IN_FULFILMENT DPD P-1 (part)', 'SHIPPED SHIPPED DPD P-2', 'DELIVERED SHIPPED DPD P-1 (part)', 'DELIVERED DELIVERED DPD P-2',
    ]);
  });

  it('delivers every parcel with the order when markDelivered is used', async () => {
    const id = await orderInFulfilment();
    await app.gql(SHIP, { id, tracking: 'Q-1', lines: [{ productId: products[1].id, quantity: 2 }] }, pm);
    await app.gql(SHIP, { id, tracking: 'Q-2' }, pm);
    expect((await app.gql(`mutation($id: ID!) { markDelivered(input: { orderId: $id }) { order { status } } }`, { id }, pm)).data!.markDelivered.order.status).toBe('DELIVERED');
    expect((await read(id)).shipments.map((s: { deliveredAt: string | null }) => s.deliveredAt !== null)).toEqual([true, true]);
  });

  it('never ships more than was ordered: of 12 parallel one-unit parcels of a 5-unit line, exactly 5 go', async () => {
    const id = await orderInFulfilment([5, 1]);
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) =>
      app.gql(SHIP, { id, tracking: `R-${i}`, lines: [{ productId: products[0].id, quantity: 1 }] }, pm)));
    expect(results.filter((r) => !r.errors)).toHaveLength(5);
    expect(results.filter((r) => r.errors).map((r) => r.errors![0].extensions!.field)).toEqual(Array(7).fill('lines.0.quantity'));
    const order = await read(id);
    expect([order.status, shipped(order), order.shipments.length]).toEqual(['IN_FULFILMENT', [[5, 5], [1, 0]], 5]);
  });

  it("keeps parcels to those who may see the order", async () => {
    const id = await orderInFulfilment();
    await app.gql(SHIP, { id, tracking: 'S-1' }, pm);
    const [parcel] = (await read(id)).shipments;
    const stranger = await app.signIn((await f.givenUser(Role.PARTNER_MANAGER, (await f.givenPartner()).id)).email);
    expect(codeOf(await app.gql(DELIVER_PARCEL, { id: parcel.id }, stranger))).toBe('NOT_FOUND');
    expect((await read(id)).shipments[0].deliveredAt).toBeNull();
  });
});
