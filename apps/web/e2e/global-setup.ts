import { existsSync } from 'node:fs';
import { chmod, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createAdminViaCli, E2E_ADMIN } from './fixtures';
import { freePort, startApi, waitForHealth, webDist } from './server';
import { setRunningApi } from './running-api';

export default async function globalSetup(): Promise<void> {
  if (!existsSync(path.join(webDist, 'index.html'))) {
    throw new Error(`${webDist}/index.html is missing: build the SPA first (pnpm --filter @trellis/web build).`);
  }
  const dataDir = await mkdtemp(path.join(tmpdir(), 'trellis-e2e-'));
  // As root, the embedded PostgreSQL runs as the "postgres" OS user, which must be able to enter this folder.
  await chmod(dataDir, 0o755);
  const [port, pgPort] = [await freePort(), await freePort()];
  const baseUrl = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOST: '127.0.0.1',
    PORT: String(port),
    PUBLIC_URL: baseUrl,
    TRELLIS_DATA_DIR: dataDir,
    TRELLIS_PG_PORT: String(pgPort),
    WEB_DIST: webDist,
    SEED_DEMO: 'false',
    LOGIN_MAX_FAILURES: '50',
    // Every spec's visitors send their quote requests from 127.0.0.1.
    LEADS_PER_IP_PER_HOUR: '200',
    // ...and their "Become a partner" applications.
    APPLICATIONS_PER_IP_PER_HOUR: '200',
    LOG_LEVEL: 'warn',
  };
  // The CLI opens the database itself, so it runs before the server (two embedded servers cannot share a folder).
  createAdminViaCli(env, E2E_ADMIN);
  const logFile = path.join(dataDir, 'api.log');
  const child = startApi(env, logFile);
  setRunningApi({ child, dataDir });
  await waitForHealth(baseUrl, child, logFile);
  process.env.E2E_BASE_URL = baseUrl;
  process.env.E2E_API_LOG = logFile;
}
