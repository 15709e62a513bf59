import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { LimitExceeded } from '../domain/errors';
import { Scope, Scopes } from './scope';

interface CounterSpec {
  tableName: string;
  keyPrefix: string;
  points: number;
  duration: number;
}

/**
 * A rate-limiter-flexible counter in PostgreSQL that runs on a request's own connection, under access's
 * credentials role: the library takes any client with `query`, so the scope is handed to it per call
 * instead of a pool (a second connection inside a request is what starved the pool under load).
 */
export function counterOn(scope: Scope, spec: CounterSpec): RateLimiterPostgres {
  const credentials = scope.credentials();
  const client = {
    async query(q: { text: string; values?: unknown[] }) {
      const { rows, affected } = await credentials.execute(q.text, q.values ?? []);
      return { rows, rowCount: affected };
    },
  };
  // No clean-up timer per counter (the library's default): one would outlive each request; the expired
  // rows are purged by purgeExpiredCounters instead.
  return new RateLimiterPostgres({ ...spec, storeClient: client, storeType: 'pool', tableCreated: true, clearExpiredByTimeout: false });
}

/** Deletes counters that expired over an hour ago (their keys are chosen by strangers: emails, addresses). */
export async function purgeExpiredCounters(scopes: Scopes): Promise<void> {
  const before = Date.now() - 3600_000;
  await scopes.runSystem('counters: purge expired', async (scope) => {
    await scope.credentials().query(`DELETE FROM login_limit WHERE expire < $1`, [before]);
    await scope.credentials().query(`DELETE FROM showroom_limit WHERE expire < $1`, [before]);
  });
}

/** LIMIT_EXCEEDED for a counter's refusal; any other failure (the database's) is not "too many requests". */
export function refusal(reason: unknown, message: (seconds: number) => string): LimitExceeded {
  if (!(reason instanceof RateLimiterRes)) throw reason;
  const seconds = Math.max(1, Math.ceil(reason.msBeforeNext / 1000));
  return new LimitExceeded(message(seconds), seconds);
}
