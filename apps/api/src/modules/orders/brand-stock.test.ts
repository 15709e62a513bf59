import { startTestApp, TestApp, codeOf, Credentials } from '../../../test/harness';
import { fixtures } from '../../../test/fixtures';
import { Role } from '../../access/role';
import { OrderKind } from './order.types';

const SET = `mutation($productId: ID!, $onHand: Int!) { setBrandStock(input: { productId: $productId, onHand: $onHand }) { stock { productId onHand updatedAt } } }`;
const READ = `query($id: ID!) { product(id: $id) { id brandStock { productId onHand updatedAt } } }`;
const CONFIRM = `mutation($id: ID!) { confirmOrder(input: { orderId: $id }) { order { id status } } }`;

describe("the brand warehouse's stock", () => {
  let app: TestApp;
  let f: ReturnType<typeof fixtures>;
  let cm: Credentials;
  let analyst: Credentials;

  beforeAll(async () => {
    app = await startTestApp();
    f = fixtures(app);
    cm = await app.signIn((await f.givenUser(Role.CHANNEL_MANAGER)).email);
    analyst = await app.signIn((await f.givenUser(Role.ANALYST)).email);
  });
  afterAll(() => app.close());

  const row = async (productId: string) =>
    (await app.dataSource.query(`SELECT on_hand AS "onHand", updated_at AS "updatedAt" FROM brand_stock WHERE product_id = $1`, [productId]))[0];

  it('reads as 0 units, never set, for a product never stocked; a channel manager sets the counted level and everyone reads it', async () => {
    const product = await f.givenProduct();
    const partner = await f.givenPartner();
    const employee = await app.signIn((await f.givenUser(Role.PARTNER_EMPLOYEE, partner.id)).email);
    expect((await app.gql(READ, { id: product.id }, employee)).data).toEqual({ product: { id: product.id, brandStock: { productId: product.id, onHand: 0, updatedAt: null } } });
    const set = await app.gql(SET, { productId: product.id, onHand: 40 }, cm);
    expect(set.errors).toBeUndefined();
    const stored = await row(product.id);
    expect(stored.onHand).toBe(40);
    expect(set.data!.setBrandStock.stock).toEqual({ productId: product.id, onHand: 40, updatedAt: stored.updatedAt.toISOString() });
    for (const who of [employee, analyst, cm]) {
      expect((await app.gql(READ, { id: product.id }, who)).data!.product.brandStock).toEqual({ productId: product.id, onHand: 40, updatedAt: stored.updatedAt.toISOString() });
    }
  });

  it('changes nothing, not even the time, when the same level is set again', async () => {
    const product = await f.givenProduct();
    await app.gql(SET, { productId: product.id, onHand: 5 }, cm);
    const before = await row(product.id);
    const again = await app.gql(SET, { productId: product.id, onHand: 5 }, cm);
    expect(again.data!.setBrandStock.stock).toEqual({ productId: product.id, onHand: 5, updatedAt: before.updatedAt.toISOString() });
    expect(await row(product.id)).toEqual(before);
  });

  it('refuses partners and analysts, bad levels and unknown products, and changes nothing', async () => {
    const product = await f.givenProduct();
    await f.givenBrandStock(product.id, 7);
    const partner = await f.givenPartner();
    const manager = await app.signIn((await f.givenUser(Role.PARTNER_MANAGER, partner.id)).email);
    expect(codeOf(await app.gql(SET, { productId: product.id, onHand: 1 }, manager))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(SET, { productId: product.id, onHand: 1 }, analyst))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(SET, { productId: product.id, onHand: 1 }, {}))).toBe('UNAUTHENTICATED');
    const negative = await app.gql(SET, { productId: product.id, onHand: -1 }, cm);
    expect([codeOf(negative), negative.errors![0].extensions!.field]).toEqual(['BAD_USER_INPUT', 'onHand']);
    const huge = await app.gql(SET, { productId: product.id, onHand: 1_000_000_001 }, cm);
    expect([codeOf(huge), huge.errors![0].extensions!.field]).toEqual(['BAD_USER_INPUT', 'onHand']);
    const unknown = await app.gql(SET, { productId: '00000000-0000-4000-8000-00000000abcd', onHand: 1 }, cm);
    expect(codeOf(unknown)).toBe('NOT_FOUND');
    expect((await row(product.id)).onHand).toBe(7);
    expect(await row('00000000-0000-4000-8000-00000000abcd')).toBeUndefined();
  });

  it('is what sell-in confirmations draw on: a level set here lets exactly that many units be confirmed', async () => {
    const product = await f.givenProduct();
    const partner = await f.givenPartner();
    await app.gql(SET, { productId: product.id, onHand: 3 }, cm);
    const orders = [];
    for (let i = 0; i < 5; i++) orders.push((await f.givenOrder(partner.id, [{ productId: product.id, quantity: 1 }], { kind: OrderKind.SELL_IN })).id);
    const results = await Promise.all(orders.map((id) => app.gql(CONFIRM, { id }, cm)));
    expect(results.filter((r) => r.data?.confirmOrder?.order.status === 'CONFIRMED')).toHaveLength(3);
    expect(results.filter((r) => r.errors).map(codeOf)).toEqual(['CONFLICT', 'CONFLICT']);
    expect((await app.gql(READ, { id: product.id }, cm)).data!.product.brandStock.onHand).toBe(0);
  });

  it('reads the levels of a page of products in one statement', async () => {
    const products = [await f.givenProduct(), await f.givenProduct(), await f.givenProduct()];
    await f.givenBrandStock(products[0].id, 2);
    await f.givenBrandStock(products[2].id, 9);
    const page = (fields: string) => app.gql(`query { products(first: 100) { edges { node { id ${fields} } } } }`, {}, cm);
    const [without, withStock] = [await page(''), await page('brandStock { onHand }')];
    const levels = new Map(withStock.data!.products.edges.map((e: { node: { id: string; brandStock: { onHand: number } } }) => [e.node.id, e.node.brandStock.onHand]));
    expect(products.map((p) => levels.get(p.id))).toEqual([2, 0, 9]);
    expect(withStock.data!.products.edges.length).toBeGreaterThanOrEqual(3);
    expect(withStock.statements).toBe(without.statements + 1);
  });
});
