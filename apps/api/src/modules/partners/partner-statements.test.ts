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
});
