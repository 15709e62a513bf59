import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { startTestApp, TestApp } from '../../../test/harness';
import { fixtures } from '../../../test/fixtures';
import { COUNT_FIGURES, MONEY_FIGURES, monthOf, monthsBetween } from '../../domain/kpi';

/*
 * Random sequences of inserts, updates and deletes of the rollups' source rows (orders of both kinds with
 * lines, leads and their history, service cases, stock counts, MDF claims) for 3 partners over June to
 * September 2026, written on the owner's connection as the modules would write them, with the rollup's
 * refresh at random points and at the end. Then every (partner, month) cell of kpi_partner_month and
 * kpi_partner_money equals exactly `kpiRollup.compute` from the source tables (all-zero rows not kept).
 * A failure prints fast-check's seed and path; KPI_SEED=<seed> replays it.
 */

const START = Date.parse('2026-06-01T00:00:00Z');
const HOUR = 3_600_000;
/** Instants from June to September, and the edges of each month (its first and its last second). */
const instant = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 122 * 24 - 1 }).map((h) => START + h * HOUR) },
  { weight: 1, arbitrary: fc.constantFrom('2026-06-01', '2026-07-01', '2026-08-01', '2026-09-01', '2026-10-01').chain((m) =>
    fc.constantFrom(Date.parse(`${m}T00:00:00Z`), Date.parse(`${m}T00:00:00Z`) - 1000)) },
);
const later = (at: number, hours: number) => new Date(at + hours * HOUR).toISOString();

type Command =
  | { op: 'order'; p: number; kind: 'SELL_IN' | 'SELL_OUT'; status: string; at: number; currency: string; lines: { product: number; quantity: number; price: number }[]; after: number | null }
  | { op: 'orderUpdate'; o: number; change: 'cancel' | 'submit' | 'deliver' | 'pay' | 'move' | 'reprice'; at: number; hours: number }
  | { op: 'orderDelete'; o: number }
  | { op: 'lead'; p: number; at: number; gap: number; path: readonly string[]; mdf: boolean; value: number }
  | { op: 'leadEvent'; l: number; action: string; at: number }
  | { op: 'leadUpdate'; l: number; change: 'convert' | 'lose' | 'move' | 'detach' | 'attach'; at: number; value: number }
  | { op: 'leadEventDelete'; e: number }
  | { op: 'leadDelete'; l: number }
  | { op: 'case'; p: number; at: number; response: number | null; resolve: number | null; close: number | null; rating: number | null }
  | { op: 'caseUpdate'; c: number; change: 'respond' | 'resolve' | 'close' | 'reopen'; hours: number; rating: number | null }
  | { op: 'caseDelete'; c: number }
  | { op: 'count'; p: number; product: number; at: number; onHand: number }
  | { op: 'countUpdate'; s: number; onHand: number }
  | { op: 'countDelete'; s: number }
  | { op: 'claim'; p: number; amount: number; paid: number | null }
  | { op: 'claimUpdate'; c: number; paid: number }
  | { op: 'claimDelete'; c: number }
  | { op: 'refresh' };

