// Each scenario asks the same question twice: through the real API (session, row-level security, GraphQL,
// TypeORM, DataLoaders) and through a bare node:http handler running one hand-written statement. The
// difference is what the stack costs per request; both answer the same JSON, which the bench checks.
import http from 'node:http';
import { Pool } from 'pg';
import { RequestSpec, send } from './load';

export interface Scenario {
  key: string;
  title: string;
  /** Public (no cookie): the API looks up no session. */
  public?: boolean;
  /** Statements the SQL baseline sends per request. */
  sqlStatements: number;
  api: () => RequestSpec;
  sql: () => RequestSpec;
  /** Requests for each side asking the same questions, to check that both answer the same data. */
  probes: () => [api: RequestSpec, sql: RequestSpec][];
  /** A one-line summary of a probe's answer (the API's), for the log. */
  describe?: (answer: unknown) => string;
  /** Clients of this scenario's load, when not the run's --concurrency. */
  concurrency?: number;
  /** A check run against the API while its first measured round loads it: whether it held, and a line for the report. */
  during?: () => Promise<{ ok: boolean; line: string }>;
  /** A check run after the measured rounds: whether it held, and a line for the report. */
  after?: () => Promise<{ ok: boolean; line: string }>;
  /** A check run after the probes, before the warmup: whether it held (else the scenario fails), and a line for the report. */
  before?: () => Promise<{ ok: boolean; line: string }>;
  /** How long one request may take, when not the run's default (10 s). */
  timeoutMs?: number;
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

const ORDERS_PAGE = `query OrdersPage($first: Int!, $filter: OrderFilter) {
  orders(first: $first, filter: $filter) {
    pageInfo { hasNextPage }
    edges { node {
      id number kind status createdAt
      gross { amount currency }
      partner { id name }
      lines { quantity product { id sku } }
    } }
  }
}`;

/**
 * A page of orders, newest first, in one statement shaped as the API's answer. `byPartner`: one partner's
 * history ($2, as a channel manager filters it); else the orders of the partners a partner user sees ($2:
 * their ids, as row-level security limits them).
 */
function ordersSql(byPartner: boolean): string {
  const where = byPartner ? 'o.partner_id = $2::uuid' : 'o.partner_id = ANY($2::uuid[])';
  return `
    WITH page AS (
      SELECT o.id, o.number, o.kind, o.status, o.created_at, o.gross_minor, o.currency, o.partner_id FROM sales_order o
       WHERE ${where} ORDER BY o.created_at DESC, o.id DESC LIMIT $1::int + 1)
    SELECT json_build_object('data', json_build_object('orders', json_build_object(
      'pageInfo', json_build_object('hasNextPage', (SELECT count(*) FROM page) > $1::int),
      'edges', coalesce((SELECT json_agg(json_build_object('node', json_build_object(
          'id', p.id, 'number', p.number, 'kind', p.kind, 'status', p.status,
          'createdAt', to_char(p.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
          'gross', json_build_object('amount', (p.gross_minor / 100)::text || '.' || lpad((p.gross_minor % 100)::text, 2, '0'), 'currency', p.currency),
          'partner', (SELECT json_build_object('id', q.id, 'name', q.name) FROM partner q WHERE q.id = p.partner_id),
          'lines', (SELECT coalesce(json_agg(json_build_object('quantity', l.quantity, 'product', json_build_object('id', pr.id, 'sku', pr.sku)) ORDER BY l.line_no), '[]')
                      FROM sales_order_line l JOIN product pr ON pr.id = l.product_id WHERE l.order_id = p.id)
        )) ORDER BY p.created_at DESC, p.id DESC)
        FROM (SELECT * FROM page ORDER BY created_at DESC, id DESC LIMIT $1::int) p), '[]')
    )))::text AS body`;
}

const PLACE_ORDER = `mutation PlaceOrder($input: CreateOrderInput!) {
  createOrder(input: $input) { order { kind status net { amount currency } gross { amount currency } lines { quantity } } }
}`;

const amountSql = (minor: string) => `(${minor} / 100)::text || '.' || lpad((${minor} % 100)::text, 2, '0')`;

/**
 * A SUBMITTED sell-out order as plain inserts, in one statement: the partner's offered prices and its
 * showroom's VAT, the order with its number, its lines and its first timeline row; answered as the API's JSON.
 * $1 partner, $2 products, $3 quantities, $4 the idempotency key.
 */
const PLACE_ORDER_SQL = `
  WITH w AS (SELECT * FROM unnest($2::uuid[], $3::int[]) WITH ORDINALITY AS w(product_id, quantity, n)),
  p AS (SELECT w.n, w.product_id, w.quantity, o.price AS unit, o.price * w.quantity AS line_net, o.currency
          FROM w JOIN offer o ON o.partner_id = $1::uuid AND o.product_id = w.product_id AND o.offered),
  t AS (SELECT sum(line_net)::bigint AS net, min(currency) AS currency,
               coalesce((SELECT vat_percent FROM showroom WHERE partner_id = $1::uuid), 0) AS vat FROM p),
  ord AS (INSERT INTO sales_order (number, kind, partner_id, status, currency, net_minor, vat_minor, gross_minor, vat_percent,
                                   customer_name, customer_email, idempotency_key, payload_hash, submitted_at)
          SELECT trellis_order_number(now()), 'SELL_OUT', $1::uuid, 'SUBMITTED', t.currency, t.net, round(t.net * t.vat / 100)::bigint,
                 t.net + round(t.net * t.vat / 100)::bigint, t.vat, 'Bench Customer', 'bench.customer@example.com', $4, 'bench', now() FROM t
          RETURNING id, kind, status, currency, net_minor, gross_minor),
  l AS (INSERT INTO sales_order_line (order_id, partner_id, line_no, product_id, quantity, unit_price_minor, line_net_minor)
        SELECT ord.id, $1::uuid, p.n, p.product_id, p.quantity, p.unit, p.line_net FROM ord, p),
  e AS (INSERT INTO sales_order_event (order_id, partner_id, action, from_status, to_status) SELECT id, $1::uuid, 'CREATED', NULL, 'SUBMITTED' FROM ord)
  SELECT json_build_object('data', json_build_object('createOrder', json_build_object('order', json_build_object(
    'kind', ord.kind, 'status', ord.status,
    'net', json_build_object('amount', ${amountSql('ord.net_minor')}, 'currency', trim(ord.currency)),
    'gross', json_build_object('amount', ${amountSql('ord.gross_minor')}, 'currency', trim(ord.currency)),
    'lines', (SELECT json_agg(json_build_object('quantity', p.quantity) ORDER BY p.n) FROM p)))))::text AS body
    FROM ord`;

/** What the submission scenario needs: the ordering partner manager's partner and offered products. */
export interface SubmissionSample {
  partnerId: string;
  /** Offered products of that partner in one currency, for the orders' lines. */
  productIds: string[];
  /** Another of its offered products, whose last units the oversell race fights over. */
  raceProductId: string;
}

export async function loadSubmissionSample(pool: Pool, partnerId: string): Promise<SubmissionSample> {
  const { rows } = await pool.query(`
    SELECT o.product_id AS id FROM offer o JOIN product p ON p.id = o.product_id
     WHERE o.partner_id = $1 AND o.offered AND p.active
       AND o.currency = (SELECT o2.currency FROM offer o2 WHERE o2.partner_id = $1 AND o2.offered GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1)
     ORDER BY o.product_id LIMIT 201`, [partnerId]);
  const ids = rows.map((r: { id: string }) => r.id);
  if (ids.length < 10) throw new Error(`partner ${partnerId} offers ${ids.length} products in one currency; the submission scenario needs 10`);
  return { partnerId, productIds: ids.slice(0, -1), raceProductId: ids[ids.length - 1] };
}

/** Submissions the oversell race places, and the units left for them. */
export const RACE_ORDERS = 40;
export const RACE_UNITS = 5;

/**
 * f3: order submission by 32 clients at once, each order with its own idempotency key, against the same
 * order as plain inserts. While the API is loaded, 40 orders of one unit each race for an offer's last 5
 * units (their confirmations sent all at once): exactly 5 may be confirmed, the stock must end at 0.
 */
export function buildSubmissionScenario(sessions: Sessions, sample: SubmissionSample, pool: Pool, apiPort: number): Scenario {
  const run = Date.now().toString(36);
  let n = 0;
  let x = 0x6b43a9b5;
  const nextLines = () => {
    const lines: { productId: string; quantity: number }[] = [];
    const count = 1 + (n % 4);
    for (let i = 0; i < count; i += 1) {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      const productId = sample.productIds[(x >>> 0) % sample.productIds.length];
      if (!lines.some((l) => l.productId === productId)) lines.push({ productId, quantity: 1 + ((x >>> 8) % 3) });
    }
    return lines;
  };
  const customer = { name: 'Bench Customer', email: 'bench.customer@example.com' };
  const api = (lines: { productId: string; quantity: number }[], key: string) => graphql(sessions.partnerManagerCookie, PLACE_ORDER, {
    input: { kind: 'SELL_OUT', partnerId: sample.partnerId, idempotencyKey: key, customer, lines },
  });
  const sql = (lines: { productId: string; quantity: number }[], key: string): RequestSpec => ({
    method: 'GET',
    path: `/orders/place?partner=${sample.partnerId}&products=${lines.map((l) => l.productId).join(',')}&quantities=${lines.map((l) => l.quantity).join(',')}&key=${key}`,
  });
  return {
    key: 'f3',
    title: 'order submission (sell-out, 1-4 lines, a new idempotency key each), 32 clients',
    sqlStatements: 1,
    concurrency: 32,
    api: () => api(nextLines(), `bench-${run}-a${(n += 1)}`),
    sql: () => sql(nextLines(), `bench-${run}-s${(n += 1)}`),
    probes: () => {
      const lines = nextLines();
      n += 1;
      return [[api(lines, `bench-${run}-pa${n}`), sql(lines, `bench-${run}-ps${n}`)]];
    },
    describe: (answer) => {
      const order = (answer as { data: { createOrder: { order: { status: string; gross: { amount: string; currency: string } } } } }).data.createOrder.order;
      return `${order.status}, ${order.gross.amount} ${order.gross.currency}`;
    },
    during: () => oversellRace(sessions.partnerManagerCookie, sample, pool, apiPort, run),
  };
}

async function oversellRace(cookie: string, sample: SubmissionSample, pool: Pool, port: number, run: string): Promise<{ ok: boolean; line: string }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: RACE_ORDERS });
  try {
    await pool.query(`UPDATE offer SET stock = $3 WHERE partner_id = $1 AND product_id = $2`, [sample.partnerId, sample.raceProductId, RACE_UNITS]);
    const ids: string[] = [];
    for (let i = 0; i < RACE_ORDERS; i += 1) {
      const placed = await send(agent, port, graphql(cookie, `mutation($input: CreateOrderInput!) { createOrder(input: $input) { order { id } } }`, {
        input: { kind: 'SELL_OUT', partnerId: sample.partnerId, idempotencyKey: `race-${run}-${i}`, customer: { name: 'Race Customer', email: 'race@example.com' },
          lines: [{ productId: sample.raceProductId, quantity: 1 }] },
      }), 60_000);
      const id = JSON.parse(placed.body).data?.createOrder?.order?.id;
      if (!id) return { ok: false, line: `oversell race: placing order ${i + 1} failed: ${placed.body.slice(0, 200)}` };
      ids.push(id);
    }
    const t0 = performance.now();
    const answers = await Promise.all(ids.map((id) => send(agent, port, graphql(cookie,
      `mutation($id: ID!) { confirmOrder(input: { orderId: $id }) { order { status } } }`, { id }), 60_000)));
    const ms = performance.now() - t0;
    const parsed = answers.map((a) => JSON.parse(a.body) as { data?: { confirmOrder?: { order: { status: string } } }; errors?: { extensions?: { code?: string } }[] });
    const confirmed = parsed.filter((a) => a.data?.confirmOrder?.order.status === 'CONFIRMED').length;
    const refused = parsed.filter((a) => a.errors?.[0]?.extensions?.code === 'CONFLICT').length;
    const [{ stock }] = (await pool.query(`SELECT stock FROM offer WHERE partner_id = $1 AND product_id = $2`, [sample.partnerId, sample.raceProductId])).rows;
    const [{ held }] = (await pool.query(`SELECT count(*)::int AS held FROM sales_order WHERE id = ANY($1::uuid[]) AND status = 'CONFIRMED'`, [ids])).rows;
    const ok = confirmed === RACE_UNITS && refused === RACE_ORDERS - RACE_UNITS && stock === RACE_UNITS - confirmed && held === confirmed;
    return {
      ok,
      line: `oversell race under load: ${RACE_ORDERS} confirmations at once for the last ${RACE_UNITS} units: ${confirmed} confirmed, ` +
        `${refused} refused (CONFLICT), stock left ${stock}, ${held} orders hold stock, in ${ms.toFixed(0)} ms: ${ok ? 'held' : 'BROKEN'}`,
    };
  } finally {
    agent.destroy();
  }
}

