import type { CreatePartnerInput } from '@trellis/schema';
import { startTestApp, TestApp, codeOf, Credentials } from '../../../test/harness';
import { fixtures } from '../../../test/fixtures';
import { Role } from '../../access/role';
import { PartnerKind, PartnerStatus } from './partner.entity';

const CREATE = `mutation($input: CreatePartnerInput!) {
  createPartner(input: $input) { partner { id code status owner { id } territories { code } parent { id } } firstManagerInvitation { invitationUrl user { email role invited } } }
}`;
/** The variables of CREATE, typed by the schema's input: a test that sends a field the schema lacks does not compile. */
const create = (input: CreatePartnerInput) => ({ input });

describe('partners', () => {
  let app: TestApp;
  let f: ReturnType<typeof fixtures>;
  let cm: Credentials;
  let cmId: string;

  beforeAll(async () => {
    app = await startTestApp();
    f = fixtures(app);
    const user = await f.givenUser(Role.CHANNEL_MANAGER);
    cmId = user.id;
    cm = await app.signIn(user.email);
  });
  afterAll(() => app.close());

  it('creates a partner as PROSPECT owned by its creator, with territories, history and a first manager invitation', async () => {
    const territory = await f.givenTerritory();
    const result = await app.gql(CREATE, create({
      code: 'NEW-1', name: 'New Partner', kind: 'RESELLER', city: 'Poznań', country: 'PL', territoryIds: [territory.id], firstManager: { email: 'first@new.example', displayName: 'First Manager' },
    }), cm);
    expect(result.errors).toBeUndefined();
    const { partner, firstManagerInvitation } = result.data!.createPartner;
    expect(partner).toMatchObject({ code: 'NEW-1', status: 'PROSPECT', owner: { id: cmId }, territories: [{ code: territory.code }], parent: null });
    expect(firstManagerInvitation.user).toEqual({ email: 'first@new.example', role: 'PARTNER_MANAGER', invited: true });
    expect(firstManagerInvitation.invitationUrl).toMatch(/^http:\/\/127\.0\.0\.1:4800\/invitation\/tri_[\w-]+$/);
    const history = await app.gql(`query($id: ID!) { partner(id: $id) { history { kind summary actor { id } } } }`, { id: partner.id }, cm);
    expect(history.data!.partner.history.map((h: { kind: string }) => h.kind).sort()).toEqual(['CREATED', 'USER_INVITED']);
    expect(history.data!.partner.history.every((h: { actor: { id: string } }) => h.actor.id === cmId)).toBe(true);
  });

  it('names every bad field and writes nothing', async () => {
    const before = await app.dataSource.query(`SELECT count(*)::int AS n FROM partner`);
    const result = await app.gql(CREATE, create({ code: 'bad code', name: 'X', kind: 'RESELLER', city: 'Kraków', country: 'Poland', email: 'nope' }), cm);
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    const fields = result.errors![0].extensions!.fields.map((e: { field: string }) => e.field).sort();
    expect(fields).toEqual(['code', 'country', 'email', 'name']);
    expect(await app.dataSource.query(`SELECT count(*)::int AS n FROM partner`)).toEqual(before);
  });

  it('refuses a taken code naming the field, and a parent that is not a distributor', async () => {
    const existing = await f.givenPartner();
    const dup = await app.gql(CREATE, create({ code: existing.code, name: 'Dup', kind: 'DEALER', city: 'Brno', country: 'CZ' }), cm);
    expect(dup.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    const reseller = await f.givenPartner({ kind: PartnerKind.RESELLER });
    const wrongParent = await app.gql(CREATE, create({ code: 'KID-1', name: 'Kid', kind: 'DEALER', city: 'Brno', country: 'CZ', parentId: reseller.id }), cm);
    expect(wrongParent.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parentId', reason: 'must be a distributor' });
  });

  it('allows exactly the status moves of the lifecycle; TERMINATED is final', async () => {
    const MUTATION: Record<string, string> = {
      ONBOARDING: 'startPartnerOnboarding', ACTIVE: 'activatePartner', SUSPENDED: 'suspendPartner', TERMINATED: 'terminatePartner',
    };
    const allowed: Record<PartnerStatus, PartnerStatus[]> = {
      PROSPECT: [PartnerStatus.ONBOARDING, PartnerStatus.TERMINATED],
      ONBOARDING: [PartnerStatus.ACTIVE, PartnerStatus.TERMINATED],
      ACTIVE: [PartnerStatus.SUSPENDED, PartnerStatus.TERMINATED],
      SUSPENDED: [PartnerStatus.ACTIVE, PartnerStatus.TERMINATED],
      TERMINATED: [],
    };
    for (const from of Object.values(PartnerStatus)) {
      for (const to of Object.keys(MUTATION) as PartnerStatus[]) {
        const partner = await f.givenPartner({ status: from });
        const name = MUTATION[to];
        const result = await app.gql(`mutation($id: ID!) { ${name}(input: { partnerId: $id, reason: "test" }) { partner { status nextStatuses } } }`, { id: partner.id }, cm);
        if (allowed[from].includes(to) || from === to) {
          // Moving to the status a partner has is a no-op: the current state, no error.
          expect([from, to, result.data?.[name].partner.status]).toEqual([from, to, to]);
        } else {
          expect([from, to, codeOf(result)]).toEqual([from, to, 'CONFLICT']);
          const [row] = await app.dataSource.query(`SELECT status FROM partner WHERE id = $1`, [partner.id]);
          expect(row.status).toBe(from);
        }
      }
    }
  });

  it('records exactly one of two racing identical moves; both answer the state reached', async () => {
    const partner = await f.givenPartner({ status: PartnerStatus.ACTIVE });
    const SUSPEND = `mutation($id: ID!) { suspendPartner(input: { partnerId: $id }) { partner { status } } }`;
    const [a, b] = await Promise.all([app.gql(SUSPEND, { id: partner.id }, cm), app.gql(SUSPEND, { id: partner.id }, cm)]);
    expect([a, b].map((r) => codeOf(r) ?? r.data!.suspendPartner.partner.status)).toEqual(['SUSPENDED', 'SUSPENDED']);
    const changes = await app.dataSource.query(`SELECT count(*)::int AS n FROM partner_change WHERE partner_id = $1 AND kind = 'STATUS' AND summary LIKE 'status: ACTIVE →%'`, [partner.id]);
    expect(changes[0].n).toBe(1);
  });

  it('sets a distributor parent, refuses cycles and self-parenting', async () => {
    const top = await f.givenPartner({ kind: PartnerKind.DISTRIBUTOR });
    const sub = await f.givenPartner({ kind: PartnerKind.DISTRIBUTOR });
    const SET = `mutation($input: SetPartnerParentInput!) { setPartnerParent(input: $input) { partner { parent { id } } } }`;
    expect((await app.gql(SET, { input: { partnerId: sub.id, parentId: top.id } }, cm)).data!.setPartnerParent.partner.parent.id).toBe(top.id);
    const cycle = await app.gql(SET, { input: { partnerId: top.id, parentId: sub.id } }, cm);
    expect(cycle.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parentId', reason: 'would make the partner its own ancestor' });
    const self = await app.gql(SET, { input: { partnerId: top.id, parentId: top.id } }, cm);
    expect(self.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parentId' });
  });

  it('assigns tier and owner, recording who changed what', async () => {
    const partner = await f.givenPartner();
    const tier = await f.givenTier();
    const other = await f.givenUser(Role.CHANNEL_MANAGER);
    await app.gql(`mutation($p: ID!, $t: ID) { assignPartnerTier(input: { partnerId: $p, tierId: $t }) { partner { id } } }`, { p: partner.id, t: tier.id }, cm);
    const owner = await app.gql(`mutation($p: ID!, $o: ID!) { assignPartnerOwner(input: { partnerId: $p, ownerId: $o }) { partner { owner { id } tier { id } } } }`, { p: partner.id, o: other.id }, cm);
    expect(owner.data!.assignPartnerOwner.partner).toEqual({ owner: { id: other.id }, tier: { id: tier.id } });
    const analyst = await f.givenUser(Role.ANALYST);
    const notOwner = await app.gql(`mutation($p: ID!, $o: ID!) { assignPartnerOwner(input: { partnerId: $p, ownerId: $o }) { partner { id } } }`, { p: partner.id, o: analyst.id }, cm);
    expect(notOwner.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ownerId' });
    const history = await app.gql(`query($id: ID!) { partner(id: $id) { history { kind summary } } }`, { id: partner.id }, cm);
    expect(history.data!.partner.history.slice(0, 2)).toEqual([
      { kind: 'OWNER', summary: `owner: ${other.displayName}` },
      { kind: 'TIER', summary: `tier: ${tier.name}` },
    ]);
  });

  it('filters and pages the list with keyset cursors', async () => {
    const tier = await f.givenTier();
    const made = [];
    for (const name of ['Zeta Filter', 'Alpha Filter', 'Mu Filter']) made.push(await f.givenPartner({ name, tierId: tier.id, city: 'Gdynia' }));
    await f.givenPartner({ name: 'Other Filter', city: 'Gdynia' });
    const LIST = `query($first: Int!, $after: String, $filter: PartnerFilter) { partners(first: $first, after: $after, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } edges { node { name } } } }`;
    const filter = { search: 'filter', tierIds: [tier.id] };
    const page1 = await app.gql(LIST, { first: 2, filter }, cm);
    expect(page1.data!.partners.totalCount).toBe(3);
    expect(page1.data!.partners.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual(['Alpha Filter', 'Mu Filter']);
    expect(page1.data!.partners.pageInfo.hasNextPage).toBe(true);
    const page2 = await app.gql(LIST, { first: 2, after: page1.data!.partners.pageInfo.endCursor, filter }, cm);
    expect(page2.data!.partners.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual(['Zeta Filter']);
    expect(page2.data!.partners.pageInfo).toEqual({ hasNextPage: false, endCursor: expect.any(String) });
    const byCity = await app.gql(LIST, { first: 10, filter: { search: 'GDYNIA' } }, cm);
    expect(byCity.data!.partners.totalCount).toBe(4);
    const tooMany = await app.gql(LIST, { first: 101 }, cm);
    expect(tooMany.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const badCursor = await app.gql(LIST, { first: 1, after: 'garbage' }, cm);
    expect(badCursor.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('keeps analysts to reading: every write answers FORBIDDEN and changes nothing', async () => {
    const analyst = await app.signIn((await f.givenUser(Role.ANALYST)).email);
    const partner = await f.givenPartner({ status: PartnerStatus.ACTIVE });
    const list = await app.gql(`{ partners(first: 5) { totalCount } }`, {}, analyst);
    expect(list.data!.partners.totalCount).toBeGreaterThan(0);
    const writes = [
      app.gql(CREATE, create({ code: 'AN-1', name: 'Analyst made', kind: 'DEALER', city: 'Kraków', country: 'PL' }), analyst),
      app.gql(`mutation($id: ID!) { suspendPartner(input: { partnerId: $id }) { partner { id } } }`, { id: partner.id }, analyst),
      app.gql(`mutation($id: ID!) { updatePartnerProfile(input: { partnerId: $id, name: "Hacked" }) { partner { id } } }`, { id: partner.id }, analyst),
      app.gql(`mutation($id: ID!) { invitePartnerUser(input: { partnerId: $id, email: "x@y.example", displayName: "X Y", role: PARTNER_MANAGER }) { user { id } } }`, { id: partner.id }, analyst),
    ];
    for (const result of await Promise.all(writes)) expect(codeOf(result)).toBe('FORBIDDEN');
    const [row] = await app.dataSource.query(`SELECT name, status FROM partner WHERE id = $1`, [partner.id]);
    expect(row).toEqual({ name: partner.name, status: 'ACTIVE' });
  });

  it('lets a partner manager invite employees of its own partner only', async () => {
    const own = await f.givenPartner({ kind: PartnerKind.DISTRIBUTOR });
    const child = await f.givenPartner({ parentId: own.id });
    const pm = await app.signIn((await f.givenUser(Role.PARTNER_MANAGER, own.id)).email);
    const INVITE = `mutation($input: InvitePartnerUserInput!) { invitePartnerUser(input: $input) { user { email role partner { id } } invitationUrl } }`;
    const ok = await app.gql(INVITE, { input: { partnerId: own.id, email: 'staff@own.example', displayName: 'Staff Member', role: 'PARTNER_EMPLOYEE' } }, pm);
    expect(ok.data!.invitePartnerUser.user).toEqual({ email: 'staff@own.example', role: 'PARTNER_EMPLOYEE', partner: { id: own.id } });
    const asManager = await app.gql(INVITE, { input: { partnerId: own.id, email: 'boss@own.example', displayName: 'Boss', role: 'PARTNER_MANAGER' } }, pm);
    expect(asManager.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'role' });
    const forChild = await app.gql(INVITE, { input: { partnerId: child.id, email: 'kid@own.example', displayName: 'Kid Staff', role: 'PARTNER_EMPLOYEE' } }, pm);
    expect(codeOf(forChild)).toBe('FORBIDDEN');
    const dupEmail = await app.gql(INVITE, { input: { partnerId: own.id, email: 'STAFF@own.example', displayName: 'Again', role: 'PARTNER_EMPLOYEE' } }, pm);
    expect(dupEmail.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
  });
});
