import { Scope } from '../../access/scope';
import { TimelinePosition, TimelineRow, timelinePageSql } from '../../domain/timeline';

/** A partner's order history for its timeline: every step of its orders (`sales_order_event`) with the order's number. */
export class OrderTimeline {
  async timelineEntries(scope: Scope, partnerId: string, before: TimelinePosition | null, limit: number): Promise<TimelineRow[]> {
    const { sql, params } = timelinePageSql(
      `SELECT 'order:' || lpad(x.id::text, 19, '0') AS key, x.at, 'ORDER' AS source, x.action, o.number AS title, x.note AS detail,
          x.order_id AS "subjectId", x.actor_id AS "actorId"
        FROM sales_order_event x JOIN sales_order o ON o.id = x.order_id WHERE x.partner_id = $1`,
      partnerId, before, limit);
    return scope.query<TimelineRow>(sql, params, 'orders.timeline');
  }
}