// ---- MDF claim approvals against one hot allocation (g) -------------------------------------------------

const APPROVE_MDF_CLAIM = `mutation ApproveMdfClaim($input: ApproveMdfClaimInput!) {
  approveMdfClaim(input: $input) { claim { status approved { amount currency } } }
}`;

/**
 * A claim approval in one statement of data-modifying CTEs, rows taken in the API's order (claim, request,
 * allocation): the claim SUBMITTED -> APPROVED (its whole amount), the request's and the allocation's
 * claimed_minor raised by the same conditional UPDATE as the API's (`claimed + x <= approved`), one CLAIM
 * line of the ledger; answered as the API's JSON. When the request or the allocation refuses, the statement
 * fails on purpose (a cast that cannot succeed, naming LIMIT_EXCEEDED) so that nothing it wrote stays, as the
 * API's rolled-back transaction; a claim that is not SUBMITTED answers a NULL body. $1 claim, $2 the deciding user.
 */
export const APPROVE_MDF_CLAIM_SQL = `
  WITH c AS (UPDATE mdf_claim SET status = 'APPROVED', approved_minor = amount_minor, decided_by = $2::uuid, decided_at = now()
              WHERE id = $1::uuid AND status = 'SUBMITTED'
             RETURNING id, request_id, amount_minor),
  r AS (UPDATE mdf_request q SET claimed_minor = q.claimed_minor + c.amount_minor FROM c
         WHERE q.id = c.request_id AND q.claimed_minor + c.amount_minor <= q.approved_minor
        RETURNING q.id, q.fund_id, q.allocation_id, q.partner_id, c.id AS claim_id, c.amount_minor),
  a AS (UPDATE mdf_allocation x SET claimed_minor = x.claimed_minor + r.amount_minor FROM r
         WHERE x.id = r.allocation_id AND x.claimed_minor + r.amount_minor <= x.approved_minor
        RETURNING x.id),
  l AS (INSERT INTO mdf_ledger (fund_id, allocation_id, partner_id, request_id, claim_id, kind, amount_minor, currency, actor_id)
        SELECT r.fund_id, r.allocation_id, r.partner_id, r.id, r.claim_id, 'CLAIM', r.amount_minor, f.currency, $2::uuid
          FROM r JOIN a ON a.id = r.allocation_id JOIN mdf_fund f ON f.id = r.fund_id
        RETURNING amount_minor, currency)
  SELECT CASE
    WHEN l.amount_minor IS NOT NULL THEN json_build_object('data', json_build_object('approveMdfClaim', json_build_object('claim', json_build_object(
      'status', 'APPROVED', 'approved', json_build_object('amount', ${amountSql('l.amount_minor')}, 'currency', trim(l.currency))))))::text
    WHEN c.id IS NULL THEN NULL
    ELSE ('LIMIT_EXCEEDED: claim ' || c.id || ' does not fit in what its request or allocation has approved')::int::text
  END AS body
  FROM (SELECT 1) one LEFT JOIN c ON true LEFT JOIN l ON true`;

