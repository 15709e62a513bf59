import type { ChildProcess } from 'node:child_process';

/** globalSetup and globalTeardown run in the same process: the server handle passes between them here. */
interface RunningApi {
  child: ChildProcess;
  dataDir: string;
}

const holder = globalThis as typeof globalThis & { __trellisE2eApi?: RunningApi };

export function setRunningApi(api: RunningApi): void {
  holder.__trellisE2eApi = api;
}

export function takeRunningApi(): RunningApi | undefined {
  const api = holder.__trellisE2eApi;
  delete holder.__trellisE2eApi;
  return api;
}
