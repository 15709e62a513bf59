import { startTestApp, TestApp, Credentials, codeOf } from '../../../test/harness';
import { fixtures } from '../../../test/fixtures';
import { Role } from '../../access/role';
import { PartnerStatus } from '../partners/partner.entity';
import { tasks } from '../../jobs/worker';
import type { Mailer } from '../../access/mailer';

const PROGRESS = `query($id: ID!) { partner(id: $id) { id status onboarding { completed total complete steps { code title position checkedBy done how } } } }`;
const TICK = `mutation($id: ID!, $step: String!) { completeOnboardingStep(input: { partnerId: $id, step: $step }) {
  partner { id status onboarding { completed steps { code done how } } } } }`;

type Step = { code: string; done: boolean; how: string | null };
const states = (steps: Step[]) => steps.map((s) => [s.code, s.done, s.how]);

describe('onboarding checklists', () => {
  let app: TestApp;
  let f: ReturnType<typeof fixtures>;
  let cm: Credentials;

  beforeAll(async () => {
    app = await startTestApp();
    f = fixtures(app);
    cm = await app.signIn((await f.givenUser(Role.CHANNEL_MANAGER)).email);
  });
  afterAll(() => app.close());

  /** A published partner agreement acknowledged by this partner manager for its partner. */
  async function givenAgreementAcknowledged(partnerId: string, userId: string): Promise<void> {
    await app.dataSource.query(
      `WITH p AS (INSERT INTO sales_policy (kind, title) VALUES ('PARTNER_AGREEMENT', 'Partner agreement') RETURNING id),
            v AS (INSERT INTO sales_policy_version (policy_id, version, status, body, effective_on, published_at) SELECT id, 1, 'PUBLISHED', 'Terms', '2026-01-01', now() FROM p RETURNING id)
       INSERT INTO policy_acknowledgment (version_id, user_id, partner_id) SELECT id, $2, $1 FROM v`, [partnerId, userId]);
  }

  it('shows each step exactly as the facts and ticks say, and the last tick makes the partner ACTIVE', async () => {
    const partner = await f.givenPartner({ status: PartnerStatus.ONBOARDING });
    const pmUser = await f.givenUser(Role.PARTNER_MANAGER, partner.id);
    const progress = async () => (await app.gql(PROGRESS, { id: partner.id }, cm)).data!.partner;

    const fresh = await progress();
    expect(fresh.onboarding).toEqual({ completed: 0, total: 4, complete: false, steps: [
      { code: 'AGREEMENT', title: 'Partner agreement accepted', position: 1, checkedBy: 'AGREEMENT', done: false, how: null },
      { code: 'TRAINING', title: 'First training done', position: 2, checkedBy: 'TRAINING', done: false, how: null },
      { code: 'SHOWROOM', title: 'Showroom set up', position: 3, checkedBy: 'SHOWROOM', done: false, how: null },
      { code: 'OFFER', title: 'First offer published', position: 4, checkedBy: 'OFFER', done: false, how: null },
    ] });

    await f.givenShowroom(partner.id, { enabled: false });
    const product = await f.givenProduct();
    await f.givenOffer(partner.id, product.id, { offered: false });
    expect((await progress()).onboarding.completed).toBe(0);

    await f.givenShowroom(partner.id, { enabled: true });
    await f.givenOffer(partner.id, (await f.givenProduct()).id);
    await givenAgreementAcknowledged(partner.id, pmUser.id);
    const derived = await progress();
    expect([derived.status, derived.onboarding.completed, derived.onboarding.complete, states(derived.onboarding.steps)]).toEqual([
      'ONBOARDING', 3, false, [['AGREEMENT', true, 'AUTO'], ['TRAINING', false, null], ['SHOWROOM', true, 'AUTO'], ['OFFER', true, 'AUTO']]]);

    // Derived steps are not ticked by hand; unknown steps are not steps.
    for (const step of ['SHOWROOM', 'OFFER', 'AGREEMENT', 'NOPE']) {
      const refused = await app.gql(TICK, { id: partner.id, step }, cm);
      expect([step, codeOf(refused), refused.errors![0].extensions!.field]).toEqual([step, 'BAD_USER_INPUT', 'step']);
    }
    expect(await app.dataSource.query(`SELECT * FROM partner_onboarding_step WHERE partner_id = $1`, [partner.id])).toEqual([]);

    const ticked = await app.gql(TICK, { id: partner.id, step: 'TRAINING' }, cm);
    expect(ticked.errors).toBeUndefined();
    expect([ticked.data!.completeOnboardingStep.partner.status, ticked.data!.completeOnboardingStep.partner.onboarding.completed,
      states(ticked.data!.completeOnboardingStep.partner.onboarding.steps)[1]]).toEqual(['ACTIVE', 4, ['TRAINING', true, 'MANUAL']]);
    const history = await app.dataSource.query(`SELECT summary FROM partner_change WHERE partner_id = $1 AND kind = 'STATUS' ORDER BY at DESC LIMIT 1`, [partner.id]);
    expect(history[0].summary).toBe('status: ONBOARDING → ACTIVE (onboarding checklist complete)');

    // An ACTIVE partner has nothing to tick: CONFLICT, and nothing written.
    const rows = await app.dataSource.query(`SELECT step, how FROM partner_onboarding_step WHERE partner_id = $1`, [partner.id]);
    expect(rows).toEqual([{ step: 'TRAINING', how: 'MANUAL' }]);
    expect(codeOf(await app.gql(TICK, { id: partner.id, step: 'TRAINING' }, cm))).toBe('CONFLICT');
    expect(await app.dataSource.query(`SELECT step, how FROM partner_onboarding_step WHERE partner_id = $1`, [partner.id])).toEqual(rows);
  });

  it('counts a training interaction that took place, not one planned; a second tick keeps the first', async () => {
    const partner = await f.givenPartner({ status: PartnerStatus.ONBOARDING });
    const record = (occurredAt: string) => app.gql(`mutation($input: RecordInteractionInput!) { recordInteraction(input: $input) { interaction { id } } }`,
      { input: { partnerId: partner.id, kind: 'TRAINING', occurredAt, subject: 'Product training' } }, cm);
    await record('2099-01-01T10:00:00Z');
    const training = async () => (await app.gql(PROGRESS, { id: partner.id }, cm)).data!.partner.onboarding.steps[1];
    expect([(await training()).done]).toEqual([false]);
    await record('2026-01-05T10:00:00Z');
    expect([(await training()).done, (await training()).how]).toEqual([true, 'AUTO']);

    await app.gql(TICK, { id: partner.id, step: 'TRAINING' }, cm);
    const first = await app.dataSource.query(`SELECT done_at, done_by, how FROM partner_onboarding_step WHERE partner_id = $1`, [partner.id]);
    await app.gql(TICK, { id: partner.id, step: 'TRAINING' }, cm);
    expect(await app.dataSource.query(`SELECT done_at, done_by, how FROM partner_onboarding_step WHERE partner_id = $1`, [partner.id])).toEqual(first);
    expect((await app.gql(PROGRESS, { id: partner.id }, cm)).data!.partner.status).toBe('ONBOARDING');
  });

  it('the onboarding_review job activates ONBOARDING partners whose checklist is complete, and records what it saw', async () => {
    const complete = await f.givenPartner({ status: PartnerStatus.ONBOARDING });
    const incomplete = await f.givenPartner({ status: PartnerStatus.ONBOARDING });
    for (const partner of [complete, incomplete]) {
      await f.givenShowroom(partner.id);
      await f.givenOffer(partner.id, (await f.givenProduct()).id);
      await givenAgreementAcknowledged(partner.id, (await f.givenUser(Role.PARTNER_MANAGER, partner.id)).id);
    }
    await app.gql(`mutation($input: RecordInteractionInput!) { recordInteraction(input: $input) { interaction { id } } }`,
      { input: { partnerId: complete.id, kind: 'TRAINING', occurredAt: '2026-02-01T09:00:00Z', subject: 'First training' } }, cm);

    const mailer = { enabled: false } as unknown as Mailer;
    await tasks({ mailer, leads: { scopes: app.scopes, lifecycle: app.services.leadLifecycle }, onboarding: app.services.onboarding }).onboarding_review({});

    const statuses = await app.dataSource.query(`SELECT id, status FROM partner WHERE id = ANY($1) ORDER BY status`, [[complete.id, incomplete.id]]);
    expect(statuses).toEqual([{ id: complete.id, status: 'ACTIVE' }, { id: incomplete.id, status: 'ONBOARDING' }]);
    const recorded = await app.dataSource.query(`SELECT partner_id AS "partnerId", step, how, done_by AS "doneBy" FROM partner_onboarding_step
      WHERE partner_id = ANY($1) ORDER BY partner_id = $2 DESC, step`, [[complete.id, incomplete.id], complete.id]);
    expect(recorded).toEqual([
      ...['AGREEMENT', 'OFFER', 'SHOWROOM', 'TRAINING'].map((step) => ({ partnerId: complete.id, step, how: 'AUTO', doneBy: null })),
      ...['AGREEMENT', 'OFFER', 'SHOWROOM'].map((step) => ({ partnerId: incomplete.id, step, how: 'AUTO', doneBy: null })),
    ]);
    const trainingAt = (await app.dataSource.query(`SELECT done_at FROM partner_onboarding_step WHERE partner_id = $1 AND step = 'TRAINING'`, [complete.id]))[0].done_at;
    expect(trainingAt.toISOString()).toBe('2026-02-01T09:00:00.000Z');
  });

  it("a partner's users read their own partners' checklists only, and tick none", async () => {
    const own = await f.givenPartner({ status: PartnerStatus.ONBOARDING });
    const foreign = await f.givenPartner({ status: PartnerStatus.ONBOARDING });
    await f.givenShowroom(own.id);
    await app.gql(`mutation($input: RecordInteractionInput!) { recordInteraction(input: $input) { interaction { id } } }`,
      { input: { partnerId: own.id, kind: 'TRAINING', occurredAt: '2026-02-01T09:00:00Z', subject: 'Unshared training' } }, cm);
    for (const role of [Role.PARTNER_MANAGER, Role.PARTNER_EMPLOYEE]) {
      const user = await app.signIn((await f.givenUser(role, own.id)).email);
      const mine = await app.gql(PROGRESS, { id: own.id }, user);
      // The training interaction is not shared: until the job records it, its users see it not done.
      expect([role, states(mine.data!.partner.onboarding.steps)]).toEqual([role,
        [['AGREEMENT', false, null], ['TRAINING', false, null], ['SHOWROOM', true, 'AUTO'], ['OFFER', false, null]]]);
      const theirs = await app.gql(PROGRESS, { id: foreign.id }, user);
      expect([codeOf(theirs), theirs.data]).toEqual(['NOT_FOUND', null]);
      expect(codeOf(await app.gql(TICK, { id: own.id, step: 'TRAINING' }, user))).toBe('FORBIDDEN');
      const listed = await app.gql(`{ partners(first: 100) { edges { node { id onboarding { completed } } } } }`, {}, user);
      expect(listed.data!.partners.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([own.id]);
    }
    await app.scopes.runSystem('review', (scope) => app.services.onboarding.review(scope));
    const user = await app.signIn((await f.givenUser(Role.PARTNER_EMPLOYEE, own.id)).email);
    expect(states((await app.gql(PROGRESS, { id: own.id }, user)).data!.partner.onboarding.steps)[1]).toEqual(['TRAINING', true, 'AUTO']);
    expect(await app.dataSource.query(`SELECT step FROM partner_onboarding_step WHERE partner_id = $1`, [foreign.id])).toEqual([]);
  });

  it('reads the checklists of a partners list in the same statements for 3 partners and for 12', async () => {
    const LIST = `query($search: String!) { partners(first: 50, filter: { search: $search }) { edges { node { id onboarding { completed total steps { code done how doneAt } } } } } }`;
    for (const [prefix, size] of [['Smallset', 3], ['Largeset', 12]] as const) {
      for (let i = 0; i < size; i++) {
        const partner = await f.givenPartner({ name: `${prefix} ${String(i).padStart(2, '0')}`, status: PartnerStatus.ONBOARDING });
        if (i % 2 === 0) await f.givenShowroom(partner.id);
        if (i % 3 === 0) await app.gql(TICK, { id: partner.id, step: 'TRAINING' }, cm);
      }
    }
    const [small, large] = [await app.gql(LIST, { search: 'smallset' }, cm), await app.gql(LIST, { search: 'largeset' }, cm)];
    expect([small.errors, large.errors]).toEqual([undefined, undefined]);
    expect([small.data!.partners.edges.length, large.data!.partners.edges.length]).toEqual([3, 12]);
    const done = (r: typeof large) => r.data!.partners.edges.map((e: { node: { onboarding: { completed: number } } }) => e.node.onboarding.completed);
    // Partners 0..11 by name: showroom on even ones, training ticked on every third.
    expect(done(large)).toEqual([2, 0, 1, 1, 1, 0, 2, 0, 1, 1, 1, 0]);
    // the page, then the checklist: steps, recorded steps, and one per derived fact (agreement, training, showroom, offer)
    expect([small.statements, large.statements]).toEqual([7, 7]);
  });
});
