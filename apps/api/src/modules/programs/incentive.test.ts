import { randomUUID } from 'node:crypto';
import { startTestApp, TestApp, codeOf, Credentials, GraphQLResult } from '../../../test/harness';
import { fixtures } from '../../../test/fixtures';
import { Role } from '../../access/role';
import { addMonths } from '../../domain/kpi';
import { utcToday } from '../../domain/calendar';
import { IncentiveKind, IncentivePeriod } from './incentive.types';
import { earned, periodEndOf, periodStartOf } from './incentive.service';

const ok = <T = Record<string, any>>(result: GraphQLResult, name: string): T => {
  expect([name, result.errors]).toEqual([name, undefined]);
  return result.data![name] as T;
};

const CREATE = `mutation($input: CreateIncentiveProgramInput!) { createIncentiveProgram(input: $input) { program { id status kind basis currency rateBasisPoints
  threshold { amount } bonus { amount } period startsOn endsOn category { id } } } }`;
const PUBLISH = `mutation($id: ID!) { publishIncentiveProgram(input: { programId: $id }) { program { id status } } }`;
const COMPUTE = `mutation { computeIncentives { computation { programs accruals statements } } }`;
const ACCRUALS = `query($id: ID!, $partnerId: ID) { incentiveAccruals(programId: $id, partnerId: $partnerId, first: 100) { totalCount edges { node {
  partner { id } periodStart periodEnd base { amount } leadCount earned { amount } toThreshold { amount } settled } } } }`;
const STATEMENTS = `query($id: ID, $partnerId: ID) { incentiveStatements(programId: $id, partnerId: $partnerId, first: 100) { totalCount edges { node {
  number partner { id } program { id } periodStart periodEnd base { amount } leadCount earned { amount } } } } }`;
const MINE = `query($id: ID!) { incentiveProgram(id: $id) { id myAccruals { periodStart base { amount } earned { amount } toThreshold { amount } } } }`;

describe('the incentive rule', () => {
  it('pays a rebate on the whole base once it reaches the threshold, rounded half up, and a bonus per converted lead', () => {
    const rebate = { kind: IncentiveKind.REBATE, rateBasisPoints: 200, thresholdMinor: 100_000, bonusMinor: null };
    expect([earned(rebate, 99_999, 0), earned(rebate, 100_000, 0), earned(rebate, 123_425, 0), earned(rebate, 123_424, 0)]).toEqual([0, 2_000, 2_469, 2_468]);
    expect(earned({ kind: IncentiveKind.LEAD_BONUS, rateBasisPoints: null, thresholdMinor: 0, bonusMinor: 5_000 }, 0, 3)).toBe(15_000);
    // Amounts past 2^53 / 200 stay exact.
    expect(earned({ ...rebate, thresholdMinor: 0 }, 900_000_000_000_000, 0)).toBe(18_000_000_000_000);
  });

  it('aligns periods to the calendar', () => {
    expect([periodStartOf('2026-11-30', IncentivePeriod.QUARTER), periodEndOf('2026-10-01', IncentivePeriod.QUARTER)]).toEqual(['2026-10-01', '2026-12-31']);
    expect([periodStartOf('2028-02-29', IncentivePeriod.MONTH), periodEndOf('2028-02-01', IncentivePeriod.MONTH)]).toEqual(['2028-02-01', '2028-02-29']);
    expect([periodStartOf('2026-07-15', IncentivePeriod.YEAR), periodEndOf('2026-01-01', IncentivePeriod.YEAR)]).toEqual(['2026-01-01', '2026-12-31']);
  });
});

