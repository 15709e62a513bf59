import { startTestApp, TestApp, codeOf, Credentials } from '../../test/harness';
import { fixtures } from '../../test/fixtures';
import { Role } from './role';
import { tasks } from '../jobs/worker';
import type { Mailer, MailMessage } from './mailer';

const LIST = `{ notifications(first: 10) { id kind reference readAt } unreadNotificationCount }`;
const READ = `mutation($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) { unreadCount } }`;

describe('notifications', () => {
  let app: TestApp;
  let f: ReturnType<typeof fixtures>;
  let cm: Credentials;
  const sent: MailMessage[] = [];
  /** The job tasks, with a mail transport that keeps what it is given. */
  const run = () => tasks({
    mailer: { enabled: true, send: async (m: MailMessage) => void sent.push(m) } as unknown as Mailer,
    publicUrl: 'https://trellis.example',
    leads: { scopes: app.scopes, lifecycle: app.services.leadLifecycle },
  });
  const jobs = async (key: string) =>
    app.dataSource.query(`SELECT t.identifier AS task, j.payload, j.run_at AS "runAt" FROM graphile_worker._private_jobs j
      JOIN graphile_worker._private_tasks t ON t.id = j.task_id WHERE j.key = $1`, [key]);
  const mailJobs = async (ids: string[]) =>
    (await app.dataSource.query(`SELECT j.payload FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id
      WHERE t.identifier = 'notification_mail' AND j.payload->>'notificationId' = ANY($1)`, [ids])).map((j: { payload: { notificationId: string } }) => j.payload.notificationId).sort();

  beforeAll(async () => {
    app = await startTestApp({ leadsPerIpPerHour: 10_000 });
    f = fixtures(app);
    cm = await app.signIn((await f.givenUser(Role.CHANNEL_MANAGER)).email);
  });
  afterAll(() => app.close());

  /** A partner (of a tier with `hours` to accept) with two active managers, an inactive one and an employee. */
  async function givenPartnerStaff(hours: number | null = 4) {
    const tier = await f.givenTier({ leadAcceptHours: hours });
    const partner = await f.givenPartner({ tierId: tier.id });
    const managers = [await f.givenUser(Role.PARTNER_MANAGER, partner.id), await f.givenUser(Role.PARTNER_MANAGER, partner.id)];
    const gone = await f.givenUser(Role.PARTNER_MANAGER, partner.id);
    await app.dataSource.query(`UPDATE app_user SET active = false WHERE id = $1`, [gone.id]);
    const employee = await f.givenUser(Role.PARTNER_EMPLOYEE, partner.id);
    return {
      partner, managers, employee,
      managerAs: [await app.signIn(managers[0].email), await app.signIn(managers[1].email)],
      employeeAs: await app.signIn(employee.email),
    };
  }
  const dispatch = async (leadId: string, partnerId: string) => {
    const result = await app.gql(`mutation($input: DispatchLeadInput!) { dispatchLead(input: $input) { lead { reference } } }`, { input: { leadId, partnerId } }, cm);
    expect(result.errors).toBeUndefined();
    return result.data!.dispatchLead.lead.reference as string;
  };

  it('tells each active manager of the partner of a dispatched lead, once each, and queues a mail for each', async () => {
    const p = await givenPartnerStaff();
    const reference = await dispatch(await f.givenLead(), p.partner.id);
    const rows = await app.dataSource.query(`SELECT id::text, user_id AS "userId", kind, reference AS ref FROM notification WHERE partner_id = $1 ORDER BY user_id`, [p.partner.id]);
    expect(rows.map((r: { userId: string; kind: string; ref: string }) => [r.userId, r.kind, r.ref]))
      .toEqual(p.managers.map((m) => [m.id, 'LEAD_NEW', reference]).sort(([a], [b]) => a.localeCompare(b)));
    expect(await mailJobs(rows.map((r: { id: string }) => r.id))).toEqual(rows.map((r: { id: string }) => r.id).sort());
    // Each manager reads its own, nobody else's; the employee has none.
    const mine = await app.gql(LIST, {}, p.managerAs[0]);
    expect(mine.data).toEqual({ notifications: [{ id: expect.any(String), kind: 'LEAD_NEW', reference: reference, readAt: null }], unreadNotificationCount: 1 });
    expect(rows.map((r: { id: string }) => r.id)).toContain(mine.data!.notifications[0].id);
    expect((await app.gql(LIST, {}, p.employeeAs)).data).toEqual({ notifications: [], unreadNotificationCount: 0 });
    expect((await app.gql(LIST, {}, cm)).data).toEqual({ notifications: [], unreadNotificationCount: 0 });
  });

  it('marks only the viewer\'s own notifications read; marking them again changes nothing; bad input is refused by field', async () => {
    const p = await givenPartnerStaff();
    await dispatch(await f.givenLead(), p.partner.id);
    await dispatch(await f.givenLead(), p.partner.id);
    const [first, second] = (await app.gql(LIST, {}, p.managerAs[0])).data!.notifications as { id: string }[];
    const others = (await app.gql(LIST, {}, p.managerAs[1])).data!.notifications as { id: string }[];
    // Another user's id: nothing happens to it.
    expect((await app.gql(READ, { input: { notificationIds: [others[0].id] } }, p.managerAs[0])).data!.markNotificationsRead.unreadCount).toBe(2);
    expect((await app.gql(LIST, {}, p.managerAs[1])).data!.unreadNotificationCount).toBe(2);
    expect((await app.gql(READ, { input: { notificationIds: [first.id] } }, p.managerAs[0])).data!.markNotificationsRead.unreadCount).toBe(1);
    const [{ readAt }] = await app.dataSource.query(`SELECT read_at AS "readAt" FROM notification WHERE id = $1`, [first.id]);
    expect((await app.gql(READ, { input: { notificationIds: [first.id] } }, p.managerAs[0])).data!.markNotificationsRead.unreadCount).toBe(1);
    expect(await app.dataSource.query(`SELECT read_at AS "readAt" FROM notification WHERE id = $1`, [first.id])).toEqual([{ readAt }]);
    expect((await app.gql(READ, { input: { all: true } }, p.managerAs[0])).data!.markNotificationsRead.unreadCount).toBe(0);
    expect((await app.gql(LIST, {}, p.managerAs[0])).data!.notifications.map((n: { id: string; readAt: string | null }) => [n.id, n.readAt !== null]))
      .toEqual([[first.id, true], [second.id, true]]); // newest first, as listed before
    const none = await app.gql(READ, { input: {} }, p.managerAs[0]);
    expect([codeOf(none), none.errors![0].extensions!.field]).toEqual(['BAD_USER_INPUT', 'notificationIds']);
    const bad = await app.gql(READ, { input: { notificationIds: ['x'] } }, p.managerAs[0]);
    expect([codeOf(bad), bad.errors![0].extensions!.field]).toEqual(['BAD_USER_INPUT', 'notificationIds']);
    expect(codeOf(await app.gql(LIST, {}))).toBe('UNAUTHENTICATED');
  });

  it('warns the managers when a quarter of the time to accept is left, unless the lead was accepted; tells them when it expired', async () => {
    const p = await givenPartnerStaff(4);
    const leadId = await f.givenLead();
    const before = Date.now();
    const reference = await dispatch(leadId, p.partner.id);
    const [warning] = await jobs(`lead-sla-warning:${leadId}`);
    expect(warning.task).toBe('lead_sla_warning');
    expect(new Date(warning.runAt).getTime() - before).toBeGreaterThanOrEqual(3 * 3600_000 - 1000);
    expect(new Date(warning.runAt).getTime() - before).toBeLessThan(3 * 3600_000 + 60_000);
    await run().lead_sla_warning(warning.payload);
    const kinds = async () => (await app.dataSource.query(`SELECT kind FROM notification WHERE lead_id = $1 AND user_id = $2 ORDER BY id`, [leadId, p.managers[0].id]))
      .map((r: { kind: string }) => r.kind);
    expect(await kinds()).toEqual(['LEAD_NEW', 'LEAD_SLA_WARNING']);
    const [expiry] = await jobs(`lead-sla:${leadId}`);
    await run().lead_sla_expired(expiry.payload);
    expect(await kinds()).toEqual(['LEAD_NEW', 'LEAD_SLA_WARNING', 'LEAD_EXPIRED']);
    // A warning that comes late (the lead has moved on) tells nobody.
    await run().lead_sla_warning(warning.payload);
    expect(await kinds()).toEqual(['LEAD_NEW', 'LEAD_SLA_WARNING', 'LEAD_EXPIRED']);
    expect((await app.gql(LIST, {}, p.managerAs[1])).data!.notifications.map((n: { kind: string; reference: string }) => [n.kind, n.reference]))
      .toEqual([['LEAD_EXPIRED', reference], ['LEAD_SLA_WARNING', reference], ['LEAD_NEW', reference]]);

    const accepted = await f.givenLead();
    await dispatch(accepted, p.partner.id);
    expect((await app.gql(`mutation($id: ID!) { acceptLead(input: { leadId: $id }) { lead { status } } }`, { id: accepted }, p.managerAs[0])).errors).toBeUndefined();
    const [acceptedWarning] = await jobs(`lead-sla-warning:${accepted}`);
    await run().lead_sla_warning(acceptedWarning.payload);
    expect(await app.dataSource.query(`SELECT kind FROM notification WHERE lead_id = $1 AND user_id = $2`, [accepted, p.managers[0].id])).toEqual([{ kind: 'LEAD_NEW' }]);
  });

  it('tells the managers of a lead filed in their showroom, and starts its time to accept from the filing', async () => {
    const p = await givenPartnerStaff(2);
    const { slug } = await f.givenShowroom(p.partner.id);
    const leadId = await f.givenLead({ slug });
    const [filed] = await app.dataSource.query(`SELECT id::text FROM lead_event WHERE lead_id = $1 AND action = 'FILED'`, [leadId]);
    expect(await app.dataSource.query(`SELECT user_id AS "userId", kind FROM notification WHERE lead_id = $1 ORDER BY user_id`, [leadId]))
      .toEqual(p.managers.map((m) => ({ userId: m.id, kind: 'LEAD_NEW' })).sort((a, b) => a.userId.localeCompare(b.userId)));
    const [timer] = await jobs(`lead-sla:${leadId}`);
    expect(timer.payload).toEqual({ leadId, eventId: filed.id });
    expect((await jobs(`lead-sla-warning:${leadId}`)).map((j: { task: string }) => j.task)).toEqual(['lead_sla_warning']);
    // Calling the function again (or for any lead) adds nothing.
    await app.within(null, (scope) => scope.execute(`SELECT trellis_showroom_lead_filed($1)`, [leadId]));
    expect(await app.dataSource.query(`SELECT count(*)::int AS n FROM notification WHERE lead_id = $1`, [leadId])).toEqual([{ n: 2 }]);
    // Not accepted in time: back to dispatch, as a dispatched one.
    await run().lead_sla_expired(timer.payload);
    expect(await app.dataSource.query(`SELECT status, partner_id AS "partnerId" FROM lead WHERE id = $1`, [leadId])).toEqual([{ status: 'UNASSIGNED', partnerId: null }]);
  });

  it('mails each notification in its recipient\'s language, and not once it was read', async () => {
    const p = await givenPartnerStaff();
    await app.dataSource.query(`UPDATE app_user SET locale = 'pl' WHERE id = $1`, [p.managers[0].id]);
    const reference = await dispatch(await f.givenLead(), p.partner.id);
    const rows: { id: string; userId: string }[] = await app.dataSource.query(
      `SELECT id::text, user_id AS "userId" FROM notification WHERE reference = $1`, [reference]);
    const idOf = (userId: string) => rows.find((r) => r.userId === userId)!.id;
    sent.length = 0;
    await run().notification_mail({ notificationId: idOf(p.managers[0].id) });
    expect(sent).toEqual([{
      to: p.managers[0].email, subject: `Nowy lead ${reference}`,
      text: `Dzień dobry, ${p.managers[0].displayName},\n\nNowy lead ${reference} czeka na przyjęcie przez Twojego partnera.\n\nhttps://trellis.example/partner/leads\n`,
    }]);
    await app.gql(READ, { input: { all: true } }, p.managerAs[1]);
    await run().notification_mail({ notificationId: idOf(p.managers[1].id) });
    expect(sent).toHaveLength(1);
  });
});
