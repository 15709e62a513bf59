import { startTestApp, TestApp, Credentials, GraphQLResult } from '../../../test/harness';
import { fixtures } from '../../../test/fixtures';
import { countUpdates } from '../../../test/write-counter';
import { Role } from '../../access/role';

/*
 * Reference data, catalog, offers and showrooms keep no history, so "writes nothing" is measured on the
 * rows themselves: 20 parallel identical changes write one row version, and repeating it writes none.
 */
describe('catalog and reference-data changes that change nothing', () => {
  let app: TestApp;
  let f: ReturnType<typeof fixtures>;
  const as: Record<'admin' | 'cm', Credentials> = {} as never;
  let updatesOf: Awaited<ReturnType<typeof countUpdates>>;

  beforeAll(async () => {
    app = await startTestApp();
    f = fixtures(app);
    as.admin = await app.signIn((await f.givenUser(Role.ADMIN)).email);
    as.cm = await app.signIn((await f.givenUser(Role.CHANNEL_MANAGER)).email);
    updatesOf = await countUpdates(app, { tier: 'id', territory: 'id', category: 'id', product: 'id', offer: 'product_id', showroom: 'partner_id' });
  });
  afterAll(() => app.close());

  interface Change {
    table: string;
    given(): Promise<{ key: string; query: string; variables: Record<string, unknown>; as: Credentials; answer: (r: GraphQLResult) => unknown; expected: unknown }>;
  }

  /** A partner manager's sign-in for a fresh partner, to write its own offers and showroom. */
  const givenPartnerManager = async () => {
    const partner = await f.givenPartner();
    return { partner, creds: await app.signIn((await f.givenUser(Role.PARTNER_MANAGER, partner.id)).email) };
  };

  const changes: Record<string, Change> = {
    updateTier: {
      table: 'tier',
      async given() {
        const tier = await f.givenTier();
        return {
          key: tier.id, as: as.admin, query: `mutation($input: UpdateTierInput!) { updateTier(input: $input) { tier { name discountPercent } } }`,
          variables: { input: { tierId: tier.id, code: tier.code, name: 'Gold plus', rank: 3, discountPercent: 12.5, mdfEligible: true, leadPriority: 20 } },
          answer: (r) => r.data?.updateTier.tier, expected: { name: 'Gold plus', discountPercent: 12.5 },
        };
      },
    },
    updateTerritory: {
      table: 'territory',
      async given() {
        const territory = await f.givenTerritory();
        return {
          key: territory.id, as: as.admin, query: `mutation($input: UpdateTerritoryInput!) { updateTerritory(input: $input) { territory { countries regions } } }`,
          variables: { input: { territoryId: territory.id, code: territory.code, name: 'South', countries: ['PL', 'CZ', 'PL'], regions: ['Małopolska'] } },
          answer: (r) => r.data?.updateTerritory.territory, expected: { countries: ['PL', 'CZ'], regions: ['Małopolska'] },
        };
      },
    },
    updateCategory: {
      table: 'category',
      async given() {
        const [category, parent] = [await f.givenCategory(), await f.givenCategory()];
        return {
          key: category.id, as: as.cm, query: `mutation($input: UpdateCategoryInput!) { updateCategory(input: $input) { category { name position } } }`,
          variables: { input: { categoryId: category.id, code: category.code, name: 'Drills', parentId: parent.id, position: 4 } },
          answer: (r) => r.data?.updateCategory.category, expected: { name: 'Drills', position: 4 },
        };
      },
    },
    updateProduct: {
      table: 'product',
      async given() {
        const product = await f.givenProduct();
        return {
          key: product.id, as: as.cm, query: `mutation($input: UpdateProductInput!) { updateProduct(input: $input) { product { name listPrice { amount } } } }`,
          variables: { input: {
            productId: product.id, sku: product.sku, name: 'Hammer drill', description: 'Strong', unit: 'PCE', listPrice: { amount: '249.00', currency: 'EUR' },
            attributes: [{ key: 'power', value: '800 W' }, { key: 'weight', value: '2 kg' }], active: true,
          } },
          answer: (r) => r.data?.updateProduct.product, expected: { name: 'Hammer drill', listPrice: { amount: '249.00' } },
        };
      },
    },
    saveOffer: {
      table: 'offer',
      async given() {
        const [{ partner, creds }, product] = [await givenPartnerManager(), await f.givenProduct()];
        await f.givenOffer(partner.id, product.id, { price: '80.00' });
        return {
          key: product.id, as: creds, query: `mutation($input: SaveOfferInput!) { saveOffer(input: $input) { offer { stock offered } } }`,
          variables: { input: { partnerId: partner.id, productId: product.id, price: { amount: '75.00', currency: 'EUR' }, stock: 9, deliveryDays: 3, partnerSku: 'X-1', offered: true } },
          answer: (r) => r.data?.saveOffer.offer, expected: { stock: 9, offered: true },
        };
      },
    },
    importOffers: {
      table: 'offer',
      async given() {
        const [{ partner, creds }, product] = [await givenPartnerManager(), await f.givenProduct()];
        await f.givenOffer(partner.id, product.id, { price: '80.00' });
        return {
          key: product.id, as: creds, query: `mutation($input: ImportOffersInput!) { importOffers(input: $input) { result { createdCount updatedCount } } }`,
          variables: { input: { partnerId: partner.id, csv: `sku,price,currency,stock\n${product.sku},70.00,EUR,4\n` } },
          answer: (r) => r.data?.importOffers.result, expected: { createdCount: 0, updatedCount: 1 },
        };
      },
    },
    saveShowroom: {
      table: 'showroom',
      async given() {
        const { partner, creds } = await givenPartnerManager();
        await f.givenShowroom(partner.id, { slug: `old-${partner.code.toLowerCase()}` });
        return {
          key: partner.id, as: creds, query: `mutation($input: SaveShowroomInput!) { saveShowroom(input: $input) { showroom { slug welcomeText } } }`,
          variables: { input: {
            partnerId: partner.id, slug: `new-${partner.code.toLowerCase()}`, displayName: 'Tools', accentColor: '#2f9e44', welcomeText: 'Hello',
            enabled: true, pricesGross: true, vatPercent: 23,
          } },
          answer: (r) => r.data?.saveShowroom.showroom, expected: { slug: `new-${partner.code.toLowerCase()}`, welcomeText: 'Hello' },
        };
      },
    },
  };

  it.each(Object.keys(changes))('%s: 20 parallel identical requests write the row once', async (name) => {
    const { table } = changes[name];
    const parallel = 20;
    const { key, query, variables, as: who, answer, expected } = await changes[name].given();
    const before = await updatesOf(table, key);
    const results = await Promise.all(Array.from({ length: parallel }, () => app.gql(query, variables, who)));
    expect(results.map((r) => r.errors ?? answer(r))).toEqual(Array(parallel).fill(expected));
    expect(await updatesOf(table, key)).toBe(before + 1);
  });

  it.each(Object.keys(changes))('%s: repeating a change made writes nothing and answers the current state', async (name) => {
    const { table } = changes[name];
    const { key, query, variables, as: who, answer, expected } = await changes[name].given();
    expect(answer(await app.gql(query, variables, who))).toEqual(expected);
    const writes = await updatesOf(table, key);
    const again = await app.gql(query, variables, who);
    expect(again.errors ?? answer(again)).toEqual(expected);
    expect(await updatesOf(table, key)).toBe(writes);
  });
});
