import type { Scope } from '../../access/scope';
import { CELLS_SQL, cellParams, numbersOf, type CellCounts, type KpiCell } from '../../domain/kpi';

/**
 * The service cases' part of channel performance, per partner and month (see domain/kpi.ts): cases opened
 * in the month, those of them answered and resolved with their seconds from opening; ratings (customer
 * satisfaction, 1-5) of cases closed in the month.
 */
export class ServiceFigures {
  async counts(scope: Scope, cells: readonly KpiCell[]): Promise<CellCounts[]> {
    if (!cells.length) return [];
    const rows = await scope.query<CellCounts>(
      `SELECT c.partner_id AS "partnerId", to_char(c.month, 'YYYY-MM-DD') AS month,
              o.opened AS cases_opened, o.responses AS first_responses, o.response_seconds AS first_response_seconds,
              o.resolutions, o.resolution_seconds, r.ratings, r.rating_sum
         FROM ${CELLS_SQL}
         CROSS JOIN LATERAL (
           SELECT count(*)::int AS opened, count(s.first_response_at)::int AS responses,
                  coalesce(sum(round(extract(epoch FROM s.first_response_at - s.opened_at))), 0)::bigint AS response_seconds,
                  count(s.resolved_at)::int AS resolutions,
                  coalesce(sum(round(extract(epoch FROM s.resolved_at - s.opened_at))), 0)::bigint AS resolution_seconds
             FROM service_case s WHERE s.partner_id = c.partner_id AND s.opened_at >= c.starts AND s.opened_at < c.ends) o
         CROSS JOIN LATERAL (
           SELECT count(s.satisfaction)::int AS ratings, coalesce(sum(s.satisfaction), 0)::int AS rating_sum
             FROM service_case s WHERE s.partner_id = c.partner_id AND s.closed_at >= c.starts AND s.closed_at < c.ends) r`,
      cellParams(cells),
      'kpi.service-counts',
    );
    return rows.map((r) => numbersOf(r, ['cases_opened', 'first_responses', 'first_response_seconds', 'resolutions', 'resolution_seconds', 'ratings', 'rating_sum']));
  }
}
