import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../access/request-context';
import { Authorized } from '../../access/access-decorators';
import { ALL_ROLES, CHANNEL_WRITERS } from '../../access/role';
import { ConnectionType, PageArgs, type Connection } from '../../domain/connection';
import { payloadType } from '../../domain/payload';
import { ByIdArgs } from '../partners/partner.inputs';
import { Partner } from '../partners/partner.entity';
import { Category } from '../catalog/category.entity';
import { IncentiveAccrual, IncentiveComputation, IncentiveProgram, IncentiveStatement } from './incentive.types';
import { CreateIncentiveProgramInput, IncentiveAccrualsArgs, IncentiveStatementsArgs, PublishIncentiveProgramInput, UpdateIncentiveProgramInput } from './incentive.inputs';

const IncentiveProgramConnection = ConnectionType(IncentiveProgram, 'IncentiveProgram');
const IncentiveAccrualConnection = ConnectionType(IncentiveAccrual, 'IncentiveAccrual');
const IncentiveStatementConnection = ConnectionType(IncentiveStatement, 'IncentiveStatement');
const CreateIncentiveProgramPayload = payloadType('CreateIncentiveProgramPayload', 'program', IncentiveProgram);
const UpdateIncentiveProgramPayload = payloadType('UpdateIncentiveProgramPayload', 'program', IncentiveProgram);
const PublishIncentiveProgramPayload = payloadType('PublishIncentiveProgramPayload', 'program', IncentiveProgram);
const ComputeIncentivesPayload = payloadType('ComputeIncentivesPayload', 'computation', IncentiveComputation);

@Resolver(() => IncentiveProgram)
export class IncentiveProgramResolver {
  @Query(() => IncentiveProgramConnection, { description: "Incentives by name: brand staff all, partner users the active ones of their partner's audience." })
  @Authorized(...ALL_ROLES)
  incentivePrograms(@Args() { first, after }: PageArgs, @Ctx() { scope, services }: Context): Promise<Connection<IncentiveProgram>> {
    return services.incentives.list(scope, first, after);
  }

  @Query(() => IncentiveProgram, { description: 'One incentive: NOT_FOUND when the viewer may not see it.' })
  @Authorized(...ALL_ROLES)
  incentiveProgram(@Args() { id }: ByIdArgs, @Ctx() { scope, services }: Context): Promise<IncentiveProgram> {
    return services.incentives.get(scope, id);
  }

  @Query(() => IncentiveAccrualConnection, { description: "A program's accruals, latest period first: one partner's or all the viewer sees." })
  @Authorized(...ALL_ROLES)
  incentiveAccruals(@Args() { programId, partnerId, first, after }: IncentiveAccrualsArgs, @Ctx() { scope, services }: Context): Promise<Connection<IncentiveAccrual>> {
    return services.incentives.accruals(scope, programId, partnerId, first, after);
  }

  @Query(() => IncentiveStatementConnection, { description: 'Settled periods, latest first: of a program and/or partner, or all the viewer sees.' })
  @Authorized(...ALL_ROLES)
  incentiveStatements(@Args() { programId, partnerId, first, after }: IncentiveStatementsArgs, @Ctx() { scope, services }: Context): Promise<Connection<IncentiveStatement>> {
    return services.incentives.statements(scope, programId, partnerId, first, after);
  }

  @Mutation(() => CreateIncentiveProgramPayload, { description: 'Creates an incentive as a draft: nothing accrues until it is published.' })
  @Authorized(...CHANNEL_WRITERS)
  async createIncentiveProgram(@Arg('input') input: CreateIncentiveProgramInput, @Ctx() { scope, services }: Context) {
    return { program: await services.incentives.create(scope, input) };
  }

  @Mutation(() => UpdateIncentiveProgramPayload, { description: 'Changes a draft; a published incentive cannot change (CONFLICT).' })
  @Authorized(...CHANNEL_WRITERS)
  async updateIncentiveProgram(@Arg('input') input: UpdateIncentiveProgramInput, @Ctx() { scope, services }: Context) {
    return { program: await services.incentives.update(scope, input) };
  }

  @Mutation(() => PublishIncentiveProgramPayload, { description: 'Publishes a draft to its audience; again: changes nothing.' })
  @Authorized(...CHANNEL_WRITERS)
  async publishIncentiveProgram(@Arg('input') input: PublishIncentiveProgramInput, @Ctx() { scope, services }: Context) {
    return { program: await services.incentives.publish(scope, input.programId) };
  }

  @Mutation(() => ComputeIncentivesPayload, { description: 'Brings every active incentive up to date now and settles ended periods (a job does it hourly).' })
  @Authorized(...CHANNEL_WRITERS)
  async computeIncentives(@Ctx() { scope, services }: Context) {
    return { computation: await services.incentives.compute(scope) };
  }

  @FieldResolver(() => Category, { nullable: true, description: 'Only products of this category (and below) count.' })
  category(@Root() program: IncentiveProgram, @Ctx() { loaders }: Context): Promise<Category | null> | null {
    return program.categoryId ? loaders.categoryById.load(program.categoryId) : null;
  }

  @FieldResolver(() => [IncentiveAccrual], { description: "The viewer's own partner's accruals, latest period first; empty for brand staff." })
  async myAccruals(@Root() program: IncentiveProgram, @Ctx() { scope, loaders }: Context): Promise<IncentiveAccrual[]> {
    return scope.user.partnerId ? loaders.ownAccrualsByProgramId.load(program.id) : [];
  }
}

@Resolver(() => IncentiveAccrual)
export class IncentiveAccrualResolver {
  @FieldResolver(() => Partner, { nullable: true })
  partner(@Root() a: IncentiveAccrual, @Ctx() { loaders }: Context): Promise<Partner | null> {
    return loaders.partnerById.load(a.partnerId);
  }
}

@Resolver(() => IncentiveStatement)
export class IncentiveStatementResolver {
  @FieldResolver(() => Partner, { nullable: true })
  partner(@Root() s: IncentiveStatement, @Ctx() { loaders }: Context): Promise<Partner | null> {
    return loaders.partnerById.load(s.partnerId);
  }

  @FieldResolver(() => IncentiveProgram, { nullable: true })
  program(@Root() s: IncentiveStatement, @Ctx() { loaders }: Context): Promise<IncentiveProgram | null> {
    return loaders.incentiveProgramById.load(s.programId);
  }
}
