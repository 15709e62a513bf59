import { registerEnumType } from 'type-graphql';

/** Where an entry of a partner's timeline comes from: each source is read through its own module's service. */
export enum TimelineSource {
  INTERACTION = 'INTERACTION',
  LEAD = 'LEAD',
  ORDER = 'ORDER',
  SERVICE_CASE = 'SERVICE_CASE',
  MDF = 'MDF',
}
registerEnumType(TimelineSource, { name: 'TimelineSource', description: 'What a timeline entry records: an interaction, or an event of a lead, order, service case or MDF request.' });

/** One event of a partner's timeline, as every source answers it. */
export interface TimelineRow {
  /** Unique across sources and plain ASCII ("lead:0000000000000000042"): the tie-breaker of the order. */
  key: string;
  at: Date;
  /** `at` in UTC to the microsecond, as PostgreSQL stores it: the cursor's time, compared as text. */
  cursorAt: string;
  source: TimelineSource;
  /** The source's own word for what happened (ACCEPTED, SHIPPED, RESERVE, VISIT, ...). */
  action: string;
  /** The record's number or subject: L-2026-000123, SO-2026-000001, an interaction's subject. */
  title: string;
  detail: string | null;
  /** The lead, order, service case, MDF request or interaction the entry is about. */
  subjectId: string;
  actorId: string | null;
}

/** Where the previous page ended: entries strictly older (or as old with a smaller key) come next. */
export interface TimelinePosition {
  cursorAt: string;
  key: string;
}

/** What one source answers for a partner: at most `limit` entries before `before`, newest first. */
export type TimelineSourceReader<S> = (scope: S, partnerId: string, before: TimelinePosition | null, limit: number) => Promise<TimelineRow[]>;

/**
 * One page of one source as a statement: `inner` selects the columns of TimelineRow but `cursorAt`
 * (key, at, source, action, title, detail, "subjectId", "actorId") for the partner `$1`. Keys compare
 * byte by byte (COLLATE "C"), as JavaScript compares them in the merge, whatever the database's collation.
 */
export function timelinePageSql(inner: string, partnerId: string, before: TimelinePosition | null, limit: number): { sql: string; params: unknown[] } {
  const params: unknown[] = [partnerId];
  const where = before
    ? `WHERE e.at < $${params.push(before.cursorAt)}::timestamptz OR (e.at = $${params.length}::timestamptz AND e.key COLLATE "C" < $${params.push(before.key)}::text COLLATE "C")`
    : '';
  const sql = `SELECT e.key, e.at, to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "cursorAt", e.source, e.action, e.title, e.detail,
      e."subjectId", e."actorId" FROM (${inner}) e ${where} ORDER BY e.at DESC, e.key COLLATE "C" DESC LIMIT $${params.push(limit)}`;
  return { sql, params };
}

/** Newest first; at the same instant the larger key first, as the statements order them. */
export const newerFirst = (a: TimelinePosition, b: TimelinePosition): number =>
  a.cursorAt === b.cursorAt ? (a.key < b.key ? 1 : a.key > b.key ? -1 : 0) : a.cursorAt < b.cursorAt ? 1 : -1;
