#!/usr/bin/env node
// The one test command (pnpm test): type-check every package, run the API tests against an embedded
// PostgreSQL, build the SPA and run the browser tests against it. Prints one closing line of totals.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const bin = (name) => path.join(root, 'node_modules/.bin', name);
const started = Date.now();
const totals = { passed: 0, failed: 0 };

// A failed step that is not a test runner (type-check, build) counts as one failure in the totals.
function run(title, command, args, options = {}, countsAsTest = true) {
  console.log(`\n=== ${title}`);
  const t = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, ...options });
  console.log(`--- ${title}: ${result.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  if (result.status !== 0 && countsAsTest) totals.failed += 1;
  return result.status === 0;
}

function jest(title, cwd, config) {
  const report = path.join(mkdtempSync(path.join(tmpdir(), 'trellis-jest-')), 'report.json');
  const ok = run(title, path.join(cwd, 'node_modules/.bin/jest'), ['-c', config, '--json', '--outputFile', report], { cwd }, false);
  if (existsSync(report)) {
    const r = JSON.parse(readFileSync(report, 'utf8'));
    totals.passed += r.numPassedTests;
    totals.failed += r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0);
  } else {
    totals.failed += 1;
  }
  return ok;
}

function ensureChromium() {
  if (existsSync('/usr/bin/chromium')) return true;
  if (process.getuid?.() === 0 && spawnSync('which', ['apt-get']).status === 0) {
    return run('install Debian chromium for the browser tests', 'bash', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium']);
  }
  console.error('\nThe browser tests need Chromium at /usr/bin/chromium. Install it with:\n  sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium\n');
  totals.failed += 1;
  return false;
}

let ok = true;
ok = run('generated GraphQL types match the schema (pnpm schema regenerates them)', bin('graphql-codegen'), ['--config', 'codegen.ts', '--check']) && ok;
ok = run('type-check: api', bin('tsc'), ['-p', 'apps/api', '--noEmit']) && ok;
ok = run('type-check: bench', bin('tsc'), ['-p', 'bench/tsconfig.json']) && ok;
ok = run('type-check: web', bin('tsc'), ['-p', 'apps/web', '--noEmit']) && ok;
ok = jest('API tests (jest, embedded PostgreSQL)', path.join(root, 'apps/api'), 'jest.config.cjs') && ok;
const web = path.join(root, 'apps/web');
ok = jest('SPA unit tests (jest)', web, 'jest.config.cjs') && ok;
if (run('build the SPA', path.join(web, 'node_modules/.bin/vite'), ['build'], { cwd: web }) && ensureChromium()) {
  ok = jest('browser tests (Playwright + Debian chromium, real API)', web, 'jest.e2e.config.cjs') && ok;
} else {
  ok = false;
}

const seconds = ((Date.now() - started) / 1000).toFixed(0);
console.log(`\nAll test steps ${ok ? 'passed' : 'did NOT pass'} in ${seconds} s.`);
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed`);
process.exit(ok && totals.failed === 0 ? 0 : 1);
