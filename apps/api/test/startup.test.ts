import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres';
import { ensureDatabase } from '../src/db/database';
import { captured, freePort, Started, until } from './processes';

/* The first command's promises, checked on the real entry point: clear start-up errors, data kept across restarts. */

const apiDir = path.resolve(__dirname, '..');



function startTrellis(env: Record<string, string>): Started {
  return captured(spawn(process.execPath, ['-r', '@swc-node/register', 'src/main.ts'], {
    cwd: apiDir,
    env: { ...process.env, LOG_LEVEL: 'warn', NODE_ENV: 'production', ...env },
  }));
}


async function gql(port: number, query: string, variables = {}, cookie?: string) {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { body: (await res.json()) as { data?: any; errors?: any[] }, cookie: res.headers.get('set-cookie')?.split(';')[0] };
}

describe('starting Trellis', () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'trellis-start-'));
    chmodSync(dir, 0o755); // reachable by the "postgres" OS user, so nothing is relocated out of it
    dirs.push(dir);
    return dir;
  };
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('says clearly that the HTTP port is taken, with no stack trace, and exits 1', async () => {
    const holder: Server = await new Promise((resolve) => {
      const s = createServer().listen(0, '127.0.0.1', () => resolve(s));
    });
    const port = (holder.address() as { port: number }).port;
    const started = startTrellis({ TRELLIS_DATA_DIR: tempDir(), PORT: String(port), TRELLIS_PG_PORT: String(await freePort()), SEED_DEMO: 'false' });
    expect(await started.exited).toBe(1);
    holder.close();
    expect(started.output()).toContain(`Trellis could not start: Port ${port} on 127.0.0.1 is already in use; set PORT to another port`);
    expect(started.output()).not.toMatch(/\n\s+at /);
  });

  it('refuses a data directory that is not PostgreSQL, naming it', async () => {
    const dataDir = tempDir();
    mkdirSync(path.join(dataDir, 'pg18'));
    writeFileSync(path.join(dataDir, 'pg18', 'notes.txt'), 'not a database');
    const started = startTrellis({ TRELLIS_DATA_DIR: dataDir, PORT: String(await freePort()), TRELLIS_PG_PORT: String(await freePort()) });
    expect(await started.exited).toBe(1);
    expect(started.output()).toContain(`Trellis could not start: ${path.join(dataDir, 'pg18')} is not a PostgreSQL data directory`);
    expect(started.output()).not.toMatch(/\n\s+at /);
  });

  it('loads demo data once and keeps data across a restart', async () => {
    const dataDir = tempDir();
    const env = { TRELLIS_DATA_DIR: dataDir, PORT: String(await freePort()), TRELLIS_PG_PORT: String(await freePort()) };
    const port = Number(env.PORT);
    const first = startTrellis(env);
    await until(first, 'Trellis is running at');
    const signIn = `mutation { signIn(input: { email: "channel@trellis.demo", password: "trellis-demo-1" }) { user { role } } }`;
    const session = await gql(port, signIn);
    expect(session.body.data.signIn.user.role).toBe('CHANNEL_MANAGER');
    const created = await gql(port, `mutation { createPartner(input: { code: "KEEP-1", name: "Kept Partner", kind: DEALER, city: "Praha", country: "CZ" }) { partner { id } } }`, {}, session.cookie);
    expect(created.body.errors).toBeUndefined();
    const count = `{ partners(first: 1) { totalCount } }`;
    const before = (await gql(port, count, {}, session.cookie)).body.data.partners.totalCount;
    const demo = (await gql(port, `{ products(first: 1) { totalCount } leads(first: 1) { totalCount } showroom(slug: "baltic") { displayName } }`, {}, session.cookie)).body.data;
    // The demo data is deterministic: 260 products of which the fixed seed makes 9 inactive, 8 leads.
    expect(demo).toEqual({ products: { totalCount: 251 }, leads: { totalCount: 8 }, showroom: { displayName: 'Baltic Tools Distribution' } });
    // Six orders for each of the four named partners, at every stage (the newest), and the brand warehouse stocked;
    // before them two years of history for every active partner (db/seed/demo-history.ts).
    const orders = (await gql(port, `{ orders(first: 24) { totalCount edges { node { kind status paidAt carrier } } } }`, {}, session.cookie)).body.data.orders;
    const active: number = (await gql(port, `{ partners(first: 1, filter: { statuses: [ACTIVE] }) { totalCount } }`, {}, session.cookie)).body.data.partners.totalCount;
    expect(orders.totalCount).toBeGreaterThan(24 + active * 24 * 2);
    const stages = new Map<string, number>();
    for (const { node } of orders.edges) {
      const stage = `${node.kind} ${node.status}${node.paidAt ? ' paid' : ''}${node.carrier ? ' via carrier' : ''}`;
      stages.set(stage, (stages.get(stage) ?? 0) + 1);
    }
    expect(Object.fromEntries([...stages].sort())).toEqual({
      'SELL_IN CONFIRMED': 4, 'SELL_IN DELIVERED paid via carrier': 4, 'SELL_IN SUBMITTED': 4,
      'SELL_OUT DELIVERED paid via carrier': 4, 'SELL_OUT SHIPPED via carrier': 4, 'SELL_OUT SUBMITTED': 4,
    });
    // One MDF fund: 45,000 of 60,000 allocated to the four, a request at every stage, its balances proven by its ledger.
    const funds = (await gql(port, `{ mdfFunds(first: 5) { edges { node { id allocated { amount } unallocated { amount } } } }
      mdfRequests(first: 10) { edges { node { status approved { amount } claimed { amount } claims { status } } } } }`, {}, session.cookie)).body.data;
    expect(funds.mdfFunds.edges.map((e: { node: object }) => e.node)).toEqual([{ id: expect.any(String), allocated: { amount: '45000.00' }, unallocated: { amount: '15000.00' } }]);
    expect(funds.mdfRequests.edges.map((e: { node: { status: string; approved: { amount: string }; claimed: { amount: string }; claims: { status: string }[] } }) =>
      `${e.node.status} ${e.node.approved.amount}/${e.node.claimed.amount} ${e.node.claims.map((c) => c.status).join(',')}`).sort())
      .toEqual(['APPROVED 2800.00/2400.00 PAID', 'APPROVED 6000.00/0.00 SUBMITTED', 'CHANGES_REQUESTED 0.00/0.00 ', 'SUBMITTED 0.00/0.00 ']);
    const fundId = funds.mdfFunds.edges[0].node.id;
    expect((await gql(port, `query($id: ID!) { mdfLedgerCheck(id: $id) }`, { id: fundId }, session.cookie)).body.data.mdfLedgerCheck).toEqual([]);
    // The KPI rollups were built at start from that history: last month's sell-in of the whole channel is there.
    const last = new Date();
    last.setUTCDate(1);
    last.setUTCMonth(last.getUTCMonth() - 1);
    const month = last.toISOString().slice(0, 7);
    // They are built after the start (so that a large database does not hold it up): asked until they are there.
    let sellIn = 0;
    for (const deadline = Date.now() + 120_000; sellIn === 0 && Date.now() < deadline;) {
      const metrics = (await gql(port, `query($m: String!) { channelMetrics(from: $m, to: $m) { figures { sellIn { amountMinor } } } }`, { m: month }, session.cookie)).body;
      expect(metrics.errors).toBeUndefined();
      sellIn = metrics.data.channelMetrics[0].figures.sellIn.amountMinor;
      if (sellIn === 0) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(sellIn).toBeGreaterThan(0);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);

    const second = startTrellis(env);
    await until(second, 'Trellis is running at');
    const again = await gql(port, signIn);
    expect((await gql(port, count, {}, again.cookie)).body.data.partners.totalCount).toBe(before);
    const kept = await gql(port, `query($id: ID!) { partner(id: $id) { code } }`, { id: created.body.data.createPartner.partner.id }, again.cookie);
    expect(kept.body.data.partner.code).toBe('KEEP-1');
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  }, 240_000);

  it('with DATABASE_URL: loads no demo data, and the first admin comes from the command line', async () => {
    const external = await startEmbeddedPostgres({ dataRoot: tempDir(), port: await freePort() });
    try {
      await ensureDatabase(external.connectionString, 'trellis_external');
      const env = {
        DATABASE_URL: external.connectionString.replace(/\/postgres$/, '/trellis_external'),
        PORT: String(await freePort()),
        TRELLIS_DATA_DIR: tempDir(),
      };
      const cli = spawnSync(process.execPath, ['-r', '@swc-node/register', 'src/cli.ts', 'create-admin', '--email', 'first@admin.example', '--name', 'First Admin', '--password', 'first-admin-pass-1'], {
        cwd: apiDir, env: { ...process.env, LOG_LEVEL: 'warn', ...env }, encoding: 'utf8',
      });
      expect([cli.status, cli.stdout.trim()]).toEqual([0, `Admin first@admin.example created; sign in at http://127.0.0.1:${env.PORT}`]);
      const server = startTrellis(env);
      await until(server, 'Trellis is running at');
      const session = await gql(Number(env.PORT), `mutation { signIn(input: { email: "first@admin.example", password: "first-admin-pass-1" }) { user { role } } }`);
      expect(session.body.data.signIn.user.role).toBe('ADMIN');
      const counts = await gql(Number(env.PORT), `{ partners(first: 1) { totalCount } products(first: 1) { totalCount } }`, {}, session.cookie);
      expect(counts.body.data).toEqual({ partners: { totalCount: 0 }, products: { totalCount: 0 } });
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);

      // pnpm worker: the jobs alone. An invitation queued by the command line (no SMTP: the job logs it).
      const invite = spawnSync(process.execPath, ['-r', '@swc-node/register', 'src/cli.ts', 'create-admin', '--email', 'second@admin.example', '--name', 'Second Admin'], {
        cwd: apiDir, env: { ...process.env, LOG_LEVEL: 'warn', ...env }, encoding: 'utf8',
      });
      expect(invite.status).toBe(0);
      const worker = captured(spawn(process.execPath, ['-r', '@swc-node/register', 'src/worker-main.ts'], {
        cwd: apiDir, env: { ...process.env, LOG_LEVEL: 'info', NODE_ENV: 'production', WORKERS: '1', ...env },
      }));
      await until(worker, 'mail not sent: no SMTP_URL is set');
      expect(worker.output()).toContain('"to":"second@admin.example"');
      expect(worker.output()).not.toContain('/invitation/'); // the link stays out of the log
      worker.child.kill('SIGTERM');
      expect(await worker.exited).toBe(0);
    } finally {
      await external.stop();
    }
  }, 240_000);

  it('pnpm worker refuses to start without DATABASE_URL, saying why', () => {
    const run = spawnSync(process.execPath, ['-r', '@swc-node/register', 'src/worker-main.ts'], {
      cwd: apiDir, env: { ...process.env, LOG_LEVEL: 'warn', DATABASE_URL: '' }, encoding: 'utf8',
    });
    expect([run.status, run.stderr.trim()]).toEqual([1, 'The worker could not start: pnpm worker needs DATABASE_URL; with the embedded database, `pnpm start` runs the jobs itself (WORKERS)']);
  });
});
