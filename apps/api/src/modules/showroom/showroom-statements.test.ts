import { startTestApp, TestApp } from '../../../test/harness';
import { fixtures } from '../../../test/fixtures';

/* A showroom's search with every product's attributes, pictures and category: the same statements at 3 items and at 12. */
const SEARCH = `query($slug: String!) { showroomSearch(slug: $slug, first: 50) {
  totalCount edges { node { sku attributes { key value } images category { id name } } } } }`;

describe('statements of the showroom search with nested fields', () => {
  let app: TestApp;
  let f: ReturnType<typeof fixtures>;

  beforeAll(async () => {
    app = await startTestApp();
    f = fixtures(app);
  });
  afterAll(() => app.close());

  /** A partner's showroom offering `size` products, each in a category with two pictures. */
  async function givenShowroomOf(size: number): Promise<string> {
    const partner = await f.givenPartner();
    const category = await f.givenCategory();
    for (let i = 0; i < size; i++) {
      const product = await f.givenProduct({ categoryId: category.id, imageUrls: [`https://img.example/${i}a.png`, `https://img.example/${i}b.png`] });
      await f.givenOffer(partner.id, product.id);
    }
    return (await f.givenShowroom(partner.id)).slug;
  }

  it('takes the same statements for 3 items as for 12', async () => {
    const [few, many] = [await givenShowroomOf(3), await givenShowroomOf(12)];
    const small = await app.gql(SEARCH, { slug: few });
    const large = await app.gql(SEARCH, { slug: many });
    expect([small.errors, large.errors]).toEqual([undefined, undefined]);
    expect([small.data!.showroomSearch.totalCount, large.data!.showroomSearch.totalCount]).toEqual([3, 12]);
    expect(large.data!.showroomSearch.edges.every((e: { node: { images: string[]; category: { id: string } } }) => e.node.images.length === 2 && e.node.category)).toBe(true);
    // the showroom, the search, then one each: products (attributes), images, categories
    expect([small.statements, large.statements]).toEqual([5, 5]);
  });
});
