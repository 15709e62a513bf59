import { randomUUID } from 'node:crypto';
import { startTestApp, TestApp, codeOf, Credentials, GraphQLResult } from '../../../test/harness';
import { fixtures } from '../../../test/fixtures';
import { Role } from '../../access/role';

const ok = <T = Record<string, any>>(result: GraphQLResult, name: string): T => {
  expect([name, result.errors]).toEqual([name, undefined]);
  return result.data![name] as T;
};

const FIGURES = `sellIn { amountMinor currency } sellOut { amountMinor } quota { amountMinor } quotaCompletion distributionRate averageDeliveryDays
  daysOfInventory paymentPeriodDays grossMargin firstResponseHours resolutionHours satisfaction leadAcceptanceRate leadAcceptanceHours winRate
  mdfSpent { amountMinor } mdfReturn channelCostShare leadsReceived leadsWon serviceCasesOpened deliveries`;
const METRICS = `query($groupBy: MetricGroupBy!, $periodKind: MetricPeriodKind!, $from: String!, $to: String!, $filter: ChannelMetricsFilter) {
  channelMetrics(groupBy: $groupBy, periodKind: $periodKind, from: $from, to: $to, currency: "EUR", filter: $filter) {
    groupKey period periodStart partnerCount partner { id } tier { id } figures { ${FIGURES} } } }`;

/**
 * Channel performance on a small fixed data set whose every KPI is worked out by hand in the comments.
 * The source rows are written on the owner's connection with fixed times (June 2026 and May 2026), as the
 * modules would have written them; the rollup job's work then makes the figures.
 */
