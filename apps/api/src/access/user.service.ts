import { EntityManager, In } from 'typeorm';
import { User } from './user.entity';
import { Role, BRAND_ROLES, PARTNER_ROLES } from './role';
import { Scope } from './scope';
import { hashSecret, newSecret } from './secret-token';
import { checkNewPassword, hashPassword } from './password';
import { endAccessOfUsers } from './auth.service';
import { invitationMail } from './mailer';
import { enqueue } from './jobs';
import { partnerDirectory } from './partner-directory';
import { instancesOf, returningRows } from '../domain/sql';
import { BadInput, Conflict, DomainError, Forbidden, NotFound } from '../domain/errors';

export interface NewUser {
  email: string;
  displayName: string;
  role: Role;
  partnerId: string | null;
}

export interface IssuedInvitation {
  user: User;
  /** The one-time link; shown to the inviter once (and emailed when SMTP is set), never stored. */
  url: string;
  expiresAt: Date;
}

export class InvitationInvalid extends DomainError<'NOT_FOUND'> {
  constructor() {
    super('NOT_FOUND', 'This invitation link is unknown, used or expired; ask for a new one');
  }
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A user's columns under its properties' names, the password hash left out (as the entity leaves it). */
const USER_COLUMNS = `u.id, u.email, u.display_name AS "displayName", u.role, u.partner_id AS "partnerId", u.active,
  u.has_password AS "hasPassword", u.locale, u.created_at AS "createdAt"`;

/**
 * Users by one statement over a set of ids, in plain SQL: owners and people of partners are on most
 * partner pages. Instances of User, whose `invited` the GraphQL type reads.
 */
async function usersOf(scope: Scope, sql: string, ids: readonly string[], name: string): Promise<User[]> {
  return instancesOf(User, await scope.query<User>(sql, [ids], name));
}

/** Users: creation through invitations, deactivation, lookups. Partner-specific rules live in partners. */
export class UserService {
  constructor(
    private readonly invitationTtlHours: number,
    private readonly publicUrl: string,
  ) {}

  /** Creates a user without a password and a one-time link to set one. The caller has checked who may. */
  async invite(scope: Scope, input: NewUser): Promise<IssuedInvitation> {
    const email = input.email.trim();
    if (!EMAIL.test(email) || email.length > 254) throw new BadInput('email', 'is not a valid email address');
    const displayName = input.displayName.trim();
    if (displayName.length < 2 || displayName.length > 120) throw new BadInput('displayName', 'must be 2 to 120 characters');
    if (PARTNER_ROLES.includes(input.role) !== (input.partnerId !== null)) {
      throw new BadInput('role', 'partner roles need a partner, brand-owner roles must not have one');
    }
    const manager = await scope.manager();
    const inserted: { id: string }[] = await manager.query(
      `INSERT INTO app_user (email, display_name, role, partner_id) VALUES ($1, $2, $3, $4)
       ON CONFLICT (email) DO NOTHING RETURNING id`,
      [email, displayName, input.role, input.partnerId],
    );
    if (!inserted[0]) throw new BadInput('email', 'is already used by another user');
    const user = await manager.findOneByOrFail(User, { id: inserted[0].id });
    const token = newSecret('tri');
    const expiresAt = new Date(Date.now() + this.invitationTtlHours * 3600_000);
    await manager.query(
      `INSERT INTO invitation (user_id, token_hash, created_by, expires_at) VALUES ($1, $2, $3, $4)`,
      [user.id, hashSecret(token), scope.viewer?.userId || null, expiresAt],
    );
    const url = `${this.publicUrl}/invitation/${token}`;
    // The mail is queued in this transaction: sent (by a job) only once the user and its link are committed,
    // and not lost if this instance stops first. The inviter sees the link either way.
    await enqueue(scope, 'send_mail', invitationMail(user.email, user.displayName, url, expiresAt));
    return { user, url, expiresAt };
  }

  /** Who an invitation is for, to greet the invitee; runs without a viewer, under the credentials role. */
  async invitationFor(scope: Scope, token: string): Promise<{ email: string; displayName: string; expiresAt: Date }> {
    const [row] = await scope.credentials().query<{ email: string; display_name: string; expires_at: Date }>(
      `SELECT u.email, u.display_name, i.expires_at FROM invitation i JOIN app_user u ON u.id = i.user_id
        WHERE i.token_hash = $1 AND i.used_at IS NULL AND i.expires_at > now() AND u.active`,
      [hashSecret(token)],
    );
    if (!row) throw new InvitationInvalid();
    return { email: row.email, displayName: row.display_name, expiresAt: row.expires_at };
  }

