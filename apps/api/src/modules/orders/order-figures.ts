import type { Scope } from '../../access/scope';
import { CELLS_SQL, cellParams, numbersOf, type CellCounts, type CellMoney, type KpiCell } from '../../domain/kpi';

/** An order that counts: placed (not a draft) and not cancelled. */
const COUNTS = `o.status NOT IN ('DRAFT', 'CANCELLED')`;

/**
 * The orders' part of channel performance, per partner and month (see domain/kpi.ts):
 * - sell-in and sell-out revenue: net amounts of orders submitted in the month, per currency;
 * - gross margin's inputs: sell-out lines whose cost is known, and that cost, the cost of a line being its
 *   quantity at the unit price of the partner's latest sell-in of that product in that currency submitted
 *   at or before the sell-out order (lines without one are left out of the margin);
 * - sell-out units (for days of inventory);
 * - deliveries: sell-out orders delivered in the month and their seconds from submission to delivery;
 * - payments: sell-in invoices paid in the month and their seconds from invoice to payment.
 */
export class OrderFigures {
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
