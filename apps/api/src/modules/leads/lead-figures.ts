import type { Scope } from '../../access/scope';
import { CELLS_SQL, cellParams, numbersOf, type CellCounts, type CellMoney, type KpiCell } from '../../domain/kpi';

/**
 * The leads' part of channel performance, per partner and month (see domain/kpi.ts), from the partner's
 * lead history (lead_event, each move carrying the partner it concerns), counted in the month it happened:
 * - received: dispatched to the partner, or filed in its showroom (arriving NEW);
 * - accepted, declined, expired; the seconds to accept, from the latest arrival of that lead at that partner;
 * - won (converted) and lost (lost or disqualified);
 * - MDF revenue: converted value of the partner's leads credited to an MDF activity, in the month they
 *   last changed status (converted), per currency.
 */
export class LeadFigures {
  async counts(scope: Scope, cells: readonly KpiCell[]): Promise<CellCounts[]> {
    if (!cells.length) return [];
    const rows = await scope.query<CellCounts>(
      `SELECT c.partner_id AS "partnerId", to_char(c.month, 'YYYY-MM-DD') AS month,
              count(*) FILTER (WHERE e.action = 'DISPATCHED' OR (e.action = 'FILED' AND e.to_status = 'NEW'))::int AS leads_dispatched,
              count(*) FILTER (WHERE e.action = 'ACCEPTED')::int AS leads_accepted,
              coalesce(sum(round(extract(epoch FROM e.at - arrived.at))) FILTER (WHERE e.action = 'ACCEPTED'), 0)::bigint AS accept_seconds,
              count(*) FILTER (WHERE e.action = 'DECLINED')::int AS leads_declined,
              count(*) FILTER (WHERE e.action = 'EXPIRED')::int AS leads_expired,
              count(*) FILTER (WHERE e.action = 'CONVERTED')::int AS leads_won,
              count(*) FILTER (WHERE e.action IN ('LOST', 'DISQUALIFIED'))::int AS leads_lost
         FROM ${CELLS_SQL}
         -- Per cell (OFFSET 0 keeps it so): an index range of one partner's month.
         CROSS JOIN LATERAL (SELECT e.* FROM lead_event e WHERE e.partner_id = c.partner_id AND e.at >= c.starts AND e.at < c.ends OFFSET 0) e
         LEFT JOIN LATERAL (
           SELECT a.at FROM lead_event a
            WHERE e.action = 'ACCEPTED' AND a.lead_id = e.lead_id AND a.partner_id = e.partner_id AND a.id < e.id
              AND (a.action = 'DISPATCHED' OR (a.action = 'FILED' AND a.to_status = 'NEW'))
            ORDER BY a.id DESC LIMIT 1) arrived ON true
        GROUP BY c.partner_id, c.month`,
      cellParams(cells),
      'kpi.lead-counts',
    );
    return rows.map((r) => numbersOf(r, ['leads_dispatched', 'leads_accepted', 'accept_seconds', 'leads_declined', 'leads_expired', 'leads_won', 'leads_lost']));
  }

  async money(scope: Scope, cells: readonly KpiCell[]): Promise<CellMoney[]> {
    if (!cells.length) return [];
    const rows = await scope.query<CellMoney>(
      `SELECT c.partner_id AS "partnerId", to_char(c.month, 'YYYY-MM-DD') AS month, l.converted_currency::text AS currency,
              sum(l.converted_value_minor)::bigint AS mdf_revenue_minor
         FROM ${CELLS_SQL}
         CROSS JOIN LATERAL (SELECT l.* FROM lead l WHERE l.partner_id = c.partner_id AND l.mdf_request_id IS NOT NULL
                                AND l.status_changed_at >= c.starts AND l.status_changed_at < c.ends OFFSET 0) l
        WHERE l.status = 'CONVERTED' AND l.converted_value_minor IS NOT NULL AND l.converted_currency IS NOT NULL
        GROUP BY 1, 2, 3`,
      cellParams(cells),
      'kpi.lead-money',
    );
    return rows.map((r) => numbersOf(r, ['mdf_revenue_minor']));
  }

  /**
   * Channel conflicts of a month (YYYY-MM-01), by partner: the partner's deal registrations filed that month
   * for a customer that another partner registered within 180 days before or after (same company, email
   * domain or tax id; a rejected registration counts too: the clash happened).
   */
  async registrationConflicts(scope: Scope, month: string): Promise<Map<string, number>> {
    const rows = await scope.query<{ partnerId: string; n: number }>(
      `SELECT r.partner_id AS "partnerId", count(*)::int AS n
         FROM deal_registration r
        WHERE r.created_at >= ($1::date::timestamp AT TIME ZONE 'UTC') AND r.created_at < (($1::date + interval '1 month') AT TIME ZONE 'UTC')
          AND EXISTS (SELECT 1 FROM deal_registration o
                       WHERE o.partner_id <> r.partner_id AND o.created_at BETWEEN r.created_at - interval '180 days' AND r.created_at + interval '180 days'
                         AND (o.company_key = r.company_key OR o.domain_key = r.domain_key OR o.tax_key = r.tax_key))
        GROUP BY 1`,
      [month], 'kpi.registration-conflicts');
    return new Map(rows.map((r) => [r.partnerId, r.n]));
  }
}
