// The benchmark's entry: database -> data at scale -> the real API in-process -> scenarios -> report.
// Everything listens on 127.0.0.1 on ports the OS hands out, and every loop is bounded, so that the run
// ends by itself and can share a machine with other servers.
import './env'; // first: sets NODE_ENV and LOG_LEVEL before the API's modules load
import http from 'node:http';
import { AddressInfo, createServer } from 'node:net';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Pool } from 'pg';
import { Session } from 'node:inspector/promises';
import { openDatabase, Database } from '../apps/api/src/db/database';
import { ConfigError, loadConfig } from '../apps/api/src/config';
import { EmbeddedPostgresError } from '../apps/api/src/db/embedded-postgres';
import { createApp, TrellisApp } from '../apps/api/src/server';
import { hashPassword } from '../apps/api/src/access/password';
import { BENCH_PASSWORD, BenchError, CHANNEL_MANAGER_EMAIL, generate, Generated } from './generate';
import { Answer, postgresCpu, runLoad, LoadResult, send, summarize } from './load';
import {
  Baseline, buildMdfScenario, buildOrderScenarios, buildPublicScenarios, buildScenarios, buildSubmissionScenario, canonical, loadMdfSample, loadPublicSamples,
  loadSubmissionSample, Scenario, startBaseline,
} from './scenarios';
import { generateOrders } from './orders';
import { buildChannelScenario, channelRoutes, ensureRollups, generateChannel, measureIncremental, type IncrementalResult } from './channel';
import { formatReport, ratios, Report, ScenarioResult, writeJson } from './report';

const POOL_SIZE = 20; // the API's pool (createDataSource's default); the baseline gets the same
const TIMEOUT_MS = 10_000;
const DEFAULT_TIMEOUT_MS = TIMEOUT_MS;
const MAX_REQUESTS = 2_000_000;
const ROUNDS = 4;

/** Scenario keys; --only takes them or their letter ("e" selects e1 and e2). */
const SCENARIO_KEYS = ['a', 'b', 'c', 'd', 'e1', 'e2', 'f1', 'f2', 'f3', 'g', 'h1', 'h2'];
const USAGE = '--partners N --users-per-partner N --products N --offers-per-partner N --order-lines N --leads N --duration S --concurrency C ' +
  '--only a,b,c,d,e,f,g,h --data-dir DIR --profile DIR';

function parseArgs(argv: string[]) {
  const opts = {
    partners: 2000, usersPerPartner: 3, products: 100_000, offersPerPartner: 1000, orderLines: 5_000_000, leads: 500_000, duration: 10, concurrency: 16,
    dataDir: undefined as string | undefined, only: SCENARIO_KEYS, profile: undefined as string | undefined,
  };
  const ints: Record<string, [keyof typeof opts, number, number]> = {
    '--partners': ['partners', 1, 1_000_000], '--users-per-partner': ['usersPerPartner', 1, 50],
    '--products': ['products', 1, 10_000_000], '--offers-per-partner': ['offersPerPartner', 0, 100_000],
    '--duration': ['duration', 1, 600], '--concurrency': ['concurrency', 1, 256], '--order-lines': ['orderLines', 1000, 50_000_000],
    '--leads': ['leads', 1000, 50_000_000],
  };
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--') continue; // forwarded by some package managers
    const arg = argv[i];
    const [flag, inline] = arg.split('=', 2);
    const value = inline ?? argv[++i];
    if (flag === '--data-dir' && value) opts.dataDir = path.resolve(value);
    else if (flag === '--profile' && value) opts.profile = path.resolve(value);
    else if (flag === '--only' && value) {
      const wanted = value.split(',').map((k) => k.trim().toLowerCase()).filter(Boolean);
      const unknown = wanted.filter((w) => !SCENARIO_KEYS.some((k) => k === w || k[0] === w));
      if (unknown.length || !wanted.length) throw new BenchError(`--only takes scenario keys among ${SCENARIO_KEYS.join(', ')} (or their letter), got "${value}"`);
      opts.only = SCENARIO_KEYS.filter((k) => wanted.some((w) => k === w || k[0] === w));
    } else if (ints[flag] && value !== undefined) {
      const [key, min, max] = ints[flag];
      const n = Number(value);
      if (!Number.isInteger(n) || n < min || n > max) throw new BenchError(`${flag} must be an integer from ${min} to ${max}, got "${value}"`);
      (opts[key] as number) = n;
    } else throw new BenchError(`unknown or incomplete argument "${arg}"; use ${USAGE}`);
  }
  if (opts.offersPerPartner > opts.products) throw new BenchError(`--offers-per-partner (${opts.offersPerPartner}) cannot exceed --products (${opts.products})`);
  return opts;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

