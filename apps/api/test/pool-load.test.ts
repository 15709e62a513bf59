import { Role } from '../src/access/role';
import { PartnerKind, PartnerStatus } from '../src/modules/partners/partner.entity';
import { codeOf, Credentials, GraphQLResult, startTestApp, TestApp } from './harness';
import { fixtures } from './fixtures';

/**
 * More parallel writes of every kind than the request pool has connections (10 in tests), with a signed-in
 * read meanwhile. A request that held its connection and asked the pool for another starved the pool:
 * most writes failed INTERNAL ("timeout exceeded when trying to connect") and every reader stalled ~10 s.
 */
const PARALLEL = 25;
let app: TestApp;
let f: ReturnType<typeof fixtures>;

beforeAll(async () => {
  app = await startTestApp({ leadsPerIpPerHour: 10_000, loginMaxFailures: 1_000, loginMaxFailuresPerIp: 10_000 });
  f = fixtures(app);
});
afterAll(() => app.close());

/** Codes of every error of a batch (and 5xx statuses); an empty list when all succeeded. */
const codes = (results: GraphQLResult[]) => results.flatMap((r) => (r.errors ?? []).map((e) => e.extensions?.code)).concat(results.filter((r) => r.status >= 500).map((r) => `HTTP ${r.status}`));

async function timedRead(cm: Credentials): Promise<number> {
  const started = Date.now();
  const read = await app.gql(`{ partners(first: 5) { edges { node { id name } } } }`, {}, cm);
  expect(read.errors).toBeUndefined();
  return Date.now() - started;
}

