import { startTestApp, TestApp, Credentials } from '../../../test/harness';
import { fixtures } from '../../../test/fixtures';
import { countUpdates } from '../../../test/write-counter';
import { Role } from '../../access/role';

/* Of 20 parallel identical changes to an interaction or a task exactly one writes a row version; every request answers the state reached. */
describe('interaction changes that change nothing', () => {
  let app: TestApp;
  let f: ReturnType<typeof fixtures>;
  let cm: Credentials;
  let updatesOf: Awaited<ReturnType<typeof countUpdates>>;

  beforeAll(async () => {
    app = await startTestApp();
    f = fixtures(app);
    cm = await app.signIn((await f.givenUser(Role.CHANNEL_MANAGER)).email);
    updatesOf = await countUpdates(app, { interaction: 'id', interaction_task: 'id' });
  });
  afterAll(() => app.close());

  const given = async () => {
    const partner = await f.givenPartner();
    const result = await app.gql(`mutation($input: RecordInteractionInput!) { recordInteraction(input: $input) { interaction { id tasks { id } } } }`, { input: {
      partnerId: partner.id, kind: 'MEETING', occurredAt: '2026-11-20T12:00:00.000Z', subject: 'Planning 2027', participants: ['Ewa Nowak'],
      tasks: [{ title: 'Send the plan', dueOn: '2026-12-01' }],
    } }, cm);
    expect(result.errors).toBeUndefined();
    return result.data!.recordInteraction.interaction as { id: string; tasks: { id: string }[] };
  };

  it('updateInteraction: 20 identical requests write one row version', async () => {
    const interaction = await given();
    const input = { interactionId: interaction.id, kind: 'MEETING', occurredAt: '2026-11-20T12:00:00.000Z', subject: 'Planning 2027 and 2028',
      participants: ['Ewa Nowak', 'Jan Kowalski'], notes: 'Budget agreed', outcome: '', shared: true };
    const answers = await Promise.all(Array.from({ length: 20 }, () =>
      app.gql(`mutation($input: UpdateInteractionInput!) { updateInteraction(input: $input) { interaction { subject participants shared notes } } }`, { input }, cm)));
    expect(answers.map((a) => a.errors)).toEqual(Array(20).fill(undefined));
    expect(new Set(answers.map((a) => JSON.stringify(a.data)))).toEqual(new Set([JSON.stringify({ updateInteraction: { interaction: {
      subject: 'Planning 2027 and 2028', participants: ['Ewa Nowak', 'Jan Kowalski'], shared: true, notes: 'Budget agreed' } } })]));
    expect(await updatesOf('interaction', interaction.id)).toBe(1);
  });

  it('completeInteractionTask: 20 identical requests write one row version and answer the same completion', async () => {
    const interaction = await given();
    const taskId = interaction.tasks[0].id;
    const answers = await Promise.all(Array.from({ length: 20 }, () =>
      app.gql(`mutation($id: ID!) { completeInteractionTask(input: { taskId: $id }) { task { id doneAt } } }`, { id: taskId }, cm)));
    expect(answers.map((a) => a.errors)).toEqual(Array(20).fill(undefined));
    expect(new Set(answers.map((a) => a.data!.completeInteractionTask.task.doneAt)).size).toBe(1);
    expect(await updatesOf('interaction_task', taskId)).toBe(1);
  });
});
