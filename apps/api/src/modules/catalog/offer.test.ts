import type { ImportOffersInput, SaveOfferInput } from '@trellis/schema';
import { startTestApp, TestApp, codeOf, Credentials } from '../../../test/harness';
import { fixtures } from '../../../test/fixtures';
import { Role } from '../../access/role';
import { PartnerKind } from '../partners/partner.entity';

const SAVE = `mutation($input: SaveOfferInput!) { saveOffer(input: $input) { offer { productId stock deliveryDays partnerSku offered price { amount currency } } } }`;
const IMPORT = `mutation($input: ImportOffersInput!) { importOffers(input: $input) { result { createdCount updatedCount } } }`;
const LIST = `query($partnerId: ID!, $search: String, $after: String) { offers(partnerId: $partnerId, first: 2, search: $search, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { product { sku } stock price { amount } } } } }`;
// Variables typed by the schema's inputs: a test that sends a field the schema lacks does not compile.
const save = (input: SaveOfferInput) => ({ input });
const importing = (input: ImportOffersInput) => ({ input });

describe('partner offers', () => {
  let app: TestApp;
  let f: ReturnType<typeof fixtures>;
  const ids: Record<string, string> = {};
  const as: Record<string, Credentials> = {};

  beforeAll(async () => {
    app = await startTestApp();
    f = fixtures(app);
    for (const [sku, name] of [['S-1', 'Saw blade'], ['S-2', 'Sander'], ['S-3', 'Screwdriver']]) {
      ids[sku] = (await f.givenProduct({ sku, name, listPrice: '10.00' })).id;
    }
    const own = await f.givenPartner({ kind: PartnerKind.DISTRIBUTOR });
    const child = await f.givenPartner({ parentId: own.id });
    const other = await f.givenPartner();
    Object.assign(ids, { own: own.id, child: child.id, other: other.id });
    as.own = await app.signIn((await f.givenUser(Role.PARTNER_MANAGER, own.id)).email);
    as.ownEmployee = await app.signIn((await f.givenUser(Role.PARTNER_EMPLOYEE, own.id)).email);
    as.other = await app.signIn((await f.givenUser(Role.PARTNER_MANAGER, other.id)).email);
    as.cm = await app.signIn((await f.givenUser(Role.CHANNEL_MANAGER)).email);
  });
  afterAll(() => app.close());

  it("lets a partner manager keep its own partner's offers", async () => {
    const saved = await app.gql(SAVE, save({ partnerId: ids.own, productId: ids['S-1'], price: { amount: '8.50', currency: 'PLN' }, stock: 12, deliveryDays: 2, partnerSku: 'B-77' }), as.own);
    expect(saved.data!.saveOffer.offer).toEqual({ productId: ids['S-1'], stock: 12, deliveryDays: 2, partnerSku: 'B-77', offered: true, price: { amount: '8.50', currency: 'PLN' } });
    const changed = await app.gql(SAVE, save({ partnerId: ids.own, productId: ids['S-1'], price: { amount: '9', currency: 'PLN' }, stock: 0, deliveryDays: 5, offered: false }), as.own);
    expect(changed.data!.saveOffer.offer).toMatchObject({ stock: 0, offered: false, price: { amount: '9.00' } });
  });

  it("never lets a partner write another partner's offers; a distributor reads its reseller's but may not write them", async () => {
    const input = (partnerId: string) => save({ partnerId, productId: ids['S-2'], price: { amount: '1', currency: 'EUR' }, stock: 1, deliveryDays: 1 });
    expect(codeOf(await app.gql(SAVE, input(ids.own), as.other))).toBe('NOT_FOUND');
    expect(codeOf(await app.gql(IMPORT, importing({ partnerId: ids.own, csv: 'sku,price,currency\nS-2,1.00,EUR' }), as.other))).toBe('NOT_FOUND');
    expect(codeOf(await app.gql(LIST, { partnerId: ids.own }, as.other))).toBe('NOT_FOUND');
    expect(codeOf(await app.gql(SAVE, input(ids.child), as.own))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(SAVE, input(ids.own), as.ownEmployee))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(SAVE, input(ids.own), as.cm))).toBe('FORBIDDEN');
    expect((await app.gql(LIST, { partnerId: ids.child }, as.own)).data!.offers.totalCount).toBe(0);
    const rows = await app.dataSource.query(`SELECT partner_id FROM offer WHERE product_id = $1`, [ids['S-2']]);
    expect(rows).toEqual([]);
  });

  it('imports offers from CSV all or nothing, naming every bad row', async () => {
    const bad = await app.gql(IMPORT, importing({ partnerId: ids.own, csv: 'sku,price,currency,stock,delivery_days,offered\nS-2,5.00,EUR,3,1,true\nNOPE,1.00,EUR,1,1,true\nS-3,abc,EUR,-1,400,maybe\nS-2,6.00,EUR,1,1,' }), as.own);
    expect(bad.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'csv',
      errors: [
        { line: 3, field: 'sku', reason: 'is not in the catalog (NOPE)' },
        { line: 4, field: 'price', reason: 'must be an amount with at most two decimals, like 1249.00' },
        { line: 4, field: 'stock', reason: 'must be a whole number from 0 to 10000000' },
        { line: 4, field: 'delivery_days', reason: 'must be a whole number of days from 0 to 365' },
        { line: 4, field: 'offered', reason: 'must be true or false' },
        { line: 5, field: 'sku', reason: 'repeats the SKU of line 2' },
      ],
    });
    expect(await app.dataSource.query(`SELECT product_id FROM offer WHERE partner_id = $1 AND product_id <> $2`, [ids.own, ids['S-1']])).toEqual([]);
    const ok = await app.gql(IMPORT, importing({ partnerId: ids.own, csv: 'sku,price,currency,stock,delivery_days\nS-1,7.00,PLN,4,3\nS-2,5.00,PLN,3,1\nS-3,2.50,PLN,0,9' }), as.own);
    expect(ok.data!.importOffers.result).toEqual({ createdCount: 2, updatedCount: 1 });
  });

  it('changes only the columns a file has: a price-only file keeps stock, delivery, article number and withdrawal', async () => {
    await app.gql(SAVE, save({ partnerId: ids.own, productId: ids['S-3'], price: { amount: '3', currency: 'PLN' }, stock: 50, deliveryDays: 9, partnerSku: 'AC-3', offered: false }), as.own);
    const result = await app.gql(IMPORT, importing({ partnerId: ids.own, csv: 'sku,price,currency\nS-3,2.00,PLN' }), as.own);
    expect(result.data!.importOffers.result).toEqual({ createdCount: 0, updatedCount: 1 });
    const [row] = await app.dataSource.query(`SELECT price, stock, delivery_days, partner_sku, offered FROM offer WHERE partner_id = $1 AND product_id = $2`, [ids.own, ids['S-3']]);
    expect(row).toEqual({ price: '200', stock: 50, delivery_days: 9, partner_sku: 'AC-3', offered: false });
    await app.gql(SAVE, save({ partnerId: ids.own, productId: ids['S-3'], price: { amount: '2.50', currency: 'PLN' }, stock: 0, deliveryDays: 9, offered: true }), as.own);
  });

  it('lists offers by product name (Sander, Saw blade, Screwdriver) with search and cursor pages', async () => {
    const page1 = (await app.gql(LIST, { partnerId: ids.own }, as.ownEmployee)).data!.offers;
    expect(page1.totalCount).toBe(3);
    expect(page1.edges.map((e: { node: { product: { sku: string } } }) => e.node.product.sku)).toEqual(['S-2', 'S-1']);
    const page2 = (await app.gql(LIST, { partnerId: ids.own, after: page1.pageInfo.endCursor }, as.ownEmployee)).data!.offers;
    expect(page2.edges.map((e: { node: { product: { sku: string } } }) => e.node.product.sku)).toEqual(['S-3']);
    const searched = (await app.gql(LIST, { partnerId: ids.own, search: 'sand' }, as.cm)).data!.offers;
    expect(searched.edges.map((e: { node: { stock: number } }) => e.node.stock)).toEqual([3]);
  });
});
