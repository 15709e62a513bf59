import { ArgsType, Field, Float, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsBoolean, IsIn, IsOptional, IsUUID, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { PageArgs } from '../../domain/connection';
import { CriterionPurpose, TierMetric, TierProposalStatus } from './tier-rules.types';

const ID_MESSAGE = { message: 'must be an id' };

@InputType()
export class TierCriterionInput {
  @Field(() => CriterionPurpose)
  @IsIn(Object.values(CriterionPurpose))
  purpose: CriterionPurpose;

  @Field(() => TierMetric)
  @IsIn(Object.values(TierMetric))
  metric: TierMetric;

  @Field(() => Float, { description: 'Amount in major units (money metrics, at most two decimals), percent 0-100 (rates) or whole people.' })
  @Min(0)
  @Max(10_000_000_000_000)
  minimum: number;

  @Field(() => String, { nullable: true, description: 'ISO currency, for SELL_IN and SELL_OUT only.' })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/, { message: 'must be a three-letter ISO currency code' })
  currency?: string | null;
}

@InputType({ description: "A tier's criteria as they should be now: the list replaces the tier's criteria; the same list again changes nothing." })
export class SetTierCriteriaInput {
  @Field(() => ID)
  @IsUUID('all', ID_MESSAGE)
  tierId: string;

  @Field(() => [TierCriterionInput])
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  criteria: TierCriterionInput[];
}

@InputType()
export class UpdateTierProgramInput {
  @Field()
  @IsBoolean()
  autoApply: boolean;

  @Field(() => Int, { description: '3, 6, 12 or 24 whole months.' })
  @IsIn([3, 6, 12, 24], { message: 'must be 3, 6, 12 or 24' })
  windowMonths: number;
}

@InputType()
export class ApplyTierProposalInput {
  @Field(() => ID)
  @IsUUID('all', ID_MESSAGE)
  proposalId: string;
}

@InputType()
export class DismissTierProposalInput {
  @Field(() => ID)
  @IsUUID('all', ID_MESSAGE)
  proposalId: string;

  @Field({ defaultValue: '' })
  @MaxLength(1000)
  note: string;
}

@ArgsType()
export class TierProposalsArgs extends PageArgs {
  @Field(() => TierProposalStatus, { nullable: true, description: 'None: every status.' })
  @IsOptional()
  @IsIn(Object.values(TierProposalStatus))
  status?: TierProposalStatus | null;

  @Field(() => ID, { nullable: true, description: "One partner's; none: every partner's." })
  @IsOptional()
  @IsUUID('all', ID_MESSAGE)
  partnerId?: string | null;
}

@ArgsType()
export class TierStandingArgs {
  @Field(() => ID)
  @IsUUID('all', ID_MESSAGE)
  partnerId: string;
}