/** Claims (and the ids around them) that scenario g approves; each side approves its own. */
export interface MdfSample {
  fundId: string;
  allocationId: string;
  /** The deciding user of the baseline's approvals (the channel manager the API signs in as). */
  channelManagerId: string;
  /** SUBMITTED claims, in the order they are approved: the API's and the baseline's. */
  claims: { api: string[]; sql: string[] };
  /** The overspend race's own fund, allocation, request (approved for RACE_CLAIMS_FIT claims) and its SUBMITTED claims. */
  race: { fundId: string; allocationId: string; requestId: string; claimIds: string[] };
}

/** Claims the overspend race approves at once, the claims its budget fits, and each claim's amount (10.00). */
export const RACE_CLAIMS = 40;
export const RACE_CLAIMS_FIT = 5;
const RACE_CLAIM_MINOR = 1000;
/** Requests of each side in the main fund: claims take turns over them, the allocation is the same row for all. */
const MDF_REQUESTS_PER_SIDE = 32;

/**
 * Scenario g's data, with the owner's pool in one transaction: a fund (EUR) with one allocation of the
 * partner, 32 APPROVED requests per side, `claimsPerSide` SUBMITTED claims per side (10.00 to 27.50, each
 * with its own idempotency key; no files: they are checked at submission, not at approval), requests,
 * allocation and fund approved for exactly what the claims ask, and the ledger lines (ALLOCATE, RESERVE) the
 * balances stand for, so that mdfLedgerCheck holds. Then the race's fund: 50.00 allocated, one request
 * approved for 50.00, RACE_CLAIMS claims of 10.00.
 */