describe('channel metrics', () => {
  let app: TestApp;
  let f: ReturnType<typeof fixtures>;
  let cm: Credentials;
  let ids: Record<string, string>;

  const refresh = () => app.scopes.runSystem('test rollup', (scope) => app.services.kpiRollup.refresh(scope));
  const sql = (text: string, params: unknown[] = []) => app.dataSource.query(text, params);

  let orderNo = 0;
  const order = async (partnerId: string, kind: 'SELL_IN' | 'SELL_OUT', lines: [string, number, number][], at: Record<string, string | null>, status = 'CONFIRMED') => {
    const net = lines.reduce((s, [, q, p]) => s + q * p, 0);
    orderNo += 1;
    const [{ id }] = await sql(
      `INSERT INTO sales_order (number, kind, partner_id, status, currency, net_minor, vat_minor, gross_minor, customer_name, customer_email, idempotency_key, payload_hash,
         submitted_at, delivered_at, invoice_number, invoiced_at, due_at, paid_at, cancelled_at, shipped_at, carrier, tracking_reference)
       VALUES ($1, $2, $3, $4, 'EUR', $5, 0, $5, $6, $7, $8, 'hash', $9, $10, $11, $12, $13, $14, $15, $16, $17, $17) RETURNING id`,
      [`O-TEST-${orderNo}`, kind, partnerId, status, net, kind === 'SELL_OUT' ? 'Customer' : null, kind === 'SELL_OUT' ? 'c@x.example' : null, `test-key-${orderNo}`,
        at.submitted, at.delivered ?? null, at.invoiced ? `INV-${orderNo}` : null, at.invoiced ?? null, at.invoiced ?? null, at.paid ?? null,
        status === 'CANCELLED' ? at.submitted : null, at.delivered ?? null, at.delivered ? 'DHL' : null]);
    for (const [i, [productId, quantity, price]] of lines.entries()) {
      await sql(`INSERT INTO sales_order_line (order_id, partner_id, line_no, product_id, quantity, unit_price_minor, line_net_minor) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [id, partnerId, i + 1, productId, quantity, price, quantity * price]);
    }
    return id as string;
  };
  const lead = async (partnerId: string, events: [string, string, string][], extra: Record<string, unknown> = {}) => {
    const id = randomUUID();
    await sql(`INSERT INTO lead (id, partner_id, status, source, contact_name, email, consent_text, consent_given_at, reference, status_changed_at, converted_value_minor, converted_currency, mdf_request_id)
               VALUES ($1, $2, $3, 'CHANNEL', 'Buyer', 'b@x.example', 'ok', now(), $4, $5, $6, $7, $8)`,
      [id, partnerId, extra.status ?? 'ACCEPTED', `L-T-${id.slice(0, 8)}`, extra.changedAt ?? '2026-06-01T00:00:00Z', extra.value ?? null, extra.value ? 'EUR' : null, extra.mdfRequestId ?? null]);
    for (const [action, to, at] of events) {
      await sql(`INSERT INTO lead_event (lead_id, partner_id, action, to_status, at) VALUES ($1, $2, $3, $4, $5)`, [id, partnerId, action, to, at]);
    }
    return id;
  };

  beforeAll(async () => {
    app = await startTestApp();
    f = fixtures(app);
    cm = await app.signIn((await f.givenUser(Role.CHANNEL_MANAGER)).email);
    const tier = await f.givenTier();
    const territory = await f.givenTerritory();
    const a = await f.givenPartner({ tierId: tier.id, territoryIds: [territory.id] });
    const b = await f.givenPartner({ tierId: tier.id, territoryIds: [territory.id] });
    const c = await f.givenPartner({ tierId: tier.id });
    const p1 = await f.givenProduct();
    const p2 = await f.givenProduct();
    ids = { tier: tier.id, territory: territory.id, a: a.id, b: b.id, c: c.id, p1: p1.id, p2: p2.id };
    await sql(`UPDATE product SET active = false WHERE id NOT IN ($1, $2)`, [p1.id, p2.id]);

    // A, June: sell-in 10 x 10.00 (paid after 10 days) and 5 x 12.00 (paid after 14 days) = 160.00; a cancelled 999.99 does not count.
    await order(a.id, 'SELL_IN', [[p1.id, 10, 1000]], { submitted: '2026-06-10T00:00:00Z', invoiced: '2026-06-11T00:00:00Z', paid: '2026-06-21T00:00:00Z' });
    await order(a.id, 'SELL_IN', [[p1.id, 5, 1200]], { submitted: '2026-06-15T00:00:00Z', invoiced: '2026-06-16T00:00:00Z', paid: '2026-06-30T00:00:00Z' });
    await order(a.id, 'SELL_IN', [[p1.id, 1, 99999]], { submitted: '2026-06-20T00:00:00Z' }, 'CANCELLED');
    // A, June: sell-out 4 x 20.00 of P1 (cost: the latest sell-in before it, 12.00) and 1 x 5.00 of P2 (no sell-in: no cost), delivered after 3 days.
    // Gross margin (80.00 - 48.00) / 80.00 = 0.4; 5 units sold out.
    await order(a.id, 'SELL_OUT', [[p1.id, 4, 2000], [p2.id, 1, 500]], { submitted: '2026-06-20T10:00:00Z', delivered: '2026-06-23T10:00:00Z' }, 'DELIVERED');
    // B: sell-in 40.00 in June and 80.00 in May.
    await order(b.id, 'SELL_IN', [[p1.id, 4, 1000]], { submitted: '2026-06-05T00:00:00Z' });
    await order(b.id, 'SELL_IN', [[p1.id, 8, 1000]], { submitted: '2026-05-05T00:00:00Z' });
    // A's quota for June: 200.00 -> completion 160 / 200 = 0.8.
    await sql(`INSERT INTO partner_quota (partner_id, period_kind, period_start, amount_minor, currency) VALUES ($1, 'MONTH', '2026-06-01', 20000, 'EUR')`, [a.id]);
    // A's stock: at the end of June P1 30 (counted 10 June), P2 0 -> 1 of 2 active products (0.5), 30 units; 5 sold in 30 days -> 180 days of inventory.
    await sql(`INSERT INTO inventory_snapshot (partner_id, product_id, counted_on, on_hand) VALUES ($1, $2, '2026-05-20', 10), ($1, $3, '2026-05-20', 0), ($1, $2, '2026-06-10', 30)`, [a.id, p1.id, p2.id]);
    // A's service: a case answered in 2 h, resolved in 24 h and rated 4; another answered in 4 h -> 3 h first response, 24 h resolution, satisfaction 4.
    await sql(`INSERT INTO service_case (partner_id, customer_name, customer_email, description, severity, status, opened_at, first_response_at, resolved_at, closed_at, satisfaction)
               VALUES ($1, 'C', 'c@x.example', 'Broken drill', 'LOW', 'CLOSED', '2026-06-01T00:00:00Z', '2026-06-01T02:00:00Z', '2026-06-02T00:00:00Z', '2026-06-03T00:00:00Z', 4),
                      ($1, 'D', 'd@x.example', 'Noisy saw', 'LOW', 'IN_PROGRESS', '2026-06-05T00:00:00Z', '2026-06-05T04:00:00Z', NULL, NULL, NULL)`, [a.id]);
    // A's MDF: 50.00 paid in June for a request to which a lead converted at 300.00 is credited -> return 6.
    const [fund] = await sql(`INSERT INTO mdf_fund (name, currency, period_start, period_end, claim_deadline, total_budget_minor, allocated_minor, activity_types)
                              VALUES ('Fund', 'EUR', '2026-01-01', '2026-12-31', '2027-01-31', 100000, 10000, '{EVENT}') RETURNING id`);
    const [alloc] = await sql(`INSERT INTO mdf_allocation (fund_id, partner_id, amount_minor, approved_minor, claimed_minor, paid_minor) VALUES ($1, $2, 10000, 10000, 5000, 5000) RETURNING id`, [fund.id, a.id]);
    const [request] = await sql(`INSERT INTO mdf_request (fund_id, allocation_id, partner_id, activity_type, title, starts_on, ends_on, planned_cost_minor, requested_minor, status, approved_minor, claimed_minor)
                                 VALUES ($1, $2, $3, 'EVENT', 'Open day', '2026-06-01', '2026-06-02', 10000, 10000, 'APPROVED', 10000, 5000) RETURNING id`, [fund.id, alloc.id, a.id]);
    await sql(`INSERT INTO mdf_claim (request_id, partner_id, amount_minor, approved_minor, status, idempotency_key, submitted_at, paid_at, payment_method, payment_reference, payment_key)
               VALUES ($1, $2, 5000, 5000, 'PAID', 'claim-test-1', '2026-06-20T00:00:00Z', '2026-06-25T00:00:00Z', 'TRANSFER', 'T-1', 'pay-test-1')`, [request.id, a.id]);
    // A's leads in June: four arrive (three dispatched, one filed in its showroom); two accepted after 6 h and 12 h, one declined, one expired
    // -> acceptance 2 / 4 = 0.5 in 9 h on average; one won (the MDF lead), one lost -> win rate 0.5.
    await lead(a.id, [['DISPATCHED', 'NEW', '2026-06-02T00:00:00Z'], ['ACCEPTED', 'ACCEPTED', '2026-06-02T06:00:00Z'], ['CONVERTED', 'CONVERTED', '2026-06-10T00:00:00Z']],
      { status: 'CONVERTED', changedAt: '2026-06-10T00:00:00Z', value: 30000, mdfRequestId: request.id });
    await lead(a.id, [['DISPATCHED', 'NEW', '2026-06-03T00:00:00Z'], ['DECLINED', 'UNASSIGNED', '2026-06-03T01:00:00Z']]);
    await lead(a.id, [['DISPATCHED', 'NEW', '2026-06-04T00:00:00Z'], ['EXPIRED', 'UNASSIGNED', '2026-06-05T00:00:00Z']]);
    await lead(a.id, [['FILED', 'NEW', '2026-06-06T00:00:00Z'], ['ACCEPTED', 'ACCEPTED', '2026-06-06T12:00:00Z'], ['LOST', 'LOST', '2026-06-20T00:00:00Z']]);
    await refresh();
  });
  afterAll(() => app.close());

  const metrics = async (vars: Record<string, unknown>, as: Credentials = cm) =>
    ok<any[]>(await app.gql(METRICS, { groupBy: 'PARTNER', periodKind: 'MONTH', from: '2026-06', to: '2026-06', ...vars }, as), 'channelMetrics');

  it("computes every KPI of a partner's month exactly", async () => {
    const rows = await metrics({ filter: { partnerIds: [ids.a] } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ groupKey: ids.a, period: '2026-06', periodStart: '2026-06-01', partnerCount: 1, partner: { id: ids.a } });
    expect(rows[0].figures).toEqual({
      sellIn: { amountMinor: 16000, currency: 'EUR' }, sellOut: { amountMinor: 8500 }, quota: { amountMinor: 20000 }, quotaCompletion: 0.8,
      distributionRate: 0.5, averageDeliveryDays: 3, daysOfInventory: 180, paymentPeriodDays: 12, grossMargin: 0.4,
      firstResponseHours: 3, resolutionHours: 24, satisfaction: 4, leadAcceptanceRate: 0.5, leadAcceptanceHours: 9, winRate: 0.5,
      mdfSpent: { amountMinor: 5000 }, mdfReturn: 6, channelCostShare: 5000 / 16000, leadsReceived: 4, leadsWon: 1, serviceCasesOpened: 2, deliveries: 1,
    });
  });

  it('rolls partners up by tier, territory and the channel, and months up to quarters', async () => {
    const tier = await metrics({ groupBy: 'TIER' });
    expect(tier.map((r) => [r.groupKey, r.tier?.id, r.partnerCount, r.figures.sellIn.amountMinor, r.figures.quotaCompletion])).toEqual([[ids.tier, ids.tier, 3, 20000, 0.8]]);
    const territory = await metrics({ groupBy: 'TERRITORY' });
    expect(territory.map((r) => [r.groupKey, r.partnerCount, r.figures.sellIn.amountMinor]).sort()).toEqual([['', 1, 0], [ids.territory, 2, 20000]].sort());
    const quarter = await metrics({ groupBy: 'PARTNER', periodKind: 'QUARTER', from: '2026-Q2', to: '2026-Q2', filter: { partnerIds: [ids.a, ids.b] } });
    expect(quarter.map((r) => [r.groupKey, r.period, r.figures.sellIn.amountMinor]).sort()).toEqual([[ids.a, '2026-Q2', 16000], [ids.b, '2026-Q2', 12000]].sort());
    const trend = await metrics({ groupBy: 'CHANNEL', from: '2026-04', to: '2026-07' });
    expect(trend.map((r) => [r.period, r.figures.sellIn.amountMinor])).toEqual([['2026-04', 0], ['2026-05', 8000], ['2026-06', 20000], ['2026-07', 0]]);
  });

  it('ranks partners by a KPI beside the period before', async () => {
    const rows = ok<any[]>(await app.gql(`{ channelComparison(period: "2026-06", metric: SELL_IN, filter: { tierIds: ["${ids.tier}"] }) {
      rank groupKey value previousValue change changeRatio } }`, {}, cm), 'channelComparison');
    expect(rows).toEqual([
      { rank: 1, groupKey: ids.a, value: 16000, previousValue: 0, change: 16000, changeRatio: null },
      { rank: 2, groupKey: ids.b, value: 4000, previousValue: 8000, change: -4000, changeRatio: -0.5 },
      { rank: 3, groupKey: ids.c, value: 0, previousValue: 0, change: 0, changeRatio: null },
    ]);
  });

  it("shows a partner's manager its own figures and its tier's average partner, never another partner's", async () => {
    const manager = await app.signIn((await f.givenUser(Role.PARTNER_MANAGER, ids.b)).email);
    const own = await metrics({ groupBy: 'PARTNER' }, manager);
    expect(own.map((r) => [r.groupKey, r.figures.sellIn.amountMinor])).toEqual([[ids.b, 4000]]);
    const channel = await metrics({ groupBy: 'CHANNEL' }, manager);
    expect(channel.map((r) => r.figures.sellIn.amountMinor)).toEqual([4000]);
    const named = await metrics({ filter: { partnerIds: [ids.a] } }, manager);
    expect(named).toEqual([]);
    const benchmark = ok<any>(await app.gql(`{ tierBenchmark(from: "2026-06", to: "2026-06") { tierId periods { period partnerCount figures { sellIn { amountMinor } quotaCompletion winRate } } } }`, {}, manager), 'tierBenchmark');
    // Three partners: 200.00 of sell-in is 66.67 per partner; rates are the tier's (A's quota, A's leads).
    expect(benchmark).toEqual({ tierId: ids.tier, periods: [{ period: '2026-06', partnerCount: 3, figures: { sellIn: { amountMinor: 6667 }, quotaCompletion: 0.8, winRate: 0.5 } }] });
    const otherTier = await app.gql(`query($t: ID) { tierBenchmark(tierId: $t, from: "2026-06", to: "2026-06") { tierId } }`, { t: (await f.givenTier()).id }, manager);
    expect(codeOf(otherTier)).toBe('NOT_FOUND');
    const employee = await app.signIn((await f.givenUser(Role.PARTNER_EMPLOYEE, ids.b)).email);
    expect(codeOf(await app.gql(METRICS, { groupBy: 'CHANNEL', periodKind: 'MONTH', from: '2026-06', to: '2026-06' }, employee))).toBe('FORBIDDEN');
  });

  it('keeps the rollups equal to the source tables after changes, recomputing only marked cells', async () => {
    const before = await metrics({ filter: { partnerIds: [ids.b] } });
    expect(before[0].figures.sellIn.amountMinor).toBe(4000);
    // Cancelling B's June order and moving a case's resolution change the figures once the marks are taken.
    await sql(`UPDATE sales_order SET status = 'CANCELLED', cancelled_at = now() WHERE partner_id = $1 AND submitted_at = '2026-06-05T00:00:00Z'`, [ids.b]);
    expect(await app.scopes.runSystem('t', (s) => app.services.kpiRollup.pending(s))).toBeGreaterThan(0);
    const cells = await refresh();
    expect(cells.filter((c) => c.month <= '2026-06-01').map((c) => `${c.partnerId === ids.b ? 'b' : '?'} ${c.month}`)).toEqual(['b 2026-06-01']);
    const after = await metrics({ filter: { partnerIds: [ids.b] } });
    expect(after[0].figures.sellIn.amountMinor).toBe(0);
    // The rollup tables hold exactly what a computation from the source tables gives.
    const all = await app.scopes.runSystem('t', async (scope) => {
      const months = ['2026-04-01', '2026-05-01', '2026-06-01', '2026-07-01'];
      const cellsAll = [ids.a, ids.b, ids.c].flatMap((partnerId) => months.map((month) => ({ partnerId, month })));
      return app.services.kpiRollup.compute(scope, cellsAll);
    });
    const stored = await sql(`SELECT partner_id AS "partnerId", to_char(month, 'YYYY-MM-DD') AS month, sell_in_minor::int AS s FROM kpi_partner_money WHERE month <= '2026-07-01' ORDER BY 1, 2`);
    expect(stored).toEqual(all.money.map((m) => ({ partnerId: m.partnerId, month: m.month, s: m.sell_in_minor })).sort((x, y) => (x.partnerId + x.month).localeCompare(y.partnerId + y.month)));
  });

  it('refuses bad periods, naming the field', async () => {
    const bad = await app.gql(METRICS, { groupBy: 'CHANNEL', periodKind: 'MONTH', from: '2026-13', to: '2026-06' }, cm);
    expect([codeOf(bad), bad.errors![0].extensions?.field ?? bad.errors![0].message]).toEqual(['BAD_USER_INPUT', expect.stringMatching(/from/)]);
    const backwards = await app.gql(METRICS, { groupBy: 'CHANNEL', periodKind: 'MONTH', from: '2026-06', to: '2026-01' }, cm);
    expect([codeOf(backwards), backwards.errors![0].message]).toEqual(['BAD_USER_INPUT', 'to: must not be before from']);
    const quarterAsMonth = await app.gql(METRICS, { groupBy: 'CHANNEL', periodKind: 'MONTH', from: '2026-Q1', to: '2026-06' }, cm);
    expect([codeOf(quarterAsMonth), quarterAsMonth.errors![0].message]).toEqual(['BAD_USER_INPUT', 'from: must be a month as YYYY-MM, from 2000 to 2100']);
  });
});
