import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Partner, PartnerStatus } from './partner.entity';
import { Tier } from './tier.entity';
import { Territory } from './territory.entity';
import { PartnerChange } from './partner-change.entity';
import {
  AssignPartnerOwnerInput, AssignPartnerTierInput, ByIdArgs, CreatePartnerInput, PartnersArgs, PartnerTransitionInput, RecentPartnerChangesArgs,
  SetPartnerParentInput, SetPartnerTerritoriesInput, UpdatePartnerProfileInput,
} from './partner.inputs';
import {
  ActivatePartnerPayload, AssignPartnerOwnerPayload, AssignPartnerTierPayload, CreatePartnerPayload, PartnerConnection,
  SetPartnerParentPayload, SetPartnerTerritoriesPayload, StartPartnerOnboardingPayload, SuspendPartnerPayload,
  TerminatePartnerPayload, UpdatePartnerProfilePayload,
} from './partner.payloads';
import type { Context } from '../../access/request-context';
import { Authorized } from '../../access/access-decorators';
import type { Connection } from '../../domain/connection';
import { ALL_ROLES, CHANNEL_WRITERS, Role } from '../../access/role';
import { User } from '../../access/user.entity';
import { STATUS_MOVES } from './partner-lifecycle';

@Resolver(() => Partner)
@Authorized(...ALL_ROLES)
export class PartnerResolver {
  @Query(() => PartnerConnection, { description: 'Partners the viewer may see, by name; cursor pages.' })
  partners(@Args() { filter, first, after }: PartnersArgs, @Ctx() { scope, services }: Context): Promise<Connection<Partner>> {
    return services.partners.list(scope, filter, first, after);
  }

  @Query(() => Partner, { description: 'NOT_FOUND when the viewer may not see it.' })
  partner(@Args() { id }: ByIdArgs, @Ctx() { scope, services }: Context): Promise<Partner> {
    return services.partners.get(scope, id);
  }

  @Query(() => [PartnerChange], { description: "The channel's latest partner changes, newest first." })
  @Authorized(...CHANNEL_WRITERS, Role.ANALYST)
  recentPartnerChanges(@Args() { first }: RecentPartnerChangesArgs, @Ctx() { scope, services }: Context): Promise<PartnerChange[]> {
    return services.partners.recentChanges(scope, first);
  }

  @Mutation(() => CreatePartnerPayload)
  @Authorized(...CHANNEL_WRITERS)
  async createPartner(@Arg('input') input: CreatePartnerInput, @Ctx() ctx: Context): Promise<CreatePartnerPayload> {
    const { partner, invitation } = await ctx.services.partners.create(ctx.scope, input);
    return {
      partner,
      firstManagerInvitation: invitation && {
        user: invitation.user,
        invitationUrl: invitation.url,
        expiresAt: invitation.expiresAt,
      },
    };
  }

  @Mutation(() => UpdatePartnerProfilePayload)
  @Authorized(...CHANNEL_WRITERS)
  async updatePartnerProfile(@Arg('input') input: UpdatePartnerProfileInput, @Ctx() { scope, services }: Context) {
    return { partner: await services.partners.updateProfile(scope, input.partnerId, input) };
  }

  @Mutation(() => StartPartnerOnboardingPayload, { description: 'PROSPECT → ONBOARDING.' })
  @Authorized(...CHANNEL_WRITERS)
  async startPartnerOnboarding(@Arg('input') input: PartnerTransitionInput, @Ctx() { scope, services }: Context) {
    return { partner: await services.lifecycle.moveTo(scope, input.partnerId, PartnerStatus.ONBOARDING, input.reason) };
  }

  @Mutation(() => ActivatePartnerPayload, { description: 'ONBOARDING or SUSPENDED → ACTIVE.' })
  @Authorized(...CHANNEL_WRITERS)
  async activatePartner(@Arg('input') input: PartnerTransitionInput, @Ctx() { scope, services }: Context) {
    return { partner: await services.lifecycle.moveTo(scope, input.partnerId, PartnerStatus.ACTIVE, input.reason) };
  }

  @Mutation(() => SuspendPartnerPayload, { description: "ACTIVE → SUSPENDED; ends the partner's sessions and tokens." })
  @Authorized(...CHANNEL_WRITERS)
  async suspendPartner(@Arg('input') input: PartnerTransitionInput, @Ctx() { scope, services }: Context) {
    return { partner: await services.lifecycle.moveTo(scope, input.partnerId, PartnerStatus.SUSPENDED, input.reason) };
  }

