import { ArgsType, Field, Float, ID, InputType, Int } from 'type-graphql';
import {
  ArrayMaxSize, IsEmail, IsInt, Max, Min, IsIn, IsLatitude, IsLongitude, IsOptional, IsUrl, IsUUID, Matches, MaxLength, ValidateNested,
} from 'class-validator';
import { IsNotBlank } from '../../domain/text';
import { PartnerKind, PartnerStatus } from './partner.entity';
import { PageArgs } from '../../domain/connection';
import { Role } from '../../access/role';

@InputType()
export class PartnerFilter {
  @Field(() => String, { nullable: true, description: 'Matches name, city or code, forgiving case.' })
  @IsOptional()
  @MaxLength(100)
  search?: string | null;

  @Field(() => [PartnerKind], { nullable: true })
  @IsOptional()
  kinds?: PartnerKind[] | null;

  @Field(() => [PartnerStatus], { nullable: true })
  @IsOptional()
  statuses?: PartnerStatus[] | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsUUID('all', { each: true })
  tierIds?: string[] | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsUUID('all', { each: true })
  territoryIds?: string[] | null;

  @Field(() => String, { nullable: true, description: 'ISO country code.' })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'must be a two-letter ISO country code' })
  country?: string | null;
}

@ArgsType()
export class PartnersArgs extends PageArgs {
  @Field(() => PartnerFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: PartnerFilter | null;
}

@ArgsType()
export class RecentPartnerChangesArgs {
  @Field(() => Int, { defaultValue: 20, description: 'At most 100.' })
  @IsInt()
  @Min(1)
  @Max(100)
  first: number;
}

@ArgsType()
export class ByIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  id: string;
}

@InputType({ description: 'Fields of a partner profile; on update, omitted fields stay as they are.' })
export class PartnerProfileInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsNotBlank(2)
  @MaxLength(200)
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'must be an email address' })
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\+?[0-9 ()\-/]{5,30}$/, { message: 'must be a phone number' })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] }, { message: 'must be an http(s) URL' })
  website?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  street?: string | null;

  @Field({ nullable: true })
  @IsOptional()
  @IsNotBlank()
  @MaxLength(100)
  city?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsNotBlank()
  @MaxLength(12)
  postalCode?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  region?: string | null;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'must be a two-letter ISO country code' })
  country?: string;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsLatitude({ message: 'must be between -90 and 90' })
  latitude?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsLongitude({ message: 'must be between -180 and 180' })
  longitude?: number | null;

  @Field(() => String, { nullable: true, description: 'Tax id as on invoices (e.g. PL 779-23-08-495): stored with letters and digits only, upper case; blank or null: none.' })
  @IsOptional()
  @MaxLength(40)
  taxId?: string | null;
}

@InputType()
export class InviteeInput {
  @Field()
  @IsEmail({}, { message: 'must be an email address' })
  email: string;

  @Field()
  @IsNotBlank(2)
  @MaxLength(120)
  displayName: string;
}

@InputType()
export class CreatePartnerInput extends PartnerProfileInput {
  @Field({ description: '2 to 10 capital letters, digits or dashes; unique.' })
  @Matches(/^[A-Z0-9-]{2,10}$/, { message: 'must be 2 to 10 capital letters, digits or dashes' })
  code: string;

  @Field()
  @IsNotBlank(2)
  @MaxLength(200)
  declare name: string;

  @Field()
  @IsNotBlank()
  @MaxLength(100)
  declare city: string;

  @Field()
  @Matches(/^[A-Z]{2}$/, { message: 'must be a two-letter ISO country code' })
  declare country: string;

  @Field(() => PartnerKind)
  kind: PartnerKind;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be an id' })
  parentId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be an id' })
  tierId?: string | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'must be ids' })
  territoryIds?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'Owning channel manager; defaults to the creator.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be an id' })
  ownerId?: string | null;

  @Field(() => InviteeInput, { nullable: true, description: "Invite the partner's first partner manager." })
  @IsOptional()
  @ValidateNested()
  firstManager?: InviteeInput | null;
}

@InputType()
export class UpdatePartnerProfileInput extends PartnerProfileInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  partnerId: string;
}

@InputType()
export class PartnerTransitionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  partnerId: string;

  @Field(() => String, { nullable: true, description: 'Why; kept in the history.' })
  @IsOptional()
  @MaxLength(500)
  reason?: string | null;
}

@InputType()
export class AssignPartnerTierInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  partnerId: string;

  @Field(() => ID, { nullable: true, description: 'Null removes the tier.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be an id' })
  tierId?: string | null;
}

@InputType()
export class AssignPartnerOwnerInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  partnerId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  ownerId: string;
}

@InputType()
export class SetPartnerParentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  partnerId: string;

  @Field(() => ID, { nullable: true, description: 'A distributor; null detaches the partner.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be an id' })
  parentId?: string | null;
}

@InputType()
export class SetPartnerTerritoriesInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  partnerId: string;

  @Field(() => [ID])
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'must be ids' })
  territoryIds: string[];
}

@InputType()
export class InvitePartnerUserInput extends InviteeInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  partnerId: string;

  @Field(() => Role, { description: 'PARTNER_MANAGER or PARTNER_EMPLOYEE.' })
  @IsIn([Role.PARTNER_MANAGER, Role.PARTNER_EMPLOYEE], { message: 'must be PARTNER_MANAGER or PARTNER_EMPLOYEE' })
  role: Role;
}
