import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { CriterionPurpose as Purpose, TierMetric as Metric, WindowMetrics } from './tier-evaluation';

export enum TierMetric {
  SELL_IN = 'SELL_IN',
  SELL_OUT = 'SELL_OUT',
  LEAD_ACCEPTANCE_RATE = 'LEAD_ACCEPTANCE_RATE',
  WIN_RATE = 'WIN_RATE',
  TRAINED_STAFF = 'TRAINED_STAFF',
}
registerEnumType(TierMetric, {
  name: 'TierMetric',
  description: "SELL_IN / SELL_OUT: the partner's purchases from the brand / sales to its customers over the program's window, in one currency; LEAD_ACCEPTANCE_RATE: accepted of dispatched leads, percent; WIN_RATE: won of won and lost leads, percent; TRAINED_STAFF: people named in the partner's training interactions.",
});

export enum CriterionPurpose {
  ENTRY = 'ENTRY',
  KEEP = 'KEEP',
}
registerEnumType(CriterionPurpose, { name: 'CriterionPurpose', description: 'ENTRY: needed to enter the tier; KEEP: needed to stay in it.' });

export enum TierProposalStatus {
  PROPOSED = 'PROPOSED',
  APPLIED = 'APPLIED',
  DISMISSED = 'DISMISSED',
  SUPERSEDED = 'SUPERSEDED',
}
registerEnumType(TierProposalStatus, { name: 'TierProposalStatus', description: 'SUPERSEDED: a later evaluation proposed otherwise, or nothing.' });

export enum TierDirection {
  PROMOTION = 'PROMOTION',
  DEMOTION = 'DEMOTION',
}
registerEnumType(TierDirection, { name: 'TierDirection' });

@ObjectType({ description: 'A minimum a partner must reach for a tier. Amounts are in major units of the currency (money metrics only).' })
export class TierCriterion {
  @Field(() => ID)
  tierId: string;

  @Field(() => CriterionPurpose)
  purpose: Purpose;

  @Field(() => TierMetric)
  metric: Metric;

  @Field(() => Float, { description: 'Amount (money metrics), percent (rates) or people.' })
  minimum: number;

  @Field(() => String, { nullable: true, description: 'The currency of a money metric.' })
  currency: string | null;
}

@ObjectType({ description: "A criterion and the partner's figure against it." })
export class CriterionCheck extends TierCriterion {
  @Field(() => Float, { nullable: true, description: "The partner's figure; null when it has none (a rate without leads)." })
  value: number | null;

  @Field()
  met: boolean;

  @Field(() => Float, { description: 'What is missing to meet it; 0 when met.' })
  gap: number;
}

@ObjectType({ description: 'How tiers are evaluated: the window of whole months, and whether the results apply without a channel manager.' })
export class TierProgram {
  @Field({ description: 'Promotions and demotions apply as soon as the evaluation finds them.' })
  autoApply: boolean;

  @Field(() => Int, { description: 'Whole months up to the last one that ended.' })
  windowMonths: number;

  @Field(() => Date, { nullable: true, description: "When the last evaluation measured the partners (for a partner's users: its own partners)." })
  evaluatedAt: Date | null;
}

@ObjectType({ description: "A partner's figure of one metric over the window (money in major units)." })
export class MetricFigure {
  @Field(() => TierMetric)
  metric: Metric;

  @Field(() => Float, { nullable: true })
  value: number | null;

  @Field(() => String, { nullable: true })
  currency: string | null;
}

@ObjectType({ description: "Where a partner stands: its tier's keep criteria and the next tier's entry criteria against its figures, as of the last evaluation." })
export class TierStanding {
  partnerId: string;
  tierId: string | null;
  nextTierId: string | null;
  metrics: WindowMetrics | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, the first day of the window; null before the first evaluation.' })
  windowStart: string | null;

  @Field(() => String, { nullable: true })
  windowEnd: string | null;

  @Field(() => Date, { nullable: true })
  evaluatedAt: Date | null;

  @Field(() => [MetricFigure])
  figures: MetricFigure[];

  @Field(() => [CriterionCheck], { description: "Its tier's keep criteria." })
  keep: CriterionCheck[];

  @Field(() => [CriterionCheck], { description: "The next tier's entry criteria." })
  next: CriterionCheck[];
}

@ObjectType({ description: 'A promotion or demotion the evaluation found, with the figures behind it.' })
export class TierProposal {
  @Field(() => ID)
  id: string;

  partnerId: string;
  fromTierId: string | null;
  toTierId: string | null;
  decidedById: string | null;

  @Field(() => TierDirection)
  direction: TierDirection;

  @Field(() => TierProposalStatus)
  status: TierProposalStatus;

  @Field(() => [CriterionCheck])
  facts: CriterionCheck[];

  @Field()
  windowStart: string;

  @Field()
  windowEnd: string;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  decidedAt: Date | null;

  @Field()
  decisionNote: string;

  cursorAt: string;
}

@ObjectType({ description: 'What an evaluation did.' })
export class TierEvaluation {
  @Field(() => Int)
  evaluated: number;

  @Field(() => Int, { description: 'New proposals.' })
  proposed: number;

  @Field(() => Int, { description: 'Applied at once (the program applies them automatically).' })
  applied: number;

  @Field(() => Int, { description: 'Open proposals a later evaluation no longer supports.' })
  superseded: number;

  @Field()
  windowStart: string;

  @Field()
  windowEnd: string;
}
