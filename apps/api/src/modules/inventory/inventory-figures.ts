import type { Scope } from '../../access/scope';
import { CELLS_SQL, cellParams, numbersOf, type CellCounts, type KpiCell } from '../../domain/kpi';

/**
 * The inventory's part of channel performance, per partner and month (see domain/kpi.ts): the level at
 * the month's end (each product's latest count on or before its last day): how many products are counted
 * (zeros included: a partner that counted an empty shelf has a distribution rate of 0), how many are in
 * stock (distribution rate) and how many units (days of inventory).
 */
export class InventoryFigures {
  async counts(scope: Scope, cells: readonly KpiCell[]): Promise<CellCounts[]> {
    if (!cells.length) return [];
    const rows = await scope.query<CellCounts>(
      `SELECT c.partner_id AS "partnerId", to_char(c.month, 'YYYY-MM-DD') AS month,
              count(*)::int AS counted_products, count(*) FILTER (WHERE s.on_hand > 0)::int AS stocked_products, coalesce(sum(s.on_hand), 0)::bigint AS stock_units
         FROM ${CELLS_SQL}
         CROSS JOIN LATERAL (
           SELECT DISTINCT ON (i.product_id) i.on_hand FROM inventory_snapshot i
            WHERE i.partner_id = c.partner_id AND i.counted_on < (c.month + interval '1 month')::date
            ORDER BY i.product_id, i.counted_on DESC) s
        GROUP BY c.partner_id, c.month`,
      cellParams(cells),
      'kpi.inventory-counts',
    );
    return rows.map((r) => numbersOf(r, ['counted_products', 'stocked_products', 'stock_units']));
  }
}
