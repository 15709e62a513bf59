import { ArgsType, Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, IsEmail, IsOptional, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import { MoneyInput } from '../../domain/money';
import { IsNotBlank } from '../../domain/text';
import { PageArgs } from '../../domain/connection';
import { LeadItemInput } from './lead.inputs';

export enum RegistrationStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}
registerEnumType(RegistrationStatus, { name: 'RegistrationStatus', description: 'PENDING waits for brand staff; APPROVED protects the partner until protectedUntil.' });

export enum ConflictMatch {
  COMPANY = 'COMPANY',
  EMAIL_DOMAIN = 'EMAIL_DOMAIN',
  TAX_ID = 'TAX_ID',
}
registerEnumType(ConflictMatch, {
  name: 'ConflictMatch',
  description: 'What identified the same end customer: the company name (without accents, punctuation and legal form), the email domain (not a free-mail one), the tax id (without country prefix).',
});

export enum ConflictKind {
  REGISTRATION = 'REGISTRATION',
  LEAD = 'LEAD',
}
registerEnumType(ConflictKind, { name: 'ConflictKind', description: "Another partner's pending or approved registration, or its open lead." });

@ObjectType({ description: 'A product of a registered opportunity, with a quantity.' })
export class RegistrationItem {
  registrationId: string;

  productId: string;

  @Field({ description: 'Decimal with three places, e.g. "2.000".' })
  quantity: string;
}

@ObjectType({ description: "An opportunity a partner claims: its end customer, products, expected value and close date, and the brand's decision." })
export class DealRegistration {
  @Field(() => ID)
  id: string;

  @Field({ description: 'The short reference, e.g. R-2026-000042.' })
  reference: string;

  partnerId: string;

  @Field(() => RegistrationStatus)
  status: RegistrationStatus;

  @Field()
  customerCompany: string;

  @Field(() => String, { nullable: true })
  customerContact: string | null;

  @Field(() => String, { nullable: true })
  customerEmail: string | null;

  @Field(() => String, { nullable: true })
  customerTaxId: string | null;

  expectedValueMinor: string;

  currency: string;

  @Field({ description: 'ISO date, e.g. 2027-03-31.' })
  expectedCloseDate: string;

  @Field()
  notes: string;

  createdById: string | null;

  @Field()
  createdAt: Date;

  decidedById: string | null;

  @Field(() => Date, { nullable: true })
  decidedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was rejected (or a note on the approval).' })
  decisionReason: string | null;

  @Field(() => Date, { nullable: true, description: "Until when dispatch sends this customer's leads to no other partner." })
  protectedUntil: Date | null;
}

@ObjectType({ description: "A record of another partner for the same end customer, beside the registration it conflicts with (brand staff only)." })
export class RegistrationConflict {
  registrationId: string;

  @Field(() => ConflictKind)
  kind: ConflictKind;

  otherId: string;

  partnerId: string;

  @Field(() => [ConflictMatch])
  matchedOn: ConflictMatch[];
}

@InputType({ description: 'An opportunity to register: who buys, what, for how much, by when.' })
export class RegisterDealInput {
  @Field()
  @IsNotBlank(2)
  @MaxLength(200)
  customerCompany: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(120)
  customerContact?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(254)
  customerEmail?: string | null;

  @Field(() => String, { nullable: true, description: 'VAT or tax number, e.g. PL1234563218.' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9 .\-/]{3,29}$/, { message: 'must be a tax number of 4 to 30 letters and digits' })
  customerTaxId?: string | null;

  @Field(() => MoneyInput)
  @ValidateNested()
  expectedValue: MoneyInput;

  @Field({ description: 'ISO date, today or later.' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date like 2027-03-31' })
  expectedCloseDate: string;

  @Field(() => [LeadItemInput], { defaultValue: [] })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  items: LeadItemInput[];

  @Field({ defaultValue: '' })
  @MaxLength(4000)
  notes: string;
}

@InputType()
export class DealRegistrationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  registrationId: string;
}

@InputType()
export class RejectDealRegistrationInput extends DealRegistrationInput {
  @Field({ description: 'Why: the partner sees it.' })
  @IsNotBlank(2)
  @MaxLength(500)
  reason: string;
}

@ArgsType()
export class DealRegistrationsArgs extends PageArgs {
  @Field(() => [RegistrationStatus], { nullable: true })
  @IsOptional()
  statuses?: RegistrationStatus[] | null;
}
