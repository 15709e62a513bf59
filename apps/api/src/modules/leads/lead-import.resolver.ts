import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../access/request-context';
import { Authorized } from '../../access/access-decorators';
import { CHANNEL_WRITERS } from '../../access/role';
import { User } from '../../access/user.entity';
import { ByIdArgs } from '../partners/partner.inputs';
import { LeadImport, LeadImportsArgs, StartLeadImportInput, StartLeadImportPayload } from './lead-import.types';

/** Leads from a CSV file (lead-import.service.ts): brand staff who may file leads, as with createLead. */
@Resolver(() => LeadImport)
@Authorized(...CHANNEL_WRITERS)
export class LeadImportResolver {
  @Mutation(() => StartLeadImportPayload, { description: 'Checks a lead CSV file whole: FAILED with every problem and nothing written, or RUNNING in the background.' })
  @Authorized(...CHANNEL_WRITERS)
  async startLeadImport(@Arg('input') input: StartLeadImportInput, @Ctx() { scope, services }: Context): Promise<StartLeadImportPayload> {
    return { leadImport: await services.leadImports.start(scope, input) };
  }

  @Query(() => LeadImport, { description: 'One lead import, for its progress: NOT_FOUND when the viewer may not see it.' })
  @Authorized(...CHANNEL_WRITERS)
  leadImport(@Args() { id }: ByIdArgs, @Ctx() { scope, services }: Context): Promise<LeadImport> {
    return services.leadImports.get(scope, id);
  }

  @Query(() => [LeadImport], { description: 'The most recent lead imports, newest first.' })
  @Authorized(...CHANNEL_WRITERS)
  leadImports(@Args() { first }: LeadImportsArgs, @Ctx() { scope, services }: Context): Promise<LeadImport[]> {
    return services.leadImports.recent(scope, first);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who uploaded the file.' })
  createdBy(@Root() leadImport: LeadImport, @Ctx() { loaders }: Context): Promise<User | null> {
    return loaders.userById.load(leadImport.createdById);
  }
}
