import { startTestApp, TestApp, Credentials } from '../../../test/harness';
import { fixtures } from '../../../test/fixtures';
import { Role } from '../../access/role';

/*
 * A partner that counted its stock and has none of the catalog in stock: its distribution rate is 0 (the
 * worst there is), not "nothing to count", and DISTRIBUTION_LOW fires for it.
 */
describe('stock counted at zero', () => {
  let app: TestApp;
  let cm: Credentials;
  let partnerId: string;
  const sql = (q: string, params: unknown[] = []) => app.dataSource.query(q, params);

  beforeAll(async () => {
    app = await startTestApp();
    const f = fixtures(app);
    cm = await app.signIn((await f.givenUser(Role.CHANNEL_MANAGER)).email);
    partnerId = (await f.givenPartner()).id;
    const products = [(await f.givenProduct()).id, (await f.givenProduct()).id];
    await sql(`UPDATE product SET active = false WHERE NOT (id = ANY($1::uuid[]))`, [products]);
    // Counted on 10 June: both products at 0.
    await sql(`INSERT INTO inventory_snapshot (partner_id, product_id, counted_on, on_hand) VALUES ($1, $2, '2026-06-10', 0), ($1, $3, '2026-06-10', 0)`, [partnerId, ...products]);
    await app.scopes.runSystem('test rollup', (scope) => app.services.kpiRollup.refresh(scope));
  });
  afterAll(() => app.close());

  it('answers a distribution rate of 0 for the month', async () => {
    const result = await app.gql(`query($id: ID!) { channelMetrics(groupBy: PARTNER, from: "2026-06", to: "2026-06", filter: { partnerIds: [$id] }) { figures { distributionRate } } }`,
      { id: partnerId }, cm);
    expect([result.errors, result.data]).toEqual([undefined, { channelMetrics: [{ figures: { distributionRate: 0 } }] }]);
  });

  it('raises DISTRIBUTION_LOW for it', async () => {
    await app.scopes.runSystem('test signals', (scope) => app.services.signals.evaluate(scope, '2026-06-01'));
    expect(await sql(`SELECT kind, facts FROM channel_signal WHERE partner_id = $1`, [partnerId])).toEqual([{ kind: 'DISTRIBUTION_LOW', facts: [
      { name: 'rate', value: 0, text: null, series: null }, { name: 'stockedProducts', value: 0, text: null, series: null },
      { name: 'activeProducts', value: 2, text: null, series: null }, { name: 'minRate', value: 0.2, text: null, series: null },
    ] }]);
  });
});
