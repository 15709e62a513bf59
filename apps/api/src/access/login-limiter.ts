import { Pool } from 'pg';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { LimitExceeded } from '../domain/errors';

export interface LoginLimits {
  maxFailures: number;
  maxFailuresPerIp: number;
  windowSeconds: number;
}

/** IPv6 clients hold whole /64 networks: counting per address would give them endless fresh keys. */
export function addressBucket(ip: string): string {
  const v4 = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (v4) return v4[1];
  if (!ip.includes(':')) return ip;
  const [head, tail = ''] = ip.split('::');
  const groups = head.split(':').filter(Boolean);
  const missing = 8 - groups.length - tail.split(':').filter(Boolean).length;
  return [...groups, ...Array(Math.max(missing, 0)).fill('0'), ...tail.split(':').filter(Boolean)].slice(0, 4).join(':') + '::/64';
}

/**
 * Sign-in attempts counted in PostgreSQL (table login_limit) so that every API instance sees the same
 * counters: per account and address, per account alone (slower, against attacks from many addresses),
 * and per address alone (against spraying many accounts). An attempt takes its points before the
 * password is checked, atomically, so concurrent guesses cannot slip past the limit; a success gives
 * them back.
 */
export class LoginLimiter {
  private readonly perAccountAndAddress: RateLimiterPostgres;
  private readonly perAccount: RateLimiterPostgres;
  private readonly perAddress: RateLimiterPostgres;

  constructor(pool: Pool, limits: LoginLimits) {
    const common = { storeClient: pool, storeType: 'pool', tableName: 'login_limit', tableCreated: true, duration: limits.windowSeconds };
    this.perAccountAndAddress = new RateLimiterPostgres({ ...common, keyPrefix: 'acct', points: limits.maxFailures });
    this.perAccount = new RateLimiterPostgres({ ...common, keyPrefix: 'user', points: limits.maxFailures * 4 });
    this.perAddress = new RateLimiterPostgres({ ...common, keyPrefix: 'ip', points: limits.maxFailuresPerIp });
  }

  private keys(email: string, ip: string) {
    const account = email.trim().toLowerCase();
    const address = addressBucket(ip);
    return [
      [this.perAccountAndAddress, `${account}|${address}`],
      [this.perAccount, account],
      [this.perAddress, address],
    ] as const;
  }

  /** Spends one attempt on every counter, or refuses with LIMIT_EXCEEDED when one is used up. */
  async takeAttempt(email: string, ip: string): Promise<void> {
    const results = await Promise.allSettled(this.keys(email, ip).map(([limiter, key]) => limiter.consume(key)));
    const refused = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (!refused) return;
    if (!(refused.reason instanceof RateLimiterRes)) throw refused.reason;
    const seconds = Math.max(1, Math.ceil(refused.reason.msBeforeNext / 1000));
    throw new LimitExceeded(`Too many failed sign-ins; try again in ${seconds} seconds`, seconds);
  }

  /** A right password: the account's failures are forgiven, and the address gets its point back. */
  async recordSuccess(email: string, ip: string): Promise<void> {
    const [[pair, pairKey], [account, accountKey], [address, addressKey]] = this.keys(email, ip);
    await Promise.all([pair.delete(pairKey), account.delete(accountKey), address.reward(addressKey, 1)]);
  }
}
