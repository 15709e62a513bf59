import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../access/request-context';
import { Authorized } from '../../access/access-decorators';
import { ALL_ROLES, BRAND_ROLES, CHANNEL_WRITERS, Role } from '../../access/role';
import { User } from '../../access/user.entity';
import { ConnectionType, type Connection } from '../../domain/connection';
import { payloadType } from '../../domain/payload';
import { Partner } from '../partners/partner.entity';
import { Tier } from '../partners/tier.entity';
import { TierCriterion, TierEvaluation, TierProgram, TierProposal, TierStanding } from './tier-rules.types';
import { ApplyTierProposalInput, DismissTierProposalInput, SetTierCriteriaInput, TierProposalsArgs, TierStandingArgs, UpdateTierProgramInput } from './tier-rules.inputs';

const TierProposalConnection = ConnectionType(TierProposal, 'TierProposal');
const SetTierCriteriaPayload = payloadType('SetTierCriteriaPayload', 'tier', Tier);
const UpdateTierProgramPayload = payloadType('UpdateTierProgramPayload', 'program', TierProgram);
const EvaluateTiersPayload = payloadType('EvaluateTiersPayload', 'evaluation', TierEvaluation);
const ApplyTierProposalPayload = payloadType('ApplyTierProposalPayload', 'proposal', TierProposal);
const DismissTierProposalPayload = payloadType('DismissTierProposalPayload', 'proposal', TierProposal);

@Resolver(() => TierProposal)
export class TierProgramResolver {
  @Query(() => TierProgram, { description: 'How tiers are evaluated (public to everyone signed in: the same rules for every partner).' })
  @Authorized(...ALL_ROLES)
  tierProgram(@Ctx() { scope, services }: Context): Promise<TierProgram> {
    return services.tierRules.program(scope);
  }

  @Query(() => TierStanding, { description: "Where a partner stands against its tier's keep criteria and the next tier's entry criteria: NOT_FOUND for a partner the viewer may not see." })
  @Authorized(...ALL_ROLES)
  tierStanding(@Args() { partnerId }: TierStandingArgs, @Ctx() { scope, services }: Context): Promise<TierStanding> {
    return services.tierRules.standing(scope, partnerId);
  }

  @Query(() => TierProposalConnection, { description: 'Promotions and demotions the evaluations found, latest first.' })
  @Authorized(...BRAND_ROLES)
  tierProposals(@Args() { status, partnerId, first, after }: TierProposalsArgs, @Ctx() { scope, services }: Context): Promise<Connection<TierProposal>> {
    return services.tierRules.proposals(scope, status, partnerId, first, after);
  }

  @Mutation(() => SetTierCriteriaPayload, { description: "Replaces a tier's entry and keep criteria." })
  @Authorized(Role.ADMIN)
  async setTierCriteria(@Arg('input') input: SetTierCriteriaInput, @Ctx() { scope, services }: Context) {
    await services.tierRules.setCriteria(scope, input);
    return { tier: (await services.referenceData.tiersByIds(scope, [input.tierId]))[0] };
  }

  @Mutation(() => UpdateTierProgramPayload, { description: 'Sets the window of the evaluation and whether its results apply without a channel manager.' })
  @Authorized(Role.ADMIN)
  async updateTierProgram(@Arg('input') input: UpdateTierProgramInput, @Ctx() { scope, services }: Context) {
    return { program: await services.tierRules.updateProgram(scope, input) };
  }

  @Mutation(() => EvaluateTiersPayload, { description: 'Evaluates every active partner now (a job does it daily).' })
  @Authorized(...CHANNEL_WRITERS)
  async evaluateTiers(@Ctx() { scope, services }: Context) {
    return { evaluation: await services.tierRules.evaluate(scope) };
  }

  @Mutation(() => ApplyTierProposalPayload, { description: "Applies a proposal: the partner's tier changes. Again: changes nothing." })
  @Authorized(...CHANNEL_WRITERS)
  async applyTierProposal(@Arg('input') input: ApplyTierProposalInput, @Ctx() { scope, services }: Context) {
    return { proposal: await services.tierRules.apply(scope, input.proposalId) };
  }

  @Mutation(() => DismissTierProposalPayload, { description: "Dismisses a proposal: the partner's tier stays. Again: changes nothing." })
  @Authorized(...CHANNEL_WRITERS)
  async dismissTierProposal(@Arg('input') input: DismissTierProposalInput, @Ctx() { scope, services }: Context) {
    return { proposal: await services.tierRules.dismiss(scope, input.proposalId, input.note) };
  }

  @FieldResolver(() => Partner, { nullable: true })
  partner(@Root() p: TierProposal, @Ctx() { loaders }: Context): Promise<Partner | null> {
    return loaders.partnerById.load(p.partnerId);
  }

  @FieldResolver(() => Tier, { nullable: true })
  fromTier(@Root() p: TierProposal, @Ctx() { loaders }: Context): Promise<Tier | null> | null {
    return p.fromTierId ? loaders.tierById.load(p.fromTierId) : null;
  }

  @FieldResolver(() => Tier, { nullable: true, description: 'The tier proposed; null: no tier.' })
  toTier(@Root() p: TierProposal, @Ctx() { loaders }: Context): Promise<Tier | null> | null {
    return p.toTierId ? loaders.tierById.load(p.toTierId) : null;
  }

  @FieldResolver(() => User, { nullable: true })
  decidedBy(@Root() p: TierProposal, @Ctx() { loaders }: Context): Promise<User | null> | null {
    return p.decidedById ? loaders.userById.load(p.decidedById) : null;
  }
}

@Resolver(() => TierStanding)
export class TierStandingResolver {
  @FieldResolver(() => Partner, { nullable: true })
  partner(@Root() s: TierStanding, @Ctx() { loaders }: Context): Promise<Partner | null> {
    return loaders.partnerById.load(s.partnerId);
  }

  @FieldResolver(() => Tier, { nullable: true })
  tier(@Root() s: TierStanding, @Ctx() { loaders }: Context): Promise<Tier | null> | null {
    return s.tierId ? loaders.tierById.load(s.tierId) : null;
  }

  @FieldResolver(() => Tier, { nullable: true, description: 'The tier ranked next above; null at the top.' })
  nextTier(@Root() s: TierStanding, @Ctx() { loaders }: Context): Promise<Tier | null> | null {
    return s.nextTierId ? loaders.tierById.load(s.nextTierId) : null;
  }
}

@Resolver(() => Tier)
export class TierCriteriaResolver {
  @FieldResolver(() => [TierCriterion], { description: 'What a partner needs to enter and to keep this tier.' })
  criteria(@Root() tier: Tier, @Ctx() { loaders }: Context): Promise<TierCriterion[]> {
    return loaders.tierCriteriaByTierId.load(tier.id);
  }
}
