import { Partner, PartnerStatus } from './partner.entity';
import { PartnerService } from './partner.service';
import { recordChange } from './partner-history';
import { Scope } from '../../access/scope';
import { returningRows, updateIfChanged } from '../../domain/sql';
import { UserService } from '../../access/user.service';
import { endAccessOfUsers } from '../../access/auth.service';
import { BadInput, Conflict } from '../../domain/errors';

/** The allowed status moves; TERMINATED is final. */
export const STATUS_MOVES: Readonly<Record<PartnerStatus, readonly PartnerStatus[]>> = {
  PROSPECT: [PartnerStatus.ONBOARDING, PartnerStatus.TERMINATED],
  ONBOARDING: [PartnerStatus.ACTIVE, PartnerStatus.TERMINATED],
  ACTIVE: [PartnerStatus.SUSPENDED, PartnerStatus.TERMINATED],
  SUSPENDED: [PartnerStatus.ACTIVE, PartnerStatus.TERMINATED],
  TERMINATED: [],
};

/** Statuses whose users keep no access: their sessions and tokens end with the move. */
export const LOCKED_OUT: readonly PartnerStatus[] = [PartnerStatus.SUSPENDED, PartnerStatus.TERMINATED];

/** A partner's moves through its life: status, tier, owner, parent, territories; each one recorded. */
export class PartnerLifecycle {
  constructor(
    private readonly partners: PartnerService,
    private readonly users: UserService,
  ) {}

  async moveTo(scope: Scope, partnerId: string, target: PartnerStatus, reason?: string | null): Promise<Partner> {
    const manager = await scope.manager();
    const partner = await this.partners.get(scope, partnerId);
    // Already there: nothing to move, record or lock out again.
    if (partner.status === target) return partner;
    if (!STATUS_MOVES[partner.status].includes(target)) {
      throw new Conflict(`A ${partner.status} partner cannot become ${target}`, { from: partner.status, to: target });
    }
    // Conditional on the status we read: of two racing moves, the second finds no row and loses cleanly.
    const moved = await returningRows(manager,
      `UPDATE partner SET status = $3, updated_at = now() WHERE id = $1 AND status = $2 RETURNING id`,
      [partnerId, partner.status, target],
    );
    if (moved.length === 0) {
      // A parallel request made the same move first: this one changed nothing and answers the state reached.
      const now = await this.partners.get(scope, partnerId);
      if (now.status === target) return now;
      throw new Conflict('The partner changed meanwhile; reload and try again');
    }
    if (LOCKED_OUT.includes(target)) {
      await endAccessOfUsers(manager, await this.users.activeUserIdsOfPartner(manager, partnerId));
    }
    await recordChange(scope, manager, partnerId, 'STATUS', `status: ${partner.status} → ${target}${reason ? ` (${reason})` : ''}`);
    return manager.findOneByOrFail(Partner, { id: partnerId });
  }

  async assignTier(scope: Scope, partnerId: string, tierId: string | null): Promise<Partner> {
    const manager = await scope.manager();
    await this.partners.get(scope, partnerId);
    const [tier]: { name: string }[] = tierId ? await manager.query(`SELECT name FROM tier WHERE id = $1`, [tierId]) : [];
    if (tierId && !tier) throw new BadInput('tierId', 'names no tier');
    if ((await updateIfChanged(manager, 'partner', partnerId, { tier_id: tierId }, 'updated_at')) !== 'CHANGED') return this.partners.get(scope, partnerId);
    await recordChange(scope, manager, partnerId, 'TIER', `tier: ${tier?.name ?? 'none'}`);
    return manager.findOneByOrFail(Partner, { id: partnerId });
  }

  async assignOwner(scope: Scope, partnerId: string, ownerId: string): Promise<Partner> {
    const manager = await scope.manager();
    await this.partners.get(scope, partnerId);
    const ownerName = await this.partners.checkOwner(manager, ownerId);
    if ((await updateIfChanged(manager, 'partner', partnerId, { owner_id: ownerId }, 'updated_at')) !== 'CHANGED') return this.partners.get(scope, partnerId);
    await recordChange(scope, manager, partnerId, 'OWNER', `owner: ${ownerName}`);
    return manager.findOneByOrFail(Partner, { id: partnerId });
  }

  async setParent(scope: Scope, partnerId: string, parentId: string | null): Promise<Partner> {
    const manager = await scope.manager();
    // Hierarchy changes take turns, so two concurrent moves cannot close a cycle between them.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('trellis.partner-hierarchy'))`);
    const partner = await this.partners.get(scope, partnerId);
    if (parentId === partnerId) throw new BadInput('parentId', 'a partner cannot be its own parent');
    await this.partners.checkReferences(manager, { parentId });
    if (parentId) {
      const [cycle] = await manager.query(
        `WITH RECURSIVE up(id, parent_id) AS (
           SELECT id, parent_id FROM partner WHERE id = $1
           UNION SELECT p.id, p.parent_id FROM partner p JOIN up ON p.id = up.parent_id)
         SELECT 1 FROM up WHERE id = $2`,
        [parentId, partnerId],
      );
      if (cycle) throw new BadInput('parentId', 'would make the partner its own ancestor');
    }
    if (partner.parentId === parentId) return partner;
    if ((await updateIfChanged(manager, 'partner', partnerId, { parent_id: parentId }, 'updated_at')) !== 'CHANGED') return this.partners.get(scope, partnerId);
    const [parent]: { name: string }[] = parentId ? await manager.query(`SELECT name FROM partner WHERE id = $1`, [parentId]) : [];
    await recordChange(scope, manager, partnerId, 'PARENT', `parent: ${parent?.name ?? 'none'}`);
    return manager.findOneByOrFail(Partner, { id: partnerId });
  }

  async setTerritories(scope: Scope, partnerId: string, territoryIds: readonly string[]): Promise<Partner> {
    const manager = await scope.manager();
    await this.partners.get(scope, partnerId);
    // The partner's row lock makes parallel changes take turns: each compares with what the last one left.
    await manager.query(`SELECT 1 FROM partner WHERE id = $1 FOR UPDATE`, [partnerId]);
    const wanted = [...new Set(territoryIds)].sort();
    const current = (await this.partners.territoriesOf(scope, [partnerId])).map((t) => t.id).sort();
    if (wanted.length === current.length && wanted.every((id, i) => id === current[i])) return this.partners.get(scope, partnerId);
    const codes = await this.partners.replaceTerritories(manager, partnerId, wanted);
    await manager.query(`UPDATE partner SET updated_at = now() WHERE id = $1`, [partnerId]);
    await recordChange(scope, manager, partnerId, 'TERRITORIES', `territories: ${codes.join(', ') || 'none'}`);
    return this.partners.get(scope, partnerId);
  }
}
