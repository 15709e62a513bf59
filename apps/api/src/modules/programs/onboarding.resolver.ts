import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../access/request-context';
import { Authorized } from '../../access/access-decorators';
import { ALL_ROLES, CHANNEL_WRITERS } from '../../access/role';
import { payloadType } from '../../domain/payload';
import { Partner } from '../partners/partner.entity';
import { CompleteOnboardingStepInput, OnboardingProgress } from './onboarding.types';

const CompleteOnboardingStepPayload = payloadType('CompleteOnboardingStepPayload', 'partner', Partner);

@Resolver(() => Partner)
@Authorized(...ALL_ROLES)
export class PartnerOnboardingResolver {
  @FieldResolver(() => OnboardingProgress, { description: "The partner's onboarding checklist and its progress (brand staff, and the partner's own users)." })
  onboarding(@Root() partner: Partner, @Ctx() { loaders }: Context): Promise<OnboardingProgress> {
    return loaders.onboardingByPartner.load(partner);
  }

  @Mutation(() => CompleteOnboardingStepPayload, {
    description: 'Ticks a MANUAL step (or confirms TRAINING) of an ONBOARDING partner; the last step done makes it ACTIVE. A second tick changes nothing.',
  })
  @Authorized(...CHANNEL_WRITERS)
  async completeOnboardingStep(@Arg('input') input: CompleteOnboardingStepInput, @Ctx() { scope, services }: Context) {
    return { partner: await services.onboarding.completeStep(scope, input.partnerId, input.step) };
  }
}
