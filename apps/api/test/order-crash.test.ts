import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { startTestApp, TestApp, Credentials } from './harness';
import { fixtures } from './fixtures';
import { captured, freePort, Started, until } from './processes';
import { Role } from '../src/access/role';

/* The orders issue's fault test: the API killed (SIGKILL) in the middle of a stream of order submissions. */

const apiDir = path.resolve(__dirname, '..');
const CREATE = `mutation($input: CreateOrderInput!) { createOrder(input: $input) { order { id number status } } }`;

/** The real entry point on this test's database, as a process of its own that can be killed. */
function startApi(databaseUrl: string, port: number): Started {
  return captured(spawn(process.execPath, ['-r', '@swc-node/register', 'src/main.ts'], {
    cwd: apiDir,
    env: { ...process.env, LOG_LEVEL: 'warn', NODE_ENV: 'production', DATABASE_URL: databaseUrl, PORT: String(port), WORKERS: '0', SEED_DEMO: 'false' },
  }));
}

describe('order submissions across a crash', () => {
  let app: TestApp;
  afterAll(() => app.close());

  it('finds each order exactly once after the API is killed mid-stream and every unacknowledged submit is retried', async () => {
    app = await startTestApp();
    const f = fixtures(app);
    const partner = await f.givenPartner();
    const manager = await f.givenUser(Role.PARTNER_MANAGER, partner.id);
    const products = [await f.givenProduct(), await f.givenProduct()];
    for (const product of products) await f.givenOffer(partner.id, product.id, { stock: 100_000 });
    const as: Credentials = await app.signIn(manager.email);

    const submits = Array.from({ length: 80 }, (_, i) => ({
      kind: 'SELL_OUT', partnerId: partner.id, submit: true, idempotencyKey: randomUUID(),
      lines: [{ productId: products[i % 2].id, quantity: 1 + (i % 3) }], customer: { name: `Customer ${i}`, email: `customer${i}@example.com` },
    }));
    /** What each submit was answered, once it was: the order's id. */
    const acknowledged = new Map<string, string>();
    const submit = async (port: number, input: (typeof submits)[number]) => {
      const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST', headers: { 'content-type': 'application/json', cookie: as.cookie! }, body: JSON.stringify({ query: CREATE, variables: { input } }),
      });
      const body = (await res.json()) as { data?: { createOrder: { order: { id: string; status: string } } }; errors?: unknown[] };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      expect(body.data!.createOrder.order.status).toBe('SUBMITTED');
      return body.data!.createOrder.order.id;
    };

    const port = await freePort();
    const first = startApi(app.databaseUrl, port);
    await until(first, 'Trellis is running at');
    // Four clients submit in turn; the process is killed once 30 submits are acknowledged, others in flight.
    let next = 0;
    let killed = false;
    const client = async () => {
      while (next < submits.length && !killed) {
        const input = submits[next++];
        try {
          acknowledged.set(input.idempotencyKey, await submit(port, input));
        } catch {
          return; // the connection died with the process: this submit is unacknowledged
        }
        if (acknowledged.size >= 30 && !killed) {
          killed = true;
          first.child.kill('SIGKILL');
        }
      }
    };
    await Promise.all([client(), client(), client(), client()]);
    await first.exited;
    const unacknowledged = submits.filter((s) => !acknowledged.has(s.idempotencyKey));
    expect(acknowledged.size).toBeGreaterThanOrEqual(30);
    expect(unacknowledged.length).toBeGreaterThan(0);

    // Submits the process had placed without answering them: their retries must find them, not place them again.
    const [{ placed }] = await app.dataSource.query(`SELECT count(*)::int AS placed FROM sales_order WHERE partner_id = $1`, [partner.id]);
    expect(placed).toBeGreaterThanOrEqual(acknowledged.size);
    console.log(`order-crash: ${acknowledged.size} acknowledged before the kill, ${placed - acknowledged.size} placed but unanswered, ${submits.length - placed} never placed`);

    const second = startApi(app.databaseUrl, port);
    try {
      await until(second, 'Trellis is running at');
      // Every unacknowledged submit again (some were placed before the kill, some not), and the acknowledged ones too.
      for (const input of unacknowledged) acknowledged.set(input.idempotencyKey, await submit(port, input));
      const replayed = new Map<string, string>();
      for (const input of submits.slice(0, 30)) replayed.set(input.idempotencyKey, await submit(port, input));
      expect([...replayed].every(([key, id]) => acknowledged.get(key) === id)).toBe(true);
    } finally {
      second.child.kill('SIGTERM');
      await second.exited;
    }

    const stored = await app.dataSource.query(
      `SELECT idempotency_key AS key, id, (SELECT count(*)::int FROM sales_order_event e WHERE e.order_id = o.id) AS events
         FROM sales_order o WHERE partner_id = $1 ORDER BY idempotency_key`, [partner.id]) as { key: string; id: string; events: number }[];
    expect(stored.map((o) => o.key)).toEqual(submits.map((s) => s.idempotencyKey).sort());
    expect(stored.every((o) => acknowledged.get(o.key) === o.id)).toBe(true);
    // Each placed once: one timeline row for its placement, however many times it was sent.
    expect(new Set(stored.map((o) => o.events))).toEqual(new Set([1]));
  }, 120_000);
});
