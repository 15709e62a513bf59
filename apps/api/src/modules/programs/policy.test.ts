import { startTestApp, TestApp, codeOf, Credentials, GraphQLResult } from '../../../test/harness';
import { fixtures } from '../../../test/fixtures';
import { Role } from '../../access/role';
import { PartnerKind, PartnerStatus } from '../partners/partner.entity';
import { utcToday } from '../../domain/calendar';

const ok = <T = Record<string, any>>(result: GraphQLResult, name: string): T => {
  expect([name, result.errors]).toEqual([name, undefined]);
  return result.data![name] as T;
};
const fieldOf = (result: GraphQLResult) => [codeOf(result), result.errors?.[0]?.extensions?.field];

const VERSION = `id version status body changeNote effectiveOn publishedAt`;
const CREATE = `mutation($input: CreateSalesPolicyInput!) { createSalesPolicy(input: $input) { policy { id kind title firstPublishedAt
  audience { everyone kinds tiers { id } territories { id } } draft { ${VERSION} } currentVersion { id } versions { id } } } }`;
const UPDATE = `mutation($input: UpdateSalesPolicyInput!) { updateSalesPolicy(input: $input) { policy { id title updatedAt audience { kinds territories { id } } } } }`;
const DRAFT = `mutation($input: SaveSalesPolicyDraftInput!) { saveSalesPolicyDraft(input: $input) { version { ${VERSION} updatedAt } } }`;
const PUBLISH = `mutation($id: ID!) { publishSalesPolicyVersion(input: { versionId: $id }) { version { ${VERSION} } } }`;
const ACK = `mutation($id: ID!) { acknowledgeSalesPolicy(input: { versionId: $id }) { version { id acknowledgment { mine partner } } } }`;
const POLICY = `query($id: ID!) { salesPolicy(id: $id) { id title currentVersion { id version } upcomingVersion { id version } latestVersion { id version acknowledgment { mine partner } }
  versions { id version status } } }`;
const LIST = `query($filter: SalesPolicyFilter) { salesPolicies(first: 100, filter: $filter) { totalCount edges { node { id } } } }`;
const SUMMARY = `query($id: ID!, $ack: Boolean) { salesPolicy(id: $id) { latestVersion { acknowledgmentSummary { partners partnersAcknowledged managers managersAcknowledged }
  partnerAcknowledgments(first: 100, acknowledged: $ack) { totalCount edges { node { partner { id } acknowledgedAt acknowledgedBy { id } managers managersAcknowledged } } } } } }`;