  @Mutation(() => TerminatePartnerPayload, { description: 'Any status → TERMINATED, which is final.' })
  @Authorized(...CHANNEL_WRITERS)
  async terminatePartner(@Arg('input') input: PartnerTransitionInput, @Ctx() { scope, services }: Context) {
    return { partner: await services.lifecycle.moveTo(scope, input.partnerId, PartnerStatus.TERMINATED, input.reason) };
  }

  @Mutation(() => AssignPartnerTierPayload)
  @Authorized(...CHANNEL_WRITERS)
  async assignPartnerTier(@Arg('input') input: AssignPartnerTierInput, @Ctx() { scope, services }: Context) {
    return { partner: await services.lifecycle.assignTier(scope, input.partnerId, input.tierId ?? null) };
  }

  @Mutation(() => AssignPartnerOwnerPayload)
  @Authorized(...CHANNEL_WRITERS)
  async assignPartnerOwner(@Arg('input') input: AssignPartnerOwnerInput, @Ctx() { scope, services }: Context) {
    return { partner: await services.lifecycle.assignOwner(scope, input.partnerId, input.ownerId) };
  }

  @Mutation(() => SetPartnerParentPayload)
  @Authorized(...CHANNEL_WRITERS)
  async setPartnerParent(@Arg('input') input: SetPartnerParentInput, @Ctx() { scope, services }: Context) {
    return { partner: await services.lifecycle.setParent(scope, input.partnerId, input.parentId ?? null) };
  }

  @Mutation(() => SetPartnerTerritoriesPayload)
  @Authorized(...CHANNEL_WRITERS)
  async setPartnerTerritories(@Arg('input') input: SetPartnerTerritoriesInput, @Ctx() { scope, services }: Context) {
    return { partner: await services.lifecycle.setTerritories(scope, input.partnerId, input.territoryIds) };
  }

  @FieldResolver(() => Partner, { nullable: true, description: 'The distributor above; null when none or not visible.' })
  parent(@Root() partner: Partner, @Ctx() { loaders }: Context): Promise<Partner | null> | null {
    return partner.parentId ? loaders.partnerById.load(partner.parentId) : null;
  }

  @FieldResolver(() => [Partner], { description: 'Resellers and dealers under this distributor.' })
  children(@Root() partner: Partner, @Ctx() { loaders }: Context): Promise<Partner[]> {
    return loaders.childrenByPartnerId.load(partner.id);
  }

  @FieldResolver(() => Tier, { nullable: true })
  tier(@Root() partner: Partner, @Ctx() { loaders }: Context): Promise<Tier | null> | null {
    return partner.tierId ? loaders.tierById.load(partner.tierId) : null;
  }

  @FieldResolver(() => [Territory])
  territories(@Root() partner: Partner, @Ctx() { loaders }: Context): Promise<Territory[]> {
    return loaders.territoriesByPartnerId.load(partner.id);
  }

  @FieldResolver(() => [User], { description: "The partner's people." })
  users(@Root() partner: Partner, @Ctx() { loaders }: Context): Promise<User[]> {
    return loaders.usersByPartnerId.load(partner.id);
  }

  @FieldResolver(() => User, { nullable: true, description: 'The owning channel manager.' })
  owner(@Root() partner: Partner, @Ctx() { loaders }: Context): Promise<User | null> | null {
    return partner.ownerId ? loaders.userById.load(partner.ownerId) : null;
  }

  @FieldResolver(() => [PartnerChange], { description: 'The latest 50 changes, newest first.' })
  history(@Root() partner: Partner, @Ctx() { loaders }: Context): Promise<PartnerChange[]> {
    return loaders.historyByPartnerId.load(partner.id);
  }

  @FieldResolver(() => [PartnerStatus], { description: 'Statuses this partner may move to next.' })
  nextStatuses(@Root() partner: Partner): readonly PartnerStatus[] {
    return STATUS_MOVES[partner.status];
  }
}

@Resolver(() => PartnerChange)
@Authorized(...ALL_ROLES)
export class PartnerChangeResolver {
  @FieldResolver(() => User, { nullable: true, description: 'Who made the change; null for Trellis itself.' })
  actor(@Root() change: PartnerChange, @Ctx() { loaders }: Context): Promise<User | null> | null {
    return change.actorId ? loaders.userById.load(change.actorId) : null;
  }

  @FieldResolver(() => Partner, { nullable: true })
  partner(@Root() change: PartnerChange, @Ctx() { loaders }: Context): Promise<Partner | null> {
    return loaders.partnerById.load(change.partnerId);
  }
}
