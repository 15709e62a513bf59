import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IsEmail, IsIn, IsInt, IsOptional, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import { IsNotBlank } from '../domain/text';
import { ApiToken } from './api-token.entity';
import { User } from './user.entity';
import { Role } from './role';

@InputType()
export class SignInInput {
  @Field()
  @MaxLength(254)
  email: string;

  @Field()
  @MaxLength(200)
  password: string;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @MaxLength(200)
  currentPassword: string;

  @Field()
  @MaxLength(200)
  newPassword: string;
}

@InputType()
export class AcceptInvitationInput {
  @Field()
  @Length(10, 200)
  token: string;

  @Field()
  @MaxLength(200)
  password: string;
}

@InputType()
export class CreateApiTokenInput {
  @Field()
  @IsNotBlank()
  @MaxLength(80)
  name: string;

  @Field(() => Int, { nullable: true, description: 'Days until it expires; omitted: it never expires.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(3650)
  expiresInDays?: number | null;
}

@InputType()
export class RevokeApiTokenInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  apiTokenId: string;
}

@InputType()
export class InviteBrandUserInput {
  @Field()
  @IsEmail({}, { message: 'must be an email address' })
  email: string;

  @Field()
  @IsNotBlank(2)
  @MaxLength(120)
  displayName: string;

  @Field(() => Role, { description: 'ADMIN, CHANNEL_MANAGER or ANALYST.' })
  @IsIn([Role.ADMIN, Role.CHANNEL_MANAGER, Role.ANALYST], { message: 'must be ADMIN, CHANNEL_MANAGER or ANALYST' })
  role: Role;
}

@InputType()
export class DeactivateUserInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  userId: string;
}

@ObjectType()
export class SignInPayload {
  @Field(() => User)
  user: User;
}

@ObjectType()
export class SignOutPayload {
  @Field()
  signedOut: boolean;
}

@ObjectType()
export class ChangePasswordPayload {
  @Field()
  changed: boolean;
}

@ObjectType()
export class CreateApiTokenPayload {
  @Field({ description: 'The secret: shown this once, never again.' })
  token: string;

  @Field(() => ApiToken)
  apiToken: ApiToken;
}

@ObjectType()
export class RevokeApiTokenPayload {
  @Field(() => ApiToken)
  apiToken: ApiToken;
}

@ObjectType()
export class InvitationDetails {
  @Field()
  email: string;

  @Field()
  displayName: string;

  @Field()
  expiresAt: Date;
}

@ObjectType()
export class AcceptInvitationPayload {
  @Field(() => User)
  user: User;
}

@ObjectType({ description: 'A new user and the one-time link with which it sets a password.' })
export class InviteUserPayload {
  @Field(() => User)
  user: User;

  @Field({ description: 'Give this link to the invitee; it is shown once.' })
  invitationUrl: string;

  @Field()
  expiresAt: Date;
}

@ObjectType()
export class DeactivateUserPayload {
  @Field(() => User)
  user: User;
}
