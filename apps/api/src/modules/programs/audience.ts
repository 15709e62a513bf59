import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { ArrayMaxSize, IsIn, IsUUID } from 'class-validator';
import { Scope } from '../../access/scope';
import { BadInput } from '../../domain/errors';
import { PartnerKind } from '../partners/partner.entity';
import { Tier } from '../partners/tier.entity';
import { Territory } from '../partners/territory.entity';

/** Partners that receive what the brand publishes: those being onboarded and the active ones. */
export const RECEIVING_STATUSES = ['ONBOARDING', 'ACTIVE'];

@InputType({ description: 'Who receives it: partners of these tiers, kinds and territories. An empty list means any; all three empty: every partner.' })
export class AudienceInput {
  @Field(() => [ID], { defaultValue: [] })
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true, message: 'must be tier ids' })
  tierIds: string[];

  @Field(() => [PartnerKind], { defaultValue: [] })
  @ArrayMaxSize(4)
  @IsIn(Object.values(PartnerKind), { each: true })
  kinds: PartnerKind[];

  @Field(() => [ID], { defaultValue: [] })
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'must be territory ids' })
  territoryIds: string[];
}

@ObjectType({ description: 'Who receives it: partners of these tiers, kinds and territories (an empty list: any).' })
export class Audience {
  tierIds: string[];
  territoryIds: string[];

  @Field(() => [PartnerKind])
  kinds: PartnerKind[];

  @Field({ description: 'No tier, kind or territory named: every partner.' })
  everyone: boolean;
}

export type AudienceRow = { audienceTierIds: string[]; audienceKinds: PartnerKind[]; audienceTerritoryIds: string[] };

export const AUDIENCE_COLUMNS = (alias: string) =>
  `${alias}.audience_tier_ids AS "audienceTierIds", ${alias}.audience_kinds AS "audienceKinds", ${alias}.audience_territory_ids AS "audienceTerritoryIds"`;

export function audienceOf(row: AudienceRow): Audience {
  return Object.assign(new Audience(), {
    tierIds: row.audienceTierIds, kinds: row.audienceKinds, territoryIds: row.audienceTerritoryIds,
    everyone: !row.audienceTierIds.length && !row.audienceKinds.length && !row.audienceTerritoryIds.length,
  });
}

/**
 * Whether partner `p` is in the audience of document `d` (both SQL aliases): the one rule every list,
 * lookup, notification and count of published documents applies, so that every partner is treated alike.
 */
export const inAudienceSql = (d: string, p: string) => `(
  (cardinality(${d}.audience_tier_ids) = 0 OR ${p}.tier_id = ANY (${d}.audience_tier_ids))
  AND (cardinality(${d}.audience_kinds) = 0 OR ${p}.kind = ANY (${d}.audience_kinds))
  AND (cardinality(${d}.audience_territory_ids) = 0
       OR EXISTS (SELECT 1 FROM partner_territory pt WHERE pt.partner_id = ${p}.id AND pt.territory_id = ANY (${d}.audience_territory_ids))))`;

/** The audience as given, duplicates dropped, its tiers and territories existing (BAD_USER_INPUT naming the field otherwise). */
export async function checkedAudience(scope: Scope, audience: AudienceInput, field = 'audience'): Promise<AudienceInput> {
  const tierIds = [...new Set(audience.tierIds)];
  const territoryIds = [...new Set(audience.territoryIds)];
  const [found] = await scope.query<{ tiers: number; territories: number }>(
    `SELECT (SELECT count(*)::int FROM tier WHERE id = ANY($1::uuid[])) AS tiers, (SELECT count(*)::int FROM territory WHERE id = ANY($2::uuid[])) AS territories`,
    [tierIds, territoryIds], 'programs.audience-check');
  if (found.tiers !== tierIds.length) throw new BadInput(`${field}.tierIds`, 'names a tier that does not exist');
  if (found.territories !== territoryIds.length) throw new BadInput(`${field}.territoryIds`, 'names a territory that does not exist');
  // Sorted: the same audience given in another order is no change.
  return { tierIds: tierIds.sort(), kinds: [...new Set(audience.kinds)].sort(), territoryIds: territoryIds.sort() };
}

/** The audience's tiers and territories, for its GraphQL fields. */
export type AudienceParts = { tiers: Tier[]; territories: Territory[] };