const p = fc.integer({ min: 0, max: 2 });
const pick = fc.nat({ max: 1000 });
const hours = fc.integer({ min: 0, max: 40 * 24 });
const weighted = <T>(weight: number, arbitrary: fc.Arbitrary<T>) => ({ weight, arbitrary });
const command: fc.Arbitrary<Command> = fc.oneof(
  weighted(6, fc.record({
    op: fc.constant('order' as const), p, kind: fc.constantFrom('SELL_IN' as const, 'SELL_OUT' as const),
    status: fc.constantFrom('DRAFT', 'SUBMITTED', 'CONFIRMED', 'DELIVERED', 'CANCELLED'), at: instant, currency: fc.constantFrom('EUR', 'EUR', 'PLN'),
    lines: fc.uniqueArray(fc.record({ product: fc.integer({ min: 0, max: 1 }), quantity: fc.integer({ min: 1, max: 9 }), price: fc.integer({ min: 1, max: 5000 }) }),
      { minLength: 1, maxLength: 2, selector: (l) => l.product }),
    after: fc.option(hours),
  })),
  weighted(4, fc.record({ op: fc.constant('orderUpdate' as const), o: pick, change: fc.constantFrom('cancel' as const, 'submit' as const, 'deliver' as const, 'pay' as const, 'move' as const, 'reprice' as const), at: instant, hours })),
  weighted(1, fc.record({ op: fc.constant('orderDelete' as const), o: pick })),
  weighted(3, fc.record({
    op: fc.constant('lead' as const), p, at: instant, gap: fc.integer({ min: 1, max: 20 * 24 }), mdf: fc.boolean(), value: fc.integer({ min: 0, max: 100000 }),
    path: fc.constantFrom(['DISPATCHED'], ['DISPATCHED', 'ACCEPTED'], ['FILED', 'ACCEPTED', 'CONVERTED'], ['DISPATCHED', 'DECLINED'], ['DISPATCHED', 'EXPIRED'],
      ['DISPATCHED', 'ACCEPTED', 'LOST'], ['DISPATCHED', 'ACCEPTED', 'DISQUALIFIED'], ['DISPATCHED', 'DECLINED', 'DISPATCHED', 'ACCEPTED']),
  })),
  weighted(2, fc.record({ op: fc.constant('leadEvent' as const), l: pick, action: fc.constantFrom('DISPATCHED', 'ACCEPTED', 'CONVERTED', 'LOST', 'DECLINED', 'EXPIRED'), at: instant })),
  weighted(2, fc.record({ op: fc.constant('leadUpdate' as const), l: pick, change: fc.constantFrom('convert' as const, 'lose' as const, 'move' as const, 'detach' as const, 'attach' as const), at: instant, value: fc.integer({ min: 0, max: 100000 }) })),
  weighted(1, fc.record({ op: fc.constant('leadEventDelete' as const), e: pick })),
  weighted(1, fc.record({ op: fc.constant('leadDelete' as const), l: pick })),
  weighted(3, fc.record({ op: fc.constant('case' as const), p, at: instant, response: fc.option(hours), resolve: fc.option(hours), close: fc.option(hours), rating: fc.option(fc.integer({ min: 1, max: 5 })) })),
  weighted(2, fc.record({ op: fc.constant('caseUpdate' as const), c: pick, change: fc.constantFrom('respond' as const, 'resolve' as const, 'close' as const, 'reopen' as const), hours, rating: fc.option(fc.integer({ min: 1, max: 5 })) })),
  weighted(1, fc.record({ op: fc.constant('caseDelete' as const), c: pick })),
  weighted(3, fc.record({ op: fc.constant('count' as const), p, product: fc.integer({ min: 0, max: 1 }), at: instant, onHand: fc.integer({ min: 0, max: 50 }) })),
  weighted(2, fc.record({ op: fc.constant('countUpdate' as const), s: pick, onHand: fc.integer({ min: 0, max: 50 }) })),
  weighted(1, fc.record({ op: fc.constant('countDelete' as const), s: pick })),
  weighted(2, fc.record({ op: fc.constant('claim' as const), p, amount: fc.integer({ min: 1, max: 50000 }), paid: fc.option(instant) })),
  weighted(1, fc.record({ op: fc.constant('claimUpdate' as const), c: pick, paid: instant })),
  weighted(1, fc.record({ op: fc.constant('claimDelete' as const), c: pick })),
  weighted(2, fc.constant({ op: 'refresh' as const })),
);

/**
 * Every month a cell may fall in, to this month: a month's edge reaches back into May, deliveries and payments
 * into November, and stock counts and sell-in costs count in every month to this one (none later is kept).
 */
const MONTHS = monthsBetween('2026-05-01', monthOf(new Date()));

