import { startTestApp, TestApp, codeOf, Credentials, GraphQLResult } from '../../../test/harness';
import { fixtures } from '../../../test/fixtures';
import { Role } from '../../access/role';
import { PartnerKind, PartnerStatus } from '../partners/partner.entity';

const ok = <T = Record<string, any>>(result: GraphQLResult, name: string): T => {
  expect([name, result.errors]).toEqual([name, undefined]);
  return result.data![name] as T;
};

const FIELDS = `id kind title body status publishedAt updatedAt audience { everyone kinds tiers { id } territories { id } }`;
const CREATE = `mutation($input: CreateAnnouncementInput!) { createAnnouncement(input: $input) { announcement { ${FIELDS} } } }`;
const UPDATE = `mutation($input: UpdateAnnouncementInput!) { updateAnnouncement(input: $input) { announcement { ${FIELDS} } } }`;
const PUBLISH = `mutation($id: ID!) { publishAnnouncement(input: { announcementId: $id }) { announcement { id status publishedAt } } }`;
const READ = `mutation($id: ID!) { markAnnouncementRead(input: { announcementId: $id }) { announcement { id readAt } } }`;
const ONE = `query($id: ID!) { announcement(id: $id) { id title readAt } }`;
const LIST = `query($filter: AnnouncementFilter, $after: String, $first: Int) { announcements(first: $first, after: $after, filter: $filter) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id status readAt } } } }`;
const RECEIPTS = `query($id: ID!, $read: Boolean) { announcement(id: $id) { readSummary { partners partnersRead users usersRead }
  readReceipts(first: 100, read: $read) { totalCount edges { node { partner { id } user { id } readAt } } } } }`;

