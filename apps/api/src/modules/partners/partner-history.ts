import { EntityManager } from 'typeorm';
import { Scope } from '../../access/scope';

export type ChangeKind =
  | 'CREATED'
  | 'PROFILE'
  | 'STATUS'
  | 'TIER'
  | 'OWNER'
  | 'PARENT'
  | 'TERRITORIES'
  | 'USER_INVITED'
  | 'USER_DEACTIVATED';

/** Appends to a partner's history in the caller's transaction, so a change and its record commit together. */
export async function recordChange(scope: Scope, manager: EntityManager, partnerId: string, kind: ChangeKind, summary: string): Promise<void> {
  await manager.query(`INSERT INTO partner_change (partner_id, actor_id, kind, summary) VALUES ($1, $2, $3, $4)`, [
    partnerId,
    scope.viewer?.userId || null,
    kind,
    summary,
  ]);
}