const isOk = (a: Answer): boolean => a.status === 200 && !a.body.includes('"errors":');

/** Signs in through the API itself, as the SPA would, and returns the session cookie's value. */
async function signIn(port: number, email: string): Promise<string> {
  const agent = new http.Agent();
  const answer = await send(agent, port, {
    method: 'POST', path: '/graphql',
    body: JSON.stringify({ query: 'mutation SignIn($input: SignInInput!) { signIn(input: $input) { user { id } } }', variables: { input: { email, password: BENCH_PASSWORD } } }),
  }, TIMEOUT_MS);
  agent.destroy();
  const cookie = (answer.headers['set-cookie'] ?? []).map((c) => /^trellis_session=([^;]*)/.exec(c)?.[1]).find(Boolean);
  if (!isOk(answer) || !cookie) throw new Error(`sign-in as ${email} failed: HTTP ${answer.status} ${answer.body.slice(0, 300)}`);
  return decodeURIComponent(cookie);
}

interface RunOptions { duration: number; concurrency: number; warmup: number; signal: AbortSignal; dbCpuMs?: () => number; profile?: string }

/**
 * --profile DIR: a V8 CPU profile of this process while the API side of a scenario is measured (the load
 * driver included), written as DIR/<scenario>-<round>.cpuprofile for Chrome DevTools or speedscope.
 */
async function profiled<T>(dir: string | undefined, name: string, work: () => Promise<T>): Promise<T> {
  if (!dir) return work();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  try {
    return await work();
  } finally {
    const { profile } = await session.post('Profiler.stop');
    session.disconnect();
    await writeFile(path.join(dir, `${name}.cpuprofile`), JSON.stringify(profile));
  }
}

/** Where two JSON values first differ, e.g. "data.showroomSearch.edges[3].node.sku: API "X" SQL "Y"". */
function firstDifference(a: unknown, b: unknown, at = ''): string | null {
  if (canonical(a) === canonical(b)) return null;
  if (a && b && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b)) {
    if (Array.isArray(a) && Array.isArray(b) && a.length !== b.length) return `${at}: API ${a.length} items, SQL ${b.length}`;
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    for (const k of keys) {
      const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], Array.isArray(a) ? `${at}[${k}]` : at ? `${at}.${k}` : k);
      if (d) return d;
    }
  }
  return `${at}: API ${JSON.stringify(a)?.slice(0, 120)}, SQL ${JSON.stringify(b)?.slice(0, 120)}`;
}

