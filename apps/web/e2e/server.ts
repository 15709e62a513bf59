import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

export const repoRoot = path.resolve(__dirname, '../../..');
export const apiDir = path.join(repoRoot, 'apps/api');
export const webDist = path.join(repoRoot, 'apps/web/dist');

/** A port nobody listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Runs the API's CLI (e.g. create-admin) against the same data directory the server will use. */
export function runApiCli(env: NodeJS.ProcessEnv, args: string[]): void {
  const result = spawnSync(process.execPath, ['-r', '@swc-node/register', 'src/cli.ts', ...args], {
    cwd: apiDir,
    env,
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (result.status !== 0) {
    throw new Error(`trellis cli ${args[0]} failed (${result.status ?? result.signal}):\n${result.stdout}\n${result.stderr}`);
  }
}

/** Starts `node src/main.ts` of apps/api; its output goes to logFile, for when a test fails. */
export function startApi(env: NodeJS.ProcessEnv, logFile: string): ChildProcess {
  const log = createWriteStream(logFile);
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'src/main.ts'], {
    cwd: apiDir,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  return child;
}

export async function waitForHealth(baseUrl: string, child: ChildProcess, logFile: string, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`The API exited with ${child.exitCode} before it was healthy:\n${readFileSync(logFile, 'utf8').slice(-3000)}`);
    }
    try {
      const response = await fetch(`${baseUrl}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The API did not answer ${baseUrl}/healthz within ${timeoutMs} ms:\n${readFileSync(logFile, 'utf8').slice(-3000)}`);
}

/** SIGTERM, then wait; a server that hangs is killed, and its embedded PostgreSQL stopped by hand. */
export async function stopApi(child: ChildProcess, dataDir: string, timeoutMs = 15_000): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
    const inTime = await Promise.race([exited.then(() => true), timedOut]);
    clearTimeout(timer); // a pending timer would keep jest from exiting
    if (!inTime) {
      child.kill('SIGKILL');
      await exited;
    }
  }
  // A SIGKILLed API leaves its postgres running; its pid is the first line of postmaster.pid.
  const pidFile = path.join(dataDir, 'pg18', 'postmaster.pid');
  if (existsSync(pidFile)) {
    const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
    if (pid > 0) {
      try {
        process.kill(pid, 'SIGINT');
      } catch {
        // already gone
      }
      const deadline = Date.now() + 10_000;
      while (existsSync(pidFile) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    }
  }
}
