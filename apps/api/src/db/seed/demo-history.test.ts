import { startTestApp, TestApp } from '../../../test/harness';
import { seedDemoData } from './demo';
import { addMonths, monthOf } from '../../domain/kpi';

/** The demo's two years of trade: loaded once, rolled up, and enough for the signal rules to find something. */
describe('demo history', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
    await seedDemoData(app.services, app.scopes);
  }, 120_000);
  afterAll(() => app.close());

  it('gives every active partner two years of sell-in, and the dashboard and signals something to show', async () => {
    const months = await app.dataSource.query(
      `SELECT count(DISTINCT date_trunc('month', o.submitted_at))::int AS months, count(DISTINCT o.partner_id)::int AS partners
         FROM sales_order o WHERE o.kind = 'SELL_IN' AND o.idempotency_key LIKE 'demo-history-%'`);
    const [{ active }] = await app.dataSource.query(`SELECT count(*)::int AS active FROM partner WHERE status = 'ACTIVE'`);
    expect(months).toEqual([{ months: 24, partners: active }]);
    // Loaded once: a second start adds nothing.
    const [{ before }] = await app.dataSource.query(`SELECT count(*)::int AS before FROM sales_order`);
    await seedDemoData(app.services, app.scopes);
    expect(await app.dataSource.query(`SELECT count(*)::int AS n FROM sales_order`)).toEqual([{ n: before }]);

    const built = await app.scopes.runSystem('test', (scope) => app.services.kpiRollup.buildOnce(scope));
    expect(built).toBeGreaterThan(active * 24);
    expect(await app.scopes.runSystem('test', (scope) => app.services.kpiRollup.buildOnce(scope))).toBeNull();
    const lastMonth = addMonths(monthOf(new Date()), -1);
    const [{ cells }] = await app.dataSource.query(`SELECT count(DISTINCT partner_id)::int AS cells FROM kpi_partner_money WHERE month = $1 AND sell_in_minor > 0`, [lastMonth]);
    expect(cells).toBe(active);
    const judged = await app.scopes.runSystem('test', (scope) => app.services.signals.evaluate(scope, lastMonth));
    const kinds = await app.dataSource.query(`SELECT DISTINCT kind FROM channel_signal ORDER BY kind`);
    expect(judged.raised).toBeGreaterThan(0);
    // The declining partners pay later and later and keep full shelves; quotas are missed.
    expect(kinds.map((k: { kind: string }) => k.kind)).toEqual(expect.arrayContaining(['INVENTORY_HIGH', 'PAYMENT_PERIOD_LONG', 'QUOTA_COMPLETION_LOW']));
  }, 120_000);

  it('publishes the demo policies and announcements, with acknowledgments on both sides of the tracker', async () => {
    const policies = await app.dataSource.query(
      `SELECT sp.title, string_agg(v.status || ':' || v.version, ',' ORDER BY v.version) AS versions FROM sales_policy sp JOIN sales_policy_version v ON v.policy_id = sp.id
        GROUP BY sp.title ORDER BY sp.title`);
    expect(policies).toEqual([
      { title: 'Channel conflict rules', versions: 'DRAFT:1' }, { title: 'Partner agreement', versions: 'PUBLISHED:1' },
      { title: 'Payment terms for distributors', versions: 'PUBLISHED:1' }, { title: 'Price list and discounts', versions: 'PUBLISHED:1' },
      { title: 'Rules of engagement', versions: 'PUBLISHED:1,PUBLISHED:2' },
    ]);
    const acks = await app.dataSource.query(`SELECT u.email, count(*)::int AS n FROM policy_acknowledgment a JOIN app_user u ON u.id = a.user_id GROUP BY u.email ORDER BY u.email`);
    expect(acks).toEqual([{ email: 'manager@baltic.demo', n: 3 }, { email: 'manager@rhein.demo', n: 1 }]);
    expect(await app.dataSource.query(`SELECT kind, status FROM announcement ORDER BY kind, status`))
      .toEqual([{ kind: 'CAMPAIGN', status: 'PUBLISHED' }, { kind: 'NEWS', status: 'DRAFT' }, { kind: 'NEWS', status: 'PUBLISHED' }]);
    expect(await app.dataSource.query(`SELECT t.code, count(*)::int AS n FROM tier_criterion c JOIN tier t ON t.id = c.tier_id GROUP BY t.code ORDER BY t.code`))
      .toEqual([{ code: 'GOLD', n: 3 }, { code: 'PLATINUM', n: 3 }, { code: 'SILVER', n: 2 }]);
    // The first evaluation finds tiers to change: the demo's figures no longer support every partner's tier.
    const evaluation = await app.scopes.runSystem('test', (scope) => app.services.tierRules.evaluate(scope));
    expect(evaluation.proposed).toBeGreaterThan(0);
    // Incentives computed from the demo's orders: statements for the quarters that ended, accruals for this one.
    const [stated] = await app.dataSource.query(`SELECT count(*)::int AS n, count(DISTINCT partner_id)::int AS partners, sum(earned_minor)::float8 AS earned FROM incentive_statement`);
    expect(stated.n).toBeGreaterThan(stated.partners);
    expect(stated.earned).toBeGreaterThan(0);
    expect(await app.dataSource.query(`SELECT count(*)::int AS n FROM incentive_program WHERE status = 'ACTIVE'`)).toEqual([{ n: 2 }]);
  });
});