export async function loadMdfSample(pool: Pool, partnerId: string, channelManagerEmail: string, claimsPerSide: number): Promise<MdfSample> {
  const run = Date.now().toString(36);
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const [{ cm, pm }] = (await client.query(`SELECT (SELECT id FROM app_user WHERE email = $1) AS cm,
        (SELECT id FROM app_user WHERE partner_id = $2 AND role = 'PARTNER_MANAGER' ORDER BY email LIMIT 1) AS pm`, [channelManagerEmail, partnerId])).rows;
    if (!cm) throw new Error(`no user ${channelManagerEmail}`);
    const fund = async (name: string) => (await client.query(`
      INSERT INTO mdf_fund (name, purpose, currency, period_start, period_end, claim_deadline, total_budget_minor, activity_types, created_by)
      VALUES ($1, 'The speed bench (scenario g)', 'EUR', current_date - 60, current_date + 305, current_date + 365, 1, '{EVENT,DIGITAL_CAMPAIGN}', $2)
      RETURNING id`, [name, cm])).rows[0].id as string;
    const allocation = async (fundId: string) => (await client.query(
      `INSERT INTO mdf_allocation (fund_id, partner_id) VALUES ($1, $2) RETURNING id`, [fundId, partnerId])).rows[0].id as string;
    const requests = async (fundId: string, allocationId: string, n: number, title: string) => (await client.query(`
      INSERT INTO mdf_request (fund_id, allocation_id, partner_id, activity_type, title, starts_on, ends_on, planned_cost_minor, requested_minor,
                               status, submitted_by, decided_by, decided_at)
      SELECT $1, $2, $3, 'EVENT', $4::text || ' ' || g, current_date - 40, current_date - 30, 1, 1, 'APPROVED', $5, $6, now()
        FROM generate_series(1, $7::int) g RETURNING id`, [fundId, allocationId, partnerId, title, pm, cm, n])).rows.map((r: { id: string }) => r.id);
    // Numbered by the bench, not by the column's default: that takes a number of mdf_claim_number_seq for each
    // claim and pads it to 6 digits with lpad, which cuts longer numbers, so that after 1,000,000 claims the
    // numbers repeat (a unique violation); a few bench runs would get there.
    const claims = async (requestIds: string[], n: number, key: string, amount: string) => (await client.query(`
      INSERT INTO mdf_claim (number, request_id, partner_id, amount_minor, status, note, idempotency_key, created_by, submitted_at)
      SELECT upper($3::text) || g, ($1::uuid[])[1 + g % cardinality($1::uuid[])], $2, ${amount}, 'SUBMITTED', 'bench claim', $3::text || g, $4, now()
        FROM generate_series(1, $5::int) g ORDER BY g RETURNING id`, [requestIds, partnerId, key, pm, n])).rows.map((r: { id: string }) => r.id);
    /** Approves the requests for what their claims ask, the allocation and the fund for their sum, and writes the ledger lines. */
    const budget = async (fundId: string, allocationId: string) => {
      await client.query(`UPDATE mdf_request r SET planned_cost_minor = s.total, requested_minor = s.total, approved_minor = s.total
                            FROM (SELECT c.request_id, sum(c.amount_minor) AS total FROM mdf_claim c JOIN mdf_request q ON q.id = c.request_id
                                   WHERE q.fund_id = $1 GROUP BY c.request_id) s
                           WHERE r.fund_id = $1 AND s.request_id = r.id`, [fundId]);
      await client.query(`UPDATE mdf_allocation a SET amount_minor = s.total, approved_minor = s.total
                            FROM (SELECT sum(approved_minor) AS total FROM mdf_request WHERE fund_id = $1) s WHERE a.id = $2`, [fundId, allocationId]);
      await client.query(`UPDATE mdf_fund f SET total_budget_minor = a.amount_minor, allocated_minor = a.amount_minor FROM mdf_allocation a
                           WHERE f.id = $1 AND a.id = $2`, [fundId, allocationId]);
      await client.query(`
        INSERT INTO mdf_ledger (fund_id, allocation_id, partner_id, request_id, kind, amount_minor, currency, actor_id, note)
        SELECT $1::uuid, a.id, a.partner_id, NULL::uuid, 'ALLOCATE', a.amount_minor, 'EUR', $3::uuid, 'bench' FROM mdf_allocation a WHERE a.id = $2::uuid
        UNION ALL
        SELECT $1::uuid, r.allocation_id, r.partner_id, r.id, 'RESERVE', r.approved_minor, 'EUR', $3::uuid, 'bench' FROM mdf_request r WHERE r.fund_id = $1::uuid`,
      [fundId, allocationId, cm]);
    };
    const fundId = await fund(`Bench MDF ${run}`);
    const allocationId = await allocation(fundId);
    const apiRequests = await requests(fundId, allocationId, MDF_REQUESTS_PER_SIDE, `Bench API ${run}`);
    const sqlRequests = await requests(fundId, allocationId, MDF_REQUESTS_PER_SIDE, `Bench SQL ${run}`);
    const amount = '1000 + (g % 8) * 250';
    const api = await claims(apiRequests, claimsPerSide, `bench-${run}-a`, amount);
    const sql = await claims(sqlRequests, claimsPerSide, `bench-${run}-s`, amount);
    await budget(fundId, allocationId);

    const raceFundId = await fund(`Bench MDF race ${run}`);
    const raceAllocationId = await allocation(raceFundId);
    const [raceRequestId] = await requests(raceFundId, raceAllocationId, 1, `Bench race ${run}`);
    const raceClaims = await claims([raceRequestId], RACE_CLAIMS, `race-${run}-`, String(RACE_CLAIM_MINOR));
    // claimed + approved of the race request: what RACE_CLAIMS_FIT claims ask, not what all of them ask
    await client.query(`UPDATE mdf_request SET planned_cost_minor = $2, requested_minor = $2, approved_minor = $2 WHERE id = $1`, [raceRequestId, RACE_CLAIMS_FIT * RACE_CLAIM_MINOR]);
    await client.query(`UPDATE mdf_allocation SET amount_minor = $2, approved_minor = $2 WHERE id = $1`, [raceAllocationId, RACE_CLAIMS_FIT * RACE_CLAIM_MINOR]);
    await client.query(`UPDATE mdf_fund SET total_budget_minor = $2, allocated_minor = $2 WHERE id = $1`, [raceFundId, RACE_CLAIMS_FIT * RACE_CLAIM_MINOR]);
    await client.query(`
      INSERT INTO mdf_ledger (fund_id, allocation_id, partner_id, request_id, kind, amount_minor, currency, actor_id, note)
      VALUES ($1, $2, $3, NULL, 'ALLOCATE', $5, 'EUR', $6, 'bench'), ($1, $2, $3, $4, 'RESERVE', $5, 'EUR', $6, 'bench')`,
    [raceFundId, raceAllocationId, partnerId, raceRequestId, RACE_CLAIMS_FIT * RACE_CLAIM_MINOR, cm]);
    await client.query('COMMIT');
    await client.query('ANALYZE mdf_claim, mdf_request, mdf_allocation, mdf_ledger');
    return {
      fundId, allocationId, channelManagerId: cm, claims: { api, sql },
      race: { fundId: raceFundId, allocationId: raceAllocationId, requestId: raceRequestId, claimIds: raceClaims },
    };
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}

const NO_CLAIM = '00000000-0000-0000-0000-000000000000';

/**
 * g: claim approvals by the channel manager, 32 clients at once, every one against the same allocation row,
 * through the API (approveMdfClaim) and as one statement (APPROVE_MDF_CLAIM_SQL); each request approves the
 * next claim not yet used on its side. While the API is loaded, 40 approvals race for a budget that fits 5;
 * after the load, the fund's balances must equal its approved claims and its ledger.
 */
export function buildMdfScenario(sessions: Sessions, sample: MdfSample, pool: Pool, apiPort: number): Scenario {
  const used = { api: 0, sql: 0 };
  // Past the last claim: one that does not exist, so that the request fails (counted as an error), visibly.
  const next = (side: 'api' | 'sql') => sample.claims[side][used[side]++] ?? NO_CLAIM;
  const api = (claimId: string) => graphql(sessions.channelManagerCookie, APPROVE_MDF_CLAIM, { input: { claimId } });
  const sql = (claimId: string): RequestSpec => ({ method: 'GET', path: `/mdf/claims/approve?claim=${claimId}&actor=${sample.channelManagerId}` });
  return {
    key: 'g',
    title: 'MDF claim approvals against one hot allocation (a new SUBMITTED claim each), 32 clients',
    sqlStatements: 1,
    concurrency: 32,
    api: () => api(next('api')),
    sql: () => sql(next('sql')),
    probes: () => [[api(next('api')), sql(next('sql'))]],
    describe: (answer) => {
      const claim = (answer as { data: { approveMdfClaim: { claim: { status: string; approved: { amount: string; currency: string } } } } }).data.approveMdfClaim.claim;
      return `${claim.status}, ${claim.approved.amount} ${claim.approved.currency}`;
    },
    during: () => overspendRace(sessions.channelManagerCookie, sample, pool, apiPort),
    after: () => mdfBalances(sessions.channelManagerCookie, sample, pool, apiPort, used),
  };
}

interface LedgerCheckAnswer { data?: { mdfLedgerCheck?: string[] }; errors?: { message: string }[] }

/** mdfLedgerCheck of a fund through the API: its problems, or the reason the check itself failed. */
async function ledgerCheck(agent: http.Agent, cookie: string, port: number, fundId: string): Promise<string[]> {
  const answer = await send(agent, port, graphql(cookie, `query MdfLedgerCheck($id: ID!) { mdfLedgerCheck(id: $id) }`, { id: fundId }), 60_000);
  const parsed = JSON.parse(answer.body) as LedgerCheckAnswer;
  return parsed.data?.mdfLedgerCheck ?? [`mdfLedgerCheck failed: ${parsed.errors?.[0]?.message ?? answer.body.slice(0, 200)}`];
}

