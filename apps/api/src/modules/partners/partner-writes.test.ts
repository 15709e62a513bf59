import { startTestApp, TestApp, Credentials, GraphQLResult } from '../../../test/harness';
import { fixtures } from '../../../test/fixtures';
import { countUpdates } from '../../../test/write-counter';
import { Role } from '../../access/role';
import { PartnerKind, PartnerStatus } from './partner.entity';

/*
 * A change that changes nothing writes nothing: no row version, no history row, no error. Of parallel
 * identical changes exactly one is recorded; every request answers the state reached.
 */
describe('partner changes that change nothing', () => {
  let app: TestApp;
  let f: ReturnType<typeof fixtures>;
  let cm: Credentials;
  let updatesOf: Awaited<ReturnType<typeof countUpdates>>;

  beforeAll(async () => {
    app = await startTestApp();
    f = fixtures(app);
    cm = await app.signIn((await f.givenUser(Role.CHANNEL_MANAGER)).email);
    updatesOf = await countUpdates(app, { partner: 'id', app_user: 'id' });
  });
  afterAll(() => app.close());

  const historyOf = async (partnerId: string, kind: string): Promise<string[]> =>
    (await app.dataSource.query(`SELECT summary FROM partner_change WHERE partner_id = $1 AND kind = $2 ORDER BY at`, [partnerId, kind])).map((r: { summary: string }) => r.summary);

  interface Change {
    kind: string;
    /** Makes the partner the change acts on, answers the request and what every answer must hold. */
    given(): Promise<{ partnerId: string; query: string; variables: Record<string, unknown>; answer: (r: GraphQLResult) => unknown; expected: unknown; summary: string }>;
  }

  const changes: Record<string, Change> = {
    updatePartnerProfile: {
      kind: 'PROFILE',
      async given() {
        const p = await f.givenPartner();
        return {
          partnerId: p.id, query: `mutation($input: UpdatePartnerProfileInput!) { updatePartnerProfile(input: $input) { partner { name city latitude taxId } } }`,
          // The tax id as written on an invoice: stored as compared, so a repeat is no change either.
          variables: { input: { partnerId: p.id, name: 'Renamed Tools', city: 'Gdańsk', latitude: 54.35, taxId: 'pl 779-23-08-495' } },
          answer: (r) => r.data?.updatePartnerProfile.partner, expected: { name: 'Renamed Tools', city: 'Gdańsk', latitude: 54.35, taxId: 'PL7792308495' },
          summary: 'changed name, city, latitude, taxId',
        };
      },
    },
    assignPartnerTier: {
      kind: 'TIER',
      async given() {
        const [p, tier] = [await f.givenPartner(), await f.givenTier()];
        return {
          partnerId: p.id, query: `mutation($input: AssignPartnerTierInput!) { assignPartnerTier(input: $input) { partner { tier { id } } } }`,
          variables: { input: { partnerId: p.id, tierId: tier.id } },
          answer: (r) => r.data?.assignPartnerTier.partner.tier.id, expected: tier.id, summary: `tier: ${tier.name}`,
        };
      },
    },
    assignPartnerOwner: {
      kind: 'OWNER',
      async given() {
        const [p, owner] = [await f.givenPartner(), await f.givenUser(Role.CHANNEL_MANAGER)];
        return {
          partnerId: p.id, query: `mutation($input: AssignPartnerOwnerInput!) { assignPartnerOwner(input: $input) { partner { owner { id } } } }`,
          variables: { input: { partnerId: p.id, ownerId: owner.id } },
          answer: (r) => r.data?.assignPartnerOwner.partner.owner.id, expected: owner.id, summary: `owner: ${owner.displayName}`,
        };
      },
    },
    setPartnerParent: {
      kind: 'PARENT',
      async given() {
        const [p, parent] = [await f.givenPartner(), await f.givenPartner({ kind: PartnerKind.DISTRIBUTOR })];
        return {
          partnerId: p.id, query: `mutation($input: SetPartnerParentInput!) { setPartnerParent(input: $input) { partner { parent { id } } } }`,
          variables: { input: { partnerId: p.id, parentId: parent.id } },
          answer: (r) => r.data?.setPartnerParent.partner.parent.id, expected: parent.id, summary: `parent: ${parent.name}`,
        };
      },
    },
    setPartnerTerritories: {
      kind: 'TERRITORIES',
      async given() {
        const [p, t1, t2] = [await f.givenPartner(), await f.givenTerritory(), await f.givenTerritory()];
        return {
          partnerId: p.id, query: `mutation($input: SetPartnerTerritoriesInput!) { setPartnerTerritories(input: $input) { partner { territories { id } } } }`,
          variables: { input: { partnerId: p.id, territoryIds: [t2.id, t1.id, t2.id] } },
          answer: (r) => r.data?.setPartnerTerritories.partner.territories.map((t: { id: string }) => t.id).sort(),
          expected: [t1.id, t2.id].sort(), summary: `territories: ${[t1.code, t2.code].sort().join(', ')}`,
        };
      },
    },
    suspendPartner: {
      kind: 'STATUS',
      async given() {
        const p = await f.givenPartner({ status: PartnerStatus.ACTIVE });
        return {
          partnerId: p.id, query: `mutation($input: PartnerTransitionInput!) { suspendPartner(input: $input) { partner { status } } }`,
          variables: { input: { partnerId: p.id } },
          answer: (r) => r.data?.suspendPartner.partner.status, expected: 'SUSPENDED', summary: 'status: ACTIVE → SUSPENDED',
        };
      },
    },
  };

  it.each(Object.keys(changes))('%s: 20 parallel identical requests record exactly one change', async (name) => {
    const { kind } = changes[name];
    const { partnerId, query, variables, answer, expected, summary } = await changes[name].given();
    const before = await historyOf(partnerId, kind);
    const results = await Promise.all(Array.from({ length: 20 }, () => app.gql(query, variables, cm)));
    expect(results.map((r) => r.errors ?? answer(r))).toEqual(Array(20).fill(expected));
    expect(await historyOf(partnerId, kind)).toEqual([...before, summary]);
  });

  it.each(Object.keys(changes))('%s: repeating a change made writes nothing and answers the current state', async (name) => {
    const { kind } = changes[name];
    const { partnerId, query, variables, answer, expected } = await changes[name].given();
    expect(answer(await app.gql(query, variables, cm))).toEqual(expected);
    const [history, writes] = [await historyOf(partnerId, kind), await updatesOf('partner', partnerId)];
    const again = await app.gql(query, variables, cm);
    expect(again.errors ?? answer(again)).toEqual(expected);
    expect([await historyOf(partnerId, kind), await updatesOf('partner', partnerId)]).toEqual([history, writes]);
  });

  it('deactivateUser: 20 parallel requests record one change; deactivating again writes nothing', async () => {
    const partner = await f.givenPartner();
    const employee = await f.givenUser(Role.PARTNER_EMPLOYEE, partner.id);
    const DEACTIVATE = `mutation($id: ID!) { deactivateUser(input: { userId: $id }) { user { id active } } }`;
    const results = await Promise.all(Array.from({ length: 20 }, () => app.gql(DEACTIVATE, { id: employee.id }, cm)));
    expect(results.map((r) => r.errors ?? r.data!.deactivateUser.user)).toEqual(Array(20).fill({ id: employee.id, active: false }));
    expect(await historyOf(partner.id, 'USER_DEACTIVATED')).toEqual([`deactivated ${employee.email}`]);
    expect(await updatesOf('app_user', employee.id)).toBe(1);
    const again = await app.gql(DEACTIVATE, { id: employee.id }, cm);
    expect(again.errors ?? again.data!.deactivateUser.user).toEqual({ id: employee.id, active: false });
    expect([await historyOf(partner.id, 'USER_DEACTIVATED'), await updatesOf('app_user', employee.id)]).toEqual([[`deactivated ${employee.email}`], 1]);
  });
});
