import type { Scope } from '../../access/scope';
import { CELLS_SQL, cellParams, numbersOf, type CellCounts, type CellMoney, type KpiCell } from '../../domain/kpi';

/** An order that counts: placed (not a draft) and not cancelled. */
const COUNTS = `o.status NOT IN ('DRAFT', 'CANCELLED')`;

/** The figures an order's facts hold, per cell and per cell and currency. */
const FACT_COUNTS = ['sell_out_units', 'deliveries', 'delivery_seconds', 'payments', 'payment_seconds'] as const;
const FACT_MONEY = ['sell_in_minor', 'sell_out_minor', 'costed_sell_out_minor', 'sell_out_cost_minor'] as const;
const FACT_COLUMNS = `partner_id AS "partnerId", to_char(month, 'YYYY-MM-DD') AS month, currency::text AS currency, ${[...FACT_COUNTS, ...FACT_MONEY].join(', ')}`;
type FactRow = KpiCell & { currency: string } & Record<(typeof FACT_COUNTS)[number] | (typeof FACT_MONEY)[number], string | number>;

/**
 * What recomputing orders' facts changed: the cells touched, and by how much each figure changed in each
 * (new facts less the facts they replaced), to be added to the rollups.
 */
export interface FactChange {
  cells: KpiCell[];
  counts: CellCounts[];
  money: CellMoney[];
}

/** Orders whose facts one statement recomputes: enough to amortise a round trip, few enough to keep a plan's work small. */
const FACT_BATCH = 5000;

/**
 * The orders' part of channel performance, per partner and month (see domain/kpi.ts):
 * - sell-in and sell-out revenue: net amounts of orders submitted in the month, per currency;
 * - gross margin's inputs: sell-out lines whose cost is known, and that cost, the cost of a line being its
 *   quantity at the unit price of the partner's latest sell-in of that product in that currency submitted
 *   at or before the sell-out order (lines without one are left out of the margin);
 * - sell-out units (for days of inventory);
 * - deliveries: sell-out orders delivered in the month and their seconds from submission to delivery;
 * - payments: sell-in invoices paid in the month and their seconds from invoice to payment.
 *
 * `money` and `counts` compute a cell from every order in it (the definition, and the property test's
 * oracle). The rollups are kept from kpi_order_fact instead: each order's own part, per month it counts in,
 * recomputed for the orders a change marked (`refreshFacts`) and summed per cell (`moneyFromFacts`,
 * `countsFromFacts`), so that new orders cost their own lines, not their cells' every line.
 */
export class OrderFigures {
  /**
   * Recomputes the facts of the orders marked since the last run (up to `limit` marks, oldest first) and of
   * the sell-out orders whose costs a marked sell-in may have changed; answers the cells whose facts
   * changed (before and after). Trellis's own work, in a system scope.
   */
  async refreshFacts(scope: Scope, limit: number): Promise<FactChange> {
    const marked = await scope.query<{ id: string }>(
      `WITH taken AS (DELETE FROM kpi_order_dirty WHERE id = ANY (ARRAY(SELECT id FROM kpi_order_dirty ORDER BY id LIMIT $1)) RETURNING order_id, partner_id, cost_from),
            costs AS (SELECT partner_id, min(cost_from) AS cost_from FROM taken WHERE cost_from IS NOT NULL GROUP BY partner_id)
       SELECT order_id AS id FROM taken
       UNION
       SELECT o.id FROM costs c
        CROSS JOIN LATERAL (SELECT o.id FROM sales_order o WHERE o.partner_id = c.partner_id AND o.kind = 'SELL_OUT' AND o.submitted_at >= c.cost_from OFFSET 0) o`,
      [limit], 'kpi.take-orders');
    return this.recomputeFacts(scope, marked.map((r) => r.id));
  }

  /** Recomputes every order's facts (the command line's rebuild, and a first start with data). */
  async rebuildFacts(scope: Scope, signal?: AbortSignal): Promise<void> {
    await scope.execute(`DELETE FROM kpi_order_dirty`, [], 'kpi.clear-order-marks');
    await scope.execute(`DELETE FROM kpi_order_fact`, [], 'kpi.clear-order-facts');
    await scope.execute(`DELETE FROM kpi_sell_in_price`, [], 'kpi.clear-sell-in-prices');
    // Every price before any fact: a sell-out's cost may come from any earlier sell-in.
    for (const [table, fn, name] of [['kpi_sell_in_price', 'trellis_sell_in_prices', 'kpi.rebuild-prices'], ['kpi_order_fact', 'trellis_order_facts', 'kpi.rebuild-facts']] as const) {
      let after = '00000000-0000-0000-0000-000000000000';
      for (;;) {
        signal?.throwIfAborted();
        const ids = (await scope.query<{ id: string }>(`SELECT id FROM sales_order WHERE id > $1 ORDER BY id LIMIT ${FACT_BATCH}`, [after], 'kpi.order-ids')).map((r) => r.id);
        if (!ids.length) break;
        await scope.execute(`INSERT INTO ${table} SELECT * FROM ${fn}($1::uuid[])`, [ids], name);
        after = ids[ids.length - 1];
      }
    }
  }