it(`answers ${PARALLEL} parallel writes of every kind without INTERNAL, while a signed-in read stays quick`, async () => {
  const tier = await f.givenTier();
  const territory = await f.givenTerritory();
  const partner = await f.givenPartner({ kind: PartnerKind.DISTRIBUTOR });
  const pmUser = await f.givenUser(Role.PARTNER_MANAGER, partner.id);
  const cmUser = await f.givenUser(Role.CHANNEL_MANAGER);
  const [pm, cm] = [await app.signIn(pmUser.email), await app.signIn(cmUser.email)];
  const category = (await app.gql(`mutation($i: CategoryInput!) { createCategory(input: $i) { category { id } } }`, { i: { code: 'LOAD', name: 'Load' } }, cm)).data!.createCategory.category.id;
  const product = (await app.gql(`mutation($i: ProductInput!) { createProduct(input: $i) { product { id } } }`,
    { i: { sku: 'LOAD-0', name: 'Load drill', listPrice: { amount: '100.00', currency: 'EUR' }, categoryId: category } }, cm)).data!.createProduct.product.id;
  const saveShowroom = (enabled: boolean) => app.gql(`mutation($i: SaveShowroomInput!) { saveShowroom(input: $i) { showroom { slug } } }`,
    { i: { partnerId: partner.id, slug: 'load', displayName: 'Load Tools', enabled } }, pm);
  expect((await saveShowroom(true)).errors).toBeUndefined();
  const saveOffer = (stock: number) => app.gql(`mutation($i: SaveOfferInput!) { saveOffer(input: $i) { offer { stock } } }`,
    { i: { partnerId: partner.id, productId: product, price: { amount: '90.00', currency: 'EUR' }, stock, deliveryDays: 2 } }, pm);
  expect((await saveOffer(1)).errors).toBeUndefined();

  const kinds: Record<string, (i: number) => Promise<GraphQLResult>> = {
    saveShowroom: () => saveShowroom(true),
    saveOffer: (i) => saveOffer(i),
    importOffers: (i) => app.gql(`mutation($i: ImportOffersInput!) { importOffers(input: $i) { __typename } }`,
      { i: { partnerId: partner.id, csv: `sku,price,currency,stock,delivery_days\nLOAD-0,9${i}.00,EUR,${i},3` } }, pm),
    submitShowroomLead: (i) => app.gql(`mutation($i: SubmitShowroomLeadInput!) { submitShowroomLead(input: $i) { leadId } }`,
      { i: { slug: 'load', name: `Buyer ${i}`, email: `b${i}@x.example`, consent: true, consentText: 'I agree to be contacted.', items: [{ productId: product, quantity: '1' }] } }),
    updatePartnerProfile: (i) => app.gql(`mutation($i: UpdatePartnerProfileInput!) { updatePartnerProfile(input: $i) { partner { id } } }`,
      { i: { partnerId: partner.id, city: `City ${i % 3}` } }, cm),
    assignPartnerTier: () => app.gql(`mutation($i: AssignPartnerTierInput!) { assignPartnerTier(input: $i) { partner { id } } }`, { i: { partnerId: partner.id, tierId: tier.id } }, cm),
    setPartnerTerritories: () => app.gql(`mutation($i: SetPartnerTerritoriesInput!) { setPartnerTerritories(input: $i) { partner { id } } }`,
      { i: { partnerId: partner.id, territoryIds: [territory.id] } }, cm),
    createPartner: (i) => app.gql(`mutation($i: CreatePartnerInput!) { createPartner(input: $i) { partner { id } } }`,
      { i: { code: `LOAD${i}`, name: `Load ${i}`, kind: 'RESELLER', city: 'Kraków', country: 'PL', parentId: partner.id } }, cm),
    createProduct: (i) => app.gql(`mutation($i: ProductInput!) { createProduct(input: $i) { product { id } } }`,
      { i: { sku: `LOAD-${i + 1}`, name: `Load ${i}`, listPrice: { amount: '1.00', currency: 'EUR' } } }, cm),
    invitePartnerUser: (i) => app.gql(`mutation($i: InvitePartnerUserInput!) { invitePartnerUser(input: $i) { invitationUrl } }`,
      { i: { partnerId: partner.id, email: `staff${i}@load.example`, displayName: `Staff ${i}`, role: 'PARTNER_EMPLOYEE' } }, pm),
    createApiToken: (i) => app.gql(`mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { token } }`, { i: { name: `load ${i}` } }, cm),
    createCategory: (i) => app.gql(`mutation($i: CategoryInput!) { createCategory(input: $i) { category { id } } }`, { i: { code: `LC${i}`, name: `Cat ${i}`, parentId: category } }, cm),
    updateProduct: (i) => app.gql(`mutation($i: UpdateProductInput!) { updateProduct(input: $i) { product { id } } }`,
      { i: { productId: product, sku: 'LOAD-0', name: `Load drill ${i % 2}`, listPrice: { amount: '100.00', currency: 'EUR' }, categoryId: category } }, cm),
    addProductImage: () => app.gql(`mutation($i: AddProductImageInput!) { addProductImage(input: $i) { __typename } }`,
      { i: { productId: product, url: 'https://img.example/drill.png' } }, cm),
    assignPartnerOwner: () => app.gql(`mutation($i: AssignPartnerOwnerInput!) { assignPartnerOwner(input: $i) { partner { id } } }`, { i: { partnerId: partner.id, ownerId: cmUser.id } }, cm),
    startProductImport: (i) => app.gql(`mutation($i: StartProductImportInput!) { startProductImport(input: $i) { productImport { id } } }`,
      { i: { csv: `sku,name,list_price,currency\nIMP-${i},Imported ${i},10.00,EUR` } }, cm),
    startPartnerOnboarding: (i) => app.gql(`mutation($i: PartnerTransitionInput!) { startPartnerOnboarding(input: $i) { partner { status } } }`, { i: { partnerId: prospects[i % 5].id } }, cm),
    signIn: () => app.gql(`mutation($i: SignInInput!) { signIn(input: $i) { user { id } } }`, { i: { email: pmUser.email, password: 'test-password-1' } }),
  };
  const prospects = await Promise.all(Array.from({ length: 5 }, () => f.givenPartner({ status: PartnerStatus.PROSPECT })));
  const quiet = await timedRead(cm);
  for (const [kind, write] of Object.entries(kinds)) {
    const [results, readMs] = await Promise.all([
      Promise.all(Array.from({ length: PARALLEL }, (_, i) => write(i))),
      new Promise<number>((resolve) => setTimeout(() => resolve(timedRead(cm)), 20)),
    ]);
    // CONFLICT is an honest answer to a lost race, LIMIT_EXCEEDED to the 21st token of one user; INTERNAL never is.
    const honest = kind === 'createApiToken' ? ['CONFLICT', 'LIMIT_EXCEEDED'] : ['CONFLICT'];
    const failures = results.filter((r) => codes([r]).some((c) => !honest.includes(c)));
    expect({ kind, failures: failures.map((r) => r.errors?.[0] ?? r.status) }).toEqual({ kind, failures: [] });
    // A 10 s stall (the pool's connection timeout) fails this at once; real waits here are tens of ms.
    expect({ kind, slowRead: readMs > 3_000 }).toEqual({ kind, slowRead: false });
  }
  expect(quiet).toBeLessThan(3_000);
  const [counts] = await app.dataSource.query(
    `SELECT (SELECT count(*) FROM lead)::int AS leads, (SELECT count(*) FROM partner WHERE code LIKE 'LOAD%')::int AS partners,
            (SELECT count(*) FROM product WHERE sku LIKE 'LOAD-%')::int AS products, (SELECT count(*) FROM api_token)::int AS tokens`);
  // At most 20 active tokens per user, exactly, under concurrency too.
  expect(counts).toEqual({ leads: PARALLEL, partners: PARALLEL, products: PARALLEL + 1, tokens: 20 });
  expect(codeOf(await saveShowroom(false))).toBeUndefined();
  // Every import was written (one after another, on the system pool) and each prospect moved exactly once.
  for (let tries = 0; tries < 100; tries++) {
    const [{ running }] = await app.dataSource.query(`SELECT count(*)::int AS running FROM product_import WHERE status = 'RUNNING'`);
    if (running === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const imports = await app.dataSource.query(`SELECT status, count(*)::int AS n FROM product_import GROUP BY status`);
  expect(imports).toEqual([{ status: 'DONE', n: PARALLEL }]);
  expect((await app.dataSource.query(`SELECT count(*)::int AS n FROM product WHERE sku LIKE 'IMP-%'`))[0].n).toBe(PARALLEL);
  const moves = await app.dataSource.query(`SELECT count(*)::int AS n FROM partner_change WHERE partner_id = ANY($1) AND kind = 'STATUS'`, [prospects.map((p) => p.id)]);
  expect(moves[0].n).toBe(5);
}, 120_000);
