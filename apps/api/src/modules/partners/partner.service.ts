import { EntityManager, In } from 'typeorm';
import { Partner, PartnerKind, PartnerStatus } from './partner.entity';
import { PartnerChange } from './partner-change.entity';
import { Territory } from './territory.entity';
import { CreatePartnerInput, PartnerFilter, PartnerProfileInput } from './partner.inputs';
import { recordChange } from './partner-history';
import { Scope } from '../../access/scope';
import { instancesOf, likePattern } from '../../domain/sql';
import { Role } from '../../access/role';
import { UserService, IssuedInvitation } from '../../access/user.service';
import { Connection, decodeCursor, toConnection } from '../../domain/connection';
import { normalizedTaxId } from '../../domain/tax-id';
import { BadInput, NotFound } from '../../domain/errors';

export const PROFILE_FIELDS = [
  'name', 'email', 'phone', 'website', 'street', 'city', 'postalCode', 'region', 'country', 'latitude', 'longitude', 'taxId',
] as const satisfies readonly (keyof PartnerProfileInput & keyof Partner)[];

/**
 * Every column of a partner under its property's name, as the entity has them: the GraphQL type shows
 * the profile, the field resolvers follow parentId, tierId and ownerId. Plain SQL for the reads that
 * every request sends: TypeORM's query building and hydration cost more CPU than the statements.
 */
const PARTNER_COLUMNS = `p.id, p.code, p.name, p.kind, p.status, p.parent_id AS "parentId", p.tier_id AS "tierId", p.owner_id AS "ownerId",
  p.email, p.phone, p.website, p.street, p.city, p.postal_code AS "postalCode", p.region, p.country, p.latitude, p.longitude,
  p.tax_id AS "taxId", p.created_at AS "createdAt", p.updated_at AS "updatedAt"`;

/** A partner change's columns under its properties' names (alias c). */
const CHANGE_COLUMNS = `c.id, c.partner_id AS "partnerId", c.actor_id AS "actorId", c.kind, c.summary, c.at`;

/**
 * The partners list's conditions for this viewer and filter, numbered from $1 with their parameters.
 * `filtered`: whether the viewer's filter added any (the statement's shape then varies with the filter).
 */
function listConditions(scope: Scope, filter: PartnerFilter | null | undefined): { conditions: string[]; params: unknown[]; filtered: boolean } {
  const conditions: string[] = [];
  const params: unknown[] = [];
  const add = (condition: (param: string) => string, value: unknown) => {
    params.push(value);
    conditions.push(condition(`$${params.length}`));
  };
  const visible = scope.user.visiblePartnerIds;
  // Row-level security limits partner users to their own partners; this says so for the planner too.
  if (visible !== 'ALL') add((v) => `p.id = ANY(${v}::uuid[])`, visible);
  const unfiltered = conditions.length;
  const search = filter?.search?.trim();
  if (search) add((v) => `(lower(p.name) || ' ' || lower(p.city) || ' ' || lower(p.code)) LIKE ${v}`, likePattern(search));
  if (filter?.kinds?.length) add((v) => `p.kind = ANY(${v}::text[])`, filter.kinds);
  if (filter?.statuses?.length) add((v) => `p.status = ANY(${v}::text[])`, filter.statuses);
  if (filter?.tierIds?.length) add((v) => `p.tier_id = ANY(${v}::uuid[])`, filter.tierIds);
  if (filter?.country) add((v) => `p.country = ${v}`, filter.country);
  if (filter?.territoryIds?.length) {
    add((v) => `EXISTS (SELECT 1 FROM partner_territory pt WHERE pt.partner_id = p.id AND pt.territory_id = ANY(${v}::uuid[]))`, filter.territoryIds);
  }
  return { conditions, params, filtered: conditions.length > unfiltered };
}

const whereOf = (conditions: readonly string[]): string => (conditions.length ? `WHERE ${conditions.join(' AND ')}` : '');

/** Partners: the list, lookups and profile. Lifecycle moves live in partner-lifecycle.ts. */
export class PartnerService {
  constructor(private readonly users: UserService) {}

