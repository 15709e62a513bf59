import { startTestApp, TestApp, Credentials } from '../../../test/harness';
import { fixtures } from '../../../test/fixtures';
import { Role } from '../../access/role';

/*
 * The statements channel performance's reads send, counted by the API itself (x-sql-statements): the
 * same for 3 partners as for 12, whatever the partners' tiers and figures.
 */
const METRICS = `query($tierIds: [ID!]) { channelMetrics(groupBy: PARTNER, periodKind: MONTH, from: "2026-05", to: "2026-06", filter: { tierIds: $tierIds }) {
  groupKey period partner { name tier { name } }
  figures { sellIn { amountMinor } sellOut { amountMinor } quota { amountMinor } quotaCompletion distributionRate averageDeliveryDays daysOfInventory
    paymentPeriodDays grossMargin firstResponseHours resolutionHours satisfaction leadAcceptanceRate leadAcceptanceHours winRate mdfSpent { amountMinor }
    mdfReturn channelCostShare leadsReceived leadsWon serviceCasesOpened deliveries } } }`;
const SIGNALS = `query($kinds: [SignalKind!]) { channelSignals(kinds: $kinds, first: 50) { edges { node { id kind partner { name } } } } }`;

describe('statements of channel metrics and signals', () => {
  let app: TestApp;
  let f: ReturnType<typeof fixtures>;
  let cm: Credentials;
  const groups: Record<'few' | 'many', { tierIds: string[]; partnerIds: string[] }> = { few: { tierIds: [], partnerIds: [] }, many: { tierIds: [], partnerIds: [] } };

  const sql = (q: string, params: unknown[] = []) => app.dataSource.query(q, params);

  beforeAll(async () => {
    app = await startTestApp();
    f = fixtures(app);
    cm = await app.signIn((await f.givenUser(Role.CHANNEL_MANAGER)).email);
    let n = 0;
    for (const [group, size] of [['few', 3], ['many', 12]] as const) {
      // Each partner in one of three tiers of its group, with sell-in, a quota and a stock count in June.
      const tiers = [await f.givenTier(), await f.givenTier(), await f.givenTier()];
      groups[group].tierIds = tiers.map((t) => t.id);
      const product = await f.givenProduct();
      for (let i = 0; i < size; i++) {
        const partner = await f.givenPartner({ tierId: tiers[i % 3].id });
        groups[group].partnerIds.push(partner.id);
        n += 1;
        await sql(`INSERT INTO sales_order (number, kind, partner_id, status, currency, net_minor, vat_minor, gross_minor, idempotency_key, payload_hash, submitted_at)
                   VALUES ($1, 'SELL_IN', $2, 'CONFIRMED', 'EUR', 1000, 0, 1000, $3, 'hash', '2026-06-10T00:00:00Z')`, [`O-ST-${n}`, partner.id, `statements-key-${n}`]);
        await sql(`INSERT INTO partner_quota (partner_id, period_kind, period_start, amount_minor, currency) VALUES ($1, 'MONTH', '2026-06-01', 2000, 'EUR')`, [partner.id]);
        await sql(`INSERT INTO inventory_snapshot (partner_id, product_id, counted_on, on_hand) VALUES ($1, $2, '2026-05-20', 3)`, [partner.id, product.id]);
        await sql(`INSERT INTO channel_signal (kind, partner_id, period, facts) VALUES ($1, $2, '2026-06-01', '[]')`,
          [group === 'few' ? 'CHANNEL_CONFLICTS' : 'MARKET_SHARE_LOW', partner.id]);
      }
    }
    await app.scopes.runSystem('test rollup', (scope) => app.services.kpiRollup.refresh(scope));
  });
  afterAll(() => app.close());

  it('answers channelMetrics by partner, with partners and tiers, in the same statements for 3 partners as for 12', async () => {
    const few = await app.gql(METRICS, { tierIds: groups.few.tierIds }, cm);
    const many = await app.gql(METRICS, { tierIds: groups.many.tierIds }, cm);
    expect([few.errors, many.errors]).toEqual([undefined, undefined]);
    expect([few.data!.channelMetrics.length, many.data!.channelMetrics.length]).toEqual([6, 24]);
    const june = many.data!.channelMetrics.filter((r: { period: string }) => r.period === '2026-06');
    expect(june.map((r: { groupKey: string }) => r.groupKey).sort()).toEqual([...groups.many.partnerIds].sort());
    expect(june.every((r: { partner: { tier: { name: string } }; figures: { sellIn: { amountMinor: number }; quotaCompletion: number } }) =>
      r.partner.tier.name.startsWith('Tier ') && r.figures.sellIn.amountMinor === 1000 && r.figures.quotaCompletion === 0.5)).toBe(true);
    // members, then the rollups' counts, money and quotas, the catalog's size, and one each: partners, tiers
    expect([few.statements, many.statements]).toEqual([7, 7]);
  });

  it('answers channelSignals with their partners in the same statements for 3 signals as for 12', async () => {
    const few = await app.gql(SIGNALS, { kinds: ['CHANNEL_CONFLICTS'] }, cm);
    const many = await app.gql(SIGNALS, { kinds: ['MARKET_SHARE_LOW'] }, cm);
    expect([few.errors, many.errors]).toEqual([undefined, undefined]);
    expect([few.data!.channelSignals.edges.length, many.data!.channelSignals.edges.length]).toEqual([3, 12]);
    expect(many.data!.channelSignals.edges.every((e: { node: { partner: { name: string } } }) => e.node.partner.name.startsWith('Partner '))).toBe(true);
    // the page, then the partners
    expect([few.statements, many.statements]).toEqual([2, 2]);
  });
});
