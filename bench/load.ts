// A small closed-loop load driver: C workers, each sending its next request as soon as the previous one
// answered. Closed loop (not a fixed arrival rate) because we compare two servers on the same machine:
// throughput at a fixed concurrency and the latency that goes with it. Plain node:http with a keep-alive
// agent, not fetch: the driver shares the CPUs with the servers and PostgreSQL, so it must stay cheap.
import http from 'node:http';
import { readdirSync, readFileSync } from 'node:fs';

export interface RequestSpec {
  method: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface LoadOptions {
  port: number;
  concurrency: number;
  durationMs: number;
  /** A second bound besides time, so that a very fast target cannot fill memory with latencies. */
  maxRequests: number;
  timeoutMs: number;
  next: () => RequestSpec;
  /** Decides whether an answer counts as a success (a GraphQL error arrives with status 200). */
  ok: (answer: Answer) => boolean;
  signal?: AbortSignal;
  /** Cumulative CPU milliseconds of the database server, when it can be read (see postgresCpu). */
  dbCpuMs?: () => number;
}

export interface LoadResult {
  requests: number;
  errors: number;
  elapsedMs: number;
  /** Latencies of successful requests, in milliseconds, unsorted. */
  latencies: number[];
  /** CPU time of this Node process (driver + servers) and of the database server during the run. */
  nodeCpuMs: number;
  dbCpuMs: number;
  firstError?: string;
}

/**
 * CPU milliseconds used so far by a PostgreSQL server: its postmaster and every child (backends, parallel
 * workers). Linux only (/proc); elsewhere, or when the pid is unknown, the bench reports no database CPU.
 */
export function postgresCpu(postmasterPid: number): (() => number) | undefined {
  if (process.platform !== 'linux' || !(postmasterPid > 0)) return undefined;
  const TICK_MS = 10; // USER_HZ is 100 on every Linux we run on
  const fields = (pid: string): string[] | null => {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      return stat.slice(stat.lastIndexOf(')') + 2).split(' '); // fields from "state" on; comm may hold spaces
    } catch {
      return null; // the process ended between readdir and read
    }
  };
  return () => {
    let ticks = 0;
    for (const pid of readdirSync('/proc')) {
      if (!/^\d+$/.test(pid)) continue;
      const f = fields(pid);
      if (!f) continue;
      // f[1] is the parent pid; f[11..14] are utime, stime, and cutime, cstime: the time of children that
      // already ended (parallel workers), which the postmaster has reaped
      if (pid === String(postmasterPid)) ticks += Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]);
      else if (f[1] === String(postmasterPid)) ticks += Number(f[11]) + Number(f[12]);
    }
    return ticks * TICK_MS;
  };
}

/** One request on the given agent; rejects on network errors and on timeout, never hangs. */
export function send(agent: http.Agent, port: number, spec: RequestSpec, timeoutMs: number): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { ...spec.headers };
    if (spec.body !== undefined) {
      headers['content-type'] = 'application/json';
      headers['content-length'] = Buffer.byteLength(spec.body);
    }
    const req = http.request(
      { host: '127.0.0.1', port, method: spec.method, path: spec.path, headers, agent, timeout: timeoutMs },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end(spec.body);
  });
}

export async function runLoad(o: LoadOptions): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: o.concurrency });
  const latencies: number[] = [];
  let requests = 0;
  let errors = 0;
  let firstError: string | undefined;
  const cpu0 = process.cpuUsage();
  const db0 = o.dbCpuMs?.() ?? 0;
  const started = performance.now();
  const deadline = started + o.durationMs;
  const worker = async (): Promise<void> => {
    // Both bounds are checked before each request; a request in flight still finishes (or times out).
    while (performance.now() < deadline && requests < o.maxRequests && !o.signal?.aborted) {
      requests += 1;
      const spec = o.next();
      const t0 = performance.now();
      try {
        const answer = await send(agent, o.port, spec, o.timeoutMs);
        if (o.ok(answer)) latencies.push(performance.now() - t0);
        else {
          errors += 1;
          firstError ??= `HTTP ${answer.status}: ${answer.body.slice(0, 300)}`;
        }
      } catch (err) {
        errors += 1;
        firstError ??= (err as Error).message;
      }
    }
  };
  await Promise.all(Array.from({ length: o.concurrency }, worker));
  const elapsedMs = performance.now() - started;
  const cpu = process.cpuUsage(cpu0);
  const dbCpuMs = (o.dbCpuMs?.() ?? NaN) - db0;
  agent.destroy(); // closes the keep-alive sockets, so that the servers can shut down promptly
  return { requests, errors, elapsedMs, latencies, nodeCpuMs: (cpu.user + cpu.system) / 1000, dbCpuMs, ...(firstError ? { firstError } : {}) };
}

export interface Summary {
  requests: number;
  errors: number;
  seconds: number;
  rps: number;
  p50: number;
  p99: number;
  /** CPU milliseconds per successful request: this Node process (driver included) and PostgreSQL. */
  nodeCpuMsPerRequest: number;
  dbCpuMsPerRequest: number;
  firstError?: string;
}

/** Nearest-rank percentile of a sorted array. */
function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** Merges the measured rounds of one side: throughput over the summed time, percentiles over all latencies. */
export function summarize(rounds: LoadResult[]): Summary {
  const latencies = rounds.flatMap((r) => r.latencies).sort((a, b) => a - b);
  const requests = rounds.reduce((n, r) => n + r.requests, 0);
  const errors = rounds.reduce((n, r) => n + r.errors, 0);
  const seconds = rounds.reduce((n, r) => n + r.elapsedMs, 0) / 1000;
  const firstError = rounds.find((r) => r.firstError)?.firstError;
  return {
    requests,
    errors,
    seconds,
    // Successful requests only: an error answered in 0.1 ms must not look like throughput.
    rps: seconds > 0 ? latencies.length / seconds : 0,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    nodeCpuMsPerRequest: rounds.reduce((n, r) => n + r.nodeCpuMs, 0) / latencies.length,
    dbCpuMsPerRequest: rounds.reduce((n, r) => n + r.dbCpuMs, 0) / latencies.length,
    ...(firstError ? { firstError } : {}),
  };
}