async function runScenario(s: Scenario, ports: { api: number; sql: number }, o: RunOptions, log: (l: string) => void): Promise<ScenarioResult> {
  const TIMEOUT_MS = s.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  // Requests for each side first: both must succeed and answer the same data.
  const agent = new http.Agent();
  const statementCounts = new Set<number>();
  const probes: string[] = [];
  let sameData = true;
  for (const [apiProbe, sqlProbe] of s.probes()) {
    const [a, q] = [await send(agent, ports.api, apiProbe, TIMEOUT_MS), await send(agent, ports.sql, sqlProbe, TIMEOUT_MS)];
    if (!isOk(a) || !isOk(q)) {
      agent.destroy();
      throw new Error(`scenario ${s.key}: probe failed\n  API: ${a.status} ${a.body.slice(0, 300)}\n  SQL: ${q.status} ${q.body.slice(0, 300)}`);
    }
    statementCounts.add(Number(a.headers['x-sql-statements'] ?? NaN));
    const [apiData, sqlData] = [JSON.parse(a.body), JSON.parse(q.body)];
    const difference = firstDifference(apiData, sqlData);
    if (difference) sameData = false;
    const asked = apiProbe.body ? JSON.stringify(JSON.parse(apiProbe.body).variables) : apiProbe.path;
    const line = `${asked}: ${s.describe ? s.describe(apiData) : 'answered'}; x-sql-statements ${a.headers['x-sql-statements'] ?? '?'}; ` +
      `x-sql-round-trips ${a.headers['x-sql-round-trips'] ?? '?'}; ` +
      `same data: ${difference ? `NO (${difference})` : 'yes'}`;
    probes.push(line);
    log(`${s.key}. probe ${line}`);
  }
  if (s.before && !o.signal.aborted) {
    const { ok, line } = await s.before();
    probes.push(line);
    log(`${s.key}. ${line}`);
    if (!ok) throw new BenchError(`scenario ${s.key}: ${line}`);
  }
  const counted = [...statementCounts].filter(Number.isFinite);
  const load = (side: 'api' | 'sql', seconds: number) => runLoad({
    port: ports[side], concurrency: s.concurrency ?? o.concurrency, durationMs: seconds * 1000, maxRequests: MAX_REQUESTS,
    timeoutMs: TIMEOUT_MS, next: side === 'api' ? s.api : s.sql, ok: isOk, signal: o.signal, dbCpuMs: o.dbCpuMs,
  });
  log(`${s.key}. ${s.title}: warmup`);
  await load('api', o.warmup);
  await load('sql', o.warmup);
  const measured: Record<'api' | 'sql', LoadResult[]> = { api: [], sql: [] };
  // Rounds in alternating order (API SQL, SQL API, ...), so that drift and bursts of other work on the
  // machine (other processes, autovacuum, checkpoints) hit both sides alike.
  // A scenario's check (the oversell race) runs against the API while the first API round loads it.
  let check: Promise<{ ok: boolean; line: string }> | undefined;
  for (let round = 0; round < ROUNDS && !o.signal.aborted; round += 1) {
    for (const side of round % 2 === 0 ? (['api', 'sql'] as const) : (['sql', 'api'] as const)) {
      const seconds = o.duration / ROUNDS;
      if (side === 'api' && round === 0 && s.during) check = s.during();
      measured[side].push(side === 'api' ? await profiled(o.profile, `${s.key}-${round}`, () => load(side, seconds)) : await load(side, seconds));
      if (check) {
        const { ok, line } = await check;
        check = undefined;
        probes.push(line);
        log(`${s.key}. ${line}`);
        if (!ok) throw new BenchError(`scenario ${s.key}: ${line}`);
      }
    }
  }
  // Round trips of one request on the warm pool (its connections carry the identity the load left).
  const [steadyProbe] = s.probes()[0];
  const steady = await send(agent, ports.api, steadyProbe, TIMEOUT_MS);
  const roundTrips = Number(steady.headers['x-sql-round-trips'] ?? NaN);
  agent.destroy();
  if (s.after && !o.signal.aborted) {
    const { ok, line } = await s.after();
    probes.push(line);
    log(`${s.key}. ${line}`);
    if (!ok) throw new BenchError(`scenario ${s.key}: ${line}`);
  }
  const api = summarize(measured.api);
  const sql = summarize(measured.sql);
  log(`${s.key}. API ${api.rps.toFixed(0)} req/s, SQL ${sql.rps.toFixed(0)} req/s`);
  return {
    key: s.key, title: s.title, public: Boolean(s.public), apiStatements: counted.length ? Math.max(...counted) : null,
    apiRoundTrips: Number.isFinite(roundTrips) ? roundTrips : null,
    sqlStatements: s.sqlStatements, sameData, probes, api, sql, ratio: ratios(api, sql),
  };
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  const startedAt = new Date().toISOString();
  const t0 = performance.now();
  const log = (line: string) => console.log(line);
  const abort = new AbortController();
  process.once('SIGINT', () => { log('interrupted: finishing the current step, then cleaning up'); abort.abort(); });

  const external = process.env.DATABASE_URL;
  let tempDir: string | undefined;
  let database: Database | undefined;
  let trellis: TrellisApp | undefined;
  let baseline: Baseline | undefined;
  let pool: Pool | undefined;
  const apiServer = http.createServer();
  try {
    const dataDir = external ? undefined : opts.dataDir ?? (tempDir = await mkdtemp(path.join(os.tmpdir(), 'trellis-bench-')));
    // As root, PostgreSQL runs as the "postgres" OS user, which must enter the (mode 700) temp dir.
    if (tempDir) await chmod(tempDir, 0o755);
    await new Promise<void>((resolve, reject) => { apiServer.once('error', reject); apiServer.listen(0, '127.0.0.1', () => resolve()); });
    const apiPort = (apiServer.address() as AddressInfo).port;
    const pgPort = external ? undefined : await freePort();
    const config = loadConfig({
      ...process.env, HOST: '127.0.0.1', PORT: String(apiPort), SEED_DEMO: 'false', EXPOSE_SQL_STATEMENTS: 'true',
      // The brake on anonymous traffic per client address (600/min by default) would answer the load driver,
      // one address, with 429 within a second: the bench measures the server behind it (the check still runs).
      PUBLIC_REQUESTS_PER_MINUTE: String(2 ** 31 - 1),
      ...(dataDir ? { TRELLIS_DATA_DIR: dataDir, TRELLIS_PG_PORT: String(pgPort) } : {}),
    });
    log(`starting ${external ? 'with DATABASE_URL' : `embedded PostgreSQL on 127.0.0.1:${pgPort} in ${dataDir}`}`);
    database = await openDatabase(config);
    const url = external ?? database.embedded!.connectionString.replace(/\/postgres$/, '/trellis');
    pool = new Pool({ connectionString: url, max: 2, options: '-c trellis.all_partners=on' });
    // pool.end() resolves before its clients' sockets close; PostgreSQL's shutdown right after can then
    // reach an idle client, whose error, unhandled, would crash the finished run.
    pool.on('error', () => undefined);

    log(`data: ${opts.partners} partners with ${opts.usersPerPartner} users each, ${opts.products} products, ${opts.offersPerPartner} offers per partner`);
    const hash = await hashPassword(BENCH_PASSWORD); // scrypt is slow by design: once, shared by every user
    const scaleArgs = { partners: opts.partners, usersPerPartner: opts.usersPerPartner, products: opts.products, offersPerPartner: opts.offersPerPartner };
    const generated: Generated | null = await generate(url, scaleArgs, hash, log);
    if (generated) log(`generated in ${(generated.ms / 1000).toFixed(2)} s`);
    else log('reusing the bench data already in this database');
    const scale = generated?.counts ?? (await pool.query(`SELECT (SELECT count(*) FROM partner)::int AS partners, (SELECT count(*) FROM app_user)::int AS users,
        (SELECT count(*) FROM product)::int AS products, (SELECT count(*) FROM offer)::int AS offers`)).rows[0];

    // Orders only when an orders or channel scenario runs: two years of them take minutes to generate, once per database.
    const steps = generated?.steps ?? [];
    if (opts.only.some((k) => k.startsWith('f') || k.startsWith('h'))) {
      log(`orders: ${opts.orderLines} order lines`);
      const orderSteps = await generateOrders(url, { lines: opts.orderLines }, log);
      if (orderSteps) steps.push(...orderSteps);
      else log('reusing the orders already in this database');
    }
    // Channel performance (h): leads, service cases, stock counts, quotas, then the rollups built once by the API's cli.
    let rebuild: Awaited<ReturnType<typeof ensureRollups>> = null;
    if (opts.only.some((k) => k.startsWith('h'))) {
      log(`channel: ${opts.leads} leads with their history, ${Math.round(opts.leads / 10)} service cases, stock counts, quotas`);
      const channelSteps = await generateChannel(url, { leads: opts.leads }, log);
      if (channelSteps) steps.push(...channelSteps);
      else log('reusing the channel data already in this database');
      rebuild = await ensureRollups(url, log);
      if (rebuild) steps.push({ label: 'kpi rollups (cli rebuild)', rows: Number(/rebuilt: (\d+)/.exec(rebuild.output)?.[1] ?? NaN) || null, ms: rebuild.ms });
      else log('reusing the KPI rollups already built in this database');
    }
    trellis = await createApp(config, database.pools);
    apiServer.on('request', trellis.app);
    const signedIn = opts.only.some((k) => ['a', 'b', 'c', 'f1', 'f2', 'f3', 'g', 'h1'].includes(k));
    const app = trellis;
    const refreshRollups = async () => (await app.scopes.runSystem('bench: kpi refresh', (scope) => app.services.kpiRollup.refresh(scope))).length;
    const pendingMarks = () => app.scopes.runSystem('bench: kpi pending', (scope) => app.services.kpiRollup.pending(scope));
    // The partner manager of the active distributor with the most children: the largest view RLS allows.
    const [pm] = !signedIn ? [] : (await pool.query(`
      SELECT d.id, d.code, u.email, ARRAY(SELECT d.id UNION ALL SELECT c.id FROM partner c WHERE c.parent_id = d.id) AS visible
        FROM partner d JOIN app_user u ON u.partner_id = d.id AND u.role = 'PARTNER_MANAGER'
       WHERE d.kind = 'DISTRIBUTOR' AND d.status = 'ACTIVE'
       ORDER BY (SELECT count(*) FROM partner c WHERE c.parent_id = d.id) DESC, d.code LIMIT 1`)).rows as { id: string; code: string; email: string; visible: string[] }[];
    if (signedIn && !pm) throw new BenchError('no active distributor with a partner manager was generated; use more --partners');
    const scenarios: Scenario[] = [];
    if (signedIn) {
      const sessions = { channelManagerCookie: await signIn(apiPort, CHANNEL_MANAGER_EMAIL), partnerManagerCookie: await signIn(apiPort, pm.email) };
      const ids = (await pool.query(`SELECT id FROM partner`)).rows.map((r: { id: string }) => r.id);
      scenarios.push(...buildScenarios(sessions, ids));
      scenarios.push(...buildOrderScenarios(sessions, ids));
      if (opts.only.includes('f3')) scenarios.push(buildSubmissionScenario(sessions, await loadSubmissionSample(pool, pm.id), pool, apiPort));
      if (opts.only.includes('g')) {
        // Enough claims for both sides' warmup and rounds at up to about 5,000 approvals/s, 100,000 at least.
        const claimsPerSide = Math.max(100_000, (opts.duration + Math.max(1, Math.round(opts.duration / 5)) + 5) * 5000);
        log(`g: ${claimsPerSide} SUBMITTED MDF claims per side`);
        const t = performance.now();
        const sample = await loadMdfSample(pool, pm.id, CHANNEL_MANAGER_EMAIL, claimsPerSide);
        log(`g: claims inserted in ${((performance.now() - t) / 1000).toFixed(2)} s`);
        scenarios.push(buildMdfScenario(sessions, sample, pool, apiPort));
      }
      if (opts.only.includes('h1')) {
        const upToDate = async () => {
          const t = performance.now();
          let cells = 0;
          while ((await pendingMarks()) > 0) cells += await refreshRollups();
          return `rollups brought up to date first: ${cells} cells in ${(performance.now() - t).toFixed(0)} ms`;
        };
        const ask = async (apiSpec: Parameters<typeof send>[2], sqlSpec: Parameters<typeof send>[2]): Promise<[unknown, unknown]> => {
          const agent = new http.Agent();
          try {
            const a = await send(agent, apiPort, apiSpec, 300_000);
            const q = await send(agent, baseline!.port, sqlSpec, 300_000);
            if (!isOk(a) || !isOk(q)) throw new Error(`h1: dashboard failed\n  API: ${a.status} ${a.body.slice(0, 300)}\n  SQL: ${q.status} ${q.body.slice(0, 300)}`);
            return [JSON.parse(a.body), JSON.parse(q.body)];
          } finally {
            agent.destroy();
          }
        };
        scenarios.push(buildChannelScenario(sessions, upToDate, ask));
      }
    }
    if (opts.only.some((k) => ['d', 'e1', 'e2'].includes(k))) scenarios.push(...buildPublicScenarios(await loadPublicSamples(pool)));
    baseline = await startBaseline(url, POOL_SIZE, pm?.visible ?? [], channelRoutes);
    const [{ server_version: pgVersion }] = (await pool.query('SHOW server_version')).rows;

    const warmup = Math.max(1, Math.round(opts.duration / 5));
    // The embedded server's CPU, read from /proc: where the time goes, Node or PostgreSQL.
    const postmasterPid = database.embedded ? Number((await readFile(path.join(database.embedded.dataDir, 'postmaster.pid'), 'utf8')).split('\n')[0]) : 0;
    if (opts.profile) await mkdir(opts.profile, { recursive: true });
    const run: RunOptions = { ...opts, warmup, signal: abort.signal, dbCpuMs: postgresCpu(postmasterPid) };
    const results: ScenarioResult[] = [];
    for (const s of scenarios.filter((x) => opts.only.includes(x.key))) {
      if (abort.signal.aborted) break;
      results.push(await runScenario(s, { api: apiPort, sql: baseline.port }, run, log));
    }
    const timings: IncrementalResult[] = [];
    if (opts.only.includes('h2') && !abort.signal.aborted) {
      log('h2. rollups after 10,000 new order lines');
      const h2 = await measureIncremental(url, refreshRollups, pendingMarks, log);
      for (const line of h2.lines) log(`h2. ${line}`);
      timings.push(h2);
      if (!h2.ok) throw new BenchError(`scenario h2: the rollups do not agree with the raw orders after the refresh`);
    }

    const cpus = os.cpus();
    const report: Report = {
      startedAt,
      machine: { cpus: cpus.length, cpuModel: cpus[0]?.model.trim() ?? '?', memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version, postgres: pgVersion, platform: `${os.platform()} ${os.release()}` },
      options: { ...scaleArgs, orderLines: opts.orderLines, leads: opts.leads, durationSeconds: opts.duration, concurrency: opts.concurrency, warmupSeconds: warmup, rounds: ROUNDS, poolSize: POOL_SIZE, nodeEnv: process.env.NODE_ENV ?? '', only: opts.only },
      database: external ? 'DATABASE_URL' : 'embedded PostgreSQL (fsync on, shared_buffers 128MB)',
      scale,
      generation: { ms: generated?.ms ?? null, reused: !generated, steps },
      partnerManager: pm ? { partnerCode: pm.code, visiblePartners: pm.visible.length } : null,
      totalSeconds: 0,
      scenarios: results,
      timings,
      notes: [
        ...(rebuild ? [`kpi rollups built by the API's cli (rebuild-kpis, DATABASE_URL = the bench database): ${rebuild.output}; ${(rebuild.ms / 1000).toFixed(1)} s with the command's start.`] : []),
        ...(results.some((s) => s.key === 'h1') ? [
          'h1: the API answers from the rollups (kpi_partner_month, kpi_partner_money: partner x month sums) through channelMetrics, one GraphQL document with both questions; ' +
          `the baseline computes the same sums from the raw tables (sales_order, sales_order_line, lead_event, service_case, inventory_snapshot, mdf_claim, lead, partner_quota), ` +
          'one statement per figure group grouped by tier and month, all at once on its pool, and shapes them with the API\'s own formulas (figuresOf). 4 clients, 300 s timeout.',
        ] : []),
        ...(timings.some((t) => t.key === 'h2') ? [
          'h2: KpiRollup.refresh is called in this process on the API\'s own services and system scopes (as the kpi_rollup job runs it); the API\'s job worker also runs kpi_rollup every minute, ' +
          'and the advisory lock makes either wait for the other, so the time is until kpi_dirty is empty, whoever did the work.',
        ] : []),
        'Load driver, API, SQL baseline and PostgreSQL share the same machine and its CPUs: compare ratios, not absolute numbers across machines.',
        'The SQL baseline has no session lookup and no row-level security; for scenario c its visible ids are fixed at start.',
        ...(results.some((s) => s.public) ? [
          'Public scenarios send no cookie: the API looks up no session; its reads run as trellis_public (RLS on offer and showroom) without a transaction; ' +
          'its per-address limit on anonymous requests is raised for the bench (PUBLIC_REQUESTS_PER_MINUTE), the check itself still runs.',
        ] : []),
        ...(results.some((s) => s.key === 'd') ? [
          'd: the baseline finds the matching offered products once (a materialized CTE) for page, total, facets and price range; ' +
          'the API opens the showroom with one statement that also sets its public view (trellis_open_showroom), then computes page, total, facets and price range from one materialized match.',
        ] : []),
        'CPU ms/req: node = this whole process (load driver + the server under test), pg = the embedded server and its backends (/proc).',
        ...(results.some((s) => s.key === 'g') ? [
          'g: each request approves a new SUBMITTED claim; every approval of both sides raises claimed_minor of the same mdf_allocation row. ' +
          'The API (channel manager session, RLS, one transaction) locks the claim and the request, then runs the conditional UPDATEs of request and allocation, ' +
          'the claim UPDATE, the ledger INSERT and reads the claim back. The baseline does the same writes in one statement of data-modifying CTEs ' +
          '(claim UPDATE ... WHERE status = SUBMITTED, the two conditional UPDATEs, the ledger INSERT; a refusal aborts the statement): ' +
          'no session, no RLS, no transaction beyond the statement, no locks beyond the UPDATEs\' row locks, no read-back; the deciding user is fixed at start.',
        ] : []),
        ...results.filter((s) => !s.sameData).map((s) => `scenario ${s.key}: the API and the SQL baseline answered different data.`),
      ],
    };
    report.totalSeconds = (performance.now() - t0) / 1000;
    log(`\n${formatReport(report)}\n`);
    const file = path.join(__dirname, 'results', 'latest.json');
    await writeJson(report, file);
    log(`report written to ${path.relative(process.cwd(), file) || file}`);
  } finally {
    // Each step guarded: a failure in one must not leave PostgreSQL or a temp dir behind.
    const step = async (what: string, fn: () => Promise<unknown> | undefined) => {
      try { await fn(); } catch (err) { console.error(`cleanup: ${what} failed: ${(err as Error).message}`); }
    };
    await step('baseline', () => baseline?.close());
    await step('pool', () => pool?.end());
    await step('api server', () => new Promise<void>((resolve) => {
      apiServer.closeAllConnections();
      if (!apiServer.listening) return resolve();
      apiServer.close(() => resolve());
    }));
    await step('apollo', () => trellis?.stop());
    await step('database', () => database?.close());
    if (tempDir) await step('temp dir', () => rm(tempDir!, { recursive: true, force: true }));
    log(`total ${((performance.now() - t0) / 1000).toFixed(0)} s, cleanup included`);
  }
}

// process.exit: a timer some library leaves behind must not keep a finished run alive.
main().then(
  () => process.exit(0),
  (err: Error) => {
    const expected = err instanceof BenchError || err instanceof ConfigError || err instanceof EmbeddedPostgresError;
    console.error(`\nbench failed: ${expected ? err.message : (err.stack ?? err.message)}`);
    process.exit(1);
  },
);
