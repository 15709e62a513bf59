import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsInt, IsOptional, IsUUID, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { IsNotBlank } from '../../domain/text';
import { PageArgs } from '../../domain/connection';
import { MdfActivityType, MdfClaimStatus, MdfLedgerKind, MdfPaymentMethod, MdfRequestStatus } from './mdf.types';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const AMOUNT = /^\d{1,13}(\.\d{1,2})?$/;
const AMOUNT_MESSAGE = { message: 'must be an amount like 1249.00' };
const ID_MESSAGE = { message: 'must be an id' };
const KEY = /^[A-Za-z0-9._:-]{8,100}$/;
const KEY_MESSAGE = { message: 'must be 8 to 100 letters, digits or . _ : -' };

@InputType()
export class CreateMdfFundInput {
  @Field()
  @IsNotBlank(3)
  @MaxLength(200)
  name: string;

  @Field({ defaultValue: '' })
  @MaxLength(2000)
  purpose: string;

  @Field({ description: 'ISO 4217 code, e.g. EUR.' })
  @Matches(/^[A-Z]{3}$/, { message: 'must be a three-letter ISO currency code' })
  currency: string;

  @Field({ description: 'The whole budget, e.g. "250000.00".' })
  @Matches(AMOUNT, AMOUNT_MESSAGE)
  totalBudget: string;

  @Field({ description: 'YYYY-MM-DD' })
  @Matches(DAY, { message: 'must be a day as YYYY-MM-DD' })
  periodStart: string;

  @Field({ description: 'YYYY-MM-DD, not before periodStart.' })
  @Matches(DAY, { message: 'must be a day as YYYY-MM-DD' })
  periodEnd: string;

  @Field({ description: 'YYYY-MM-DD, not before periodEnd.' })
  @Matches(DAY, { message: 'must be a day as YYYY-MM-DD' })
  claimDeadline: string;

  @Field(() => [ID], { defaultValue: [], description: 'Tiers whose partners may be given money; none: every tier.' })
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true, ...ID_MESSAGE })
  eligibleTierIds: string[];

  @Field(() => [MdfActivityType])
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @IsIn(Object.values(MdfActivityType), { each: true })
  activityTypes: MdfActivityType[];
}

@InputType({ description: "Sets a partner's allocation of a fund to an amount (0 takes back what no request holds)." })
export class AllocateMdfInput {
  @Field(() => ID)
  @IsUUID('all', ID_MESSAGE)
  fundId: string;

  @Field(() => ID)
  @IsUUID('all', ID_MESSAGE)
  partnerId: string;

  @Field({ description: 'The allocation as it should be, e.g. "5000.00".' })
  @Matches(AMOUNT, AMOUNT_MESSAGE)
  amount: string;
}

@InputType()
export class RequestMdfInput {
  @Field(() => ID)
  @IsUUID('all', ID_MESSAGE)
  fundId: string;

  @Field(() => ID, { description: "The viewer's own partner." })
  @IsUUID('all', ID_MESSAGE)
  partnerId: string;

  @Field(() => MdfActivityType)
  @IsIn(Object.values(MdfActivityType))
  activityType: MdfActivityType;

  @Field()
  @IsNotBlank(3)
  @MaxLength(200)
  title: string;

  @Field({ defaultValue: '' })
  @MaxLength(5000)
  description: string;

  @Field({ description: 'YYYY-MM-DD, within the fund\'s period.' })
  @Matches(DAY, { message: 'must be a day as YYYY-MM-DD' })
  startsOn: string;

  @Field({ description: 'YYYY-MM-DD, within the fund\'s period.' })
  @Matches(DAY, { message: 'must be a day as YYYY-MM-DD' })
  endsOn: string;

  @Field()
  @Matches(AMOUNT, AMOUNT_MESSAGE)
  plannedCost: string;

  @Field({ description: 'What the fund should pay: at most the planned cost.' })
  @Matches(AMOUNT, AMOUNT_MESSAGE)
  requested: string;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  expectedLeads: number;

  @Field({ defaultValue: '0' })
  @Matches(AMOUNT, AMOUNT_MESSAGE)
  expectedRevenue: string;
}

@InputType({ description: 'A request sent back for changes, changed and sent again.' })
export class ResubmitMdfRequestInput {
  @Field(() => ID)
  @IsUUID('all', ID_MESSAGE)
  requestId: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsNotBlank(3)
  @MaxLength(200)
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000)
  description?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(AMOUNT, AMOUNT_MESSAGE)
  plannedCost?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(AMOUNT, AMOUNT_MESSAGE)
  requested?: string;
}

@InputType()
export class ApproveMdfRequestInput {
  @Field(() => ID)
  @IsUUID('all', ID_MESSAGE)
  requestId: string;

  @Field(() => String, { nullable: true, description: 'What to approve: at most what was requested; none: all of it.' })
  @IsOptional()
  @Matches(AMOUNT, AMOUNT_MESSAGE)
  amount?: string | null;
}

@InputType({ description: 'A refusal, or a request for changes, with the reason the partner reads.' })
export class DecideMdfRequestInput {
  @Field(() => ID)
  @IsUUID('all', ID_MESSAGE)
  requestId: string;

  @Field()
  @IsNotBlank(3)
  @MaxLength(1000)
  reason: string;
}

@InputType()
export class MdfRequestIdInput {
  @Field(() => ID)
  @IsUUID('all', ID_MESSAGE)
  requestId: string;
}

@InputType()
export class CreateMdfClaimInput {
  @Field(() => ID)
  @IsUUID('all', ID_MESSAGE)
  requestId: string;

