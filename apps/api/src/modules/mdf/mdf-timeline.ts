import { Scope } from '../../access/scope';
import { TimelinePosition, TimelineRow, timelinePageSql } from '../../domain/timeline';

/**
 * A partner's MDF history for its timeline: each request as it was (last) submitted, and each movement of
 * the partner's money (the ledger: ALLOCATE, RESERVE, RELEASE, CLAIM, PAY, EXPIRE) with its amount. Entries
 * name the request's number, or the fund for movements of the allocation alone.
 */
export class MdfTimeline {
  async timelineEntries(scope: Scope, partnerId: string, before: TimelinePosition | null, limit: number): Promise<TimelineRow[]> {
    const { sql, params } = timelinePageSql(
      `SELECT 'mdf-request:' || r.id AS key, r.submitted_at AS at, 'MDF' AS source, 'REQUESTED' AS action, r.number AS title, r.title AS detail,
          r.id AS "subjectId", r.submitted_by AS "actorId"
        FROM mdf_request r WHERE r.partner_id = $1
       UNION ALL
       SELECT 'mdf-ledger:' || lpad(x.id::text, 19, '0'), x.at, 'MDF', x.kind, coalesce(r.number, f.name),
          trim(to_char(x.amount_minor / 100.0, 'FM999999999999990.00')) || ' ' || x.currency, coalesce(x.request_id, x.fund_id), x.actor_id
        FROM mdf_ledger x JOIN mdf_fund f ON f.id = x.fund_id LEFT JOIN mdf_request r ON r.id = x.request_id WHERE x.partner_id = $1`,
      partnerId, before, limit);
    return scope.query<TimelineRow>(sql, params, 'mdf.timeline');
  }
}
