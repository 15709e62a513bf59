import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from './request-context';
import { Authorized } from './access-decorators';
import { Role } from './role';
import { SavedQuery } from './saved-query.entity';
import { DeleteSavedQueryInput, DeleteSavedQueryPayload, SaveQueryInput, SaveQueryPayload } from './saved-query.inputs';

/** The workbench's saved queries: brand staff's own preferences, each user's alone (not business data). */
@Resolver()
@Authorized(Role.ADMIN, Role.CHANNEL_MANAGER, Role.ANALYST)
export class SavedQueryResolver {
  @Query(() => [SavedQuery], { description: "The viewer's saved workbench queries, by name." })
  savedQueries(@Ctx() { scope, services }: Context): Promise<SavedQuery[]> {
    return services.savedQueries.list(scope);
  }

  @Mutation(() => SaveQueryPayload, { description: 'Saves a query under a name: the viewer\'s query of that name is replaced; the same text again changes nothing.' })
  async saveQuery(@Arg('input') input: SaveQueryInput, @Ctx() { scope, services }: Context): Promise<SaveQueryPayload> {
    return { savedQuery: await services.savedQueries.save(scope, input) };
  }

  @Mutation(() => DeleteSavedQueryPayload, { description: "Deletes one of the viewer's saved queries; any other id is NOT_FOUND." })
  async deleteSavedQuery(@Arg('input') input: DeleteSavedQueryInput, @Ctx() { scope, services }: Context): Promise<DeleteSavedQueryPayload> {
    return { deletedSavedQueryId: await services.savedQueries.delete(scope, input.savedQueryId) };
  }
}
