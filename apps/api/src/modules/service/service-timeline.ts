import { Scope } from '../../access/scope';
import { TimelinePosition, TimelineRow, timelinePageSql } from '../../domain/timeline';

/** A partner's service history for its timeline: every step of its service cases (`service_case_event`) with the case's number. */
export class ServiceTimeline {
  async timelineEntries(scope: Scope, partnerId: string, before: TimelinePosition | null, limit: number): Promise<TimelineRow[]> {
    const { sql, params } = timelinePageSql(
      `SELECT 'service:' || lpad(x.id::text, 19, '0') AS key, x.at, 'SERVICE_CASE' AS source, x.action, c.number AS title, x.note AS detail,
          x.case_id AS "subjectId", x.actor_id AS "actorId"
        FROM service_case_event x JOIN service_case c ON c.id = x.case_id WHERE x.partner_id = $1`,
      partnerId, before, limit);
    return scope.query<TimelineRow>(sql, params, 'service.timeline');
  }
}
