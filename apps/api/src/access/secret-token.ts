import { createHash, randomBytes } from 'node:crypto';

/** A random secret for cookies, API tokens and invitation links; only its sha256 is stored. */
export function newSecret(prefix: string): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`;
}

export function hashSecret(secret: string): Buffer {
  return createHash('sha256').update(secret).digest();
}
