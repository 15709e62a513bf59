import { startTestApp, TestApp, Credentials } from '../../../test/harness';
import { fixtures } from '../../../test/fixtures';
import { Role } from '../../access/role';

/*
 * refreshChannelMetrics: asked by brand staff who write, it queues the rollup job at once and answers how
 * many cells (partner and month) wait to be brought up to date.
 */
describe('refreshChannelMetrics', () => {
  let app: TestApp;
  let cm: Credentials;
  const sql = (q: string, params: unknown[] = []) => app.dataSource.query(q, params);

  beforeAll(async () => {
    app = await startTestApp();
    const f = fixtures(app);
    cm = await app.signIn((await f.givenUser(Role.CHANNEL_MANAGER)).email);
    const partner = await f.givenPartner();
    await app.scopes.runSystem('test rollup', (scope) => app.services.kpiRollup.refresh(scope));
    // Two statements on the same order: the order marked twice; its submission (November 2026) and delivery (December) months wait.
    const [{ id }] = await sql(`INSERT INTO sales_order (number, kind, partner_id, status, currency, net_minor, vat_minor, gross_minor, customer_name, customer_email,
        idempotency_key, payload_hash, submitted_at) VALUES ('O-REFRESH-1', 'SELL_OUT', $1, 'CONFIRMED', 'EUR', 100, 0, 100, 'C', 'c@x.example', 'refresh-key-1', 'hash',
        '2026-11-10T00:00:00Z') RETURNING id`, [partner.id]);
    await sql(`UPDATE sales_order SET status = 'DELIVERED', delivered_at = '2026-12-01T00:00:00Z' WHERE id = $1`, [id]);
  });
  afterAll(() => app.close());

  it('queues the rollup job and answers the cells that wait', async () => {
    const [marks] = await sql(`SELECT count(*)::int AS marks, count(DISTINCT order_id)::int AS orders, count(cost_from)::int AS costs FROM kpi_order_dirty`);
    expect(marks).toEqual({ marks: 2, orders: 1, costs: 0 });
    expect(await sql(`SELECT count(*)::int AS n FROM kpi_dirty`)).toEqual([{ n: 0 }]);
    const result = await app.gql(`mutation { refreshChannelMetrics { pendingCells } }`, {}, cm);
    expect([result.errors, result.data]).toEqual([undefined, { refreshChannelMetrics: { pendingCells: 2 } }]);
    expect(await sql(`SELECT key FROM graphile_worker.jobs WHERE task_identifier = 'kpi_rollup'`)).toEqual([{ key: 'kpi-rollup-now' }]);
  });
});
