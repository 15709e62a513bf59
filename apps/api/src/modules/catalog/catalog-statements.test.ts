import { startTestApp, TestApp, Credentials } from '../../../test/harness';
import { fixtures } from '../../../test/fixtures';
import { Role } from '../../access/role';

/*
 * The statements one nested list sends (x-sql-statements, setup and commit left out) do not grow with
 * its rows: each list is asked at 3 and at 12 rows and must send exactly the same statements.
 */
const OFFERS = `query($partnerId: ID!) { offers(partnerId: $partnerId, first: 50) {
  totalCount edges { node { price { amount } partner { id name } product { id sku category { id name } images { id src } } } } } }`;
const PRODUCTS = `query($categoryId: ID!) { products(filter: { categoryId: $categoryId }, first: 50) {
  totalCount edges { node { id sku category { id name } images { id src } } } } }`;

describe('statements of the nested catalog lists', () => {
  let app: TestApp;
  let f: ReturnType<typeof fixtures>;
  let cm: Credentials;

  beforeAll(async () => {
    app = await startTestApp();
    f = fixtures(app);
    cm = await app.signIn((await f.givenUser(Role.CHANNEL_MANAGER)).email);
  });
  afterAll(() => app.close());

  /** `size` products in a category of their own, each with two images; the partner offers them all. */
  async function givenRange(size: number) {
    const category = await f.givenCategory();
    const partner = await f.givenPartner();
    for (let i = 0; i < size; i++) {
      const product = await f.givenProduct({ categoryId: category.id, imageUrls: [`https://img.example/${i}a.png`, `https://img.example/${i}b.png`] });
      await f.givenOffer(partner.id, product.id);
    }
    return { categoryId: category.id, partnerId: partner.id };
  }

  it('offers with their partner, product, category and images: 7 statements for 3 rows and for 12', async () => {
    const [few, many] = [await givenRange(3), await givenRange(12)];
    const small = await app.gql(OFFERS, { partnerId: few.partnerId }, cm);
    const large = await app.gql(OFFERS, { partnerId: many.partnerId }, cm);
    expect([small.errors, large.errors]).toEqual([undefined, undefined]);
    expect([small.data!.offers.edges.length, large.data!.offers.edges.length]).toEqual([3, 12]);
    expect(large.data!.offers.edges.flatMap((e: { node: { product: { images: unknown[] } } }) => e.node.product.images)).toHaveLength(24);
    // partner check, page, count, then one each: partner, product, category, images
    expect([small.statements, large.statements]).toEqual([7, 7]);
  });

  it('products with their category and images: 4 statements for 3 rows and for 12', async () => {
    const [few, many] = [await givenRange(3), await givenRange(12)];
    const small = await app.gql(PRODUCTS, { categoryId: few.categoryId }, cm);
    const large = await app.gql(PRODUCTS, { categoryId: many.categoryId }, cm);
    expect([small.data!.products.totalCount, large.data!.products.totalCount]).toEqual([3, 12]);
    expect(large.data!.products.edges.every((e: { node: { category: { id: string }; images: unknown[] } }) => e.node.category.id === many.categoryId && e.node.images.length === 2)).toBe(true);
    // page, count, then one each: category, images
    expect([small.statements, large.statements]).toEqual([4, 4]);
  });
});