describe('the KPI rollups under random sequences of changes to their sources', () => {
  let app: TestApp;
  let f: ReturnType<typeof fixtures>;
  let products: string[];
  let run = 0;

  beforeAll(async () => {
    app = await startTestApp();
    f = fixtures(app);
    products = [(await f.givenProduct()).id, (await f.givenProduct()).id];
  });
  afterAll(() => app.close());

  const sql = (text: string, params: unknown[] = []) => app.dataSource.query(text, params);
  const refresh = () => app.scopes.runSystem('test rollup', (scope) => app.services.kpiRollup.refresh(scope));

  /** Three fresh partners, each with an approved MDF request to claim against and credit leads to. */
  async function givenChannel(): Promise<{ partners: string[]; requests: string[] }> {
    const partners = [(await f.givenPartner()).id, (await f.givenPartner()).id, (await f.givenPartner()).id];
    const [fund] = await sql(`INSERT INTO mdf_fund (name, currency, period_start, period_end, claim_deadline, total_budget_minor, allocated_minor, activity_types)
                              VALUES ('Fund', 'EUR', '2026-01-01', '2026-12-31', '2027-01-31', 100000000, 3000000, '{EVENT}') RETURNING id`);
    const requests: string[] = [];
    for (const partnerId of partners) {
      const [alloc] = await sql(`INSERT INTO mdf_allocation (fund_id, partner_id, amount_minor, approved_minor) VALUES ($1, $2, 1000000, 1000000) RETURNING id`, [fund.id, partnerId]);
      const [request] = await sql(`INSERT INTO mdf_request (fund_id, allocation_id, partner_id, activity_type, title, starts_on, ends_on, planned_cost_minor, requested_minor, status, approved_minor)
                                   VALUES ($1, $2, $3, 'EVENT', 'Open day', '2026-06-01', '2026-06-02', 1000000, 1000000, 'APPROVED', 1000000) RETURNING id`, [fund.id, alloc.id, partnerId]);
      requests.push(request.id);
    }
    return { partners, requests };
  }

  it('keeps kpi_partner_month and kpi_partner_money equal to a computation from the source tables', async () => {
    const seed = process.env.KPI_SEED ? Number(process.env.KPI_SEED) : undefined;
    await fc.assert(fc.asyncProperty(fc.array(command, { minLength: 5, maxLength: 45 }), async (commands) => {
      run += 1;
      const { partners, requests } = await givenChannel();
      const orders: { id: string; kind: string; partner: string }[] = [];
      const leads: { id: string; partner: string }[] = [];
      const events: string[] = [];
      const cases: string[] = [];
      const counts: { partner: string; product: string; day: string }[] = [];
      const claims: string[] = [];
      const nth = <T>(list: T[], i: number): T | undefined => (list.length ? list[i % list.length] : undefined);
      for (const [i, cmd] of commands.entries()) {
        switch (cmd.op) {
          case 'order': {
            const partner = partners[cmd.p];
            const net = cmd.lines.reduce((s, l) => s + l.quantity * l.price, 0);
            const submitted = cmd.status === 'DRAFT' ? null : new Date(cmd.at).toISOString();
            const delivered = cmd.kind === 'SELL_OUT' && submitted && cmd.after !== null ? later(cmd.at, cmd.after) : null;
            const paid = cmd.kind === 'SELL_IN' && submitted && cmd.after !== null ? later(cmd.at, cmd.after + 24) : null;
            const invoiced = paid ? later(cmd.at, 24) : null;
            const [{ id }] = await sql(
              `INSERT INTO sales_order (number, kind, partner_id, status, currency, net_minor, vat_minor, gross_minor, customer_name, customer_email, idempotency_key, payload_hash,
                 submitted_at, delivered_at, invoice_number, invoiced_at, due_at, paid_at, cancelled_at)
               VALUES ($1, $2, $3, $4, $5, $6, 0, $6, $7, $8, $9, 'hash', $10, $11, $12, $13, $13, $14, $15) RETURNING id`,
              [`O-P${run}-${i}`, cmd.kind, partner, cmd.status, cmd.currency, net, cmd.kind === 'SELL_OUT' ? 'Customer' : null, cmd.kind === 'SELL_OUT' ? 'c@x.example' : null,
                `prop-key-${run}-${i}`, submitted, delivered, invoiced ? `INV-${run}-${i}` : null, invoiced, paid, cmd.status === 'CANCELLED' ? submitted ?? later(cmd.at, 0) : null]);
            for (const [n, line] of cmd.lines.entries()) {
              await sql(`INSERT INTO sales_order_line (order_id, partner_id, line_no, product_id, quantity, unit_price_minor, line_net_minor) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
                [id, partner, n + 1, products[line.product], line.quantity, line.price, line.quantity * line.price]);
            }
            orders.push({ id, kind: cmd.kind, partner });
            break;
          }
          case 'orderUpdate': {
            const order = nth(orders, cmd.o);
            if (!order) break;
            const at = new Date(cmd.at).toISOString();
            if (cmd.change === 'cancel') await sql(`UPDATE sales_order SET status = 'CANCELLED', cancelled_at = coalesce(submitted_at, $2) WHERE id = $1 AND status <> 'CANCELLED'`, [order.id, at]);
            if (cmd.change === 'submit') await sql(`UPDATE sales_order SET status = 'SUBMITTED', submitted_at = $2 WHERE id = $1 AND status = 'DRAFT'`, [order.id, at]);
            if (cmd.change === 'deliver') await sql(`UPDATE sales_order SET status = 'DELIVERED', delivered_at = submitted_at + make_interval(hours => $2) WHERE id = $1 AND kind = 'SELL_OUT' AND status NOT IN ('DRAFT', 'CANCELLED')`, [order.id, cmd.hours]);
            if (cmd.change === 'pay') {
              await sql(`UPDATE sales_order SET invoice_number = 'INV-' || number, invoiced_at = submitted_at + interval '1 day', due_at = submitted_at + interval '1 day',
                           paid_at = submitted_at + interval '1 day' + make_interval(hours => $2) WHERE id = $1 AND kind = 'SELL_IN' AND submitted_at IS NOT NULL`, [order.id, cmd.hours]);
            }
            if (cmd.change === 'move') {
              await sql(`UPDATE sales_order SET submitted_at = $2, cancelled_at = CASE WHEN status = 'CANCELLED' THEN $2::timestamptz END,
                           delivered_at = CASE WHEN delivered_at IS NULL THEN NULL ELSE $2::timestamptz + interval '2 days' END,
                           invoiced_at = CASE WHEN invoiced_at IS NULL THEN NULL ELSE $2::timestamptz + interval '1 day' END,
                           due_at = CASE WHEN due_at IS NULL THEN NULL ELSE $2::timestamptz + interval '1 day' END,
                           paid_at = CASE WHEN paid_at IS NULL THEN NULL ELSE $2::timestamptz + interval '5 days' END
                         WHERE id = $1 AND submitted_at IS NOT NULL`, [order.id, at]);
            }
            if (cmd.change === 'reprice') await sql(`UPDATE sales_order SET net_minor = net_minor + $2, gross_minor = gross_minor + $2 WHERE id = $1`, [order.id, cmd.hours]);
            break;
          }
          case 'orderDelete': {
            const order = nth(orders, cmd.o);
            if (!order) break;
            await sql(`DELETE FROM sales_order_line WHERE order_id = $1`, [order.id]);
            await sql(`DELETE FROM sales_order WHERE id = $1`, [order.id]);
            orders.splice(orders.indexOf(order), 1);
            break;
          }
          case 'lead': {
            const id = randomUUID();
            const partner = partners[cmd.p];
            const converted = cmd.path.includes('CONVERTED');
            const changedAt = later(cmd.at, cmd.path.length * cmd.gap);
            await sql(`INSERT INTO lead (id, partner_id, status, source, contact_name, email, consent_text, consent_given_at, reference, status_changed_at,
                         converted_value_minor, converted_currency, mdf_request_id)
                       VALUES ($1, $2, $3, 'CHANNEL', 'Buyer', 'b@x.example', 'ok', now(), $4, $5, $6, $7, $8)`,
              [id, partner, converted ? 'CONVERTED' : 'ACCEPTED', `L-P-${id.slice(0, 8)}`, changedAt, converted ? cmd.value : null, converted ? 'EUR' : null,
                cmd.mdf ? requests[cmd.p] : null]);
            for (const [n, action] of cmd.path.entries()) {
              const [e] = await sql(`INSERT INTO lead_event (lead_id, partner_id, action, to_status, at) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
                [id, partner, action, action === 'DISPATCHED' || action === 'FILED' ? 'NEW' : action, later(cmd.at, n * cmd.gap)]);
              events.push(e.id);
            }
            leads.push({ id, partner });
            break;
          }
          case 'leadEvent': {
            const lead = nth(leads, cmd.l);
            if (!lead) break;
            const [e] = await sql(`INSERT INTO lead_event (lead_id, partner_id, action, to_status, at) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
              [lead.id, lead.partner, cmd.action, cmd.action === 'DISPATCHED' ? 'NEW' : cmd.action, new Date(cmd.at).toISOString()]);
            events.push(e.id);
            break;
          }
          case 'leadUpdate': {
            const lead = nth(leads, cmd.l);
            if (!lead) break;
            const at = new Date(cmd.at).toISOString();
            const request = requests[partners.indexOf(lead.partner)];
            if (cmd.change === 'convert') await sql(`UPDATE lead SET status = 'CONVERTED', status_changed_at = $2, converted_value_minor = $3, converted_currency = 'EUR' WHERE id = $1`, [lead.id, at, cmd.value]);
            if (cmd.change === 'lose') await sql(`UPDATE lead SET status = 'LOST', status_changed_at = $2, converted_value_minor = NULL, converted_currency = NULL WHERE id = $1`, [lead.id, at]);
            if (cmd.change === 'move') await sql(`UPDATE lead SET status_changed_at = $2 WHERE id = $1`, [lead.id, at]);
            if (cmd.change === 'detach') await sql(`UPDATE lead SET mdf_request_id = NULL WHERE id = $1`, [lead.id]);
            if (cmd.change === 'attach') await sql(`UPDATE lead SET mdf_request_id = $2 WHERE id = $1`, [lead.id, request]);
            break;
          }
          case 'leadEventDelete': {
            const event = nth(events, cmd.e);
            if (!event) break;
            await sql(`DELETE FROM lead_event WHERE id = $1`, [event]);
            events.splice(events.indexOf(event), 1);
            break;
          }
          case 'leadDelete': {
            const lead = nth(leads, cmd.l);
            if (!lead) break;
            const gone: { id: string }[] = await sql(`SELECT id::text FROM lead_event WHERE lead_id = $1`, [lead.id]);
            await sql(`DELETE FROM lead WHERE id = $1`, [lead.id]);
            for (const e of gone) events.splice(events.indexOf(e.id), 1);
            leads.splice(leads.indexOf(lead), 1);
            break;
          }
          case 'case': {
            const [{ id }] = await sql(`INSERT INTO service_case (partner_id, customer_name, customer_email, description, severity, status, opened_at, first_response_at, resolved_at, closed_at, satisfaction)
                                        VALUES ($1, 'C', 'c@x.example', 'Broken drill', 'LOW', $2, $3, $4, $5, $6, $7) RETURNING id`,
              [partners[cmd.p], cmd.close !== null ? 'CLOSED' : cmd.resolve !== null ? 'RESOLVED' : 'OPEN', new Date(cmd.at).toISOString(),
                cmd.response === null ? null : later(cmd.at, cmd.response), cmd.resolve === null ? null : later(cmd.at, cmd.resolve),
                cmd.close === null ? null : later(cmd.at, cmd.close + 1), cmd.close === null ? null : cmd.rating]);
            cases.push(id);
            break;
          }
          case 'caseUpdate': {
            const id = nth(cases, cmd.c);
            if (!id) break;
            if (cmd.change === 'respond') await sql(`UPDATE service_case SET first_response_at = opened_at + make_interval(hours => $2) WHERE id = $1`, [id, cmd.hours]);
            if (cmd.change === 'resolve') await sql(`UPDATE service_case SET status = 'RESOLVED', resolved_at = opened_at + make_interval(hours => $2) WHERE id = $1`, [id, cmd.hours]);
            if (cmd.change === 'close') await sql(`UPDATE service_case SET status = 'CLOSED', closed_at = opened_at + make_interval(hours => $2 + 1), satisfaction = $3 WHERE id = $1`, [id, cmd.hours, cmd.rating]);
            if (cmd.change === 'reopen') await sql(`UPDATE service_case SET status = 'IN_PROGRESS', resolved_at = NULL, closed_at = NULL, satisfaction = NULL WHERE id = $1`, [id]);
            break;
          }
          case 'caseDelete': {
            const id = nth(cases, cmd.c);
            if (!id) break;
            await sql(`DELETE FROM service_case WHERE id = $1`, [id]);
            cases.splice(cases.indexOf(id), 1);
            break;
          }
          case 'count': {
            const key = { partner: partners[cmd.p], product: products[cmd.product], day: new Date(cmd.at).toISOString().slice(0, 10) };
            await sql(`INSERT INTO inventory_snapshot (partner_id, product_id, counted_on, on_hand) VALUES ($1, $2, $3, $4)
                       ON CONFLICT (partner_id, product_id, counted_on) DO UPDATE SET on_hand = EXCLUDED.on_hand`, [key.partner, key.product, key.day, cmd.onHand]);
            if (!counts.some((c) => c.partner === key.partner && c.product === key.product && c.day === key.day)) counts.push(key);
            break;
          }
          case 'countUpdate': {
            const c = nth(counts, cmd.s);
            if (c) await sql(`UPDATE inventory_snapshot SET on_hand = $4 WHERE partner_id = $1 AND product_id = $2 AND counted_on = $3`, [c.partner, c.product, c.day, cmd.onHand]);
            break;
          }
          case 'countDelete': {
            const c = nth(counts, cmd.s);
            if (!c) break;
            await sql(`DELETE FROM inventory_snapshot WHERE partner_id = $1 AND product_id = $2 AND counted_on = $3`, [c.partner, c.product, c.day]);
            counts.splice(counts.indexOf(c), 1);
            break;
          }
          case 'claim': {
            const paid = cmd.paid === null ? null : new Date(cmd.paid).toISOString();
            const [{ id }] = await sql(`INSERT INTO mdf_claim (request_id, partner_id, amount_minor, approved_minor, status, idempotency_key, submitted_at, paid_at, payment_method, payment_reference, payment_key)
                                        VALUES ($1, $2, $3, $3, $4, $5, '2026-06-01T00:00:00Z', $6, $7, $8, $9) RETURNING id`,
              [requests[cmd.p], partners[cmd.p], cmd.amount, paid ? 'PAID' : 'APPROVED', `prop-claim-${run}-${i}`, paid, paid ? 'TRANSFER' : null, paid ? 'T-1' : null, paid ? `prop-pay-${run}-${i}` : null]);
            claims.push(id);
            break;
          }
          case 'claimUpdate': {
            const id = nth(claims, cmd.c);
            if (id) {
              await sql(`UPDATE mdf_claim SET status = 'PAID', paid_at = $2, payment_method = 'TRANSFER', payment_reference = 'T-2', payment_key = 'prop-pay-' || id::text
                         WHERE id = $1 AND paid_at IS NULL`, [id, new Date(cmd.paid).toISOString()]);
            }
            break;
          }
          case 'claimDelete': {
            const id = nth(claims, cmd.c);
            if (!id) break;
            await sql(`DELETE FROM mdf_claim WHERE id = $1`, [id]);
            claims.splice(claims.indexOf(id), 1);
            break;
          }
          case 'refresh':
            await refresh();
            break;
        }
      }
      await refresh();
      const cells = partners.flatMap((partnerId) => MONTHS.map((month) => ({ partnerId, month })));
      const expected = await app.scopes.runSystem('test oracle', (scope) => app.services.kpiRollup.compute(scope, cells));
      const storedCounts = (await sql(
        `SELECT partner_id::text AS "partnerId", to_char(month, 'YYYY-MM-DD') AS month, ${COUNT_FIGURES.map((c) => `${c}::float8 AS ${c}`).join(', ')}
           FROM kpi_partner_month WHERE partner_id = ANY($1::uuid[]) ORDER BY 1, 2`, [partners])) as Record<string, unknown>[];
      const storedMoney = (await sql(
        `SELECT partner_id::text AS "partnerId", to_char(month, 'YYYY-MM-DD') AS month, currency::text AS currency, ${MONEY_FIGURES.map((c) => `${c}::float8 AS ${c}`).join(', ')}
           FROM kpi_partner_money WHERE partner_id = ANY($1::uuid[]) ORDER BY 1, 2, 3`, [partners])) as Record<string, unknown>[];
      type Keyed = { partnerId: unknown; month: unknown; currency?: unknown };
      const byKey = (a: Keyed, b: Keyed) => `${a.partnerId}|${a.month}|${a.currency ?? ''}`.localeCompare(`${b.partnerId}|${b.month}|${b.currency ?? ''}`);
      const name = (rows: Record<string, unknown>[]) => rows.map((r) => ({ ...r, partnerId: `p${partners.indexOf(r.partnerId as string)}` }));
      expect({ counts: name(storedCounts), money: name(storedMoney) }).toEqual({
        counts: name([...expected.counts].sort(byKey) as unknown as Record<string, unknown>[]),
        money: name([...expected.money].sort(byKey) as unknown as Record<string, unknown>[]),
      });
    }), { numRuns: Number(process.env.KPI_RUNS ?? 20), ...(seed !== undefined ? { seed } : {}) });
  }, 120_000);

  it("recomputes an acceptance's month when the arrival it was timed from is deleted in an earlier month", async () => {
    const { partners } = await givenChannel();
    const id = randomUUID();
    await sql(`INSERT INTO lead (id, partner_id, status, source, contact_name, email, consent_text, consent_given_at, reference, status_changed_at)
               VALUES ($1, $2, 'ACCEPTED', 'CHANNEL', 'Buyer', 'b@x.example', 'ok', now(), 'L-P-ARRIVAL', '2026-07-01T06:00:00Z')`, [id, partners[0]]);
    const [arrival] = await sql(`INSERT INTO lead_event (lead_id, partner_id, action, to_status, at) VALUES ($1, $2, 'DISPATCHED', 'NEW', '2026-06-30T18:00:00Z') RETURNING id`, [id, partners[0]]);
    await sql(`INSERT INTO lead_event (lead_id, partner_id, action, to_status, at) VALUES ($1, $2, 'ACCEPTED', 'ACCEPTED', '2026-07-01T06:00:00Z')`, [id, partners[0]]);
    await refresh();
    const july = () => sql(`SELECT leads_accepted, accept_seconds::int FROM kpi_partner_month WHERE partner_id = $1 AND month = '2026-07-01'`, [partners[0]]);
    expect(await july()).toEqual([{ leads_accepted: 1, accept_seconds: 12 * 3600 }]);
    await sql(`DELETE FROM lead_event WHERE id = $1`, [arrival.id]);
    await refresh();
    const cells = [{ partnerId: partners[0], month: '2026-07-01' }];
    const expected = await app.scopes.runSystem('test oracle', (scope) => app.services.kpiRollup.compute(scope, cells));
    expect(expected.counts.map((c) => [c.leads_accepted, c.accept_seconds])).toEqual([[1, 0]]);
    expect(await july()).toEqual([{ leads_accepted: 1, accept_seconds: 0 }]);
  });
});
