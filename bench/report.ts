// The report: what was measured, where, at what scale; printed as tables and kept as JSON so that runs can
// be compared over time (bench/results/ is git-ignored: numbers from one machine are not source).
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Summary } from './load';
import type { GenerationStep } from './generate';

/** A measurement that is not a load against a baseline (h2: the rollups brought up to date): what was timed, and whether its check held. */
export interface TimingResult {
  key: string;
  title: string;
  ok: boolean;
  lines: string[];
  values: Record<string, number>;
}

export interface ScenarioResult {
  key: string;
  title: string;
  /** Public: no cookie, so no session lookup. */
  public: boolean;
  /** The API's x-sql-statements header: the request's statements (the viewer lookup, identity switches, BEGIN and COMMIT excluded). */
  apiStatements: number | null;
  /** The API's x-sql-round-trips header on a warm pool: every exchange with PostgreSQL, viewer lookup and setup included. */
  apiRoundTrips: number | null;
  /** Statements of the SQL baseline per request. */
  sqlStatements: number;
  /** Whether the API's and the hand-written SQL's answers were the same data, field for field, on every probe. */
  sameData: boolean;
  /** What each probe asked and what it answered. */
  probes: string[];
  api: Summary;
  sql: Summary;
  ratio: { rps: number; p50: number; p99: number };
}

export interface Report {
  startedAt: string;
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string; postgres: string; platform: string };
  options: {
    partners: number; usersPerPartner: number; products: number; offersPerPartner: number; orderLines?: number; leads?: number;
    durationSeconds: number; concurrency: number;
    warmupSeconds: number; rounds: number; poolSize: number; nodeEnv: string; only: string[];
  };
  database: string;
  scale: Record<string, number>;
  generation: { ms: number | null; reused: boolean; steps: GenerationStep[] };
  partnerManager: { partnerCode: string; visiblePartners: number } | null;
  /** The whole run: database start, generation, every scenario (cleanup excluded). */
  totalSeconds: number;
  scenarios: ScenarioResult[];
  timings?: TimingResult[];
  notes: string[];
}

export function ratios(api: Summary, sql: Summary): ScenarioResult['ratio'] {
  return { rps: api.rps / sql.rps, p50: api.p50 / sql.p50, p99: api.p99 / sql.p99 };
}

const num = (n: number, digits: number): string => (Number.isFinite(n) ? n.toFixed(digits) : '-');

function table(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('   ')).join('\n');
}

export function formatReport(r: Report): string {
  const out: string[] = [];
  const m = r.machine;
  out.push('Trellis benchmark', '=================');
  out.push(`machine    ${m.cpus} CPUs (${m.cpuModel}), ${m.memoryGb} GB, ${m.platform}, Node ${m.node}, PostgreSQL ${m.postgres}`);
  out.push(`database   ${r.database}`);
  out.push(`scale      ${Object.entries(r.scale).map(([k, v]) => `${v} ${k}`).join(', ')}`);
  out.push(`generation ${r.generation.reused ? 'reused data generated earlier' : `${num((r.generation.ms ?? 0) / 1000, 2)} s (set-based SQL, vacuum analyze included)`}`);
  for (const step of r.generation.steps.filter((x) => x.ms >= 50)) {
    out.push(`             ${step.label.padEnd(24)} ${step.rows === null ? ''.padStart(9) : String(step.rows).padStart(9)} rows ${num(step.ms / 1000, 2).padStart(7)} s`);
  }
  const o = r.options;
  out.push(`load       ${o.concurrency} concurrent clients (closed loop, keep-alive), ${o.warmupSeconds} s warmup per side, ` +
    `${o.durationSeconds} s measured per side in ${o.rounds} alternating rounds; pool size ${o.poolSize} on both sides; NODE_ENV=${o.nodeEnv}`);
  if (r.partnerManager) {
    out.push(`partner    scenario c signs in as the partner manager of ${r.partnerManager.partnerCode}, who sees ${r.partnerManager.visiblePartners} partners`);
  }
  out.push(`total      ${num(r.totalSeconds, 0)} s for the whole run (scenarios ${o.only.join(', ')})`);
  for (const s of r.scenarios) {
    out.push('', `${s.key}. ${s.title}`);
    out.push(`   API per request: ${s.apiStatements ?? '?'} statements (x-sql-statements), ${s.apiRoundTrips ?? '?'} round trips to PostgreSQL in all ` +
      `(x-sql-round-trips, warm pool: ${s.public ? 'no session lookup (public)' : 'the session lookup'}, identity switches, BEGIN/COMMIT if any); ` +
      `SQL baseline: ${s.sqlStatements}.  Same data: ${s.sameData ? 'yes' : 'NO'}`);
    for (const probe of s.probes) out.push(`   probe ${probe}`);
    const rows = [
      ['', 'req/s', 'p50 ms', 'p99 ms', 'node CPU ms/req', 'pg CPU ms/req', 'requests', 'errors'],
      ...(['api', 'sql'] as const).map((side) => {
        const x = s[side];
        return [side.toUpperCase(), num(x.rps, 0), num(x.p50, 2), num(x.p99, 2), num(x.nodeCpuMsPerRequest, 2), num(x.dbCpuMsPerRequest, 2), String(x.requests), String(x.errors)];
      }),
      ['API/SQL', `${num(s.ratio.rps, 2)}x`, `${num(s.ratio.p50, 2)}x`, `${num(s.ratio.p99, 2)}x`, '', '', '', ''],
    ];
    out.push(table(rows).replace(/^/gm, '   '));
    for (const [side, sum] of [['API', s.api], ['SQL', s.sql]] as const) {
      if (sum.firstError) out.push(`   first ${side} error: ${sum.firstError}`);
    }
  }
  for (const t of r.timings ?? []) {
    out.push('', `${t.key}. ${t.title}${t.ok ? '' : '  (check FAILED)'}`);
    for (const line of t.lines) out.push(`   ${line}`);
  }
  if (r.notes.length) out.push('', ...r.notes.map((n) => `note: ${n}`));
  return out.join('\n');
}

export async function writeJson(r: Report, file: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(r, null, 2)}\n`);
}
