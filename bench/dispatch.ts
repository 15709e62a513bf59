// Automatic dispatch at scale, and live-event delivery between two instances, on the bench database
// (run.ts generates it; pass the same --data-dir). Figures, not pass/fail:
// - dispatch: N leads filed at partners' own postal codes, written by plain INSERTs, then dispatched by the
//   rules in batches of 200 (one transaction each); leads per second of each, and their ratio.
// - events: a lead dispatched through instance A's GraphQL endpoint, heard by a subscriber on instance B;
//   milliseconds from sending the mutation to the event's arrival, p50 and p99.
// Usage: node -r @swc-node/register dispatch.ts --data-dir DIR [--leads N] [--events N]
import './env';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import WebSocket from 'ws';
import { Client } from 'pg';
import { createClient } from 'graphql-ws';
import { openDatabase, openPools, closePools } from '../apps/api/src/db/database';
import { loadConfig } from '../apps/api/src/config';
import { createApp, TrellisApp } from '../apps/api/src/server';
import { BENCH_PASSWORD, CHANNEL_MANAGER_EMAIL } from './generate';

const BATCH = 200;

function args() {
  const out = { dataDir: '', leads: 10_000, events: 200 };
  const argv = process.argv.slice(2).filter((a) => a !== '--'); // pnpm may forward its separator
  for (let i = 0; i < argv.length; i += 2) {
    if (argv[i] === '--data-dir') out.dataDir = path.resolve(argv[i + 1]);
    else if (argv[i] === '--leads') out.leads = Number(argv[i + 1]);
    else if (argv[i] === '--events') out.events = Number(argv[i + 1]);
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  if (!out.dataDir || !Number.isInteger(out.leads) || out.leads < BATCH || !Number.isInteger(out.events) || out.events < 10) {
    throw new Error('usage: dispatch.ts --data-dir DIR [--leads N >= 200] [--events N >= 10]');
  }
  return out;
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

async function listen(app: TrellisApp): Promise<{ port: number; server: http.Server }> {
  const server = http.createServer(app.app);
  app.live.attach(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return { port: (server.address() as AddressInfo).port, server };
}

async function main(): Promise<void> {
  const opts = args();
  const config = loadConfig({ ...process.env, HOST: '127.0.0.1', PORT: '0', SEED_DEMO: 'false', WORKERS: '0', TRELLIS_DATA_DIR: opts.dataDir, TRELLIS_PG_PORT: '5499' });
  const database = await openDatabase(config);
  const url = database.embedded!.connectionString.replace(/\/postgres$/, '/trellis');
  const a = await createApp(config, database.pools);
  const bPools = await openPools(url, 10);
  const b = await createApp(config, bPools);
  let untimed: { id: string }[] = [];
  try {
    // Leads at the partners' own postal codes (so that territories and the gazetteer find them).
    const places = (await a.scopes.runSystem('bench places', (s) => s.query<{ country: string; postal: string }>(
      `SELECT country, postal_code AS postal FROM partner WHERE status = 'ACTIVE' AND postal_code IS NOT NULL ORDER BY random() LIMIT 500`)));
    const rows = Array.from({ length: opts.leads }, (_, i) => ({ id: randomUUID(), ...places[i % places.length] }));
    const insert = (scope: Parameters<Parameters<typeof a.scopes.runSystem>[1]>[0], batch: typeof rows) => scope.execute(
      `INSERT INTO lead (id, reference, partner_id, status, source, contact_name, email, postal_code, country, message, consent_text, consent_given_at)
       SELECT r.id, 'B-' || r.id, NULL, 'UNASSIGNED', 'CHANNEL', 'Bench dispatch', 'buyer@bench.example', r.postal, r.country, '', 'bench', now()
         FROM unnest($1::uuid[], $2::text[], $3::text[]) AS r(id, postal, country)`,
      [batch.map((r) => r.id), batch.map((r) => r.postal), batch.map((r) => r.country)]);
    // Tiers give partners a time to accept, as real ones do: each dispatch then sets its lead's two SLA timers.
    untimed = await a.scopes.runSystem('bench tiers', (s) => s.query<{ id: string }>(
      `UPDATE tier SET lead_accept_hours = 48 WHERE lead_accept_hours IS NULL RETURNING id`));
    const t0 = performance.now();
    for (let i = 0; i < rows.length; i += BATCH) await a.scopes.runSystem('bench insert', (scope) => insert(scope, rows.slice(i, i + BATCH)));
    const insertMs = performance.now() - t0;
    let dispatched = 0;
    const t1 = performance.now();
    for (let i = 0; i < rows.length; i += BATCH) {
      const ids = rows.slice(i, i + BATCH).map((r) => r.id);
      dispatched += (await a.scopes.runSystem('bench dispatch', (scope) => a.services.leadLifecycle.autoDispatch(scope, ids))).dispatched.length;
    }
    const dispatchMs = performance.now() - t1;
    const insertRate = (rows.length / insertMs) * 1000;
    const dispatchRate = (rows.length / dispatchMs) * 1000;
    console.log(`dispatch: ${rows.length} leads; plain inserts ${insertRate.toFixed(0)} leads/s; automatic dispatch ${dispatchRate.toFixed(0)} leads/s ` +
      `(${dispatched} dispatched, the rest had no candidate); ratio ${(dispatchRate / insertRate).toFixed(3)}x`);

    // Events: instance A takes the mutation, a subscriber on instance B hears it.
    const [apiA, apiB] = [await listen(a), await listen(b)];
    const signIn = await fetch(`http://127.0.0.1:${apiA.port}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation($i: SignInInput!) { signIn(input: $i) { user { id } } }', variables: { i: { email: CHANNEL_MANAGER_EMAIL, password: BENCH_PASSWORD } } }),
    });
    const cookie = signIn.headers.get('set-cookie')!.split(';')[0];
    const arrived = new Map<string, number>();
    const origin = `http://127.0.0.1:${apiB.port}`;
    class CookieSocket extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers: { cookie, origin } });
      }
    }
    const client = createClient({ url: `ws://127.0.0.1:${apiB.port}/graphql`, webSocketImpl: CookieSocket, lazy: false, retryAttempts: 0 });
    client.subscribe({ query: 'subscription { leadChanged { leadId action } }' }, {
      next: (v) => {
        const change = (v.data as { leadChanged: { leadId: string; action: string } }).leadChanged;
        if (change.action === 'DISPATCHED') arrived.set(change.leadId, performance.now());
      },
      error: (e) => console.error('subscription failed', e), complete: () => undefined,
    });
    await new Promise((r) => setTimeout(r, 500));
    const partner = (await a.scopes.runSystem('bench partner', (s) => s.query<{ id: string }>(`SELECT id FROM partner WHERE status = 'ACTIVE' LIMIT 1`)))[0].id;
    const latencies: number[] = [];
    const responses: number[] = [];
    for (let i = 0; i < opts.events; i++) {
      const id = randomUUID();
      await a.scopes.runSystem('bench event lead', (scope) => insert(scope, [{ id, country: 'PL', postal: '00-001' }]));
      const sent = performance.now();
      const res = await fetch(`http://127.0.0.1:${apiA.port}/graphql`, {
        method: 'POST', headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ query: 'mutation($i: DispatchLeadInput!) { dispatchLead(input: $i) { lead { id } } }', variables: { i: { leadId: id, partnerId: partner } } }),
      });
      await res.json();
      responses.push(performance.now() - sent);
      const deadline = performance.now() + 5000;
      while (!arrived.has(id) && performance.now() < deadline) await new Promise((r) => setTimeout(r, 1));
      if (arrived.has(id)) latencies.push(arrived.get(id)! - sent);
    }
    latencies.sort((x, y) => x - y);
    responses.sort((x, y) => x - y);
    console.log(`events: ${latencies.length}/${opts.events} delivered from A to B; mutation sent -> event on B: p50 ${quantile(latencies, 0.5).toFixed(1)} ms, ` +
      `p99 ${quantile(latencies, 0.99).toFixed(1)} ms (the mutation's own answer: p50 ${quantile(responses, 0.5).toFixed(1)} ms, p99 ${quantile(responses, 0.99).toFixed(1)} ms)`);
    await client.dispose();
    for (const api of [apiA, apiB]) {
      await new Promise<void>((resolve) => api.server.close(() => resolve()));
      api.server.closeAllConnections();
    }
  } finally {
    // The bench's leads, their timers and the tiers' times go again: the data stays as run.ts made it.
    // (As the database's owner: the job queue's tables are not the API's to touch.)
    const owner = new Client({ connectionString: url });
    await owner.connect();
    try {
      await owner.query(`DELETE FROM graphile_worker._private_jobs WHERE key LIKE 'lead-sla%' AND payload->>'leadId' IN (SELECT id::text FROM lead WHERE contact_name = 'Bench dispatch')`);
      await owner.query(`DELETE FROM lead WHERE contact_name = 'Bench dispatch'`);
      await owner.query(`DELETE FROM graphile_worker._private_jobs j USING graphile_worker._private_tasks t
                          WHERE t.id = j.task_id AND t.identifier = 'notification_mail'
                            AND NOT EXISTS (SELECT 1 FROM notification n WHERE n.id::text = j.payload->>'notificationId')`);
      await owner.query(`UPDATE tier SET lead_accept_hours = NULL WHERE id = ANY($1::uuid[])`, [untimed.map((t) => t.id)]);
    } catch (err) {
      console.error('cleanup failed', err);
    } finally {
      await owner.end();
    }
    await b.stop();
    await a.stop();
    await closePools(bPools);
    await database.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
