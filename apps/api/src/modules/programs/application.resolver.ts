import { Arg, Args, Ctx, Field, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { publicScope, type Context } from '../../access/request-context';
import { Authorized, Public } from '../../access/access-decorators';
import { BRAND_ROLES, CHANNEL_WRITERS } from '../../access/role';
import { User } from '../../access/user.entity';
import { InviteUserPayload } from '../../access/access.inputs';
import { ConnectionType, type Connection } from '../../domain/connection';
import { payloadType } from '../../domain/payload';
import { ByIdArgs } from '../partners/partner.inputs';
import { Partner } from '../partners/partner.entity';
import { ApplyForPartnershipPayload, PartnerApplication, PartnerDuplicate } from './application.types';
import { ApplyForPartnershipInput, ApprovePartnerApplicationInput, PartnerApplicationsArgs, RejectPartnerApplicationInput } from './application.inputs';

const PartnerApplicationConnection = ConnectionType(PartnerApplication, 'PartnerApplication');
const RejectPartnerApplicationPayload = payloadType('RejectPartnerApplicationPayload', 'application', PartnerApplication);

@ObjectType()
class ApprovePartnerApplicationPayload {
  @Field(() => PartnerApplication)
  application: PartnerApplication;

  @Field(() => Partner, { description: 'The partner the application became, in ONBOARDING.' })
  partner: Partner;

  @Field(() => InviteUserPayload, { nullable: true, description: "The applicant's contact, invited as the partner's first partner manager." })
  firstManagerInvitation: InviteUserPayload | null;
}

@Resolver(() => PartnerApplication)
export class PartnerApplicationResolver {
  @Mutation(() => ApplyForPartnershipPayload, { description: 'A company applies to become a partner (public form); rate-limited per address. Answers only its reference.' })
  @Public()
  applyForPartnership(@Arg('input') input: ApplyForPartnershipInput, @Ctx() ctx: Context): Promise<ApplyForPartnershipPayload> {
    return ctx.services.applications.apply(publicScope(ctx, []), input, ctx.req.ip ?? 'unknown');
  }

  @Query(() => PartnerApplicationConnection, { description: 'Partner applications, newest first; of one status or all.' })
  @Authorized(...BRAND_ROLES)
  partnerApplications(@Args() { status, first, after }: PartnerApplicationsArgs, @Ctx() { scope, services }: Context): Promise<Connection<PartnerApplication>> {
    return services.applications.list(scope, status, first, after);
  }

  @Query(() => PartnerApplication, { description: 'One partner application.' })
  @Authorized(...BRAND_ROLES)
  partnerApplication(@Args() { id }: ByIdArgs, @Ctx() { scope, services }: Context): Promise<PartnerApplication> {
    return services.applications.get(scope, id);
  }

  @Mutation(() => ApprovePartnerApplicationPayload, { description: 'Makes the applicant a partner in ONBOARDING and invites its contact as first partner manager; CONFLICT once decided.' })
  @Authorized(...CHANNEL_WRITERS)
  async approvePartnerApplication(@Arg('input') input: ApprovePartnerApplicationInput, @Ctx() { scope, services }: Context): Promise<ApprovePartnerApplicationPayload> {
    const { application, partner, invitation } = await services.applications.approve(scope, input);
    return { application, partner, firstManagerInvitation: invitation && { user: invitation.user, invitationUrl: invitation.url, expiresAt: invitation.expiresAt } };
  }

  @Mutation(() => RejectPartnerApplicationPayload, { description: 'Rejects an application and mails the reason to the applicant; a rejected one stays as it is.' })
  @Authorized(...CHANNEL_WRITERS)
  async rejectPartnerApplication(@Arg('input') input: RejectPartnerApplicationInput, @Ctx() { scope, services }: Context) {
    return { application: await services.applications.reject(scope, input) };
  }

  @FieldResolver(() => [PartnerDuplicate], { description: 'Existing partners with the same tax id, company name or domain.' })
  duplicates(@Root() application: PartnerApplication, @Ctx() { loaders }: Context): Promise<PartnerDuplicate[]> {
    return loaders.partnerDuplicatesByApplicationId.load(application.id);
  }

  @FieldResolver(() => Partner, { nullable: true, description: 'The partner it became, once approved.' })
  partner(@Root() application: PartnerApplication, @Ctx() { loaders }: Context): Promise<Partner | null> | null {
    return application.partnerId ? loaders.partnerById.load(application.partnerId) : null;
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who decided it.' })
  decidedBy(@Root() application: PartnerApplication, @Ctx() { loaders }: Context): Promise<User | null> | null {
    return application.decidedById ? loaders.userById.load(application.decidedById) : null;
  }
}

@Resolver(() => PartnerDuplicate)
export class PartnerDuplicateResolver {
  @FieldResolver(() => Partner)
  partner(@Root() duplicate: PartnerDuplicate, @Ctx() { loaders }: Context): Promise<Partner | null> {
    return loaders.partnerById.load(duplicate.partnerId);
  }
}
