import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Money } from '../../domain/money';
import { PartnerKind } from '../partners/partner.entity';

export enum MetricPeriodKind {
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
}
registerEnumType(MetricPeriodKind, { name: 'MetricPeriodKind', description: 'Calendar months or quarters (UTC).' });

export enum MetricGroupBy {
  PARTNER = 'PARTNER',
  TIER = 'TIER',
  TERRITORY = 'TERRITORY',
  KIND = 'KIND',
  CHANNEL = 'CHANNEL',
}
registerEnumType(MetricGroupBy, {
  name: 'MetricGroupBy',
  description: "How partners' figures are put together: each partner, by its current tier, territory (a partner in two territories counts in both) or kind, or the whole channel.",
});

/** The KPIs a comparison can rank by. */
export enum ChannelMetric {
  SELL_IN = 'SELL_IN',
  SELL_OUT = 'SELL_OUT',
  QUOTA_COMPLETION = 'QUOTA_COMPLETION',
  DISTRIBUTION_RATE = 'DISTRIBUTION_RATE',
  AVERAGE_DELIVERY_DAYS = 'AVERAGE_DELIVERY_DAYS',
  DAYS_OF_INVENTORY = 'DAYS_OF_INVENTORY',
  PAYMENT_PERIOD_DAYS = 'PAYMENT_PERIOD_DAYS',
  GROSS_MARGIN = 'GROSS_MARGIN',
  FIRST_RESPONSE_HOURS = 'FIRST_RESPONSE_HOURS',
  RESOLUTION_HOURS = 'RESOLUTION_HOURS',
  SATISFACTION = 'SATISFACTION',
  LEAD_ACCEPTANCE_RATE = 'LEAD_ACCEPTANCE_RATE',
  LEAD_ACCEPTANCE_HOURS = 'LEAD_ACCEPTANCE_HOURS',
  WIN_RATE = 'WIN_RATE',
  MDF_RETURN = 'MDF_RETURN',
  CHANNEL_COST_SHARE = 'CHANNEL_COST_SHARE',
}
registerEnumType(ChannelMetric, { name: 'ChannelMetric' });

@ObjectType({
  description:
    'The KPIs of a group of partners in a period, computed from summed figures (so a tier\'s rate is its partners\' total, not an average of rates). ' +
    'Money counts orders in the asked currency only. A ratio is null when it has nothing to count.',
})
export class ChannelFigures {
  @Field(() => Money, { description: 'Sell-in revenue: net of orders the partners placed with the brand, submitted in the period, not cancelled.' })
  sellIn: Money;

  @Field(() => Money, { description: 'Sell-out revenue: net of orders the partners took from their customers, submitted in the period, not cancelled.' })
  sellOut: Money;

  @Field(() => Money, { nullable: true, description: "The partners' sell-in quotas for the period in this currency (a quarter: its quarterly quota, else the sum of its monthly ones)." })
  quota: Money | null;

  @Field(() => Float, { nullable: true, description: 'Sell-in of the partners that have a quota, divided by their quotas (1 = 100%).' })
  quotaCompletion: number | null;

  @Field(() => Float, { nullable: true, description: "Share of the active catalog in stock at each month's end (latest counts), averaged over the partners and months that have stock counts." })
  distributionRate: number | null;

  @Field(() => Float, { nullable: true, description: 'Average days from submission to delivery of sell-out orders delivered in the period.' })
  averageDeliveryDays: number | null;

  @Field(() => Float, { nullable: true, description: "Days of inventory: average units in stock at months' ends over the average sell-out units per day." })
  daysOfInventory: number | null;

  @Field(() => Float, { nullable: true, description: 'Payment period: average days from invoice to payment of sell-in orders paid in the period.' })
  paymentPeriodDays: number | null;

  @Field(() => Float, { nullable: true, description: "Average gross margin of sell-out lines whose cost is known (the partner's latest sell-in price of the product before the sale): (revenue - cost) / revenue." })
  grossMargin: number | null;