async function overspendRace(cookie: string, sample: MdfSample, pool: Pool, port: number): Promise<{ ok: boolean; line: string }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: RACE_CLAIMS });
  const { race } = sample;
  try {
    const t0 = performance.now();
    const answers = await Promise.all(race.claimIds.map((claimId) => send(agent, port, graphql(cookie, APPROVE_MDF_CLAIM, { input: { claimId } }), 60_000)));
    const ms = performance.now() - t0;
    const parsed = answers.map((a) => JSON.parse(a.body) as { data?: { approveMdfClaim?: { claim: { status: string } } }; errors?: { extensions?: { code?: string } }[] });
    const approved = parsed.filter((a) => a.data?.approveMdfClaim?.claim.status === 'APPROVED').length;
    const refused = parsed.filter((a) => a.errors?.[0]?.extensions?.code === 'LIMIT_EXCEEDED').length;
    const [db] = (await pool.query(`
      SELECT (SELECT count(*)::int FROM mdf_claim WHERE request_id = $1 AND status = 'APPROVED') AS approved,
             (SELECT coalesce(sum(approved_minor), 0)::float8 FROM mdf_claim WHERE request_id = $1 AND status = 'APPROVED') AS "approvedSum",
             r.approved_minor::float8 AS "requestApproved", r.claimed_minor::float8 AS "requestClaimed",
             a.approved_minor::float8 AS "allocationApproved", a.claimed_minor::float8 AS "allocationClaimed"
        FROM mdf_request r JOIN mdf_allocation a ON a.id = r.allocation_id WHERE r.id = $1`, [race.requestId])).rows as
      { approved: number; approvedSum: number; requestApproved: number; requestClaimed: number; allocationApproved: number; allocationClaimed: number }[];
    const budget = RACE_CLAIMS_FIT * RACE_CLAIM_MINOR;
    const overspend = Math.max(0, db.approvedSum - db.requestApproved, db.approvedSum - db.allocationApproved);
    const problems = await ledgerCheck(agent, cookie, port, race.fundId);
    const ok = approved === RACE_CLAIMS_FIT && refused === RACE_CLAIMS - RACE_CLAIMS_FIT && db.approved === RACE_CLAIMS_FIT &&
      db.requestClaimed === budget && db.allocationClaimed === budget && overspend === 0 && problems.length === 0;
    const eur = (minor: number) => `${(minor / 100).toFixed(2)} EUR`;
    return {
      ok,
      line: `overspend race under load: ${RACE_CLAIMS} claim approvals of ${eur(RACE_CLAIM_MINOR)} at once against ${eur(budget)} approved: ${approved} approved, ` +
        `${refused} refused (LIMIT_EXCEEDED), ${db.approved} claims APPROVED, claimed ${eur(db.requestClaimed)} on the request and ${eur(db.allocationClaimed)} ` +
        `on the allocation, overspend ${eur(overspend)}, mdfLedgerCheck ${JSON.stringify(problems).slice(0, 300)}, in ${ms.toFixed(0)} ms: ${ok ? 'held' : 'BROKEN'}`,
    };
  } finally {
    agent.destroy();
  }
}

/**
 * After the load: the main fund's approved claims, its allocation's claimed_minor and its CLAIM ledger lines
 * are the same sum, no request holds more approved claims than it approved (overspend 0), and mdfLedgerCheck
 * answers []. The claims neither side reached stay SUBMITTED: deleting them takes minutes (each deleted row's
 * foreign-key check scans mdf_ledger, which has no index on claim_id), so a kept --data-dir keeps them.
 */
async function mdfBalances(cookie: string, sample: MdfSample, pool: Pool, port: number, used: { api: number; sql: number }): Promise<{ ok: boolean; line: string }> {
  const [db] = (await pool.query(`
    WITH per_request AS (
      SELECT r.id, r.approved_minor, r.claimed_minor, r.title LIKE 'Bench API %' AS api,
             (SELECT count(*) FROM mdf_claim c WHERE c.request_id = r.id AND c.status = 'APPROVED') AS n,
             (SELECT coalesce(sum(c.approved_minor), 0) FROM mdf_claim c WHERE c.request_id = r.id AND c.status = 'APPROVED') AS claims
        FROM mdf_request r WHERE r.fund_id = $1)
    SELECT (SELECT sum(n)::int FROM per_request WHERE api) AS "apiApproved", (SELECT sum(n)::int FROM per_request WHERE NOT api) AS "sqlApproved",
           (SELECT sum(claims)::float8 FROM per_request) AS "claimsSum",
           (SELECT sum(claimed_minor)::float8 FROM per_request) AS "requestsClaimed",
           (SELECT count(*)::int FROM per_request WHERE claims <> claimed_minor) AS "requestsOff",
           (SELECT coalesce(sum(greatest(0, claims - approved_minor)), 0)::float8 FROM per_request) AS overspend,
           (SELECT coalesce(sum(amount_minor), 0)::float8 FROM mdf_ledger WHERE fund_id = $1 AND kind = 'CLAIM') AS "ledgerSum",
           a.claimed_minor::float8 AS "allocationClaimed", a.approved_minor::float8 AS "allocationApproved"
      FROM mdf_allocation a WHERE a.id = $2`, [sample.fundId, sample.allocationId])).rows as {
    apiApproved: number; sqlApproved: number; claimsSum: number; requestsClaimed: number; requestsOff: number; overspend: number; ledgerSum: number;
    allocationClaimed: number; allocationApproved: number;
  }[];
  const agent = new http.Agent();
  const problems = await ledgerCheck(agent, cookie, port, sample.fundId).finally(() => agent.destroy());
  const overspend = db.overspend + Math.max(0, db.allocationClaimed - db.allocationApproved);
  const ok = db.claimsSum === db.allocationClaimed && db.claimsSum === db.ledgerSum && db.claimsSum === db.requestsClaimed && db.requestsOff === 0 &&
    overspend === 0 && problems.length === 0;
  const exhausted = (['api', 'sql'] as const).filter((side) => used[side] > sample.claims[side].length);
  return {
    ok,
    line: `balances after the load: ${db.apiApproved} claims approved through the API, ${db.sqlApproved} by the baseline, ${(db.claimsSum / 100).toFixed(2)} EUR in all; ` +
      `approved claims ${db.claimsSum} = allocation claimed ${db.allocationClaimed} = CLAIM ledger lines ${db.ledgerSum} = requests claimed ${db.requestsClaimed} ` +
      `(minor units; ${db.requestsOff} requests off), overspend ${overspend}, mdfLedgerCheck ${JSON.stringify(problems).slice(0, 300)}: ${ok ? 'held' : 'BROKEN'}; ` +
      `${sample.claims.api.length + sample.claims.sql.length - db.apiApproved - db.sqlApproved} claims left SUBMITTED` +
      (exhausted.length ? `; the ${exhausted.join(' and ')} side ran out of claims (later requests failed): raise the claims per side` : ''),
  };
}

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

