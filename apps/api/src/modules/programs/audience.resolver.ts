import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../access/request-context';
import { Tier } from '../partners/tier.entity';
import { Territory } from '../partners/territory.entity';
import { Audience } from './audience';

const present = <T>(rows: (T | null | Error)[]): T[] => rows.filter((r): r is T => r != null && !(r instanceof Error));

@Resolver(() => Audience)
export class AudienceResolver {
  @FieldResolver(() => [Tier], { description: 'Only partners of these tiers; none: any tier.' })
  async tiers(@Root() audience: Audience, @Ctx() { loaders }: Context): Promise<Tier[]> {
    return present(await loaders.tierById.loadMany(audience.tierIds));
  }

  @FieldResolver(() => [Territory], { description: 'Only partners serving one of these territories; none: any.' })
  async territories(@Root() audience: Audience, @Ctx() { loaders }: Context): Promise<Territory[]> {
    return present(await loaders.territoryById.loadMany(audience.territoryIds));
  }
}
