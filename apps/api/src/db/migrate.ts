import { DataSource } from 'typeorm';
import type { Pool } from 'pg';
import { runMigrations } from 'graphile-worker';
import { workerLogger } from '../jobs/worker-logger';

/** The pg pool under a TypeORM data source (its driver's "master"). */
function pgPoolOf(dataSource: DataSource): Pool {
  return (dataSource.driver as unknown as { master: Pool }).master;
}

/**
 * Brings the schema up to date: Trellis's migrations, then graphile-worker's own (its schema,
 * graphile_worker, which trellis_enqueue writes to). Both are idempotent and take their own locks, so
 * instances starting together are safe. Returns the names of the Trellis migrations applied.
 */
export async function migrateDatabase(dataSource: DataSource): Promise<string[]> {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  await runMigrations({ pgPool: pgPoolOf(dataSource), logger: workerLogger });
  return applied.map((m) => m.name);
}
