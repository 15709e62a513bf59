import { Scope } from '../../access/scope';
import { isBrandRole } from '../../access/role';
import { NotificationKind, NotificationService } from '../../access/notifications';
import { Connection, decodeCursor, toConnection } from '../../domain/connection';
import { Conflict, NotFound } from '../../domain/errors';
import { instancesOf } from '../../domain/sql';
import { AUDIENCE_COLUMNS, AudienceRow, RECEIVING_STATUSES, audienceOf, checkedAudience, inAudienceSql } from './audience';
import { Announcement, OwnReading, ReadReceipt, ReadSummary } from './announcement.types';
import { AnnouncementFields, AnnouncementFilter, UpdateAnnouncementInput } from './announcement.inputs';

const SORT_AT = `coalesce(a.published_at, a.created_at)`;
const COLUMNS = `a.id, a.kind, a.title, a.body, ${AUDIENCE_COLUMNS('a')}, a.status, a.published_at AS "publishedAt", a.published_by AS "publishedById",
  a.created_at AS "createdAt", a.updated_at AS "updatedAt", to_char(${SORT_AT} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "sortAt"`;
const USERS = `u.active AND u.role IN ('PARTNER_MANAGER', 'PARTNER_EMPLOYEE')`;
const NOBODY = { tierIds: [], kinds: [], territoryIds: [] };

function toAnnouncements(rows: (Omit<Announcement, 'audience'> & AudienceRow)[]): Announcement[] {
  return instancesOf(Announcement, rows.map(({ audienceTierIds, audienceKinds, audienceTerritoryIds, ...rest }) =>
    ({ ...rest, audience: audienceOf({ audienceTierIds, audienceKinds, audienceTerritoryIds }) })));
}

/**
 * Announcements: news and campaigns the brand publishes to the partners of their audience, so that
 * information reaches every dealer alike. Channel writers draft and publish; publishing notifies the
 * managers of every partner in the audience. Partner users read the published ones of their own partner's
 * audience (any other is NOT_FOUND) and leave a read receipt, once; brand staff see who has read what.
 */
export class AnnouncementService {
  constructor(private readonly notifications: NotificationService) {}

  async create(scope: Scope, input: AnnouncementFields): Promise<Announcement> {
    const audience = await checkedAudience(scope, input.audience ?? NOBODY);
    const { rows: [created] } = await scope.execute<{ id: string }>(
      `INSERT INTO announcement (kind, title, body, audience_tier_ids, audience_kinds, audience_territory_ids, created_by)
       VALUES ($1, $2, $3, $4::uuid[], $5::text[], $6::uuid[], nullif($7, '')::uuid) RETURNING id`,
      [input.kind, input.title, input.body, audience.tierIds, audience.kinds, audience.territoryIds, scope.user.userId], 'announcements.create');
    return this.get(scope, created.id);
  }

  /** Changes a draft where it differs; a published announcement stays as it was read (CONFLICT). */
  async update(scope: Scope, input: UpdateAnnouncementInput): Promise<Announcement> {
    const current = await this.get(scope, input.announcementId);
    if (current.status !== 'DRAFT') throw new Conflict('A published announcement cannot change; publish a new one instead', { status: current.status });
    const audience = await checkedAudience(scope, input.audience ?? NOBODY);
    const { affected } = await scope.execute(
      `UPDATE announcement SET kind = $2, title = $3, body = $4, audience_tier_ids = $5::uuid[], audience_kinds = $6::text[], audience_territory_ids = $7::uuid[], updated_at = now()
        WHERE id = $1 AND status = 'DRAFT'
          AND (kind, title, body, audience_tier_ids, audience_kinds, audience_territory_ids) IS DISTINCT FROM ($2, $3, $4, $5::uuid[], $6::text[], $7::uuid[])`,
      [input.announcementId, input.kind, input.title, input.body, audience.tierIds, audience.kinds, audience.territoryIds], 'announcements.update');
    const now = await this.get(scope, input.announcementId);
    // Published meanwhile by another request: this change was not made.
    if (!affected && now.status !== 'DRAFT') throw new Conflict('The announcement was published meanwhile; it can no longer change', { status: now.status });
    return now;
  }