  /**
   * Sets the invitee's password, spends the link and starts its session, all in the request's
   * transaction: a user who may not sign in (its partner suspended) changes nothing.
   */
  async acceptInvitation<T>(
    scope: Scope,
    token: string,
    password: string,
    startSession: (scope: Scope, userId: string) => Promise<T>,
  ): Promise<{ userId: string; session: T }> {
    checkNewPassword(password, 'password');
    const passwordHash = await hashPassword(password);
    const credentials = scope.credentials();
    // The conditional update spends the link exactly once, even when two requests race.
    const { rows: [spent] } = await credentials.execute<{ user_id: string }>(
      `UPDATE invitation SET used_at = now() WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now()
       RETURNING user_id`,
      [hashSecret(token)],
    );
    if (!spent) throw new InvitationInvalid();
    const { rows: [allowed] } = await credentials.execute(
      `UPDATE app_user u SET password_hash = $2, has_password = true
        WHERE u.id = $1 AND u.active AND (u.partner_id IS NULL OR ${partnerDirectory().partnerAllowsSignInSql('u.partner_id')})
        RETURNING u.id`,
      [spent.user_id, passwordHash],
    );
    if (!allowed) throw new InvitationInvalid();
    return { userId: spent.user_id, session: await startSession(scope, spent.user_id) };
  }

  /**
   * Deactivates a user and ends its sessions and tokens in the same transaction. An inactive user stays
   * as it is: `changed` is false and nothing is written.
   */
  async deactivate(scope: Scope, userId: string): Promise<{ user: User; changed: boolean }> {
    const viewer = scope.user;
    const manager = await scope.manager();
    // Row-level security already hides other partners' users: they answer NOT_FOUND.
    const user = await manager.findOneBy(User, { id: userId });
    if (!user) throw new NotFound('User', userId);
    if (user.id === viewer.userId) throw new BadInput('userId', 'you cannot deactivate yourself');
    const allowed =
      viewer.role === Role.ADMIN ||
      (viewer.role === Role.CHANNEL_MANAGER && PARTNER_ROLES.includes(user.role)) ||
      (viewer.role === Role.PARTNER_MANAGER && user.partnerId === viewer.partnerId && user.role === Role.PARTNER_EMPLOYEE);
    if (!allowed) {
      if (viewer.partnerId && user.partnerId !== viewer.partnerId) throw new NotFound('User', userId);
      throw new Forbidden('You may not deactivate this user');
    }
    // Conditional, so that of parallel deactivations exactly one changes the user (and is recorded).
    const changed = await returningRows(manager, `UPDATE app_user SET active = false WHERE id = $1 AND active RETURNING id`, [user.id]);
    user.active = false;
    if (changed.length === 0) return { user, changed: false };
    await endAccessOfUsers(manager, [user.id]);
    return { user, changed: true };
  }

  usersOfPartners(scope: Scope, partnerIds: readonly string[]): Promise<User[]> {
    return usersOf(scope, `SELECT ${USER_COLUMNS} FROM app_user u WHERE u.partner_id = ANY($1::uuid[]) ORDER BY u.display_name, u.id`, partnerIds, 'user.of-partners');
  }

  byIds(scope: Scope, ids: readonly string[]): Promise<User[]> {
    return usersOf(scope, `SELECT ${USER_COLUMNS} FROM app_user u WHERE u.id = ANY($1::uuid[])`, ids, 'user.by-ids');
  }

  async brandUsers(scope: Scope, roles: readonly Role[] = BRAND_ROLES): Promise<User[]> {
    return (await scope.manager()).find(User, {
      where: { role: In([...roles]), active: true },
      order: { displayName: 'ASC', id: 'ASC' },
    });
  }

  async activeUserIdsOfPartner(manager: EntityManager, partnerId: string): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(`SELECT id FROM app_user WHERE partner_id = $1`, [partnerId]);
    return rows.map((r) => r.id);
  }

  /** For demo data and the create-admin command: a user with a password, no invitation. */
  async createWithPassword(scope: Scope, input: NewUser, password: string): Promise<User> {
    checkNewPassword(password, 'password');
    const manager = await scope.manager();
    const [row]: { id: string }[] = await manager.query(
      `INSERT INTO app_user (email, display_name, role, partner_id, password_hash, has_password)
       VALUES ($1, $2, $3, $4, $5, true) ON CONFLICT (email) DO NOTHING RETURNING id`,
      [input.email, input.displayName, input.role, input.partnerId, await hashPassword(password)],
    );
    if (!row) throw new Conflict(`A user with email ${input.email} already exists`, { field: 'email' });
    return manager.findOneByOrFail(User, { id: row.id });
  }
}
