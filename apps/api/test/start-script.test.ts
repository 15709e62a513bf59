import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { captured, freePort, Started, until } from './processes';

/* `pnpm start` as a user runs it: the SPA is built only when its sources changed, and a stop (Ctrl-C in a
   terminal, SIGTERM from a process manager) ends quietly with exit code 0. */

const repoRoot = path.resolve(__dirname, '../../..');


// The test command runs under pnpm, which names itself in npm_execpath; run the same pnpm. Run alone (jest
// straight from a shell), fetch pnpm's entry point through npx, but run it directly: npx's own `sh -c`
// would die of the Ctrl-C and report 130 whatever Trellis does.
function pnpmEntry(): string {
  const execPath = process.env.npm_execpath;
  if (execPath && /pnpm/.test(path.basename(execPath))) return execPath;
  const found = spawnSync('npx', ['-y', '-p', 'pnpm@10.34.9', 'sh', '-c', 'command -v pnpm'], { encoding: 'utf8' });
  return realpathSync(found.stdout.trim());
}


function pnpmStart(env: Record<string, string>): Started {
  // Its own process group, as a terminal gives the foreground job, so that a "Ctrl-C" reaches every process in it.
  return captured(spawn(process.execPath, [pnpmEntry(), 'start'], { cwd: repoRoot, detached: true, env: { ...process.env, LOG_LEVEL: 'info', ...env } }));
}


/** What a clean stop prints after the "running" line: Trellis's own shutdown line and nothing else. */
function afterRunning(output: string): string[] {
  return output
    .slice(output.indexOf('Trellis is running at'))
    .split('\n')
    .slice(1)
    .filter((line) => line.trim() !== '' && !/"msg":"started"/.test(line));
}

describe('pnpm start', () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'trellis-start-script-'));
    chmodSync(dir, 0o755); // reachable by the "postgres" OS user
    dirs.push(dir);
    return dir;
  };
  const started: Started[] = [];
  afterAll(async () => {
    // A failed assertion must not leave a server running: stop what is left, then remove its directories.
    for (const s of started.filter((s) => s.child.exitCode === null && s.child.signalCode === null)) {
      process.kill(-s.child.pid!, 'SIGTERM');
      await s.exited;
    }
    dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
  });

  it('builds the SPA once, skips the build on a restart, and stops quietly with exit code 0', async () => {
    const webDist = tempDir();
    const env = {
      TRELLIS_DATA_DIR: tempDir(),
      WEB_DIST: webDist,
      PORT: String(await freePort()),
      TRELLIS_PG_PORT: String(await freePort()),
      SEED_DEMO: 'false',
    };

    const first = pnpmStart(env);
    started.push(first);
    await until(first, 'Trellis is running at', 180_000);
    expect(first.output()).toContain('Building the SPA');
    const page = await fetch(`http://127.0.0.1:${env.PORT}/channel`);
    // The page as built, with the English texts' chunk preloaded (no Accept-Language: English).
    const served = await page.text();
    const preload = /\n\s*<link rel="modulepreload" crossorigin href="\/assets\/en-[\w-]+\.js">/;
    expect(served).toMatch(preload);
    expect(served.replace(preload, '')).toBe(readFileSync(path.join(webDist, 'index.html'), 'utf8'));
    process.kill(-first.child.pid!, 'SIGINT'); // Ctrl-C: the terminal signals the whole process group
    expect(await first.exited).toBe(0);
    expect(afterRunning(first.output())).toEqual([expect.stringMatching(/"signal":"SIGINT","msg":"shutting down"/)]);

    const second = pnpmStart(env);
    started.push(second);
    await until(second, 'Trellis is running at', 180_000);
    expect(second.output()).toContain('SPA build is up to date');
    expect(second.output()).not.toContain('Building the SPA');
    second.child.kill('SIGTERM'); // a process manager signals only the process it started
    expect(await second.exited).toBe(0);
    expect(afterRunning(second.output())).toEqual([expect.stringMatching(/"signal":"SIGTERM","msg":"shutting down"/)]);
    for (const output of [first.output(), second.output()]) expect(output).not.toMatch(/ERR_PNPM|ELIFECYCLE|Command failed/);
  }, 240_000);
});
