import { Brackets, EntityManager, In } from 'typeorm';
import { Partner, PartnerKind, PartnerStatus } from './partner.entity';
import { PartnerChange } from './partner-change.entity';
import { Territory } from './territory.entity';
import { CreatePartnerInput, PartnerFilter, PartnerProfileInput } from './partner.inputs';
import { recordChange } from './partner-history';
import { Scope } from '../../access/scope';
import { likePattern } from '../../domain/sql';
import { Role } from '../../access/role';
import { UserService, IssuedInvitation } from '../../access/user.service';
import { Connection, decodeCursor, toConnection } from '../../domain/connection';
import { BadInput, NotFound } from '../../domain/errors';

export const PROFILE_FIELDS = [
  'name', 'email', 'phone', 'website', 'street', 'city', 'postalCode', 'region', 'country', 'latitude', 'longitude',
] as const satisfies readonly (keyof PartnerProfileInput & keyof Partner)[];


/** Partners: the list, lookups and profile. Lifecycle moves live in partner-lifecycle.ts. */
export class PartnerService {
  constructor(private readonly users: UserService) {}

  async list(scope: Scope, filter: PartnerFilter | null | undefined, first: number, after?: string | null): Promise<Connection<Partner>> {
    const manager = await scope.manager();
    const filtered = () => {
      const qb = manager.createQueryBuilder(Partner, 'p');
      // Row-level security limits partner users to their own partners; this says so for the planner too.
      if (scope.user.visiblePartnerIds !== 'ALL') qb.andWhere('p.id = ANY(:visible)', { visible: scope.user.visiblePartnerIds });
      if (filter?.search?.trim()) {
        qb.andWhere(`(lower(p.name) || ' ' || lower(p.city) || ' ' || lower(p.code)) LIKE :pattern`, {
          pattern: likePattern(filter.search.trim()),
        });
      }
      if (filter?.kinds?.length) qb.andWhere('p.kind IN (:...kinds)', { kinds: filter.kinds });
      if (filter?.statuses?.length) qb.andWhere('p.status IN (:...statuses)', { statuses: filter.statuses });
      if (filter?.tierIds?.length) qb.andWhere('p.tier_id IN (:...tierIds)', { tierIds: filter.tierIds });
      if (filter?.country) qb.andWhere('p.country = :country', { country: filter.country });
      if (filter?.territoryIds?.length) {
        qb.andWhere('EXISTS (SELECT 1 FROM partner_territory pt WHERE pt.partner_id = p.id AND pt.territory_id IN (:...territoryIds))', {
          territoryIds: filter.territoryIds,
        });
      }
      return qb;
    };
    const page = filtered().orderBy('p.name', 'ASC').addOrderBy('p.id', 'ASC').take(first + 1);
    if (after) {
      const [name, id] = decodeCursor(after, ['text', 'uuid']);
      page.andWhere(new Brackets((w) => w.where('(p.name, p.id) > (:afterName, :afterId)', { afterName: name, afterId: id })));
    }
    return toConnection(await page.getMany(), first, () => filtered().getCount(), (p) => [p.name, p.id]);
  }

  /** NOT_FOUND for a partner the viewer may not see: its existence is not revealed. */
  async get(scope: Scope, id: string): Promise<Partner> {
    const partner = await (await scope.manager()).findOneBy(Partner, { id });
    if (!partner) throw new NotFound('Partner', id);
    return partner;
  }

  async byIds(scope: Scope, ids: readonly string[]): Promise<Partner[]> {
    return (await scope.manager()).createQueryBuilder(Partner, 'p').where('p.id = ANY(:ids)', { ids }).getMany();
  }

  async childrenOf(scope: Scope, parentIds: readonly string[]): Promise<Partner[]> {
    return (await scope.manager())
      .createQueryBuilder(Partner, 'p')
      .where('p.parent_id = ANY(:parentIds)', { parentIds })
      .orderBy('p.name')
      .addOrderBy('p.id')
      .getMany();
  }

  async territoriesOf(scope: Scope, partnerIds: readonly string[]): Promise<(Territory & { partnerId: string })[]> {
    const rows: (Territory & { partnerId: string })[] = await (await scope.manager())
      .createQueryBuilder(Territory, 't')
      .innerJoin('partner_territory', 'pt', 'pt.territory_id = t.id')
      .where('pt.partner_id = ANY(:ids)', { ids: partnerIds })
      .select(['t.id AS id', 't.code AS code', 't.name AS name', 't.countries AS countries', 't.regions AS regions'])
      .addSelect(['t.postal_prefixes AS "postalPrefixes"', 'pt.partner_id AS "partnerId"'])
      .orderBy('t.name')
      .getRawMany();
    return rows;
  }

  /** The newest changes of each partner, at most `limit` each, in one statement. */
  async historyOf(scope: Scope, partnerIds: readonly string[], limit: number): Promise<PartnerChange[]> {
    return (await scope.manager()).query(
      `SELECT c.id, c.partner_id AS "partnerId", c.actor_id AS "actorId", c.kind, c.summary, c.at
         FROM unnest($1::uuid[]) AS wanted(id)
         CROSS JOIN LATERAL (SELECT * FROM partner_change pc WHERE pc.partner_id = wanted.id ORDER BY pc.at DESC, pc.id LIMIT $2) c`,
      [partnerIds, limit],
    );
  }

  async recentChanges(scope: Scope, limit: number): Promise<PartnerChange[]> {
    return (await scope.manager()).find(PartnerChange, { order: { at: 'DESC', id: 'ASC' }, take: limit });
  }

  async create(scope: Scope, input: CreatePartnerInput): Promise<{ partner: Partner; invitation: IssuedInvitation | null }> {
    const viewer = scope.user;
    const manager = await scope.manager();
    await this.checkReferences(manager, input);
    const ownerId = input.ownerId ?? (viewer.role === Role.CHANNEL_MANAGER ? viewer.userId : null);
    if (ownerId) await this.checkOwner(manager, ownerId);
    const [row]: { id: string }[] = await manager.query(
      `INSERT INTO partner (code, name, kind, status, parent_id, tier_id, owner_id, email, phone, website, street, city,
                            postal_code, region, country, latitude, longitude)
       VALUES ($1, $2, $3, 'PROSPECT', $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
       ON CONFLICT (code) DO NOTHING RETURNING id`,
      [input.code, input.name.trim(), input.kind, input.parentId ?? null, input.tierId ?? null, ownerId, input.email ?? null,
        input.phone ?? null, input.website ?? null, input.street ?? null, input.city.trim(), input.postalCode ?? null,
        input.region ?? null, input.country, input.latitude ?? null, input.longitude ?? null],
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
    const changed = PROFILE_FIELDS.filter((f) => input[f] !== undefined && input[f] !== partner[f]);
    for (const f of ['name', 'city', 'country'] as const) {
      if (input[f] === null) throw new BadInput(f, 'is required');
    }
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
