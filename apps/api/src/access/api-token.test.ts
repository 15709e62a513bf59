import { startTestApp, TestApp } from '../../test/harness';
import { fixtures } from '../../test/fixtures';
import { countUpdates } from '../../test/write-counter';
import { Role } from './role';

describe('revoking an API token', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('20 parallel revocations write the token once and all answer the stored time; revoking again writes nothing', async () => {
    const f = fixtures(app);
    const updatesOf = await countUpdates(app, { api_token: 'id' });
    const creds = await app.signIn((await f.givenUser(Role.ANALYST)).email);
    const id = (await app.gql(`mutation { createApiToken(input: { name: "laptop" }) { apiToken { id } } }`, {}, creds)).data!.createApiToken.apiToken.id;
    const REVOKE = `mutation($id: ID!) { revokeApiToken(input: { apiTokenId: $id }) { apiToken { id revokedAt } } }`;
    const results = await Promise.all(Array.from({ length: 20 }, () => app.gql(REVOKE, { id }, creds)));
    const [stored] = await app.dataSource.query(`SELECT revoked_at AS "revokedAt" FROM api_token WHERE id = $1`, [id]);
    expect(results.map((r) => r.errors ?? r.data!.revokeApiToken.apiToken)).toEqual(Array(20).fill({ id, revokedAt: stored.revokedAt.toISOString() }));
    expect(await updatesOf('api_token', id)).toBe(1);
    const again = await app.gql(REVOKE, { id }, creds);
    expect([again.data!.revokeApiToken.apiToken.revokedAt, await updatesOf('api_token', id)]).toEqual([stored.revokedAt.toISOString(), 1]);
  });
});
