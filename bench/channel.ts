// Channel performance at scale (scenario h): what channel metrics read besides the orders (orders.ts):
// leads with their history, service cases, stock counts and monthly quotas, generated set-based like the
// rest and loaded with the KPI triggers off (they would mark millions of cells); then the rollups are built
// once through the API's own command (`pnpm --filter @trellis/api cli rebuild-kpis`), marked built in
// trellis_meta so that a start of the API does not build them again. h1 measures the channel manager's
// dashboard (channelMetrics from the rollups) against the same numbers computed from the raw tables; h2
// times bringing the rollups up to date after 10,000 new order lines.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { Client, Pool } from 'pg';
import { bulkLoad, KPI_BUILT_KEY, setKpiTriggers, type GenerationStep } from './generate';
import { graphql, type Scenario, type Sessions } from './scenarios';
import type { RequestSpec } from './load';
import type { TimingResult } from './report';
import { addSums, figuresOf, parsePeriod, zeroSums, type Sums } from '../apps/api/src/modules/analytics/metrics.service';
import { MetricPeriodKind } from '../apps/api/src/modules/analytics/metrics.types';
import { addMonths, monthOf } from '../apps/api/src/domain/kpi';

const META_KEY = 'bench-channel';
const BUILT_KEY = KPI_BUILT_KEY;

export interface ChannelScale {
  /** Leads over the two years (service cases: a tenth of that). */
  leads: number;
}