describe('sales policies', () => {
  let app: TestApp;
  let f: ReturnType<typeof fixtures>;
  let cm: Credentials;
  let analyst: Credentials;

  beforeAll(async () => {
    app = await startTestApp();
    f = fixtures(app);
    cm = await app.signIn((await f.givenUser(Role.CHANNEL_MANAGER)).email);
    analyst = await app.signIn((await f.givenUser(Role.ANALYST)).email);
  });
  afterAll(() => app.close());

  /** A territory of its own with partners in it: an audience no other test's partners fall into. */
  async function givenChannel() {
    const territory = await f.givenTerritory();
    const partnerIn = async (spec: { kind?: PartnerKind; status?: PartnerStatus } = {}) => {
      const partner = await f.givenPartner({ territoryIds: [territory.id], ...spec });
      const managers = [await f.givenUser(Role.PARTNER_MANAGER, partner.id), await f.givenUser(Role.PARTNER_MANAGER, partner.id)];
      const employee = await f.givenUser(Role.PARTNER_EMPLOYEE, partner.id);
      return { partner, managers, employee, as: { manager: await app.signIn(managers[0].email), second: await app.signIn(managers[1].email), employee: await app.signIn(employee.email) } };
    };
    const dealer = await partnerIn({ kind: PartnerKind.DEALER });
    const reseller = await partnerIn({ kind: PartnerKind.RESELLER });
    const onboarding = await partnerIn({ kind: PartnerKind.RESELLER, status: PartnerStatus.ONBOARDING });
    const prospect = await partnerIn({ kind: PartnerKind.RESELLER, status: PartnerStatus.PROSPECT });
    const outside = await (async () => {
      const partner = await f.givenPartner({ kind: PartnerKind.RESELLER });
      const manager = await f.givenUser(Role.PARTNER_MANAGER, partner.id);
      return { partner, manager, as: await app.signIn(manager.email) };
    })();
    return { territory, dealer, reseller, onboarding, prospect, outside };
  }

  const create = async (extra: Record<string, unknown> = {}) => ok<{ policy: Record<string, any> }>(await app.gql(CREATE, { input: {
    kind: 'RULES_OF_ENGAGEMENT', title: 'Rules of engagement', body: 'Register every deal before the first quote.', effectiveOn: utcToday(), changeNote: 'First edition', ...extra,
  } }, cm), 'createSalesPolicy').policy;
  const notified = async (kind = 'POLICY_PUBLISHED') => (await app.dataSource.query(
    `SELECT user_id AS "userId", reference FROM notification WHERE kind = $1 ORDER BY user_id`, [kind])) as { userId: string; reference: string }[];

  it('drafts, publishes to its audience only, notifies their managers once, and records each acknowledgment once', async () => {
    const ch = await givenChannel();
    const before = await notified();
    const policy = await create({ audience: { kinds: ['RESELLER'], territoryIds: [ch.territory.id] } });
    expect(policy).toMatchObject({ kind: 'RULES_OF_ENGAGEMENT', title: 'Rules of engagement', firstPublishedAt: null, currentVersion: null,
      audience: { everyone: false, kinds: ['RESELLER'], tiers: [], territories: [{ id: ch.territory.id }] },
      draft: { version: 1, status: 'DRAFT', body: 'Register every deal before the first quote.', changeNote: 'First edition', effectiveOn: utcToday(), publishedAt: null } });
    // A draft reaches nobody: not listed, and NOT_FOUND by id.
    expect(ok(await app.gql(LIST, {}, ch.reseller.as.manager), 'salesPolicies').totalCount).toBe(0);
    expect(codeOf(await app.gql(POLICY, { id: policy.id }, ch.reseller.as.manager))).toBe('NOT_FOUND');

    const published = ok(await app.gql(PUBLISH, { id: policy.draft.id }, cm), 'publishSalesPolicyVersion').version;
    expect([published.status, published.version, typeof published.publishedAt]).toEqual(['PUBLISHED', 1, 'string']);
    // The managers of the active and onboarding resellers of the territory: not the dealer's, the prospect's or the outsider's, nor employees.
    const recipients = [...ch.reseller.managers, ...ch.onboarding.managers].map((u) => u.id).sort();
    const added = (await notified()).filter((n) => !before.some((b) => b.userId === n.userId && b.reference === n.reference));
    expect(added).toEqual(recipients.map((userId) => ({ userId, reference: 'Rules of engagement (v1)' })));
    // Publishing again changes nothing and tells nobody again.
    expect(ok(await app.gql(PUBLISH, { id: policy.draft.id }, cm), 'publishSalesPolicyVersion').version).toEqual(published);
    expect((await notified()).length).toBe(before.length + recipients.length);

    for (const who of [ch.reseller.as.manager, ch.reseller.as.employee, ch.onboarding.as.manager]) {
      expect(ok(await app.gql(LIST, {}, who), 'salesPolicies').edges).toEqual([{ node: { id: policy.id } }]);
    }
    for (const who of [ch.dealer.as.manager, ch.outside.as]) {
      expect(ok(await app.gql(LIST, {}, who), 'salesPolicies').totalCount).toBe(0);
      expect(codeOf(await app.gql(POLICY, { id: policy.id }, who))).toBe('NOT_FOUND');
      expect(codeOf(await app.gql(ACK, { id: published.id }, who))).toBe('NOT_FOUND');
    }
    expect(codeOf(await app.gql(ACK, { id: published.id }, ch.reseller.as.employee))).toBe('FORBIDDEN');

    const summary = async (ack: boolean | null = null) => ok(await app.gql(SUMMARY, { id: policy.id, ack }, cm), 'salesPolicy').latestVersion;
    expect((await summary()).acknowledgmentSummary).toEqual({ partners: 2, partnersAcknowledged: 0, managers: 4, managersAcknowledged: 0 });

    const acked = ok(await app.gql(ACK, { id: published.id }, ch.reseller.as.manager), 'acknowledgeSalesPolicy').version;
    expect(acked.acknowledgment.mine).toEqual(acked.acknowledgment.partner);
    const stored = await app.dataSource.query(`SELECT user_id AS "userId", partner_id AS "partnerId", acknowledged_at AS at FROM policy_acknowledgment WHERE version_id = $1`, [published.id]);
    expect(stored.map((r: { userId: string; partnerId: string }) => [r.userId, r.partnerId])).toEqual([[ch.reseller.managers[0].id, ch.reseller.partner.id]]);
    // Again: nothing changes, the time stays the first.
    expect(ok(await app.gql(ACK, { id: published.id }, ch.reseller.as.manager), 'acknowledgeSalesPolicy').version).toEqual(acked);
    expect(await app.dataSource.query(`SELECT user_id AS "userId", partner_id AS "partnerId", acknowledged_at AS at FROM policy_acknowledgment WHERE version_id = $1`, [published.id])).toEqual(stored);
    // The second manager of the same partner sees its partner's acknowledgment, not its own.
    const second = ok(await app.gql(POLICY, { id: policy.id }, ch.reseller.as.second), 'salesPolicy').latestVersion.acknowledgment;
    expect([second.mine, second.partner]).toEqual([null, acked.acknowledgment.partner]);

    const after = await summary();
    expect(after.acknowledgmentSummary).toEqual({ partners: 2, partnersAcknowledged: 1, managers: 4, managersAcknowledged: 1 });
    const rows = (s: typeof after) => s.partnerAcknowledgments.edges.map((e: { node: Record<string, any> }) => [e.node.partner.id, e.node.acknowledgedBy?.id ?? null, e.node.managers, e.node.managersAcknowledged]);
    expect((await summary(false)).partnerAcknowledgments.totalCount).toBe(1);
    expect(rows(await summary(false))).toEqual([[ch.onboarding.partner.id, null, 2, 0]]);
    expect(rows(await summary(true))).toEqual([[ch.reseller.partner.id, ch.reseller.managers[0].id, 2, 1]]);
    // Partners may not read the brand's view of acknowledgments.
    expect(codeOf(await app.gql(SUMMARY, { id: policy.id }, ch.reseller.as.manager))).toBe('FORBIDDEN');
  });

  it('keeps published versions as they were: a new draft becomes the next version, effective not before today nor before the one it follows', async () => {
    const ch = await givenChannel();
    const policy = await create({ kind: 'PAYMENT_TERMS', title: 'Payment terms', effectiveOn: '2099-01-01', audience: { territoryIds: [ch.territory.id] } });
    const v1 = ok(await app.gql(PUBLISH, { id: policy.draft.id }, cm), 'publishSalesPolicyVersion').version;
    // Saving a draft now opens version 2; version 1 keeps its text.
    const v2 = ok(await app.gql(DRAFT, { input: { policyId: policy.id, body: 'Net 30 days.', effectiveOn: '2098-06-01', changeNote: 'Shorter' } }, cm), 'saveSalesPolicyDraft').version;
    expect([v2.version, v2.status, v2.body]).toEqual([2, 'DRAFT', 'Net 30 days.']);
    expect(fieldOf(await app.gql(PUBLISH, { id: v2.id }, cm))).toEqual(['BAD_USER_INPUT', 'effectiveOn']);
    // The same draft again changes nothing; a corrected one is the same version.
    const same = ok(await app.gql(DRAFT, { input: { policyId: policy.id, body: 'Net 30 days.', effectiveOn: '2098-06-01', changeNote: 'Shorter' } }, cm), 'saveSalesPolicyDraft').version;
    expect(same).toEqual(v2);
    const fixed = ok(await app.gql(DRAFT, { input: { policyId: policy.id, body: 'Net 30 days.', effectiveOn: '2099-03-01', changeNote: 'Shorter' } }, cm), 'saveSalesPolicyDraft').version;
    expect([fixed.id, fixed.version, fixed.effectiveOn]).toEqual([v2.id, 2, '2099-03-01']);
    ok(await app.gql(PUBLISH, { id: v2.id }, cm), 'publishSalesPolicyVersion');
    const seen = ok(await app.gql(POLICY, { id: policy.id }, ch.reseller.as.employee), 'salesPolicy');
    expect(seen).toMatchObject({ currentVersion: null, upcomingVersion: { version: 1 }, latestVersion: { version: 2 },
      versions: [{ version: 2, status: 'PUBLISHED' }, { version: 1, status: 'PUBLISHED' }] });
    const text = await app.dataSource.query(`SELECT version, body FROM sales_policy_version WHERE policy_id = $1 ORDER BY version`, [policy.id]);
    expect(text).toEqual([{ version: 1, body: 'Register every deal before the first quote.' }, { version: 2, body: 'Net 30 days.' }]);
    expect(v1.status).toBe('PUBLISHED');
    // A version may not apply from the past.
    const old = await create({ title: 'Backdated', effectiveOn: '2020-01-01', audience: { territoryIds: [ch.territory.id] } });
    const refused = await app.gql(PUBLISH, { id: old.draft.id }, cm);
    expect(fieldOf(refused)).toEqual(['BAD_USER_INPUT', 'effectiveOn']);
    expect(await app.dataSource.query(`SELECT status FROM sales_policy_version WHERE id = $1`, [old.draft.id])).toEqual([{ status: 'DRAFT' }]);
  });

  it('lists what a partner manager has yet to acknowledge: the latest published version of each policy', async () => {
    const ch = await givenChannel();
    const a = await create({ title: 'Alpha terms', audience: { territoryIds: [ch.territory.id] } });
    const b = await create({ title: 'Beta terms', audience: { territoryIds: [ch.territory.id] } });
    for (const p of [a, b]) ok(await app.gql(PUBLISH, { id: p.draft.id }, cm), 'publishSalesPolicyVersion');
    ok(await app.gql(ACK, { id: a.draft.id }, ch.dealer.as.manager), 'acknowledgeSalesPolicy');
    const ids = async (awaiting: boolean) => ok(await app.gql(LIST, { filter: { awaitingMyAcknowledgment: awaiting } }, ch.dealer.as.manager), 'salesPolicies')
      .edges.map((e: { node: { id: string } }) => e.node.id);
    expect([await ids(true), await ids(false)]).toEqual([[b.id], [a.id]]);
    // A new version of Alpha waits again.
    const v2 = ok(await app.gql(DRAFT, { input: { policyId: a.id, body: 'Alpha, revised.', effectiveOn: utcToday() } }, cm), 'saveSalesPolicyDraft').version;
    ok(await app.gql(PUBLISH, { id: v2.id }, cm), 'publishSalesPolicyVersion');
    expect((await ids(true)).sort()).toEqual([a.id, b.id].sort());
  });

  it('changes title and audience only when they differ; analysts and partners may not write', async () => {
    const ch = await givenChannel();
    const policy = await create({ title: 'Conflict rules', kind: 'CONFLICT_RULES' });
    const input = { policyId: policy.id, title: 'Channel conflict rules', audience: { kinds: ['DEALER', 'RESELLER'], territoryIds: [ch.territory.id] } };
    const first = ok(await app.gql(UPDATE, { input }, cm), 'updateSalesPolicy').policy;
    expect(first.audience).toEqual({ kinds: ['DEALER', 'RESELLER'], territories: [{ id: ch.territory.id }] });
    const again = ok(await app.gql(UPDATE, { input: { ...input, audience: { kinds: ['RESELLER', 'DEALER', 'DEALER'], territoryIds: [ch.territory.id] } } }, cm), 'updateSalesPolicy').policy;
    expect(again.updatedAt).toBe(first.updatedAt);
    for (const who of [analyst, ch.reseller.as.manager]) expect(codeOf(await app.gql(UPDATE, { input }, who))).toBe('FORBIDDEN');
  });

  it.each(([
    [{ title: 'No' }, 'title'],
    [{ body: '   ' }, 'body'],
    [{ effectiveOn: '2026-02-30' }, 'effectiveOn'],
    [{ effectiveOn: '30.11.2026' }, 'effectiveOn'],
    [{ kind: 'GOSSIP' }, null],
    [{ audience: { tierIds: ['00000000-0000-4000-8000-000000000000'] } }, 'audience.tierIds'],
    [{ audience: { territoryIds: ['not-an-id'] } }, null],
    [{ changeNote: 'x'.repeat(1001) }, 'changeNote'],
  ] as [Record<string, unknown>, string | null][]).map(([extra, field]) => [Object.keys(extra as object)[0], extra, field] as const))('refuses a bad %s naming the field, creating nothing', async (_name, extra, field) => {
    const count = async () => (await app.dataSource.query(`SELECT count(*)::int AS n FROM sales_policy`))[0].n;
    const before = await count();
    const result = await app.gql(CREATE, { input: { kind: 'OTHER', title: 'Something', body: 'Text', effectiveOn: utcToday(), ...extra } }, cm);
    expect(codeOf(result)).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);
    if (field) expect(result.errors?.[0]?.extensions?.field).toBe(field);
    expect(await count()).toBe(before);
  });

  it('publishes once under racing requests, and opens one draft under racing saves', async () => {
    const ch = await givenChannel();
    const before = (await notified()).length;
    const policy = await create({ title: 'Raced terms', audience: { territoryIds: [ch.territory.id] } });
    const results = await Promise.all([1, 2, 3].map(() => app.gql(PUBLISH, { id: policy.draft.id }, cm)));
    expect(results.map((r) => [r.errors, r.data?.publishSalesPolicyVersion.version.status])).toEqual([1, 2, 3].map(() => [undefined, 'PUBLISHED']));
    // Managers of the dealer, reseller and onboarding reseller (two each), once.
    expect((await notified()).length).toBe(before + 6);
    const drafts = await Promise.all([1, 2, 3].map((i) => app.gql(DRAFT, { input: { policyId: policy.id, body: `Draft ${i}`, effectiveOn: '2099-01-01' } }, cm)));
    expect(drafts.map((r) => r.errors)).toEqual([undefined, undefined, undefined]);
    expect(new Set(drafts.map((r) => r.data!.saveSalesPolicyDraft.version.id)).size).toBe(1);
    expect(await app.dataSource.query(`SELECT version, status FROM sales_policy_version WHERE policy_id = $1 ORDER BY version`, [policy.id]))
      .toEqual([{ version: 1, status: 'PUBLISHED' }, { version: 2, status: 'DRAFT' }]);
  });

  it("answers when each partner first acknowledged a partner agreement, for the onboarding checklist", async () => {
    const ch = await givenChannel();
    const agreement = await create({ kind: 'PARTNER_AGREEMENT', title: 'Partner agreement', audience: { territoryIds: [ch.territory.id] } });
    ok(await app.gql(PUBLISH, { id: agreement.draft.id }, cm), 'publishSalesPolicyVersion');
    const other = await create({ kind: 'PRICE_LIST', title: 'Price list', audience: { territoryIds: [ch.territory.id] } });
    ok(await app.gql(PUBLISH, { id: other.draft.id }, cm), 'publishSalesPolicyVersion');
    ok(await app.gql(ACK, { id: agreement.draft.id }, ch.onboarding.as.manager), 'acknowledgeSalesPolicy');
    ok(await app.gql(ACK, { id: other.draft.id }, ch.reseller.as.manager), 'acknowledgeSalesPolicy');
    const at = await f.asSystem((scope) => app.services.policies.agreementAcknowledgedAt(scope, [ch.onboarding.partner.id, ch.reseller.partner.id, ch.dealer.partner.id]));
    const [stored] = await app.dataSource.query(`SELECT acknowledged_at AS at FROM policy_acknowledgment WHERE version_id = $1`, [agreement.draft.id]);
    expect([...at.entries()]).toEqual([[ch.onboarding.partner.id, stored.at]]);
  });
});

