import { COUNT_FIGURES, MONEY_FIGURES, addMonths, type CountFigure, type MoneyFigure } from '../../domain/kpi';
import { PartnerKind, PartnerStatus } from '../partners/partner.entity';
import type { PartnerMember } from '../partners/partner-figures';
import { RULES, THRESHOLDS, type ChannelContext, type PartnerHistory } from './signals';
import { SignalKind } from './metrics.types';

/*
 * The eleven signal rules as pure functions of one partner's history and the channel's context, on
 * hand-made figures: each firing with its exact facts, and not firing at, just around and without its
 * thresholds. The judged month is always June 2026, the last month of the history.
 */

type Counts = Partial<Record<CountFigure, number>>;
type Money = Partial<Record<MoneyFigure, number>>;
interface Cell { counts?: Counts; money?: Record<string, Money> }

const JUNE = '2026-06-01';

function member(over: Partial<PartnerMember> = {}): PartnerMember {
  return {
    id: 'partner-1', name: 'Partner One', tierId: null, kind: PartnerKind.RESELLER, status: PartnerStatus.ACTIVE, ownerId: null,
    territoryIds: [], createdAt: new Date('2020-01-01T00:00:00Z'), ...over,
  };
}

/** A history whose last cell is June 2026, the cells before it the months before. */
function history(cells: Cell[], over: { member?: Partial<PartnerMember>; currency?: string | null } = {}): PartnerHistory {
  const months = cells.map((_, i) => addMonths(JUNE, i - cells.length + 1));
  return {
    member: member(over.member),
    months,
    counts: cells.map((c) => ({ ...Object.fromEntries(COUNT_FIGURES.map((f) => [f, 0])), ...c.counts }) as Record<CountFigure, number>),
    money: cells.map((c) => new Map(Object.entries(c.money ?? {}).map(([currency, m]) =>
      [currency, { ...Object.fromEntries(MONEY_FIGURES.map((f) => [f, 0])), ...m } as Record<MoneyFigure, number>]))),
    currency: over.currency === undefined ? 'EUR' : over.currency,
  };
}

function context(over: Partial<ChannelContext> = {}): ChannelContext {
  return {
    activeProducts: 10, quotas: new Map(), conflicts: new Map(), markets: new Map(), territorySellOut: new Map(), territoryPartners: new Map(),
    daysIn: (m: string) => (Date.parse(`${addMonths(m, 1)}T00:00:00Z`) - Date.parse(`${m}T00:00:00Z`)) / 86_400_000,
    ...over,
  };
}

const fact = (name: string, value: number | null) => ({ name, value, text: null, series: null });
const text = (name: string, value: string) => ({ name, value: null, text: value, series: null });
const series = (name: string, values: number[]) => ({ name, value: null, text: null, series: values });

/** The thresholds the migration sets. */
const DEFAULTS: Record<SignalKind, Record<string, number>> = {
  QUOTA_COMPLETION_LOW: { minCompletion: 0.7 },
  SALES_DECLINING: { periods: 3, minDropPercent: 5 },
  DISTRIBUTION_LOW: { minRate: 0.2 },
  PAYMENT_PERIOD_LONG: { maxDays: 45, periods: 3 },
  INVENTORY_HIGH: { maxDays: 90, periods: 2 },
  SATISFACTION_FALLING: { minScore: 3.5, maxDrop: 0.5 },
  CHANNEL_COST_RISING: { periods: 3, maxCostShare: 0.1 },
  PRICE_PRESSURE: { periods: 3, minMargin: 0.15 },
  NEW_CHANNEL_RISING: { maxAgeMonths: 12, minGrowthPercent: 50, minSellOut: 1000 },
  CHANNEL_CONFLICTS: { maxConflicts: 2 },
  MARKET_SHARE_LOW: { minShare: 0.1 },
};

const judge = (kind: SignalKind, h: PartnerHistory, c: ChannelContext = context(), t: Record<string, number> = {}) => RULES[kind](h, { ...DEFAULTS[kind], ...t }, c);

const eur = (m: Money): Cell => ({ money: { EUR: m } });
const empty: Cell = {};