/** Loads leads, lead history, service cases, stock counts and quotas once per database; null when already there. */
export async function generateChannel(url: string, scale: ChannelScale, log: (line: string) => void): Promise<GenerationStep[] | null> {
  const client = new Client({ connectionString: url, options: '-c trellis.all_partners=on' });
  await client.connect();
  try {
    const [meta] = (await client.query(`SELECT value FROM trellis_meta WHERE key = $1`, [META_KEY])).rows;
    if (meta?.value?.leads === scale.leads) return null;
    if (meta) throw new Error(`the bench database holds ${meta.value.leads} leads, not ${scale.leads}; use a fresh --data-dir`);
    const steps: GenerationStep[] = [];
    const timedWork = async (label: string, work: () => Promise<number | null>) => {
      const t0 = performance.now();
      const rows = await work();
      const ms = performance.now() - t0;
      steps.push({ label, rows, ms });
      log(`  ${label.padEnd(24)} ${String(rows ?? '').padStart(9)} rows  ${ms.toFixed(0).padStart(6)} ms`);
    };
    const timed = (label: string, sql: string, params: unknown[] = []) => timedWork(label, async () => (await client.query(sql, params)).rowCount);
    const bulk = (table: string, label: string, sql: string, params: unknown[]) =>
      bulkLoad(client, table, async () => (await client.query(sql, params)).rowCount, timedWork, label);
    const tables = ['lead', 'lead_event', 'service_case', 'inventory_snapshot'];
    await client.query('BEGIN');
    await client.query(`SET LOCAL work_mem = '256MB'; SET LOCAL maintenance_work_mem = '512MB'`);
    await client.query(`SELECT setseed(0.1313)`);
    // Off for the load only (the transaction's own ALTERs: a failure leaves them on); the rollups are rebuilt after.
    await setKpiTriggers(client, tables, false);
    await timed('channel partners', `CREATE TEMP TABLE bench_cp ON COMMIT DROP AS
      SELECT row_number() OVER (ORDER BY p.id)::int AS i, p.id, coalesce(t.rank, 0) AS rank FROM partner p LEFT JOIN tier t ON t.id = p.tier_id
       WHERE p.status = 'ACTIVE'`);
    await timed('channel products', `CREATE TEMP TABLE bench_cpr ON COMMIT DROP AS
      SELECT row_number() OVER (ORDER BY id)::int AS i, id FROM product WHERE active`);
    const [{ partners, products }] = (await client.query(`SELECT (SELECT count(*) FROM bench_cp)::int AS partners, (SELECT count(*) FROM bench_cpr)::int AS products`)).rows;
    if (!partners || !products) throw new Error('no active partner or product to give leads, cases and stock counts to');

    // Each lead's story, drawn once: time runs with the number (lead 1 two years ago, the last one now).
    // 30% filed in a partner's showroom (NEW there), 70% by the brand and dispatched. At the partner: 70%
    // accepted (10 minutes to 2 days), 15% declined (1-24 hours), 15% left to expire (48 hours); a declined
    // or expired lead goes back to dispatch (UNASSIGNED). Of the accepted: 35% won (with a value), 40% lost,
    // 5% disqualified, 3 to 60 days later; the rest still open. A step whose time is still to come has not happened.
    await timed('lead plan', `CREATE TEMP TABLE bench_lp ON COMMIT DROP AS
      SELECT x.n, cp.id AS partner_id, x.at, x.showroom, a.arrived, d.decision, dd.decided, o.outcome, o.closed,
             CASE WHEN o.outcome = 'CONVERTED' THEN (20000 + floor(power(x.rv, 2) * 2000000))::bigint END AS value
        FROM (SELECT n, now() - interval '730 days' * (1 - n::float8 / $1) - interval '1 second' * floor(random() * 3600) AS at,
                     random() < 0.3 AS showroom, random() AS r1, random() AS r2, random() AS rd, random() AS rc, random() AS rv, random() AS rs
                FROM generate_series(1, $1::int) n) x
        JOIN bench_cp cp ON cp.i = 1 + (x.n::bigint * 7919) % $2
        CROSS JOIN LATERAL (SELECT CASE WHEN x.showroom THEN x.at ELSE x.at + interval '1 minute' * (1 + floor(x.rs * 30)) END AS arrived) a
        CROSS JOIN LATERAL (SELECT CASE WHEN r1 < 0.70 THEN 'ACCEPTED' WHEN r1 < 0.85 THEN 'DECLINED' ELSE 'EXPIRED' END AS decision) d
        CROSS JOIN LATERAL (SELECT arrived + CASE decision WHEN 'ACCEPTED' THEN interval '1 second' * (600 + floor(power(rd, 2) * 172200))
                                                          WHEN 'DECLINED' THEN interval '1 second' * (3600 + floor(rd * 82800))
                                                          ELSE interval '48 hours' END AS decided) dd
        CROSS JOIN LATERAL (SELECT CASE WHEN decision <> 'ACCEPTED' THEN NULL WHEN r2 < 0.35 THEN 'CONVERTED' WHEN r2 < 0.75 THEN 'LOST'
                                        WHEN r2 < 0.80 THEN 'DISQUALIFIED' END AS outcome,
                                   decided + interval '1 day' * (3 + rc * 57) AS closed) o`, [scale.leads, partners]);
    await bulk('lead', 'leads', `
      INSERT INTO lead (id, partner_id, status, source, contact_name, company, email, phone, postal_code, country, message, consent_text,
                        consent_given_at, created_at, reference, status_changed_at, converted_value_minor, converted_currency)
      SELECT md5('bench-lead-' || n)::uuid, CASE WHEN s.status = 'UNASSIGNED' THEN NULL ELSE partner_id END, s.status,
             CASE WHEN showroom THEN 'SHOWROOM' ELSE 'CHANNEL' END, 'Contact ' || n, 'Company ' || (n % 50000), 'lead' || n || '@example.com',
             '+4812' || lpad((n % 10000000)::text, 7, '0'), lpad((n % 100)::text, 2, '0') || '-' || lpad((n % 1000)::text, 3, '0'), 'PL',
             'Interested in tools for the workshop', 'I agree to be contacted', bench_lp.at, bench_lp.at, 'L-B' || lpad(n::text, 8, '0'), s.changed,
             CASE WHEN s.status = 'CONVERTED' THEN value END, CASE WHEN s.status = 'CONVERTED' THEN 'EUR' END
        FROM bench_lp
        CROSS JOIN LATERAL (SELECT
            CASE WHEN NOT showroom AND arrived > now() THEN 'UNASSIGNED' WHEN decided > now() THEN CASE WHEN showroom THEN 'NEW' ELSE 'DISPATCHED' END
                 WHEN decision <> 'ACCEPTED' THEN 'UNASSIGNED' WHEN outcome IS NULL OR closed > now() THEN 'ACCEPTED' ELSE outcome END AS status,
            CASE WHEN arrived > now() THEN bench_lp.at WHEN decided > now() THEN arrived
                 WHEN decision <> 'ACCEPTED' OR outcome IS NULL OR closed > now() THEN decided ELSE closed END AS changed) s
       ORDER BY 1`, []);
    // The history in order (ids grow with each lead's moves, as the API writes them): filed, dispatched,
    // the partner's decision, the outcome; each move names the partner it concerns.
    await bulk('lead_event', 'lead events', `
      INSERT INTO lead_event (lead_id, partner_id, action, from_status, to_status, reason, at)
      SELECT md5('bench-lead-' || l.n)::uuid, e.partner_id, e.action, e.from_status, e.to_status, e.reason, e.at
        FROM bench_lp l
        CROSS JOIN LATERAL (VALUES
          (1, CASE WHEN l.showroom THEN l.partner_id END, 'FILED', NULL, CASE WHEN l.showroom THEN 'NEW' ELSE 'UNASSIGNED' END, NULL, l.at),
          (2, CASE WHEN NOT l.showroom THEN l.partner_id END, CASE WHEN NOT l.showroom THEN 'DISPATCHED' END, 'UNASSIGNED', 'DISPATCHED', NULL, l.arrived),
          (3, l.partner_id, l.decision, CASE WHEN l.showroom THEN 'NEW' ELSE 'DISPATCHED' END,
              CASE WHEN l.decision = 'ACCEPTED' THEN 'ACCEPTED' ELSE 'UNASSIGNED' END,
              CASE l.decision WHEN 'DECLINED' THEN 'No capacity this month' WHEN 'EXPIRED' THEN 'No answer within the SLA' END, l.decided),
          (4, l.partner_id, l.outcome, 'ACCEPTED', l.outcome, CASE l.outcome WHEN 'LOST' THEN 'Chose a competitor' WHEN 'DISQUALIFIED' THEN 'No budget' END, l.closed)
        ) e(step, partner_id, action, from_status, to_status, reason, at)
       WHERE e.action IS NOT NULL AND e.at <= now()
       ORDER BY l.n, e.step`, []);

    // Service cases: a tenth as many as leads, opened over the two years. 92% answered (30 minutes to a day),
    // 80% resolved (2 hours to 14 days), 70% of those closed 1-7 days later, 75% of them with a rating (mostly 4-5).
    await bulk('service_case', 'service cases', `
      INSERT INTO service_case (id, number, partner_id, product_id, serial_number, customer_name, customer_email, description, severity, status,
                                satisfaction, opened_at, status_changed_at, first_response_at, resolved_at, closed_at)
      SELECT md5('bench-case-' || n)::uuid, 'S-B' || lpad(n::text, 8, '0'), cp.id, pr.id, 'SN' || n, 'Customer ' || n, 'case' || n || '@example.com',
             'The tool stops after a few minutes of work', (ARRAY['LOW', 'MEDIUM', 'MEDIUM', 'HIGH', 'CRITICAL'])[1 + n % 5],
             CASE WHEN t.closed IS NOT NULL THEN 'CLOSED' WHEN t.resolved IS NOT NULL THEN 'RESOLVED' WHEN t.responded IS NOT NULL THEN 'IN_PROGRESS' ELSE 'OPEN' END,
             CASE WHEN t.closed IS NOT NULL AND x.rr < 0.75 THEN (ARRAY[1, 2, 3, 3, 4, 4, 4, 5, 5, 5])[1 + floor(x.rs * 10)::int] END,
             x.opened, greatest(x.opened, t.responded, t.resolved, t.closed), t.responded, t.resolved, t.closed
        FROM (SELECT n, now() - interval '730 days' * (1 - n::float8 / $1) AS opened, random() AS ra, random() AS rb, random() AS rc,
                     random() AS rd, random() AS re, random() AS rf, random() AS rr, random() AS rs
                FROM generate_series(1, $1::int) n) x
        JOIN bench_cp cp ON cp.i = 1 + (x.n::bigint * 7907) % $2
        JOIN bench_cpr pr ON pr.i = 1 + (x.n::bigint * 31) % $3
        CROSS JOIN LATERAL (SELECT CASE WHEN x.ra < 0.92 THEN x.opened + interval '1 minute' * (30 + floor(x.rd * 1410)) END AS responded) r1
        CROSS JOIN LATERAL (SELECT CASE WHEN r1.responded IS NOT NULL AND x.rb < 0.87 THEN r1.responded + interval '1 minute' * (120 + floor(power(x.re, 2) * 20000)) END AS resolved) r2
        CROSS JOIN LATERAL (SELECT CASE WHEN r2.resolved IS NOT NULL AND x.rc < 0.7 THEN r2.resolved + interval '1 hour' * (24 + floor(x.rf * 144)) END AS closed) r3
        CROSS JOIN LATERAL (SELECT CASE WHEN r1.responded <= now() THEN r1.responded END AS responded,
                                   CASE WHEN r2.resolved <= now() THEN r2.resolved END AS resolved,
                                   CASE WHEN r3.closed <= now() THEN r3.closed END AS closed) t0
        CROSS JOIN LATERAL (SELECT t0.responded, CASE WHEN t0.responded IS NOT NULL THEN t0.resolved END AS resolved,
                                   CASE WHEN t0.responded IS NOT NULL AND t0.resolved IS NOT NULL THEN t0.closed END AS closed) t
       ORDER BY 1`, [Math.max(1, Math.round(scale.leads / 10)), partners, products]);

    // Stock counts: each active partner counts 12 products of its own, 4 of them each month (rotating) on a
    // day of the month, for two years up to today.
    await bulk('inventory_snapshot', 'stock counts', `
      INSERT INTO inventory_snapshot (partner_id, product_id, counted_on, on_hand, reported_at)
      SELECT cp.id, pr.id, d.day, (cp.i * 13 + k * 7 + m * 3) % 60 * CASE WHEN (cp.i + k + m) % 9 = 0 THEN 0 ELSE 1 END, d.day
        FROM bench_cp cp
        CROSS JOIN generate_series(0, 24) m
        CROSS JOIN LATERAL generate_series(1 + (m % 3) * 4, 4 + (m % 3) * 4) k
        CROSS JOIN LATERAL (SELECT (date_trunc('month', now() AT TIME ZONE 'UTC') - interval '1 month' * m)::date + (cp.i + k) % 27 AS day) d
        JOIN bench_cpr pr ON pr.i = 1 + (cp.i::bigint * 97 + k * 389) % $1
       WHERE d.day <= (now() AT TIME ZONE 'UTC')::date
       ORDER BY 1, 2, 3`, [products]);

    // Monthly sell-in quotas of active partners with a tier, for the two years and this month (EUR).
    await timed('quotas', `
      INSERT INTO partner_quota (partner_id, period_kind, period_start, amount_minor, currency)
      SELECT cp.id, 'MONTH', (date_trunc('month', now() AT TIME ZONE 'UTC') - interval '1 month' * m)::date,
             (200000 + cp.rank * 150000 + (cp.i * 37 + m * 11) % 100000)::bigint, 'EUR'
        FROM bench_cp cp CROSS JOIN generate_series(0, 24) m
       WHERE cp.rank > 0`);
    await setKpiTriggers(client, tables, true);
    await client.query(`INSERT INTO trellis_meta (key, value) VALUES ($1, $2)`, [META_KEY, JSON.stringify(scale)]);
    // The rollups no longer hold what the tables hold: built again (ensureRollups).
    await client.query(`DELETE FROM trellis_meta WHERE key = $1`, [BUILT_KEY]);
    await client.query('COMMIT');
    const t0 = performance.now();
    await client.query(`VACUUM (ANALYZE) lead, lead_event, service_case, inventory_snapshot, partner_quota`);
    steps.push({ label: 'vacuum analyze channel', rows: null, ms: performance.now() - t0 });
    return steps;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    await client.end();
  }
}

