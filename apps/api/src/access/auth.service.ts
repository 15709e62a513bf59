import { EntityManager } from 'typeorm';
import { Role } from './role';
import { Viewer, visibleIdsOf } from './viewer';
import { hashSecret, newSecret } from './secret-token';
import { checkNewPassword, hashPassword, verifyPassword } from './password';
import { LoginLimiter } from './login-limiter';
import { Scope } from './scope';
import { ViewerCache } from './viewer-cache';
import { BadInput, DomainError } from '../domain/errors';

export const SESSION_COOKIE = 'trellis_session';

/** The session cookie's value in a Cookie header, without a cookie-parsing dependency for it; a mangled one is none. */
export function sessionCookieIn(header: string | undefined): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name !== SESSION_COOKIE) continue;
    try {
      return decodeURIComponent(value.join('=')) || undefined;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

interface ViewerRow {
  id: string;
  role: Role;
  email: string;
  display_name: string;
  partner_id: string | null;
  partner_ids: string[] | null;
  session_id: string | null;
  /** The all-partners setting the lookup applied on the connection. */
  all_partners: boolean;
  /** When the session or token expires; null: a token without expiry. */
  expires_at: Date | null;
}

/**
 * One statement: the user behind a credential with the partners it may see, which also makes the
 * connection act as that user (migration 1732800000000). The partner rules inside it are those that
 * the partners module states in its PartnerDirectory.
 */
const AUTHENTICATE = `SELECT id, role, email, display_name, partner_id, partner_ids, session_id, all_partners, expires_at FROM trellis_authenticate($1, $2)`;

function toViewer(row: ViewerRow, via: Viewer['via']): Viewer {
  return {
    userId: row.id,
    role: row.role,
    email: row.email,
    displayName: row.display_name,
    partnerId: row.partner_id,
    visiblePartnerIds: visibleIdsOf(row.role, row.partner_ids ?? []),
    via,
    sessionId: row.session_id ?? undefined,
  };
}

export class WrongCredentials extends DomainError<'UNAUTHENTICATED'> {
  constructor() {
    super('UNAUTHENTICATED', 'Email or password is wrong');
  }
}

/**
 * Sign-in, sessions and the resolution of a request's viewer. These run before a viewer exists, on the
 * request's own connection (never as the owner, never on a second connection): the viewer lookup as
 * trellis_authenticate, owned by access's credentials role; sign-in under that role itself.
 */
export class AuthService {
  constructor(
    private readonly limiter: LoginLimiter,
    private readonly sessionTtlHours: number,
    private readonly cache: ViewerCache = new ViewerCache(0),
  ) {}

  /**
   * The viewer behind a session cookie, or null. Looked up, the request's connection then acts as that
   * viewer; from the cache, nothing is sent and the scope switches identity on its first statement.
   */
  viewerFromSession(scope: Scope, cookie: string): Promise<Viewer | null> {
    return this.viewerOf(scope, 'SESSION', cookie);
  }

  /**
   * The viewer behind an API token, or null. Its last use is written at most once a minute, by lookups
   * only: while the viewer is cached (seconds) no use is recorded.
   */
  viewerFromApiToken(scope: Scope, token: string): Promise<Viewer | null> {
    return this.viewerOf(scope, 'API_TOKEN', token);
  }

  private async viewerOf(scope: Scope, via: Viewer['via'], secret: string): Promise<Viewer | null> {
    const hash = hashSecret(secret);
    const key = `${via}:${hash.toString('hex')}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    // Noted before the lookup: a change committed while it runs must keep its answer out of the cache.
    const generation = this.cache.generation;
    let expiresAt: Date | null = null;
    const viewer = await scope.authenticate<ViewerRow>(AUTHENTICATE, [via, hash], 'access.authenticate', (row) => {
      expiresAt = row.expires_at;
      return toViewer(row, via);
    }, (row) => row.all_partners);
    // A lookup inside a transaction (sign-in, accepting an invitation) may have read the transaction's own
    // new session, which a rollback would undo: only a lookup on its own is kept.
    if (viewer && !scope.connection.transactionOpen) this.cache.set(key, viewer, generation, expiresAt);
    return viewer;
  }

  async signIn(scope: Scope, email: string, password: string, ip: string): Promise<{ viewer: Viewer; cookie: string; expiresAt: Date }> {
    await this.limiter.takeAttempt(scope, email, ip);
    const credentials = scope.credentials();
    const [user] = await credentials.query<{ id: string; password_hash: string | null }>(
      `SELECT id, password_hash FROM app_user WHERE email = $1 AND active`,
      [email.trim()],
    );
    // scrypt takes a while by design: the connection serves other requests meanwhile.
    await scope.suspend();
    const ok = await verifyPassword(password, user?.password_hash ?? null);
    if (!user || !ok) throw new WrongCredentials();
    const session = await this.startSession(scope, user.id);
    const viewer = await this.viewerFromSession(scope, session.cookie);
    // A user of a suspended or terminated partner has a right password but no access.
    if (!viewer) throw new WrongCredentials();
    await this.limiter.recordSuccess(scope, email, ip);
    return { viewer, ...session };
  }

  async startSession(scope: Scope, userId: string): Promise<{ cookie: string; expiresAt: Date }> {
    const cookie = newSecret('trs');
    const expiresAt = new Date(Date.now() + this.sessionTtlHours * 3600_000);
    await scope.credentials().query(`INSERT INTO user_session (user_id, token_hash, expires_at) VALUES ($1, $2, $3)`, [
      userId,
      hashSecret(cookie),
      expiresAt,
    ]);
    return { cookie, expiresAt };
  }

  async signOut(scope: Scope, sessionId: string): Promise<void> {
    await scope.credentials().query(`DELETE FROM user_session WHERE id = $1`, [sessionId]);
  }

  /** Changes the viewer's own password and ends its other sessions and nothing else. */
  async changePassword(scope: Scope, currentPassword: string, newPassword: string): Promise<void> {
    const viewer = scope.user;
    const manager = await scope.manager();
    const [row]: { password_hash: string | null }[] = await manager.query(
      `SELECT password_hash FROM app_user WHERE id = $1 FOR UPDATE`,
      [viewer.userId],
    );
    if (!(await verifyPassword(currentPassword, row?.password_hash ?? null))) {
      throw new BadInput('currentPassword', 'is not your current password');
    }
    checkNewPassword(newPassword);
    if (newPassword === currentPassword) throw new BadInput('newPassword', 'must differ from the current password');
    await manager.query(`UPDATE app_user SET password_hash = $2, has_password = true WHERE id = $1`, [
      viewer.userId,
      await hashPassword(newPassword),
    ]);
    await manager.query(`DELETE FROM user_session WHERE user_id = $1 AND id IS DISTINCT FROM $2`, [
      viewer.userId,
      viewer.sessionId ?? null,
    ]);
  }
}

/** Ends every session and API token of the given users at once (deactivation, partner suspension). */
export async function endAccessOfUsers(manager: EntityManager, userIds: string[]): Promise<void> {
  if (userIds.length === 0) return;
  await manager.query(`DELETE FROM user_session WHERE user_id = ANY($1::uuid[])`, [userIds]);
  await manager.query(`UPDATE api_token SET revoked_at = now() WHERE user_id = ANY($1::uuid[]) AND revoked_at IS NULL`, [userIds]);
}