describe('announcements', () => {
  let app: TestApp;
  let f: ReturnType<typeof fixtures>;
  let cm: Credentials;

  beforeAll(async () => {
    app = await startTestApp();
    f = fixtures(app);
    cm = await app.signIn((await f.givenUser(Role.CHANNEL_MANAGER)).email);
  });
  afterAll(() => app.close());

  async function givenChannel() {
    const tier = await f.givenTier();
    const territory = await f.givenTerritory();
    const partnerIn = async (spec: { tierId?: string; status?: PartnerStatus; kind?: PartnerKind } = {}) => {
      const partner = await f.givenPartner({ territoryIds: [territory.id], ...spec });
      const manager = await f.givenUser(Role.PARTNER_MANAGER, partner.id);
      const employee = await f.givenUser(Role.PARTNER_EMPLOYEE, partner.id);
      return { partner, manager, employee, as: { manager: await app.signIn(manager.email), employee: await app.signIn(employee.email) } };
    };
    return {
      tier, territory,
      gold: await partnerIn({ tierId: tier.id }),
      goldProspect: await partnerIn({ tierId: tier.id, status: PartnerStatus.PROSPECT }),
      plain: await partnerIn(),
    };
  }
  const create = async (input: Record<string, unknown>) => ok<{ announcement: Record<string, any> }>(await app.gql(CREATE, { input: {
    kind: 'CAMPAIGN', title: 'Spring campaign', body: 'Ten percent off cordless drills in April.', ...input } }, cm), 'createAnnouncement').announcement;

  it('publishes to its audience, tells their managers once, and keeps one receipt per reader', async () => {
    const ch = await givenChannel();
    const draft = await create({ audience: { tierIds: [ch.tier.id], territoryIds: [ch.territory.id] } });
    expect(draft).toMatchObject({ kind: 'CAMPAIGN', status: 'DRAFT', publishedAt: null, audience: { everyone: false, kinds: [], tiers: [{ id: ch.tier.id }], territories: [{ id: ch.territory.id }] } });
    expect(codeOf(await app.gql(ONE, { id: draft.id }, ch.gold.as.employee))).toBe('NOT_FOUND');
    const noticesBefore = (await app.dataSource.query(`SELECT count(*)::int AS n FROM notification WHERE kind = 'ANNOUNCEMENT_PUBLISHED'`))[0].n;
    ok(await app.gql(PUBLISH, { id: draft.id }, cm), 'publishAnnouncement');
    ok(await app.gql(PUBLISH, { id: draft.id }, cm), 'publishAnnouncement');
    const notices = await app.dataSource.query(`SELECT user_id AS "userId", reference FROM notification WHERE kind = 'ANNOUNCEMENT_PUBLISHED' ORDER BY id`);
    expect(notices.slice(noticesBefore)).toEqual([{ userId: ch.gold.manager.id, reference: 'Spring campaign' }]);

    // The gold partner's users see it unread; the plain partner does not see it at all.
    expect(ok(await app.gql(LIST, { filter: { unread: true } }, ch.gold.as.employee), 'announcements').edges).toEqual([{ node: { id: draft.id, status: 'PUBLISHED', readAt: null } }]);
    expect(ok(await app.gql(LIST, {}, ch.plain.as.manager), 'announcements').totalCount).toBe(0);
    expect(codeOf(await app.gql(READ, { id: draft.id }, ch.plain.as.manager))).toBe('NOT_FOUND');

    const read = ok(await app.gql(READ, { id: draft.id }, ch.gold.as.employee), 'markAnnouncementRead').announcement;
    expect(typeof read.readAt).toBe('string');
    expect(ok(await app.gql(READ, { id: draft.id }, ch.gold.as.employee), 'markAnnouncementRead').announcement).toEqual(read);
    expect(ok(await app.gql(LIST, { filter: { unread: true } }, ch.gold.as.employee), 'announcements').totalCount).toBe(0);
    expect(ok(await app.gql(LIST, { filter: { unread: false } }, ch.gold.as.employee), 'announcements').totalCount).toBe(1);
    // The manager has its own receipt to leave.
    expect(ok(await app.gql(ONE, { id: draft.id }, ch.gold.as.manager), 'announcement').readAt).toBeNull();

    const receipts = async (r: boolean | null = null) => ok(await app.gql(RECEIPTS, { id: draft.id, read: r }, cm), 'announcement');
    const all = await receipts();
    expect(all.readSummary).toEqual({ partners: 1, partnersRead: 1, users: 2, usersRead: 1 });
    const rows = (x: typeof all) => x.readReceipts.edges.map((e: { node: Record<string, any> }) => [e.node.user.id, e.node.readAt]);
    expect(rows(await receipts(true))).toEqual([[ch.gold.employee.id, read.readAt]]);
    expect(rows(await receipts(false))).toEqual([[ch.gold.manager.id, null]]);
    expect(codeOf(await app.gql(RECEIPTS, { id: draft.id }, ch.gold.as.manager))).toBe('FORBIDDEN');
    expect(await app.dataSource.query(`SELECT user_id AS "userId", partner_id AS "partnerId" FROM announcement_read WHERE announcement_id = $1`, [draft.id]))
      .toEqual([{ userId: ch.gold.employee.id, partnerId: ch.gold.partner.id }]);
  });

  it('changes a draft only where it differs, and never a published one', async () => {
    const ch = await givenChannel();
    const draft = await create({ kind: 'NEWS', title: 'New warehouse', body: 'We open in Gliwice.' });
    expect(draft.audience).toEqual({ everyone: true, kinds: [], tiers: [], territories: [] });
    const input = { announcementId: draft.id, kind: 'NEWS', title: 'New warehouse in Gliwice', body: 'We open in May.', audience: { kinds: ['DEALER'], territoryIds: [ch.territory.id] } };
    const changed = ok(await app.gql(UPDATE, { input }, cm), 'updateAnnouncement').announcement;
    expect(changed).toMatchObject({ title: 'New warehouse in Gliwice', body: 'We open in May.', audience: { everyone: false, kinds: ['DEALER'], territories: [{ id: ch.territory.id }] } });
    expect(ok(await app.gql(UPDATE, { input }, cm), 'updateAnnouncement').announcement.updatedAt).toBe(changed.updatedAt);
    ok(await app.gql(PUBLISH, { id: draft.id }, cm), 'publishAnnouncement');
    const refused = await app.gql(UPDATE, { input: { ...input, title: 'Rewritten' } }, cm);
    expect(codeOf(refused)).toBe('CONFLICT');
    expect(await app.dataSource.query(`SELECT title FROM announcement WHERE id = $1`, [draft.id])).toEqual([{ title: 'New warehouse in Gliwice' }]);
    for (const [field, value] of [['title', 'ab'], ['body', ' ']] as const) {
      const bad = await app.gql(CREATE, { input: { kind: 'NEWS', title: 'Fine title', body: 'Fine body', [field]: value } }, cm);
      expect([codeOf(bad), bad.errors?.[0]?.extensions?.field]).toEqual(['BAD_USER_INPUT', field]);
    }
    const badTerritory = await app.gql(CREATE, { input: { kind: 'NEWS', title: 'Fine title', body: 'Fine body', audience: { territoryIds: [ch.tier.id] } } }, cm);
    expect([codeOf(badTerritory), badTerritory.errors?.[0]?.extensions?.field]).toEqual(['BAD_USER_INPUT', 'audience.territoryIds']);
    for (const who of [ch.gold.as.manager]) expect(codeOf(await app.gql(CREATE, { input: { kind: 'NEWS', title: 'Mine', body: 'Mine' } }, who))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(READ, { id: draft.id }, cm))).toBe('FORBIDDEN');
  });

  it('pages latest first with cursors, and refuses a forged one', async () => {
    const ch = await givenChannel();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const a = await create({ title: `Paged news ${i}`, kind: 'NEWS', audience: { territoryIds: [ch.territory.id] } });
      ok(await app.gql(PUBLISH, { id: a.id }, cm), 'publishAnnouncement');
      ids.unshift(a.id);
    }
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: Record<string, any> = ok(await app.gql(LIST, { first: 2, after }, ch.plain.as.employee), 'announcements');
      seen.push(...page.edges.map((e: { node: { id: string } }) => e.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(ids);
    const forged = await app.gql(LIST, { first: 2, after: Buffer.from('["2026-01-01", 5]').toString('base64url') }, ch.plain.as.employee);
    expect([codeOf(forged), forged.errors?.[0]?.extensions?.field]).toEqual(['BAD_USER_INPUT', 'after']);
  });
});

