import { Pool } from 'pg';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { LimitExceeded } from '../graphql/errors';

export interface LoginLimits {
  maxFailures: number;
  maxFailuresPerIp: number;
  windowSeconds: number;
}

/**
 * Failed sign-ins counted in PostgreSQL (table login_limit, created by a migration) so that every API
 * instance sees the same counters: per email and address, and per address alone against spraying.
 */
export class LoginLimiter {
  private readonly perAccount: RateLimiterPostgres;
  private readonly perIp: RateLimiterPostgres;

  constructor(pool: Pool, limits: LoginLimits) {
    const common = { storeClient: pool, storeType: 'pool', tableName: 'login_limit', tableCreated: true, duration: limits.windowSeconds };
    this.perAccount = new RateLimiterPostgres({ ...common, keyPrefix: 'acct', points: limits.maxFailures });
    this.perIp = new RateLimiterPostgres({ ...common, keyPrefix: 'ip', points: limits.maxFailuresPerIp });
  }

  private static accountKey(email: string, ip: string): string {
    return `${email.trim().toLowerCase()}|${ip}`;
  }

  /** Refuses before the password is even checked while either counter is used up. */
  async assertAllowed(email: string, ip: string): Promise<void> {
    const [account, address] = await Promise.all([
      this.perAccount.get(LoginLimiter.accountKey(email, ip)),
      this.perIp.get(ip),
    ]);
    for (const [res, max] of [[account, this.perAccount.points], [address, this.perIp.points]] as const) {
      if (res && res.consumedPoints >= max) throw LoginLimiter.exceeded(res);
    }
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    await Promise.all([
      this.perAccount.penalty(LoginLimiter.accountKey(email, ip), 1),
      this.perIp.penalty(ip, 1),
    ]);
  }

  async recordSuccess(email: string, ip: string): Promise<void> {
    await this.perAccount.delete(LoginLimiter.accountKey(email, ip));
  }

  private static exceeded(res: RateLimiterRes): LimitExceeded {
    const seconds = Math.max(1, Math.ceil(res.msBeforeNext / 1000));
    return new LimitExceeded(`Too many failed sign-ins; try again in ${seconds} seconds`, seconds);
  }
}
