// Each scenario asks the same question twice: through the real API (session, row-level security, GraphQL,
// TypeORM, DataLoaders) and through a bare node:http handler running one hand-written statement. The
// difference is what the stack costs per request; both answer the same JSON, which the bench checks.
import http from 'node:http';
import { Pool } from 'pg';
import { RequestSpec } from './load';

export interface Scenario {
  key: string;
  title: string;
  api: () => RequestSpec;
  sql: () => RequestSpec;
  /** One request for each side asking the same question, to check that both answer the same data. */
  probe: () => [api: RequestSpec, sql: RequestSpec];
}

export interface Sessions {
  channelManagerCookie: string;
  partnerManagerCookie: string;
}

const PARTNER_BY_ID = `query PartnerById($id: ID!) { partner(id: $id) { id code name status city country } }`;

const PARTNERS_NESTED = `query PartnersNested($first: Int!) {
  partners(first: $first) {
    totalCount
    pageInfo { hasNextPage }
    edges { node {
      id name
      parent { id name }
      children { id name }
      tier { id name }
      territories { id name }
      users { id email }
      owner { id displayName }
    } }
  }
}`;

export const PAGE_SIZE = 50;

/**
 * The nested list in one statement, already shaped as the API's JSON answer. `visible` adds the filter
 * that row-level security applies for a partner user ($2: the ids it may see) to every partner lookup;
 * users, territories and tiers of a visible partner are visible anyway.
 */
function listSql(visible: boolean): string {
  const vis = (col: string) => (visible ? ` AND ${col} = ANY($2::uuid[])` : '');
  return `
    WITH page AS (
      SELECT id, name, parent_id, tier_id, owner_id FROM partner p WHERE true${vis('p.id')}
       ORDER BY name, id LIMIT $1::int + 1)
    SELECT json_build_object('data', json_build_object('partners', json_build_object(
      'totalCount', (SELECT count(*) FROM partner p WHERE true${vis('p.id')}),
      'pageInfo', json_build_object('hasNextPage', (SELECT count(*) FROM page) > $1::int),
      'edges', coalesce((SELECT json_agg(json_build_object('node', json_build_object(
          'id', p.id, 'name', p.name,
          'parent', (SELECT json_build_object('id', q.id, 'name', q.name) FROM partner q WHERE q.id = p.parent_id${vis('q.id')}),
          'children', (SELECT coalesce(json_agg(json_build_object('id', c.id, 'name', c.name) ORDER BY c.name, c.id), '[]')
                         FROM partner c WHERE c.parent_id = p.id${vis('c.id')}),
          'tier', (SELECT json_build_object('id', t.id, 'name', t.name) FROM tier t WHERE t.id = p.tier_id),
          'territories', (SELECT coalesce(json_agg(json_build_object('id', t.id, 'name', t.name) ORDER BY t.name), '[]')
                            FROM partner_territory pt JOIN territory t ON t.id = pt.territory_id WHERE pt.partner_id = p.id),
          'users', (SELECT coalesce(json_agg(json_build_object('id', u.id, 'email', u.email) ORDER BY u.display_name, u.id), '[]')
                      FROM app_user u WHERE u.partner_id = p.id),
          'owner', (SELECT json_build_object('id', u.id, 'displayName', u.display_name) FROM app_user u WHERE u.id = p.owner_id)
        )) ORDER BY p.name, p.id) FROM (SELECT * FROM page ORDER BY name, id LIMIT $1::int) p), '[]')
    )))::text AS body`;
}

export interface Baseline {
  port: number;
  close(): Promise<void>;
}

/**
 * The hand-written server: node:http, its own pg.Pool of the API's size, one statement per request, no
 * session, no transaction. The partner user's visible ids are fixed at start (the API looks them up per
 * request with the session), so this is the floor, not a full alternative design.
 */
export async function startBaseline(url: string, poolSize: number, visibleIds: readonly string[]): Promise<Baseline> {
  const pool = new Pool({ connectionString: url, max: poolSize, options: '-c trellis.all_partners=on' });
  const listAll = listSql(false);
  const listVisible = listSql(true);
  const routes: Record<string, (params: URLSearchParams) => Promise<string>> = {
    '/partner': async (params) => {
      const { rows } = await pool.query(`SELECT id, code, name, status, city, country FROM partner WHERE id = $1`, [params.get('id')]);
      return JSON.stringify({ data: { partner: rows[0] ?? null } });
    },
    '/partners': async () => (await pool.query(listAll, [PAGE_SIZE])).rows[0].body,
    '/partners/visible': async () => (await pool.query(listVisible, [PAGE_SIZE, visibleIds])).rows[0].body,
  };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const route = routes[url.pathname];
    const reply = (status: number, body: string) => {
      res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
      res.end(body);
    };
    if (!route) return reply(404, '{"errors":[{"message":"no such route"}]}');
    route(url.searchParams).then(
      (body) => reply(200, body),
      (err: Error) => reply(500, JSON.stringify({ errors: [{ message: err.message }] })),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return {
    port: (server.address() as { port: number }).port,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await pool.end();
    },
  };
}

/** Variables, never inline literals: Apollo then parses and validates each document once. */
function graphql(cookie: string, query: string, variables: Record<string, unknown>): RequestSpec {
  return {
    method: 'POST',
    path: '/graphql',
    headers: { cookie: `trellis_session=${encodeURIComponent(cookie)}` },
    body: JSON.stringify({ query, variables }),
  };
}

export function buildScenarios(sessions: Sessions, partnerIds: readonly string[]): Scenario[] {
  // Both sides draw from the same ids; a cheap generator keeps the driver's own cost low.
  let x = 0x2545f491;
  const randomId = () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5; // xorshift32
    return partnerIds[(x >>> 0) % partnerIds.length];
  };
  const byId = {
    api: (id: string) => graphql(sessions.channelManagerCookie, PARTNER_BY_ID, { id }),
    sql: (id: string): RequestSpec => ({ method: 'GET', path: `/partner?id=${id}` }),
  };
  const list = (cookie: string, path: string) => ({
    api: () => graphql(cookie, PARTNERS_NESTED, { first: PAGE_SIZE }),
    sql: (): RequestSpec => ({ method: 'GET', path }),
  });
  const b = list(sessions.channelManagerCookie, '/partners');
  const c = list(sessions.partnerManagerCookie, '/partners/visible');
  return [
    {
      key: 'a',
      title: 'partner by id (whole stack)',
      api: () => byId.api(randomId()),
      sql: () => byId.sql(randomId()),
      probe: () => {
        const id = randomId();
        return [byId.api(id), byId.sql(id)];
      },
    },
    { key: 'b', title: `partners list, nested (first ${PAGE_SIZE}, channel manager)`, ...b, probe: () => [b.api(), b.sql()] },
    { key: 'c', title: `partners list, nested, as a distributor's partner manager (RLS)`, ...c, probe: () => [c.api(), c.sql()] },
  ];
}

/** JSON with sorted keys, so that two answers compare equal whatever order their fields came in. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
