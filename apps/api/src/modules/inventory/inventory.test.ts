import { startTestApp, TestApp, codeOf, Credentials } from '../../../test/harness';
import { fixtures } from '../../../test/fixtures';
import { Role } from '../../access/role';
import { PartnerKind } from '../partners/partner.entity';

const REPORT = `mutation($input: ReportInventoryInput!) { reportInventory(input: $input) { report { changedCount unchangedCount } } }`;
const IMPORT = `mutation($input: ImportInventoryInput!) { importInventory(input: $input) { report { changedCount unchangedCount } } }`;
const LEVELS = `query($partnerId: ID, $productId: ID, $after: String, $first: Int!) {
  inventory(partnerId: $partnerId, productId: $productId, after: $after, first: $first) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { partnerId productId countedOn onHand partner { id } product { id sku } } } } }`;

describe("partners' stock counts", () => {
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

  async function givenPartnerPeople(kind = PartnerKind.DEALER, parentId?: string) {
    const partner = await f.givenPartner({ kind, ...(parentId ? { parentId } : {}) });
    return {
      partner,
      manager: await app.signIn((await f.givenUser(Role.PARTNER_MANAGER, partner.id)).email),
      employee: await app.signIn((await f.givenUser(Role.PARTNER_EMPLOYEE, partner.id)).email),
    };
  }
  const rows = async (partnerId: string) => app.dataSource.query(
    `SELECT product_id AS "productId", to_char(counted_on, 'YYYY-MM-DD') AS day, on_hand AS "onHand", reported_at AS "reportedAt"
       FROM inventory_snapshot WHERE partner_id = $1 ORDER BY product_id, counted_on`, [partnerId]);

  it('records a count per product and day; the latest day is the level; the same count again writes nothing', async () => {
    const p = await givenPartnerPeople();
    const [a, b] = [await f.givenProduct(), await f.givenProduct()];
    const report = (countedOn: string, lines: { productId: string; onHand: number }[], who = p.employee) =>
      app.gql(REPORT, { input: { partnerId: p.partner.id, countedOn, lines } }, who);
    expect((await report('2026-11-01', [{ productId: a.id, onHand: 12 }, { productId: b.id, onHand: 0 }])).data!.reportInventory.report).toEqual({ changedCount: 2, unchangedCount: 0 });
    expect((await report('2026-11-20', [{ productId: a.id, onHand: 7 }], p.manager)).data!.reportInventory.report).toEqual({ changedCount: 1, unchangedCount: 0 });
    const before = await rows(p.partner.id);
    expect((await report('2026-11-20', [{ productId: a.id, onHand: 7 }])).data!.reportInventory.report).toEqual({ changedCount: 0, unchangedCount: 1 });
    expect(await rows(p.partner.id)).toEqual(before);
    // A correction of the same day replaces that day's count.
    expect((await report('2026-11-20', [{ productId: a.id, onHand: 9 }])).data!.reportInventory.report).toEqual({ changedCount: 1, unchangedCount: 0 });
    const levels = (await app.gql(LEVELS, { partnerId: p.partner.id, first: 10 }, p.employee)).data!.inventory;
    expect(levels.totalCount).toBe(2);
    expect(levels.edges.map((e: { node: { productId: string; countedOn: string; onHand: number } }) => [e.node.productId, e.node.countedOn, e.node.onHand]))
      .toEqual([[a.id, '2026-11-20', 9], [b.id, '2026-11-01', 0]].sort((x, y) => (x[0] < y[0] ? -1 : 1)));
    expect((await rows(p.partner.id)).map((r: { day: string; onHand: number }) => [r.day, r.onHand]).sort()).toEqual([['2026-11-01', 0], ['2026-11-01', 12], ['2026-11-20', 9]]);
  });

  it('imports a CSV count, all rows or none, each bad row named with its line', async () => {
    const p = await givenPartnerPeople();
    const [a, b] = [await f.givenProduct(), await f.givenProduct()];
    const bad = await app.gql(IMPORT, { input: { partnerId: p.partner.id, countedOn: '2026-11-02', csv: `sku,on_hand\n${a.sku},5\nNOPE-1,3\n${b.sku},-2\n${a.sku},1\n` } }, p.manager);
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].extensions!.errors).toEqual([
      { line: 3, field: 'sku', reason: 'names no product of the catalog: NOPE-1' },
      { line: 4, field: 'on_hand', reason: 'must be a whole number from 0 to 1000000000' },
      { line: 5, field: 'sku', reason: 'is counted already on line 2' },
    ]);
    expect(await rows(p.partner.id)).toEqual([]);
    const header = await app.gql(IMPORT, { input: { partnerId: p.partner.id, countedOn: '2026-11-02', csv: `sku,stock\n${a.sku},5\n` } }, p.manager);
    expect(header.errors![0].extensions!.errors).toEqual([
      { line: 1, field: 'on_hand', reason: 'column is missing from the header' },
      { line: 1, field: 'stock', reason: 'is not a column Trellis knows (sku, on_hand)' },
    ]);
    const good = await app.gql(IMPORT, { input: { partnerId: p.partner.id, countedOn: '2026-11-02', csv: `\ufeffSKU,On_Hand\r\n${a.sku},5\r\n${b.sku},0\r\n` } }, p.employee);
    expect(good.data!.importInventory.report).toEqual({ changedCount: 2, unchangedCount: 0 });
    expect((await rows(p.partner.id)).map((r: { productId: string; onHand: number }) => r.onHand).sort()).toEqual([0, 5]);
  });

  it('refuses bad days, repeated and unknown products, and roles that do not report; nothing is written', async () => {
    const p = await givenPartnerPeople();
    const product = await f.givenProduct();
    const report = (input: Record<string, unknown>, who: Credentials = p.manager) =>
      app.gql(REPORT, { input: { partnerId: p.partner.id, countedOn: '2026-11-01', lines: [{ productId: product.id, onHand: 1 }], ...input } }, who);
    const fieldOf = (r: Awaited<ReturnType<typeof report>>) => [codeOf(r), r.errors![0].extensions!.field];
    const tomorrowPlusOne = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    expect(fieldOf(await report({ countedOn: '2026-02-30' }))).toEqual(['BAD_USER_INPUT', 'countedOn']);
    expect(fieldOf(await report({ countedOn: '26-11-01' }))).toEqual(['BAD_USER_INPUT', 'countedOn']);
    expect(fieldOf(await report({ countedOn: '1999-12-31' }))).toEqual(['BAD_USER_INPUT', 'countedOn']);
    expect(fieldOf(await report({ countedOn: tomorrowPlusOne }))).toEqual(['BAD_USER_INPUT', 'countedOn']);
    expect(fieldOf(await report({ lines: [] }))).toEqual(['BAD_USER_INPUT', 'lines']);
    expect(fieldOf(await report({ lines: [{ productId: product.id, onHand: -1 }] }))).toEqual(['BAD_USER_INPUT', 'lines.0.onHand']);
    expect(fieldOf(await report({ lines: [{ productId: product.id, onHand: 1 }, { productId: product.id, onHand: 2 }] }))).toEqual(['BAD_USER_INPUT', 'lines.1.productId']);
    expect(fieldOf(await report({ lines: [{ productId: '00000000-0000-4000-8000-0000000000aa', onHand: 2 }] }))).toEqual(['BAD_USER_INPUT', 'lines.0.productId']);
    expect(codeOf(await report({}, analyst))).toBe('FORBIDDEN');
    expect(codeOf(await report({}, {}))).toBe('UNAUTHENTICATED');
    expect(await rows(p.partner.id)).toEqual([]);
    // Brand staff who write may report on a partner's behalf.
    expect((await report({}, cm)).data!.reportInventory.report).toEqual({ changedCount: 1, unchangedCount: 0 });
  });

  it("keeps each partner's counts to those who may see it: its own people and a distributor's, and brand staff", async () => {
    const distributor = await givenPartnerPeople(PartnerKind.DISTRIBUTOR);
    const reseller = await givenPartnerPeople(PartnerKind.RESELLER, distributor.partner.id);
    const stranger = await givenPartnerPeople();
    const product = await f.givenProduct();
    for (const [who, onHand] of [[distributor, 10], [reseller, 20], [stranger, 30]] as const) {
      const r = await app.gql(REPORT, { input: { partnerId: who.partner.id, countedOn: '2026-11-03', lines: [{ productId: product.id, onHand }] } }, who.employee);
      expect(r.errors).toBeUndefined();
    }
    const seen = async (who: Credentials) => ((await app.gql(LEVELS, { productId: product.id, first: 100 }, who)).data!.inventory.edges as { node: { partnerId: string; onHand: number } }[])
      .map((e) => e.node.onHand).sort((x, y) => x - y);
    expect(await seen(distributor.manager)).toEqual([10, 20]);
    expect(await seen(reseller.employee)).toEqual([20]);
    expect(await seen(stranger.manager)).toEqual([30]);
    expect(await seen(cm)).toEqual([10, 20, 30]);
    expect(await seen(analyst)).toEqual([10, 20, 30]);
    // Reporting for a partner one may not see answers as if it did not exist, and writes nothing.
    const spy = await app.gql(REPORT, { input: { partnerId: stranger.partner.id, countedOn: '2026-11-03', lines: [{ productId: product.id, onHand: 99 }] } }, reseller.manager);
    expect(codeOf(spy)).toBe('NOT_FOUND');
    expect((await rows(stranger.partner.id)).map((r: { onHand: number }) => r.onHand)).toEqual([30]);
  });

  it('pages the channel by partner and product with cursors, and refuses a forged one', async () => {
    const p = await givenPartnerPeople();
    const products = [await f.givenProduct(), await f.givenProduct(), await f.givenProduct()];
    await app.gql(REPORT, { input: { partnerId: p.partner.id, countedOn: '2026-11-04', lines: products.map((x, i) => ({ productId: x.id, onHand: i })) } }, p.manager);
    const first = (await app.gql(LEVELS, { partnerId: p.partner.id, first: 2 }, cm)).data!.inventory;
    const rest = (await app.gql(LEVELS, { partnerId: p.partner.id, first: 2, after: first.pageInfo.endCursor }, cm)).data!.inventory;
    expect([first.pageInfo.hasNextPage, rest.pageInfo.hasNextPage, first.totalCount]).toEqual([true, false, 3]);
    expect([...first.edges, ...rest.edges].map((e: { node: { productId: string } }) => e.node.productId)).toEqual(products.map((x) => x.id).sort());
    const forged = await app.gql(LEVELS, { partnerId: p.partner.id, first: 2, after: Buffer.from(JSON.stringify(['x', 1])).toString('base64url') }, cm);
    expect([codeOf(forged), forged.errors![0].extensions!.field]).toEqual(['BAD_USER_INPUT', 'after']);
  });
});