describe('statements of the policy library', () => {
  let app: TestApp;
  let f: ReturnType<typeof fixtures>;
  let cm: Credentials;

  beforeAll(async () => {
    app = await startTestApp();
    f = fixtures(app);
    cm = await app.signIn((await f.givenUser(Role.CHANNEL_MANAGER)).email);
  });
  afterAll(() => app.close());

  const LIBRARY = `{ salesPolicies(first: 50) { totalCount edges { node { id title audience { tiers { id } territories { id } } currentVersion { id publishedBy { id }
    acknowledgmentSummary { partners } } draft { id } versions { id } } } } }`;
  const PARTNER_LIBRARY = `{ salesPolicies(first: 50) { edges { node { id currentVersion { id acknowledgment { mine partner } } } } } }`;

  it('takes the same statements for 3 policies and for 9', async () => {
    const territory = await f.givenTerritory();
    const partner = await f.givenPartner({ territoryIds: [territory.id] });
    const manager = await app.signIn((await f.givenUser(Role.PARTNER_MANAGER, partner.id)).email);
    const publishSome = async (n: number) => {
      for (let i = 0; i < n; i++) {
        const created = ok(await app.gql(CREATE, { input: { kind: 'OTHER', title: `Policy ${i}`, body: 'Text', effectiveOn: utcToday(), audience: { territoryIds: [territory.id] } } }, cm), 'createSalesPolicy').policy;
        ok(await app.gql(PUBLISH, { id: created.draft.id }, cm), 'publishSalesPolicyVersion');
        ok(await app.gql(DRAFT, { input: { policyId: created.id, body: 'Next', effectiveOn: '2099-01-01' } }, cm), 'saveSalesPolicyDraft');
      }
    };
    await publishSome(3);
    const small = await app.gql(LIBRARY, {}, cm);
    const smallPartner = await app.gql(PARTNER_LIBRARY, {}, manager);
    await publishSome(6);
    const large = await app.gql(LIBRARY, {}, cm);
    const largePartner = await app.gql(PARTNER_LIBRARY, {}, manager);
    expect([small.errors, large.errors, smallPartner.errors, largePartner.errors]).toEqual([undefined, undefined, undefined, undefined]);
    expect([small.data!.salesPolicies.totalCount, large.data!.salesPolicies.totalCount, largePartner.data!.salesPolicies.edges.length]).toEqual([3, 9, 9]);
    // page, count, versions, then one each: the audiences' territories (no tiers named: none asked), publishers, summaries
    expect([small.statements, large.statements]).toEqual([6, 6]);
    // page, versions, own acknowledgments
    expect([smallPartner.statements, largePartner.statements]).toEqual([3, 3]);
  });
});