  /** Publishes a draft and notifies the managers of every partner in its audience; publishing it again changes nothing. */
  async publish(scope: Scope, id: string): Promise<Announcement> {
    await this.get(scope, id);
    const { rows: [published] } = await scope.execute<{ id: string; title: string }>(
      `UPDATE announcement SET status = 'PUBLISHED', published_at = now(), published_by = nullif($2, '')::uuid, updated_at = now()
        WHERE id = $1 AND status = 'DRAFT' RETURNING id, title`,
      [id, scope.user.userId], 'announcements.publish');
    if (published) {
      const partners = await scope.query<{ id: string }>(
        `SELECT p.id FROM announcement a JOIN partner p ON p.status = ANY($2::text[]) AND ${inAudienceSql('a', 'p')} WHERE a.id = $1 ORDER BY p.id`,
        [id, RECEIVING_STATUSES], 'announcements.audience-partners');
      await this.notifications.notifyPartnerManagers(scope, NotificationKind.ANNOUNCEMENT_PUBLISHED,
        partners.map((p) => ({ partnerId: p.id, leadId: null, reference: published.title })));
    }
    return this.get(scope, id);
  }

  /** The viewer (a partner user) has read it: a receipt, once; reading it again changes nothing. */
  async markRead(scope: Scope, id: string): Promise<Announcement> {
    const viewer = scope.user;
    const found = await this.get(scope, id);
    if (!viewer.partnerId) throw new NotFound('Announcement', id);
    await scope.execute(`INSERT INTO announcement_read (announcement_id, user_id, partner_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
      [found.id, viewer.userId, viewer.partnerId], 'announcements.read');
    return found;
  }

  async get(scope: Scope, id: string): Promise<Announcement> {
    const [found] = await this.byIds(scope, [id]);
    if (!found) throw new NotFound('Announcement', id);
    return found;
  }

  async byIds(scope: Scope, ids: readonly string[]): Promise<Announcement[]> {
    const params: unknown[] = [ids];
    const where = ['a.id = ANY($1::uuid[])', ...this.visibleTo(scope, params)];
    return toAnnouncements(await scope.query(`SELECT ${COLUMNS} FROM announcement a WHERE ${where.join(' AND ')}`, params, 'announcements.by-ids'));
  }

  /** Latest first: brand staff see drafts too, partner users the published ones of their partner's audience. */
  async list(scope: Scope, filter: AnnouncementFilter | null | undefined, first: number, after?: string | null): Promise<Connection<Announcement>> {
    const params: unknown[] = [];
    const where = this.visibleTo(scope, params);
    if (filter?.kinds?.length) where.push(`a.kind = ANY($${params.push([...new Set(filter.kinds)])}::text[])`);
    if (filter?.unread != null) {
      where.push(`${filter.unread ? 'NOT ' : ''}EXISTS (SELECT 1 FROM announcement_read r WHERE r.announcement_id = a.id AND r.user_id = nullif($${params.push(scope.user.userId)}, '')::uuid)`);
    }
    const counted = [...where];
    const countParams = [...params];
    if (after) {
      const [at, id] = decodeCursor(after, ['timestamp', 'uuid']);
      where.push(`(${SORT_AT}, a.id) < ($${params.push(at)}::timestamptz, $${params.push(id)}::uuid)`);
    }
    const clause = (parts: string[]) => (parts.length ? `WHERE ${parts.join(' AND ')}` : '');
    const rows = await scope.query(`SELECT ${COLUMNS} FROM announcement a ${clause(where)} ORDER BY ${SORT_AT} DESC, a.id DESC LIMIT $${params.push(first + 1)}`, params, 'announcements.list');
    const count = async () => (await scope.query<{ n: number }>(`SELECT count(*)::int AS n FROM announcement a ${clause(counted)}`, countParams, 'announcements.count'))[0].n;
    return toConnection(toAnnouncements(rows as never), first, count, (a) => [a.sortAt, a.id]);
  }

  /** When the viewer read each announcement (null: not yet). */
  async ownReadings(scope: Scope, ids: readonly string[]): Promise<OwnReading[]> {
    return scope.query<OwnReading>(
      `SELECT x.id AS "announcementId", (SELECT r.read_at FROM announcement_read r WHERE r.announcement_id = x.id AND r.user_id = nullif($2, '')::uuid) AS "readAt"
         FROM unnest($1::uuid[]) AS x(id)`, [ids, scope.user.userId], 'announcements.own-readings');
  }

  /** How far each announcement reached, over the partners in its audience now and their active users. */
  async summaries(scope: Scope, ids: readonly string[]): Promise<ReadSummary[]> {
    return instancesOf(ReadSummary, await scope.query<ReadSummary>(
      `WITH audience AS (
         SELECT a.id AS announcement_id, p.id AS partner_id FROM announcement a JOIN partner p ON p.status = ANY($2::text[]) AND ${inAudienceSql('a', 'p')}
          WHERE a.id = ANY($1::uuid[])),
       users AS (
         SELECT audience.announcement_id, audience.partner_id,
                EXISTS (SELECT 1 FROM announcement_read r WHERE r.announcement_id = audience.announcement_id AND r.user_id = u.id) AS read
           FROM audience JOIN app_user u ON u.partner_id = audience.partner_id AND ${USERS}),
       partners AS (
         SELECT audience.announcement_id,
                EXISTS (SELECT 1 FROM announcement_read r WHERE r.announcement_id = audience.announcement_id AND r.partner_id = audience.partner_id) AS read
           FROM audience)
       SELECT x.id AS "announcementId",
              (SELECT count(*)::int FROM partners WHERE partners.announcement_id = x.id) AS partners,
              (SELECT count(*)::int FROM partners WHERE partners.announcement_id = x.id AND read) AS "partnersRead",
              (SELECT count(*)::int FROM users WHERE users.announcement_id = x.id) AS users,
              (SELECT count(*)::int FROM users WHERE users.announcement_id = x.id AND read) AS "usersRead"
         FROM unnest($1::uuid[]) AS x(id)`,
      [ids, RECEIVING_STATUSES], 'announcements.summaries'));
  }

  /** The active users of the partners in the audience, by partner name, with when each read it. */
  async receipts(scope: Scope, id: string, read: boolean | null | undefined, first: number, after?: string | null): Promise<Connection<ReadReceipt>> {
    await this.get(scope, id);
    const params: unknown[] = [id, RECEIVING_STATUSES];
    const where: string[] = [];
    if (read != null) where.push(`r.read_at IS ${read ? 'NOT ' : ''}NULL`);
    const counted = [...where];
    if (after) {
      const [name, partnerId, userId] = decodeCursor(after, ['text', 'uuid', 'uuid']);
      where.push(`(p.name, p.id, u.id) > ($${params.push(name)}, $${params.push(partnerId)}::uuid, $${params.push(userId)}::uuid)`);
    }
    const from = `FROM announcement a JOIN partner p ON p.status = ANY($2::text[]) AND ${inAudienceSql('a', 'p')}
      JOIN app_user u ON u.partner_id = p.id AND ${USERS}
      LEFT JOIN announcement_read r ON r.announcement_id = a.id AND r.user_id = u.id
      WHERE a.id = $1`;
    const and = (parts: string[]) => parts.map((w) => ` AND ${w}`).join('');
    const rows = await scope.query<ReadReceipt>(
      `SELECT p.id AS "partnerId", p.name AS "partnerName", u.id AS "userId", r.read_at AS "readAt" ${from}${and(where)}
        ORDER BY p.name, p.id, u.id LIMIT $${params.push(first + 1)}`, params, 'announcements.receipts');
    const count = async () => (await scope.query<{ n: number }>(`SELECT count(*)::int AS n ${from}${and(counted)}`, [id, RECEIVING_STATUSES], 'announcements.receipts-count'))[0].n;
    return toConnection(instancesOf(ReadReceipt, rows), first, count, (r) => [r.partnerName, r.partnerId, r.userId]);
  }

  /** Partner users see the published announcements whose audience holds their own partner. */
  private visibleTo(scope: Scope, params: unknown[]): string[] {
    const viewer = scope.user;
    if (isBrandRole(viewer.role)) return [];
    return [`a.status = 'PUBLISHED'`,
      `EXISTS (SELECT 1 FROM partner p WHERE p.id = nullif($${params.push(viewer.partnerId ?? '')}, '')::uuid AND ${inAudienceSql('a', 'p')})`];
  }
}
