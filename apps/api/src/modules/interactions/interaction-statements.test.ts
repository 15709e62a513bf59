import { startTestApp, TestApp, Credentials } from '../../../test/harness';
import { fixtures } from '../../../test/fixtures';
import { Role } from '../../access/role';

/* A partner's interactions with their partner, author and tasks, and its timeline with the interactions and actors: the same statements at 3 rows and at 12. */
const LIST = `query($id: ID!) { interactions(partnerId: $id, first: 50) { totalCount edges { node { id subject partner { id name } createdBy { id displayName }
  tasks { id title assignee { id } } } } } }`;
const TIMELINE = `query($id: ID!) { partnerTimeline(partnerId: $id, first: 50) { pageInfo { hasNextPage } edges { node { key source action title
  actor { id } interaction { id subject partner { id } } } } } }`;

describe('statements of the interactions list and the partner timeline', () => {
  let app: TestApp;
  let f: ReturnType<typeof fixtures>;
  let cm: Credentials;

  beforeAll(async () => {
    app = await startTestApp();
    f = fixtures(app);
    cm = await app.signIn((await f.givenUser(Role.CHANNEL_MANAGER)).email);
  });
  afterAll(() => app.close());

  /** A partner with `size` interactions, each with a task, and `size` orders (a timeline row each), recorded by the channel manager. */
  async function givenPartner(size: number) {
    const partner = await f.givenPartner();
    const product = await f.givenProduct();
    await f.givenOffer(partner.id, product.id);
    const assignee = await f.givenUser(Role.CHANNEL_MANAGER);
    for (let i = 0; i < size; i++) {
      const result = await app.gql(`mutation($input: RecordInteractionInput!) { recordInteraction(input: $input) { interaction { id } } }`, { input: {
        partnerId: partner.id, kind: 'CALL', occurredAt: new Date(Date.UTC(2026, 0, 1 + i)).toISOString(), subject: `Call ${i}`, shared: i % 2 === 0,
        tasks: [{ title: `Follow up ${i}`, dueOn: '2026-12-24', assigneeId: assignee.id }],
      } }, cm);
      expect(result.errors).toBeUndefined();
      await f.givenOrder(partner.id, [{ productId: product.id, quantity: 1 }]);
    }
    return partner.id;
  }

  it('takes the same statements for 3 and for 12', async () => {
    const [few, many] = [await givenPartner(3), await givenPartner(12)];
    const [small, large] = [await app.gql(LIST, { id: few }, cm), await app.gql(LIST, { id: many }, cm)];
    expect([small.errors, large.errors]).toEqual([undefined, undefined]);
    expect([small.data!.interactions.totalCount, large.data!.interactions.totalCount]).toEqual([3, 12]);
    expect(large.data!.interactions.edges.flatMap((e: { node: { tasks: unknown[] } }) => e.node.tasks)).toHaveLength(12);
    // partner check, page, count, then one each: partners, authors, tasks, assignees
    expect([small.statements, large.statements]).toEqual([7, 7]);

    const [smallLine, largeLine] = [await app.gql(TIMELINE, { id: few }, cm), await app.gql(TIMELINE, { id: many }, cm)];
    expect([smallLine.errors, largeLine.errors]).toEqual([undefined, undefined]);
    const sources = (r: typeof largeLine) => r.data!.partnerTimeline.edges.map((e: { node: { source: string } }) => e.node.source).sort();
    expect(sources(largeLine)).toEqual([...Array(12).fill('INTERACTION'), ...Array(12).fill('ORDER')]);
    expect(sources(smallLine)).toEqual([...Array(3).fill('INTERACTION'), ...Array(3).fill('ORDER')]);
    // partner check, one per source (5), then one each: actors, interactions, their partners
    expect([smallLine.statements, largeLine.statements]).toEqual([9, 9]);
  });
});
