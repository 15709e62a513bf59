import { ArgsType, Field, Float, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsBoolean, IsIn, IsInt, IsOptional, IsUUID, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { MoneyInput } from '../../domain/money';
import { PageArgs } from '../../domain/connection';
import { PartnerKind } from '../partners/partner.entity';
import { ChannelMetric, MetricGroupBy, MetricPeriodKind, SignalKind, SignalStatus } from './metrics.types';

const ID_MESSAGE = { message: 'must be an id' };
const PERIOD = /^\d{4}-(0[1-9]|1[0-2]|Q[1-4])$/;
const PERIOD_MESSAGE = { message: 'must be a month as YYYY-MM or a quarter as YYYY-Qn' };
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const MONTH_MESSAGE = { message: 'must be a month as YYYY-MM' };
const CURRENCY_MESSAGE = { message: 'must be a three-letter ISO currency code' };

@InputType({ description: 'Which partners count; every list given narrows (and they combine).' })
export class ChannelMetricsFilter {
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(2000)
  @IsUUID('all', { each: true, ...ID_MESSAGE })
  partnerIds?: string[] | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true, ...ID_MESSAGE })
  tierIds?: string[] | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true, ...ID_MESSAGE })
  territoryIds?: string[] | null;

  @Field(() => [PartnerKind], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(4)
  @IsIn(Object.values(PartnerKind), { each: true })
  kinds?: PartnerKind[] | null;
}

/** What every metrics question shares: months or quarters, the currency of money, which partners. */
@ArgsType()
class MetricSelectionArgs {
  @Field(() => MetricPeriodKind, { defaultValue: MetricPeriodKind.MONTH })
  @IsIn(Object.values(MetricPeriodKind))
  periodKind: MetricPeriodKind;

  @Field({ defaultValue: 'EUR', description: 'Money counts orders, claims and quotas in this currency only.' })
  @Matches(/^[A-Z]{3}$/, CURRENCY_MESSAGE)
  currency: string;

  @Field(() => ChannelMetricsFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: ChannelMetricsFilter | null;
}

@ArgsType()
export class ChannelMetricsArgs extends MetricSelectionArgs {
  @Field(() => MetricGroupBy, { defaultValue: MetricGroupBy.CHANNEL })
  @IsIn(Object.values(MetricGroupBy))
  groupBy: MetricGroupBy;

  @Field({ description: 'The first period: 2026-01 for months, 2026-Q1 for quarters.' })
  @Matches(PERIOD, PERIOD_MESSAGE)
  from: string;

  @Field({ description: 'The last period, included (at most 60 periods).' })
  @Matches(PERIOD, PERIOD_MESSAGE)
  to: string;
}

@ArgsType()
export class ChannelComparisonArgs extends MetricSelectionArgs {
  @Field(() => MetricGroupBy, { defaultValue: MetricGroupBy.PARTNER })
  @IsIn(Object.values(MetricGroupBy))
  groupBy: MetricGroupBy;

  @Field({ description: 'The period compared with the one before: 2026-11 or 2026-Q4.' })
  @Matches(PERIOD, PERIOD_MESSAGE)
  period: string;

  @Field(() => ChannelMetric, { defaultValue: ChannelMetric.SELL_IN, description: 'The KPI groups are ranked by.' })
  @IsIn(Object.values(ChannelMetric))
  metric: ChannelMetric;

  @Field({ defaultValue: false, description: 'Rank the lowest value first (for delivery days, payment period, response hours).' })
  @IsBoolean()
  ascending: boolean;
}

@ArgsType()
export class TierBenchmarkArgs {
  @Field(() => ID, { nullable: true, description: "Brand staff: the tier. A partner's manager: its own partner's tier (another is NOT_FOUND)." })
  @IsOptional()
  @IsUUID('all', ID_MESSAGE)
  tierId?: string | null;

