import { startTestApp, TestApp } from '../../../test/harness';
import { fixtures } from '../../../test/fixtures';
import { Role } from '../../access/role';
import { Scope } from '../../access/scope';
import { Viewer } from '../../access/viewer';

/*
 * Orders' KPI facts (kpi_order_fact, kpi_sell_in_price): each order's own part of its months' figures,
 * recomputed for the orders a change marks and added to the rollups. Hand-computed values for a sell-out's
 * cost as sell-ins come and go before it, and row-level security of the new tables: a partner manager reads
 * its own partner's facts only, nobody but Trellis writes them, and no request reads the marks.
 */
describe('order facts', () => {
  let app: TestApp;
  const ids: Record<string, string> = {};
  const sql = (q: string, params: unknown[] = []) => app.dataSource.query(q, params);
  const refresh = () => app.scopes.runSystem('test rollup', (scope) => app.services.kpiRollup.refresh(scope));
  let n = 0;
  /** An order of one line: `quantity` of product p at `unit` (minor units), submitted at `at`. */
  const order = async (partnerId: string, kind: 'SELL_IN' | 'SELL_OUT', at: string, quantity: number, unit: number) => {
    n += 1;
    const [{ id }] = await sql(`INSERT INTO sales_order (number, kind, partner_id, status, currency, net_minor, vat_minor, gross_minor, customer_name, customer_email,
        idempotency_key, payload_hash, submitted_at) VALUES ($1, $2, $3, 'SUBMITTED', 'EUR', $4, 0, $4, $5, $6, $7, 'hash', $8) RETURNING id`,
    [`O-FACT-${n}`, kind, partnerId, quantity * unit, kind === 'SELL_OUT' ? 'C' : null, kind === 'SELL_OUT' ? 'c@x.example' : null, `fact-key-${n}`, at]);
    await sql(`INSERT INTO sales_order_line (order_id, partner_id, line_no, product_id, quantity, unit_price_minor, line_net_minor) VALUES ($1, $2, 1, $3, $4, $5, $6)`,
      [id, partnerId, ids.product, quantity, unit, quantity * unit]);
    return id as string;
  };
  const november = (partnerId: string) => sql(
    `SELECT m.sell_in_minor::int AS "sellIn", m.sell_out_minor::int AS "sellOut", m.costed_sell_out_minor::int AS costed, m.sell_out_cost_minor::int AS cost, k.sell_out_units::int AS units
       FROM kpi_partner_money m JOIN kpi_partner_month k USING (partner_id, month) WHERE m.partner_id = $1 AND m.month = '2026-11-01' AND m.currency = 'EUR'`, [partnerId]);

  beforeAll(async () => {
    app = await startTestApp();
    const f = fixtures(app);
    const [a, b] = [await f.givenPartner(), await f.givenPartner()];
    Object.assign(ids, { a: a.id, b: b.id, product: (await f.givenProduct()).id });
    await refresh();
  });
  afterAll(() => app.close());

  it("costs a sell-out at the latest sell-in before it, as sell-ins come, go and are cancelled before it", async () => {
    await order(ids.a, 'SELL_IN', '2026-11-02T10:00:00Z', 2, 1000);
    await order(ids.a, 'SELL_OUT', '2026-11-10T10:00:00Z', 3, 1500);
    await refresh();
    expect(await november(ids.a)).toEqual([{ sellIn: 2000, sellOut: 4500, costed: 4500, cost: 3000, units: 3 }]);

    // A sell-in placed later but submitted before the sell-out: its price is now the cost (3 x 1,200).
    const backdated = await order(ids.a, 'SELL_IN', '2026-11-05T10:00:00Z', 1, 1200);
    await refresh();
    expect(await november(ids.a)).toEqual([{ sellIn: 3200, sellOut: 4500, costed: 4500, cost: 3600, units: 3 }]);

    // One submitted after the sell-out changes nothing of its cost.
    await order(ids.a, 'SELL_IN', '2026-11-20T10:00:00Z', 1, 9000);
    await refresh();
    expect(await november(ids.a)).toEqual([{ sellIn: 12200, sellOut: 4500, costed: 4500, cost: 3600, units: 3 }]);

    // Cancelled, the backdated sell-in leaves the revenue and the cost: back to the first one's price.
    await sql(`UPDATE sales_order SET status = 'CANCELLED', cancelled_at = now() WHERE id = $1`, [backdated]);
    await refresh();
    expect(await november(ids.a)).toEqual([{ sellIn: 11000, sellOut: 4500, costed: 4500, cost: 3000, units: 3 }]);

    // Removed, the first one leaves the sell-out without a cost: nothing of it is costed.
    const [{ id: first }] = await sql(`SELECT id FROM sales_order WHERE partner_id = $1 AND submitted_at = '2026-11-02T10:00:00Z'`, [ids.a]);
    await sql(`DELETE FROM sales_order_line WHERE order_id = $1`, [first]);
    await sql(`DELETE FROM sales_order WHERE id = $1`, [first]);
    await refresh();
    expect(await november(ids.a)).toEqual([{ sellIn: 9000, sellOut: 4500, costed: 0, cost: 0, units: 3 }]);

    // The rollups equal the computation from every order, and nothing waits.
    const cells = [{ partnerId: ids.a, month: '2026-11-01' }];
    const oracle = await app.scopes.runSystem('test oracle', (scope) => app.services.kpiRollup.compute(scope, cells, ['O']));
    expect(oracle.money.map((m) => [m.sell_in_minor, m.sell_out_minor, m.costed_sell_out_minor, m.sell_out_cost_minor])).toEqual([[9000, 4500, 0, 0]]);
    expect(await app.scopes.runSystem('t', (s) => app.services.kpiRollup.pending(s))).toBe(0);
    expect(await sql(`SELECT count(*)::int AS n FROM kpi_order_dirty`)).toEqual([{ n: 0 }]);
  });

  it('lets a partner manager read only its own facts and prices, and no request write them or read the marks', async () => {
    await order(ids.b, 'SELL_IN', '2026-11-03T10:00:00Z', 1, 700);
    await refresh();
    const manager = (partnerId: string): Viewer => ({ userId: '', role: Role.PARTNER_MANAGER, email: 'x', displayName: 'x', partnerId, visiblePartnerIds: [partnerId], via: 'SESSION' });
    const brand: Viewer = { userId: '', role: Role.CHANNEL_MANAGER, email: 'x', displayName: 'x', partnerId: null, visiblePartnerIds: 'ALL', via: 'SESSION' };
    const seenBy = (who: Viewer) => app.within(who, async (scope: Scope) => ({
      facts: (await scope.query<{ p: string }>(`SELECT DISTINCT partner_id AS p FROM kpi_order_fact WHERE partner_id = ANY($1) ORDER BY 1`, [[ids.a, ids.b]])).map((r) => r.p),
      prices: (await scope.query<{ p: string }>(`SELECT DISTINCT partner_id AS p FROM kpi_sell_in_price WHERE partner_id = ANY($1) ORDER BY 1`, [[ids.a, ids.b]])).map((r) => r.p),
      marks: (await scope.query<{ n: number }>(`SELECT count(*)::int AS n FROM kpi_order_dirty`))[0].n,
    }));
    expect(await seenBy(manager(ids.b))).toEqual({ facts: [ids.b], prices: [ids.b], marks: 0 });
    expect(await seenBy(brand)).toEqual({ facts: [ids.a, ids.b].sort(), prices: [ids.a, ids.b].sort(), marks: 0 });

    for (const who of [manager(ids.b), brand]) {
      for (const write of [`DELETE FROM kpi_order_fact`, `UPDATE kpi_sell_in_price SET unit_price_minor = 1`, `DELETE FROM kpi_order_dirty`]) {
        const changed = await app.within(who, async (scope: Scope) => (await scope.execute(write)).affected);
        expect([write, changed]).toEqual([write, 0]);
      }
      await expect(app.within(who, (scope: Scope) => scope.execute(
        `INSERT INTO kpi_order_fact (order_id, month, partner_id, currency) VALUES (gen_random_uuid(), '2026-11-01', $1, 'EUR')`, [ids.b])))
        .rejects.toThrow(/row-level security/);
    }
    expect(await sql(`SELECT count(*)::int AS n FROM kpi_order_fact WHERE partner_id = $1`, [ids.b])).toEqual([{ n: 1 }]);
  });
});
