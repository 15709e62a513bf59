import { Field, ObjectType } from 'type-graphql';
import { Partner } from './partner.entity';
import { Tier } from './tier.entity';
import { Territory } from './territory.entity';
import { ConnectionType } from '../../graphql/connection';
import { InviteUserPayload } from '../../access/access.inputs';

export const PartnerConnection = ConnectionType(Partner, 'Partner');

/** `verbNoun` mutations answer `VerbNounPayload`; those that only change a partner share this shape. */
function partnerPayload(name: string) {
  @ObjectType(name)
  class PartnerPayload {
    @Field(() => Partner)
    partner: Partner;
  }
  return PartnerPayload;
}

export const UpdatePartnerProfilePayload = partnerPayload('UpdatePartnerProfilePayload');
export const StartPartnerOnboardingPayload = partnerPayload('StartPartnerOnboardingPayload');
export const ActivatePartnerPayload = partnerPayload('ActivatePartnerPayload');
export const SuspendPartnerPayload = partnerPayload('SuspendPartnerPayload');
export const TerminatePartnerPayload = partnerPayload('TerminatePartnerPayload');
export const AssignPartnerTierPayload = partnerPayload('AssignPartnerTierPayload');
export const AssignPartnerOwnerPayload = partnerPayload('AssignPartnerOwnerPayload');
export const SetPartnerParentPayload = partnerPayload('SetPartnerParentPayload');
export const SetPartnerTerritoriesPayload = partnerPayload('SetPartnerTerritoriesPayload');

@ObjectType()
export class CreatePartnerPayload {
  @Field(() => Partner)
  partner: Partner;

  @Field(() => InviteUserPayload, { nullable: true, description: 'The first partner manager, when one was invited.' })
  firstManagerInvitation: InviteUserPayload | null;
}

@ObjectType()
export class SaveTierPayload {
  @Field(() => Tier)
  tier: Tier;
}

@ObjectType()
export class SaveTerritoryPayload {
  @Field(() => Territory)
  territory: Territory;
}
