import { startTestApp, TestApp, codeOf, Credentials } from '../../../test/harness';
import { fixtures } from '../../../test/fixtures';
import { Role } from '../../access/role';
import { OrderKind } from './order.types';

const CONFIRM = `mutation($id: ID!) { confirmOrder(input: { orderId: $id }) { order { id status } } }`;
const CANCEL = `mutation($id: ID!) { cancelOrder(input: { orderId: $id, reason: "Customer withdrew" }) { order { id status } } }`;

describe('stock reserved by confirmed orders', () => {
  let app: TestApp;
  let f: ReturnType<typeof fixtures>;
  let cm: Credentials;

  beforeAll(async () => {
    app = await startTestApp();
    f = fixtures(app);
    cm = await app.signIn((await f.givenUser(Role.CHANNEL_MANAGER)).email);
  });
  afterAll(() => app.close());

  async function givenPartnerManager() {
    const partner = await f.givenPartner();
    return { partner, managerAs: await app.signIn((await f.givenUser(Role.PARTNER_MANAGER, partner.id)).email) };
  }
  const offerStock = async (partnerId: string, productId: string) =>
    (await app.dataSource.query(`SELECT stock FROM offer WHERE partner_id = $1 AND product_id = $2`, [partnerId, productId]))[0].stock;
  const brandStock = async (productId: string) => (await app.dataSource.query(`SELECT on_hand FROM brand_stock WHERE product_id = $1`, [productId]))[0]?.on_hand;
  const statuses = async (ids: string[]) =>
    (await app.dataSource.query(`SELECT status, count(*)::int AS n FROM sales_order WHERE id = ANY($1) GROUP BY status ORDER BY status`, [ids]));

  it('of 30 parallel confirmations competing for the last 10 units of an offer, confirms exactly 10 and leaves 0', async () => {
    const p = await givenPartnerManager();
    const product = await f.givenProduct();
    await f.givenOffer(p.partner.id, product.id, { stock: 10 });
    const orders = [];
    for (let i = 0; i < 30; i++) orders.push((await f.givenOrder(p.partner.id, [{ productId: product.id, quantity: 1 }])).id);
    const results = await Promise.all(orders.map((id) => app.gql(CONFIRM, { id }, p.managerAs)));
    expect(results.filter((r) => r.data?.confirmOrder?.order.status === 'CONFIRMED')).toHaveLength(10);
    const refused = results.filter((r) => r.errors);
    expect(refused.map(codeOf)).toEqual(Array(20).fill('CONFLICT'));
    expect(refused[0].errors![0].extensions).toMatchObject({ productId: product.id, available: 0, requested: 1 });
    expect(await offerStock(p.partner.id, product.id)).toBe(0);
    expect(await statuses(orders)).toEqual([{ status: 'CONFIRMED', n: 10 }, { status: 'SUBMITTED', n: 20 }]);
    expect((await app.dataSource.query(`SELECT count(*)::int AS n FROM sales_order_event WHERE order_id = ANY($1) AND action = 'CONFIRMED'`, [orders]))[0].n).toBe(10);
  });

  it('does the same with the brand owner\'s warehouse for SELL_IN orders', async () => {
    const p = await givenPartnerManager();
    const product = await f.givenProduct();
    await f.givenBrandStock(product.id, 10);
    const orders = [];
    for (let i = 0; i < 30; i++) orders.push((await f.givenOrder(p.partner.id, [{ productId: product.id, quantity: 1 }], { kind: OrderKind.SELL_IN })).id);
    const results = await Promise.all(orders.map((id) => app.gql(CONFIRM, { id }, cm)));
    expect(results.filter((r) => r.data?.confirmOrder?.order.status === 'CONFIRMED')).toHaveLength(10);
    expect(results.filter((r) => r.errors).map(codeOf)).toEqual(Array(20).fill('CONFLICT'));
    expect(await brandStock(product.id)).toBe(0);
    expect(await statuses(orders)).toEqual([{ status: 'CONFIRMED', n: 10 }, { status: 'SUBMITTED', n: 20 }]);
  });

  it('reserves all lines or none: a short line refuses the confirmation and moves no unit of the others', async () => {
    const p = await givenPartnerManager();
    const [plenty, scarce, absent] = [await f.givenProduct(), await f.givenProduct(), await f.givenProduct()];
    await f.givenBrandStock(plenty.id, 50);
    await f.givenBrandStock(scarce.id, 2);
    const short = await f.givenOrder(p.partner.id, [{ productId: plenty.id, quantity: 5 }, { productId: scarce.id, quantity: 3 }], { kind: OrderKind.SELL_IN });
    const refused = await app.gql(CONFIRM, { id: short.id }, cm);
    expect([codeOf(refused), refused.errors![0].extensions]).toEqual(['CONFLICT', expect.objectContaining({ productId: scarce.id, available: 2, requested: 3 })]);
    const none = await f.givenOrder(p.partner.id, [{ productId: absent.id, quantity: 1 }], { kind: OrderKind.SELL_IN });
    expect((await app.gql(CONFIRM, { id: none.id }, cm)).errors![0].extensions).toMatchObject({ code: 'CONFLICT', productId: absent.id, available: 0 });
    expect([await brandStock(plenty.id), await brandStock(scarce.id), await brandStock(absent.id)]).toEqual([50, 2, undefined]);
    expect(await statuses([short.id, none.id])).toEqual([{ status: 'SUBMITTED', n: 2 }]);
  });

  it('gives the stock back when a confirmed order is cancelled, and none when an unconfirmed one is', async () => {
    const p = await givenPartnerManager();
    const product = await f.givenProduct();
    await f.givenOffer(p.partner.id, product.id, { stock: 7 });
    await f.givenBrandStock(product.id, 7);
    const sellOut = await f.givenOrder(p.partner.id, [{ productId: product.id, quantity: 4 }]);
    const sellIn = await f.givenOrder(p.partner.id, [{ productId: product.id, quantity: 3 }], { kind: OrderKind.SELL_IN });
    const unconfirmed = await f.givenOrder(p.partner.id, [{ productId: product.id, quantity: 2 }]);
    await app.gql(CONFIRM, { id: sellOut.id }, p.managerAs);
    await app.gql(CONFIRM, { id: sellIn.id }, cm);
    expect([await offerStock(p.partner.id, product.id), await brandStock(product.id)]).toEqual([3, 4]);
    expect((await app.gql(CANCEL, { id: sellOut.id }, p.managerAs)).data!.cancelOrder.order.status).toBe('CANCELLED');
    expect((await app.gql(CANCEL, { id: sellIn.id }, cm)).data!.cancelOrder.order.status).toBe('CANCELLED');
    await app.gql(CANCEL, { id: unconfirmed.id }, p.managerAs);
    // Cancelling again records nothing and returns nothing twice.
    await app.gql(CANCEL, { id: sellIn.id }, cm);
    expect([await offerStock(p.partner.id, product.id), await brandStock(product.id)]).toEqual([7, 7]);
    const reasons = await app.dataSource.query(`SELECT cancellation_reason AS reason FROM sales_order WHERE id = ANY($1)`, [[sellIn.id, sellOut.id, unconfirmed.id]]);
    expect(reasons).toEqual(Array(3).fill({ reason: 'Customer withdrew' }));
    expect((await app.dataSource.query(`SELECT count(*)::int AS n FROM sales_order_event WHERE order_id = $1 AND action = 'CANCELLED'`, [sellIn.id]))[0].n).toBe(1);
  });

  it('lets every signed-in role read the brand\'s warehouse and only brand staff write it', async () => {
    const p = await givenPartnerManager();
    const product = await f.givenProduct();
    await f.givenBrandStock(product.id, 5);
    const manager = { userId: '', role: Role.PARTNER_MANAGER, email: 'x', displayName: 'x', partnerId: p.partner.id, visiblePartnerIds: [p.partner.id], via: 'SESSION' as const };
    const analyst = { ...manager, role: Role.ANALYST, partnerId: null, visiblePartnerIds: 'ALL' as const };
    for (const viewer of [manager, analyst]) {
      const seen = await app.within(viewer, async (scope) => ({
        read: await scope.query(`SELECT on_hand AS "onHand" FROM brand_stock WHERE product_id = $1`, [product.id]),
        updated: (await scope.execute(`UPDATE brand_stock SET on_hand = 500 WHERE product_id = $1`, [product.id])).affected,
      }));
      expect(seen).toEqual({ read: [{ onHand: 5 }], updated: 0 });
      const unstocked = (await f.givenProduct()).id;
      await expect(app.within(viewer, (scope) => scope.query(`INSERT INTO brand_stock (product_id, on_hand) VALUES ($1, 1)`, [unstocked])))
        .rejects.toThrow(/row-level security/);
    }
    expect(await brandStock(product.id)).toBe(5);
  });
});
