import { startTestApp, TestApp, Credentials } from '../../../test/harness';
import { fixtures } from '../../../test/fixtures';
import { Role } from '../../access/role';

/* Partner histories and the channel's change feed, with actors and partners: the same statements at 3 rows and at 12. */
const HISTORIES = `query($search: String!) { partners(first: 50, filter: { search: $search }) {
  edges { node { id history { kind summary actor { id displayName partner { id } } partner { id } } } } } }`;
const FEED = `query($first: Int!) { recentPartnerChanges(first: $first) { id actor { id displayName } partner { id name tier { id } } } }`;

describe('statements of partner histories and the change feed', () => {
  let app: TestApp;
  let f: ReturnType<typeof fixtures>;
  let cm: Credentials;
  const actors: Credentials[] = [];

  beforeAll(async () => {
    app = await startTestApp();
    f = fixtures(app);
    cm = await app.signIn((await f.givenUser(Role.CHANNEL_MANAGER)).email);
    for (let i = 0; i < 4; i++) actors.push(await app.signIn((await f.givenUser(Role.CHANNEL_MANAGER)).email));
  });
  afterAll(() => app.close());

  /** `size` partners named after `prefix`, renamed by four channel managers in turn (so actors differ). */
  async function givenRenamedPartners(prefix: string, size: number) {
    const tier = await f.givenTier();
    for (let i = 0; i < size; i++) {
      const partner = await f.givenPartner({ name: `${prefix} ${i}`, tierId: tier.id });
      const renamed = await app.gql(`mutation($id: ID!, $name: String!) { updatePartnerProfile(input: { partnerId: $id, name: $name }) { partner { id } } }`,
        { id: partner.id, name: `${prefix} ${i} renamed` }, actors[i % 4]);
      expect(renamed.errors).toBeUndefined();
    }
  }

  it('partners with their histories, actors and partners: 4 statements for 3 partners and for 12', async () => {
    await givenRenamedPartners('Fewer', 3);
    await givenRenamedPartners('Many', 12);
    const small = await app.gql(HISTORIES, { search: 'Fewer' }, cm);
    const large = await app.gql(HISTORIES, { search: 'Many' }, cm);
    expect([small.data!.partners.edges.length, large.data!.partners.edges.length]).toEqual([3, 12]);
    const actorIds = large.data!.partners.edges.flatMap((e: { node: { history: { actor: { id: string } | null }[] } }) => e.node.history.map((c) => c.actor?.id).filter(Boolean));
    expect(new Set(actorIds).size).toBe(4);
    expect([small.statements, large.statements]).toEqual([4, 4]);
  });

  it('the change feed with actors, partners and tiers: 4 statements for 3 changes and for 12', async () => {
    await givenRenamedPartners('Feed', 12);
    const small = await app.gql(FEED, { first: 3 }, cm);
    const large = await app.gql(FEED, { first: 12 }, cm);
    expect([small.data!.recentPartnerChanges.length, large.data!.recentPartnerChanges.length]).toEqual([3, 12]);
    const newest = await app.dataSource.query(`SELECT id, actor_id AS "actorId" FROM partner_change ORDER BY at DESC, id ASC LIMIT 12`);
    expect(large.data!.recentPartnerChanges.map((c: { id: string; actor: { id: string } | null }) => ({ id: c.id, actorId: c.actor?.id ?? null }))).toEqual(newest);
    expect(new Set(newest.map((c: { actorId: string | null }) => c.actorId).filter(Boolean)).size).toBeGreaterThan(2);
    // the feed, then one each: actors, partners, tiers
    expect([small.statements, large.statements]).toEqual([4, 4]);
  });
});