export interface RebuildResult {
  /** The command's own figure: cells (partner-months) rebuilt and its seconds, as it printed them. */
  output: string;
  /** Wall time of the command, its start (compiling the API's TypeScript, migrations check) included. */
  ms: number;
}

/**
 * Builds the rollups when they are not (never built, or data loaded since): the API's own command,
 * `pnpm --filter @trellis/api cli rebuild-kpis` (the same script: node -r @swc-node/register src/cli.ts),
 * with DATABASE_URL pointing at the bench database; then marks them built as the API's first start would.
 */
export async function ensureRollups(url: string, log: (line: string) => void): Promise<RebuildResult | null> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const [built] = (await client.query(`SELECT 1 FROM trellis_meta WHERE key = $1`, [BUILT_KEY])).rows;
    if (built) return null;
    log('kpi rollups: rebuilding through the API\'s cli (rebuild-kpis)');
    const t0 = performance.now();
    const output = await new Promise<string>((resolve, reject) => {
      const child = spawn(process.execPath, ['-r', '@swc-node/register', 'src/cli.ts', 'rebuild-kpis'], {
        cwd: path.join(__dirname, '..', 'apps', 'api'),
        env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: 'warn', NODE_ENV: process.env.NODE_ENV ?? 'production' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      child.stdout.on('data', (c: Buffer) => { out += c.toString(); });
      child.stderr.on('data', (c: Buffer) => { out += c.toString(); });
      child.on('error', reject);
      child.on('exit', (code) => (code === 0 ? resolve(out.trim()) : reject(new Error(`rebuild-kpis exited with ${code}: ${out.slice(-2000)}`))));
    });
    const ms = performance.now() - t0;
    log(`  ${output} (${(ms / 1000).toFixed(1)} s with the command's start)`);
    await client.query(`INSERT INTO trellis_meta (key, value) VALUES ($1, to_jsonb(now())) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`, [BUILT_KEY]);
    await client.query(`VACUUM (ANALYZE) kpi_partner_month, kpi_partner_money, kpi_dirty, kpi_order_fact, kpi_sell_in_price, kpi_order_dirty`);
    return { output, ms };
  } finally {
    await client.end();
  }
}

