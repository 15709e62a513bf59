import { startTestApp, TestApp } from '../../../test/harness';
import { fixtures } from '../../../test/fixtures';
import { Role } from '../../access/role';

/* Orders with their partner, lines and the lines' products, and their timeline with its actors: the same statements at 3 orders and at 50. */
const ORDERS = `{ orders(first: 50) { totalCount edges { node { id number gross { amount } partner { id name } customer { email }
  lines { quantity unitPrice { amount } lineNet { amount } product { id sku } } events { action at actor { id } } } } } }`;

describe('statements of the nested orders list', () => {
  let app: TestApp;
  let f: ReturnType<typeof fixtures>;

  beforeAll(async () => {
    app = await startTestApp();
    f = fixtures(app);
  });
  afterAll(() => app.close());

  /** A partner's manager and `size` orders of its own, each for two of its four products, submitted by the manager. */
  async function givenOrders(size: number) {
    const partner = await f.givenPartner();
    const products = [];
    for (let i = 0; i < 4; i++) {
      const product = await f.givenProduct();
      await f.givenOffer(partner.id, product.id);
      products.push(product.id);
    }
    const manager = await app.signIn((await f.givenUser(Role.PARTNER_MANAGER, partner.id)).email);
    for (let i = 0; i < size; i++) {
      const order = await f.givenOrder(partner.id, [{ productId: products[i % 4], quantity: 1 }, { productId: products[(i + 1) % 4], quantity: 2 }], { submit: false });
      // Submitted by the signed-in manager, so that each timeline has a user to load.
      expect((await app.gql(`mutation($id: ID!) { submitOrder(input: { orderId: $id }) { order { status } } }`, { id: order.id }, manager)).errors).toBeUndefined();
    }
    return manager;
  }

  it('takes 7 statements for 3 orders and for 50', async () => {
    const [few, many] = [await givenOrders(3), await givenOrders(50)];
    const small = await app.gql(ORDERS, {}, few);
    const large = await app.gql(ORDERS, {}, many);
    expect([small.errors, large.errors]).toEqual([undefined, undefined]);
    expect([small.data!.orders.totalCount, large.data!.orders.totalCount]).toEqual([3, 50]);
    const nodes = large.data!.orders.edges.map((e: { node: unknown }) => e.node);
    expect(nodes.flatMap((n: { lines: { product: { id: string } }[] }) => n.lines.map((l) => l.product.id))).toHaveLength(100);
    expect(nodes.map((n: { events: { action: string; actor: { id: string } | null }[] }) => n.events.map((e) => [e.action, Boolean(e.actor)])))
      .toEqual(Array(50).fill([['CREATED', false], ['SUBMITTED', true]]));
    // page, count, then one each: partner, lines, products, timeline, its actors
    expect([small.statements, large.statements]).toEqual([7, 7]);
  });
});
