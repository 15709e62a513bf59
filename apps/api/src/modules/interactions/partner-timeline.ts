import { Scope } from '../../access/scope';
import { PageInfo, decodeCursor, encodeCursor } from '../../domain/connection';
import { TimelinePosition, TimelineRow, TimelineSource, TimelineSourceReader, newerFirst } from '../../domain/timeline';
import { PartnerService } from '../partners/partner.service';
import { instancesOf } from '../../domain/sql';
import { TimelineEntry } from './interaction.types';

export interface TimelinePage {
  edges: { cursor: string; node: TimelineEntry }[];
  pageInfo: PageInfo;
}

/** Each source's reader, by source: its module's `timelineEntries`. */
export type TimelineSources = Record<TimelineSource, TimelineSourceReader<Scope>>;

/**
 * One partner's timeline: its interactions and the events of its leads, orders, service cases and MDF
 * requests, newest first, in keyset pages. Each source is read through its own module (one statement each,
 * at most `first + 1` entries older than the cursor, under the viewer's row-level security), and the sorted
 * pages are merged k ways: the page is the `first` newest of them, and the cursor is the last entry's
 * (time, key), so the next page asks every source again from there. A page costs one statement per source
 * asked, whatever its size.
 */
export class PartnerTimeline {
  constructor(
    private readonly partners: PartnerService,
    private readonly sources: TimelineSources,
  ) {}

  async page(scope: Scope, partnerId: string, first: number, after?: string | null, kinds?: readonly TimelineSource[] | null): Promise<TimelinePage> {
    let before: TimelinePosition | null = null;
    if (after) {
      const [cursorAt, key] = decodeCursor(after, ['timestamp', 'text']) as [string, string];
      before = { cursorAt, key };
    }
    const partner = await this.partners.get(scope, partnerId);
    const asked = (Object.keys(this.sources) as TimelineSource[]).filter((source) => !kinds?.length || kinds.includes(source));
    const pages: TimelineRow[][] = [];
    // One connection per request: the statements take turns on it anyway, so they are asked one after another.
    for (const source of asked) pages.push(await this.sources[source](scope, partner.id, before, first + 1));
    const merged = mergeNewestFirst(pages, first + 1);
    const entries = instancesOf(TimelineEntry, merged.slice(0, first));
    const edges = entries.map((node) => ({ cursor: encodeCursor([node.cursorAt, node.key]), node }));
    return { edges, pageInfo: { hasNextPage: merged.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
  }
}

/** The `limit` newest rows of pages that are each sorted newest first: a k-way merge, taking the newest head each time. */
export function mergeNewestFirst(pages: readonly TimelineRow[][], limit: number): TimelineRow[] {
  const heads = pages.map(() => 0);
  const merged: TimelineRow[] = [];
  while (merged.length < limit) {
    let best = -1;
    pages.forEach((rows, i) => {
      if (heads[i] < rows.length && (best < 0 || newerFirst(rows[heads[i]], pages[best][heads[best]]) < 0)) best = i;
    });
    if (best < 0) break;
    merged.push(pages[best][heads[best]++]);
  }
  return merged;
}