// ---- h1: the channel manager's dashboard -----------------------------------------------------------------

const MONEY = '{ amount currency amountMinor }';
const DASHBOARD = `query ChannelDashboard($from: String!, $to: String!) {
  channel: channelMetrics(groupBy: CHANNEL, periodKind: MONTH, from: $from, to: $to) { ...row }
  tiers: channelMetrics(groupBy: TIER, periodKind: MONTH, from: $to, to: $to) { ...row tier { id name } }
}
fragment row on ChannelMetricRow {
  groupKey period periodStart partnerCount
  figures {
    sellIn ${MONEY} sellOut ${MONEY} quota ${MONEY} quotaCompletion distributionRate averageDeliveryDays daysOfInventory paymentPeriodDays
    grossMargin firstResponseHours resolutionHours satisfaction leadAcceptanceRate leadAcceptanceHours winRate mdfSpent ${MONEY} mdfReturn
    channelCostShare leadsReceived leadsWon serviceCasesOpened deliveries
  }
}`;

/** The window as the dashboard asks it: the 24 months before this one and this one (YYYY-MM). */
export function dashboardWindow(now = new Date()): { from: string; to: string } {
  const to = monthOf(now);
  return { from: addMonths(to, -24).slice(0, 7), to: to.slice(0, 7) };
}

// The raw side: the same sums straight from the source tables, one statement per figure group, each
// grouped by (tier, month) over the window ($1 first month, $2 last month, $3 currency); the channel is
// the sum over tiers, the tiers' row is the last month's. Definitions as the modules' figures.
const MONTH_OF = (column: string) => `to_char(date_trunc('month', ${column} AT TIME ZONE 'UTC'), 'YYYY-MM-DD')`;
const IN_WINDOW = (column: string) => `${column} >= ($1::date::timestamp AT TIME ZONE 'UTC') AND ${column} < (($2::date + interval '1 month') AT TIME ZONE 'UTC')`;
const COUNTS = (o: string) => `${o}.status NOT IN ('DRAFT', 'CANCELLED')`;
const GROUP = `coalesce(p.tier_id::text, '')`;

