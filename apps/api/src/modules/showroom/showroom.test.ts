import { startTestApp, TestApp, codeOf, Credentials } from '../../../test/harness';
import { fixtures } from '../../../test/fixtures';
import { Role } from '../../access/role';
import { PartnerStatus } from '../partners/partner.entity';

const SEARCH = `query($slug: String, $query: String, $categoryId: ID, $minPrice: String, $maxPrice: String, $inStockOnly: Boolean, $sort: ShowroomSort, $first: Int, $after: String) {
  showroomSearch(slug: $slug, query: $query, categoryId: $categoryId, minPrice: $minPrice, maxPrice: $maxPrice, inStockOnly: $inStockOnly, sort: $sort, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { sku name price { amount currency } stock deliveryDays available partnerSku imageUrl } }
    facets { code count } priceRange { min { amount } max { amount } }
  } }`;

describe('the public showroom', () => {
  let app: TestApp;
  let f: ReturnType<typeof fixtures>;
  const ids: Record<string, string> = {};
  let pm: Credentials;

  const sql = (text: string, params: unknown[] = []) => app.dataSource.query(text, params);

  beforeAll(async () => {
    app = await startTestApp({ leadsPerIpPerHour: 3 });
    f = fixtures(app);
    const tools = await f.givenCategory({ code: 'TOOLS', name: 'Tools' });
    const drills = await f.givenCategory({ code: 'DRILLS', name: 'Drills', parentId: tools.id });
    const saws = await f.givenCategory({ code: 'SAWS', name: 'Saws', parentId: tools.id });
    Object.assign(ids, { tools: tools.id, drills: drills.id, saws: saws.id });
    const products: [string, string, string, string][] = [
      ['D-1', 'Cordless Drill 18V', drills.id, '199.00'], ['D-2', 'Hammer Drill Pro', drills.id, '249.00'],
      ['S-1', 'Circular Saw', saws.id, '159.00'], ['S-2', 'Jigsaw Compact', saws.id, '99.00'], ['X-1', 'Inactive Drill', drills.id, '1.00'],
    ];
    for (const [sku, name, categoryId, listPrice] of products) {
      ids[sku] = (await f.givenProduct({ sku, name, description: 'Made for professionals', categoryId, listPrice, active: sku !== 'X-1' })).id;
    }
    const acme = await f.givenPartner({ name: 'Acme Tools', city: 'Kraków', latitude: 50.0647, longitude: 19.945 });
    const other = await f.givenPartner({ name: 'Other Tools', city: 'Kraków', latitude: 50.0647, longitude: 19.945 });
    const off = await f.givenPartner({ name: 'Suspended Tools', status: PartnerStatus.SUSPENDED });
    Object.assign(ids, { acme: acme.id, other: other.id, off: off.id });
    for (const [partner, slug, enabled] of [[acme.id, 'acme', true], [other.id, 'other', false], [off.id, 'off', true]] as const) {
      await f.givenShowroom(partner, { slug, displayName: `${slug} showroom`, enabled, pricesGross: slug === 'acme', vatPercent: 23 });
    }
    // Acme offers three products (one not offered), the other partner one with a big stock.
    await f.givenOffer(acme.id, ids['D-1'], { price: '180.00', currency: 'PLN', stock: 5, deliveryDays: 2, partnerSku: 'AC-D1' });
    await f.givenOffer(acme.id, ids['D-2'], { price: '200.00', currency: 'PLN', stock: 0, deliveryDays: 7 });
    await f.givenOffer(acme.id, ids['S-1'], { price: '120.00', currency: 'PLN', stock: 3, deliveryDays: 1 });
    await f.givenOffer(acme.id, ids['S-2'], { price: '50.00', currency: 'PLN', stock: 9, deliveryDays: 1, offered: false });
    await f.givenOffer(other.id, ids['S-2'], { price: '70.00', currency: 'PLN', stock: 999, deliveryDays: 3 });
    pm = await app.signIn((await f.givenUser(Role.PARTNER_MANAGER, acme.id)).email);
  });
  afterAll(() => app.close());

  it("lists a partner's offered products at its prices, gross when the showroom says so, in at most 3 statements", async () => {
    const result = await app.gql(SEARCH, { slug: 'acme' });
    expect(result.errors).toBeUndefined();
    const search = result.data!.showroomSearch;
    expect(search.edges.map((e: { node: unknown }) => e.node)).toEqual([
      { sku: 'S-1', name: 'Circular Saw', price: { amount: '147.60', currency: 'PLN' }, stock: 3, deliveryDays: 1, available: true, partnerSku: null, imageUrl: null },
      { sku: 'D-1', name: 'Cordless Drill 18V', price: { amount: '221.40', currency: 'PLN' }, stock: 5, deliveryDays: 2, available: true, partnerSku: 'AC-D1', imageUrl: null },
      { sku: 'D-2', name: 'Hammer Drill Pro', price: { amount: '246.00', currency: 'PLN' }, stock: 0, deliveryDays: 7, available: false, partnerSku: null, imageUrl: null },
    ]);
    expect(search.totalCount).toBe(3);
    expect(search.facets).toEqual([{ code: 'DRILLS', count: 2 }, { code: 'SAWS', count: 1 }, { code: 'TOOLS', count: 3 }]);
    expect(search.priceRange).toEqual({ min: { amount: '147.60' }, max: { amount: '246.00' } });
    // The showroom lookup, then one statement for the page, facets, total and price range (limit: 3).
    expect(result.statements).toBe(2);
    const big = await app.gql(SEARCH, { slug: 'acme', first: 100 });
    expect(big.statements).toBe(result.statements);
  });

  it('finds products despite typos and accents, filters by category subtree, price and stock, and pages', async () => {
    const typo = await app.gql(SEARCH, { slug: 'acme', query: 'cordles dril' });
    expect(typo.data!.showroomSearch.edges.map((e: { node: { sku: string } }) => e.node.sku)[0]).toBe('D-1');
    const drills = await app.gql(SEARCH, { slug: 'acme', categoryId: ids.drills, inStockOnly: true });
    expect(drills.data!.showroomSearch.edges.map((e: { node: { sku: string } }) => e.node.sku)).toEqual(['D-1']);
    // Facets count with every other filter (here: in stock), so the out-of-stock drill is not counted.
    expect(drills.data!.showroomSearch.facets).toEqual([{ code: 'DRILLS', count: 1 }, { code: 'SAWS', count: 1 }, { code: 'TOOLS', count: 2 }]);
    const priced = await app.gql(SEARCH, { slug: 'acme', minPrice: '200', maxPrice: '250', sort: 'PRICE_DESC' });
    expect(priced.data!.showroomSearch.edges.map((e: { node: { sku: string } }) => e.node.sku)).toEqual(['D-2', 'D-1']);
    const page1 = await app.gql(SEARCH, { slug: 'acme', sort: 'PRICE_ASC', first: 2 });
    const page2 = await app.gql(SEARCH, { slug: 'acme', sort: 'PRICE_ASC', first: 2, after: page1.data!.showroomSearch.pageInfo.endCursor });
    expect([...page1.data!.showroomSearch.edges, ...page2.data!.showroomSearch.edges].map((e: { node: { sku: string } }) => e.node.sku)).toEqual(['S-1', 'D-1', 'D-2']);
    expect(page2.data!.showroomSearch.pageInfo.hasNextPage).toBe(false);
  });

  it("the brand showroom lists the active catalog at list prices, with availability but never quantities", async () => {
    const brand = (await app.gql(SEARCH, {})).data!.showroomSearch;
    expect(brand.edges.map((e: { node: { sku: string; stock: number | null; available: boolean; price: { amount: string } } }) => [e.node.sku, e.node.price.amount, e.node.stock, e.node.available])).toEqual([
      ['S-1', '159.00', null, true], ['D-1', '199.00', null, true], ['D-2', '249.00', null, false], ['S-2', '99.00', null, true],
    ]);
  });

  it('answers NOT_FOUND for disabled showrooms and partners that are not active, and hides what is not public', async () => {
    expect(codeOf(await app.gql(SEARCH, { slug: 'other' }))).toBe('NOT_FOUND');
    expect(codeOf(await app.gql(SEARCH, { slug: 'off' }))).toBe('NOT_FOUND');
    expect(codeOf(await app.gql(`query { showroomProduct(slug: "acme", sku: "S-2") { sku } }`))).toBe('NOT_FOUND');
    const own = await app.gql(`query { showroom(slug: "acme") { displayName partner { name city } } }`);
    expect(own.data!.showroom).toEqual({ displayName: 'acme showroom', partner: { name: 'Acme Tools', city: 'Kraków' } });
    for (const query of [`{ partner(id: "${ids.acme}") { id } }`, `{ partners(first: 5) { totalCount } }`, `{ leads(first: 5) { totalCount } }`, `{ products(first: 5) { totalCount } }`]) {
      expect([query, codeOf(await app.gql(query))]).toEqual([query, 'UNAUTHENTICATED']);
    }
    // Anonymous visitors may not introspect; a signed-in reader sees the same public type.
    const publicPartner = (await app.gql(`{ __type(name: "PublicPartner") { fields { name } } }`, {}, pm)).data!.__type;
    expect(publicPartner.fields.length).toBeGreaterThan(0);
    expect(JSON.stringify(publicPartner)).not.toMatch(/email|phone|owner|users|tier"/);
  });

  it('holds one pooled connection per anonymous showroom request, so aliases and load cannot starve the pool', async () => {
    const aliases = Array.from({ length: 15 }, (_, i) => `p${i}: places(text: "Krakow") { name }`).join(' ');
    const many = await app.gql(`{ ${aliases} c: showroomCategories { id } }`);
    expect([many.errors, Object.keys(many.data!).length]).toEqual([undefined, 16]);
    const QUERY = `{ showroomSearch(slug: "acme") { edges { node { sku images category { code } attributes { key } } } } }`;
    const parallel = await Promise.all(Array.from({ length: 30 }, () => app.gql(QUERY)));
    expect(parallel.every((r) => !r.errors && r.data!.showroomSearch.edges.length === 3)).toBe(true);
    const three = await app.gql(`{ a: showroomSearch(slug: "acme") { totalCount } b: showroomSearch { totalCount } c: showroom(slug: "acme") { slug } }`);
    expect(three.errors).toBeUndefined();
  });

  it('finds places by postal code and city name, and partners near a point with product availability', async () => {
    const byCode = await app.gql(`{ places(text: "30-059") { name country kind } }`);
    expect(byCode.data!.places).toEqual([
      { name: 'Kraków-Krowodrza', country: 'PL', kind: 'POSTAL_AREA' }, { name: 'Kraków', country: 'PL', kind: 'POSTAL_AREA' },
    ]);
    const german = await app.gql(`{ places(text: "30159") { name country } }`);
    expect(german.data!.places[0]).toEqual({ name: 'Hannover', country: 'DE' });
    const czech = await app.gql(`{ places(text: "602 00") { name country } }`);
    expect(czech.data!.places[0]).toEqual({ name: 'Brno', country: 'CZ' });
    const byName = await app.gql(`{ places(text: "Krakow") { name country kind } }`);
    expect(byName.data!.places[0]).toEqual({ name: 'Kraków', country: 'PL', kind: 'CITY' });
    const NEAR = `query($productId: ID) { partnersNear(latitude: 50.06, longitude: 19.94, radiusKm: 20, productId: $productId) { partner { name showroomSlug } distanceKm inStock deliveryDays } }`;
    const near = (await app.gql(NEAR)).data!.partnersNear;
    expect(near.map((n: { partner: { name: string } }) => n.partner.name)).toEqual(['Acme Tools', 'Other Tools']);
    expect(near[0].distanceKm).toBeLessThan(1);
    const withJigsaw = (await app.gql(NEAR, { productId: ids['S-2'] })).data!.partnersNear;
    expect(withJigsaw).toEqual([{ partner: { name: 'Other Tools', showroomSlug: null }, distanceKm: expect.any(Number), inStock: true, deliveryDays: 3 }]);
  });

  it("files a lead with the basket, consent text and time into the partner's inbox only", async () => {
    const SUBMIT = `mutation($input: SubmitShowroomLeadInput!) { submitShowroomLead(input: $input) { leadId } }`;
    const input = {
      slug: 'acme', name: 'Jan Kowalski', company: 'Budowa SA', email: 'jan@budowa.example', phone: '+48 600 100 200', postalCode: '30-001',
      message: 'Please quote 10 drills', consent: true, consentText: 'I agree to be contacted about this request.',
      items: [{ productId: ids['D-1'], quantity: '10' }, { productId: ids['S-1'], quantity: '2' }],
    };
    const filed = await app.gql(SUBMIT, { input });
    expect(filed.errors).toBeUndefined();
    const leads = await app.gql(`{ leads(first: 10) { totalCount edges { node { id status contactName consentText consentGivenAt items { quantity product { sku } } partner { id } } } } }`, {}, pm);
    const lead = leads.data!.leads.edges[0].node;
    expect(lead).toMatchObject({ id: filed.data!.submitShowroomLead.leadId, status: 'NEW', contactName: 'Jan Kowalski', consentText: input.consentText, partner: { id: ids.acme } });
    expect(Date.now() - Date.parse(lead.consentGivenAt)).toBeLessThan(60_000);
    expect(lead.items.map((i: { quantity: string; product: { sku: string } }) => [i.product.sku, i.quantity]).sort()).toEqual([['D-1', '10.000'], ['S-1', '2.000']]);
    const otherPm = await app.signIn((await f.givenUser(Role.PARTNER_MANAGER, ids.other)).email);
    expect((await app.gql(`{ leads(first: 10) { totalCount } }`, {}, otherPm)).data!.leads.totalCount).toBe(0);

    const notOffered = await app.gql(SUBMIT, { input: { ...input, items: [{ productId: ids['S-2'], quantity: '1' }] } });
    expect(notOffered.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'items[0].productId' });
    const noConsent = await app.gql(SUBMIT, { input: { ...input, consent: false } });
    expect(noConsent.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'consent' });
    const brand = await app.gql(SUBMIT, { input: { ...input, slug: null, items: [{ productId: ids['S-2'], quantity: '1' }] } });
    expect(brand.errors).toBeUndefined();
    const [unassigned] = await sql(`SELECT status, partner_id FROM lead WHERE id = $1`, [brand.data!.submitShowroomLead.leadId]);
    expect(unassigned).toEqual({ status: 'UNASSIGNED', partner_id: null });
    // The limit is 3 leads per address and hour in this test; requests refused for bad input cost nothing,
    // a bot's is dropped without a lead, the third lead is filed and the fourth refused.
    const bot = await app.gql(SUBMIT, { input: { ...input, website: 'http://spam.example' } });
    const count = (await sql(`SELECT count(*)::int AS n FROM lead`))[0].n;
    expect(bot.errors).toBeUndefined();
    expect(count).toBe(2);
    expect((await app.gql(SUBMIT, { input })).errors).toBeUndefined();
    expect(codeOf(await app.gql(SUBMIT, { input }))).toBe('LIMIT_EXCEEDED');
    expect((await sql(`SELECT count(*)::int AS n FROM lead`))[0].n).toBe(3);
  });
});