// ---- The public showroom (no sign-in) ----------------------------------------------------------------

export const SHOWROOM_PAGE = 24;

const SHOWROOM_SEARCH = `query ShowroomSearch($slug: String, $query: String) {
  showroomSearch(slug: $slug, query: $query, first: ${SHOWROOM_PAGE}) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id sku name price { amount currency } stock deliveryDays available imageUrl } }
    facets { id name count }
    priceRange { min { amount } max { amount } }
  }
}`;

export const NEAR_RADIUS_KM = 50;
export const NEAR_FIRST = 20;

const PARTNERS_NEAR = `query PartnersNear($lat: Float!, $lng: Float!, $productId: ID) {
  partnersNear(latitude: $lat, longitude: $lng, radiusKm: ${NEAR_RADIUS_KM}, first: ${NEAR_FIRST}, productId: $productId) {
    partner { id name city showroomSlug }
    distanceKm
  }
}`;

/** What shoppers type: tool names, some misspelt ("dril", "circlar saw"), a brand without its accents. */
export const SEARCH_WORDS = ['drill', 'dril', 'hammer', 'hamer', 'hammer drill', 'circular saw', 'circlar saw', 'angle grinder',
  'grinder', 'angel grinder', 'jigsaw', 'jig saw', 'impact driver', 'screwdriver', 'screwdrivr', 'sander', 'orbital sander',
  'laser', 'tape measure', 'chainsaw', 'chain saw', 'hedge trimmer', 'vacuum', 'vaccum', 'compressor', 'welder',
  'welding helmet', 'heat gun', '18V', 'brushless', 'SDS', 'wrench', 'torque wrench', 'mitre saw', 'miter saw', 'router',
  'planer', 'nail gun', 'work light', 'tool box', 'gloves', 'drill bit', 'hole saw', 'diamond blade', 'cutting disc',
  'battery', 'charger', 'muller', 'dvorak', 'kobalt 18v', 'pressure washer', 'safety boots'];

/** The text match and rank of the API's search (showroom-search.ts), as the same SQL expressions. */
const TSQUERY = `websearch_to_tsquery('simple', trellis_unaccent($2))`;
const TEXT_MATCH = `(pr.search @@ ${TSQUERY} OR trellis_unaccent(lower($2)) <% trellis_unaccent(lower(pr.name)))`;
const RANK = `(ts_rank(pr.search, ${TSQUERY}) + word_similarity(trellis_unaccent(lower($2)), trellis_unaccent(lower(pr.name))))::float8`;

/**
 * The showroom search page in one statement: the showroom by slug, then the matching offered products
 * ONCE (a materialized CTE) for the page, the total, the facets and the price range. Shaped as the API's
 * JSON except the end cursor, which is the API's own format (base64url of [sortKey, id]) made in Node.
 * $1 slug, $2 query (only withQuery), $3 (or $2) the page size.
 */
export function showroomSearchSql(withQuery: boolean): string {
  const first = withQuery ? '$3::int' : '$2::int';
  const money = (col: string) => `(${col} / 100)::text || '.' || lpad((${col} % 100)::text, 2, '0')`;
  return `
    WITH RECURSIVE s AS (
      SELECT sh.partner_id, CASE WHEN sh.prices_gross THEN 1 + sh.vat_percent / 100 ELSE 1 END AS vat
        FROM showroom sh JOIN partner p ON p.id = sh.partner_id
       WHERE sh.slug = $1 AND sh.enabled AND p.status = 'ACTIVE'),
    m AS MATERIALIZED (
      SELECT pr.id, pr.sku, pr.name, pr.category_id, round(o.price * s.vat)::bigint AS price, o.currency, o.stock, o.delivery_days,
             ${withQuery ? `-${RANK}` : 'pr.name'} AS sort_key
        FROM s JOIN offer o ON o.partner_id = s.partner_id AND o.offered
        JOIN product pr ON pr.id = o.product_id
       WHERE pr.active${withQuery ? ` AND ${TEXT_MATCH}` : ''}),
    page AS (SELECT * FROM m ORDER BY sort_key, id LIMIT ${first} + 1),
    shown AS (SELECT * FROM page ORDER BY sort_key, id LIMIT ${first}),
    up(category_id, n) AS (
      SELECT category_id, count(*) FROM m WHERE category_id IS NOT NULL GROUP BY category_id
      UNION ALL
      SELECT c.parent_id, up.n FROM up JOIN category c ON c.id = up.category_id WHERE c.parent_id IS NOT NULL)
    SELECT (SELECT count(*) FROM m)::int AS total,
           (SELECT count(*) FROM page) > ${first} AS has_next,
           coalesce((SELECT json_agg(json_build_object('node', json_build_object('id', x.id, 'sku', x.sku, 'name', x.name,
               'price', json_build_object('amount', ${money('x.price')}, 'currency', x.currency),
               'stock', x.stock, 'deliveryDays', x.delivery_days, 'available', x.stock > 0,
               'imageUrl', (SELECT coalesce(i.url, '/images/' || i.id) FROM product_image i WHERE i.product_id = x.id ORDER BY i.position, i.id LIMIT 1)))
             ORDER BY x.sort_key, x.id) FROM shown x), '[]')::text AS edges,
           last.sort_key AS last_key, last.id AS last_id,
           coalesce((SELECT json_agg(json_build_object('id', c.id, 'name', c.name, 'count', f.n) ORDER BY c.name)
                       FROM (SELECT category_id, sum(n)::int AS n FROM up GROUP BY category_id) f JOIN category c ON c.id = f.category_id), '[]')::text AS facets,
           (SELECT json_build_object('min', json_build_object('amount', ${money('lo')}), 'max', json_build_object('amount', ${money('hi')}))
              FROM (SELECT min(price) AS lo, max(price) AS hi FROM m) r WHERE lo IS NOT NULL)::text AS price_range
      FROM (SELECT 1) one LEFT JOIN LATERAL (SELECT sort_key, id FROM shown ORDER BY sort_key DESC, id DESC LIMIT 1) last ON true`;
}

/** The API's cursor format (graphql/connection.ts): base64url of the JSON [sortKey, id]. */
const cursorOf = (key: unknown, id: string): string => Buffer.from(JSON.stringify([key, id])).toString('base64url');

/** Great-circle distance as locator.ts computes it, and the same box around the circle. */
const NEAR_DISTANCE = `(6371 * 2 * asin(sqrt(power(sin(radians(p.latitude - $1) / 2), 2)
     + cos(radians($1)) * cos(radians(p.latitude)) * power(sin(radians(p.longitude - $2) / 2), 2))))`;

