import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, Equals, IsBoolean, IsEmail, IsIn, IsInt, IsOptional, IsUUID, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { MoneyInput } from '../../domain/money';
import { IsNotBlank } from '../../domain/text';
import { LeadStatus, LeadTiming } from './lead.entity';
import { PageArgs } from '../../domain/connection';

@InputType()
export class LeadItemInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  productId: string;

  @Field({ description: 'Decimal with a point, at most 3 decimals, greater than 0.' })
  // lead_item.quantity is numeric(14,3) CHECK (quantity > 0): the lookahead refuses 0 and 0.000.
  @Matches(/^(?=[\d.]*[1-9])\d{1,9}(\.\d{1,3})?$/, { message: 'must be a quantity greater than 0, like 2 or 1.5' })
  quantity: string;
}

/** Who a customer is: the fields a lead's contact and a sell-out order's customer share. */
@InputType()
export abstract class CustomerContactInput {
  @Field()
  @IsNotBlank(2)
  @MaxLength(120)
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  company?: string | null;

  @Field()
  @IsEmail({}, { message: 'must be an email address' })
  email: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\+?[0-9 ()\-/]{5,30}$/, { message: 'must be a phone number' })
  phone?: string | null;
}

/** Who the customer is and what they asked: the fields every way of filing a lead shares. */
@InputType({ description: 'Who the customer is and what they asked.' })
export abstract class LeadContactInput extends CustomerContactInput {

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[0-9A-Za-z \-]{2,12}$/, { message: 'must be a postal code' })
  postalCode?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'must be a two-letter ISO country code' })
  country?: string | null;

  @Field({ defaultValue: '' })
  @MaxLength(4000)
  message: string;
}

/** What an anonymous visitor sends with any request: consent, basket, and the field only bots fill in. */
@InputType({ description: "A visitor's request from the public showroom." })
export abstract class PublicLeadInput extends LeadContactInput {
  @Field({ description: 'Must be true: the customer agreed to be contacted.' })
  @Equals(true, { message: 'must be given to send the request' })
  consent: boolean;

  @Field({ description: 'The consent text shown to the customer, stored with the lead.' })
  @IsNotBlank(10)
  @MaxLength(2000)
  consentText: string;

  @Field(() => [LeadItemInput], { defaultValue: [] })
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  items: LeadItemInput[];

  @Field(() => String, { nullable: true, description: 'Leave empty: a field people never see, which bots fill in.' })
  @IsOptional()
  @MaxLength(200)
  website?: string | null;
}

@InputType({ description: '"Request a quote / contact me" from a showroom.' })
export class SubmitShowroomLeadInput extends PublicLeadInput {
  @Field(() => String, { nullable: true, description: "A partner showroom's slug; omitted: the brand's showroom (the lead waits for dispatch)." })
  @IsOptional()
  @MaxLength(40)
  slug?: string | null;
}

@InputType({ description: '"Ask for an offer" from the partner locator: any active partner it lists, with or without a showroom.' })
export class ContactPartnerInput extends PublicLeadInput {
  @Field(() => ID, { description: 'An active partner the locator lists.' })
  @IsUUID('all', { message: 'must be an id' })
  partnerId: string;
}

@ArgsType()
export class LeadsArgs extends PageArgs {
  @Field(() => [LeadStatus], { nullable: true })
  @IsOptional()
  statuses?: LeadStatus[] | null;

  @Field(() => [String], { nullable: true, description: 'SHOWROOM, CHANNEL or PARTNER.' })
  @IsOptional()
  @ArrayMaxSize(3)
  @IsIn(['SHOWROOM', 'CHANNEL', 'PARTNER'], { each: true, message: 'must be SHOWROOM, CHANNEL or PARTNER' })
  sources?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Leads of these partners.' })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'must be ids' })
  partnerIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: "Leads of these territories: by their partner's territories, or (waiting for dispatch) by the customer's country." })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'must be ids' })
  territoryIds?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'Leads in their status for at least this many hours (1 to 8760).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(8760)
  inStatusForHours?: number | null;
}

@InputType()
export class LeadInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  leadId: string;
}

@InputType()
export class DispatchLeadInput extends LeadInput {
  @Field(() => ID, { description: 'An active partner.' })
  @IsUUID('all', { message: 'must be an id' })
  partnerId: string;
}

@InputType({ description: 'Why: the channel manager and the history see it.' })
export class LeadReasonInput extends LeadInput {
  @Field()
  @IsNotBlank(2)
  @MaxLength(500)
  reason: string;
}

@InputType({ description: 'Budget, authority, need and timing, and a score.' })
export class QualifyLeadInput extends LeadInput {
  @Field(() => Int, { description: '0 to 100.' })
  @IsInt()
  @Min(0)
  @Max(100)
  score: number;

  @Field()
  @IsBoolean()
  budgetConfirmed: boolean;

  @Field()
  @IsBoolean()
  authorityConfirmed: boolean;

  @Field()
  @IsBoolean()
  needConfirmed: boolean;

  @Field(() => LeadTiming)
  @IsIn(Object.values(LeadTiming))
  timing: LeadTiming;
}

@InputType()
export class ConvertLeadInput extends LeadInput {
  @Field(() => MoneyInput, { description: 'What the customer bought (the orders module turns a conversion into an order).' })
  @ValidateNested()
  value: MoneyInput;
}

@InputType()
export class AssignLeadInput extends LeadInput {
  @Field(() => ID, { description: "An active member of the lead's partner's staff." })
  @IsUUID('all', { message: 'must be an id' })
  userId: string;
}

@InputType({ description: 'A lead brand staff file themselves (a phone call, a trade fair): it waits for dispatch.' })
export class CreateLeadInput extends LeadContactInput {
  @Field({ description: 'How the customer agreed to be contacted, e.g. "Agreed by phone on 30 Nov 2026".' })
  @IsNotBlank(5)
  @MaxLength(2000)
  consentText: string;

  @Field(() => [LeadItemInput], { defaultValue: [] })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  items: LeadItemInput[];
}