  @Field(() => MetricPeriodKind, { defaultValue: MetricPeriodKind.MONTH })
  @IsIn(Object.values(MetricPeriodKind))
  periodKind: MetricPeriodKind;

  @Field()
  @Matches(PERIOD, PERIOD_MESSAGE)
  from: string;

  @Field()
  @Matches(PERIOD, PERIOD_MESSAGE)
  to: string;

  @Field({ defaultValue: 'EUR' })
  @Matches(/^[A-Z]{3}$/, CURRENCY_MESSAGE)
  currency: string;
}

@InputType()
export class SetPartnerQuotaInput {
  @Field(() => ID)
  @IsUUID('all', ID_MESSAGE)
  partnerId: string;

  @Field({ description: '2026-11 (a month) or 2026-Q4 (a quarter).' })
  @Matches(PERIOD, PERIOD_MESSAGE)
  period: string;

  @Field(() => MoneyInput, { description: 'Sell-in revenue to reach, more than 0.' })
  @ValidateNested()
  amount: MoneyInput;
}

@InputType()
export class RemovePartnerQuotaInput {
  @Field(() => ID)
  @IsUUID('all', ID_MESSAGE)
  partnerId: string;

  @Field()
  @Matches(PERIOD, PERIOD_MESSAGE)
  period: string;
}

@InputType()
export class ImportPartnerQuotasInput {
  @Field({ description: 'CSV text: partner_code,period,amount,currency (period 2026-11 or 2026-Q4); at most 20,000 rows and 2 MB.' })
  @MaxLength(2_000_000)
  csv: string;
}

@ArgsType()
export class PartnerQuotasArgs {
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(2000)
  @IsUUID('all', { each: true, ...ID_MESSAGE })
  partnerIds?: string[] | null;

  @Field({ description: 'First month, YYYY-MM: quotas whose period starts from it.' })
  @Matches(MONTH, MONTH_MESSAGE)
  from: string;

  @Field({ description: 'Last month, YYYY-MM.' })
  @Matches(MONTH, MONTH_MESSAGE)
  to: string;
}

@InputType()
export class SetTerritoryMarketInput {
  @Field(() => ID)
  @IsUUID('all', ID_MESSAGE)
  territoryId: string;

  @Field(() => Int)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;

  @Field(() => MoneyInput, { description: "The territory's market for the year, more than 0." })
  @ValidateNested()
  amount: MoneyInput;
}

@ArgsType()
export class TerritoryMarketsArgs {
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number | null;
}

@InputType()
export class SignalThresholdInput {
  @Field()
  @Matches(/^[A-Za-z]{1,40}$/, { message: 'must be a threshold name such as minCompletion' })
  name: string;

  @Field(() => Float)
  value: number;
}

@InputType()
export class UpdateSignalRuleInput {
  @Field(() => SignalKind)
  @IsIn(Object.values(SignalKind))
  kind: SignalKind;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean | null;

  @Field(() => [SignalThresholdInput], { nullable: true, description: 'Thresholds to change; those not named keep their values.' })
  @IsOptional()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  thresholds?: SignalThresholdInput[] | null;
}

@InputType()
export class AcknowledgeChannelSignalInput {
  @Field(() => ID)
  @IsUUID('all', ID_MESSAGE)
  id: string;

  @Field({ description: 'What was done or decided (1-2000 characters).' })
  @Matches(/\S/, { message: 'must say something' })
  @MaxLength(2000)
  note: string;
}

@ArgsType()
export class ChannelSignalsArgs extends PageArgs {
  @Field(() => SignalStatus, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(SignalStatus))
  status?: SignalStatus | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', ID_MESSAGE)
  partnerId?: string | null;

  @Field(() => [SignalKind], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsIn(Object.values(SignalKind), { each: true })
  kinds?: SignalKind[] | null;
}

@InputType()
export class EvaluateChannelSignalsInput {
  @Field({ description: 'The month to judge, YYYY-MM (not one under way).' })
  @Matches(MONTH, MONTH_MESSAGE)
  month: string;
}
