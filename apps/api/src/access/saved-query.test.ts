import { startTestApp, TestApp, codeOf, Credentials } from '../../test/harness';
import { fixtures } from '../../test/fixtures';
import { countUpdates } from '../../test/write-counter';
import { Role } from './role';
import type { Viewer } from './viewer';

const LIST = `{ savedQueries { id name query variables } }`;
const SAVE = `mutation($name: String!, $query: String!, $variables: String) {
  saveQuery(input: { name: $name, query: $query, variables: $variables }) { savedQuery { id name query variables createdAt updatedAt } } }`;
const DELETE = `mutation($id: ID!) { deleteSavedQuery(input: { savedQueryId: $id }) { deletedSavedQueryId } }`;

describe("the workbench's saved queries", () => {
  let app: TestApp;
  let f: ReturnType<typeof fixtures>;

  beforeAll(async () => {
    app = await startTestApp();
    f = fixtures(app);
  });
  afterAll(() => app.close());

  const signedIn = async (role: Role): Promise<{ id: string; as: Credentials }> => {
    const user = await f.givenUser(role);
    return { id: user.id, as: await app.signIn(user.email) };
  };
  const rowsOf = (userId: string) =>
    app.dataSource.query(`SELECT name, query, variables FROM saved_query WHERE user_id = $1 ORDER BY name`, [userId]);

  it('lists the viewer\'s queries by name; the same name replaces the text, the same text again writes nothing', async () => {
    const analyst = await signedIn(Role.ANALYST);
    expect((await app.gql(LIST, {}, analyst.as)).data).toEqual({ savedQueries: [] });
    const updatesOf = await countUpdates(app, { saved_query: 'id' });
    const partners = (await app.gql(SAVE, { name: '  Partners  ', query: '{ partners(first: 5) { totalCount } }', variables: '' }, analyst.as)).data!.saveQuery.savedQuery;
    expect(partners).toEqual({ id: expect.any(String), name: 'Partners', query: '{ partners(first: 5) { totalCount } }', variables: null, createdAt: partners.updatedAt, updatedAt: expect.any(String) });
    const byTier = (await app.gql(SAVE, { name: 'By tier', query: 'query($first: Int!) { partners(first: $first) { totalCount } }', variables: '{"first": 3}' }, analyst.as)).data!.saveQuery.savedQuery;
    expect((await app.gql(LIST, {}, analyst.as)).data!.savedQueries).toEqual([
      { id: byTier.id, name: 'By tier', query: 'query($first: Int!) { partners(first: $first) { totalCount } }', variables: '{"first": 3}' },
      { id: partners.id, name: 'Partners', query: '{ partners(first: 5) { totalCount } }', variables: null },
    ]);

    const replaced = (await app.gql(SAVE, { name: 'Partners', query: '{ partners(first: 9) { totalCount } }' }, analyst.as)).data!.saveQuery.savedQuery;
    expect([replaced.id, replaced.query, replaced.createdAt, await updatesOf('saved_query', partners.id)]).toEqual([partners.id, '{ partners(first: 9) { totalCount } }', partners.createdAt, 1]);
    expect(new Date(replaced.updatedAt) >= new Date(partners.updatedAt)).toBe(true);
    const again = await Promise.all(Array.from({ length: 10 }, () => app.gql(SAVE, { name: 'Partners', query: '{ partners(first: 9) { totalCount } }' }, analyst.as)));
    expect(again.map((r) => r.errors ?? r.data!.saveQuery.savedQuery)).toEqual(Array(10).fill(replaced));
    expect(await updatesOf('saved_query', partners.id)).toBe(1);
    expect(await rowsOf(analyst.id)).toEqual([
      { name: 'By tier', query: 'query($first: Int!) { partners(first: $first) { totalCount } }', variables: '{"first": 3}' },
      { name: 'Partners', query: '{ partners(first: 9) { totalCount } }', variables: null },
    ]);
  });

  it('refuses a text that is not a GraphQL document, naming query, and a blank name, naming name; nothing is written', async () => {
    const manager = await signedIn(Role.CHANNEL_MANAGER);
    const broken = await app.gql(SAVE, { name: 'Broken', query: '{ partners(first: 5) { totalCount }' }, manager.as);
    expect(broken.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'query' });
    expect(broken.errors?.[0].message).toBe('query: must be a GraphQL document (it does not parse at line 1, column 36)');
    const sql = await app.gql(SAVE, { name: 'SQL', query: "SELECT * FROM app_user; DROP TABLE saved_query" }, manager.as);
    expect([codeOf(sql), sql.errors?.[0].extensions?.field, sql.errors?.[0].message]).toEqual(['BAD_USER_INPUT', 'query', 'query: must be a GraphQL document (it does not parse at line 1, column 1)']);
    const blank = await app.gql(SAVE, { name: '   ', query: '{ viewer { id } }' }, manager.as);
    expect([codeOf(blank), JSON.stringify(blank.errors?.[0].extensions)]).toEqual(['BAD_USER_INPUT', expect.stringContaining('name')]);
    const long = await app.gql(SAVE, { name: 'x'.repeat(121), query: '{ viewer { id } }' }, manager.as);
    expect(codeOf(long)).toBe('BAD_USER_INPUT');
    const tooLong = await app.gql(SAVE, { name: 'Long', query: `{ viewer { id } }${' '.repeat(100_000)}#` }, manager.as);
    expect(codeOf(tooLong)).toBe('BAD_USER_INPUT');
    expect(await rowsOf(manager.id)).toEqual([]);
  });

  it("deletes the viewer's own query once; another user's id is NOT_FOUND and stays", async () => {
    const [a, b] = [await signedIn(Role.ANALYST), await signedIn(Role.ADMIN)];
    const mine = (await app.gql(SAVE, { name: 'Mine', query: '{ viewer { id } }' }, a.as)).data!.saveQuery.savedQuery.id;
    const theirs = (await app.gql(SAVE, { name: 'Mine', query: '{ viewer { email } }' }, b.as)).data!.saveQuery.savedQuery.id;
    expect((await app.gql(LIST, {}, a.as)).data!.savedQueries.map((q: { id: string }) => q.id)).toEqual([mine]);
    const foreign = await app.gql(DELETE, { id: theirs }, a.as);
    expect([codeOf(foreign), foreign.data]).toEqual(['NOT_FOUND', null]);
    expect(await rowsOf(b.id)).toEqual([{ name: 'Mine', query: '{ viewer { email } }', variables: null }]);
    expect((await app.gql(DELETE, { id: mine }, a.as)).data).toEqual({ deleteSavedQuery: { deletedSavedQueryId: mine } });
    expect(codeOf(await app.gql(DELETE, { id: mine }, a.as))).toBe('NOT_FOUND');
    expect(await rowsOf(a.id)).toEqual([]);
  });

  it('is for signed-in brand staff only: partners FORBIDDEN, anonymous UNAUTHENTICATED', async () => {
    const partner = await f.givenPartner();
    const manager = await app.signIn((await f.givenUser(Role.PARTNER_MANAGER, partner.id)).email);
    expect(codeOf(await app.gql(LIST, {}, manager))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(SAVE, { name: 'Spy', query: '{ viewer { id } }' }, manager))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(LIST, {}, {}))).toBe('UNAUTHENTICATED');
  });

  it("keeps each user's rows to that user under row-level security, whatever the statement says", async () => {
    const [a, b] = [await signedIn(Role.ANALYST), await signedIn(Role.ANALYST)];
    await app.gql(SAVE, { name: 'A', query: '{ viewer { id } }' }, a.as);
    await app.gql(SAVE, { name: 'B', query: '{ viewer { id } }' }, b.as);
    const viewer: Viewer = { userId: a.id, role: Role.ANALYST, email: 'a@x.example', displayName: 'A', partnerId: null, visiblePartnerIds: 'ALL', via: 'SESSION' };
    const seen = await app.within(viewer, async (scope) => ({
      rows: (await scope.query<{ name: string }>(`SELECT name FROM saved_query WHERE name IN ('A', 'B')`)).map((r) => r.name),
      changed: (await scope.execute(`UPDATE saved_query SET query = '{ x }' WHERE name = 'B'`)).affected,
      deleted: (await scope.execute(`DELETE FROM saved_query WHERE name = 'B'`)).affected,
    }));
    expect(seen).toEqual({ rows: ['A'], changed: 0, deleted: 0 });
    await expect(app.within(viewer, (scope) => scope.execute(`INSERT INTO saved_query (user_id, name, query) VALUES ($1, 'planted', '{ x }')`, [b.id])))
      .rejects.toThrow(/row-level security/);
    expect(await rowsOf(b.id)).toEqual([{ name: 'B', query: '{ viewer { id } }', variables: null }]);
  });
});