describe('incentives', () => {
  let app: TestApp;
  let f: ReturnType<typeof fixtures>;
  let cm: Credentials;

  beforeAll(async () => {
    app = await startTestApp();
    f = fixtures(app);
    cm = await app.signIn((await f.givenUser(Role.CHANNEL_MANAGER)).email);
  });
  afterAll(() => app.close());

  let seq = 0;
  /** A delivered order as it would stand in the books: lines of [product, quantity, unit price in minor units]. */
  const order = async (partnerId: string, deliveredAt: string, lines: [string, number, number][], spec: { kind?: string; currency?: string; status?: string } = {}) => {
    const net = lines.reduce((n, [, q, p]) => n + q * p, 0);
    const [{ id }] = await app.dataSource.query(
      `INSERT INTO sales_order (number, kind, partner_id, status, currency, net_minor, vat_minor, gross_minor, idempotency_key, payload_hash, delivered_at, submitted_at,
         cancelled_at, customer_name, customer_email)
       VALUES ($1, $2, $3, $4, $5, $6, 0, $6, $7, 'test', $8, $8, CASE WHEN $4 = 'CANCELLED' THEN $8::timestamptz END,
         CASE WHEN $2 = 'SELL_OUT' THEN 'Olga Buyer' END, CASE WHEN $2 = 'SELL_OUT' THEN 'olga@customer.example' END) RETURNING id`,
      [`T-${++seq}-${randomUUID().slice(0, 8)}`, spec.kind ?? 'SELL_IN', partnerId, spec.status ?? 'DELIVERED', spec.currency ?? 'EUR', net, `incentive-${randomUUID()}`, deliveredAt]);
    for (const [i, [productId, quantity, unit]] of lines.entries()) {
      await app.dataSource.query(`INSERT INTO sales_order_line (order_id, partner_id, line_no, product_id, quantity, unit_price_minor, line_net_minor) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [id, partnerId, i + 1, productId, quantity, unit, quantity * unit]);
    }
  };

  it('accrues the same rebate for the same figures, counts only delivered sell-in of the category in the currency, and settles ended quarters once', async () => {
    const territory = await f.givenTerritory();
    const tools = await f.givenCategory({ name: 'Tools' });
    const drills = await f.givenCategory({ name: 'Drills', parentId: tools.id });
    const garden = await f.givenCategory({ name: 'Garden' });
    const drill = await f.givenProduct({ categoryId: drills.id });
    const mower = await f.givenProduct({ categoryId: garden.id });
    const [p1, p2] = [await f.givenPartner({ name: 'Twin One', territoryIds: [territory.id] }), await f.givenPartner({ name: 'Twin Two', territoryIds: [territory.id] })];
    const outsider = await f.givenPartner({ name: 'Outsider' });
    const quarter = periodStartOf(utcToday(), IncentivePeriod.QUARTER);
    const previous = addMonths(quarter, -3);
    const inPrevious = `${previous.slice(0, 8)}10T12:00:00Z`;
    const created = ok(await app.gql(CREATE, { input: {
      name: 'Drill rebate', kind: 'REBATE', basis: 'SELL_IN', categoryId: tools.id, currency: 'EUR', rateBasisPoints: 200, threshold: '1000.00',
      period: 'QUARTER', startsOn: previous, audience: { territoryIds: [territory.id] } } }, cm), 'createIncentiveProgram').program;
    expect(created).toMatchObject({ status: 'DRAFT', threshold: { amount: '1000.00' }, bonus: null, category: { id: tools.id }, startsOn: previous, endsOn: null });

    // The twins trade alike last quarter: 10 x 60.00 + 5 x 100.00 of drills (1,100.00: over the threshold, 2% = 22.00); mowers, sell-out,
    // PLN, cancelled and undelivered orders do not count. This quarter: exactly the threshold (1,000.00: 20.00) for the first, 600.00 for the second.
    for (const partner of [p1, p2, outsider]) {
      await order(partner.id, inPrevious, [[drill.id, 10, 6_000], [mower.id, 10, 10_000]]);
      await order(partner.id, inPrevious, [[drill.id, 5, 10_000]]);
      await order(partner.id, inPrevious, [[drill.id, 50, 10_000]], { kind: 'SELL_OUT' });
      await order(partner.id, inPrevious, [[drill.id, 50, 10_000]], { currency: 'PLN' });
      await order(partner.id, inPrevious, [[drill.id, 50, 10_000]], { status: 'CANCELLED' });
    }
    await order(p1.id, new Date().toISOString(), [[drill.id, 1, 100_000]]);
    await order(p2.id, new Date().toISOString(), [[drill.id, 6, 10_000]]);
    // Nothing accrues before publication.
    expect(ok(await app.gql(COMPUTE, {}, cm), 'computeIncentives').computation).toEqual({ programs: 0, accruals: 0, statements: 0 });
    ok(await app.gql(PUBLISH, { id: created.id }, cm), 'publishIncentiveProgram');
    expect(ok(await app.gql(COMPUTE, {}, cm), 'computeIncentives').computation).toEqual({ programs: 1, accruals: 4, statements: 2 });

    type Row = { partner: { id: string }; periodStart: string; base: { amount: string }; earned: { amount: string }; toThreshold: { amount: string } | null; settled: boolean };
    const accruals = async (who: Credentials, partnerId: string | null = null) => (ok(await app.gql(ACCRUALS, { id: created.id, partnerId }, who), 'incentiveAccruals').edges as { node: Row }[])
      .map((e) => [e.node.partner.id, e.node.periodStart, e.node.base.amount, e.node.earned.amount, e.node.toThreshold?.amount ?? null, e.node.settled]);
    expect((await accruals(cm)).sort()).toEqual([
      [p1.id, quarter, '1000.00', '20.00', null, false], [p2.id, quarter, '600.00', '0.00', '400.00', false],
      [p1.id, previous, '1100.00', '22.00', null, true], [p2.id, previous, '1100.00', '22.00', null, true],
    ].sort());
    const statements = ok(await app.gql(STATEMENTS, { id: created.id }, cm), 'incentiveStatements');
    const stated = statements.edges.map((e: { node: Record<string, any> }) => [e.node.partner.id, e.node.periodStart, e.node.periodEnd, e.node.base.amount, e.node.earned.amount]);
    expect(stated.sort()).toEqual([[p1.id, previous, periodEndOf(previous, IncentivePeriod.QUARTER), '1100.00', '22.00'], [p2.id, previous, periodEndOf(previous, IncentivePeriod.QUARTER), '1100.00', '22.00']].sort());
    expect(statements.edges.every((e: { node: { number: string } }) => /^INC-\d{4}-\d{6}$/.test(e.node.number))).toBe(true);

    // Computing again changes nothing; a late order in a settled quarter changes no statement.
    const snapshot = async () => app.dataSource.query(`SELECT a::text FROM incentive_accrual a UNION ALL SELECT s::text FROM incentive_statement s ORDER BY 1`);
    const before = await snapshot();
    expect(ok(await app.gql(COMPUTE, {}, cm), 'computeIncentives').computation).toEqual({ programs: 1, accruals: 0, statements: 0 });
    await order(p1.id, inPrevious, [[drill.id, 100, 10_000]]);
    expect(ok(await app.gql(COMPUTE, {}, cm), 'computeIncentives').computation).toEqual({ programs: 1, accruals: 0, statements: 0 });
    expect(await snapshot()).toEqual(before);

    // The partner's own view: its accruals and statements; the outsider sees no program and no other partner's figures.
    const manager = await app.signIn((await f.givenUser(Role.PARTNER_MANAGER, p2.id)).email);
    const mine = ok(await app.gql(MINE, { id: created.id }, manager), 'incentiveProgram').myAccruals;
    expect(mine).toEqual([{ periodStart: quarter, base: { amount: '600.00' }, earned: { amount: '0.00' }, toThreshold: { amount: '400.00' } },
      { periodStart: previous, base: { amount: '1100.00' }, earned: { amount: '22.00' }, toThreshold: null }]);
    expect((await accruals(manager)).map((r) => r[0])).toEqual([p2.id, p2.id]);
    expect(ok(await app.gql(STATEMENTS, {}, manager), 'incentiveStatements').totalCount).toBe(1);
    expect(codeOf(await app.gql(STATEMENTS, { partnerId: p1.id }, manager))).toBe('NOT_FOUND');
    const outsiderManager = await app.signIn((await f.givenUser(Role.PARTNER_MANAGER, outsider.id)).email);
    expect(codeOf(await app.gql(MINE, { id: created.id }, outsiderManager))).toBe('NOT_FOUND');
    expect(ok(await app.gql(`{ incentivePrograms(first: 10) { totalCount } }`, {}, outsiderManager), 'incentivePrograms').totalCount).toBe(0);
    expect(codeOf(await app.gql(COMPUTE, {}, manager))).toBe('FORBIDDEN');
  });

  it('pays a bonus per lead converted in the month', async () => {
    const territory = await f.givenTerritory();
    const partner = await f.givenPartner({ territoryIds: [territory.id] });
    const month = periodStartOf(utcToday(), IncentivePeriod.MONTH);
    const program = ok(await app.gql(CREATE, { input: { name: 'Lead bonus', kind: 'LEAD_BONUS', currency: 'EUR', bonus: '50.00', period: 'MONTH', startsOn: month,
      audience: { territoryIds: [territory.id] } } }, cm), 'createIncentiveProgram').program;
    ok(await app.gql(PUBLISH, { id: program.id }, cm), 'publishIncentiveProgram');
    const { slug } = await f.givenShowroom(partner.id);
    for (let i = 0; i < 3; i++) {
      const lead = await f.givenLead({ slug });
      // Two conversions this month; a third lead only qualified.
      await app.dataSource.query(`INSERT INTO lead_event (lead_id, partner_id, action, to_status) VALUES ($1, $2, $3, $3)`, [lead, partner.id, i < 2 ? 'CONVERTED' : 'QUALIFIED']);
    }
    ok(await app.gql(COMPUTE, {}, cm), 'computeIncentives');
    const rows = ok(await app.gql(ACCRUALS, { id: program.id }, cm), 'incentiveAccruals').edges.map((e: { node: Record<string, any> }) =>
      [e.node.partner.id, e.node.periodStart, e.node.leadCount, e.node.earned.amount]);
    expect(rows).toEqual([[partner.id, month, 2, '100.00']]);
  });

  it.each([
    [{ kind: 'REBATE', rateBasisPoints: 200 }, 'basis'],
    [{ kind: 'REBATE', basis: 'SELL_IN' }, 'rateBasisPoints'],
    [{ kind: 'LEAD_BONUS' }, 'bonus'],
    [{ kind: 'LEAD_BONUS', bonus: '5.00', basis: 'SELL_IN' }, 'basis'],
    [{ kind: 'REBATE', basis: 'SELL_IN', rateBasisPoints: 200, startsOn: '2026-11-15' }, 'startsOn'],
    [{ kind: 'REBATE', basis: 'SELL_IN', rateBasisPoints: 200, endsOn: '2027-02-15' }, 'endsOn'],
    [{ kind: 'REBATE', basis: 'SELL_IN', rateBasisPoints: 200, categoryId: '00000000-0000-4000-8000-000000000000' }, 'categoryId'],
    [{ kind: 'REBATE', basis: 'SELL_IN', rateBasisPoints: 200, threshold: '10.001' }, 'threshold'],
  ] as [Record<string, unknown>, string][])('refuses %j naming %s, creating nothing', async (terms, field) => {
    const before = (await app.dataSource.query(`SELECT count(*)::int AS n FROM incentive_program`))[0].n;
    const result = await app.gql(CREATE, { input: { name: 'Refused', currency: 'EUR', period: 'QUARTER', startsOn: '2026-10-01', ...terms } }, cm);
    expect([codeOf(result), result.errors?.[0]?.extensions?.field]).toEqual(['BAD_USER_INPUT', field]);
    expect((await app.dataSource.query(`SELECT count(*)::int AS n FROM incentive_program`))[0].n).toBe(before);
  });
});

describe('statements of the incentive and tier lists', () => {
  let app: TestApp;
  let f: ReturnType<typeof fixtures>;
  let cm: Credentials;

  beforeAll(async () => {
    app = await startTestApp();
    f = fixtures(app);
    cm = await app.signIn((await f.givenUser(Role.CHANNEL_MANAGER)).email);
  });
  afterAll(() => app.close());

  const LISTS = `{ incentiveStatements(first: 100) { totalCount edges { node { number partner { id name } program { id name category { id } } } } }
    tierProposals(first: 100) { totalCount edges { node { id partner { id } fromTier { id } toTier { id } facts { value } } } } }`;

  it('takes the same statements for 3 rows and for 9', async () => {
    const tier = await f.givenTier();
    const category = await f.givenCategory();
    const program = ok(await app.gql(CREATE, { input: { name: 'Counted', kind: 'REBATE', basis: 'SELL_IN', rateBasisPoints: 100, categoryId: category.id, currency: 'EUR',
      period: 'MONTH', startsOn: '2026-01-01' } }, cm), 'createIncentiveProgram').program;
    const addRows = async (n: number) => {
      for (let i = 0; i < n; i++) {
        const partner = await f.givenPartner();
        await app.dataSource.query(`INSERT INTO incentive_statement (program_id, partner_id, period_start, period_end, base_minor, lead_count, earned_minor, currency)
          VALUES ($1, $2, '2026-01-01', '2026-01-31', 100, 0, 1, 'EUR')`, [program.id, partner.id]);
        await app.dataSource.query(`INSERT INTO tier_proposal (partner_id, from_tier_id, to_tier_id, direction, facts, window_start, window_end)
          VALUES ($1, NULL, $2, 'PROMOTION', '[]', '2025-12-01', '2026-11-30')`, [partner.id, tier.id]);
      }
    };
    await addRows(3);
    const small = await app.gql(LISTS, {}, cm);
    await addRows(6);
    const large = await app.gql(LISTS, {}, cm);
    expect([small.errors, large.errors]).toEqual([undefined, undefined]);
    expect([small.data!.incentiveStatements.totalCount, large.data!.incentiveStatements.totalCount, large.data!.tierProposals.totalCount]).toEqual([3, 9, 9]);
    // statements: page, count; proposals: page, count; then one each: partners, programs, their categories, tiers
    expect([small.statements, large.statements]).toEqual([8, 8]);
  });
});
