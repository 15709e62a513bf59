import { startTestApp, TestApp, codeOf, Credentials } from '../../../test/harness';
import { fixtures } from '../../../test/fixtures';
import { Role } from '../../access/role';
import { PartnerKind, PartnerStatus } from '../partners/partner.entity';
import { Viewer } from '../../access/viewer';
import { tasks } from '../../jobs/worker';
import { Mailer } from '../../access/mailer';

const LEAD = `id reference status partner { id } qualificationScore budgetConfirmed authorityConfirmed needConfirmed timing
  convertedValue { amount currency } history { action fromStatus toStatus reason actor { id } }`;
const move = (name: string, input: string) => `mutation($input: ${input}!) { ${name}(input: $input) { lead { ${LEAD} } } }`;
const DISPATCH = move('dispatchLead', 'DispatchLeadInput');
const ACCEPT = move('acceptLead', 'LeadInput');
const DECLINE = move('declineLead', 'LeadReasonInput');
const QUALIFY = move('qualifyLead', 'QualifyLeadInput');
const CONVERT = move('convertLead', 'ConvertLeadInput');
const LOSE = move('markLeadLost', 'LeadReasonInput');
const LEADS = `{ leads(first: 50) { edges { node { id status } } } }`;

describe('the lead lifecycle', () => {
  let app: TestApp;
  let f: ReturnType<typeof fixtures>;
  let cm: Credentials;
  let cmId: string;

  beforeAll(async () => {
    app = await startTestApp({ leadsPerIpPerHour: 10_000 });
    f = fixtures(app);
    const user = await f.givenUser(Role.CHANNEL_MANAGER);
    cmId = user.id;
    cm = await app.signIn(user.email);
  });
  afterAll(() => app.close());

  /** An active partner with a manager and an employee, signed in. */
  async function givenPartnerStaff(spec: { parentId?: string; kind?: PartnerKind } = {}) {
    const partner = await f.givenPartner(spec);
    const manager = await f.givenUser(Role.PARTNER_MANAGER, partner.id);
    const employee = await f.givenUser(Role.PARTNER_EMPLOYEE, partner.id);
    return { partner, manager, employee, managerAs: await app.signIn(manager.email), employeeAs: await app.signIn(employee.email) };
  }
  const historyOf = async (leadId: string) =>
    app.dataSource.query(`SELECT action, from_status AS "from", to_status AS "to", partner_id AS "partnerId", actor_id AS "actorId", reason FROM lead_event WHERE lead_id = $1 ORDER BY id`, [leadId]);
  const statusOf = async (leadId: string) => (await app.dataSource.query(`SELECT status, partner_id AS "partnerId" FROM lead WHERE id = $1`, [leadId]))[0];

  it('walks a brand showroom lead through dispatch, acceptance, qualification and conversion, with its whole history', async () => {
    const p = await givenPartnerStaff();
    const product = await f.givenProduct();
    const leadId = await f.givenLead({ items: [{ productId: product.id, quantity: '2' }] });
    expect(await statusOf(leadId)).toEqual({ status: 'UNASSIGNED', partnerId: null });

    const dispatched = await app.gql(DISPATCH, { input: { leadId, partnerId: p.partner.id } }, cm);
    expect(dispatched.data!.dispatchLead.lead).toMatchObject({ status: 'DISPATCHED', partner: { id: p.partner.id } });
    expect(dispatched.data!.dispatchLead.lead.reference).toMatch(/^L-\d{4}-\d{6}$/);
    // The partner sees it in its inbox now, with the basket's products.
    expect((await app.gql(LEADS, {}, p.employeeAs)).data!.leads.edges.map((e: { node: { id: string } }) => e.node)).toEqual([{ id: leadId, status: 'DISPATCHED' }]);
    const inbox = await app.gql(`{ leads(first: 5) { edges { node { items { productId quantity } } } } }`, {}, p.employeeAs);
    expect(inbox.data!.leads.edges[0].node.items).toEqual([{ productId: product.id, quantity: '2.000' }]);

    expect((await app.gql(ACCEPT, { input: { leadId } }, p.managerAs)).data!.acceptLead.lead.status).toBe('ACCEPTED');
    const qualified = await app.gql(QUALIFY, {
      input: { leadId, score: 80, budgetConfirmed: true, authorityConfirmed: false, needConfirmed: true, timing: 'WITHIN_3_MONTHS' },
    }, p.employeeAs);
    expect(qualified.data!.qualifyLead.lead).toMatchObject({
      status: 'QUALIFIED', qualificationScore: 80, budgetConfirmed: true, authorityConfirmed: false, needConfirmed: true, timing: 'WITHIN_3_MONTHS',
    });
    const converted = await app.gql(CONVERT, { input: { leadId, value: { amount: '1249.50', currency: 'PLN' } } }, p.employeeAs);
    expect(converted.data!.convertLead.lead).toMatchObject({ status: 'CONVERTED', convertedValue: { amount: '1249.50', currency: 'PLN' } });

    expect(await historyOf(leadId)).toEqual([
      { action: 'FILED', from: null, to: 'UNASSIGNED', partnerId: null, actorId: null, reason: null },
      { action: 'DISPATCHED', from: 'UNASSIGNED', to: 'DISPATCHED', partnerId: p.partner.id, actorId: cmId, reason: null },
      { action: 'ACCEPTED', from: 'DISPATCHED', to: 'ACCEPTED', partnerId: p.partner.id, actorId: p.manager.id, reason: null },
      { action: 'QUALIFIED', from: 'ACCEPTED', to: 'QUALIFIED', partnerId: p.partner.id, actorId: p.employee.id, reason: null },
      { action: 'CONVERTED', from: 'QUALIFIED', to: 'CONVERTED', partnerId: p.partner.id, actorId: p.employee.id, reason: null },
    ]);
    // The partner's view of the history is its own part: the filing in the brand's showroom is the brand's.
    expect(converted.data!.convertLead.lead.history.map((e: { action: string }) => e.action)).toEqual(['DISPATCHED', 'ACCEPTED', 'QUALIFIED', 'CONVERTED']);
  });

  it('refuses a move the status does not allow with CONFLICT, and writes nothing', async () => {
    const p = await givenPartnerStaff();
    const leadId = await f.givenLead();
    const before = await historyOf(leadId);
    const refused = [
      await app.gql(ACCEPT, { input: { leadId } }, p.managerAs), // not dispatched: the partner does not even see it
      await app.gql(CONVERT, { input: { leadId, value: { amount: '1.00', currency: 'EUR' } } }, p.employeeAs),
    ];
    expect(refused.map(codeOf)).toEqual(['NOT_FOUND', 'NOT_FOUND']);
    await app.gql(DISPATCH, { input: { leadId, partnerId: p.partner.id } }, cm);
    const afterDispatch = await historyOf(leadId);
    const conflicts = [
      await app.gql(DISPATCH, { input: { leadId, partnerId: p.partner.id } }, cm),
      await app.gql(CONVERT, { input: { leadId, value: { amount: '1.00', currency: 'EUR' } } }, p.employeeAs),
      await app.gql(QUALIFY, { input: { leadId, score: 1, budgetConfirmed: true, authorityConfirmed: true, needConfirmed: true, timing: 'NOW' } }, p.employeeAs),
      await app.gql(LOSE, { input: { leadId, reason: 'Too early' } }, p.employeeAs),
    ];
    expect(conflicts.map((r) => [codeOf(r), r.errors![0].extensions!.status])).toEqual([
      ['CONFLICT', 'DISPATCHED'], ['CONFLICT', 'DISPATCHED'], ['CONFLICT', 'DISPATCHED'], ['CONFLICT', 'DISPATCHED'],
    ]);
    expect(await statusOf(leadId)).toEqual({ status: 'DISPATCHED', partnerId: p.partner.id });
    expect(await historyOf(leadId)).toEqual(afterDispatch);
    expect(afterDispatch).toHaveLength(before.length + 1);
  });

  it('lets only the lead\'s own partner act on it: employees may not accept, a distributor not for its reseller', async () => {
    const distributor = await givenPartnerStaff({ kind: PartnerKind.DISTRIBUTOR });
    const reseller = await givenPartnerStaff({ parentId: distributor.partner.id });
    const leadId = await f.givenLead();
    await app.gql(DISPATCH, { input: { leadId, partnerId: reseller.partner.id } }, cm);
    expect(codeOf(await app.gql(ACCEPT, { input: { leadId } }, reseller.employeeAs))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(ACCEPT, { input: { leadId } }, distributor.managerAs))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(ACCEPT, { input: { leadId } }, cm))).toBe('FORBIDDEN');
    expect(await statusOf(leadId)).toEqual({ status: 'DISPATCHED', partnerId: reseller.partner.id });
  });

  it('dispatches only to an active partner, naming the field', async () => {
    const leadId = await f.givenLead();
    const suspended = await f.givenPartner({ status: PartnerStatus.SUSPENDED });
    const refusals = [
      await app.gql(DISPATCH, { input: { leadId, partnerId: suspended.id } }, cm),
      await app.gql(DISPATCH, { input: { leadId, partnerId: '00000000-0000-4000-8000-000000000000' } }, cm),
    ];
    expect(refusals.map((r) => [codeOf(r), r.errors![0].extensions!.field])).toEqual([['BAD_USER_INPUT', 'partnerId'], ['BAD_USER_INPUT', 'partnerId']]);
    expect(await statusOf(leadId)).toEqual({ status: 'UNASSIGNED', partnerId: null });
  });

  it('hands a declined lead back to dispatch: out of the partner\'s sight, the reason kept, free for another partner', async () => {
    const first = await givenPartnerStaff();
    const second = await givenPartnerStaff();
    const product = await f.givenProduct();
    const leadId = await f.givenLead({ items: [{ productId: product.id, quantity: '1' }] });
    await app.gql(DISPATCH, { input: { leadId, partnerId: first.partner.id } }, cm);
    const declined = await app.gql(DECLINE, { input: { leadId, reason: 'Outside our area' } }, first.managerAs);
    expect(declined.errors).toBeUndefined();
    expect(declined.data!.declineLead.lead).toBeNull();
    expect(await statusOf(leadId)).toEqual({ status: 'UNASSIGNED', partnerId: null });
    expect(await app.dataSource.query(`SELECT partner_id AS "partnerId" FROM lead_item WHERE lead_id = $1`, [leadId])).toEqual([{ partnerId: null }]);
    expect((await app.gql(LEADS, {}, first.managerAs)).data!.leads.edges).toEqual([]);
    expect((await historyOf(leadId)).slice(-1)).toEqual([
      { action: 'DECLINED', from: 'DISPATCHED', to: 'UNASSIGNED', partnerId: first.partner.id, actorId: first.manager.id, reason: 'Outside our area' },
    ]);
    const redispatched = await app.gql(DISPATCH, { input: { leadId, partnerId: second.partner.id } }, cm);
    expect(redispatched.data!.dispatchLead.lead.status).toBe('DISPATCHED');
    // The second partner sees its own part of the history, not the first partner's decline.
    const seen = await app.gql(`{ leads(first: 5) { edges { node { history { action } items { productId } } } } }`, {}, second.managerAs);
    expect(seen.data!.leads.edges[0].node).toEqual({ history: [{ action: 'DISPATCHED' }], items: [{ productId: product.id }] });
  });

  it('of 30 parallel acceptances of one lead, exactly one wins and the rest get CONFLICT', async () => {
    const p = await givenPartnerStaff();
    const leadId = await f.givenLead();
    await app.gql(DISPATCH, { input: { leadId, partnerId: p.partner.id } }, cm);
    const results = await Promise.all(Array.from({ length: 30 }, () => app.gql(ACCEPT, { input: { leadId } }, p.managerAs)));
    expect(results.filter((r) => r.data?.acceptLead?.lead?.status === 'ACCEPTED')).toHaveLength(1);
    expect(results.filter((r) => codeOf(r) === 'CONFLICT')).toHaveLength(29);
    expect((await historyOf(leadId)).filter((e: { action: string }) => e.action === 'ACCEPTED')).toHaveLength(1);
  });

  it('races a decline against an acceptance: one owner or none, never both', async () => {
    const p = await givenPartnerStaff();
    const leadId = await f.givenLead();
    await app.gql(DISPATCH, { input: { leadId, partnerId: p.partner.id } }, cm);
    const [accepted, declined] = await Promise.all([
      app.gql(ACCEPT, { input: { leadId } }, p.managerAs),
      app.gql(DECLINE, { input: { leadId, reason: 'No capacity' } }, p.managerAs),
    ]);
    const winners = [accepted.errors ? null : 'ACCEPTED', declined.errors ? null : 'DECLINED'].filter(Boolean);
    expect(winners).toHaveLength(1);
    // The loser is told the lead moved on: CONFLICT; or, when the decline won first, NOT_FOUND, as the lead
    // (back to dispatch) has left the partner's sight before the acceptance could lock it.
    const loser = codeOf(winners[0] === 'ACCEPTED' ? declined : accepted);
    if (winners[0] === 'ACCEPTED') expect(loser).toBe('CONFLICT');
    else expect(['CONFLICT', 'NOT_FOUND']).toContain(loser);
    expect((await statusOf(leadId)).status).toBe(winners[0] === 'ACCEPTED' ? 'ACCEPTED' : 'UNASSIGNED');
  });

  it('gives a partner showroom\'s lead a reference and a NEW status its manager can accept at once', async () => {
    const p = await givenPartnerStaff();
    const { slug } = await f.givenShowroom(p.partner.id);
    const filed = await app.gql(
      `mutation($input: SubmitShowroomLeadInput!) { submitShowroomLead(input: $input) { leadId reference } }`,
      { input: { slug, name: 'Ewa Nowak', email: 'ewa@customer.example', message: 'Call me', consent: true, consentText: 'I agree to be contacted.', items: [] } },
    );
    const { leadId, reference } = filed.data!.submitShowroomLead;
    expect(reference).toMatch(/^L-\d{4}-\d{6}$/);
    expect(await historyOf(leadId)).toEqual([{ action: 'FILED', from: null, to: 'NEW', partnerId: p.partner.id, actorId: null, reason: null }]);
    const accepted = await app.gql(ACCEPT, { input: { leadId } }, p.managerAs);
    expect(accepted.data!.acceptLead.lead).toMatchObject({ reference, status: 'ACCEPTED' });
  });

  it('keeps the history append-only and timed by PostgreSQL: requests may not set a time, change or delete an event', async () => {
    const leadId = await f.givenLead();
    const admin: Viewer = { userId: '', role: Role.ADMIN, email: 'a@x', displayName: 'a', partnerId: null, visiblePartnerIds: [], via: 'SESSION' };
    const attempts = [
      `UPDATE lead_event SET reason = 'rewritten' WHERE lead_id = '${leadId}'`,
      `DELETE FROM lead_event WHERE lead_id = '${leadId}'`,
      `INSERT INTO lead_event (lead_id, action, to_status, at) VALUES ('${leadId}', 'FILED', 'UNASSIGNED', now() - interval '1 year')`,
    ];
    for (const sql of attempts) await expect(app.within(admin, (scope) => scope.query(sql))).rejects.toThrow(/permission denied/);
    expect(await historyOf(leadId)).toEqual([{ action: 'FILED', from: null, to: 'UNASSIGNED', partnerId: null, actorId: null, reason: null }]);
  });

  it("lets the manager hand a worked lead to its own staff: recorded once, the status kept, others' staff refused", async () => {
    const p = await givenPartnerStaff();
    const other = await givenPartnerStaff();
    const leadId = await f.givenLead();
    await app.gql(DISPATCH, { input: { leadId, partnerId: p.partner.id } }, cm);
    const ASSIGN = `mutation($input: AssignLeadInput!) { assignLead(input: $input) { lead { status assignee { id } } } }`;
    // Not before it is accepted: a dispatched lead is not the partner's to work yet.
    expect(codeOf(await app.gql(ASSIGN, { input: { leadId, userId: p.employee.id } }, p.managerAs))).toBe('CONFLICT');
    await app.gql(ACCEPT, { input: { leadId } }, p.managerAs);
    const assigned = await app.gql(ASSIGN, { input: { leadId, userId: p.employee.id } }, p.managerAs);
    expect(assigned.data!.assignLead.lead).toEqual({ status: 'ACCEPTED', assignee: { id: p.employee.id } });
    const again = await app.gql(ASSIGN, { input: { leadId, userId: p.employee.id } }, p.managerAs);
    expect(again.data!.assignLead.lead).toEqual({ status: 'ACCEPTED', assignee: { id: p.employee.id } });
    const refused = [
      await app.gql(ASSIGN, { input: { leadId, userId: other.employee.id } }, p.managerAs),
      await app.gql(ASSIGN, { input: { leadId, userId: cmId } }, p.managerAs),
    ];
    expect(refused.map((r) => [codeOf(r), r.errors![0].extensions!.field])).toEqual([['BAD_USER_INPUT', 'userId'], ['BAD_USER_INPUT', 'userId']]);
    expect(codeOf(await app.gql(ASSIGN, { input: { leadId, userId: p.employee.id } }, p.employeeAs))).toBe('FORBIDDEN');
    expect((await historyOf(leadId)).filter((e: { action: string }) => e.action === 'ASSIGNED')).toEqual([
      { action: 'ASSIGNED', from: 'ACCEPTED', to: 'ACCEPTED', partnerId: p.partner.id, actorId: p.manager.id, reason: null },
    ]);
  });

  describe('the time to accept a dispatched lead (its tier\'s hours)', () => {
    const timerOf = async (leadId: string) =>
      app.dataSource.query(`SELECT key, payload, run_at AS "runAt" FROM graphile_worker._private_jobs WHERE key = $1`, [`lead-sla:${leadId}`]);
    const fire = (payload: unknown) =>
      tasks({ mailer: new Mailer(undefined, 'x'), leads: { scopes: app.scopes, lifecycle: app.services.leadLifecycle } }).lead_sla_expired(payload as never);

    async function givenTieredStaff(hours: number | null) {
      const tier = await f.givenTier({ leadAcceptHours: hours });
      const partner = await f.givenPartner({ tierId: tier.id });
      const manager = await f.givenUser(Role.PARTNER_MANAGER, partner.id);
      return { partner, managerAs: await app.signIn(manager.email) };
    }

    it('queues one timer per lead with the dispatch; when it fires on a waiting lead, the lead goes back to dispatch, once', async () => {
      const p = await givenTieredStaff(4);
      const leadId = await f.givenLead();
      const before = Date.now();
      await app.gql(DISPATCH, { input: { leadId, partnerId: p.partner.id } }, cm);
      const [timer] = await timerOf(leadId);
      const dispatchedId = (await app.dataSource.query(`SELECT id::text FROM lead_event WHERE lead_id = $1 AND action = 'DISPATCHED'`, [leadId]))[0].id;
      expect(timer.payload).toEqual({ leadId, eventId: dispatchedId });
      expect(Math.abs(new Date(timer.runAt).getTime() - (before + 4 * 3600_000))).toBeLessThan(60_000);

      await fire(timer.payload);
      await fire(timer.payload);
      expect(await statusOf(leadId)).toEqual({ status: 'UNASSIGNED', partnerId: null });
      expect((await historyOf(leadId)).slice(1)).toEqual([
        { action: 'DISPATCHED', from: 'UNASSIGNED', to: 'DISPATCHED', partnerId: p.partner.id, actorId: cmId, reason: null },
        { action: 'EXPIRED', from: 'DISPATCHED', to: 'UNASSIGNED', partnerId: p.partner.id, actorId: null, reason: 'Not accepted in time' },
      ]);
      expect((await app.gql(LEADS, {}, p.managerAs)).data!.leads.edges).toEqual([]);
    });

    it('does nothing when the lead was accepted in time, or dispatched again since (the new dispatch moved the timer)', async () => {
      const p = await givenTieredStaff(4);
      const accepted = await f.givenLead();
      await app.gql(DISPATCH, { input: { leadId: accepted, partnerId: p.partner.id } }, cm);
      const [acceptedTimer] = await timerOf(accepted);
      await app.gql(ACCEPT, { input: { leadId: accepted } }, p.managerAs);
      await fire(acceptedTimer.payload);
      expect(await statusOf(accepted)).toEqual({ status: 'ACCEPTED', partnerId: p.partner.id });

      const other = await givenTieredStaff(8);
      const moved = await f.givenLead();
      await app.gql(DISPATCH, { input: { leadId: moved, partnerId: p.partner.id } }, cm);
      const [first] = await timerOf(moved);
      await app.gql(DECLINE, { input: { leadId: moved, reason: 'Not for us' } }, p.managerAs);
      await app.gql(DISPATCH, { input: { leadId: moved, partnerId: other.partner.id } }, cm);
      const timers = await timerOf(moved);
      expect(timers).toHaveLength(1);
      expect(timers[0].payload.eventId).not.toBe(first.payload.eventId);
      await fire(first.payload); // the old timer, had it fired: no longer due
      expect(await statusOf(moved)).toEqual({ status: 'DISPATCHED', partnerId: other.partner.id });
    });

    it('queues no timer for a partner whose tier sets no limit', async () => {
      const p = await givenTieredStaff(null);
      const leadId = await f.givenLead();
      await app.gql(DISPATCH, { input: { leadId, partnerId: p.partner.id } }, cm);
      expect(await timerOf(leadId)).toEqual([]);
    });
  });
});
