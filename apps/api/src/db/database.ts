import { Config } from '../config';
import { logger } from '../logger';
import { closeDataSource, createDataSource } from './data-source';
import { migrateDatabase } from './migrate';
import { startEmbeddedPostgres, RunningPostgres } from './embedded-postgres';
import { DataSource } from 'typeorm';
import type { Pools } from '../access/scope';

/** Connections of a request and of Trellis's own work come from separate pools (see access/scope.ts). */
const SYSTEM_POOL_SIZE = 4;
/** A request's transaction never waits on anything slow (password hashing and mail run outside it). */
const REQUEST_IDLE_IN_TRANSACTION_MS = 60_000;


export interface Database {
  pools: Pools;
  embedded?: RunningPostgres;
  close(): Promise<void>;
}

/** Both pools on one database; the system pool is small, for boot, seeding, command-line tasks and jobs. */
export async function openPools(url: string, requestPoolSize = 20, beforeRequests?: (system: DataSource) => Promise<void>): Promise<Pools> {
  const system = createDataSource(url, SYSTEM_POOL_SIZE);
  await system.initialize();
  try {
    await beforeRequests?.(system);
    const requests = createDataSource(url, requestPoolSize, REQUEST_IDLE_IN_TRANSACTION_MS);
    await requests.initialize();
    return { requests, system };
  } catch (err) {
    await closeDataSource(system).catch(() => undefined);
    throw err;
  }
}

export async function closePools(pools: Pools): Promise<void> {
  await Promise.all([pools.requests, pools.system].map(closeDataSource));
}

/** Connects to DATABASE_URL, or starts the embedded server, then brings the schema up to date. */
export async function openDatabase(config: Config): Promise<Database> {
  let embedded: RunningPostgres | undefined;
  let url = config.databaseUrl;
  if (!url) {
    embedded = await startEmbeddedPostgres({
      dataRoot: config.dataDir,
      port: config.embeddedPgPort,
      log: (line) => logger.debug({ postgres: line }),
    });
    if (embedded.relocatedReason) logger.warn(embedded.relocatedReason);
    logger.info({ dataDir: embedded.dataDir, port: embedded.port }, 'embedded PostgreSQL started');
    url = embedded.connectionString.replace(/\/postgres$/, '/trellis');
    await ensureDatabase(embedded.connectionString, 'trellis');
  }
  let pools: Pools | undefined;
  try {
    // Migrations first, on the system pool: the request pool's start then finds the schema it expects.
    pools = await openPools(url, 20, async (system) => {
      const applied = await migrateDatabase(system);
      if (applied.length) logger.info({ migrations: applied }, 'migrations applied');
    });
  } catch (err) {
    if (pools) await closePools(pools).catch(() => undefined);
    await embedded?.stop();
    throw err;
  }
  const opened = pools;
  return {
    pools: opened,
    embedded,
    async close() {
      await closePools(opened);
      await embedded?.stop();
    },
  };
}

/** The URL both pools connect with (the embedded server's, or DATABASE_URL). */
export function databaseUrlOf(pools: Pools): string {
  return (pools.system.options as { url: string }).url;
}

/** Creates a database on the server if it is missing (the embedded server starts with only "postgres"). */
export async function ensureDatabase(serverUrl: string, name: string, template?: string): Promise<void> {
  const admin = createDataSource(serverUrl, 1);
  await admin.initialize();
  try {
    const [exists] = await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [name]);
    if (!exists) await admin.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ''}`);
  } finally {
    await admin.destroy();
  }
}