  private async recomputeFacts(scope: Scope, ids: readonly string[]): Promise<FactChange> {
    const counts = new Map<string, CellCounts>();
    const money = new Map<string, CellMoney>();
    // What the replaced facts held is taken away, what the new ones hold added: the change of each cell.
    const add = (rows: FactRow[], sign: 1 | -1) => {
      for (const r of rows) {
        const cell = `${r.partnerId}|${r.month}`;
        let c = counts.get(cell);
        if (!c) counts.set(cell, (c = { partnerId: r.partnerId, month: r.month, ...Object.fromEntries(FACT_COUNTS.map((f) => [f, 0])) }));
        for (const f of FACT_COUNTS) c[f] = (c[f] as number) + sign * Number(r[f]);
        let m = money.get(`${cell}|${r.currency}`);
        if (!m) money.set(`${cell}|${r.currency}`, (m = { partnerId: r.partnerId, month: r.month, currency: r.currency, ...Object.fromEntries(FACT_MONEY.map((f) => [f, 0])) }));
        for (const f of FACT_MONEY) m[f] = (m[f] as number) + sign * Number(r[f]);
      }
    };
    // The sell-in prices of every marked order first: a sell-out among them may cost one of them.
    for (let i = 0; i < ids.length; i += FACT_BATCH) {
      const batch = ids.slice(i, i + FACT_BATCH);
      await scope.execute(`DELETE FROM kpi_sell_in_price WHERE order_id = ANY ($1::uuid[])`, [batch], 'kpi.delete-sell-in-prices');
      await scope.execute(`INSERT INTO kpi_sell_in_price SELECT * FROM trellis_sell_in_prices($1::uuid[])`, [batch], 'kpi.insert-sell-in-prices');
    }
    for (let i = 0; i < ids.length; i += FACT_BATCH) {
      const batch = ids.slice(i, i + FACT_BATCH);
      // Two statements: an insert that shared one with the delete would meet the rows it replaces.
      const { rows: before } = await scope.execute<FactRow>(`DELETE FROM kpi_order_fact WHERE order_id = ANY ($1::uuid[]) RETURNING ${FACT_COLUMNS}`, [batch], 'kpi.delete-order-facts');
      add(before, -1);
      const { rows: after } = await scope.execute<FactRow>(`INSERT INTO kpi_order_fact SELECT * FROM trellis_order_facts($1::uuid[]) RETURNING ${FACT_COLUMNS}`, [batch], 'kpi.insert-order-facts');
      add(after, 1);
    }
    return { cells: [...counts.values()].map(({ partnerId, month }) => ({ partnerId, month })), counts: [...counts.values()], money: [...money.values()] };
  }

  /** The cells' money, summed from the orders' facts. */
  async moneyFromFacts(scope: Scope, cells: readonly KpiCell[]): Promise<CellMoney[]> {
    if (!cells.length) return [];
    const rows = await scope.query<CellMoney>(
      `SELECT c.partner_id AS "partnerId", to_char(c.month, 'YYYY-MM-DD') AS month, f.currency, f.sell_in_minor, f.sell_out_minor, f.costed_sell_out_minor, f.sell_out_cost_minor
         FROM unnest($1::uuid[], $2::date[]) AS c(partner_id, month)
         CROSS JOIN LATERAL (
           SELECT f.currency::text AS currency, sum(f.sell_in_minor)::bigint AS sell_in_minor, sum(f.sell_out_minor)::bigint AS sell_out_minor,
                  sum(f.costed_sell_out_minor)::bigint AS costed_sell_out_minor, sum(f.sell_out_cost_minor)::bigint AS sell_out_cost_minor
             FROM kpi_order_fact f WHERE f.partner_id = c.partner_id AND f.month = c.month GROUP BY f.currency) f`,
      cellParams(cells), 'kpi.order-money-facts');
    return rows.map((r) => numbersOf(r, ['sell_in_minor', 'sell_out_minor', 'costed_sell_out_minor', 'sell_out_cost_minor']));
  }

  /** The cells' counts, summed from the orders' facts. */
  async countsFromFacts(scope: Scope, cells: readonly KpiCell[]): Promise<CellCounts[]> {
    if (!cells.length) return [];
    const rows = await scope.query<CellCounts>(
      `SELECT c.partner_id AS "partnerId", to_char(c.month, 'YYYY-MM-DD') AS month, f.sell_out_units, f.deliveries, f.delivery_seconds, f.payments, f.payment_seconds
         FROM unnest($1::uuid[], $2::date[]) AS c(partner_id, month)
         CROSS JOIN LATERAL (
           SELECT coalesce(sum(f.sell_out_units), 0)::bigint AS sell_out_units, coalesce(sum(f.deliveries), 0)::int AS deliveries,
                  coalesce(sum(f.delivery_seconds), 0)::bigint AS delivery_seconds, coalesce(sum(f.payments), 0)::int AS payments,
                  coalesce(sum(f.payment_seconds), 0)::bigint AS payment_seconds
             FROM kpi_order_fact f WHERE f.partner_id = c.partner_id AND f.month = c.month) f`,
      cellParams(cells), 'kpi.order-counts-facts');
    return rows.map((r) => numbersOf(r, ['sell_out_units', 'deliveries', 'delivery_seconds', 'payments', 'payment_seconds']));
  }

