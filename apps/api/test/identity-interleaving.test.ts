import { Role } from '../src/access/role';
import { PartnerKind } from '../src/modules/partners/partner.entity';
import { Credentials, startTestApp, TestApp } from './harness';
import { fixtures } from './fixtures';

/**
 * Request connections keep the identity of their last request (access/connection.ts). Many more
 * concurrent requests than the pool has connections (10 in tests), of viewers of different partners,
 * anonymous visitors, failing requests and sign-ins between them: every answer shows
 * exactly what its own viewer may see, whatever the connection served before.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ publicRequestsPerMinute: 100_000, loginMaxFailures: 1_000, loginMaxFailuresPerIp: 10_000 });
});
afterAll(() => app.close());

const LIST = `{ partners(first: 100) { totalCount edges { node { id } } } }`;
const BY_ID = `query($id: ID!) { partner(id: $id) { id } }`;

it('answers each of 300 interleaved requests with its own viewer\'s partners only', async () => {
  const f = fixtures(app);
  const [a, b] = [await f.givenPartner({ kind: PartnerKind.DISTRIBUTOR }), await f.givenPartner()];
  const child = await f.givenPartner({ parentId: a.id });
  const [userA, userB, brand] = [await f.givenUser(Role.PARTNER_MANAGER, a.id), await f.givenUser(Role.PARTNER_EMPLOYEE, b.id), await f.givenUser(Role.CHANNEL_MANAGER)];
  const [asA, asB, asBrand] = [await app.signIn(userA.email), await app.signIn(userB.email), await app.signIn(brand.email)];
  const all = (await app.gql(LIST, {}, asBrand)).data!.partners.totalCount as number;

  type Case = { as: Credentials; run: () => Promise<unknown>; expected: unknown };
  const ids = (r: { data: any }) => (r.data?.partners?.edges ?? []).map((e: { node: { id: string } }) => e.node.id).sort();
  const cases: Case[] = [
    { as: asA, run: async () => ids(await app.gql(LIST, {}, asA)), expected: [a.id, child.id].sort() },
    { as: asB, run: async () => ids(await app.gql(LIST, {}, asB)), expected: [b.id] },
    { as: asBrand, run: async () => (await app.gql(LIST, {}, asBrand)).data!.partners.totalCount, expected: all },
    // Another partner's row by id: NOT_FOUND, whoever used the connection before.
    { as: asB, run: async () => (await app.gql(BY_ID, { id: a.id }, asB)).errors?.[0].extensions?.code, expected: 'NOT_FOUND' },
    { as: asA, run: async () => (await app.gql(BY_ID, { id: b.id }, asA)).errors?.[0].extensions?.code, expected: 'NOT_FOUND' },
    // Anonymous visitors and failing requests between them.
    { as: {}, run: async () => (await app.gql(LIST)).errors?.[0].extensions?.code, expected: 'UNAUTHENTICATED' },
    { as: asA, run: async () => (await app.gql(`{ partner(id: "not-a-uuid") { id } }`, {}, asA)).errors?.[0].extensions?.code, expected: 'BAD_USER_INPUT' },
    // A sign-in runs as access's credentials role, then as the new viewer, on a connection that served anyone.
    { as: {}, run: async () => ids(await app.gql(LIST, {}, await app.signIn(userB.email))), expected: [b.id] },
  ];
  const runs = Array.from({ length: 300 }, (_, i) => cases[(i * 7 + (i >> 3)) % cases.length]);
  const answers = await Promise.all(runs.map((c) => c.run()));
  const wrong = answers.map((answer, i) => ({ answer, expected: runs[i].expected })).filter((r) => JSON.stringify(r.answer) !== JSON.stringify(r.expected));
  expect(wrong).toEqual([]);
});
