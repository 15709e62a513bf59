#!/usr/bin/env node
// pnpm start: build the SPA only when its sources changed, then run the API (which serves the SPA) in the
// foreground. Run by node directly rather than as a chain of pnpm scripts: pnpm's recursive run reports a
// server stopped by Ctrl-C as a failure (its `sh -c` dies of the signal while Trellis is still shutting
// down), whereas this script waits for the API to finish its shutdown and exits with the API's own code.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { constants } from 'node:os';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const web = path.join(root, 'apps/web');
const api = path.join(root, 'apps/api');
// The API serves the SPA from WEB_DIST (apps/api/src/config.ts); the build goes where it is served from.
const dist = path.resolve(process.env.WEB_DIST || path.join(web, 'dist'));
const stampFile = path.join(dist, '.trellis-source-hash');

// Everything the bundle is made from: the SPA's sources and config, the schema it is typed by, and the
// lockfile (a dependency update changes the bundle too).
const sources = [
  'apps/web/src',
  'apps/web/index.html',
  'apps/web/public',
  'apps/web/vite.config.ts',
  'apps/web/precompress.ts',
  'apps/web/graphqlDocuments.ts',
  'apps/web/tsconfig.json',
  'apps/web/package.json',
  'packages/schema',
  'tsconfig.base.json',
  'pnpm-lock.yaml',
];

function filesUnder(relative) {
  const full = path.join(root, relative);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [relative];
  return readdirSync(full, { withFileTypes: true })
    .filter((entry) => entry.name !== 'node_modules')
    .flatMap((entry) => filesUnder(path.join(relative, entry.name)));
}

function sourceHash() {
  const hash = createHash('sha256');
  for (const file of sources.flatMap(filesUnder).sort()) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(path.join(root, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

function buildSpaIfChanged() {
  const started = Date.now();
  const hash = sourceHash();
  const built = existsSync(path.join(dist, 'index.html')) && existsSync(stampFile) && readFileSync(stampFile, 'utf8').trim() === hash;
  if (built) {
    console.log(`SPA build is up to date (${path.relative(root, dist) || dist}).`);
    return;
  }
  console.log(existsSync(path.join(dist, 'index.html')) ? 'SPA sources changed: building the SPA...' : 'Building the SPA...');
  const vite = path.join(web, 'node_modules/.bin/vite');
  const result = spawnSync(vite, ['build', '--logLevel', 'warn', '--outDir', dist, '--emptyOutDir'], { cwd: web, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\nTrellis could not start: building the SPA failed${result.signal ? ` (${result.signal})` : ''}.\n`);
    process.exit(result.status || 1);
  }
  writeFileSync(stampFile, `${hash}\n`);
  console.log(`SPA built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

buildSpaIfChanged();

// A larger young generation: a GraphQL answer's many short-lived objects then die young instead of being
// copied into the old generation (the nested partners list spent a quarter of its CPU in the collector).
const server = spawn(process.execPath, ['--max-semi-space-size=32', '-r', '@swc-node/register', 'src/main.ts'], {
  cwd: api,
  stdio: 'inherit',
  env: { ...process.env, WEB_DIST: dist },
});
// Ctrl-C in a terminal signals the whole process group, the API included; a process manager signals only
// this process. Forward either way (the API ignores a repeated signal) and wait for the API's own exit.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => server.kill(signal));
}
server.on('exit', (code, signal) => {
  process.exit(code ?? 128 + (constants.signals[signal] ?? 1));
});
