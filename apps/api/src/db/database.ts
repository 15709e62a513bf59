import { DataSource } from 'typeorm';
import { Config } from '../config';
import { logger } from '../logger';
import { createDataSource } from './data-source';
import { startEmbeddedPostgres, RunningPostgres } from './embedded-postgres';

export interface Database {
  dataSource: DataSource;
  embedded?: RunningPostgres;
  close(): Promise<void>;
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
  const dataSource = createDataSource(url);
  try {
    await dataSource.initialize();
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    if (applied.length) logger.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
  } catch (err) {
    await embedded?.stop();
    throw err;
  }
  return {
    dataSource,
    embedded,
    async close() {
      if (dataSource.isInitialized) await dataSource.destroy();
      await embedded?.stop();
    },
  };
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
