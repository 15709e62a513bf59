import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { Config, loadConfig } from '../src/config';
import { createDataSource } from '../src/db/data-source';
import { createApp } from '../src/server';
import { closePools, openPools } from '../src/db/database';
import { Scope, Scopes } from '../src/access/scope';
import { Viewer } from '../src/access/viewer';
import { Services } from '../src/services';
import { ViewerCache } from '../src/access/viewer-cache';
import { ViewerListener } from '../src/access/viewer-listener';
import { EventHub } from '../src/access/events';

export interface GraphQLResult<T = Record<string, any>> {
  status: number;
  data: T | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, any> }[];
  /** Statements the operation sent, setup excluded (see access/scope.ts). */
  statements: number;
  /** Every exchange with PostgreSQL: the viewer lookup, statements, and any BEGIN, identity switch, COMMIT. */
  roundTrips: number;
  setCookie: string | null;
}

export interface Credentials {
  cookie?: string;
  token?: string;
}

export interface TestApp {
  url: string;
  /** This test file's database, for processes of its own (the jobs restart test). */
  databaseUrl: string;
  /**
   * The owner's connection, for tests' own assertions and setup only (it bypasses row-level security).
   * Its query() clears the API's viewer cache once the statement is done: a test that changes access
   * behind the API's back and asks at once must not race the NOTIFY that would clear it a moment later.
   */
  dataSource: DataSource;
  /** A statement on the owner's connection that leaves the viewer cache alone: only NOTIFY tells the API. */
  behindTheBack(sql: string, params?: unknown[]): Promise<unknown>;
  viewerCache: ViewerCache;
  /** The API's LISTEN connection, for the viewer cache's tests. */
  viewerListener: ViewerListener;
  scopes: Scopes;
  /** This instance's live events hub (its subscribers). */
  hub: EventHub;
  /** Runs work in a scope of this viewer (null: an anonymous request's), committed when it returns. */
  within<T>(viewer: Viewer | null, work: (scope: Scope) => Promise<T>): Promise<T>;
  services: Services;
  config: Config;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, as?: Credentials, headers?: Record<string, string>): Promise<GraphQLResult<T>>;
  signIn(email: string, password?: string): Promise<Credentials>;
  /** Another API instance on this same database (its own pools, LISTEN connections and port); closed with this one. */
  sibling(): Promise<{ url: string; close(): Promise<void> }>;
  close(): Promise<void>;
}

/** An API instance of `config` on a database, listening on a free local port. */
async function listening(config: Config, url: string) {
  const pools = await openPools(url, 10);
  const trellis = await createApp(config, pools);
  const server: Server = await new Promise((resolve) => {
    const s = trellis.app.listen(0, '127.0.0.1', () => resolve(s as Server));
  });
  trellis.live.attach(server);
  return {
    trellis,
    pools,
    server,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async close() {
      await trellis.live.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await trellis.stop();
      await closePools(pools);
    },
  };
}

export const TEST_PASSWORD = 'test-password-1';

async function adminQuery(sql: string): Promise<void> {
  const admin = createDataSource(process.env.TRELLIS_TEST_PG_URL!, 1);
  await admin.initialize();
  try {
    await admin.query(sql);
  } finally {
    await admin.destroy();
  }
}

/** A fresh database copied from the migrated template, and the real API on a free port. */
export async function startTestApp(overrides: Partial<Config> = {}): Promise<TestApp> {
  const name = `t_${randomBytes(6).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name} TEMPLATE trellis_template`);
  const url = process.env.TRELLIS_TEST_PG_URL!.replace(/\/postgres$/, `/${name}`);
  const dataSource = createDataSource(url, 3);
  await dataSource.initialize();
  // No job worker unless a test asks for one (workers: N): jobs then wait in the queue, where tests can see them.
  const config: Config = { ...loadConfig({}), exposeStatementCount: true, webDist: '/nonexistent', workers: 0, ...overrides };
  const main = await listening(config, url);
  const { trellis } = main;
  const siblings: { close(): Promise<void> }[] = [];
  const ownerQuery = dataSource.query.bind(dataSource);
  dataSource.query = (async (sql: string, params?: unknown[]) => {
    try {
      return await ownerQuery(sql, params);
    } finally {
      trellis.viewerCache.clear();
    }
  }) as DataSource['query'];
  const base = main.url;

  const gql: TestApp['gql'] = async (query, variables = {}, as = {}, headers = {}) => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(as.cookie ? { cookie: as.cookie } : {}),
        ...(as.token ? { authorization: `Bearer ${as.token}` } : {}),
        ...headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: any; errors?: GraphQLResult['errors'] };
    return {
      status: res.status,
      data: body.data ?? null,
      errors: body.errors,
      statements: Number(res.headers.get('x-sql-statements') ?? -1),
      roundTrips: Number(res.headers.get('x-sql-round-trips') ?? -1),
      setCookie: res.headers.get('set-cookie'),
    };
  };

  const signIn = async (email: string, password = TEST_PASSWORD): Promise<Credentials> => {
    const result = await gql(`mutation($input: SignInInput!) { signIn(input: $input) { user { id } } }`, { input: { email, password } });
    if (result.errors || !result.setCookie) throw new Error(`sign-in of ${email} failed: ${JSON.stringify(result.errors)}`);
    return { cookie: result.setCookie.split(';')[0] };
  };

  return {
    url: base,
    databaseUrl: url,
    dataSource,
    behindTheBack: (sql, params) => ownerQuery(sql, params),
    viewerCache: trellis.viewerCache,
    viewerListener: trellis.viewerListener,
    scopes: trellis.scopes,
    hub: trellis.hub,
    within: (viewer, work) => (viewer ? trellis.scopes.runSystem('test', work, viewer) : trellis.scopes.forRequest(null).within(work)),
    services: trellis.services,
    config,
    gql,
    signIn,
    async sibling() {
      const other = await listening(config, url);
      siblings.push(other);
      return { url: other.url, close: other.close };
    },
    async close() {
      for (const other of siblings) await other.close().catch(() => undefined);
      await main.close();
      await dataSource.destroy();
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

/** The error code of the first error, to assert exactly. */
export const codeOf = (result: GraphQLResult) => result.errors?.[0]?.extensions?.code;