  @Field(() => Float, { nullable: true, description: 'Average hours to the first response, of service cases opened in the period.' })
  firstResponseHours: number | null;

  @Field(() => Float, { nullable: true, description: 'Average hours to resolution, of service cases opened in the period and resolved.' })
  resolutionHours: number | null;

  @Field(() => Float, { nullable: true, description: 'Average customer satisfaction (1-5) of service cases closed in the period with a rating.' })
  satisfaction: number | null;

  @Field(() => Float, { nullable: true, description: 'Leads accepted over leads accepted, declined or let expire in the period.' })
  leadAcceptanceRate: number | null;

  @Field(() => Float, { nullable: true, description: 'Average hours from a lead reaching the partner to its acceptance.' })
  leadAcceptanceHours: number | null;

  @Field(() => Float, { nullable: true, description: 'Leads won (converted) over leads won or lost (lost, disqualified) in the period.' })
  winRate: number | null;

  @Field(() => Money, { description: 'MDF claims paid in the period (in funds of this currency).' })
  mdfSpent: Money;

  @Field(() => Float, { nullable: true, description: 'MDF return: converted revenue of leads credited to MDF activities over MDF paid, in this currency.' })
  mdfReturn: number | null;

  @Field(() => Float, { nullable: true, description: 'Channel cost share: MDF paid over sell-in revenue.' })
  channelCostShare: number | null;

  @Field(() => Int, { description: 'Leads that reached the partners (dispatched, or filed in their showrooms).' })
  leadsReceived: number;

  @Field(() => Int)
  leadsWon: number;

  @Field(() => Int)
  serviceCasesOpened: number;

  @Field(() => Int, { description: 'Sell-out orders delivered.' })
  deliveries: number;
}

@ObjectType({ description: 'One group of partners in one period.' })
export class ChannelMetricRow {
  @Field({ description: "The group: a partner's, tier's or territory's id, a partner kind, '' for partners without a tier or territory, 'CHANNEL' for all." })
  groupKey: string;

  @Field({ description: 'The period: 2026-11 or 2026-Q4.' })
  period: string;

  @Field({ description: "The period's first day, YYYY-MM-DD." })
  periodStart: string;

  @Field(() => Int, { description: 'Active partners in the group (those the viewer may see).' })
  partnerCount: number;

  @Field(() => ChannelFigures)
  figures: ChannelFigures;

  partnerId?: string | null;
  tierId?: string | null;
  territoryId?: string | null;
  kind?: PartnerKind | null;
}

@ObjectType({ description: 'A group ranked by one KPI in a period, beside the period before.' })
export class ChannelComparisonRow {
  @Field(() => Int, { description: '1 = the highest value; groups without a value come last, unranked (0).' })
  rank: number;

  @Field()
  groupKey: string;

  @Field(() => Int)
  partnerCount: number;

  @Field(() => Float, { nullable: true, description: "The KPI's value: a ratio as in ChannelFigures; money (SELL_IN, SELL_OUT) in minor units (cents) of the asked currency." })
  value: number | null;

  @Field(() => Float, { nullable: true, description: 'The same KPI in the period before.' })
  previousValue: number | null;

  @Field(() => Float, { nullable: true, description: 'value - previousValue' })
  change: number | null;

  @Field(() => Float, { nullable: true, description: 'The change as a share of the previous value (0.1 = +10%); null when that was 0 or missing.' })
  changeRatio: number | null;

  @Field(() => ChannelFigures)
  figures: ChannelFigures;

  @Field(() => ChannelFigures)
  previous: ChannelFigures;

  partnerId?: string | null;
  tierId?: string | null;
  territoryId?: string | null;
  kind?: PartnerKind | null;
}

@ObjectType({ description: "A tier's average partner in a period: money per partner, rates over the whole tier. Nothing for a tier of fewer than three active partners." })
export class TierBenchmarkPeriod {
  @Field()
  period: string;

  @Field()
  periodStart: string;

  @Field(() => Int)
  partnerCount: number;

