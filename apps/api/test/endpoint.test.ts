import { startTestApp, TestApp, codeOf } from './harness';
import { fixtures } from './fixtures';
import { Role } from '../src/access/role';
import { loadConfig, ConfigError } from '../src/config';
import { formatError } from '../src/graphql/format-error';
import { GraphQLError } from 'graphql';

describe('the GraphQL endpoint', () => {
  let app: TestApp;
  let f: ReturnType<typeof fixtures>;

  beforeAll(async () => {
    app = await startTestApp();
    f = fixtures(app);
  });
  afterAll(() => app.close());

  it('refuses simple cross-site requests (CSRF): a text/plain POST is not executed', async () => {
    const res = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"{ viewer { id } }"}' });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('CSRF');
  });

  it('rejects queries nested deeper than the limit, and too many aliases', async () => {
    const cm = await app.signIn((await f.givenUser(Role.CHANNEL_MANAGER)).email);
    const deep = `{ partners(first: 1) { edges { node { children { children { children { children { children { children { children { children { id } } } } } } } } } } } }`;
    const depth = await app.gql(deep, {}, cm);
    expect(depth.data).toBeNull();
    expect(depth.errors![0].message).toMatch(/depth/i);
    const aliases = Array.from({ length: 25 }, (_, i) => `a${i}: viewer { id }`).join(' ');
    const many = await app.gql(`{ ${aliases} }`, {}, cm);
    expect(many.errors![0].message).toMatch(/alias/i);
  });

  it('treats an expired session as signed out', async () => {
    const user = await f.givenUser(Role.ANALYST);
    const creds = await app.signIn(user.email);
    expect((await app.gql(`{ viewer { id } }`, {}, creds)).data!.viewer.id).toBe(user.id);
    await app.dataSource.query(`UPDATE user_session SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [user.id]);
    expect((await app.gql(`{ viewer { id } }`, {}, creds)).data!.viewer).toBeNull();
    expect(codeOf(await app.gql(`{ partners(first: 1) { totalCount } }`, {}, creds))).toBe('UNAUTHENTICATED');
  });

  it('frees the connection of a signed-in request that fails before GraphQL runs (bad JSON, CSRF refusal)', async () => {
    const creds = await app.signIn((await f.givenUser(Role.ANALYST)).email);
    for (let i = 0; i < 15; i++) {
      const bad = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: creds.cookie! }, body: '{"query": ' });
      const csrf = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain', cookie: creds.cookie! }, body: '{}' });
      expect([bad.status, csrf.status]).toEqual([400, 400]);
    }
    // The test pool has 10 connections: had any been kept, this would wait and fail.
    expect((await app.gql(`{ viewer { role } }`, {}, creds)).data!.viewer.role).toBe('ANALYST');
    const [held] = await app.dataSource.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND state = 'idle in transaction'`);
    expect(held.n).toBe(0);
  });

  it('answers a malformed bearer header with 401 UNAUTHENTICATED', async () => {
    const res = await app.gql(`{ viewer { id } }`, {}, {}, { authorization: 'Basic abc' });
    expect([res.status, codeOf(res)]).toEqual([401, 'UNAUTHENTICATED']);
  });

  it('answers a forged cursor as bad input naming the field', async () => {
    const cm = await app.signIn((await f.givenUser(Role.CHANNEL_MANAGER)).email);
    const cursor = Buffer.from(JSON.stringify(['x', 'not-a-uuid'])).toString('base64url');
    const res = await app.gql(`query($after: String) { partners(first: 1, after: $after) { totalCount } }`, { after: cursor }, cm);
    expect(res.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after', reason: 'is not a cursor this list gave out' });
  });

  it('masks unexpected errors as INTERNAL, without their message', () => {
    const masked = formatError({ message: 'relation "secret_table" does not exist', path: ['partners'] }, new GraphQLError('x', { originalError: new Error('relation "secret_table" does not exist') }));
    expect(masked).toEqual({ message: 'Internal error', path: ['partners'], extensions: { code: 'INTERNAL' } });
  });
});

describe('configuration', () => {
  it('names the variable and the rule when a setting is wrong', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(new ConfigError('PORT must be an integer between 0 and 65535, got "eighty"'));
    expect(() => loadConfig({ SEED_DEMO: 'maybe' })).toThrow(new ConfigError('SEED_DEMO must be true or false, got "maybe"'));
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(ConfigError);
  });

  it('defaults to 127.0.0.1:4800 with demo data on the embedded database, off with DATABASE_URL', () => {
    expect(loadConfig({})).toMatchObject({ host: '127.0.0.1', port: 4800, seedDemo: true, publicUrl: 'http://127.0.0.1:4800' });
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h/db' }).seedDemo).toBe(false);
  });
});

describe('the public rate limit', () => {
  it('answers 429 LIMIT_EXCEEDED to an address past its anonymous budget, and spares signed-in users', async () => {
    const app = await startTestApp({ publicRequestsPerMinute: 3 });
    try {
      const user = await fixtures(app).givenUser(Role.ANALYST);
      const creds = await app.signIn(user.email);
      // The anonymous sign-in above spent one of the three.
      const results = [];
      for (let i = 0; i < 3; i++) results.push(await app.gql(`{ showroom { slug } }`));
      expect(results.map((r) => r.status)).toEqual([200, 200, 429]);
      expect(codeOf(results[2])).toBe('LIMIT_EXCEEDED');
      expect((await app.gql(`{ viewer { id } }`, {}, creds)).data!.viewer.id).toBe(user.id);
    } finally {
      await app.close();
    }
  });
});

describe('the public rate limit and forged cookies', () => {
  it('counts a request with a cookie that names no session as anonymous', async () => {
    const app = await startTestApp({ publicRequestsPerMinute: 2 });
    try {
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push((await app.gql(`{ showroom { slug } }`, {}, { cookie: 'trellis_session=forged' })).status);
      expect(statuses).toEqual([200, 200, 429]);
    } finally {
      await app.close();
    }
  });

  it('counts a request with an unknown API token against the same budget: 401 until it is spent, then 429', async () => {
    const app = await startTestApp({ publicRequestsPerMinute: 2 });
    try {
      const results = [];
      for (let i = 0; i < 3; i++) results.push(await app.gql(`{ showroom { slug } }`, {}, { token: 'trt_forged' }));
      expect(results.map((r) => [r.status, codeOf(r)])).toEqual([[401, 'UNAUTHENTICATED'], [401, 'UNAUTHENTICATED'], [429, 'LIMIT_EXCEEDED']]);
      expect((await app.gql(`{ showroom { slug } }`)).status).toBe(429);
    } finally {
      await app.close();
    }
  });
});
