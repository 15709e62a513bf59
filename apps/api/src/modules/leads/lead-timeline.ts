import { Scope } from '../../access/scope';
import { TimelinePosition, TimelineRow, timelinePageSql } from '../../domain/timeline';

/**
 * A partner's lead history for its timeline: every `lead_event` that concerns the partner, with the lead's
 * reference. Row-level security decides what the viewer sees (a partner its own events only); a lead that
 * has since left the partner keeps its events, and its reference only where the viewer still sees the lead.
 */
export class LeadTimeline {
  async timelineEntries(scope: Scope, partnerId: string, before: TimelinePosition | null, limit: number): Promise<TimelineRow[]> {
    const { sql, params } = timelinePageSql(
      `SELECT 'lead:' || lpad(x.id::text, 19, '0') AS key, x.at, 'LEAD' AS source, x.action, coalesce(l.reference, '') AS title, x.reason AS detail,
          x.lead_id AS "subjectId", x.actor_id AS "actorId"
        FROM lead_event x LEFT JOIN lead l ON l.id = x.lead_id WHERE x.partner_id = $1`,
      partnerId, before, limit);
    return scope.query<TimelineRow>(sql, params, 'leads.timeline');
  }
}
