import { randomBytes, scrypt as scryptCb, timingSafeEqual, ScryptOptions } from 'node:crypto';
import { BadInput } from '../domain/errors';

/*
 * scrypt (memory-hard, in node:crypto, no native add-on to build) with N=2^15, r=8, p=1: 32 MiB and about
 * 60 ms per hash on this machine's class of CPU. The parameters are stored with each hash, so they can
 * rise later without invalidating old passwords.
 */
const N = 2 ** 15;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;

function scrypt(password: string, salt: Buffer, keyLength: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scryptCb(password, salt, keyLength, options, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, KEY_LENGTH, { N, r: R, p: P, maxmem: 64 * 1024 * 1024 });
  return `scrypt$${N}$${R}$${P}$${salt.toString('base64')}$${key.toString('base64')}`;
}

export async function verifyPassword(password: string, stored: string | null): Promise<boolean> {
  // Without a stored hash, still spend the time of a hash so that timing does not tell which emails exist.
  const [scheme, n, r, p, salt, key] = (stored ?? `scrypt$${N}$${R}$${P}$AAAAAAAAAAAAAAAAAAAAAA==$`).split('$');
  if (scheme !== 'scrypt') return false;
  const expected = Buffer.from(key, 'base64');
  const actual = await scrypt(password, Buffer.from(salt, 'base64'), expected.length || KEY_LENGTH, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: 64 * 1024 * 1024,
  });
  return stored !== null && expected.length === actual.length && timingSafeEqual(expected, actual);
}

/** Password rules, checked on every new password. */
export function checkNewPassword(password: string, field = 'newPassword'): void {
  if (password.length < 10) throw new BadInput(field, 'must be at least 10 characters long');
  if (password.length > 200) throw new BadInput(field, 'must be at most 200 characters long');
  if (!/[A-Za-z]/.test(password) || !/[^A-Za-z]/.test(password)) {
    throw new BadInput(field, 'must mix letters with digits or symbols');
  }
}
