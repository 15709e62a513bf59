import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { IsIn, IsInt, IsOptional, IsUUID, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { IsNotBlank } from '../../domain/text';
import { PageArgs } from '../../domain/connection';
import { AudienceInput } from './audience';
import { IncentiveBasis, IncentiveKind, IncentivePeriod } from './incentive.types';

const ID_MESSAGE = { message: 'must be an id' };
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const AMOUNT = /^\d{1,13}(\.\d{1,2})?$/;

@InputType({ description: "An incentive's terms. A rebate needs basis and rateBasisPoints (threshold optional); a lead bonus needs bonus." })
export class IncentiveFields {
  @Field()
  @IsNotBlank(3)
  @MaxLength(200)
  name: string;

  @Field({ defaultValue: '' })
  @MaxLength(5000)
  description: string;

  @Field(() => IncentiveKind)
  @IsIn(Object.values(IncentiveKind))
  kind: IncentiveKind;

  @Field(() => IncentiveBasis, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(IncentiveBasis))
  basis?: IncentiveBasis | null;

  @Field(() => ID, { nullable: true, description: "Only lines of products in this category (and the categories below it) count; none: every product." })
  @IsOptional()
  @IsUUID('all', ID_MESSAGE)
  categoryId?: string | null;

  @Field({ description: 'ISO currency: orders in it count, and amounts are in it.' })
  @Matches(/^[A-Z]{3}$/, { message: 'must be a three-letter ISO currency code' })
  currency: string;

  @Field(() => Int, { nullable: true, description: 'Basis points, 1 to 10000 (200 = 2%).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10000)
  rateBasisPoints?: number | null;

  @Field({ defaultValue: '0', description: 'Amount like 100000.00.' })
  @Matches(AMOUNT, { message: 'must be an amount like 100000.00' })
  threshold: string;

  @Field(() => String, { nullable: true, description: 'Amount per converted lead, like 50.00.' })
  @IsOptional()
  @Matches(AMOUNT, { message: 'must be an amount like 50.00' })
  bonus?: string | null;

  @Field(() => IncentivePeriod)
  @IsIn(Object.values(IncentivePeriod))
  period: IncentivePeriod;

  @Field({ description: 'YYYY-MM-DD, the first day of a period (a month, a quarter, a year).' })
  @Matches(DAY, { message: 'must be a day as YYYY-MM-DD' })
  startsOn: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, the last day of a period; none: open-ended.' })
  @IsOptional()
  @Matches(DAY, { message: 'must be a day as YYYY-MM-DD' })
  endsOn?: string | null;

  @Field(() => AudienceInput, { nullable: true, description: 'None: every partner.' })
  @IsOptional()
  @ValidateNested()
  audience?: AudienceInput | null;
}

@InputType()
export class CreateIncentiveProgramInput extends IncentiveFields {}

@InputType({ description: 'A draft as it should read now; a published program cannot change.' })
export class UpdateIncentiveProgramInput extends IncentiveFields {
  @Field(() => ID)
  @IsUUID('all', ID_MESSAGE)
  programId: string;
}

@InputType()
export class PublishIncentiveProgramInput {
  @Field(() => ID)
  @IsUUID('all', ID_MESSAGE)
  programId: string;
}

@ArgsType()
export class IncentiveAccrualsArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID('all', ID_MESSAGE)
  programId: string;

  @Field(() => ID, { nullable: true, description: "One partner's; none: every partner's the viewer sees." })
  @IsOptional()
  @IsUUID('all', ID_MESSAGE)
  partnerId?: string | null;
}

@ArgsType()
export class IncentiveStatementsArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', ID_MESSAGE)
  programId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', ID_MESSAGE)
  partnerId?: string | null;
}
