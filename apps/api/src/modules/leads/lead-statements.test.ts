import { startTestApp, TestApp } from '../../../test/harness';
import { fixtures } from '../../../test/fixtures';
import { Role } from '../../access/role';

/* Leads with their partner, items and the items' products, and their history with its actors: the same statements at 3 leads and at 12. */
const LEADS = `{ leads(first: 50) { totalCount edges { node { id partner { id name } items { quantity product { id sku category { id } } }
  history { action actor { id } } } } } }`;

describe('statements of the nested leads list', () => {
  let app: TestApp;
  let f: ReturnType<typeof fixtures>;

  beforeAll(async () => {
    app = await startTestApp({ leadsPerIpPerHour: 10_000 });
    f = fixtures(app);
  });
  afterAll(() => app.close());

  /** A partner's manager, and `size` leads from its showroom, each for two of its products. */
  async function givenInbox(size: number) {
    const partner = await f.givenPartner();
    const { slug } = await f.givenShowroom(partner.id);
    const category = await f.givenCategory();
    const products = [];
    for (let i = 0; i < 4; i++) {
      const product = await f.givenProduct({ categoryId: category.id });
      await f.givenOffer(partner.id, product.id);
      products.push(product.id);
    }
    const manager = await app.signIn((await f.givenUser(Role.PARTNER_MANAGER, partner.id)).email);
    for (let i = 0; i < size; i++) {
      const leadId = await f.givenLead({ slug, items: [{ productId: products[i % 4], quantity: '1' }, { productId: products[(i + 1) % 4], quantity: '2' }] });
      // Accepted, so that each history has a user to load.
      expect((await app.gql(`mutation($id: ID!) { acceptLead(input: { leadId: $id }) { lead { status } } }`, { id: leadId }, manager)).errors).toBeUndefined();
    }
    return manager;
  }

  it('takes 8 statements for 3 leads and for 12', async () => {
    const [few, many] = [await givenInbox(3), await givenInbox(12)];
    const small = await app.gql(LEADS, {}, few);
    const large = await app.gql(LEADS, {}, many);
    expect([small.errors, large.errors]).toEqual([undefined, undefined]);
    expect([small.data!.leads.totalCount, large.data!.leads.totalCount]).toEqual([3, 12]);
    expect(large.data!.leads.edges.flatMap((e: { node: { items: { product: { id: string } }[] } }) => e.node.items.map((i) => i.product.id))).toHaveLength(24);
    expect(large.data!.leads.edges.map((e: { node: { history: { action: string; actor: { id: string } | null }[] } }) => e.node.history.map((h) => [h.action, Boolean(h.actor)])))
      .toEqual(Array(12).fill([['FILED', false], ['ACCEPTED', true]]));
    // page, count, then one each: partner, items, products, categories, history, its actors
    expect([small.statements, large.statements]).toEqual([8, 8]);
  });
});
