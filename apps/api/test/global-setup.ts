import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres';
import { createDataSource } from '../src/db/data-source';
import { ensureDatabase } from '../src/db/database';
import { migrateDatabase } from '../src/db/migrate';
import { freePort } from './processes';

export const TEMPLATE_DB = 'trellis_template';


/** One PostgreSQL server for the whole run; a migrated template that each test file copies. */
export default async function globalSetup(): Promise<void> {
  const started = Date.now();
  const dataRoot = process.env.TRELLIS_TEST_DATA_DIR || mkdtempSync(path.join(tmpdir(), 'trellis-test-'));
  // mkdtemp makes the folder private; run as root, the server's "postgres" user must enter it, or the
  // data would be relocated to /var/lib/trellis and outlive the run.
  chmodSync(dataRoot, 0o755);
  const server = await startEmbeddedPostgres({ dataRoot, port: await freePort() });
  // A throwaway cluster: commits do not wait for their WAL to reach the disk (a crash of PostgreSQL itself
  // could lose the last ones; no test crashes it, the crash tests kill the API). What a commit makes visible,
  // and when, is unchanged. (fsync is fixed on its command line, so it stays on.) Reloaded, not restarted.
  const admin = createDataSource(server.connectionString, 1);
  await admin.initialize();
  await admin.query(`ALTER SYSTEM SET synchronous_commit = off`);
  await admin.query(`SELECT pg_reload_conf()`);
  await admin.destroy();
  await ensureDatabase(server.connectionString, TEMPLATE_DB);
  const template = createDataSource(server.connectionString.replace(/\/postgres$/, `/${TEMPLATE_DB}`), 1);
  await template.initialize();
  await migrateDatabase(template);
  await template.destroy();
  process.env.TRELLIS_TEST_PG_URL = server.connectionString;
  (globalThis as { trellisTestServer?: unknown }).trellisTestServer = { server, dataRoot };
  if (process.env.TRELLIS_TEST_VERBOSE) console.log(`test database ready in ${Date.now() - started} ms`);
}
