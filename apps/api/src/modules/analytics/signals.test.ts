import { startTestApp, TestApp, codeOf, Credentials, GraphQLResult } from '../../../test/harness';
import { fixtures } from '../../../test/fixtures';
import { countUpdates } from '../../../test/write-counter';
import { Role } from '../../access/role';

/*
 * Signals on a small data set judged for June 2026 (and July): which rules fire for whom with which facts,
 * who is told, what judging again changes, and the GraphQL operations around them (acknowledging, tuning
 * rules, listing), with who may call them. Source rows are written on the owner's connection with fixed
 * times; the rollup and the judgement run as Trellis's own work (a system scope).
 */

const fact = (name: string, value: number | null) => ({ name, value, text: null, series: null });
const text = (name: string, value: string) => ({ name, value: null, text: value, series: null });
const series = (name: string, values: number[]) => ({ name, value: null, text: null, series: values });

const SIGNALS = `query($status: SignalStatus, $partnerId: ID, $kinds: [SignalKind!], $first: Int, $after: String) {
  channelSignals(status: $status, partnerId: $partnerId, kinds: $kinds, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id kind partnerId period status note partner { name } } } } }`;
const ACK = `mutation($id: ID!, $note: String!) { acknowledgeChannelSignal(input: { id: $id, note: $note }) { signal { id status note acknowledgedAt acknowledgedBy { id } } } }`;
const UPDATE_RULE = `mutation($input: UpdateSignalRuleInput!) { updateSignalRule(input: $input) { rule { kind enabled thresholds { name value } } } }`;

