import { DataSource } from 'typeorm';

/**
 * Tables a refused call may write by design: the rate limiters count refused sign-ins and public
 * requests (that is their job), so they change on calls that fail.
 */
const COUNTERS = new Set(['login_limit', 'showroom_limit', 'migrations']);

/**
 * A fingerprint of every row of every table: per table the row count and an order-independent sum of
 * row hashes. Cheap in a test database (one statement), and any insert, update or delete changes it.
 * Read through the owner's connection, which row-level security does not filter.
 */
export async function fingerprinter(dataSource: DataSource): Promise<() => Promise<Record<string, string>>> {
  const tables: { name: string }[] = await dataSource.query(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
  );
  const parts = tables
    .filter((t) => !COUNTERS.has(t.name))
    .map((t) => `SELECT '${t.name}' AS name, count(*) || ':' || coalesce(sum(hashtextextended(x::text, 0)), 0) AS print FROM "${t.name}" x`);
  const sql = parts.join(' UNION ALL ');
  let last: { xmax: string; print: Record<string, string> } | undefined;
  // Any write, even one rolled back, takes a transaction id. While the next id is unchanged nothing was
  // written, and the (costlier) hash of every row need not be taken again.
  return async () => {
    const [{ xmax }] = await dataSource.query(`SELECT pg_snapshot_xmax(pg_current_snapshot())::text AS xmax`);
    if (last && last.xmax === xmax) return last.print;
    const print = Object.fromEntries((await dataSource.query(sql)).map((r: { name: string; print: string }) => [r.name, r.print]));
    last = { xmax, print };
    return print;
  };
}
