import { rmSync } from 'node:fs';
import type { RunningPostgres } from '../src/db/embedded-postgres';

export default async function globalTeardown(): Promise<void> {
  const state = (globalThis as { trellisTestServer?: { server: RunningPostgres; dataRoot: string } }).trellisTestServer;
  if (!state) return;
  await state.server.stop();
  if (!process.env.TRELLIS_TEST_DATA_DIR) rmSync(state.dataRoot, { recursive: true, force: true });
}
