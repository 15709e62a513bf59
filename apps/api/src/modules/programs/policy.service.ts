import { Scope } from '../../access/scope';
import { Role, isBrandRole } from '../../access/role';
import { NotificationKind, NotificationService } from '../../access/notifications';
import { Connection, decodeCursor, toConnection } from '../../domain/connection';
import { BadInput, NotFound } from '../../domain/errors';
import { instancesOf } from '../../domain/sql';
import { AUDIENCE_COLUMNS, AudienceRow, RECEIVING_STATUSES, audienceOf, checkedAudience, inAudienceSql } from './audience';
import { calendarDay, utcToday } from '../../domain/calendar';
import { AcknowledgmentSummary, OwnAcknowledgment, PartnerAcknowledgment, SalesPolicy, SalesPolicyKind, SalesPolicyVersion } from './policy.types';
import { CreateSalesPolicyInput, SalesPolicyFilter, SaveSalesPolicyDraftInput, UpdateSalesPolicyInput } from './policy.inputs';

const POLICY_COLUMNS = `sp.id, sp.kind, sp.title, ${AUDIENCE_COLUMNS('sp')}, sp.first_published_at AS "firstPublishedAt",
  sp.created_at AS "createdAt", sp.updated_at AS "updatedAt", lower(sp.title) AS "titleKey"`;
const VERSION_COLUMNS = `v.id, v.policy_id AS "policyId", v.published_by AS "publishedById", v.version, v.status, v.body, v.change_note AS "changeNote",
  to_char(v.effective_on, 'YYYY-MM-DD') AS "effectiveOn", v.published_at AS "publishedAt", v.updated_at AS "updatedAt"`;
const MANAGERS = `u.role = 'PARTNER_MANAGER' AND u.active`;

function toPolicies(rows: (Omit<SalesPolicy, 'audience'> & AudienceRow)[]): SalesPolicy[] {
  return instancesOf(SalesPolicy, rows.map(({ audienceTierIds, audienceKinds, audienceTerritoryIds, ...rest }) =>
    ({ ...rest, audience: audienceOf({ audienceTierIds, audienceKinds, audienceTerritoryIds }) })));
}

/** The version a policy applies today, the next one published to apply later, and its draft, from its versions (latest first). */
export function versionsByRole(versions: readonly SalesPolicyVersion[], today = utcToday()) {
  const published = versions.filter((v) => v.status === 'PUBLISHED');
  return {
    current: published.find((v) => v.effectiveOn <= today) ?? null,
    upcoming: published.filter((v) => v.effectiveOn > today).at(-1) ?? null,
    latestPublished: published[0] ?? null,
    draft: versions.find((v) => v.status === 'DRAFT') ?? null,
  };
}

/**
 * Sales policies: versioned documents the brand publishes to the partners of their audience. Channel
 * writers draft and publish (the resolvers say so; row-level security again), publishing notifies the
 * managers of every partner in the audience, and each partner manager acknowledges a version once.
 * Partner users see the published versions of the policies whose audience holds their own partner;
 * any other policy is NOT_FOUND to them. A write that changes nothing records nothing.
 */
export class PolicyService {
  constructor(private readonly notifications: NotificationService) {}

  async create(scope: Scope, input: CreateSalesPolicyInput): Promise<SalesPolicy> {
    const audience = await checkedAudience(scope, input.audience ?? { tierIds: [], kinds: [], territoryIds: [] });
    const { rows: [created] } = await scope.execute<{ id: string }>(
      `WITH p AS (
         INSERT INTO sales_policy (kind, title, audience_tier_ids, audience_kinds, audience_territory_ids, created_by)
         VALUES ($1, $2, $3::uuid[], $4::text[], $5::uuid[], nullif($6, '')::uuid) RETURNING id)
       INSERT INTO sales_policy_version (policy_id, version, body, change_note, effective_on, created_by)
       SELECT p.id, 1, $7, $8, $9::date, nullif($6, '')::uuid FROM p RETURNING policy_id AS id`,
      [input.kind, input.title, audience.tierIds, audience.kinds, audience.territoryIds, scope.user.userId, input.body, input.changeNote,
        calendarDay('effectiveOn', input.effectiveOn)],
      'policies.create');
    return this.get(scope, created.id);
  }

