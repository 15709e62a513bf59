import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Tier } from './tier.entity';
import { Territory } from './territory.entity';
import { TerritoryInput, TierInput, UpdateTerritoryInput, UpdateTierInput } from './reference-data.inputs';
import { SaveTerritoryPayload, SaveTierPayload } from './partner.payloads';
import type { Context } from '../../access/request-context';
import { Authorized } from '../../access/access-decorators';
import { ALL_ROLES, Role } from '../../access/role';

@Resolver()
@Authorized(...ALL_ROLES)
export class ReferenceDataResolver {
  @Query(() => [Tier], { description: 'Partner tiers, lowest rank first.' })
  tiers(@Ctx() { scope, services }: Context): Promise<Tier[]> {
    return services.referenceData.tiers(scope);
  }

  @Query(() => [Territory])
  territories(@Ctx() { scope, services }: Context): Promise<Territory[]> {
    return services.referenceData.territories(scope);
  }

  @Mutation(() => SaveTierPayload)
  @Authorized(Role.ADMIN)
  async createTier(@Arg('input') input: TierInput, @Ctx() { scope, services }: Context): Promise<{ tier: Tier }> {
    return { tier: await services.referenceData.saveTier(scope, null, input) };
  }

  @Mutation(() => SaveTierPayload)
  @Authorized(Role.ADMIN)
  async updateTier(@Arg('input') { tierId, ...input }: UpdateTierInput, @Ctx() { scope, services }: Context): Promise<{ tier: Tier }> {
    return { tier: await services.referenceData.saveTier(scope, tierId, input) };
  }

  @Mutation(() => SaveTerritoryPayload)
  @Authorized(Role.ADMIN)
  async createTerritory(@Arg('input') input: TerritoryInput, @Ctx() { scope, services }: Context): Promise<{ territory: Territory }> {
    return { territory: await services.referenceData.saveTerritory(scope, null, input) };
  }

  @Mutation(() => SaveTerritoryPayload)
  @Authorized(Role.ADMIN)
  async updateTerritory(@Arg('input') { territoryId, ...input }: UpdateTerritoryInput, @Ctx() { scope, services }: Context): Promise<{ territory: Territory }> {
    return { territory: await services.referenceData.saveTerritory(scope, territoryId, input) };
  }
}
