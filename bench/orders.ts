// Two years of orders at scale for the orders scenarios (f1, f2): about 2 million orders with 5 million
// lines across every partner of the bench database, sell-out (70%, with a customer) and sell-in, most of
// them delivered, invoiced and paid, the last two weeks' still under way. Set-based SQL, like generate.ts,
// deterministic (order ids are derived from their number), and kept under its own marker so that a bench
// database generated before orders existed gains them once.
import { Client } from 'pg';
import { bulkLoad, KPI_BUILT_KEY, setKpiTriggers, type GenerationStep } from './generate';

const META_KEY = 'bench-orders';

export interface OrderScale {
  /** Order lines in all (orders have 1 to 4 lines, 2.5 on average). */
  lines: number;
}

export async function generateOrders(url: string, scale: OrderScale, log: (line: string) => void): Promise<GenerationStep[] | null> {
  const client = new Client({ connectionString: url, options: '-c trellis.all_partners=on' });
  await client.connect();
  try {
    const [meta] = (await client.query(`SELECT value FROM trellis_meta WHERE key = $1`, [META_KEY])).rows;
    if (meta?.value?.lines === scale.lines) return null;
    if (meta) throw new Error(`the bench database holds ${meta.value.lines} order lines, not ${scale.lines}; use a fresh --data-dir`);
    const orders = Math.round(scale.lines / 2.5);
    const steps: GenerationStep[] = [];
    const timedWork = async (label: string, work: () => Promise<number | null>) => {
      const t0 = performance.now();
      const rows = await work();
      const ms = performance.now() - t0;
      steps.push({ label, rows, ms });
      log(`  ${label.padEnd(24)} ${String(rows ?? '').padStart(9)} rows  ${ms.toFixed(0).padStart(6)} ms`);
    };
    const timed = (label: string, sql: string, params: unknown[] = []) => timedWork(label, async () => (await client.query(sql, params)).rowCount);
    // Large tables load as a restore does (generate.ts): indexes built once afterwards, rows in index order.
    const bulk = (table: string, label: string, sql: string, params: unknown[]) =>
      bulkLoad(client, table, async () => (await client.query(sql, params)).rowCount, timedWork, label);
    await client.query('BEGIN');
    await client.query(`SET LOCAL work_mem = '256MB'; SET LOCAL maintenance_work_mem = '512MB'`);
    // The KPI triggers off for the load (they would mark millions of cells), on again before the commit;
    // the rollups no longer hold what the tables hold, so they are built again (channel.ts, ensureRollups).
    const kpiTables = ['sales_order', 'sales_order_line'];
    await setKpiTriggers(client, kpiTables, false);
    await timed('order partners', `CREATE TEMP TABLE bench_op ON COMMIT DROP AS
      SELECT row_number() OVER (ORDER BY id)::int AS i, id FROM partner`);
    await timed('order products', `CREATE TEMP TABLE bench_pr ON COMMIT DROP AS
      SELECT row_number() OVER (ORDER BY id)::int AS i, id, list_price FROM product WHERE active`);
    const [{ partners, products }] = (await client.query(`SELECT (SELECT count(*) FROM bench_op)::int AS partners, (SELECT count(*) FROM bench_pr)::int AS products`)).rows;
    // Lines first, so that each order's totals are their sum: 1 to 4 distinct products per order.
    await timed('order line plan', `CREATE TEMP TABLE bench_ol ON COMMIT DROP AS
      SELECT n, k AS line_no, pr.id AS product_id, 1 + (n + k) % 5 AS quantity, pr.list_price AS unit
        FROM generate_series(1, $1::int) n CROSS JOIN LATERAL generate_series(1, 1 + n % 4) k
        JOIN bench_pr pr ON pr.i = 1 + ((n::bigint * 31 + k * 7717) % $2)`, [orders, products]);
    // Time runs with the number: order 1 two years ago, the last one now. Older than two weeks: delivered
    // (every twentieth cancelled), invoiced and paid; the last two weeks spread over the open statuses.
    await bulk('sales_order', 'orders', `
      INSERT INTO sales_order (id, number, kind, partner_id, status, currency, net_minor, vat_minor, gross_minor, vat_percent,
                               customer_name, customer_email, idempotency_key, payload_hash, created_at, status_changed_at,
                               submitted_at, confirmed_at, fulfilment_started_at, shipped_at, delivered_at, cancelled_at, cancellation_reason,
                               carrier, tracking_reference, invoice_number, invoiced_at, due_at, paid_at)
      SELECT md5('bench-order-' || t.n)::uuid, 'B-' || lpad(t.n::text, 8, '0'), t.kind, op.id, t.status, 'EUR', t.net, t.vat, t.net + t.vat, t.vat_percent,
             CASE WHEN t.kind = 'SELL_OUT' THEN 'Customer ' || t.n END, CASE WHEN t.kind = 'SELL_OUT' THEN 'customer' || t.n || '@example.com' END,
             'bench-order-' || t.n, 'bench', t.at, t.at + interval '1 hour' * t.step,
             t.at, CASE WHEN t.step >= 2 THEN t.at + interval '2 hours' END, CASE WHEN t.step >= 3 THEN t.at + interval '1 day' END,
             CASE WHEN t.step >= 4 THEN t.at + interval '2 days' END, CASE WHEN t.step >= 5 THEN t.at + interval '4 days' END,
             CASE WHEN t.status = 'CANCELLED' THEN t.at + interval '3 hours' END, CASE WHEN t.status = 'CANCELLED' THEN 'Customer withdrew' END,
             CASE WHEN t.step >= 4 THEN 'DHL' END, CASE WHEN t.step >= 4 THEN 'JD' || t.n END,
             CASE WHEN t.step >= 5 THEN 'INV-' || t.n END, CASE WHEN t.step >= 5 THEN t.at + interval '4 days' END,
             CASE WHEN t.step >= 5 THEN t.at + interval '34 days' END, CASE WHEN t.step >= 5 AND t.age > 40 THEN t.at + interval '1 day' * (20 + t.n % 30) END
        FROM (SELECT l.n, sum(l.quantity * l.unit)::bigint AS net, (sum(l.quantity * l.unit) * 23 / 100)::bigint AS vat, 23 AS vat_percent,
                     CASE WHEN l.n % 10 < 7 THEN 'SELL_OUT' ELSE 'SELL_IN' END AS kind,
                     now() - interval '730 days' * (1 - l.n::float8 / $1) AS at, 730 * (1 - l.n::float8 / $1) AS age,
                     CASE WHEN 730 * (1 - l.n::float8 / $1) > 14 THEN CASE WHEN l.n % 20 = 0 THEN 'CANCELLED' ELSE 'DELIVERED' END
                          ELSE (ARRAY['SUBMITTED', 'CONFIRMED', 'IN_FULFILMENT', 'SHIPPED', 'DELIVERED'])[1 + l.n % 5] END AS status,
                     CASE WHEN 730 * (1 - l.n::float8 / $1) > 14 THEN CASE WHEN l.n % 20 = 0 THEN 1 ELSE 5 END ELSE 1 + l.n % 5 END AS step
                FROM bench_ol l GROUP BY l.n) t
        JOIN bench_op op ON op.i = 1 + (t.n::bigint * 7919) % $2
       ORDER BY 1`, [orders, partners]);
    await bulk('sales_order_line', 'order lines', `
      INSERT INTO sales_order_line (order_id, partner_id, line_no, product_id, quantity, unit_price_minor, line_net_minor)
      SELECT md5('bench-order-' || l.n)::uuid, op.id, l.line_no, l.product_id, l.quantity, l.unit, l.quantity * l.unit
        FROM bench_ol l JOIN bench_op op ON op.i = 1 + (l.n::bigint * 7919) % $1
       ORDER BY 1, 3`, [partners]);
    await bulk('sales_order_event', 'order events', `
      INSERT INTO sales_order_event (order_id, partner_id, action, from_status, to_status, at)
      SELECT id, partner_id, 'CREATED', NULL, 'SUBMITTED', created_at FROM sales_order WHERE number LIKE 'B-%' ORDER BY id`, []);
    await setKpiTriggers(client, kpiTables, true);
    await client.query(`INSERT INTO trellis_meta (key, value) VALUES ($1, $2)`, [META_KEY, JSON.stringify(scale)]);
    await client.query(`DELETE FROM trellis_meta WHERE key = $1`, [KPI_BUILT_KEY]);
    await client.query('COMMIT');
    const t0 = performance.now();
    await client.query(`VACUUM (ANALYZE) sales_order, sales_order_line, sales_order_event`);
    steps.push({ label: 'vacuum analyze orders', rows: null, ms: performance.now() - t0 });
    return steps;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    await client.end();
  }
}
