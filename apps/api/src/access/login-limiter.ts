import { Scope } from './scope';
import { counterOn, refusal } from './counter';

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
  constructor(private readonly limits: LoginLimits) {}

  private counters(scope: Scope, email: string, ip: string) {
    const common = { tableName: 'login_limit', duration: this.limits.windowSeconds };
    const account = email.trim().toLowerCase();
    const address = addressBucket(ip);
    return [
      [counterOn(scope, { ...common, keyPrefix: 'acct', points: this.limits.maxFailures }), `${account}|${address}`],
      [counterOn(scope, { ...common, keyPrefix: 'user', points: this.limits.maxFailures * 4 }), account],
      [counterOn(scope, { ...common, keyPrefix: 'ip', points: this.limits.maxFailuresPerIp }), address],
    ] as const;
  }

  /**
   * Spends one attempt on every counter, or refuses with LIMIT_EXCEEDED when one is used up. The spend is
   * committed at once: a wrong password fails the request, and its rollback must not give the point back.
   */
  async takeAttempt(scope: Scope, email: string, ip: string): Promise<void> {
    await scope.finish(true);
    const results = await Promise.allSettled(this.counters(scope, email, ip).map(([counter, key]) => counter.consume(key)));
    await scope.finish(true);
    const refused = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (refused) throw refusal(refused.reason, (seconds) => `Too many failed sign-ins; try again in ${seconds} seconds`);
  }

  /** A right password: the account's failures are forgiven, and the address gets its point back. */
  async recordSuccess(scope: Scope, email: string, ip: string): Promise<void> {
    const [[pair, pairKey], [account, accountKey], [address, addressKey]] = this.counters(scope, email, ip);
    await Promise.all([pair.delete(pairKey), account.delete(accountKey), address.reward(addressKey, 1)]);
  }
}