  /**
   * A page of the partners the viewer may see, by name, and on demand their count. Lists without a
   * filter (the usual ones) are named statements, one name per shape of SQL (partner users' visibility,
   * a cursor); filtered searches vary in shape and go unnamed.
   */
  async list(scope: Scope, filter: PartnerFilter | null | undefined, first: number, after?: string | null): Promise<Connection<Partner>> {
    const { conditions, params, filtered } = listConditions(scope, filter);
    const named = (name: string) => (filtered ? undefined : `${name}${scope.user.visiblePartnerIds === 'ALL' ? '' : '-visible'}`);
    const page = { conditions: [...conditions], params: [...params] };
    if (after) {
      page.params.push(...decodeCursor(after, ['text', 'uuid']));
      page.conditions.push(`(p.name, p.id) > ($${page.params.length - 1}::text, $${page.params.length}::uuid)`);
    }
    page.params.push(first + 1);
    const rows = instancesOf(Partner, await scope.query<Partner>(
      `SELECT ${PARTNER_COLUMNS} FROM partner p ${whereOf(page.conditions)} ORDER BY p.name, p.id LIMIT $${page.params.length}`,
      page.params,
      named(after ? 'partner.page-after' : 'partner.page'),
    ));
    const count = async () => {
      const [{ count }] = await scope.query<{ count: number }>(`SELECT count(*)::int AS count FROM partner p ${whereOf(conditions)}`, params, named('partner.count'));
      return count;
    };
    return toConnection(rows, first, count, (p) => [p.name, p.id]);
  }

  /** NOT_FOUND for a partner the viewer may not see: its existence is not revealed. */
  async get(scope: Scope, id: string): Promise<Partner> {
    const [partner] = await this.byIds(scope, [id]);
    if (!partner) throw new NotFound('Partner', id);
    return partner;
  }

  /**
   * What a lead dispatch needs of a partner: its status, its row share-locked until the caller's
   * transaction ends (a status change waits, so the decision still holds at commit), and its tier's hours
   * to accept a lead. Null: no such partner in sight.
   */
  async forDispatch(scope: Scope, id: string): Promise<{ status: PartnerStatus; leadAcceptHours: number | null } | null> {
    const [row] = await (await scope.manager()).query(
      `SELECT p.status, t.lead_accept_hours AS "leadAcceptHours" FROM partner p LEFT JOIN tier t ON t.id = p.tier_id WHERE p.id = $1 FOR SHARE OF p`,
      [id],
    );
    return row ?? null;
  }

  /** The partners of these ids that the viewer may see (row-level security hides the others). */
  async byIds(scope: Scope, ids: readonly string[]): Promise<Partner[]> {
    return instancesOf(Partner, await scope.query<Partner>(`SELECT ${PARTNER_COLUMNS} FROM partner p WHERE p.id = ANY($1::uuid[])`, [ids], 'partner.by-ids'));
  }

  async childrenOf(scope: Scope, parentIds: readonly string[]): Promise<Partner[]> {
    const rows = await scope.query<Partner>(
      `SELECT ${PARTNER_COLUMNS} FROM partner p WHERE p.parent_id = ANY($1::uuid[]) ORDER BY p.name, p.id`,
      [parentIds],
      'partner.children-of',
    );
    return instancesOf(Partner, rows);
  }

  async territoriesOf(scope: Scope, partnerIds: readonly string[]): Promise<(Territory & { partnerId: string })[]> {
    const rows = await scope.query<Territory & { partnerId: string }>(
      `SELECT t.id, t.code, t.name, t.countries, t.regions, t.postal_prefixes AS "postalPrefixes", pt.partner_id AS "partnerId"
         FROM partner_territory pt JOIN territory t ON t.id = pt.territory_id
        WHERE pt.partner_id = ANY($1::uuid[])
        ORDER BY t.name, t.id`,
      [partnerIds],
      'partner.territories-of',
    );
    return instancesOf(Territory, rows) as (Territory & { partnerId: string })[];
  }

  /** The newest changes of each partner, at most `limit` each, in one statement. */
  async historyOf(scope: Scope, partnerIds: readonly string[], limit: number): Promise<PartnerChange[]> {
    return instancesOf(PartnerChange, await scope.query<PartnerChange>(
      `SELECT ${CHANGE_COLUMNS}
         FROM unnest($1::uuid[]) AS wanted(id)
         CROSS JOIN LATERAL (SELECT * FROM partner_change pc WHERE pc.partner_id = wanted.id ORDER BY pc.at DESC, pc.id LIMIT $2) c`,
      [partnerIds, limit],
      'partner.history-of',
    ));
  }

  async recentChanges(scope: Scope, limit: number): Promise<PartnerChange[]> {
    return instancesOf(PartnerChange, await scope.query<PartnerChange>(
      `SELECT ${CHANGE_COLUMNS}
         FROM partner_change c ORDER BY c.at DESC, c.id LIMIT $1`,
      [limit],
      'partner.recent-changes',
    ));
  }