const RAW_STATEMENTS: Record<string, string> = {
  'order money': `
    SELECT ${GROUP} AS g, x.m, sum(x.sell_in)::bigint AS sell_in_minor, sum(x.sell_out)::bigint AS sell_out_minor,
           sum(x.costed)::bigint AS costed_sell_out_minor, sum(x.cost)::bigint AS sell_out_cost_minor
      FROM (
        SELECT o.partner_id, ${MONTH_OF('o.submitted_at')} AS m, CASE WHEN o.kind = 'SELL_IN' THEN o.net_minor ELSE 0 END AS sell_in,
               CASE WHEN o.kind = 'SELL_OUT' THEN o.net_minor ELSE 0 END AS sell_out, 0::bigint AS costed, 0::bigint AS cost
          FROM sales_order o WHERE ${IN_WINDOW('o.submitted_at')} AND o.currency = $3 AND ${COUNTS('o')}
        UNION ALL
        SELECT o.partner_id, ${MONTH_OF('o.submitted_at')}, 0, 0, l.line_net_minor, l.quantity * cost.unit_price_minor
          FROM sales_order o
          JOIN sales_order_line l ON l.order_id = o.id
          CROSS JOIN LATERAL (
            SELECT il.unit_price_minor FROM sales_order_line il JOIN sales_order io ON io.id = il.order_id
             WHERE il.partner_id = o.partner_id AND il.product_id = l.product_id AND io.kind = 'SELL_IN' AND ${COUNTS('io')}
               AND io.currency = o.currency AND io.submitted_at <= o.submitted_at
             ORDER BY io.submitted_at DESC, io.id DESC LIMIT 1) cost
         WHERE o.kind = 'SELL_OUT' AND ${IN_WINDOW('o.submitted_at')} AND o.currency = $3 AND ${COUNTS('o')}
      ) x JOIN partner p ON p.id = x.partner_id
     GROUP BY 1, 2`,
  'order counts': `
    SELECT ${GROUP} AS g, x.m, sum(x.units)::bigint AS sell_out_units, sum(x.deliveries)::bigint AS deliveries, sum(x.delivery_seconds)::bigint AS delivery_seconds,
           sum(x.payments)::bigint AS payments, sum(x.payment_seconds)::bigint AS payment_seconds
      FROM (
        SELECT o.partner_id, ${MONTH_OF('o.submitted_at')} AS m, l.quantity::bigint AS units, 0 AS deliveries, 0::numeric AS delivery_seconds, 0 AS payments, 0::numeric AS payment_seconds
          FROM sales_order o JOIN sales_order_line l ON l.order_id = o.id
         WHERE o.kind = 'SELL_OUT' AND ${IN_WINDOW('o.submitted_at')} AND ${COUNTS('o')}
        UNION ALL
        SELECT o.partner_id, ${MONTH_OF('o.delivered_at')}, 0, 1, round(extract(epoch FROM o.delivered_at - o.submitted_at)), 0, 0
          FROM sales_order o WHERE o.kind = 'SELL_OUT' AND ${IN_WINDOW('o.delivered_at')} AND o.submitted_at IS NOT NULL AND ${COUNTS('o')}
        UNION ALL
        SELECT o.partner_id, ${MONTH_OF('o.paid_at')}, 0, 0, 0, 1, round(extract(epoch FROM o.paid_at - o.invoiced_at))
          FROM sales_order o WHERE o.kind = 'SELL_IN' AND ${IN_WINDOW('o.paid_at')} AND ${COUNTS('o')}
      ) x JOIN partner p ON p.id = x.partner_id
     GROUP BY 1, 2`,
  leads: `
    SELECT ${GROUP} AS g, ${MONTH_OF('e.at')} AS m,
           count(*) FILTER (WHERE e.action = 'DISPATCHED' OR (e.action = 'FILED' AND e.to_status = 'NEW'))::bigint AS leads_dispatched,
           count(*) FILTER (WHERE e.action = 'ACCEPTED')::bigint AS leads_accepted,
           coalesce(sum(round(extract(epoch FROM e.at - arrived.at))) FILTER (WHERE e.action = 'ACCEPTED'), 0)::bigint AS accept_seconds,
           count(*) FILTER (WHERE e.action = 'DECLINED')::bigint AS leads_declined,
           count(*) FILTER (WHERE e.action = 'EXPIRED')::bigint AS leads_expired,
           count(*) FILTER (WHERE e.action = 'CONVERTED')::bigint AS leads_won,
           count(*) FILTER (WHERE e.action IN ('LOST', 'DISQUALIFIED'))::bigint AS leads_lost
      FROM lead_event e
      JOIN partner p ON p.id = e.partner_id
      LEFT JOIN LATERAL (
        SELECT a.at FROM lead_event a
         WHERE e.action = 'ACCEPTED' AND a.lead_id = e.lead_id AND a.partner_id = e.partner_id AND a.id < e.id
           AND (a.action = 'DISPATCHED' OR (a.action = 'FILED' AND a.to_status = 'NEW'))
         ORDER BY a.id DESC LIMIT 1) arrived ON true
     WHERE ${IN_WINDOW('e.at')}
     GROUP BY 1, 2`,
  service: `
    SELECT ${GROUP} AS g, x.m, sum(x.opened)::bigint AS cases_opened, sum(x.responses)::bigint AS first_responses,
           sum(x.response_seconds)::bigint AS first_response_seconds, sum(x.resolutions)::bigint AS resolutions,
           sum(x.resolution_seconds)::bigint AS resolution_seconds, sum(x.ratings)::bigint AS ratings, sum(x.rating_sum)::bigint AS rating_sum
      FROM (
        SELECT s.partner_id, ${MONTH_OF('s.opened_at')} AS m, 1 AS opened, (s.first_response_at IS NOT NULL)::int AS responses,
               coalesce(round(extract(epoch FROM s.first_response_at - s.opened_at)), 0) AS response_seconds, (s.resolved_at IS NOT NULL)::int AS resolutions,
               coalesce(round(extract(epoch FROM s.resolved_at - s.opened_at)), 0) AS resolution_seconds, 0 AS ratings, 0 AS rating_sum
          FROM service_case s WHERE ${IN_WINDOW('s.opened_at')}
        UNION ALL
        SELECT s.partner_id, ${MONTH_OF('s.closed_at')}, 0, 0, 0, 0, 0, (s.satisfaction IS NOT NULL)::int, coalesce(s.satisfaction, 0)
          FROM service_case s WHERE ${IN_WINDOW('s.closed_at')}
      ) x JOIN partner p ON p.id = x.partner_id
     GROUP BY 1, 2`,
  // Each partner's level at each month's end: every product's latest count on or before the month's last day.
  inventory: `
    SELECT ${GROUP} AS g, x.m, sum(x.stocked)::bigint AS stocked_products, sum(x.units)::bigint AS stock_units,
           count(*) FILTER (WHERE x.units > 0 OR x.stocked > 0)::bigint AS stock_cells
      FROM (
        SELECT s.partner_id, to_char(ms.m, 'YYYY-MM-DD') AS m, count(*) FILTER (WHERE s.on_hand > 0) AS stocked, coalesce(sum(s.on_hand), 0) AS units
          FROM generate_series($1::date, $2::date, interval '1 month') ms(m)
          CROSS JOIN LATERAL (
            SELECT DISTINCT ON (i.partner_id, i.product_id) i.partner_id, i.on_hand FROM inventory_snapshot i
             WHERE i.counted_on < (ms.m + interval '1 month')::date
             ORDER BY i.partner_id, i.product_id, i.counted_on DESC) s
         GROUP BY 1, 2
      ) x JOIN partner p ON p.id = x.partner_id
     GROUP BY 1, 2`,
  mdf: `
    SELECT ${GROUP} AS g, x.m, sum(x.paid)::bigint AS mdf_paid_minor, sum(x.revenue)::bigint AS mdf_revenue_minor
      FROM (
        SELECT cl.partner_id, ${MONTH_OF('cl.paid_at')} AS m, cl.approved_minor AS paid, 0::bigint AS revenue
          FROM mdf_claim cl JOIN mdf_request r ON r.id = cl.request_id JOIN mdf_fund f ON f.id = r.fund_id
         WHERE ${IN_WINDOW('cl.paid_at')} AND f.currency = $3
        UNION ALL
        SELECT l.partner_id, ${MONTH_OF('l.status_changed_at')}, 0, l.converted_value_minor
          FROM lead l
         WHERE l.mdf_request_id IS NOT NULL AND l.status = 'CONVERTED' AND l.converted_value_minor IS NOT NULL AND l.converted_currency = $3
           AND ${IN_WINDOW('l.status_changed_at')}
      ) x JOIN partner p ON p.id = x.partner_id
     GROUP BY 1, 2`,
  // A month's quota, and the sell-in of the partners that have one in that month.
  quotas: `
    WITH q AS (
      SELECT q.partner_id, q.period_start AS ps, sum(q.amount_minor) AS amount FROM partner_quota q
       WHERE q.currency = $3 AND q.period_kind = 'MONTH' AND q.period_start >= $1::date AND q.period_start <= $2::date
       GROUP BY 1, 2)
    SELECT ${GROUP} AS g, to_char(q.ps, 'YYYY-MM-DD') AS m, sum(q.amount)::bigint AS quota_minor,
           coalesce(sum((SELECT sum(o.net_minor) FROM sales_order o
                          WHERE o.partner_id = q.partner_id AND o.kind = 'SELL_IN' AND o.currency = $3 AND ${COUNTS('o')}
                            AND o.submitted_at >= (q.ps::timestamp AT TIME ZONE 'UTC') AND o.submitted_at < ((q.ps + interval '1 month') AT TIME ZONE 'UTC'))), 0)::bigint
             AS quota_sell_in_minor
      FROM q JOIN partner p ON p.id = q.partner_id
     GROUP BY 1, 2`,
};
/** The groups (tiers in the API's order: by their first partner's id), their active partners, tier names, and the active catalog. */
const RAW_GROUPS = `
  SELECT ${GROUP} AS g, count(*) FILTER (WHERE p.status = 'ACTIVE')::int AS active, min(p.id::text COLLATE "C") AS first,
         min(t.name) AS tier_name, (SELECT count(*)::int FROM product WHERE active) AS active_products
    FROM partner p LEFT JOIN tier t ON t.id = p.tier_id
   GROUP BY 1 ORDER BY 3`;

