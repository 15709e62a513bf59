import { purgeExpiredCounters } from '../src/access/counter';
import { startTestApp, TestApp } from './harness';

/** The request connection's chain: every statement meets its transaction and identity, whatever runs beside it. */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const WHO = `SELECT current_user AS role, current_setting('trellis.role', true) AS viewer, now() = statement_timestamp() AS autocommit`;

it('runs a statement queued beside a suspend in a new transaction under its own identity, never as the owner', async () => {
  const scope = app.scopes.forRequest(null);
  const shown = scope.publicFor([]);
  const [first, , second] = await Promise.all([shown.query(WHO), scope.suspend(), shown.query(WHO)]);
  await scope.connection.close(true);
  expect(first[0]).toMatchObject({ role: 'trellis_public', viewer: 'PUBLIC' });
  // In a transaction now() is the transaction's start, before this statement's: a lone autocommit would be equal.
  expect(second[0]).toMatchObject({ role: 'trellis_public', viewer: 'PUBLIC' });
  expect(second[0].autocommit).toBe(false);
});

it('refuses statements after the end, and gives the connection back', async () => {
  const scope = app.scopes.forRequest(null);
  await scope.query(`SELECT pg_sleep(0.05)`);
  await scope.connection.close(false);
  await expect(scope.query(`SELECT 1`)).rejects.toThrow(/has ended/);
  const [{ n }] = await app.dataSource.query(
    `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%'`);
  expect(n).toBe(0);
});

it('treats a mangled session cookie as no cookie, and answers no stack trace', async () => {
  const res = await fetch(`${app.url}/graphql`, {
    method: 'POST', headers: { 'content-type': 'application/json', cookie: 'trellis_session=%E0%A4%A' },
    body: JSON.stringify({ query: '{ viewer { id } }' }),
  });
  expect([res.status, await res.json()]).toEqual([200, { data: { viewer: null } }]);
  const broken = await app.gql(`{ viewer { id }`);
  expect(broken.errors?.[0].extensions).toEqual({ code: 'GRAPHQL_PARSE_FAILED' });
});

it('purges counters that expired over an hour ago and keeps the rest', async () => {
  const now = Date.now();
  await app.dataSource.query(`INSERT INTO login_limit (key, points, expire) VALUES ('old', 3, $1), ('recent', 3, $2), ('live', 1, $3)`,
    [now - 2 * 3600_000, now - 60_000, now + 600_000]);
  await app.dataSource.query(`INSERT INTO showroom_limit (key, points, expire) VALUES ('old', 3, $1), ('live', 1, $2)`, [now - 2 * 3600_000, now + 600_000]);
  await purgeExpiredCounters(app.scopes);
  expect((await app.dataSource.query(`SELECT key FROM login_limit WHERE key IN ('old', 'recent', 'live') ORDER BY key`)).map((r: { key: string }) => r.key)).toEqual(['live', 'recent']);
  expect((await app.dataSource.query(`SELECT key FROM showroom_limit WHERE key IN ('old', 'live')`)).map((r: { key: string }) => r.key)).toEqual(['live']);
});
