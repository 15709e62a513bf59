import { startTestApp, TestApp, Credentials } from '../../../test/harness';
import { fixtures } from '../../../test/fixtures';
import { Role } from '../../access/role';
import { PartnerKind } from './partner.entity';

/*
 * The statements one GraphQL operation sends, counted by the API itself (x-sql-statements). The count
 * leaves out the transaction and row-level-security setup (one round trip) and the commit.
 */
const NESTED = `query($first: Int!) { partners(first: $first) {
  totalCount
  edges { node { id name parent { id name } children { id name } tier { id name } territories { id name } users { id email } owner { id displayName } } }
} }`;

describe('statements of the nested partners list', () => {
  let app: TestApp;
  let f: ReturnType<typeof fixtures>;
  let cm: Credentials;
  let ownerId: string;

  beforeAll(async () => {
    app = await startTestApp();
    f = fixtures(app);
    const owner = await f.givenUser(Role.CHANNEL_MANAGER);
    ownerId = owner.id;
    cm = await app.signIn(owner.email);
  });
  afterAll(() => app.close());

  async function givenChannel(partners: number) {
    const tier = await f.givenTier();
    const territory = await f.givenTerritory();
    const distributors = [];
    for (let i = 0; i < partners; i++) {
      const kind = i % 5 === 0 ? PartnerKind.DISTRIBUTOR : PartnerKind.RESELLER;
      const partner = await f.givenPartner({
        kind, tierId: tier.id, territoryIds: [territory.id], ownerId, parentId: kind === PartnerKind.RESELLER ? distributors.at(-1) : undefined,
      });
      if (kind === PartnerKind.DISTRIBUTOR) distributors.push(partner.id);
    }
  }

  it('takes the same 8 statements for 50 partners as for 100', async () => {
    await givenChannel(50);
    const few = await app.gql(NESTED, { first: 50 }, cm);
    expect(few.errors).toBeUndefined();
    expect(few.data!.partners.edges).toHaveLength(50);
    // list + count, then one each: parent, children, tier, territories, users, owner
    expect(few.statements).toBe(8);
    await givenChannel(50);
    const more = await app.gql(NESTED, { first: 100 }, cm);
    expect(more.data!.partners.edges).toHaveLength(100);
    expect(more.data!.partners.edges.filter((e: { node: { parent: unknown } }) => e.node.parent).length).toBeGreaterThan(50);
    expect(more.data!.partners.edges.every((e: { node: { owner: { id: string } } }) => e.node.owner.id === ownerId)).toBe(true);
    expect(more.statements).toBe(8);
  });

  it('reads a partner and the nested list without a transaction: one round trip per statement, the viewer cached', async () => {
    await givenChannel(10);
    const partnerById = `query($id: ID!) { partner(id: $id) { id code name status city country } }`;
    const [{ id }] = await app.dataSource.query(`SELECT id FROM partner ORDER BY name LIMIT 1`);
    // The first request may find a connection of another identity, switched with one round trip more;
    // the pool then hands the same connection to the next request, which keeps the viewer's identity.
    // The first request also looks the viewer up; the next ones find it in the viewer cache.
    await app.gql(partnerById, { id }, cm);
    const one = await app.gql(partnerById, { id }, cm);
    expect(one.data!.partner.id).toBe(id);
    expect([one.statements, one.roundTrips]).toEqual([1, 1]);
    const list = await app.gql(NESTED, { first: 50 }, cm);
    expect(list.errors).toBeUndefined();
    expect([list.statements, list.roundTrips]).toEqual([8, 8]);
  });
});