  @Field(() => ChannelFigures)
  figures: ChannelFigures;
}

@ObjectType({ description: "A partner's sell-in quota for a month or a quarter." })
export class PartnerQuota {
  @Field(() => ID)
  partnerId: string;

  @Field({ description: '2026-11 or 2026-Q4' })
  period: string;

  @Field(() => MetricPeriodKind)
  periodKind: MetricPeriodKind;

  @Field(() => Money)
  amount: Money;

  @Field()
  setAt: Date;
}

@ObjectType({ description: "A territory's market size for a year, as estimated by brand staff (for market share)." })
export class TerritoryMarket {
  @Field(() => ID)
  territoryId: string;

  @Field(() => Int)
  year: number;

  @Field(() => Money)
  amount: Money;
}

export enum SignalKind {
  QUOTA_COMPLETION_LOW = 'QUOTA_COMPLETION_LOW',
  SALES_DECLINING = 'SALES_DECLINING',
  DISTRIBUTION_LOW = 'DISTRIBUTION_LOW',
  PAYMENT_PERIOD_LONG = 'PAYMENT_PERIOD_LONG',
  INVENTORY_HIGH = 'INVENTORY_HIGH',
  SATISFACTION_FALLING = 'SATISFACTION_FALLING',
  CHANNEL_COST_RISING = 'CHANNEL_COST_RISING',
  PRICE_PRESSURE = 'PRICE_PRESSURE',
  NEW_CHANNEL_RISING = 'NEW_CHANNEL_RISING',
  CHANNEL_CONFLICTS = 'CHANNEL_CONFLICTS',
  MARKET_SHARE_LOW = 'MARKET_SHARE_LOW',
}
registerEnumType(SignalKind, { name: 'SignalKind', description: 'The rules that say a channel must change.' });

export enum SignalStatus {
  OPEN = 'OPEN',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
  CLEARED = 'CLEARED',
}
registerEnumType(SignalStatus, { name: 'SignalStatus', description: 'OPEN: to be looked at; ACKNOWLEDGED: looked at, with a note; CLEARED: the figures no longer fire the rule.' });

@ObjectType({ description: 'A number a signal rule compares with: a threshold, or a number of periods.' })
export class SignalThreshold {
  @Field({ description: 'e.g. minCompletion, periods, maxDays' })
  name: string;

  @Field(() => Float)
  value: number;
}

@ObjectType({ description: 'One number that made a signal fire (or a name it concerns), as it was when judged.' })
export class SignalFact {
  @Field({ description: 'e.g. completion, sellIn, quota, series, currency, territory' })
  name: string;

  @Field(() => Float, { nullable: true })
  value: number | null;

  @Field(() => String, { nullable: true })
  text: string | null;

  @Field(() => [Float], { nullable: true, description: 'A series of monthly values, oldest first.' })
  series: number[] | null;
}

@ObjectType({ description: 'A rule that says a channel must change, with the thresholds brand staff tune.' })
export class SignalRule {
  @Field(() => SignalKind)
  kind: SignalKind;

  @Field()
  enabled: boolean;

  @Field(() => [SignalThreshold], { description: 'The thresholds, by name.' })
  thresholds: SignalThreshold[];

  @Field()
  updatedAt: Date;
}

@ObjectType({ description: 'A rule that fired for a partner in a month, with the numbers that made it fire.' })
export class ChannelSignal {
  @Field(() => ID)
  id: string;

  @Field(() => SignalKind)
  kind: SignalKind;

  @Field(() => ID)
  partnerId: string;

  @Field({ description: 'The month judged, 2026-11.' })
  period: string;

  @Field(() => SignalStatus)
  status: SignalStatus;

  @Field(() => [SignalFact], { description: 'The numbers: the values compared and the thresholds they crossed.' })
  facts: SignalFact[];

  @Field()
  raisedAt: Date;

  @Field(() => Date, { nullable: true })
  acknowledgedAt: Date | null;

  @Field(() => String, { nullable: true })
  note: string | null;

  acknowledgedBy: string | null;
}