interface GroupRow { g: string; active: number; first: string; tier_name: string | null; active_products: number }

/** The raw side's answer, shaped as the API's: the figures' formulas are the API's own (figuresOf), the sums computed above. */
export async function rawDashboard(pool: Pool, from: string, to: string, currency = 'EUR'): Promise<string> {
  const first = `${from}-01`;
  const last = `${to}-01`;
  const params = [first, last, currency];
  // Each statement on its own connection of the pool, all at once (as the API's loaders could not).
  const [groups, ...figures] = await Promise.all([
    pool.query<GroupRow>(RAW_GROUPS),
    ...Object.values(RAW_STATEMENTS).map((sql) => pool.query(sql, sql.includes('$3') ? params : params.slice(0, 2))),
  ]);
  const sums = new Map<string, Sums>();
  for (const result of figures) {
    for (const row of result.rows as Record<string, unknown>[]) {
      const key = `${row.g as string}|${row.m as string}`;
      sums.set(key, addSums(sums.get(key) ?? zeroSums(), row as Partial<Sums>));
    }
  }
  const activeProducts = groups.rows[0]?.active_products ?? 0;
  const months: string[] = [];
  for (let m = first; m <= last; m = addMonths(m, 1)) months.push(m);
  const row = (groupKey: string, month: string, active: number, s: Sums) => {
    const period = parsePeriod('period', MetricPeriodKind.MONTH, month.slice(0, 7));
    return { groupKey, period: period.label, periodStart: period.start, partnerCount: active, figures: figuresOf(s, currency, period, activeProducts) };
  };
  const channelActive = groups.rows.reduce((n, g) => n + g.active, 0);
  const channel = groups.rows.length ? months.map((month) => {
    const s = zeroSums();
    for (const g of groups.rows) addSums(s, sums.get(`${g.g}|${month}`) ?? {});
    return row('CHANNEL', month, channelActive, s);
  }) : [];
  const tiers = groups.rows.map((g) => ({
    ...row(g.g, last, g.active, sums.get(`${g.g}|${last}`) ?? zeroSums()),
    tier: g.g ? { id: g.g, name: g.tier_name } : null,
  }));
  return JSON.stringify({ data: { channel, tiers } });
}

/** The baseline server's route for h1 (see startBaseline). */
export function channelRoutes(pool: Pool): Record<string, (params: URLSearchParams) => Promise<string>> {
  return { '/channel/dashboard': (params) => rawDashboard(pool, params.get('from')!, params.get('to')!) };
}

interface DashboardAnswer {
  data: { channel: { period: string; figures: { sellIn: { amountMinor: number }; sellOut: { amountMinor: number } } }[]; tiers: unknown[] };
}

/**
 * h1: the dashboard through the API (channel manager: one document, the channel per month over 25 months
 * and the tiers in this month, every figure) against the raw computation. Before the load the rollups are
 * brought up to date (`upToDate`: what the job does every minute) and both sides must give the same sell-in
 * and sell-out per month, or the scenario fails.
 */
export function buildChannelScenario(sessions: Sessions, upToDate: () => Promise<string>,
  ask: (api: RequestSpec, sql: RequestSpec) => Promise<[unknown, unknown]>): Scenario {
  const window = dashboardWindow();
  const api = () => graphql(sessions.channelManagerCookie, DASHBOARD, window);
  const sql = (): RequestSpec => ({ method: 'GET', path: `/channel/dashboard?from=${window.from}&to=${window.to}` });
  return {
    key: 'h1',
    title: `channel dashboard: channelMetrics by CHANNEL per month ${window.from}..${window.to} and by TIER for ${window.to}, all figures (one document), channel manager`,
    sqlStatements: Object.keys(RAW_STATEMENTS).length + 1,
    concurrency: 4,
    timeoutMs: 300_000,
    api,
    sql,
    probes: () => [[api(), sql()]],
    describe: (answer) => {
      const a = answer as DashboardAnswer;
      return `${a.data.channel.length} months, ${a.data.tiers.length} tiers`;
    },
    before: async () => {
      const refreshed = await upToDate();
      const [apiAnswer, sqlAnswer] = (await ask(api(), sql())) as [DashboardAnswer, DashboardAnswer];
      const wrong = apiAnswer.data.channel.filter((r, i) => {
        const s = sqlAnswer.data.channel[i];
        return !s || s.period !== r.period || s.figures.sellIn.amountMinor !== r.figures.sellIn.amountMinor || s.figures.sellOut.amountMinor !== r.figures.sellOut.amountMinor;
      });
      const total = (side: DashboardAnswer, f: 'sellIn' | 'sellOut') => side.data.channel.reduce((n, r) => n + r.figures[f].amountMinor, 0) / 100;
      const ok = !wrong.length && apiAnswer.data.channel.length === sqlAnswer.data.channel.length;
      return {
        ok,
        line: `${refreshed}; sell-in and sell-out per month, API (rollups) against raw SQL: ` +
          (ok ? `the same in all ${apiAnswer.data.channel.length} months (sell-in ${total(apiAnswer, 'sellIn').toFixed(2)}, sell-out ${total(apiAnswer, 'sellOut').toFixed(2)} EUR)`
            : `DIFFERENT in ${wrong.map((r) => r.period).join(', ') || 'the number of months'}`),
      };
    },
  };
}