  /** Title and audience, written only where one differs: of parallel identical changes one writes. */
  async update(scope: Scope, input: UpdateSalesPolicyInput): Promise<SalesPolicy> {
    await this.get(scope, input.policyId);
    const audience = await checkedAudience(scope, input.audience);
    await scope.execute(
      `UPDATE sales_policy SET title = $2, audience_tier_ids = $3::uuid[], audience_kinds = $4::text[], audience_territory_ids = $5::uuid[], updated_at = now()
        WHERE id = $1 AND (title, audience_tier_ids, audience_kinds, audience_territory_ids) IS DISTINCT FROM ($2, $3::uuid[], $4::text[], $5::uuid[])`,
      [input.policyId, input.title, audience.tierIds, audience.kinds, audience.territoryIds], 'policies.update');
    return this.get(scope, input.policyId);
  }

  /** Opens the policy's next version as a draft, or changes the draft it has (the same text again changes nothing). */
  async saveDraft(scope: Scope, input: SaveSalesPolicyDraftInput): Promise<SalesPolicyVersion> {
    const effectiveOn = calendarDay('effectiveOn', input.effectiveOn);
    await this.lock(scope, input.policyId);
    const [draft] = await scope.query<{ id: string }>(`SELECT id FROM sales_policy_version WHERE policy_id = $1 AND status = 'DRAFT'`, [input.policyId], 'policies.draft-of');
    if (draft) {
      await scope.execute(
        `UPDATE sales_policy_version SET body = $2, change_note = $3, effective_on = $4::date, updated_at = now()
          WHERE id = $1 AND status = 'DRAFT' AND (body, change_note, effective_on) IS DISTINCT FROM ($2, $3, $4::date)`,
        [draft.id, input.body, input.changeNote, effectiveOn], 'policies.draft-update');
      return this.version(scope, draft.id);
    }
    const { rows: [created] } = await scope.execute<{ id: string }>(
      `INSERT INTO sales_policy_version (policy_id, version, body, change_note, effective_on, created_by)
       SELECT $1, coalesce(max(version), 0) + 1, $2, $3, $4::date, nullif($5, '')::uuid FROM sales_policy_version WHERE policy_id = $1 RETURNING id`,
      [input.policyId, input.body, input.changeNote, effectiveOn, scope.user.userId], 'policies.draft-open');
    return this.version(scope, created.id);
  }

  /**
   * Publishes a draft: from then on it never changes. It applies from its day, which may not be before
   * today nor before the day of the version it follows. The managers of every partner in the audience are
   * notified. Publishing a published version again changes nothing and notifies nobody.
   */
  async publish(scope: Scope, versionId: string): Promise<SalesPolicyVersion> {
    const found = await this.version(scope, versionId);
    const policy = await this.lock(scope, found.policyId);
    const version = await this.version(scope, versionId);
    if (version.status === 'PUBLISHED') return version;
    const today = utcToday();
    if (version.effectiveOn < today) throw new BadInput('effectiveOn', `is before today (${today}): a published version cannot apply from the past`);
    const [before] = await scope.query<{ version: number; effectiveOn: string }>(
      `SELECT version, to_char(effective_on, 'YYYY-MM-DD') AS "effectiveOn" FROM sales_policy_version
        WHERE policy_id = $1 AND status = 'PUBLISHED' ORDER BY version DESC LIMIT 1`, [policy.id], 'policies.latest-published');
    if (before && version.effectiveOn < before.effectiveOn) {
      throw new BadInput('effectiveOn', `is before ${before.effectiveOn}, the day version ${before.version} applies from`);
    }
    const { rows: [published] } = await scope.execute<{ id: string }>(
      `WITH v AS (
         UPDATE sales_policy_version SET status = 'PUBLISHED', published_at = now(), published_by = nullif($2, '')::uuid, updated_at = now()
          WHERE id = $1 AND status = 'DRAFT' RETURNING policy_id, id)
       UPDATE sales_policy sp SET first_published_at = coalesce(sp.first_published_at, now()), updated_at = now() FROM v WHERE sp.id = v.policy_id RETURNING v.id`,
      [versionId, scope.user.userId], 'policies.publish');
    if (published) {
      const partners = await this.audiencePartners(scope, policy.id);
      await this.notifications.notifyPartnerManagers(scope, NotificationKind.POLICY_PUBLISHED,
        partners.map((partnerId) => ({ partnerId, leadId: null, reference: `${policy.title} (v${version.version})` })));
    }
    return this.version(scope, versionId);
  }

