import type { Scope } from '../../access/scope';
import { CELLS_SQL, cellParams, numbersOf, type CellMoney, type KpiCell } from '../../domain/kpi';

/** MDF's part of channel performance, per partner and month (see domain/kpi.ts): what claims paid in the month cost, in each fund's currency. */
export class MdfFigures {
  async money(scope: Scope, cells: readonly KpiCell[]): Promise<CellMoney[]> {
    if (!cells.length) return [];
    const rows = await scope.query<CellMoney>(
      `SELECT c.partner_id AS "partnerId", to_char(c.month, 'YYYY-MM-DD') AS month, f.currency::text AS currency,
              sum(cl.approved_minor)::bigint AS mdf_paid_minor
         FROM ${CELLS_SQL}
         CROSS JOIN LATERAL (SELECT cl.* FROM mdf_claim cl WHERE cl.partner_id = c.partner_id AND cl.paid_at >= c.starts AND cl.paid_at < c.ends OFFSET 0) cl
         JOIN mdf_request r ON r.id = cl.request_id
         JOIN mdf_fund f ON f.id = r.fund_id
        GROUP BY 1, 2, 3`,
      cellParams(cells),
      'kpi.mdf-money',
    );
    return rows.map((r) => numbersOf(r, ['mdf_paid_minor']));
  }
}