describe('signal rules', () => {
  it('has a rule and thresholds for every kind, and the thresholds the tests use are the tunable ones', () => {
    expect(Object.keys(RULES).sort()).toEqual(Object.values(SignalKind).sort());
    for (const kind of Object.values(SignalKind)) expect([kind, Object.keys(THRESHOLDS[kind]).sort()]).toEqual([kind, Object.keys(DEFAULTS[kind]).sort()]);
  });

  describe('QUOTA_COMPLETION_LOW', () => {
    const quota = (amountMinor: number, currency = 'EUR') => context({ quotas: new Map([['partner-1', { amountMinor, currency }]]) });

    it('fires below the completion, with completion, sell-in, quota and currency', () => {
      expect(judge(SignalKind.QUOTA_COMPLETION_LOW, history([eur({ sell_in_minor: 13998 })]), quota(20000))).toEqual([
        fact('completion', 0.6999), fact('sellIn', 139.98), fact('quota', 200), text('currency', 'EUR'), fact('minCompletion', 0.7),
      ]);
    });

    it('does not fire exactly at the completion or above it', () => {
      expect(judge(SignalKind.QUOTA_COMPLETION_LOW, history([eur({ sell_in_minor: 14000 })]), quota(20000))).toBeNull();
      expect(judge(SignalKind.QUOTA_COMPLETION_LOW, history([eur({ sell_in_minor: 25000 })]), quota(20000))).toBeNull();
    });

    it('does not fire without a quota, even without sales', () => {
      expect(judge(SignalKind.QUOTA_COMPLETION_LOW, history([empty]))).toBeNull();
      expect(judge(SignalKind.QUOTA_COMPLETION_LOW, history([empty]), context({ quotas: new Map([['partner-2', { amountMinor: 100, currency: 'EUR' }]]) }))).toBeNull();
    });

    it("counts the judged month's sell-in in the quota's currency only", () => {
      expect(judge(SignalKind.QUOTA_COMPLETION_LOW, history([eur({ sell_in_minor: 50000 }), empty]), quota(20000))).toEqual([
        fact('completion', 0), fact('sellIn', 0), fact('quota', 200), text('currency', 'EUR'), fact('minCompletion', 0.7),
      ]);
      expect(judge(SignalKind.QUOTA_COMPLETION_LOW, history([eur({ sell_in_minor: 50000 })]), quota(20000, 'USD'))).toEqual([
        fact('completion', 0), fact('sellIn', 0), fact('quota', 200), text('currency', 'USD'), fact('minCompletion', 0.7),
      ]);
    });
  });

  describe('SALES_DECLINING', () => {
    const sellIns = (...values: number[]) => history([eur({ sell_in_minor: 99999 }), ...values.map((v) => eur({ sell_in_minor: v }))]);

    it('fires when sell-in fell by more than the drop in each of the last N months', () => {
      expect(judge(SignalKind.SALES_DECLINING, sellIns(10000, 9000, 8000, 7000))).toEqual([
        series('sellIn', [100, 90, 80, 70]), text('currency', 'EUR'), fact('periods', 3), fact('minDropPercent', 5),
      ]);
      expect(judge(SignalKind.SALES_DECLINING, sellIns(10000, 9000), context(), { periods: 1 })).toEqual([
        series('sellIn', [100, 90]), text('currency', 'EUR'), fact('periods', 1), fact('minDropPercent', 5),
      ]);
    });

    it('does not fire on a drop of exactly the threshold, a flat month or a rise within the N months', () => {
      expect(judge(SignalKind.SALES_DECLINING, sellIns(10000, 9500, 9000, 8000))).toBeNull();
      expect(judge(SignalKind.SALES_DECLINING, sellIns(10000, 9000, 9000, 8000))).toBeNull();
      expect(judge(SignalKind.SALES_DECLINING, sellIns(10000, 9000, 9500, 8000))).toBeNull();
      expect(judge(SignalKind.SALES_DECLINING, sellIns(10000, 9000, 8000, 7000), context(), { minDropPercent: 15 })).toBeNull();
    });

    it('needs N + 1 months, sales at their start and a currency', () => {
      expect(judge(SignalKind.SALES_DECLINING, history([10000, 9000, 8000].map((v) => eur({ sell_in_minor: v }))))).toBeNull();
      expect(judge(SignalKind.SALES_DECLINING, sellIns(0, 0, 0, 0))).toBeNull();
      expect(judge(SignalKind.SALES_DECLINING, history([empty, empty, empty, empty, empty], { currency: null }))).toBeNull();
    });
  });

  describe('DISTRIBUTION_LOW', () => {
    const stock = (stocked_products: number, stock_units: number): Cell => ({ counts: { counted_products: Math.max(stocked_products, 1), stocked_products, stock_units } });

    it('fires when the share of the active catalog in stock is below the rate', () => {
      expect(judge(SignalKind.DISTRIBUTION_LOW, history([stock(1, 5)]))).toEqual([
        fact('rate', 0.1), fact('stockedProducts', 1), fact('activeProducts', 10), fact('minRate', 0.2),
      ]);
    });

    it('does not fire at the rate or above', () => {
      expect(judge(SignalKind.DISTRIBUTION_LOW, history([stock(2, 5)]))).toBeNull();
      expect(judge(SignalKind.DISTRIBUTION_LOW, history([stock(7, 50)]))).toBeNull();
    });

    it('does not fire without counts in the judged month or without an active catalog', () => {
      expect(judge(SignalKind.DISTRIBUTION_LOW, history([stock(1, 5), empty]))).toBeNull();
      expect(judge(SignalKind.DISTRIBUTION_LOW, history([stock(1, 5)]), context({ activeProducts: 0 }))).toBeNull();
    });
  });

  describe('PAYMENT_PERIOD_LONG', () => {
    const paid = (...days: (number | null)[]) => history(days.map((d) => (d === null ? empty : { counts: { payments: 2, payment_seconds: 2 * d * 86_400 } })));

    it('fires on a period longer than the days (LONG), with the window the judged month ends', () => {
      expect(judge(SignalKind.PAYMENT_PERIOD_LONG, paid(null, null, null, 46))).toEqual([
        fact('days', 46), series('series', [46]), fact('maxDays', 45), text('reason', 'LONG'),
      ]);
      expect(judge(SignalKind.PAYMENT_PERIOD_LONG, paid(50, 40, 60, 46))).toEqual([
        fact('days', 46), series('series', [50, 40, 60, 46]), fact('maxDays', 45), text('reason', 'LONG'),
      ]);
    });

    it('fires on a period lengthening in each of the last N months (LENGTHENING)', () => {
      expect(judge(SignalKind.PAYMENT_PERIOD_LONG, paid(10, 20, 30, 40))).toEqual([
        fact('days', 40), series('series', [10, 20, 30, 40]), fact('maxDays', 45), text('reason', 'LENGTHENING'),
      ]);
    });

    it('does not fire at exactly the days, on a flat month, on a gap or without payments in the judged month', () => {
      expect(judge(SignalKind.PAYMENT_PERIOD_LONG, paid(null, null, null, 45))).toBeNull();
      expect(judge(SignalKind.PAYMENT_PERIOD_LONG, paid(10, 20, 20, 40))).toBeNull();
      expect(judge(SignalKind.PAYMENT_PERIOD_LONG, paid(null, 20, 30, 40))).toBeNull();
      expect(judge(SignalKind.PAYMENT_PERIOD_LONG, paid(50, 60, 70, null))).toBeNull();
      expect(judge(SignalKind.PAYMENT_PERIOD_LONG, paid(20, 30, 40))).toBeNull();
    });
  });

  describe('INVENTORY_HIGH', () => {
    // May has 31 days, June 30: stock / (units sold / days).
    const level = (stock_units: number, sell_out_units: number): Cell => ({ counts: { stock_units, stocked_products: 1, sell_out_units } });

    it('fires when days of inventory stay above the days in each of the last N months', () => {
      expect(judge(SignalKind.INVENTORY_HIGH, history([level(310, 31), level(91, 30)]))).toEqual([
        series('days', [310, 91]), fact('maxDays', 90), fact('periods', 2),
      ]);
    });

    it('counts stock that does not sell as 99999 days', () => {
      expect(judge(SignalKind.INVENTORY_HIGH, history([level(5, 0), level(5, 0)]))).toEqual([
        series('days', [99999, 99999]), fact('maxDays', 90), fact('periods', 2),
      ]);
    });

    it('does not fire at exactly the days in any month of the window, nor without stock', () => {
      expect(judge(SignalKind.INVENTORY_HIGH, history([level(310, 31), level(90, 30)]))).toBeNull();
      expect(judge(SignalKind.INVENTORY_HIGH, history([level(90, 31), level(300, 30)]))).toBeNull();
      expect(judge(SignalKind.INVENTORY_HIGH, history([level(310, 31), empty]))).toBeNull();
      expect(judge(SignalKind.INVENTORY_HIGH, history([empty, level(300, 30)]))).toBeNull();
      expect(judge(SignalKind.INVENTORY_HIGH, history([level(300, 30)]))).toBeNull();
    });

    it('judges the judged month alone with one period', () => {
      expect(judge(SignalKind.INVENTORY_HIGH, history([empty, level(91, 30)]), context(), { periods: 1 })).toEqual([
        series('days', [91]), fact('maxDays', 90), fact('periods', 1),
      ]);
    });
  });

  describe('SATISFACTION_FALLING', () => {
    const rated = (...scores: ([number, number] | null)[]) => history(scores.map((s) => (s === null ? empty : { counts: { ratings: s[0], rating_sum: s[1] } })));

    it('fires on a score below the least', () => {
      expect(judge(SignalKind.SATISFACTION_FALLING, rated(null, [5, 17]))).toEqual([
        fact('score', 3.4), fact('previousScore', null), fact('minScore', 3.5), fact('maxDrop', 0.5),
      ]);
    });

    it('fires on a drop beyond the most allowed from the month before, not on a drop of exactly that much', () => {
      expect(judge(SignalKind.SATISFACTION_FALLING, rated([2, 9], [5, 19]))).toEqual([
        fact('score', 3.8), fact('previousScore', 4.5), fact('minScore', 3.5), fact('maxDrop', 0.5),
      ]);
      expect(judge(SignalKind.SATISFACTION_FALLING, rated([2, 9], [2, 8]))).toBeNull();
    });

    it('does not fire at exactly the least score, on a smaller drop, or without ratings in the judged month', () => {
      expect(judge(SignalKind.SATISFACTION_FALLING, rated(null, [2, 7]))).toBeNull();
      expect(judge(SignalKind.SATISFACTION_FALLING, rated([5, 22], [2, 8]))).toBeNull();
      expect(judge(SignalKind.SATISFACTION_FALLING, rated([2, 10], null))).toBeNull();
      // Only the month just before counts: a high score two months back is no drop.
      expect(judge(SignalKind.SATISFACTION_FALLING, rated([1, 5], null, [1, 4]))).toBeNull();
    });
  });

  describe('CHANNEL_COST_RISING', () => {
    const cost = (...shares: ([number, number] | null)[]) => history(shares.map((s) => (s === null ? empty : eur({ sell_in_minor: s[0], mdf_paid_minor: s[1] }))));

    it('fires on a cost share above the most', () => {
      expect(judge(SignalKind.CHANNEL_COST_RISING, cost(null, null, null, [10000, 1001]))).toEqual([
        fact('costShare', 0.1001), series('series', [0.1001]), text('currency', 'EUR'), fact('maxCostShare', 0.1),
      ]);
    });

    it('fires on a share rising in each of the last N months', () => {
      expect(judge(SignalKind.CHANNEL_COST_RISING, cost([10000, 100], [10000, 200], [10000, 300], [10000, 400]))).toEqual([
        fact('costShare', 0.04), series('series', [0.01, 0.02, 0.03, 0.04]), text('currency', 'EUR'), fact('maxCostShare', 0.1),
      ]);
    });

    it('does not fire at exactly the most, on a flat month, on a gap, or without sell-in in the judged month', () => {
      expect(judge(SignalKind.CHANNEL_COST_RISING, cost(null, null, null, [10000, 1000]))).toBeNull();
      expect(judge(SignalKind.CHANNEL_COST_RISING, cost([10000, 100], [10000, 200], [10000, 200], [10000, 400]))).toBeNull();
      expect(judge(SignalKind.CHANNEL_COST_RISING, cost(null, [10000, 200], [10000, 300], [10000, 400]))).toBeNull();
      expect(judge(SignalKind.CHANNEL_COST_RISING, cost(null, null, null, [0, 5000]))).toBeNull();
      expect(judge(SignalKind.CHANNEL_COST_RISING, history([empty, empty, empty, empty], { currency: null }))).toBeNull();
    });
  });

  describe('PRICE_PRESSURE', () => {
    const margin = (...costs: (number | null)[]) => history(costs.map((c) => (c === null ? empty : eur({ costed_sell_out_minor: 10000, sell_out_cost_minor: c }))));

    it('fires on a gross margin below the least', () => {
      expect(judge(SignalKind.PRICE_PRESSURE, margin(null, null, null, 8501))).toEqual([
        fact('margin', 0.1499), series('series', [0.1499]), text('currency', 'EUR'), fact('minMargin', 0.15),
      ]);
    });

    it('fires on a margin falling in each of the last N months', () => {
      expect(judge(SignalKind.PRICE_PRESSURE, margin(5000, 6000, 7000, 8000))).toEqual([
        fact('margin', 0.2), series('series', [0.5, 0.4, 0.3, 0.2]), text('currency', 'EUR'), fact('minMargin', 0.15),
      ]);
    });

    it('does not fire at exactly the least, on a flat month, on a gap or without costed sales in the judged month', () => {
      expect(judge(SignalKind.PRICE_PRESSURE, margin(null, null, null, 8500))).toBeNull();
      expect(judge(SignalKind.PRICE_PRESSURE, margin(5000, 6000, 6000, 8000))).toBeNull();
      expect(judge(SignalKind.PRICE_PRESSURE, margin(null, 6000, 7000, 8000))).toBeNull();
      expect(judge(SignalKind.PRICE_PRESSURE, margin(9000, 9000, 9000, null))).toBeNull();
    });
  });

  describe('NEW_CHANNEL_RISING', () => {
    const young = { createdAt: new Date('2025-07-01T00:00:00Z') };
    const sold = (may: number, june: number, created: Partial<PartnerMember> = young) => history([eur({ sell_out_minor: may }), eur({ sell_out_minor: june })], { member: created });

    it("fires on a young partner's sell-out growing by at least the percent to at least the least sell-out", () => {
      expect(judge(SignalKind.NEW_CHANNEL_RISING, sold(100000, 150000))).toEqual([
        fact('growthPercent', 50), fact('sellOut', 1500), fact('previousSellOut', 1000), text('currency', 'EUR'), fact('minGrowthPercent', 50),
      ]);
      expect(judge(SignalKind.NEW_CHANNEL_RISING, sold(50000, 100000))).toEqual([
        fact('growthPercent', 100), fact('sellOut', 1000), fact('previousSellOut', 500), text('currency', 'EUR'), fact('minGrowthPercent', 50),
      ]);
    });

    it('does not fire just under the growth or the least sell-out', () => {
      expect(judge(SignalKind.NEW_CHANNEL_RISING, sold(100001, 150000))).toBeNull();
      expect(judge(SignalKind.NEW_CHANNEL_RISING, sold(10000, 99999))).toBeNull();
    });

    it('judges partners created within the last maxAgeMonths months (the judged one included) only', () => {
      // June 2026 is the twelfth month of a partner created in July 2025, the thirteenth of one created on 30 June 2025.
      expect(judge(SignalKind.NEW_CHANNEL_RISING, sold(100000, 150000, { createdAt: new Date('2025-06-30T23:59:59Z') }))).toBeNull();
      expect(judge(SignalKind.NEW_CHANNEL_RISING, sold(100000, 150000, { createdAt: new Date('2026-06-15T00:00:00Z') }))).not.toBeNull();
      expect(judge(SignalKind.NEW_CHANNEL_RISING, sold(100000, 150000), context(), { maxAgeMonths: 11 })).toBeNull();
    });

    it('needs sales in the month before, two months and a currency', () => {
      expect(judge(SignalKind.NEW_CHANNEL_RISING, sold(0, 150000))).toBeNull();
      expect(judge(SignalKind.NEW_CHANNEL_RISING, history([eur({ sell_out_minor: 150000 })], { member: young }))).toBeNull();
      expect(judge(SignalKind.NEW_CHANNEL_RISING, history([empty, empty], { member: young, currency: null }))).toBeNull();
    });
  });

  describe('CHANNEL_CONFLICTS', () => {
    const conflicts = (n: number) => context({ conflicts: new Map([['partner-1', n], ['partner-2', 50]]) });

    it('fires on more conflicts than the most', () => {
      expect(judge(SignalKind.CHANNEL_CONFLICTS, history([empty]), conflicts(3))).toEqual([fact('conflicts', 3), fact('maxConflicts', 2)]);
    });

    it('does not fire at the most, or without conflicts of its own', () => {
      expect(judge(SignalKind.CHANNEL_CONFLICTS, history([empty]), conflicts(2))).toBeNull();
      expect(judge(SignalKind.CHANNEL_CONFLICTS, history([empty]), context({ conflicts: new Map([['partner-2', 50]]) }))).toBeNull();
    });
  });

  describe('MARKET_SHARE_LOW', () => {
    const inTerritories = (territoryIds: string[], money: Record<string, Money>, currency: string | null = 'EUR') =>
      history([{ money }], { member: { territoryIds }, currency });
    const market = (amountMinor: number, currency = 'EUR') => new Map([['T1', { amountMinor, currency }]]);

    it("fires on a share of the territory's monthly market below the least (market size basis)", () => {
      expect(judge(SignalKind.MARKET_SHARE_LOW, inTerritories(['T1'], { EUR: { sell_out_minor: 5000 } }), context({ markets: market(1_200_000) }))).toEqual([
        fact('share', 0.05), text('territoryId', 'T1'), fact('sellOut', 50), fact('monthlyMarket', 1000), text('currency', 'EUR'), text('basis', 'MARKET_SIZE'),
        fact('minShare', 0.1),
      ]);
      // A market in another currency than the partner's sales: none of them count.
      expect(judge(SignalKind.MARKET_SHARE_LOW, inTerritories(['T1'], { EUR: { sell_out_minor: 500000 } }), context({ markets: market(1_000_000, 'PLN') }))).toEqual([
        fact('share', 0), text('territoryId', 'T1'), fact('sellOut', 0), fact('monthlyMarket', 833.33), text('currency', 'PLN'), text('basis', 'MARKET_SIZE'),
        fact('minShare', 0.1),
      ]);
    });

    it('does not fire at exactly the least share of the market', () => {
      expect(judge(SignalKind.MARKET_SHARE_LOW, inTerritories(['T1'], { EUR: { sell_out_minor: 10000 } }), context({ markets: market(1_200_000) }))).toBeNull();
    });

    it("fires on a share of the territory's channel sell-out below the least, where no market size is set (channel sales basis)", () => {
      const channel = context({ territoryPartners: new Map([['T2', 2]]), territorySellOut: new Map([['T2|EUR', 100000], ['T2|PLN', 1]]) });
      expect(judge(SignalKind.MARKET_SHARE_LOW, inTerritories(['T2'], { EUR: { sell_out_minor: 9000 } }), channel)).toEqual([
        fact('share', 0.09), text('territoryId', 'T2'), fact('sellOut', 90), fact('territorySellOut', 1000), text('currency', 'EUR'), text('basis', 'CHANNEL_SALES'),
        fact('minShare', 0.1),
      ]);
      expect(judge(SignalKind.MARKET_SHARE_LOW, inTerritories(['T2'], { EUR: { sell_out_minor: 10000 } }), channel)).toBeNull();
    });

    it('does not judge a territory by channel sales with one partner, no sales there, or a partner without a currency', () => {
      const alone = context({ territoryPartners: new Map([['T2', 1]]), territorySellOut: new Map([['T2|EUR', 100000]]) });
      expect(judge(SignalKind.MARKET_SHARE_LOW, inTerritories(['T2'], { EUR: { sell_out_minor: 0 } }), alone)).toBeNull();
      const quiet = context({ territoryPartners: new Map([['T2', 3]]), territorySellOut: new Map() });
      expect(judge(SignalKind.MARKET_SHARE_LOW, inTerritories(['T2'], {}), quiet)).toBeNull();
      const busy = context({ territoryPartners: new Map([['T2', 3]]), territorySellOut: new Map([['T2|EUR', 100000]]) });
      expect(judge(SignalKind.MARKET_SHARE_LOW, inTerritories(['T2'], {}, null), busy)).toBeNull();
      expect(judge(SignalKind.MARKET_SHARE_LOW, inTerritories([], { EUR: { sell_out_minor: 0 } }), context({ markets: market(1_200_000) }))).toBeNull();
    });

    it('answers the territory with the lowest share', () => {
      const both = context({ markets: market(1_200_000), territoryPartners: new Map([['T2', 2]]), territorySellOut: new Map([['T2|EUR', 100000]]) });
      expect(judge(SignalKind.MARKET_SHARE_LOW, inTerritories(['T2', 'T1'], { EUR: { sell_out_minor: 9000 } }), both)).toEqual([
        fact('share', 0.09), text('territoryId', 'T2'), fact('sellOut', 90), fact('territorySellOut', 1000), text('currency', 'EUR'), text('basis', 'CHANNEL_SALES'),
        fact('minShare', 0.1),
      ]);
      // 50.00 is 0.05 of T1's monthly market and 0.1 of T2's channel sell-out (no signal there).
      const smaller = context({ markets: market(1_200_000), territoryPartners: new Map([['T2', 2]]), territorySellOut: new Map([['T2|EUR', 50000]]) });
      expect(judge(SignalKind.MARKET_SHARE_LOW, inTerritories(['T2', 'T1'], { EUR: { sell_out_minor: 5000 } }), smaller)).toEqual([
        fact('share', 0.05), text('territoryId', 'T1'), fact('sellOut', 50), fact('monthlyMarket', 1000), text('currency', 'EUR'), text('basis', 'MARKET_SIZE'),
        fact('minShare', 0.1),
      ]);
    });
  });
});
