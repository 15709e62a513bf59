/**
 * Paging through a whole list for a CSV export, apart from React and Apollo so that a plain jest test can
 * drive it (exportAll.test.ts).
 */

/** The largest `first` the API takes on a list (PageArgs in apps/api/src/domain/connection.ts): fewest round trips. */
export const EXPORT_PAGE_SIZE = 100;

/**
 * An export stops here: 50,000 rows are about 500 requests and a file of a few megabytes, still fine for a
 * browser tab and a spreadsheet; a larger set is a job for filters (or the API), and the UI says so.
 */
export const EXPORT_ROW_CAP = 50_000;

/** One page of a Relay connection, reduced to what paging needs. */
export interface ExportPage<Row> {
  rows: readonly Row[];
  hasNextPage: boolean;
  endCursor: string | null | undefined;
}

export interface CollectOptions {
  /** The most rows to collect; the result says whether there were more. */
  cap?: number;
  /** Stops between pages (and, through fetchPage, within one); a cancelled run rejects with ExportCancelled. */
  signal?: AbortSignal;
  /** Called after each page with the number of rows collected so far. */
  onProgress?: (rows: number) => void;
}

export interface CollectedRows<Row> {
  rows: Row[];
  /** True when the list had more rows than the cap: the export holds the first `cap` only. */
  capped: boolean;
}

/** The user cancelled the export: no error to show. */
export class ExportCancelled extends Error {
  constructor() {
    super('The export was cancelled.');
    this.name = 'ExportCancelled';
  }
}

/**
 * Asks for page after page (`fetchPage(after)`, null for the first) until the list says there is no next
 * page or the cap is reached. A page that claims a next page but gives no new cursor would loop forever:
 * it ends the run as an error instead. A failed page rejects with its own error, so that the caller can
 * describe it; the rows of the pages before it are dropped, as a partial file would look complete.
 */
export async function collectAllRows<Row>(
  fetchPage: (after: string | null) => Promise<ExportPage<Row>>,
  { cap = EXPORT_ROW_CAP, signal, onProgress }: CollectOptions = {},
): Promise<CollectedRows<Row>> {
  const rows: Row[] = [];
  let after: string | null = null;
  for (;;) {
    if (signal?.aborted) throw new ExportCancelled();
    let page: ExportPage<Row>;
    try {
      page = await fetchPage(after);
    } catch (error) {
      // An aborted request fails with the fetch's own AbortError: that is the cancel, not a failure.
      if (signal?.aborted) throw new ExportCancelled();
      throw error;
    }
    if (signal?.aborted) throw new ExportCancelled();
    rows.push(...page.rows);
    if (rows.length >= cap) {
      const capped = rows.length > cap || page.hasNextPage;
      rows.length = cap;
      onProgress?.(rows.length);
      return { rows, capped };
    }
    onProgress?.(rows.length);
    if (!page.hasNextPage) return { rows, capped: false };
    if (!page.endCursor || page.endCursor === after) throw new Error('The list gave a next page without a new cursor.');
    after = page.endCursor;
  }
}

/** "partners-2026-12-01.csv": the list's name and the day of the export, in the user's own time zone. */
export function datedFileName(name: string, now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${name}-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.csv`;
}
