import { Field, ObjectType } from 'type-graphql';
import { Partner } from './partner.entity';
import { Tier } from './tier.entity';
import { Territory } from './territory.entity';
import { ConnectionType } from '../../domain/connection';
import { payloadType } from '../../domain/payload';
import { InviteUserPayload } from '../../access/access.inputs';

export const PartnerConnection = ConnectionType(Partner, 'Partner');

export const UpdatePartnerProfilePayload = payloadType('UpdatePartnerProfilePayload', 'partner', Partner);
export const StartPartnerOnboardingPayload = payloadType('StartPartnerOnboardingPayload', 'partner', Partner);
export const ActivatePartnerPayload = payloadType('ActivatePartnerPayload', 'partner', Partner);
export const SuspendPartnerPayload = payloadType('SuspendPartnerPayload', 'partner', Partner);
export const TerminatePartnerPayload = payloadType('TerminatePartnerPayload', 'partner', Partner);
export const AssignPartnerTierPayload = payloadType('AssignPartnerTierPayload', 'partner', Partner);
export const AssignPartnerOwnerPayload = payloadType('AssignPartnerOwnerPayload', 'partner', Partner);
export const SetPartnerParentPayload = payloadType('SetPartnerParentPayload', 'partner', Partner);
export const SetPartnerTerritoriesPayload = payloadType('SetPartnerTerritoriesPayload', 'partner', Partner);
export const SaveTierPayload = payloadType('SaveTierPayload', 'tier', Tier);
export const SaveTerritoryPayload = payloadType('SaveTerritoryPayload', 'territory', Territory);

@ObjectType()
export class CreatePartnerPayload {
  @Field(() => Partner)
  partner: Partner;

  @Field(() => InviteUserPayload, { nullable: true, description: 'The first partner manager, when one was invited.' })
  firstManagerInvitation: InviteUserPayload | null;
}