  async money(scope: Scope, cells: readonly KpiCell[]): Promise<CellMoney[]> {
    if (!cells.length) return [];
    const rows = await scope.query<CellMoney>(
      `SELECT r."partnerId", r.month, r.currency, sum(r.sell_in)::bigint AS sell_in_minor, sum(r.sell_out)::bigint AS sell_out_minor,
              sum(r.costed)::bigint AS costed_sell_out_minor, sum(r.cost)::bigint AS sell_out_cost_minor
         FROM (
           SELECT c.partner_id AS "partnerId", to_char(c.month, 'YYYY-MM-DD') AS month, o.currency::text AS currency,
                  CASE WHEN o.kind = 'SELL_IN' THEN o.net_minor ELSE 0 END AS sell_in, CASE WHEN o.kind = 'SELL_OUT' THEN o.net_minor ELSE 0 END AS sell_out,
                  0::bigint AS costed, 0::bigint AS cost
             FROM ${CELLS_SQL}
             -- Per cell (OFFSET 0 keeps it so): an index range of one partner's month, never a scan of every order.
             CROSS JOIN LATERAL (SELECT o.* FROM sales_order o WHERE o.partner_id = c.partner_id AND o.submitted_at >= c.starts AND o.submitted_at < c.ends OFFSET 0) o
            WHERE ${COUNTS}
           UNION ALL
           SELECT c.partner_id, to_char(c.month, 'YYYY-MM-DD'), o.currency::text, 0, 0, l.line_net_minor, l.quantity * cost.unit_price_minor
             FROM ${CELLS_SQL}
             CROSS JOIN LATERAL (SELECT o.* FROM sales_order o WHERE o.partner_id = c.partner_id AND o.submitted_at >= c.starts AND o.submitted_at < c.ends
                                    AND o.kind = 'SELL_OUT' OFFSET 0) o
             JOIN sales_order_line l ON l.order_id = o.id
             CROSS JOIN LATERAL (
               SELECT il.unit_price_minor FROM sales_order_line il JOIN sales_order io ON io.id = il.order_id
                WHERE il.partner_id = o.partner_id AND il.product_id = l.product_id AND io.kind = 'SELL_IN' AND io.status NOT IN ('DRAFT', 'CANCELLED')
                  AND io.currency = o.currency AND io.submitted_at <= o.submitted_at
                ORDER BY io.submitted_at DESC, io.id DESC LIMIT 1) cost
            WHERE ${COUNTS}
         ) r
        GROUP BY 1, 2, 3`,
      cellParams(cells),
      'kpi.order-money',
    );
    return rows.map((r) => numbersOf(r, ['sell_in_minor', 'sell_out_minor', 'costed_sell_out_minor', 'sell_out_cost_minor']));
  }

  async counts(scope: Scope, cells: readonly KpiCell[]): Promise<CellCounts[]> {
    if (!cells.length) return [];
    const rows = await scope.query<CellCounts>(
      `SELECT c.partner_id AS "partnerId", to_char(c.month, 'YYYY-MM-DD') AS month, u.units AS sell_out_units,
              d.n AS deliveries, d.seconds AS delivery_seconds, p.n AS payments, p.seconds AS payment_seconds
         FROM ${CELLS_SQL}
         CROSS JOIN LATERAL (
           SELECT coalesce(sum(l.quantity), 0)::bigint AS units FROM sales_order o JOIN sales_order_line l ON l.order_id = o.id
            WHERE o.partner_id = c.partner_id AND o.kind = 'SELL_OUT' AND o.submitted_at >= c.starts AND o.submitted_at < c.ends AND ${COUNTS}) u
         CROSS JOIN LATERAL (
           SELECT count(*)::int AS n, coalesce(sum(round(extract(epoch FROM o.delivered_at - o.submitted_at))), 0)::bigint AS seconds FROM sales_order o
            WHERE o.partner_id = c.partner_id AND o.kind = 'SELL_OUT' AND o.delivered_at >= c.starts AND o.delivered_at < c.ends
              AND o.submitted_at IS NOT NULL AND ${COUNTS}) d
         CROSS JOIN LATERAL (
           SELECT count(*)::int AS n, coalesce(sum(round(extract(epoch FROM o.paid_at - o.invoiced_at))), 0)::bigint AS seconds FROM sales_order o
            WHERE o.partner_id = c.partner_id AND o.kind = 'SELL_IN' AND o.paid_at >= c.starts AND o.paid_at < c.ends AND ${COUNTS}) p`,
      cellParams(cells),
      'kpi.order-counts',
    );
    return rows.map((r) => numbersOf(r, ['sell_out_units', 'deliveries', 'delivery_seconds', 'payments', 'payment_seconds']));
  }
}