/** Active partners near a point, nearest first; $4 (withProduct): only those that offer that product. */
export function partnersNearSql(withProduct: boolean): string {
  return `
    SELECT coalesce(json_agg(json_build_object('partner', json_build_object('id', id, 'name', name, 'city', city, 'showroomSlug', slug),
                                               'distanceKm', d) ORDER BY d, name, id), '[]')::text AS body
      FROM (SELECT * FROM (
              SELECT p.id, p.name, p.city, s.slug, round(${NEAR_DISTANCE}::numeric, 1)::float8 AS d
                FROM partner p LEFT JOIN showroom s ON s.partner_id = p.id AND s.enabled
               WHERE p.status = 'ACTIVE' AND p.latitude IS NOT NULL
                 AND p.latitude BETWEEN $1 - $3 / 111.0 AND $1 + $3 / 111.0
                 AND p.longitude BETWEEN $2 - $3 / (111.0 * greatest(cos(radians($1)), 0.01)) AND $2 + $3 / (111.0 * greatest(cos(radians($1)), 0.01))
                 ${withProduct ? 'AND EXISTS (SELECT 1 FROM offer o WHERE o.partner_id = p.id AND o.product_id = $5::uuid AND o.offered)' : ''}) near
             WHERE d <= $3 ORDER BY d, name, id LIMIT $4) found`;
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
export async function startBaseline(url: string, poolSize: number, visibleIds: readonly string[],
  moreRoutes?: (pool: Pool) => Record<string, (params: URLSearchParams) => Promise<string>>): Promise<Baseline> {
  const pool = new Pool({ connectionString: url, max: poolSize, options: '-c trellis.all_partners=on' });
  pool.on('error', () => undefined); // an idle client ended by PostgreSQL's shutdown at cleanup (see run.ts)
  const listAll = listSql(false);
  const listVisible = listSql(true);
  const searchWithQuery = showroomSearchSql(true);
  const searchAll = showroomSearchSql(false);
  const near = partnersNearSql(false);
  const ordersVisible = ordersSql(false);
  const ordersOfPartner = ordersSql(true);
  const nearWithProduct = partnersNearSql(true);
  const routes: Record<string, (params: URLSearchParams) => Promise<string>> = {
    '/partner': async (params) => {
      const { rows } = await pool.query(`SELECT id, code, name, status, city, country FROM partner WHERE id = $1`, [params.get('id')]);
      return JSON.stringify({ data: { partner: rows[0] ?? null } });
    },
    '/partners': async () => (await pool.query(listAll, [PAGE_SIZE])).rows[0].body,
    '/partners/visible': async () => (await pool.query(listVisible, [PAGE_SIZE, visibleIds])).rows[0].body,
    '/showroom/search': async (params) => {
      const query = params.get('q')?.trim();
      const { rows: [r] } = query
        ? await pool.query(searchWithQuery, [params.get('slug'), query, SHOWROOM_PAGE])
        : await pool.query(searchAll, [params.get('slug'), SHOWROOM_PAGE]);
      const cursor = r.last_id === null ? 'null' : JSON.stringify(cursorOf(r.last_key, r.last_id));
      return `{"data":{"showroomSearch":{"totalCount":${r.total},"pageInfo":{"hasNextPage":${r.has_next},"endCursor":${cursor}},` +
        `"edges":${r.edges},"facets":${r.facets},"priceRange":${r.price_range ?? 'null'}}}}`;
    },
    '/orders/visible': async () => (await pool.query(ordersVisible, [PAGE_SIZE, visibleIds])).rows[0].body,
    '/orders/partner': async (params) => (await pool.query(ordersOfPartner, [PAGE_SIZE, params.get('id')])).rows[0].body,
    '/orders/place': async (params) => (await pool.query(PLACE_ORDER_SQL, [
      params.get('partner'), params.get('products')!.split(','), params.get('quantities')!.split(',').map(Number), params.get('key'),
    ])).rows[0].body,
    '/mdf/claims/approve': async (params) => {
      try {
        const { rows: [r] } = await pool.query(APPROVE_MDF_CLAIM_SQL, [params.get('claim'), params.get('actor')]);
        return r.body ?? JSON.stringify({ errors: [{ message: 'No SUBMITTED claim with this id', extensions: { code: 'CONFLICT' } }] });
      } catch (err) {
        const message = (err as Error).message;
        if (!message.includes('LIMIT_EXCEEDED')) throw err;
        return JSON.stringify({ errors: [{ message: message.slice(message.indexOf('LIMIT_EXCEEDED')), extensions: { code: 'LIMIT_EXCEEDED' } }] });
      }
    },
    '/partners/near': async (params) => {
      const point = [Number(params.get('lat')), Number(params.get('lng')), NEAR_RADIUS_KM, NEAR_FIRST];
      const productId = params.get('productId');
      const { rows: [r] } = productId ? await pool.query(nearWithProduct, [...point, productId]) : await pool.query(near, point);
      return `{"data":{"partnersNear":${r.body}}}`;
    },
    ...moreRoutes?.(pool),
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

/** Variables, never inline literals: Apollo then parses and validates each document once. No cookie: public. */
export function graphql(cookie: string | null, query: string, variables: Record<string, unknown>): RequestSpec {
  return {
    method: 'POST',
    path: '/graphql',
    ...(cookie === null ? {} : { headers: { cookie: `trellis_session=${encodeURIComponent(cookie)}` } }),
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
      sqlStatements: 1,
      api: () => byId.api(randomId()),
      sql: () => byId.sql(randomId()),
      probes: () => {
        const id = randomId();
        return [[byId.api(id), byId.sql(id)]];
      },
    },
    { key: 'b', title: `partners list, nested (first ${PAGE_SIZE}, channel manager)`, sqlStatements: 1, ...b, probes: () => [[b.api(), b.sql()]] },
    { key: 'c', title: `partners list, nested, as a distributor's partner manager (RLS)`, sqlStatements: 1, ...c, probes: () => [[c.api(), c.sql()]] },
  ];
}

/** f: orders, as a distributor's partner manager sees them (RLS) and one partner's history for brand staff. */
export function buildOrderScenarios(sessions: Sessions, partnerIds: readonly string[]): Scenario[] {
  let x = 0x9e3779b9;
  const randomId = () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return partnerIds[(x >>> 0) % partnerIds.length];
  };
  const visible = {
    api: () => graphql(sessions.partnerManagerCookie, ORDERS_PAGE, { first: PAGE_SIZE }),
    sql: (): RequestSpec => ({ method: 'GET', path: '/orders/visible' }),
  };
  const history = {
    api: (id: string) => graphql(sessions.channelManagerCookie, ORDERS_PAGE, { first: PAGE_SIZE, filter: { partnerId: id } }),
    sql: (id: string): RequestSpec => ({ method: 'GET', path: `/orders/partner?id=${id}` }),
  };
  return [
    { key: 'f1', title: `orders page with lines (first ${PAGE_SIZE}), a distributor's partner manager (RLS)`, sqlStatements: 1, ...visible, probes: () => [[visible.api(), visible.sql()]] },
    {
      key: 'f2', title: `one partner's order history (first ${PAGE_SIZE}), channel manager`, sqlStatements: 1,
      api: () => history.api(randomId()), sql: () => history.sql(randomId()),
      probes: () => {
        const id = randomId();
        return [[history.api(id), history.sql(id)]];
      },
    },
  ];
}

export interface PublicSamples {
  /** Enabled showrooms of active partners. */
  slugs: string[];
  /** Those of them that show gross prices (VAT added). */
  grossSlugs: string[];
  /** Places of the gazetteer in Poland, Germany and Czechia: [latitude, longitude]. */
  places: [number, number][];
  /** Offered lines of active partners there: the partner's position and the product. */
  offers: { lat: number; lng: number; productId: string }[];
}

export async function loadPublicSamples(pool: Pool): Promise<PublicSamples> {
  const showrooms = (await pool.query(`SELECT s.slug, s.prices_gross FROM showroom s JOIN partner p ON p.id = s.partner_id
                                          WHERE s.enabled AND p.status = 'ACTIVE' ORDER BY s.slug`)).rows as { slug: string; prices_gross: boolean }[];
  const slugs = showrooms.map((r) => r.slug);
  const grossSlugs = showrooms.filter((r) => r.prices_gross).map((r) => r.slug);
  const places = (await pool.query(`SELECT latitude, longitude FROM gazetteer_place WHERE country IN ('PL', 'DE', 'CZ') ORDER BY id`))
    .rows.map((r) => [r.latitude, r.longitude] as [number, number]);
  const offers = (await pool.query(`
      SELECT p.latitude AS lat, p.longitude AS lng, o.product_id AS "productId"
        FROM offer o TABLESAMPLE BERNOULLI (2) REPEATABLE (42) JOIN partner p ON p.id = o.partner_id
       WHERE o.offered AND p.status = 'ACTIVE' AND p.country IN ('PL', 'DE', 'CZ') AND p.latitude IS NOT NULL
       ORDER BY p.code, o.product_id LIMIT 5000`)).rows;
  return { slugs, grossSlugs, places, offers };
}

/** A cheap deterministic generator (xorshift32), so that the driver costs little. */
function xorshift(seed: number): () => number {
  let x = seed | 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
}

interface SearchAnswer { data: { showroomSearch: { totalCount: number; edges: unknown[]; facets: unknown[]; priceRange: unknown } } }
interface NearAnswer { data: { partnersNear: { distanceKm: number }[] } }

/** d and e: the public showroom, through the API without a cookie and against hand-written SQL. */
export function buildPublicScenarios(samples: PublicSamples): Scenario[] {
  if (!samples.slugs.length) throw new Error('no enabled showroom of an active partner was generated');
  if (!samples.places.length) throw new Error('the gazetteer has no place in PL, DE or CZ');
  if (!samples.offers.length) throw new Error('no offered line of an active partner in PL, DE or CZ was generated');
  const random = xorshift(0x5eed1234);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const round5 = (n: number) => Math.round(n * 1e5) / 1e5;

  // d: half the requests browse (no query), half search
  const search = {
    api: (slug: string, query: string | null) => graphql(null, SHOWROOM_SEARCH, { slug, query }),
    sql: (slug: string, query: string | null): RequestSpec =>
      ({ method: 'GET', path: `/showroom/search?slug=${encodeURIComponent(slug)}${query ? `&q=${encodeURIComponent(query)}` : ''}` }),
  };
  const nextSearch = (): [string, string | null] => [pick(samples.slugs), random() < 0.5 ? null : pick(SEARCH_WORDS)];

  // e1: anywhere in the three countries, within about 30 km of a place; e2: near a partner that offers the product
  const near = {
    api: (lat: number, lng: number, productId: string | null) => graphql(null, PARTNERS_NEAR, { lat, lng, productId }),
    sql: (lat: number, lng: number, productId: string | null): RequestSpec =>
      ({ method: 'GET', path: `/partners/near?lat=${lat}&lng=${lng}${productId ? `&productId=${productId}` : ''}` }),
  };
  const nextPoint = (): [number, number, null] => {
    const [lat, lng] = pick(samples.places);
    return [round5(lat + (random() - 0.5) * 0.6), round5(lng + (random() - 0.5) * 0.9), null];
  };
  const nextOffer = (): [number, number, string] => {
    const o = pick(samples.offers);
    return [round5(o.lat + (random() - 0.5) * 0.5), round5(o.lng + (random() - 0.5) * 0.7), o.productId];
  };
  // Probes: a showroom with gross prices if there is one, with a misspelt query, a two-word one, and none.
  const probeSlug = (samples.grossSlugs.length ? samples.grossSlugs : samples.slugs)[0];
  const describeSearch = (a: unknown) => {
    const r = (a as SearchAnswer).data.showroomSearch;
    return `totalCount ${r.totalCount}, ${r.edges.length} items, ${r.facets.length} facets, price range ${r.priceRange ? 'yes' : 'none'}`;
  };
  const describeNear = (a: unknown) => {
    const r = (a as NearAnswer).data.partnersNear;
    return `${r.length} partners${r.length ? `, nearest ${r[0].distanceKm} km, farthest ${r[r.length - 1].distanceKm} km` : ''}`;
  };
  return [
    {
      key: 'd',
      title: `showroom search page (public; first ${SHOWROOM_PAGE}, half with a query, facets, price range)`,
      public: true,
      sqlStatements: 1,
      api: () => search.api(...nextSearch()),
      sql: () => search.sql(...nextSearch()),
      probes: () => (['dril', 'circlar saw', 'hammer', null] as const).map((q) => [search.api(probeSlug, q), search.sql(probeSlug, q)]),
      describe: describeSearch,
    },
    {
      key: 'e1',
      title: `partner locator (public; ${NEAR_RADIUS_KM} km, first ${NEAR_FIRST}, random points in PL/DE/CZ)`,
      public: true,
      sqlStatements: 1,
      api: () => near.api(...nextPoint()),
      sql: () => near.sql(...nextPoint()),
      // Warszawa, Praha, and a random point
      probes: () => ([[52.2297, 21.0122], [50.0755, 14.4378], nextPoint()] as [number, number][])
        .map(([lat, lng]) => [near.api(lat, lng, null), near.sql(lat, lng, null)]),
      describe: describeNear,
    },
    {
      key: 'e2',
      title: `partner locator with a product (public; ${NEAR_RADIUS_KM} km, only partners offering it)`,
      public: true,
      sqlStatements: 1,
      api: () => near.api(...nextOffer()),
      sql: () => near.sql(...nextOffer()),
      probes: () => [nextOffer(), nextOffer()].map((args) => [near.api(...args), near.sql(...args)]),
      describe: describeNear,
    },
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