describe('statements of the announcements lists', () => {
  let app: TestApp;
  let f: ReturnType<typeof fixtures>;
  let cm: Credentials;

  beforeAll(async () => {
    app = await startTestApp();
    f = fixtures(app);
    cm = await app.signIn((await f.givenUser(Role.CHANNEL_MANAGER)).email);
  });
  afterAll(() => app.close());

  const BRAND = `{ announcements(first: 50) { totalCount edges { node { id audience { tiers { id } territories { id } } publishedBy { id } readSummary { partners usersRead } } } } }`;
  const PARTNER = `{ announcements(first: 50) { edges { node { id title readAt } } } }`;

  it('takes the same statements for 3 announcements and for 9', async () => {
    const [tier, territory] = [await f.givenTier(), await f.givenTerritory()];
    const partner = await f.givenPartner({ territoryIds: [territory.id], tierId: tier.id });
    const employee = await app.signIn((await f.givenUser(Role.PARTNER_EMPLOYEE, partner.id)).email);
    const publishSome = async (n: number) => {
      for (let i = 0; i < n; i++) {
        const created = ok<{ announcement: { id: string } }>(await app.gql(CREATE, { input: { kind: 'NEWS', title: `News ${i}`, body: 'Text',
          audience: { territoryIds: [territory.id], tierIds: [tier.id] } } }, cm), 'createAnnouncement').announcement;
        ok(await app.gql(PUBLISH, { id: created.id }, cm), 'publishAnnouncement');
        ok(await app.gql(READ, { id: created.id }, employee), 'markAnnouncementRead');
      }
    };
    await publishSome(3);
    const [small, smallPartner] = [await app.gql(BRAND, {}, cm), await app.gql(PARTNER, {}, employee)];
    await publishSome(6);
    const [large, largePartner] = [await app.gql(BRAND, {}, cm), await app.gql(PARTNER, {}, employee)];
    expect([small.errors, large.errors, smallPartner.errors, largePartner.errors]).toEqual([undefined, undefined, undefined, undefined]);
    expect([small.data!.announcements.totalCount, large.data!.announcements.totalCount, largePartner.data!.announcements.edges.length]).toEqual([3, 9, 9]);
    // page, count, then one each: tiers, territories, publishers, summaries
    expect([small.statements, large.statements]).toEqual([6, 6]);
    // page, own readings
    expect([smallPartner.statements, largePartner.statements]).toEqual([2, 2]);
  });
});