describe('channel signals', () => {
  let app: TestApp;
  let f: ReturnType<typeof fixtures>;
  let cm: Credentials;
  let analyst: Credentials;
  let manager: Credentials;
  let employee: Credentials;
  let writes: (table: string, id: string) => Promise<number>;
  const ids: Record<string, string> = {};

  const sql = (q: string, params: unknown[] = []) => app.dataSource.query(q, params);
  const refresh = () => app.scopes.runSystem('test rollup', (scope) => app.services.kpiRollup.refresh(scope));
  const evaluate = async (month: string) => {
    await refresh();
    return app.scopes.runSystem('test signals', (scope) => app.services.signals.evaluate(scope, month));
  };
  let orderNo = 0;
  const sellIn = async (partnerId: string, net: number, submitted: string) => {
    orderNo += 1;
    await sql(`INSERT INTO sales_order (number, kind, partner_id, status, currency, net_minor, vat_minor, gross_minor, idempotency_key, payload_hash, submitted_at)
               VALUES ($1, 'SELL_IN', $2, 'CONFIRMED', 'EUR', $3, 0, $3, $4, 'hash', $5)`, [`O-SIG-${orderNo}`, partnerId, net, `signal-key-${orderNo}`, submitted]);
  };
  const rated = (partnerId: string, satisfaction: number, closed: string) =>
    sql(`INSERT INTO service_case (partner_id, customer_name, customer_email, description, severity, status, opened_at, closed_at, satisfaction)
         VALUES ($1, 'C', 'c@x.example', 'Broken drill', 'LOW', 'CLOSED', $2, $2, $3)`, [partnerId, closed, satisfaction]);
  /** The stored signals, by partner key, oldest kind first. */
  const stored = async () => {
    const rows: { kind: string; partnerId: string; period: string; status: string; facts: unknown }[] = await sql(
      `SELECT kind, partner_id::text AS "partnerId", to_char(period, 'YYYY-MM') AS period, status, facts FROM channel_signal ORDER BY period, kind`);
    const key = Object.fromEntries(['a', 'b', 'c'].map((k) => [ids[k], k]));
    return rows.map((r) => ({ ...r, partnerId: key[r.partnerId] }));
  };
  const notifications = () => sql(`SELECT user_id::text AS "userId", partner_id AS "partnerId", kind, reference FROM notification WHERE kind = 'CHANNEL_SIGNAL' ORDER BY id`);
  const signalId = async (kind: string, partner: string, period = '2026-06-01') =>
    (await sql(`SELECT id::text FROM channel_signal WHERE kind = $1 AND partner_id = $2 AND period = $3`, [kind, ids[partner], period]))[0].id as string;

  const QUOTA_A = (completion: number, sellInMajor: number) => ({
    kind: 'QUOTA_COMPLETION_LOW', partnerId: 'a', period: '2026-06', status: 'OPEN',
    facts: [fact('completion', completion), fact('sellIn', sellInMajor), fact('quota', 200), text('currency', 'EUR'), fact('minCompletion', 0.7)],
  });
  const SATISFACTION_B = { kind: 'SATISFACTION_FALLING', partnerId: 'b', period: '2026-06', status: 'OPEN',
    facts: [fact('score', 2), fact('previousScore', null), fact('minScore', 3.5), fact('maxDrop', 0.5)] };
  const DISTRIBUTION_C = (period: string) => ({ kind: 'DISTRIBUTION_LOW', partnerId: 'c', period, status: 'OPEN',
    facts: [fact('rate', 0.1667), fact('stockedProducts', 1), fact('activeProducts', 6), fact('minRate', 0.2)] });

  beforeAll(async () => {
    app = await startTestApp();
    f = fixtures(app);
    const cmUser = await f.givenUser(Role.CHANNEL_MANAGER);
    cm = await app.signIn(cmUser.email);
    const owner = await f.givenUser(Role.CHANNEL_MANAGER);
    analyst = await app.signIn((await f.givenUser(Role.ANALYST)).email);
    // A and B belong to the owning channel manager; C has no owner (nobody is told of its signals).
    const a = await f.givenPartner({ name: 'Alpha Tools', ownerId: owner.id });
    const b = await f.givenPartner({ name: 'Beta Build', ownerId: owner.id });
    const c = await f.givenPartner({ name: 'Gamma Store' });
    Object.assign(ids, { a: a.id, b: b.id, c: c.id, owner: owner.id, cm: cmUser.id });
    manager = await app.signIn((await f.givenUser(Role.PARTNER_MANAGER, a.id)).email);
    employee = await app.signIn((await f.givenUser(Role.PARTNER_EMPLOYEE, a.id)).email);
    const products = [];
    for (let i = 0; i < 6; i++) products.push((await f.givenProduct()).id);
    // A: a June quota of 200.00 and 100.00 of sell-in -> completion 0.5.
    await sql(`INSERT INTO partner_quota (partner_id, period_kind, period_start, amount_minor, currency) VALUES ($1, 'MONTH', '2026-06-01', 20000, 'EUR')`, [a.id]);
    await sellIn(a.id, 10000, '2026-06-10T00:00:00Z');
    // B: a June rating of 2 (below 3.5).
    await rated(b.id, 2, '2026-06-12T00:00:00Z');
    // C: one of the six active products in stock from 10 June -> distribution 1/6.
    await sql(`INSERT INTO inventory_snapshot (partner_id, product_id, counted_on, on_hand) VALUES ($1, $2, '2026-06-10', 4)`, [c.id, products[0]]);
    writes = await countUpdates(app, { channel_signal: 'id', signal_rule: 'kind' });
  });
  afterAll(() => app.close());

  const ok = <T = any>(result: GraphQLResult, name: string): T => {
    expect([name, result.errors]).toEqual([name, undefined]);
    return result.data![name] as T;
  };

  it("raises exactly the rules that fire, with their facts, and tells each partner's owning channel manager once", async () => {
    expect(await evaluate('2026-06-01')).toEqual({ month: '2026-06-01', raised: 3, cleared: 0, open: 3 });
    expect(await stored()).toEqual([DISTRIBUTION_C('2026-06'), QUOTA_A(0.5, 100), SATISFACTION_B]);
    const told = await notifications();
    expect(told.sort((x: { reference: string }, y: { reference: string }) => x.reference.localeCompare(y.reference))).toEqual([
      { userId: ids.owner, partnerId: null, kind: 'CHANNEL_SIGNAL', reference: 'Alpha Tools · QUOTA_COMPLETION_LOW · 2026-06' },
      { userId: ids.owner, partnerId: null, kind: 'CHANNEL_SIGNAL', reference: 'Beta Build · SATISFACTION_FALLING · 2026-06' },
    ]);
    // Each notification queued its mail.
    const [mails] = await sql(`SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE task_identifier = 'notification_mail'`);
    expect(mails.n).toBe(2);
  });

  it('judged again with the same figures changes nothing and tells nobody again', async () => {
    const before = await sql(`SELECT id, raised_at, evaluated_at FROM channel_signal ORDER BY id`);
    const idsBefore = before.map((r: { id: string }) => r.id);
    expect(await evaluate('2026-06-01')).toEqual({ month: '2026-06-01', raised: 0, cleared: 0, open: 3 });
    expect(await sql(`SELECT id, raised_at, evaluated_at FROM channel_signal ORDER BY id`)).toEqual(before);
    for (const id of idsBefore) expect(await writes('channel_signal', id)).toBe(0);
    expect(await notifications()).toHaveLength(2);
  });

  it('brings the facts of a signal that still fires up to date, keeping it open and its time raised', async () => {
    const id = await signalId('QUOTA_COMPLETION_LOW', 'a');
    const [before] = await sql(`SELECT raised_at FROM channel_signal WHERE id = $1`, [id]);
    await sellIn(ids.a, 2000, '2026-06-20T00:00:00Z');
    expect(await evaluate('2026-06-01')).toEqual({ month: '2026-06-01', raised: 0, cleared: 0, open: 3 });
    expect((await stored()).find((s) => s.kind === 'QUOTA_COMPLETION_LOW')).toEqual(QUOTA_A(0.6, 120));
    expect(await sql(`SELECT raised_at FROM channel_signal WHERE id = $1`, [id])).toEqual([before]);
    expect(await notifications()).toHaveLength(2);
  });

  it('acknowledges a signal with a note (required); the same again is a no-op; analysts may not', async () => {
    const id = await signalId('SATISFACTION_FALLING', 'b');
    const empty = await app.gql(ACK, { id, note: '   ' }, cm);
    expect([codeOf(empty), empty.errors![0].message]).toEqual(['BAD_USER_INPUT', 'note: must say something']);
    const refused = await app.gql(ACK, { id, note: 'Looked at it' }, analyst);
    expect([codeOf(refused), refused.data]).toEqual(['FORBIDDEN', null]);
    expect(await writes('channel_signal', id)).toBe(0);
    const done = ok(await app.gql(ACK, { id, note: '  Called Beta: a bad batch of drills  ' }, cm), 'acknowledgeChannelSignal').signal;
    expect(done).toEqual({ id, status: 'ACKNOWLEDGED', note: 'Called Beta: a bad batch of drills', acknowledgedAt: expect.any(String), acknowledgedBy: { id: ids.cm } });
    expect(await writes('channel_signal', id)).toBe(1);
    const again = ok(await app.gql(ACK, { id, note: 'Called Beta: a bad batch of drills' }, cm), 'acknowledgeChannelSignal').signal;
    expect(again).toEqual(done);
    expect(await writes('channel_signal', id)).toBe(1);
    const unknown = await app.gql(ACK, { id: '00000000-0000-4000-8000-000000000000', note: 'x' }, cm);
    expect([codeOf(unknown), unknown.errors![0].message]).toEqual(['NOT_FOUND', 'ChannelSignal 00000000-0000-4000-8000-000000000000 was not found']);
  });

  it('clears an open signal whose figures no longer fire; an acknowledged one stays; a cleared one cannot be acknowledged', async () => {
    // A reaches 150.00 of 200.00 (0.75); B gets two 5s (score 4).
    await sellIn(ids.a, 3000, '2026-06-25T00:00:00Z');
    await rated(ids.b, 5, '2026-06-13T00:00:00Z');
    await rated(ids.b, 5, '2026-06-14T00:00:00Z');
    expect(await evaluate('2026-06-01')).toEqual({ month: '2026-06-01', raised: 0, cleared: 1, open: 1 });
    expect((await stored()).map((s) => [s.kind, s.partnerId, s.status])).toEqual([
      ['DISTRIBUTION_LOW', 'c', 'OPEN'], ['QUOTA_COMPLETION_LOW', 'a', 'CLEARED'], ['SATISFACTION_FALLING', 'b', 'ACKNOWLEDGED'],
    ]);
    const cleared = await signalId('QUOTA_COMPLETION_LOW', 'a');
    const refused = await app.gql(ACK, { id: cleared, note: 'Too late' }, cm);
    expect([codeOf(refused), refused.errors![0].message, refused.data]).toEqual(['CONFLICT', 'The signal was cleared: its figures no longer fire the rule', null]);
    expect((await stored()).find((s) => s.kind === 'QUOTA_COMPLETION_LOW')!.status).toBe('CLEARED');
  });

  it('raises a cleared signal again when it fires again, and tells its owner again', async () => {
    await sql(`UPDATE partner_quota SET amount_minor = 30000 WHERE partner_id = $1`, [ids.a]);
    expect(await evaluate('2026-06-01')).toEqual({ month: '2026-06-01', raised: 1, cleared: 0, open: 2 });
    expect((await stored()).find((s) => s.kind === 'QUOTA_COMPLETION_LOW')).toEqual({ ...QUOTA_A(0.5, 150), facts: [
      fact('completion', 0.5), fact('sellIn', 150), fact('quota', 300), text('currency', 'EUR'), fact('minCompletion', 0.7)] });
    expect((await notifications()).map((n: { reference: string }) => n.reference)).toEqual([
      expect.any(String), expect.any(String), 'Alpha Tools · QUOTA_COMPLETION_LOW · 2026-06',
    ]);
  });

  it('tunes rules: names a bad threshold or value, writes nothing for the same values, and a disabled rule raises nothing', async () => {
    const unknown = await app.gql(UPDATE_RULE, { input: { kind: 'QUOTA_COMPLETION_LOW', thresholds: [{ name: 'maxCompletion', value: 1 }] } }, cm);
    expect([codeOf(unknown), unknown.errors![0].extensions!.field, unknown.errors![0].message]).toEqual(
      ['BAD_USER_INPUT', 'thresholds.0.name', 'thresholds.0.name: is not a threshold of QUOTA_COMPLETION_LOW; it has minCompletion']);
    const range = await app.gql(UPDATE_RULE, { input: { kind: 'QUOTA_COMPLETION_LOW', thresholds: [{ name: 'minCompletion', value: 10.5 }] } }, cm);
    expect([codeOf(range), range.errors![0].extensions!.field, range.errors![0].message]).toEqual(
      ['BAD_USER_INPUT', 'thresholds.0.value', 'thresholds.0.value: must be a number from 0 to 10']);
    const whole = await app.gql(UPDATE_RULE, { input: { kind: 'SALES_DECLINING', thresholds: [{ name: 'minDropPercent', value: 10 }, { name: 'periods', value: 2.5 }] } }, cm);
    expect([codeOf(whole), whole.errors![0].extensions!.field, whole.errors![0].message]).toEqual(
      ['BAD_USER_INPUT', 'thresholds.1.value', 'thresholds.1.value: must be a whole number from 1 to 12']);
    const twice = await app.gql(UPDATE_RULE, { input: { kind: 'SALES_DECLINING', thresholds: [{ name: 'periods', value: 2 }, { name: 'periods', value: 3 }] } }, cm);
    expect([codeOf(twice), twice.errors![0].message]).toEqual(['BAD_USER_INPUT', 'thresholds.1.name: is named twice']);
    expect(await writes('signal_rule', 'QUOTA_COMPLETION_LOW') + await writes('signal_rule', 'SALES_DECLINING')).toBe(0);
    const forbidden = await app.gql(UPDATE_RULE, { input: { kind: 'DISTRIBUTION_LOW', enabled: false } }, analyst);
    expect(codeOf(forbidden)).toBe('FORBIDDEN');

    const [{ updated_at: before }] = await sql(`SELECT updated_at FROM signal_rule WHERE kind = 'DISTRIBUTION_LOW'`);
    const same = ok(await app.gql(UPDATE_RULE, { input: { kind: 'DISTRIBUTION_LOW', enabled: true, thresholds: [{ name: 'minRate', value: 0.2 }] } }, cm), 'updateSignalRule');
    expect(same.rule).toEqual({ kind: 'DISTRIBUTION_LOW', enabled: true, thresholds: [{ name: 'minRate', value: 0.2 }] });
    expect(await sql(`SELECT updated_at FROM signal_rule WHERE kind = 'DISTRIBUTION_LOW'`)).toEqual([{ updated_at: before }]);
    expect(await writes('signal_rule', 'DISTRIBUTION_LOW')).toBe(0);

    const off = ok(await app.gql(UPDATE_RULE, { input: { kind: 'DISTRIBUTION_LOW', enabled: false } }, cm), 'updateSignalRule');
    expect(off.rule).toEqual({ kind: 'DISTRIBUTION_LOW', enabled: false, thresholds: [{ name: 'minRate', value: 0.2 }] });
    const [rule] = await sql(`SELECT enabled, thresholds, updated_by::text AS "updatedBy", updated_at > $1 AS later FROM signal_rule WHERE kind = 'DISTRIBUTION_LOW'`, [before]);
    expect(rule).toEqual({ enabled: false, thresholds: { minRate: 0.2 }, updatedBy: ids.cm, later: true });
    // July: C's stock of June is still its level (distribution 1/6) and has not sold for two months (days of inventory without end).
    expect(await evaluate('2026-07-01')).toEqual({ month: '2026-07-01', raised: 1, cleared: 0, open: 1 });
    expect((await stored()).filter((s) => s.period === '2026-07')).toEqual([
      { kind: 'INVENTORY_HIGH', partnerId: 'c', period: '2026-07', status: 'OPEN', facts: [series('days', [99999, 99999]), fact('maxDays', 90), fact('periods', 2)] },
    ]);
    ok(await app.gql(UPDATE_RULE, { input: { kind: 'DISTRIBUTION_LOW', enabled: true, thresholds: [{ name: 'minRate', value: 0.5 }] } }, cm), 'updateSignalRule');
    expect(await evaluate('2026-07-01')).toEqual({ month: '2026-07-01', raised: 1, cleared: 0, open: 2 });
    expect((await stored()).filter((s) => s.period === '2026-07').map((s) => [s.kind, s.partnerId, s.facts])).toEqual([
      ['DISTRIBUTION_LOW', 'c', [fact('rate', 0.1667), fact('stockedProducts', 1), fact('activeProducts', 6), fact('minRate', 0.5)]],
      ['INVENTORY_HIGH', 'c', [series('days', [99999, 99999]), fact('maxDays', 90), fact('periods', 2)]],
    ]);
  });

  it('lists signals newest first with filters and cursor pages; a forged cursor is BAD_USER_INPUT on after', async () => {
    const all: { id: string; kind: string; partnerId: string; period: string; status: string }[] = await sql(
      `SELECT id::text, kind, partner_id::text AS "partnerId", to_char(period, 'YYYY-MM') AS period, status FROM channel_signal ORDER BY raised_at DESC, id DESC`);
    expect(all).toHaveLength(5);
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 3; page++) {
      const list: any = ok(await app.gql(SIGNALS, { first: 2, after }, analyst), 'channelSignals');
      expect(list.totalCount).toBe(5);
      seen.push(...list.edges.map((e: { node: { id: string } }) => e.node.id));
      expect(list.pageInfo.hasNextPage).toBe(page < 2);
      after = list.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.map((s) => s.id));
    const open = ok<any>(await app.gql(SIGNALS, { status: 'OPEN', first: 10 }, cm), 'channelSignals');
    expect(open.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(all.filter((s) => s.status === 'OPEN').map((s) => s.id));
    expect(open.totalCount).toBe(4);
    const ofC = ok<any>(await app.gql(SIGNALS, { partnerId: ids.c, kinds: ['INVENTORY_HIGH', 'QUOTA_COMPLETION_LOW'], first: 10 }, cm), 'channelSignals');
    expect(ofC.edges.map((e: { node: unknown }) => e.node)).toEqual([{
      id: all.find((s) => s.kind === 'INVENTORY_HIGH')!.id, kind: 'INVENTORY_HIGH', partnerId: ids.c, period: '2026-07', status: 'OPEN', note: null, partner: { name: 'Gamma Store' },
    }]);
    const acknowledged = ok<any>(await app.gql(SIGNALS, { status: 'ACKNOWLEDGED', first: 10 }, cm), 'channelSignals');
    expect(acknowledged.edges.map((e: { node: unknown }) => e.node)).toEqual([{
      id: all.find((s) => s.kind === 'SATISFACTION_FALLING')!.id, kind: 'SATISFACTION_FALLING', partnerId: ids.b, period: '2026-06', status: 'ACKNOWLEDGED',
      note: 'Called Beta: a bad batch of drills', partner: { name: 'Beta Build' },
    }]);
    const forged = await app.gql(SIGNALS, { first: 2, after: Buffer.from(JSON.stringify(['yesterday', 'x'])).toString('base64url') }, cm);
    expect([codeOf(forged), forged.errors![0].extensions!.field, forged.errors![0].message]).toEqual(['BAD_USER_INPUT', 'after', 'after: is not a cursor this list gave out']);
  });

  it("partner roles may read neither signals nor rules; analysts read both", async () => {
    for (const who of [manager, employee]) {
      for (const query of [`{ channelSignals(first: 5) { totalCount } }`, `{ signalRules { kind } }`]) {
        const result = await app.gql(query, {}, who);
        expect([query, codeOf(result), result.data]).toEqual([query, 'FORBIDDEN', null]);
      }
    }
    const rules = ok<any[]>(await app.gql(`{ signalRules { kind enabled thresholds { name value } } }`, {}, analyst), 'signalRules');
    expect(rules.map((r) => r.kind)).toEqual([
      'CHANNEL_CONFLICTS', 'CHANNEL_COST_RISING', 'DISTRIBUTION_LOW', 'INVENTORY_HIGH', 'MARKET_SHARE_LOW', 'NEW_CHANNEL_RISING', 'PAYMENT_PERIOD_LONG',
      'PRICE_PRESSURE', 'QUOTA_COMPLETION_LOW', 'SALES_DECLINING', 'SATISFACTION_FALLING',
    ]);
    expect(rules.find((r) => r.kind === 'NEW_CHANNEL_RISING')).toEqual({ kind: 'NEW_CHANNEL_RISING', enabled: true, thresholds: [
      { name: 'minSellOut', value: 100000 }, { name: 'maxAgeMonths', value: 12 }, { name: 'minGrowthPercent', value: 50 }] });
  });
});
