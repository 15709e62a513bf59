import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, Equals, IsEmail, IsIn, IsOptional, IsUrl, IsUUID, Matches, MaxLength } from 'class-validator';
import { IsNotBlank } from '../../domain/text';
import { PageArgs } from '../../domain/connection';
import { PartnerKind } from '../partners/partner.entity';
import { ApplicationLanguage, PartnerApplicationStatus } from './application.types';

const ID_MESSAGE = { message: 'must be an id' };

@InputType({ description: 'A company asks to become a partner (the public "Become a partner" form).' })
export class ApplyForPartnershipInput {
  @Field()
  @IsNotBlank(2)
  @MaxLength(200)
  companyName: string;

  @Field(() => PartnerKind)
  @IsIn(Object.values(PartnerKind), { message: 'must be a partner kind' })
  kind: PartnerKind;

  @Field({ description: 'Two-letter ISO country code.' })
  @Matches(/^[A-Z]{2}$/, { message: 'must be a two-letter ISO country code' })
  country: string;

  @Field()
  @IsNotBlank()
  @MaxLength(100)
  city: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[0-9A-Za-z \-]{2,12}$/, { message: 'must be a postal code' })
  postalCode?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] }, { message: 'must be an http(s) URL' })
  website?: string | null;

  @Field({ description: 'The company\'s tax id (VAT or NIP): 4 to 20 letters and digits; spaces, dots, dashes and slashes are ignored.' })
  @Matches(/^[A-Za-z0-9 .\-/]{4,40}$/, { message: 'must be a tax id of letters and digits' })
  taxId: string;

  @Field({ defaultValue: '', description: 'Where the company wants to sell, in its own words.' })
  @MaxLength(500)
  territory: string;

  @Field()
  @IsNotBlank(2)
  @MaxLength(120)
  contactName: string;

  @Field()
  @MaxLength(254)
  @IsEmail({}, { message: 'must be an email address' })
  contactEmail: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\+?[0-9 ()\-/]{5,30}$/, { message: 'must be a phone number' })
  contactPhone?: string | null;

  @Field({ defaultValue: '', description: 'Brands the company sells, customers who vouch for it.' })
  @MaxLength(2000)
  references: string;

  @Field({ defaultValue: '' })
  @MaxLength(2000)
  message: string;

  @Field({ description: 'Must be true: the applicant agreed that its data is processed for the application.' })
  @Equals(true, { message: 'must be given to send the application' })
  consent: boolean;

  @Field({ description: 'The consent text shown on the form, stored with the application.' })
  @IsNotBlank(10)
  @MaxLength(2000)
  consentText: string;

  @Field(() => ApplicationLanguage, { defaultValue: ApplicationLanguage.EN })
  @IsIn(Object.values(ApplicationLanguage))
  language: ApplicationLanguage;
}

@ArgsType()
export class PartnerApplicationsArgs extends PageArgs {
  @Field(() => PartnerApplicationStatus, { nullable: true, description: 'Only applications in this status; none: all.' })
  @IsOptional()
  @IsIn(Object.values(PartnerApplicationStatus))
  status?: PartnerApplicationStatus | null;
}

@InputType({ description: 'Approves an application: the company becomes a partner in ONBOARDING, its contact invited as its first partner manager.' })
export class ApprovePartnerApplicationInput {
  @Field(() => ID)
  @IsUUID('all', ID_MESSAGE)
  applicationId: string;

  @Field({ description: "The new partner's code: 2 to 10 capital letters, digits or dashes; unique." })
  @Matches(/^[A-Z0-9-]{2,10}$/, { message: 'must be 2 to 10 capital letters, digits or dashes' })
  code: string;

  @Field(() => ID, { nullable: true, description: 'Owning channel manager; defaults to the approver when a channel manager.' })
  @IsOptional()
  @IsUUID('all', ID_MESSAGE)
  ownerId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', ID_MESSAGE)
  tierId?: string | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'must be ids' })
  territoryIds?: string[] | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', ID_MESSAGE)
  parentId?: string | null;
}

@InputType({ description: 'Rejects an application; the applicant is mailed the reason, in the language of its form.' })
export class RejectPartnerApplicationInput {
  @Field(() => ID)
  @IsUUID('all', ID_MESSAGE)
  applicationId: string;

  @Field()
  @IsNotBlank(3)
  @MaxLength(1000)
  reason: string;
}
