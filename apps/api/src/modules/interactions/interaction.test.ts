import { startTestApp, TestApp, codeOf, Credentials, GraphQLResult } from '../../../test/harness';
import { fixtures } from '../../../test/fixtures';
import { Role } from '../../access/role';

const ok = <T = Record<string, any>>(result: GraphQLResult, name: string): T => {
  expect([name, result.errors]).toEqual([name, undefined]);
  return result.data![name] as T;
};

const RECORD = `mutation($input: RecordInteractionInput!) { recordInteraction(input: $input) { interaction {
  id kind occurredAt subject participants notes outcome shared partner { id } createdBy { id } tasks { id title dueOn doneAt assignee { id } } } } }`;
const UPDATE = `mutation($input: UpdateInteractionInput!) { updateInteraction(input: $input) { interaction { id kind subject participants shared updatedAt } } }`;
const ADD_TASK = `mutation($input: AddInteractionTaskInput!) { addInteractionTask(input: $input) { task { id title dueOn doneAt interaction { id } } } }`;
const COMPLETE = `mutation($id: ID!) { completeInteractionTask(input: { taskId: $id }) { task { id doneAt doneBy { id } } } }`;
const LIST = `query($partnerId: ID, $filter: InteractionFilter, $first: Int, $after: String) { interactions(partnerId: $partnerId, filter: $filter, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id subject shared tasks { id } } } } }`;
const TIMELINE = `query($partnerId: ID!, $first: Int, $after: String, $kinds: [TimelineSource!]) { partnerTimeline(partnerId: $partnerId, first: $first, after: $after, kinds: $kinds) {
  pageInfo { hasNextPage endCursor } edges { node { key at source action title detail subjectId interaction { id shared } } } } }`;
const TASKS = `query($dueBefore: String, $open: Boolean) { interactionTasks(open: $open, dueBefore: $dueBefore, first: 100) { totalCount edges { node { id title dueOn partner { id } } } } }`;

