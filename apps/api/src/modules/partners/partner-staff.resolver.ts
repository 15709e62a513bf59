import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Partner } from './partner.entity';
import { InvitePartnerUserInput } from './partner.inputs';
import type { Context } from '../../access/request-context';
import { Authorized } from '../../access/access-decorators';
import { ALL_ROLES, Role } from '../../access/role';
import { User } from '../../access/user.entity';
import { DeactivateUserInput, DeactivateUserPayload, InviteUserPayload } from '../../access/access.inputs';

@Resolver(() => User)
@Authorized(...ALL_ROLES)
export class PartnerStaffResolver {
  @Mutation(() => InviteUserPayload, { description: "Invites a partner's manager or employee (partner managers: employees of their own partner)." })
  @Authorized(Role.ADMIN, Role.CHANNEL_MANAGER, Role.PARTNER_MANAGER)
  async invitePartnerUser(@Arg('input') input: InvitePartnerUserInput, @Ctx() ctx: Context): Promise<InviteUserPayload> {
    const { user, url, expiresAt } = await ctx.services.staff.invite(ctx.scope, input);
    return { user, invitationUrl: url, expiresAt };
  }

  @Mutation(() => DeactivateUserPayload, { description: 'Deactivates a user and ends its sessions and tokens at once.' })
  @Authorized(Role.ADMIN, Role.CHANNEL_MANAGER, Role.PARTNER_MANAGER)
  async deactivateUser(@Arg('input') input: DeactivateUserInput, @Ctx() { scope, services }: Context): Promise<DeactivateUserPayload> {
    return { user: await services.staff.deactivate(scope, input.userId) };
  }

  @FieldResolver(() => Partner, { nullable: true, description: "The user's partner; null for brand-owner staff." })
  partner(@Root() user: User, @Ctx() { loaders }: Context): Promise<Partner | null> | null {
    return user.partnerId ? loaders.partnerById.load(user.partnerId) : null;
  }
}
