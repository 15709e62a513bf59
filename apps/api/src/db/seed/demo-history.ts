import { Scopes } from '../../access/scope';
import { logger } from '../../logger';

/**
 * Two years of the demo channel's trade, so that dashboards, trends and signals show real shapes: for every
 * active partner, each month's sell-in orders (delivered, invoiced and paid) and sell-out orders (to its
 * customers, at its own offer prices, delivered), a stock count of its offered products at each month's end,
 * and monthly sell-in quotas for the last year and the next quarter. Some partners grow, some hold steady,
 * some decline (and pay later and later), so that the signal rules find something to say.
 *
 * Written set-based in one transaction (a dozen statements, not tens of thousands of service calls), with
 * the times the trade happened, which no service would set: this is history, not work done today. Orders
 * carry no timeline rows. Deterministic (setseed), its own marker, loaded once.
 */
const KEY = 'demo-history';

export async function seedDemoHistory(scopes: Scopes): Promise<void> {
  try {
    const started = Date.now();
    const orders = await scopes.runSystem('demo data: history', async (system) => {
      await system.query(`SELECT pg_advisory_xact_lock(hashtext('trellis.demo-history'))`);
      if ((await system.query(`SELECT 1 FROM trellis_meta WHERE key = $1`, [KEY]))[0]) return null;
      await system.query(`SELECT setseed(0.20261201)`);
      // Each active partner's character: 0 grows, 1 holds steady, 2 declines (from eight months ago) and pays later.
      await system.query(`
        CREATE TEMP TABLE demo_history_partner ON COMMIT DROP AS
        SELECT p.id, (row_number() OVER (ORDER BY p.code) - 1) % 3 AS character, coalesce(t.discount_percent, 0) AS discount,
               0.6 + (row_number() OVER (ORDER BY p.code) % 5) * 0.25 AS size,
               -- Whether the partner's own fortieth of the catalog (by its random id) holds any product: about one
               -- partner in 500 draws none, and then buys from the whole catalog rather than nothing.
               EXISTS (SELECT 1 FROM product pr WHERE pr.active AND abs(hashtext(pr.sku || p.id::text)) % 40 = 0
                          AND pr.currency = (SELECT currency FROM product WHERE active GROUP BY currency ORDER BY count(*) DESC, currency LIMIT 1)) AS own_range
          FROM partner p LEFT JOIN tier t ON t.id = p.tier_id WHERE p.status = 'ACTIVE' ORDER BY p.code`);
      await system.query(`
        CREATE TEMP TABLE demo_history_month ON COMMIT DROP AS
        SELECT m::date AS month, row_number() OVER (ORDER BY m) AS i
          FROM generate_series(date_trunc('month', now() AT TIME ZONE 'UTC') - interval '24 months', date_trunc('month', now() AT TIME ZONE 'UTC') - interval '1 month', interval '1 month') m`);
      // How busy a partner is in a month (1 = its usual), by its character.
      await system.query(`
        CREATE TEMP TABLE demo_history_order ON COMMIT DROP AS
        SELECT gen_random_uuid() AS id, p.id AS partner_id, k.kind, p.character, p.discount, p.own_range,
               (m.month::timestamp AT TIME ZONE 'UTC') + (random() * 26 + 1) * interval '1 day' + random() * interval '10 hours' AS submitted_at,
               m.i
          FROM demo_history_partner p
          CROSS JOIN demo_history_month m
          CROSS JOIN (VALUES ('SELL_IN', 3), ('SELL_OUT', 6)) k(kind, base)
          CROSS JOIN LATERAL generate_series(1, greatest(1, round(k.base * p.size * CASE p.character
              WHEN 0 THEN 0.6 + m.i * 0.04 WHEN 1 THEN 1 ELSE CASE WHEN m.i <= 16 THEN 1.1 ELSE 1.1 - (m.i - 16) * 0.1 END END
              * (0.75 + random() * 0.5))::int)) g
         ORDER BY p.id, m.i, k.kind, g`);
      // Lines: sell-in at the list price less the partner's tier discount (the catalog's main currency);
      // sell-out at the partner's own offer prices (its currency). Partners with no offer sell nothing out.
      await system.query(`
        CREATE TEMP TABLE demo_history_line ON COMMIT DROP AS
        SELECT o.id AS order_id, o.partner_id, row_number() OVER (PARTITION BY o.id ORDER BY x.product_id) AS line_no, x.product_id, x.quantity, x.price, x.currency
          FROM demo_history_order o
          CROSS JOIN LATERAL (
            SELECT DISTINCT ON (c.product_id) c.product_id, c.price, c.currency, c.quantity FROM (
              SELECT pr.id AS product_id, (pr.list_price - pr.list_price * o.discount / 100)::bigint AS price, pr.currency::text AS currency,
                     1 + (random() * 12)::int AS quantity, random() AS r
                FROM product pr
               WHERE o.kind = 'SELL_IN' AND pr.active AND pr.currency = (SELECT currency FROM product WHERE active GROUP BY currency ORDER BY count(*) DESC, currency LIMIT 1)
                 AND (NOT o.own_range OR abs(hashtext(pr.sku || o.partner_id::text)) % 40 = 0)
              UNION ALL
              SELECT f.product_id, f.price, f.currency::text, 1 + (random() * 3)::int, random()
                FROM offer f WHERE o.kind = 'SELL_OUT' AND f.partner_id = o.partner_id AND f.offered
                 AND f.currency = (SELECT currency FROM offer WHERE partner_id = o.partner_id GROUP BY currency ORDER BY count(*) DESC, currency LIMIT 1)
                 AND abs(hashtext(f.product_id::text)) % 4 = 0
              ORDER BY r LIMIT 1 + (random() * 3)::int) c
            ORDER BY c.product_id) x`);
      const [{ n }] = await system.query<{ n: number }>(`
        WITH totals AS (
          SELECT o.id, o.partner_id, o.kind, o.character, o.submitted_at, o.i, min(l.currency) AS currency, sum(l.quantity * l.price)::bigint AS net
            FROM demo_history_order o JOIN demo_history_line l ON l.order_id = o.id GROUP BY o.id, o.partner_id, o.kind, o.character, o.submitted_at, o.i),
        timed AS (
          SELECT t.*, t.submitted_at + (1 + random() * 6) * interval '1 day' AS delivered_at,
                 t.submitted_at + interval '1 day' AS invoiced_at,
                 -- Days from invoice to payment: 14 to 30, and later and later for a declining partner's last months.
                 (14 + random() * 16 + CASE WHEN t.character = 2 AND t.i > 16 THEN (t.i - 16) * 6 ELSE 0 END) * interval '1 day' AS pay_after
            FROM totals t),
        placed AS (
          INSERT INTO sales_order (id, number, kind, partner_id, status, currency, net_minor, vat_minor, gross_minor, customer_name, customer_email,
                                   idempotency_key, payload_hash, created_at, status_changed_at, submitted_at, confirmed_at, fulfilment_started_at,
                                   shipped_at, delivered_at, carrier, tracking_reference, invoice_number, invoiced_at, due_at, paid_at)
          SELECT t.id, trellis_order_number(t.submitted_at), t.kind, t.partner_id, 'DELIVERED', t.currency, t.net, 0, t.net,
                 CASE WHEN t.kind = 'SELL_OUT' THEN 'Demo customer ' || (1 + abs(hashtext(t.id::text)) % 400) END,
                 CASE WHEN t.kind = 'SELL_OUT' THEN 'customer' || (1 + abs(hashtext(t.id::text)) % 400) || '@example.com' END,
                 'demo-history-' || t.id, 'demo-history', t.submitted_at, t.delivered_at, t.submitted_at, t.submitted_at + interval '2 hours',
                 t.submitted_at + interval '4 hours', t.delivered_at - interval '1 day', t.delivered_at, 'DHL', 'DH' || upper(substr(md5(t.id::text), 1, 10)),
                 CASE WHEN t.kind = 'SELL_IN' THEN 'INV-H-' || upper(substr(md5(t.id::text), 1, 8)) END,
                 CASE WHEN t.kind = 'SELL_IN' THEN t.invoiced_at END, CASE WHEN t.kind = 'SELL_IN' THEN t.invoiced_at + interval '30 days' END,
                 CASE WHEN t.kind = 'SELL_IN' AND t.invoiced_at + t.pay_after < now() THEN t.invoiced_at + t.pay_after END
            FROM timed t ORDER BY t.submitted_at
          RETURNING id),
        lines AS (
          INSERT INTO sales_order_line (order_id, partner_id, line_no, product_id, quantity, unit_price_minor, line_net_minor)
          SELECT l.order_id, l.partner_id, l.line_no, l.product_id, l.quantity, l.price, l.quantity * l.price FROM demo_history_line l
          RETURNING 1)
        SELECT (SELECT count(*) FROM placed)::int AS n, (SELECT count(*) FROM lines)::int AS lines`);
      // Stock counts at each month's end: a declining partner's shelves stay full.
      await system.query(`
        INSERT INTO inventory_snapshot (partner_id, product_id, counted_on, on_hand)
        SELECT p.id, f.product_id, (m.month + interval '1 month' - interval '2 days')::date,
               CASE WHEN p.character = 2 AND m.i > 16 THEN 20 + (random() * 30)::int ELSE (random() * 12)::int END
          FROM demo_history_partner p
          JOIN offer f ON f.partner_id = p.id AND f.offered AND abs(hashtext(f.product_id::text)) % 4 = 0
          CROSS JOIN demo_history_month m
         ORDER BY p.id, f.product_id, m.i
        ON CONFLICT (partner_id, product_id, counted_on) DO NOTHING`);
      // Quotas: a tenth above the partner's average month of its first year, for the last twelve months and the next three.
      await system.query(`
        INSERT INTO partner_quota (partner_id, period_kind, period_start, amount_minor, currency)
        SELECT b.partner_id, 'MONTH', q.month, b.amount, b.currency
          FROM (SELECT o.partner_id, min(o.currency) AS currency, (sum(o.net_minor) / 12 * 1.1)::bigint AS amount
                  FROM sales_order o JOIN demo_history_order h ON h.id = o.id
                 WHERE o.kind = 'SELL_IN' AND h.i <= 12 GROUP BY o.partner_id) b
          CROSS JOIN generate_series(date_trunc('month', now() AT TIME ZONE 'UTC') - interval '12 months', date_trunc('month', now() AT TIME ZONE 'UTC') + interval '2 months', interval '1 month') q(month)
         WHERE b.amount > 0
        ON CONFLICT DO NOTHING`);
      await system.query(`INSERT INTO trellis_meta (key, value) VALUES ($1, to_jsonb(now()))`, [KEY]);
      return n;
    });
    if (orders !== null) logger.info({ orders, ms: Date.now() - started }, 'demo history loaded: two years of orders, stock counts and quotas');
  } catch (err) {
    // A convenience, like the demo orders: Trellis starts without it and says why.
    logger.error({ err }, 'the demo history could not be loaded; Trellis starts without it');
  }
}