describe('interactions', () => {
  let app: TestApp;
  let f: ReturnType<typeof fixtures>;
  let cm: Credentials;
  let cmId: string;
  let analyst: Credentials;

  beforeAll(async () => {
    app = await startTestApp();
    f = fixtures(app);
    const user = await f.givenUser(Role.CHANNEL_MANAGER);
    cmId = user.id;
    cm = await app.signIn(user.email);
    analyst = await app.signIn((await f.givenUser(Role.ANALYST)).email);
  });
  afterAll(() => app.close());

  const input = (partnerId: string, extra: Record<string, unknown> = {}) => ({
    partnerId, kind: 'VISIT', occurredAt: '2026-10-05T09:30:00.000Z', subject: 'Quarterly review', participants: ['Ewa Nowak', 'Jan Kowalski'],
    notes: 'Walked the showroom.', outcome: 'Will order the new line', shared: true, tasks: [], ...extra,
  });
  const record = async (partnerId: string, extra: Record<string, unknown> = {}) =>
    ok<{ interaction: Record<string, any> }>(await app.gql(RECORD, { input: input(partnerId, extra) }, cm), 'recordInteraction').interaction;
  const partnerWithStaff = async () => {
    const partner = await f.givenPartner();
    return {
      partner,
      manager: await app.signIn((await f.givenUser(Role.PARTNER_MANAGER, partner.id)).email),
      employee: await app.signIn((await f.givenUser(Role.PARTNER_EMPLOYEE, partner.id)).email),
    };
  };

  it('records an interaction with follow-up tasks, exactly as given', async () => {
    const { partner } = await partnerWithStaff();
    const assignee = await f.givenUser(Role.CHANNEL_MANAGER);
    const created = await record(partner.id, { tasks: [{ title: 'Send the price list', dueOn: '2026-10-12', assigneeId: assignee.id }, { title: 'Book the training', dueOn: '2026-10-09' }] });
    expect(created).toMatchObject({
      kind: 'VISIT', occurredAt: '2026-10-05T09:30:00.000Z', subject: 'Quarterly review', participants: ['Ewa Nowak', 'Jan Kowalski'], notes: 'Walked the showroom.',
      outcome: 'Will order the new line', shared: true, partner: { id: partner.id }, createdBy: { id: cmId },
    });
    expect(created.tasks.map((t: Record<string, unknown>) => [t.title, t.dueOn, t.doneAt, t.assignee])).toEqual([
      ['Book the training', '2026-10-09', null, null], ['Send the price list', '2026-10-12', null, { id: assignee.id }],
    ]);
    const [row] = await app.dataSource.query(`SELECT partner_id, kind, shared, created_by FROM interaction WHERE id = $1`, [created.id]);
    expect(row).toEqual({ partner_id: partner.id, kind: 'VISIT', shared: true, created_by: cmId });
  });

  it('refuses bad tasks, unknown partners and partner users as assignees, writing nothing', async () => {
    const { partner } = await partnerWithStaff();
    const partnerUser = await f.givenUser(Role.PARTNER_MANAGER, partner.id);
    const count = async () => (await app.dataSource.query(`SELECT count(*)::int AS n FROM interaction WHERE partner_id = $1`, [partner.id]))[0].n;
    const cases: [Record<string, unknown>, string, string][] = [
      [{ tasks: [{ title: 'Call back', dueOn: '2026-02-30' }] }, 'BAD_USER_INPUT', 'tasks[0].dueOn: is not a day of the calendar'],
      [{ tasks: [{ title: 'Call back', dueOn: '2026-11-02', assigneeId: partnerUser.id }] }, 'BAD_USER_INPUT', 'tasks[0].assigneeId: must be an active user of the brand'],
      [{ subject: '\u{1F600}a' }, 'BAD_USER_INPUT', 'subject: must have at least 3 characters besides spaces'],
      [{ partnerId: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND', 'Partner 00000000-0000-4000-8000-000000000000 was not found'],
    ];
    for (const [extra, code, message] of cases) {
      const result = await app.gql(RECORD, { input: input(partner.id, extra) }, cm);
      expect([codeOf(result), result.errors![0].message]).toEqual([code, message]);
    }
    expect(await count()).toBe(0);
  });

  it('updates only what changed: the same values again write nothing', async () => {
    const { partner } = await partnerWithStaff();
    const created = await record(partner.id, { shared: false });
    const changed = { interactionId: created.id, kind: 'CALL', occurredAt: '2026-10-05T09:30:00.000Z', subject: 'Quarterly review by phone',
      participants: ['Ewa Nowak'], notes: 'Walked the showroom.', outcome: 'Will order the new line', shared: true };
    const first = ok<{ interaction: Record<string, any> }>(await app.gql(UPDATE, { input: changed }, cm), 'updateInteraction').interaction;
    expect(first).toMatchObject({ id: created.id, kind: 'CALL', subject: 'Quarterly review by phone', participants: ['Ewa Nowak'], shared: true });
    const xmin = async () => (await app.dataSource.query(`SELECT xmin::text AS v FROM interaction WHERE id = $1`, [created.id]))[0].v;
    const before = await xmin();
    const again = ok<{ interaction: Record<string, any> }>(await app.gql(UPDATE, { input: changed }, cm), 'updateInteraction').interaction;
    expect(again).toEqual(first);
    expect(await xmin()).toBe(before);
    const missing = await app.gql(UPDATE, { input: { ...changed, interactionId: '00000000-0000-4000-8000-000000000001' } }, cm);
    expect(codeOf(missing)).toBe('NOT_FOUND');
  });

  it('adds and completes follow-up tasks once, and lists the open ones due before a day', async () => {
    const { partner } = await partnerWithStaff();
    const created = await record(partner.id);
    const task = ok<{ task: Record<string, any> }>(await app.gql(ADD_TASK, { input: { interactionId: created.id, title: 'Send samples', dueOn: '2026-12-03' } }, cm), 'addInteractionTask').task;
    expect(task).toMatchObject({ title: 'Send samples', dueOn: '2026-12-03', doneAt: null, interaction: { id: created.id } });
    const later = ok<{ task: { id: string } }>(await app.gql(ADD_TASK, { input: { interactionId: created.id, title: 'Visit again', dueOn: '2027-03-01' } }, cm), 'addInteractionTask').task;
    const open = ok<{ edges: { node: { id: string } }[] }>(await app.gql(TASKS, { dueBefore: '2027-01-01', open: true }, analyst), 'interactionTasks');
    expect(open.edges.map((e) => e.node.id)).toContain(task.id);
    expect(open.edges.map((e) => e.node.id)).not.toContain(later.id);
    const done = ok<{ task: Record<string, any> }>(await app.gql(COMPLETE, { id: task.id }, cm), 'completeInteractionTask').task;
    expect(done).toMatchObject({ id: task.id, doneBy: { id: cmId } });
    expect(done.doneAt).not.toBeNull();
    expect(ok(await app.gql(COMPLETE, { id: task.id }, cm), 'completeInteractionTask')).toEqual({ task: done });
    const stillOpen = ok<{ edges: { node: { id: string } }[] }>(await app.gql(TASKS, { open: true }, cm), 'interactionTasks');
    expect(stillOpen.edges.map((e) => e.node.id)).not.toContain(task.id);
    const missing = await app.gql(ADD_TASK, { input: { interactionId: '00000000-0000-4000-8000-000000000002', title: 'Nothing', dueOn: '2026-12-03' } }, cm);
    expect(codeOf(missing)).toBe('NOT_FOUND');
  });

  it("lists a viewer's own tasks: assigned to them, or to nobody on an interaction they recorded", async () => {
    const { partner } = await partnerWithStaff();
    const colleagueUser = await f.givenUser(Role.CHANNEL_MANAGER);
    const colleague = await app.signIn(colleagueUser.email);
    const MINE = `query($partnerId: ID) { interactionTasks(partnerId: $partnerId, mine: true, first: 100) { totalCount edges { node { title } } } }`;
    // Recorded by cm: one task for nobody (cm's), one for the colleague (the colleague's).
    const byCm = await record(partner.id, { tasks: [{ title: 'Nobody assigned', dueOn: '2026-12-03' }, { title: 'For the colleague', dueOn: '2026-12-04', assigneeId: colleagueUser.id }] });
    // Recorded by the colleague: one task for cm (cm's), one for nobody (the colleague's).
    const byColleague = ok<{ interaction: { tasks: { id: string; title: string }[] } }>(await app.gql(RECORD, { input: input(partner.id, {
      tasks: [{ title: 'For cm', dueOn: '2026-12-05', assigneeId: cmId }, { title: 'Colleague unassigned', dueOn: '2026-12-06' }] }) }, colleague), 'recordInteraction').interaction;
    const titles = async (who: Credentials) => ok<{ totalCount: number; edges: { node: { title: string } }[] }>(await app.gql(MINE, { partnerId: partner.id }, who), 'interactionTasks');
    expect(await titles(cm)).toEqual({ totalCount: 2, edges: [{ node: { title: 'Nobody assigned' } }, { node: { title: 'For cm' } }] });
    expect(await titles(colleague)).toEqual({ totalCount: 2, edges: [{ node: { title: 'For the colleague' } }, { node: { title: 'Colleague unassigned' } }] });
    expect(await titles(analyst)).toEqual({ totalCount: 0, edges: [] });
    expect([byCm.tasks.length, byColleague.tasks.length]).toEqual([2, 2]);
  });

  it('lists done tasks latest done first, in pages by a cursor of when they were done', async () => {
    const { partner } = await partnerWithStaff();
    const created = await record(partner.id, { tasks: [{ title: 'First', dueOn: '2026-12-10' }, { title: 'Second', dueOn: '2026-12-01' }, { title: 'Third', dueOn: '2026-12-05' }] });
    const byTitle = new Map<string, string>(created.tasks.map((t: { id: string; title: string }) => [t.title, t.id]));
    // Done in this order: Second, Third, First (1 ms apart at least, so that their times differ).
    for (const title of ['Second', 'Third', 'First']) {
      ok(await app.gql(COMPLETE, { id: byTitle.get(title) }, cm), 'completeInteractionTask');
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const DONE = `query($partnerId: ID, $after: String) { interactionTasks(partnerId: $partnerId, open: false, first: 2, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { title } } } }`;
    type Page = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { title: string } }[] };
    const first = ok<Page>(await app.gql(DONE, { partnerId: partner.id }, cm), 'interactionTasks');
    expect([first.totalCount, first.edges.map((e) => e.node.title), first.pageInfo.hasNextPage]).toEqual([3, ['First', 'Third'], true]);
    const second = ok<Page>(await app.gql(DONE, { partnerId: partner.id, after: first.pageInfo.endCursor }, cm), 'interactionTasks');
    expect([second.edges.map((e) => e.node.title), second.pageInfo.hasNextPage]).toEqual([['Second'], false]);
    // An open list's cursor (a day) is no cursor of the done list.
    const forged = await app.gql(DONE, { partnerId: partner.id, after: Buffer.from(JSON.stringify(['2026-12-01', byTitle.get('First')])).toString('base64url') }, cm);
    expect(codeOf(forged)).toBe('BAD_USER_INPUT');
  });

  it("shows a partner's manager its shared interactions only, never tasks; employees and analysts' writes are FORBIDDEN", async () => {
    const own = await partnerWithStaff();
    const other = await partnerWithStaff();
    const shared = await record(own.partner.id, { subject: 'Shared visit', occurredAt: '2026-09-01T08:00:00.000Z', tasks: [{ title: 'Follow up', dueOn: '2026-09-08' }] });
    const internal = await record(own.partner.id, { subject: 'Internal call', shared: false, occurredAt: '2026-09-02T08:00:00.000Z' });
    const foreign = await record(other.partner.id, { subject: 'Foreign visit' });
    const seen = ok<{ totalCount: number; edges: { node: Record<string, unknown> }[] }>(await app.gql(LIST, {}, own.manager), 'interactions');
    expect([seen.totalCount, seen.edges.map((e) => e.node)]).toEqual([1, [{ id: shared.id, subject: 'Shared visit', shared: true, tasks: [] }]]);
    const brand = ok<{ edges: { node: { id: string; tasks: unknown[] } }[] }>(await app.gql(LIST, { partnerId: own.partner.id }, analyst), 'interactions');
    expect(brand.edges.map((e) => [e.node.id, e.node.tasks.length])).toEqual([[internal.id, 0], [shared.id, 1]]);
    for (const id of [internal.id, foreign.id]) {
      const result = await app.gql(`query($id: ID!) { interaction(id: $id) { id } }`, { id }, own.manager);
      expect([codeOf(result), result.data]).toEqual(['NOT_FOUND', null]);
    }
    expect(codeOf(await app.gql(LIST, { partnerId: other.partner.id }, own.manager))).toBe('NOT_FOUND');
    expect(codeOf(await app.gql(TIMELINE, { partnerId: other.partner.id }, own.manager))).toBe('NOT_FOUND');
    expect(codeOf(await app.gql(LIST, {}, own.employee))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(TASKS, {}, own.manager))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(RECORD, { input: input(own.partner.id) }, analyst))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(RECORD, { input: input(own.partner.id) }, own.manager))).toBe('FORBIDDEN');
  });

  it("merges a partner's interactions with its lead, order, service and MDF events, newest first, in keyset pages", async () => {
    const { partner, manager } = await partnerWithStaff();
    const product = await f.givenProduct();
    await f.givenOffer(partner.id, product.id);
    const { slug } = await f.givenShowroom(partner.id);
    const leadId = await f.givenLead({ slug });
    const order = await f.givenOrder(partner.id, [{ productId: product.id, quantity: 1 }]);
    const serviceCase = ok<{ serviceCase: { id: string } }>(await app.gql(`mutation($id: ID!) { openServiceCase(input: { partnerId: $id, description: "Drill stops",
      severity: LOW, customer: { name: "Olga Buyer", email: "olga@customer.example" } }) { serviceCase { id } } }`, { id: partner.id }, manager), 'openServiceCase').serviceCase;
    const fund = ok<{ fund: { id: string } }>(await app.gql(`mutation { createMdfFund(input: { name: "Timeline fund", currency: "EUR", totalBudget: "1000.00",
      periodStart: "2027-01-01", periodEnd: "2027-12-31", claimDeadline: "2028-01-31", activityTypes: [EVENT] }) { fund { id } } }`, {}, cm), 'createMdfFund').fund;
    ok(await app.gql(`mutation($f: ID!, $p: ID!) { allocateMdf(input: { fundId: $f, partnerId: $p, amount: "500.00" }) { allocation { id } } }`, { f: fund.id, p: partner.id }, cm), 'allocateMdf');
    const request = ok<{ request: { id: string } }>(await app.gql(`mutation($f: ID!, $p: ID!) { requestMdf(input: { fundId: $f, partnerId: $p, activityType: EVENT,
      title: "Open day", startsOn: "2027-03-01", endsOn: "2027-03-02", plannedCost: "200.00", requested: "200.00" }) { request { id } } }`, { f: fund.id, p: partner.id }, manager), 'requestMdf').request;
    const older = await record(partner.id, { subject: 'First visit', occurredAt: '2025-01-10T10:00:00.000Z' });
    const hidden = await record(partner.id, { subject: 'Internal note', occurredAt: '2025-06-10T10:00:00.000Z', shared: false });

    type Entry = { key: string; at: string; source: string; action: string; title: string; detail: string | null; subjectId: string; interaction: { id: string; shared: boolean } | null };
    const walk = async (who: Credentials, first: number, kinds?: string[]) => {
      const all: Entry[] = [];
      let after: string | null = null;
      for (let page = 0; page < 20; page++) {
        const result: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: Entry }[] } =
          ok(await app.gql(TIMELINE, { partnerId: partner.id, first, after, kinds }, who), 'partnerTimeline');
        all.push(...result.edges.map((e) => e.node));
        if (!result.pageInfo.hasNextPage) return all;
        after = result.pageInfo.endCursor;
      }
      throw new Error('the timeline did not end');
    };
    const whole = await walk(cm, 100);
    // Every source, newest first, each event once.
    expect(whole.map((e) => e.at)).toEqual([...whole.map((e) => e.at)].sort().reverse());
    expect(new Set(whole.map((e) => e.key)).size).toBe(whole.length);
    expect(whole.slice(-2).map((e) => [e.source, e.action, e.title, e.subjectId])).toEqual([
      ['INTERACTION', 'VISIT', 'Internal note', hidden.id], ['INTERACTION', 'VISIT', 'First visit', older.id],
    ]);
    expect(whole.slice(-1)[0].interaction).toEqual({ id: older.id, shared: true });
    const bySource = (entries: Entry[]) => entries.reduce<Record<string, string[]>>((acc, e) => ({ ...acc, [e.source]: [...(acc[e.source] ?? []), `${e.action}:${e.subjectId}`] }), {});
    expect(bySource(whole)).toEqual({
      MDF: [`REQUESTED:${request.id}`, `ALLOCATE:${fund.id}`],
      SERVICE_CASE: [`OPENED:${serviceCase.id}`],
      ORDER: [`CREATED:${order.id}`],
      LEAD: [`FILED:${leadId}`],
      INTERACTION: [`VISIT:${hidden.id}`, `VISIT:${older.id}`],
    });
    // Pages of two give the same entries in the same order.
    expect((await walk(cm, 2)).map((e) => e.key)).toEqual(whole.map((e) => e.key));
    expect((await walk(cm, 1, ['ORDER', 'INTERACTION'])).map((e) => e.key)).toEqual(whole.filter((e) => ['ORDER', 'INTERACTION'].includes(e.source)).map((e) => e.key));
    // The partner's manager sees the same, but the interaction that is not shared.
    expect((await walk(manager, 3)).map((e) => e.key)).toEqual(whole.filter((e) => e.subjectId !== hidden.id).map((e) => e.key));
    const forged = await app.gql(TIMELINE, { partnerId: partner.id, after: Buffer.from(JSON.stringify(['2026-02-31T00:00:00Z', 'x'])).toString('base64url') }, cm);
    expect([codeOf(forged), forged.errors![0].message]).toEqual(['BAD_USER_INPUT', 'after: is not a cursor this list gave out']);
  });
});
