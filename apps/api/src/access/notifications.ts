import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, IsBoolean, IsOptional, Matches } from 'class-validator';
import type { Scope } from './scope';
import { publish } from './events';
import { BadInput } from '../domain/errors';

export enum NotificationKind {
  LEAD_NEW = 'LEAD_NEW',
  LEAD_SLA_WARNING = 'LEAD_SLA_WARNING',
  LEAD_EXPIRED = 'LEAD_EXPIRED',
  REGISTRATION_APPROVED = 'REGISTRATION_APPROVED',
  REGISTRATION_REJECTED = 'REGISTRATION_REJECTED',
  CHANNEL_SIGNAL = 'CHANNEL_SIGNAL',
  POLICY_PUBLISHED = 'POLICY_PUBLISHED',
  ANNOUNCEMENT_PUBLISHED = 'ANNOUNCEMENT_PUBLISHED',
}
registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description: 'LEAD_NEW: a lead arrived for your partner; LEAD_SLA_WARNING: one is close to its time to accept; LEAD_EXPIRED: one was not accepted in time and went back to dispatch; REGISTRATION_APPROVED / REJECTED: a deal registration was decided; CHANNEL_SIGNAL: a signal that a channel must change was raised for a partner you own; POLICY_PUBLISHED: a new version of a sales policy for your partner, to acknowledge; ANNOUNCEMENT_PUBLISHED: news or a campaign for your partner.',
});

@ObjectType({ description: "A notice to one user, in the header's list until read (and mailed when SMTP is set)." })
export class Notification {
  @Field(() => ID)
  id: string;

  @Field(() => NotificationKind)
  kind: NotificationKind;

  leadId: string | null;

  @Field(() => String, { nullable: true, description: 'The reference of what it is about (a lead, a deal registration), as it was then: the thing may have moved out of sight since.' })
  reference: string | null;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  readAt: Date | null;
}

@InputType({ description: 'Either notificationIds or all: true.' })
export class MarkNotificationsReadInput {
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(200)
  @Matches(/^\d{1,18}$/, { each: true, message: 'must be notification ids' })
  notificationIds?: string[] | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  all?: boolean | null;
}

@ObjectType()
export class MarkNotificationsReadPayload {
  @Field(() => Int, { description: "The viewer's unread notifications now." })
  unreadCount: number;
}

/** The live topic of notifications: each event names its recipients (access/events.ts userIds). */
export const NOTIFICATION_TOPIC = 'notification';

const COLUMNS = `n.id::text AS id, n.kind, n.lead_id AS "leadId", n.reference AS "reference", n.created_at AS "createdAt", n.read_at AS "readAt"`;

/**
 * In-app notifications (one row per recipient; row-level security shows each user only its own) and their
 * mail, queued in the same transaction (notification_mail, composed in the recipient's language by the job).
 */
export class NotificationService {
  /** Tells the active managers of each partner of what concerns it (a lead, or none); answers how many were told. */
  async notifyPartnerManagers(scope: Scope, kind: NotificationKind, leads: readonly { partnerId: string; leadId: string | null; reference: string }[]): Promise<number> {
    if (!leads.length) return 0;
    // The recipients' rows are theirs alone: a function adds them (and their mail jobs), see the migration.
    const { rows } = await scope.execute<{ userId: string; partnerId: string }>(
      `SELECT user_id AS "userId", partner_id AS "partnerId" FROM trellis_notify_partner_managers($1, $2::uuid[], $3::uuid[], $4::text[])`,
      [kind, leads.map((l) => l.partnerId), leads.map((l) => l.leadId), leads.map((l) => l.reference)],
      'notification.add',
    );
    await this.announce(scope, kind, rows);
    return rows.length;
  }

  /** The live event of new notifications: heard by their recipients only. */
  async announce(scope: Scope, kind: NotificationKind, recipients: readonly { userId: string; partnerId: string | null }[]): Promise<void> {
    if (!recipients.length) return;
    await publish(scope, {
      topic: NOTIFICATION_TOPIC, partnerIds: [...new Set(recipients.flatMap((r) => (r.partnerId ? [r.partnerId] : [])))],
      userIds: [...new Set(recipients.map((r) => r.userId))], data: { kind },
    });
  }

  /** The viewer's latest notifications, newest first. */
  list(scope: Scope, first: number): Promise<Notification[]> {
    return scope.query<Notification>(
      `SELECT ${COLUMNS} FROM notification n WHERE n.user_id = $1 ORDER BY n.id DESC LIMIT $2`,
      [scope.user.userId, first],
      'notification.list',
    );
  }

  async unreadCount(scope: Scope): Promise<number> {
    const [row] = await scope.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM notification WHERE user_id = $1 AND read_at IS NULL`, [scope.user.userId], 'notification.unread');
    return row.n;
  }

  /** Marks some (or all) of the viewer's unread notifications read; those read already stay as they were. */
  async markRead(scope: Scope, input: MarkNotificationsReadInput): Promise<number> {
    const ids = input.notificationIds ?? null;
    if (!input.all && !ids?.length) throw new BadInput('notificationIds', 'name some notifications, or set all');
    await scope.execute(
      `UPDATE notification SET read_at = now() WHERE user_id = $1 AND read_at IS NULL AND ($2::bigint[] IS NULL OR id = ANY($2::bigint[]))`,
      [scope.user.userId, input.all ? null : ids],
      'notification.read',
    );
    return this.unreadCount(scope);
  }
}
