import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Money } from '../../domain/money';
import { Audience } from './audience';

export enum IncentiveKind {
  REBATE = 'REBATE',
  LEAD_BONUS = 'LEAD_BONUS',
}
registerEnumType(IncentiveKind, { name: 'IncentiveKind', description: "REBATE: a rate of the period's delivered sell-in or sell-out once it reaches the threshold; LEAD_BONUS: an amount per lead converted in the period." });

export enum IncentiveBasis {
  SELL_IN = 'SELL_IN',
  SELL_OUT = 'SELL_OUT',
}
registerEnumType(IncentiveBasis, { name: 'IncentiveBasis' });

export enum IncentivePeriod {
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
  YEAR = 'YEAR',
}
registerEnumType(IncentivePeriod, { name: 'IncentivePeriod' });

export enum IncentiveStatus {
  DRAFT = 'DRAFT',
  ACTIVE = 'ACTIVE',
}
registerEnumType(IncentiveStatus, { name: 'IncentiveStatus' });

@ObjectType({ description: 'A rebate or bonus the brand offers the partners of an audience, computed from orders and leads by the same rule for each.' })
export class IncentiveProgram {
  @Field(() => ID)
  id: string;

  categoryId: string | null;
  thresholdMinor: number;
  bonusMinor: number | null;

  @Field()
  name: string;

  @Field()
  description: string;

  @Field(() => IncentiveKind)
  kind: IncentiveKind;

  @Field(() => IncentiveBasis, { nullable: true, description: 'What a rebate is a share of: delivered sell-in or sell-out.' })
  basis: IncentiveBasis | null;

  @Field()
  currency: string;

  @Field(() => Int, { nullable: true, description: 'A rebate in basis points of the base: 200 is 2%.' })
  rateBasisPoints: number | null;

  @Field(() => Money, { description: "A rebate applies once a period's base reaches this (0: from the first order)." })
  threshold: Money;

  @Field(() => Money, { nullable: true, description: 'A bonus per converted lead.' })
  bonus: Money | null;

  @Field(() => IncentivePeriod)
  period: IncentivePeriod;

  @Field({ description: 'YYYY-MM-DD, the first day of its first period.' })
  startsOn: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, the last day of its last period; null: open-ended.' })
  endsOn: string | null;

  @Field(() => Audience)
  audience: Audience;

  @Field(() => IncentiveStatus)
  status: IncentiveStatus;

  @Field(() => Date, { nullable: true })
  publishedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When accruals were last computed.' })
  computedAt: Date | null;

  @Field()
  createdAt: Date;

  nameKey: string;
}

@ObjectType({ description: "A partner's incentive for one period as it accrues: the base so far, converted leads, and what it has earned." })
export class IncentiveAccrual {
  programId: string;
  partnerId: string;
  partnerName: string;
  baseMinor: number;
  earnedMinor: number;

  @Field()
  periodStart: string;

  @Field()
  periodEnd: string;

  @Field(() => Money)
  base: Money;

  @Field(() => Int)
  leadCount: number;

  @Field(() => Money)
  earned: Money;

  @Field(() => Money, { nullable: true, description: 'For a rebate below its threshold: what is missing to reach it.' })
  toThreshold: Money | null;

  @Field()
  computedAt: Date;

  @Field({ description: 'Whether the period has been settled into a statement.' })
  settled: boolean;
}

@ObjectType({ description: "A settled period of an incentive: the partner's statement, numbered, never changed." })
export class IncentiveStatement {
  @Field(() => ID)
  id: string;

  programId: string;
  partnerId: string;
  baseMinor: number;
  earnedMinor: number;

  @Field()
  number: string;

  @Field()
  periodStart: string;

  @Field()
  periodEnd: string;

  @Field(() => Money)
  base: Money;

  @Field(() => Int)
  leadCount: number;

  @Field(() => Money)
  earned: Money;

  @Field()
  issuedAt: Date;

  cursorAt: string;
}

@ObjectType({ description: 'What a computation did.' })
export class IncentiveComputation {
  @Field(() => Int)
  programs: number;

  @Field(() => Int, { description: 'Accruals written (new or changed).' })
  accruals: number;

  @Field(() => Int, { description: 'Statements issued for periods that ended.' })
  statements: number;
}