// ---- h2: bringing the rollups up to date after 10,000 new order lines --------------------------------------

export type IncrementalResult = TimingResult;

const H2_ORDERS = 2000;
/** Rolled-back inserts with the triggers off and on, alternating, for their cost (the machine is shared: medians). */
const TRIGGER_RUNS = 5;
const H2_LINES_PER_ORDER = 5;

/**
 * New orders as plain SQL (like the generator): $1 a run key, $2 partners, $3 products, $4 how many orders;
 * order n: sell-in when even, else sell-out, SUBMITTED now in EUR at list prices, 5 distinct products.
 */
const H2_PLAN = `WITH pr AS MATERIALIZED (
    SELECT u.i, p.id, p.list_price FROM unnest($3::uuid[]) WITH ORDINALITY AS u(id, i) JOIN product p ON p.id = u.id),
  l AS MATERIALIZED (
    SELECT n, k, pr.id AS product_id, 1 + (n + k) % 5 AS quantity, pr.list_price AS unit, ($2::uuid[])[1 + n % cardinality($2::uuid[])] AS partner_id
      FROM generate_series(1, $4::int) n CROSS JOIN generate_series(1, ${H2_LINES_PER_ORDER}) k
      JOIN pr ON pr.i = 1 + (n * 7 + k * 13) % cardinality($3::uuid[]))`;
const H2_STATEMENTS = [
  `${H2_PLAN}
   INSERT INTO sales_order (id, number, kind, partner_id, status, currency, net_minor, vat_minor, gross_minor, vat_percent,
                            customer_name, customer_email, idempotency_key, payload_hash, submitted_at)
   SELECT md5('bench-h2-' || $1 || '-' || t.n)::uuid, 'H-' || $1 || '-' || t.n, t.kind, t.partner_id, 'SUBMITTED', 'EUR', t.net, t.net * 23 / 100,
          t.net + t.net * 23 / 100, 23, CASE WHEN t.kind = 'SELL_OUT' THEN 'Customer ' || t.n END,
          CASE WHEN t.kind = 'SELL_OUT' THEN 'customer' || t.n || '@example.com' END, 'bench-h2-' || $1 || '-' || t.n, 'bench', now()
     FROM (SELECT n, min(partner_id::text)::uuid AS partner_id, CASE WHEN n % 2 = 0 THEN 'SELL_IN' ELSE 'SELL_OUT' END AS kind,
                  sum(quantity * unit)::bigint AS net FROM l GROUP BY n) t`,
  `${H2_PLAN}
   INSERT INTO sales_order_line (order_id, partner_id, line_no, product_id, quantity, unit_price_minor, line_net_minor)
   SELECT md5('bench-h2-' || $1 || '-' || n)::uuid, partner_id, k, product_id, quantity, unit, quantity * unit FROM l`,
  `INSERT INTO sales_order_event (order_id, partner_id, action, from_status, to_status)
   SELECT md5('bench-h2-' || $1 || '-' || n)::uuid, ($2::uuid[])[1 + n % cardinality($2::uuid[])], 'CREATED', NULL, 'SUBMITTED'
     FROM generate_series(1, $4::int) n WHERE cardinality($3::uuid[]) > 0`,
];

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * h2. First the triggers' cost: the 2,000 orders (10,000 lines) inserted with the KPI triggers off and on,
 * TRIGGER_RUNS times each, alternating, each rolled back (the statements timed, not the commit), and once
 * under EXPLAIN ANALYZE for the triggers' own time (on a shared machine the difference of two medians is
 * noisier than what it measures). Then the same
 * orders committed with the triggers on, and the rollups brought up to date (`refresh`: KpiRollup.refresh in
 * a system scope, as the kpi_rollup job runs it) until nothing is marked (kpi_dirty, kpi_order_dirty), timed from the commit. Last, the
 * rollups' sell-in and sell-out of this month must equal the raw orders'.
 */
