import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from './request-context';
import { Authorized, Public } from './access-decorators';
import { ALL_ROLES, Role } from './role';
import { User } from './user.entity';
import { ApiToken } from './api-token.entity';
import { SESSION_COOKIE } from './auth.service';
import {
  AcceptInvitationInput, AcceptInvitationPayload, ChangePasswordInput, ChangePasswordPayload, CreateApiTokenInput,
  CreateApiTokenPayload, InvitationDetails, InviteBrandUserInput, InviteUserPayload, RevokeApiTokenInput,
  RevokeApiTokenPayload, SignInInput, SignInPayload, SignOutPayload,
} from './access.inputs';
import { InvitationInvalid } from './user.service';

function setSessionCookie(ctx: Context, cookie: string, expires: Date): void {
  ctx.res.cookie(SESSION_COOKIE, cookie, {
    httpOnly: true,
    sameSite: 'lax',
    secure: ctx.services.config.secureCookies,
    path: '/',
    expires,
  });
}

@Resolver()
export class AccessResolver {
  @Query(() => User, { nullable: true, description: 'The signed-in user, or null.' })
  @Public()
  async viewer(@Ctx() { viewer, loaders }: Context): Promise<User | null> {
    return viewer ? loaders.userById.load(viewer.userId) : null;
  }

  @Mutation(() => SignInPayload)
  @Public()
  async signIn(@Arg('input') input: SignInInput, @Ctx() ctx: Context): Promise<SignInPayload> {
    const { viewer, cookie, expiresAt } = await ctx.services.auth.signIn(ctx.scope, input.email, input.password, ctx.req.ip ?? 'unknown');
    setSessionCookie(ctx, cookie, expiresAt);
    await ctx.actAs(viewer);
    return { user: (await ctx.loaders.userById.load(viewer.userId))! };
  }

  @Mutation(() => SignOutPayload)
  @Public()
  async signOut(@Ctx() ctx: Context): Promise<SignOutPayload> {
    if (ctx.viewer?.sessionId) await ctx.services.auth.signOut(ctx.scope, ctx.viewer.sessionId);
    ctx.res.clearCookie(SESSION_COOKIE, { path: '/' });
    return { signedOut: true };
  }

  @Mutation(() => ChangePasswordPayload)
  @Authorized(...ALL_ROLES)
  async changePassword(@Arg('input') input: ChangePasswordInput, @Ctx() { scope, services }: Context): Promise<ChangePasswordPayload> {
    await services.auth.changePassword(scope, input.currentPassword, input.newPassword);
    return { changed: true };
  }

  @Query(() => InvitationDetails, { description: 'Who an invitation link is for; NOT_FOUND when used or expired.' })
  @Public()
  invitation(@Arg('token') token: string, @Ctx() { scope, services }: Context): Promise<InvitationDetails> {
    return services.users.invitationFor(scope, token);
  }

  @Mutation(() => AcceptInvitationPayload, { description: 'Sets the password of an invited user and signs it in.' })
  @Public()
  async acceptInvitation(@Arg('input') input: AcceptInvitationInput, @Ctx() ctx: Context): Promise<AcceptInvitationPayload> {
    const { services } = ctx;
    const { userId, session } = await services.users.acceptInvitation(ctx.scope, input.token, input.password, (scope, id) =>
      services.auth.startSession(scope, id),
    );
    setSessionCookie(ctx, session.cookie, session.expiresAt);
    const viewer = await services.auth.viewerFromSession(ctx.scope, session.cookie);
    if (!viewer) throw new InvitationInvalid();
    await ctx.actAs(viewer);
    return { user: (await ctx.loaders.userById.load(userId))! };
  }

  @Query(() => [ApiToken], { description: "The viewer's own API tokens, newest first." })
  @Authorized(...ALL_ROLES)
  myApiTokens(@Ctx() { scope, services }: Context): Promise<ApiToken[]> {
    return services.apiTokens.list(scope);
  }

  @Mutation(() => CreateApiTokenPayload)
  @Authorized(...ALL_ROLES)
  createApiToken(@Arg('input') input: CreateApiTokenInput, @Ctx() { scope, services }: Context): Promise<CreateApiTokenPayload> {
    return services.apiTokens.create(scope, input.name, input.expiresInDays ?? null);
  }

  @Mutation(() => RevokeApiTokenPayload)
  @Authorized(...ALL_ROLES)
  async revokeApiToken(@Arg('input') input: RevokeApiTokenInput, @Ctx() { scope, services }: Context): Promise<RevokeApiTokenPayload> {
    return { apiToken: await services.apiTokens.revoke(scope, input.apiTokenId) };
  }

  @Query(() => [User], { description: 'Brand-owner staff (admins, channel managers, analysts).' })
  @Authorized(Role.ADMIN, Role.CHANNEL_MANAGER, Role.ANALYST)
  brandUsers(@Ctx() { scope, services }: Context): Promise<User[]> {
    return services.users.brandUsers(scope);
  }

  @Mutation(() => InviteUserPayload)
  @Authorized(Role.ADMIN)
  async inviteBrandUser(@Arg('input') input: InviteBrandUserInput, @Ctx() ctx: Context): Promise<InviteUserPayload> {
    const { user, url, expiresAt } = await ctx.services.users.invite(ctx.scope, { ...input, partnerId: null });
    return { user, invitationUrl: url, expiresAt };
  }
}
