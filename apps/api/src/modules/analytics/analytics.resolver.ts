import { Arg, Args, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../access/request-context';
import { Authorized } from '../../access/access-decorators';
import { BRAND_ROLES, CHANNEL_WRITERS, Role } from '../../access/role';
import { User } from '../../access/user.entity';
import { ConnectionType, type Connection } from '../../domain/connection';
import { payloadType } from '../../domain/payload';
import { enqueue } from '../../access/jobs';
import { Partner, PartnerKind } from '../partners/partner.entity';
import { Tier } from '../partners/tier.entity';
import { Territory } from '../partners/territory.entity';
import {
  AcknowledgeChannelSignalInput, ChannelComparisonArgs, ChannelMetricsArgs, ChannelSignalsArgs, ImportPartnerQuotasInput, PartnerQuotasArgs,
  RemovePartnerQuotaInput, SetPartnerQuotaInput, SetTerritoryMarketInput, TerritoryMarketsArgs, TierBenchmarkArgs, UpdateSignalRuleInput,
} from './metrics.inputs';
import { ChannelComparisonRow, ChannelMetricRow, ChannelSignal, PartnerQuota, SignalRule, TerritoryMarket, TierBenchmarkPeriod } from './metrics.types';

const METRIC_READERS = [...BRAND_ROLES, Role.PARTNER_MANAGER];
const ChannelSignalConnection = ConnectionType(ChannelSignal, 'ChannelSignal');
const SetPartnerQuotaPayload = payloadType('SetPartnerQuotaPayload', 'quota', PartnerQuota);
const SetTerritoryMarketPayload = payloadType('SetTerritoryMarketPayload', 'market', TerritoryMarket);
const UpdateSignalRulePayload = payloadType('UpdateSignalRulePayload', 'rule', SignalRule);
const AcknowledgeChannelSignalPayload = payloadType('AcknowledgeChannelSignalPayload', 'signal', ChannelSignal);

@ObjectType()
class TierBenchmark {
  @Field(() => ID, { nullable: true, description: 'The tier compared with (none: the partner has no tier).' })
  tierId: string | null;

  @Field(() => [TierBenchmarkPeriod], { description: 'Empty when the tier has fewer than three active partners.' })
  periods: TierBenchmarkPeriod[];
}

@ObjectType()
class RemovePartnerQuotaPayload {
  @Field({ description: 'Whether there was a quota to remove.' })
  removed: boolean;
}

@ObjectType()
class ImportPartnerQuotasPayload {
  @Field(() => Int, { description: 'Rows in the file.' })
  rows: number;

  @Field(() => Int, { description: 'Quotas added or changed (the same amount again changes nothing).' })
  changed: number;
}

@ObjectType()
class RefreshChannelMetricsPayload {
  @Field(() => Int, { description: 'Cells (partner and month) waiting to be brought up to date when asked; the job takes them within seconds.' })
  pendingCells: number;
}

type GroupRow = ChannelMetricRow | ChannelComparisonRow;
/** Where a row's group points: its partner, tier or territory, read through the request's loaders. */
const groupPartner = (row: GroupRow, loaders: Context['loaders']): Promise<Partner | null> | null => (row.partnerId ? loaders.partnerById.load(row.partnerId) : null);
const groupTier = (row: GroupRow, loaders: Context['loaders']): Promise<Tier | null> | null => (row.tierId ? loaders.tierById.load(row.tierId) : null);
const groupTerritory = (row: GroupRow, loaders: Context['loaders']): Promise<Territory | null> | null =>
  row.territoryId ? (loaders.territoryById.load(row.territoryId) as Promise<Territory | null>) : null;

@Resolver(() => ChannelMetricRow)
export class ChannelMetricsResolver {
  @Query(() => [ChannelMetricRow], {
    description:
      "KPIs per group of partners and period, from the rollups, within the viewer's sight: brand staff every partner, a partner's manager its own " +
      'partner (and, for a distributor, its resellers) only. Every group the filter selects gets a row for every period, zeros included.',
  })
  @Authorized(...METRIC_READERS)
  channelMetrics(@Args() args: ChannelMetricsArgs, @Ctx() { scope, services }: Context): Promise<ChannelMetricRow[]> {
    return services.metrics.channelMetrics(scope, { ...args, filter: args.filter ?? undefined });
  }

  @Query(() => TierBenchmark, { description: "The average partner of a tier per period, to compare one's own figures with (never another partner's)." })
  @Authorized(...METRIC_READERS)
  tierBenchmark(@Args() args: TierBenchmarkArgs, @Ctx() { scope, services }: Context): Promise<TierBenchmark> {
    return services.metrics.tierBenchmark(scope, args);
  }

  @FieldResolver(() => Partner, { nullable: true, description: 'Grouped by partner: the partner.' })
  partner(@Root() row: ChannelMetricRow, @Ctx() { loaders }: Context) {
    return groupPartner(row, loaders);
  }

  @FieldResolver(() => Tier, { nullable: true, description: 'Grouped by tier: the tier.' })
  tier(@Root() row: ChannelMetricRow, @Ctx() { loaders }: Context) {
    return groupTier(row, loaders);
  }

  @FieldResolver(() => Territory, { nullable: true, description: 'Grouped by territory: the territory.' })
  territory(@Root() row: ChannelMetricRow, @Ctx() { loaders }: Context) {
    return groupTerritory(row, loaders);
  }

  @FieldResolver(() => PartnerKind, { nullable: true, description: 'Grouped by kind: the partner kind.' })
  kind(@Root() row: ChannelMetricRow): PartnerKind | null {
    return row.kind ?? null;
  }
}

@Resolver(() => ChannelComparisonRow)
export class ChannelComparisonResolver {
  @Query(() => [ChannelComparisonRow], { description: 'Groups ranked by one KPI in a period, each beside its period before, with the change.' })
  @Authorized(...METRIC_READERS)
  channelComparison(@Args() args: ChannelComparisonArgs, @Ctx() { scope, services }: Context): Promise<ChannelComparisonRow[]> {
    return services.metrics.comparison(scope, { ...args, filter: args.filter ?? undefined });
  }

  @FieldResolver(() => Partner, { nullable: true })
  partner(@Root() row: ChannelComparisonRow, @Ctx() { loaders }: Context) {
    return groupPartner(row, loaders);
  }

  @FieldResolver(() => Tier, { nullable: true })
  tier(@Root() row: ChannelComparisonRow, @Ctx() { loaders }: Context) {
    return groupTier(row, loaders);
  }

  @FieldResolver(() => Territory, { nullable: true })
  territory(@Root() row: ChannelComparisonRow, @Ctx() { loaders }: Context) {
    return groupTerritory(row, loaders);
  }

  @FieldResolver(() => PartnerKind, { nullable: true })
  kind(@Root() row: ChannelComparisonRow): PartnerKind | null {
    return row.kind ?? null;
  }
}

@Resolver(() => PartnerQuota)
export class PartnerQuotaResolver {
  @Query(() => [PartnerQuota], { description: "Sales quotas whose period starts within the months from..to, of the partners the viewer sees (a partner's manager: its own)." })
  @Authorized(...METRIC_READERS)
  partnerQuotas(@Args() args: PartnerQuotasArgs, @Ctx() { scope, services }: Context): Promise<PartnerQuota[]> {
    return services.quotas.quotas(scope, args);
  }

  @Mutation(() => SetPartnerQuotaPayload, { description: "Sets a partner's sell-in quota for a month or a quarter (the same amount again changes nothing)." })
  @Authorized(...CHANNEL_WRITERS)
  async setPartnerQuota(@Arg('input') input: SetPartnerQuotaInput, @Ctx() { scope, services }: Context) {
    return { quota: await services.quotas.setQuota(scope, input) };
  }

  @Mutation(() => RemovePartnerQuotaPayload)
  @Authorized(...CHANNEL_WRITERS)
  async removePartnerQuota(@Arg('input') input: RemovePartnerQuotaInput, @Ctx() { scope, services }: Context): Promise<RemovePartnerQuotaPayload> {
    return { removed: await services.quotas.removeQuota(scope, input) };
  }

  @Mutation(() => ImportPartnerQuotasPayload, { description: 'Quotas from a CSV file, all or nothing: a bad row is named with its line and column, and nothing is written.' })
  @Authorized(...CHANNEL_WRITERS)
  importPartnerQuotas(@Arg('input') input: ImportPartnerQuotasInput, @Ctx() { scope, services }: Context): Promise<ImportPartnerQuotasPayload> {
    return services.quotas.importQuotas(scope, input.csv);
  }

  @Query(() => [TerritoryMarket], { description: "Territories' market sizes per year (for market share)." })
  @Authorized(...BRAND_ROLES)
  territoryMarkets(@Args() args: TerritoryMarketsArgs, @Ctx() { scope, services }: Context): Promise<TerritoryMarket[]> {
    return services.quotas.territoryMarkets(scope, args.year);
  }

  @Mutation(() => SetTerritoryMarketPayload)
  @Authorized(...CHANNEL_WRITERS)
  async setTerritoryMarket(@Arg('input') input: SetTerritoryMarketInput, @Ctx() { scope, services }: Context) {
    return { market: await services.quotas.setTerritoryMarket(scope, input) };
  }

  @Mutation(() => RefreshChannelMetricsPayload, { description: 'Asks for the rollups to be brought up to date now (they are every minute anyway).' })
  @Authorized(...CHANNEL_WRITERS)
  async refreshChannelMetrics(@Ctx() { scope, services }: Context): Promise<RefreshChannelMetricsPayload> {
    await enqueue(scope, 'kpi_rollup', {}, { key: 'kpi-rollup-now' });
    return { pendingCells: await services.kpiRollup.pending(scope) };
  }
}

@Resolver(() => ChannelSignal)
export class ChannelSignalResolver {
  @Query(() => [SignalRule], { description: 'The rules that raise signals, with their thresholds.' })
  @Authorized(...BRAND_ROLES)
  signalRules(@Ctx() { scope, services }: Context): Promise<SignalRule[]> {
    return services.signals.rules(scope);
  }

  @Mutation(() => UpdateSignalRulePayload, { description: 'Turns a rule on or off and tunes its thresholds (the same values again change nothing).' })
  @Authorized(...CHANNEL_WRITERS)
  async updateSignalRule(@Arg('input') input: UpdateSignalRuleInput, @Ctx() { scope, services }: Context) {
    return { rule: await services.signals.updateRule(scope, input) };
  }

  @Query(() => ChannelSignalConnection, { description: 'Signals that a channel must change, newest first. Brand staff only.' })
  @Authorized(...BRAND_ROLES)
  channelSignals(@Args() args: ChannelSignalsArgs, @Ctx() { scope, services }: Context): Promise<Connection<ChannelSignal>> {
    return services.signals.signals(scope, args);
  }

  @Mutation(() => AcknowledgeChannelSignalPayload, { description: 'Marks a signal looked at, with a note.' })
  @Authorized(...CHANNEL_WRITERS)
  async acknowledgeChannelSignal(@Arg('input') input: AcknowledgeChannelSignalInput, @Ctx() { scope, services }: Context) {
    return { signal: await services.signals.acknowledge(scope, input.id, input.note.trim()) };
  }

  @FieldResolver(() => Partner, { nullable: true })
  partner(@Root() signal: ChannelSignal, @Ctx() { loaders }: Context): Promise<Partner | null> {
    return loaders.partnerById.load(signal.partnerId);
  }

  @FieldResolver(() => User, { nullable: true })
  acknowledgedBy(@Root() signal: ChannelSignal, @Ctx() { loaders }: Context): Promise<User | null> | null {
    return signal.acknowledgedBy ? loaders.userById.load(signal.acknowledgedBy) : null;
  }
}