export async function measureIncremental(url: string, refresh: () => Promise<number>, pending: () => Promise<number>, log: (line: string) => void): Promise<IncrementalResult> {
  const client = new Client({ connectionString: url, options: '-c trellis.all_partners=on' });
  await client.connect();
  try {
    // Marks left by earlier scenarios (f3, g) first, untimed: h2 times its own lines only.
    let drained = 0;
    while ((await pending()) > 0) drained += await refresh();
    const partners = (await client.query(`SELECT id FROM partner WHERE status = 'ACTIVE' ORDER BY id`)).rows.map((r: { id: string }) => r.id);
    const products = (await client.query(`SELECT id FROM product WHERE active ORDER BY id LIMIT 500`)).rows.map((r: { id: string }) => r.id);
    if (partners.length < 1 || products.length < 60) throw new Error('h2 needs active partners and at least 60 active products');
    const run = Date.now().toString(36);
    const insert = async (key: string) => {
      const t0 = performance.now();
      for (const sql of H2_STATEMENTS) await client.query(sql, [key, partners, products, H2_ORDERS]);
      return performance.now() - t0;
    };
    log(`h2. ${drained} cells marked earlier recomputed first; inserting ${H2_ORDERS} orders with the KPI triggers off and on (${TRIGGER_RUNS} rolled-back runs each)`);
    const off: number[] = [];
    const on: number[] = [];
    for (let i = 0; i < TRIGGER_RUNS; i += 1) {
      for (const enabled of i % 2 === 0 ? [false, true] : [true, false]) {
        await client.query('BEGIN');
        if (!enabled) await setKpiTriggers(client, ['sales_order', 'sales_order_line'], false);
        (enabled ? on : off).push(await insert(`${run}t${i}${enabled ? 'n' : 'f'}`));
        await client.query('ROLLBACK');
      }
    }
    // The triggers' own time as PostgreSQL counts it (EXPLAIN ANALYZE of the same statements, rolled back).
    await client.query('BEGIN');
    let triggerMs = 0;
    for (const sql of H2_STATEMENTS) {
      const { rows: [plan] } = await client.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, [`${run}x`, partners, products, H2_ORDERS]);
      for (const t of (plan['QUERY PLAN'][0].Triggers ?? []) as { 'Trigger Name': string; Time: number }[]) {
        if (t['Trigger Name'].includes('_kpi_')) triggerMs += t.Time;
      }
    }
    await client.query('ROLLBACK');
    await client.query('BEGIN');
    const insertMs = await insert(run);
    const [{ marks, cells }] = (await client.query(`SELECT (SELECT count(*) FROM kpi_dirty)::int + (SELECT count(*) FROM kpi_order_dirty)::int AS marks,
        (SELECT count(*) FROM (SELECT partner_id, month FROM kpi_dirty UNION
           SELECT o.partner_id, (date_trunc('month', o.submitted_at AT TIME ZONE 'UTC'))::date FROM kpi_order_dirty d JOIN sales_order o ON o.id = d.order_id) c)::int AS cells`)).rows;
    await client.query('COMMIT');
    log(`h2. committed: ${marks} marks for ${cells} cells; bringing the rollups up to date`);
    const t0 = performance.now();
    let runs = 0;
    let recomputed = 0;
    do {
      recomputed += await refresh();
      runs += 1;
    } while ((await pending()) > 0 && runs < 100);
    const refreshMs = performance.now() - t0;
    const month = monthOf(new Date());
    const [check] = (await client.query(`
      SELECT (SELECT coalesce(sum(sell_in_minor), 0) FROM kpi_partner_money WHERE month = $1::date AND currency = 'EUR')::bigint AS rollup_in,
             (SELECT coalesce(sum(sell_out_minor), 0) FROM kpi_partner_money WHERE month = $1::date AND currency = 'EUR')::bigint AS rollup_out,
             (SELECT coalesce(sum(net_minor) FILTER (WHERE kind = 'SELL_IN'), 0) FROM sales_order
               WHERE currency = 'EUR' AND status NOT IN ('DRAFT', 'CANCELLED')
                 AND submitted_at >= ($1::date::timestamp AT TIME ZONE 'UTC') AND submitted_at < (($1::date + interval '1 month') AT TIME ZONE 'UTC'))::bigint AS raw_in,
             (SELECT coalesce(sum(net_minor) FILTER (WHERE kind = 'SELL_OUT'), 0) FROM sales_order
               WHERE currency = 'EUR' AND status NOT IN ('DRAFT', 'CANCELLED')
                 AND submitted_at >= ($1::date::timestamp AT TIME ZONE 'UTC') AND submitted_at < (($1::date + interval '1 month') AT TIME ZONE 'UTC'))::bigint AS raw_out`,
    [month])).rows;
    const agrees = check.rollup_in === check.raw_in && check.rollup_out === check.raw_out;
    const [offMs, onMs] = [median(off), median(on)];
    const met = refreshMs < 2000;
    const lines = H2_ORDERS * H2_LINES_PER_ORDER;
    return {
      key: 'h2',
      title: `rollups brought up to date after ${lines} new order lines (${H2_ORDERS} orders of ${H2_LINES_PER_ORDER} lines, sell-in and sell-out, over ${Math.min(partners.length, H2_ORDERS)} partners)`,
      ok: agrees,
      values: { lines, orders: H2_ORDERS, marks, cells, refreshMs, runs, recomputed, insertMs, insertOffMs: offMs, insertOnMs: onMs, triggerMs, drained },
      lines: [
        `${drained} cells marked by earlier scenarios recomputed first (untimed)`,
        `insert of the ${H2_ORDERS} orders (${lines} lines, 3 statements, median of ${TRIGGER_RUNS} rolled-back runs each): KPI triggers off ${offMs.toFixed(1)} ms, ` +
          `on ${onMs.toFixed(1)} ms (difference ${(onMs - offMs).toFixed(1)} ms); the KPI triggers' own time in EXPLAIN ANALYZE: ${triggerMs.toFixed(1)} ms`,
        `committed with the triggers on: ${insertMs.toFixed(1)} ms; ${marks} marks (kpi_dirty, kpi_order_dirty) for ${cells} distinct (partner, month) cells`,
        `rollups up to date (KpiRollup.refresh in a system scope until nothing is marked) in ${refreshMs.toFixed(0)} ms: ${runs} run(s), ${recomputed} cells recomputed; ` +
          `target < 2000 ms: ${met ? 'met' : 'MISSED'}`,
        `this month's sell-in and sell-out, rollups against raw orders: ${agrees ? 'the same' : `DIFFERENT (rollups ${check.rollup_in}/${check.rollup_out}, raw ${check.raw_in}/${check.raw_out})`}`,
      ],
    };
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    await client.end();
  }
}
