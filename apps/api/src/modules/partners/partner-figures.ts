import type { Scope } from '../../access/scope';
import { PartnerKind, PartnerStatus } from './partner.entity';
import type { Territory } from './territory.entity';

/** A partner as channel performance groups it: its current tier, kind, territories and status. */
export interface PartnerMember {
  id: string;
  name: string;
  tierId: string | null;
  kind: PartnerKind;
  status: PartnerStatus;
  ownerId: string | null;
  territoryIds: string[];
  createdAt: Date;
}

export interface MemberFilter {
  partnerIds?: readonly string[] | null;
  tierIds?: readonly string[] | null;
  territoryIds?: readonly string[] | null;
  kinds?: readonly PartnerKind[] | null;
}

/** The partners' part of channel performance: who is in which group, as the viewer may see them (row-level security). */
export class PartnerFigures {
  members(scope: Scope, filter: MemberFilter = {}): Promise<PartnerMember[]> {
    return scope.query<PartnerMember>(
      `SELECT p.id, p.name, p.tier_id AS "tierId", p.kind, p.status, p.owner_id AS "ownerId", p.created_at AS "createdAt",
              coalesce((SELECT array_agg(t.territory_id::text ORDER BY t.territory_id) FROM partner_territory t WHERE t.partner_id = p.id), '{}') AS "territoryIds"
         FROM partner p
        WHERE ($1::uuid[] IS NULL OR p.id = ANY($1)) AND ($2::uuid[] IS NULL OR p.tier_id = ANY($2)) AND ($3::text[] IS NULL OR p.kind = ANY($3))
          AND ($4::uuid[] IS NULL OR EXISTS (SELECT 1 FROM partner_territory t WHERE t.partner_id = p.id AND t.territory_id = ANY($4)))
        ORDER BY p.id`,
      [filter.partnerIds ?? null, filter.tierIds ?? null, filter.kinds ?? null, filter.territoryIds ?? null],
      'kpi.members',
    );
  }

  /** Partners the viewer sees, by their codes (a quota file names partners by code). */
  byCodes(scope: Scope, codes: readonly string[]): Promise<{ id: string; code: string }[]> {
    return scope.query(`SELECT id, code FROM partner WHERE code = ANY($1::text[])`, [codes], 'kpi.partners-by-codes');
  }

  territoriesByIds(scope: Scope, ids: readonly string[]): Promise<Territory[]> {
    return scope.query<Territory>(
      `SELECT id, code, name, countries, regions, postal_prefixes AS "postalPrefixes" FROM territory WHERE id = ANY($1::uuid[])`, [ids], 'kpi.territories-by-ids');
  }
}
