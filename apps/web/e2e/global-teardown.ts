import { rm } from 'node:fs/promises';
import { stopApi } from './server';
import { takeRunningApi } from './running-api';

export default async function globalTeardown(): Promise<void> {
  const api = takeRunningApi();
  if (!api) return;
  await stopApi(api.child, api.dataDir);
  await rm(api.dataDir, { recursive: true, force: true });
}
