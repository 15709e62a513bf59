import { TestApp } from './harness';

/**
 * Counts row versions written by UPDATEs, per table and row, through test-only triggers in this test
 * file's own database. It measures what the services cannot report themselves: that a change which
 * changes nothing wrote nothing. The trigger function runs as its owner, so any request role may log.
 */
export async function countUpdates(app: TestApp, keyColumnOf: Record<string, string>) {
  await app.dataSource.query(`
    CREATE TABLE IF NOT EXISTS test_row_write (table_name text NOT NULL, row_id text NOT NULL);
    CREATE OR REPLACE FUNCTION test_log_row_write() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
      DECLARE key text;
      BEGIN
        EXECUTE format('SELECT ($1).%I::text', TG_ARGV[0]) USING NEW INTO key;
        INSERT INTO public.test_row_write VALUES (TG_TABLE_NAME, key);
        RETURN NEW;
      END $$;`);
  for (const [table, key] of Object.entries(keyColumnOf)) {
    await app.dataSource.query(`CREATE OR REPLACE TRIGGER test_count_${table} AFTER UPDATE ON ${table} FOR EACH ROW EXECUTE FUNCTION test_log_row_write('${key}')`);
  }
  /** Row versions UPDATE wrote to the row of `table` keyed `id` since the triggers were made. */
  return async (table: string, id: string): Promise<number> => {
    const [row] = await app.dataSource.query(`SELECT count(*)::int AS n FROM test_row_write WHERE table_name = $1 AND row_id = $2`, [table, id]);
    return row.n;
  };
}