  @Field({ description: 'The actual cost claimed, e.g. "1200.00".' })
  @Matches(AMOUNT, AMOUNT_MESSAGE)
  amount: string;

  @Field({ defaultValue: '' })
  @MaxLength(2000)
  note: string;

  @Field({ description: 'Chosen by the client, the same on a retry: the same key answers the claim made before.' })
  @Matches(KEY, KEY_MESSAGE)
  idempotencyKey: string;
}

@InputType()
export class AddMdfClaimFileInput {
  @Field(() => ID)
  @IsUUID('all', ID_MESSAGE)
  claimId: string;

  @Field()
  @MaxLength(200)
  fileName: string;

  @Field({ description: 'The bytes, base64: a PNG, JPEG or WebP picture, a PDF or plain text, at most 5 MB.' })
  @MaxLength(7_000_000)
  contentBase64: string;
}

@InputType()
export class MdfClaimIdInput {
  @Field(() => ID)
  @IsUUID('all', ID_MESSAGE)
  claimId: string;
}

@InputType()
export class ApproveMdfClaimInput {
  @Field(() => ID)
  @IsUUID('all', ID_MESSAGE)
  claimId: string;

  @Field(() => String, { nullable: true, description: 'What to accept: at most the amount claimed; none: all of it.' })
  @IsOptional()
  @Matches(AMOUNT, AMOUNT_MESSAGE)
  amount?: string | null;
}

@InputType()
export class RejectMdfClaimInput {
  @Field(() => ID)
  @IsUUID('all', ID_MESSAGE)
  claimId: string;

  @Field()
  @IsNotBlank(3)
  @MaxLength(1000)
  reason: string;
}

@InputType()
export class PayMdfClaimInput {
  @Field(() => ID)
  @IsUUID('all', ID_MESSAGE)
  claimId: string;

  @Field(() => MdfPaymentMethod)
  @IsIn(Object.values(MdfPaymentMethod))
  method: MdfPaymentMethod;

  @Field({ description: 'The credit note number or the transfer reference.' })
  @IsNotBlank(1)
  @MaxLength(100)
  reference: string;

  @Field({ description: 'The same on a retry: a claim is paid once.' })
  @Matches(KEY, KEY_MESSAGE)
  idempotencyKey: string;
}

@InputType()
export class ExpireMdfFundInput {
  @Field(() => ID)
  @IsUUID('all', ID_MESSAGE)
  fundId: string;
}

@InputType()
export class MdfFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', ID_MESSAGE)
  fundId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', ID_MESSAGE)
  partnerId?: string | null;
}

@InputType()
export class MdfRequestFilter extends MdfFilter {
  @Field(() => MdfRequestStatus, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(MdfRequestStatus))
  status?: MdfRequestStatus | null;
}

@InputType()
export class MdfClaimFilter extends MdfFilter {
  @Field(() => MdfClaimStatus, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(MdfClaimStatus))
  status?: MdfClaimStatus | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', ID_MESSAGE)
  requestId?: string | null;
}

@InputType()
export class MdfLedgerFilter extends MdfFilter {
  @Field(() => MdfLedgerKind, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(MdfLedgerKind))
  kind?: MdfLedgerKind | null;
}

@ArgsType()
export class MdfFundsArgs extends PageArgs {}

@ArgsType()
export class MdfRequestsArgs extends PageArgs {
  @Field(() => MdfRequestFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: MdfRequestFilter | null;
}

@ArgsType()
export class MdfClaimsArgs extends PageArgs {
  @Field(() => MdfClaimFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: MdfClaimFilter | null;
}

@ArgsType()
export class MdfLedgerArgs extends PageArgs {
  @Field(() => MdfLedgerFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: MdfLedgerFilter | null;
}

@InputType({ description: 'Credits a lead to the MDF activity (an approved request of its partner) that brought it; requestId null clears it.' })
export class AttributeLeadToMdfInput {
  @Field(() => ID)
  @IsUUID('all', ID_MESSAGE)
  leadId: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', ID_MESSAGE)
  requestId?: string | null;
}

export enum MdfAllocationRule {
  EQUAL = 'EQUAL',
  BY_TIER = 'BY_TIER',
  BY_REVENUE = 'BY_REVENUE',
}
registerEnumType(MdfAllocationRule, {
  name: 'MdfAllocationRule',
  description: "How an amount is shared among the fund's eligible active partners: equally, by a weight per tier, or by last period's sell-in revenue.",
});

@InputType()
export class MdfTierWeightInput {
  @Field(() => ID)
  @IsUUID('all', ID_MESSAGE)
  tierId: string;

  @Field(() => Int, { description: '0 to 1000: a partner of this tier gets weight / (sum of all partners\' weights) of the amount.' })
  @IsInt()
  @Min(0)
  @Max(1000)
  weight: number;
}

@InputType({ description: "Shares an amount of the fund's unallocated budget among its eligible active partners by a rule, on top of what they have." })
export class AllocateMdfByRuleInput {
  @Field(() => ID)
  @IsUUID('all', ID_MESSAGE)
  fundId: string;

  @Field({ description: 'The amount to share, e.g. "30000.00".' })
  @Matches(AMOUNT, AMOUNT_MESSAGE)
  amount: string;

  @Field(() => MdfAllocationRule)
  @IsIn(Object.values(MdfAllocationRule))
  rule: MdfAllocationRule;

  @Field(() => [MdfTierWeightInput], { defaultValue: [], description: 'For BY_TIER: the weight of each tier (a tier not named weighs 0).' })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  tierWeights: MdfTierWeightInput[];

  @Field({ defaultValue: false, description: 'Only compute the shares, change nothing.' })
  dryRun: boolean;
}