  async create(scope: Scope, input: CreatePartnerInput): Promise<{ partner: Partner; invitation: IssuedInvitation | null }> {
    const viewer = scope.user;
    const taxId = input.taxId?.trim() ? normalizedTaxId(input.taxId) : null;
    const manager = await scope.manager();
    await this.checkReferences(manager, input);
    const ownerId = input.ownerId ?? (viewer.role === Role.CHANNEL_MANAGER ? viewer.userId : null);
    if (ownerId) await this.checkOwner(manager, ownerId);
    const [row]: { id: string }[] = await manager.query(
      `INSERT INTO partner (code, name, kind, status, parent_id, tier_id, owner_id, email, phone, website, street, city,
                            postal_code, region, country, latitude, longitude, tax_id)
       VALUES ($1, $2, $3, 'PROSPECT', $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)
       ON CONFLICT (code) DO NOTHING RETURNING id`,
      [input.code, input.name.trim(), input.kind, input.parentId ?? null, input.tierId ?? null, ownerId, input.email ?? null,
        input.phone ?? null, input.website ?? null, input.street ?? null, input.city.trim(), input.postalCode ?? null,
        input.region ?? null, input.country, input.latitude ?? null, input.longitude ?? null, taxId],
    );
    if (!row) throw new BadInput('code', 'is already used by another partner');
    if (input.territoryIds?.length) await this.replaceTerritories(manager, row.id, input.territoryIds);
    await recordChange(scope, manager, row.id, 'CREATED', `created as ${input.kind} ${input.code}`);
    let invitation: IssuedInvitation | null = null;
    if (input.firstManager) {
      invitation = await this.users.invite(scope, { ...input.firstManager, role: Role.PARTNER_MANAGER, partnerId: row.id });
      await recordChange(scope, manager, row.id, 'USER_INVITED', `invited partner manager ${invitation.user.email}`);
    }
    return { partner: await manager.findOneByOrFail(Partner, { id: row.id }), invitation };
  }

  async updateProfile(scope: Scope, partnerId: string, input: PartnerProfileInput): Promise<Partner> {
    const manager = await scope.manager();
    const partner = await manager.findOne(Partner, { where: { id: partnerId }, lock: { mode: 'pessimistic_write' } });
    if (!partner) throw new NotFound('Partner', partnerId);
    for (const f of ['name', 'city', 'country'] as const) {
      if (input[f] === null) throw new BadInput(f, 'is required');
    }
    // Stored as compared (domain/tax-id.ts): the same number written otherwise is no change.
    if (typeof input.taxId === 'string') input = { ...input, taxId: input.taxId.trim() ? normalizedTaxId(input.taxId) : null };
    const changed = PROFILE_FIELDS.filter((f) => input[f] !== undefined && input[f] !== partner[f]);
    if (changed.length === 0) return partner;
    const patch = Object.fromEntries(changed.map((f) => [f, input[f]]));
    await manager.update(Partner, { id: partnerId }, patch);
    await recordChange(scope, manager, partnerId, 'PROFILE', `changed ${changed.join(', ')}`);
    return manager.findOneByOrFail(Partner, { id: partnerId });
  }

  async replaceTerritories(manager: EntityManager, partnerId: string, territoryIds: readonly string[]): Promise<string[]> {
    const unique = [...new Set(territoryIds)];
    const found = await manager.findBy(Territory, { id: In(unique) });
    if (found.length !== unique.length) throw new BadInput('territoryIds', 'names a territory that does not exist');
    await manager.query(`DELETE FROM partner_territory WHERE partner_id = $1`, [partnerId]);
    await manager.query(
      `INSERT INTO partner_territory (partner_id, territory_id) SELECT $1, unnest($2::uuid[])`,
      [partnerId, unique],
    );
    return found.map((t) => t.code).sort();
  }

  async checkReferences(manager: EntityManager, input: { parentId?: string | null; tierId?: string | null }): Promise<void> {
    if (input.parentId) {
      const parent = await manager.findOneBy(Partner, { id: input.parentId });
      if (!parent) throw new BadInput('parentId', 'names no partner you can see');
      if (parent.kind !== PartnerKind.DISTRIBUTOR) throw new BadInput('parentId', 'must be a distributor');
      if (parent.status === PartnerStatus.TERMINATED) throw new BadInput('parentId', 'is terminated');
    }
    if (input.tierId) {
      const [tier] = await manager.query(`SELECT 1 FROM tier WHERE id = $1`, [input.tierId]);
      if (!tier) throw new BadInput('tierId', 'names no tier');
    }
  }

  async checkOwner(manager: EntityManager, ownerId: string): Promise<string> {
    const [owner]: { display_name: string }[] = await manager.query(
      `SELECT display_name FROM app_user WHERE id = $1 AND role = 'CHANNEL_MANAGER' AND active`,
      [ownerId],
    );
    if (!owner) throw new BadInput('ownerId', 'must be an active channel manager');
    return owner.display_name;
  }
}