  /** The viewer (a partner manager) acknowledges a published version for its own partner; once: again changes nothing. */
  async acknowledge(scope: Scope, versionId: string): Promise<SalesPolicyVersion> {
    const viewer = scope.user;
    if (viewer.role !== Role.PARTNER_MANAGER || !viewer.partnerId) throw new NotFound('SalesPolicyVersion', versionId);
    const [found] = await scope.query<{ id: string }>(
      `SELECT v.id FROM sales_policy_version v JOIN sales_policy sp ON sp.id = v.policy_id JOIN partner p ON p.id = $2
        WHERE v.id = $1 AND v.status = 'PUBLISHED' AND ${inAudienceSql('sp', 'p')}`, [versionId, viewer.partnerId], 'policies.acknowledgeable');
    if (!found) throw new NotFound('SalesPolicyVersion', versionId);
    await scope.execute(
      `INSERT INTO policy_acknowledgment (version_id, user_id, partner_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
      [versionId, viewer.userId, viewer.partnerId], 'policies.acknowledge');
    return this.version(scope, versionId);
  }

  async get(scope: Scope, id: string): Promise<SalesPolicy> {
    const [found] = await this.byIds(scope, [id]);
    if (!found) throw new NotFound('SalesPolicy', id);
    return found;
  }

  /** Policies by id: all for brand staff, for partner users the published ones of their partner's audience. */
  async byIds(scope: Scope, ids: readonly string[]): Promise<SalesPolicy[]> {
    const params: unknown[] = [ids];
    const where = ['sp.id = ANY($1::uuid[])', ...this.visibleTo(scope, params)];
    return toPolicies(await scope.query(`SELECT ${POLICY_COLUMNS} FROM sales_policy sp WHERE ${where.join(' AND ')}`, params, 'policies.by-ids'));
  }

  /** Policies by title. */
  async list(scope: Scope, filter: SalesPolicyFilter | null | undefined, first: number, after?: string | null): Promise<Connection<SalesPolicy>> {
    const params: unknown[] = [];
    const where = this.visibleTo(scope, params);
    if (filter?.kinds?.length) where.push(`sp.kind = ANY($${params.push([...new Set(filter.kinds)])}::text[])`);
    if (filter?.awaitingMyAcknowledgment != null) {
      where.push(`${filter.awaitingMyAcknowledgment ? '' : 'NOT '}EXISTS (
        SELECT 1 FROM (SELECT v.id FROM sales_policy_version v WHERE v.policy_id = sp.id AND v.status = 'PUBLISHED' ORDER BY v.version DESC LIMIT 1) latest
         WHERE NOT EXISTS (SELECT 1 FROM policy_acknowledgment a WHERE a.version_id = latest.id AND a.user_id = nullif($${params.push(scope.user.userId)}, '')::uuid))`);
    }
    const counted = [...where];
    const countParams = [...params];
    if (after) {
      const [key, id] = decodeCursor(after, ['text', 'uuid']);
      where.push(`(lower(sp.title), sp.id) > ($${params.push(key)}, $${params.push(id)}::uuid)`);
    }
    const clause = (parts: string[]) => (parts.length ? `WHERE ${parts.join(' AND ')}` : '');
    const rows = await scope.query(`SELECT ${POLICY_COLUMNS} FROM sales_policy sp ${clause(where)} ORDER BY lower(sp.title), sp.id LIMIT $${params.push(first + 1)}`, params, 'policies.list');
    const count = async () => (await scope.query<{ n: number }>(`SELECT count(*)::int AS n FROM sales_policy sp ${clause(counted)}`, countParams, 'policies.count'))[0].n;
    return toConnection(toPolicies(rows as never), first, count, (p) => [p.titleKey, p.id]);
  }

  /** Versions of policies, latest first (partner users see the published ones: row-level security). */
  async versionsOf(scope: Scope, policyIds: readonly string[]): Promise<SalesPolicyVersion[]> {
    return instancesOf(SalesPolicyVersion, await scope.query<SalesPolicyVersion>(
      `SELECT ${VERSION_COLUMNS} FROM sales_policy_version v WHERE v.policy_id = ANY($1::uuid[]) ORDER BY v.policy_id, v.version DESC`, [policyIds], 'policies.versions-of'));
  }

  async version(scope: Scope, id: string): Promise<SalesPolicyVersion> {
    const [found] = await scope.query<SalesPolicyVersion>(`SELECT ${VERSION_COLUMNS} FROM sales_policy_version v WHERE v.id = $1`, [id], 'policies.version');
    if (!found || (!isBrandRole(scope.user.role) && !(await this.byIds(scope, [found.policyId])).length)) throw new NotFound('SalesPolicyVersion', id);
    return instancesOf(SalesPolicyVersion, [found])[0];
  }

  /** The viewer's own acknowledgment and its partner's first, per version. */
  async ownAcknowledgments(scope: Scope, versionIds: readonly string[]): Promise<OwnAcknowledgment[]> {
    return instancesOf(OwnAcknowledgment, await scope.query<OwnAcknowledgment>(
      `SELECT x.id AS "versionId",
              (SELECT a.acknowledged_at FROM policy_acknowledgment a WHERE a.version_id = x.id AND a.user_id = $2::uuid) AS mine,
              (SELECT min(a.acknowledged_at) FROM policy_acknowledgment a WHERE a.version_id = x.id AND a.partner_id = $3::uuid) AS partner
         FROM unnest($1::uuid[]) AS x(id)`,
      [versionIds, scope.user.userId, scope.user.partnerId], 'policies.own-acknowledgments'));
  }

  /** How far each version's audience acknowledged it, counted over the partners in the audience now. */
  async summaries(scope: Scope, versionIds: readonly string[]): Promise<AcknowledgmentSummary[]> {
    return instancesOf(AcknowledgmentSummary, await scope.query<AcknowledgmentSummary>(
      `WITH audience AS (
         SELECT v.id AS version_id, p.id AS partner_id
           FROM sales_policy_version v JOIN sales_policy sp ON sp.id = v.policy_id
           JOIN partner p ON p.status = ANY($2::text[]) AND ${inAudienceSql('sp', 'p')}
          WHERE v.id = ANY($1::uuid[])),
       managers AS (
         SELECT audience.version_id, EXISTS (SELECT 1 FROM policy_acknowledgment a WHERE a.version_id = audience.version_id AND a.user_id = u.id) AS acknowledged
           FROM audience JOIN app_user u ON u.partner_id = audience.partner_id AND ${MANAGERS}),
       partners AS (
         SELECT audience.version_id, EXISTS (SELECT 1 FROM policy_acknowledgment a WHERE a.version_id = audience.version_id AND a.partner_id = audience.partner_id) AS acknowledged
           FROM audience)
       SELECT x.id AS "versionId",
              (SELECT count(*)::int FROM partners WHERE partners.version_id = x.id) AS partners,
              (SELECT count(*)::int FROM partners WHERE partners.version_id = x.id AND acknowledged) AS "partnersAcknowledged",
              (SELECT count(*)::int FROM managers WHERE managers.version_id = x.id) AS managers,
              (SELECT count(*)::int FROM managers WHERE managers.version_id = x.id AND acknowledged) AS "managersAcknowledged"
         FROM unnest($1::uuid[]) AS x(id)`,
      [versionIds, RECEIVING_STATUSES], 'policies.summaries'));
  }

  /** The partners of a version's audience by name, with whether (and by whom first) they acknowledged it. */
  async partnerAcknowledgments(scope: Scope, versionId: string, acknowledged: boolean | null | undefined, first: number, after?: string | null): Promise<Connection<PartnerAcknowledgment>> {
    const params: unknown[] = [versionId, RECEIVING_STATUSES];
    const where: string[] = [];
    if (acknowledged != null) where.push(`first_ack.user_id IS ${acknowledged ? 'NOT ' : ''}NULL`);
    const counted = [...where];
    if (after) {
      const [name, id] = decodeCursor(after, ['text', 'uuid']);
      where.push(`(p.name, p.id) > ($${params.push(name)}, $${params.push(id)}::uuid)`);
    }
    const from = `FROM sales_policy_version v JOIN sales_policy sp ON sp.id = v.policy_id
      JOIN partner p ON p.status = ANY($2::text[]) AND ${inAudienceSql('sp', 'p')}
      LEFT JOIN LATERAL (SELECT a.acknowledged_at, a.user_id FROM policy_acknowledgment a WHERE a.version_id = v.id AND a.partner_id = p.id
                          ORDER BY a.acknowledged_at, a.user_id LIMIT 1) first_ack ON true
      WHERE v.id = $1`;
    const and = (parts: string[]) => parts.map((w) => ` AND ${w}`).join('');
    const rows = await scope.query<PartnerAcknowledgment>(
      `SELECT p.id AS "partnerId", p.name AS "partnerName", first_ack.acknowledged_at AS "acknowledgedAt", first_ack.user_id AS "acknowledgedById",
              (SELECT count(*)::int FROM app_user u WHERE u.partner_id = p.id AND ${MANAGERS}) AS managers,
              (SELECT count(*)::int FROM policy_acknowledgment a JOIN app_user u ON u.id = a.user_id AND ${MANAGERS} WHERE a.version_id = v.id AND a.partner_id = p.id) AS "managersAcknowledged"
         ${from}${and(where)} ORDER BY p.name, p.id LIMIT $${params.push(first + 1)}`, params, 'policies.partner-acknowledgments');
    const count = async () => (await scope.query<{ n: number }>(`SELECT count(*)::int AS n ${from}${and(counted)}`, [versionId, RECEIVING_STATUSES], 'policies.partner-acknowledgments-count'))[0].n;
    return toConnection(instancesOf(PartnerAcknowledgment, rows), first, count, (r) => [r.partnerName, r.partnerId]);
  }

  /** When each partner first acknowledged a published partner agreement (for its onboarding checklist). */
  async agreementAcknowledgedAt(scope: Scope, partnerIds: readonly string[]): Promise<Map<string, Date>> {
    const rows = await scope.query<{ partnerId: string; at: Date }>(
      `SELECT a.partner_id AS "partnerId", min(a.acknowledged_at) AS at
         FROM policy_acknowledgment a JOIN sales_policy_version v ON v.id = a.version_id JOIN sales_policy sp ON sp.id = v.policy_id
        WHERE a.partner_id = ANY($1::uuid[]) AND sp.kind = $2 GROUP BY a.partner_id`,
      [partnerIds, SalesPolicyKind.PARTNER_AGREEMENT], 'policies.agreement-acknowledged');
    return new Map(rows.map((r) => [r.partnerId, r.at]));
  }

  /** The partners in a policy's audience now (being onboarded or active). */
  private async audiencePartners(scope: Scope, policyId: string): Promise<string[]> {
    const rows = await scope.query<{ id: string }>(
      `SELECT p.id FROM sales_policy sp JOIN partner p ON p.status = ANY($2::text[]) AND ${inAudienceSql('sp', 'p')} WHERE sp.id = $1 ORDER BY p.id`,
      [policyId, RECEIVING_STATUSES], 'policies.audience-partners');
    return rows.map((r) => r.id);
  }

  /** The policy's row, locked: drafts and publications of one policy take turns. */
  private async lock(scope: Scope, policyId: string): Promise<SalesPolicy> {
    const policy = await this.get(scope, policyId);
    await scope.query(`SELECT 1 FROM sales_policy WHERE id = $1 FOR UPDATE`, [policyId], 'policies.lock');
    return policy;
  }

  /** Partner users see the published policies whose audience holds their own partner. */
  private visibleTo(scope: Scope, params: unknown[]): string[] {
    const viewer = scope.user;
    if (isBrandRole(viewer.role)) return [];
    return [`sp.first_published_at IS NOT NULL`,
      `EXISTS (SELECT 1 FROM partner p WHERE p.id = nullif($${params.push(viewer.partnerId ?? '')}, '')::uuid AND ${inAudienceSql('sp', 'p')})`];
  }
}

