import fc from 'fast-check';
import { startTestApp, TestApp, codeOf, Credentials, GraphQLResult } from '../../../test/harness';
import { fixtures } from '../../../test/fixtures';
import { Role } from '../../access/role';
import { MDF, PROOF_PDF } from '../../../test/mdf-operations';

/*
 * Random sequences of allocate / request / approve / reject / claim / approve claim / reject claim / pay /
 * close / expire against one fund, through the API, next to a model of what each should do. After every
 * step: the outcome is the model's (done, or the exact refusal), every kept balance equals the model's and
 * the sum of its ledger lines (summed here by the test's own SQL), and the invariants hold.
 */

type Outcome = 'OK' | 'BAD_USER_INPUT' | 'CONFLICT' | 'LIMIT_EXCEEDED' | 'NOT_FOUND';
interface Allocation { exists: boolean; amount: number; approved: number; claimed: number; paid: number; expired: number }
interface Request { id: string; p: number; requested: number; status: string; approved: number; claimed: number }
interface Claim { id: string; r: number; amount: number; status: string; approved: number }
interface Model { budget: number; allocated: number; expired: boolean; allocations: Allocation[]; requests: Request[]; claims: Claim[] }

type Command =
  | { op: 'allocate'; p: number; amount: number }
  | { op: 'request'; p: number; amount: number }
  | { op: 'approve'; r: number; half: boolean }
  | { op: 'reject'; r: number }
  | { op: 'claim'; r: number; amount: number }
  | { op: 'approveClaim'; c: number; half: boolean }
  | { op: 'rejectClaim'; c: number }
  | { op: 'pay'; c: number }
  | { op: 'close'; r: number };

const BUDGET = 1_000_000; // 10,000.00
const text = (minor: number) => `${Math.floor(minor / 100)}.${String(minor % 100).padStart(2, '0')}`;
const half = (minor: number) => Math.max(100, Math.floor(minor / 200) * 100);

const weighted = <T>(weight: number, arbitrary: fc.Arbitrary<T>) => ({ weight, arbitrary });
const command: fc.Arbitrary<Command> = fc.oneof(
  weighted(2, fc.record({ op: fc.constant('allocate' as const), p: fc.integer({ min: 0, max: 1 }), amount: fc.integer({ min: 0, max: 70 }).map((n) => n * 10_000) })),
  weighted(3, fc.record({ op: fc.constant('request' as const), p: fc.integer({ min: 0, max: 1 }), amount: fc.integer({ min: 1, max: 30 }).map((n) => n * 10_000) })),
  weighted(3, fc.record({ op: fc.constant('approve' as const), r: fc.nat(), half: fc.boolean() })),
  weighted(1, fc.record({ op: fc.constant('reject' as const), r: fc.nat() })),
  weighted(4, fc.record({ op: fc.constant('claim' as const), r: fc.nat(), amount: fc.integer({ min: 1, max: 30 }).map((n) => n * 5_000) })),
  weighted(3, fc.record({ op: fc.constant('approveClaim' as const), c: fc.nat(), half: fc.boolean() })),
  weighted(1, fc.record({ op: fc.constant('rejectClaim' as const), c: fc.nat() })),
  weighted(2, fc.record({ op: fc.constant('pay' as const), c: fc.nat() })),
  weighted(1, fc.record({ op: fc.constant('close' as const), r: fc.nat() })),
);
/** Each run starts with both partners given money, so that most sequences get to requests and claims. */
const PRELUDE: Command[] = [{ op: 'allocate', p: 0, amount: 400_000 }, { op: 'allocate', p: 1, amount: 300_000 }];

describe('the MDF ledger under random sequences of moves', () => {
  let app: TestApp;
  let f: ReturnType<typeof fixtures>;
  let cm: Credentials;

  beforeAll(async () => {
    app = await startTestApp();
    f = fixtures(app);
    cm = await app.signIn((await f.givenUser(Role.CHANNEL_MANAGER)).email);
  });
  afterAll(() => app.close());

  const outcome = (result: GraphQLResult): Outcome => (codeOf(result) ?? (result.errors ? 'UNEXPECTED' : 'OK')) as Outcome;

  /** What the model says a command does, changing the model when it is done. */
  function expected(model: Model, cmd: Command): Outcome {
    const pending = (r: number) => model.claims.filter((c) => c.r === r && c.status === 'SUBMITTED').reduce((s, c) => s + c.amount, 0);
    switch (cmd.op) {
      case 'allocate': {
        const a = model.allocations[cmd.p];
        if (!a.exists && cmd.amount === 0) return 'BAD_USER_INPUT';
        const delta = cmd.amount - a.amount;
        if (delta === 0) { a.exists = true; return 'OK'; }
        if (cmd.amount < a.approved) return 'CONFLICT';
        if (model.allocated + delta > model.budget) return 'LIMIT_EXCEEDED';
        Object.assign(a, { exists: true, amount: cmd.amount });
        model.allocated += delta;
        return 'OK';
      }
      case 'request': {
        const a = model.allocations[cmd.p];
        if (!a.exists) return 'NOT_FOUND';
        if (cmd.amount > a.amount - a.approved) return 'LIMIT_EXCEEDED';
        return 'OK';
      }
      case 'approve': {
        const r = model.requests[cmd.r];
        const amount = cmd.half ? half(r.requested) : r.requested;
        if (r.status === 'APPROVED' && amount === r.approved) return 'OK';
        if (r.status !== 'SUBMITTED') return 'CONFLICT';
        const a = model.allocations[r.p];
        if (a.approved + amount > a.amount) return 'LIMIT_EXCEEDED';
        a.approved += amount;
        Object.assign(r, { status: 'APPROVED', approved: amount });
        return 'OK';
      }
      case 'reject': {
        const r = model.requests[cmd.r];
        if (r.status === 'REJECTED') return 'OK';
        if (r.status !== 'SUBMITTED') return 'CONFLICT';
        r.status = 'REJECTED';
        return 'OK';
      }
      case 'claim': {
        const r = model.requests[cmd.r];
        if (r.status !== 'APPROVED') return 'CONFLICT';
        if (cmd.amount > r.approved - r.claimed) return 'LIMIT_EXCEEDED';
        if (cmd.amount > r.approved - r.claimed - pending(cmd.r)) return 'LIMIT_EXCEEDED';
        return 'OK';
      }
      case 'approveClaim': {
        const c = model.claims[cmd.c];
        const amount = cmd.half ? half(c.amount) : c.amount;
        if ((c.status === 'APPROVED' || c.status === 'PAID') && amount === c.approved) return 'OK';
        if (c.status !== 'SUBMITTED') return 'CONFLICT';
        const r = model.requests[c.r];
        Object.assign(c, { status: 'APPROVED', approved: amount });
        r.claimed += amount;
        model.allocations[r.p].claimed += amount;
        return 'OK';
      }
      case 'rejectClaim': {
        const c = model.claims[cmd.c];
        if (c.status === 'REJECTED') return 'OK';
        if (c.status !== 'SUBMITTED') return 'CONFLICT';
        c.status = 'REJECTED';
        return 'OK';
      }
      case 'pay': {
        const c = model.claims[cmd.c];
        if (c.status === 'PAID') return 'OK';
        if (c.status !== 'APPROVED') return 'CONFLICT';
        c.status = 'PAID';
        model.allocations[model.requests[c.r].p].paid += c.approved;
        return 'OK';
      }
      case 'close': {
        const r = model.requests[cmd.r];
        if (r.status === 'CLOSED') return 'OK';
        if (r.status !== 'APPROVED' || pending(cmd.r) > 0) return 'CONFLICT';
        model.allocations[r.p].approved -= r.approved - r.claimed;
        Object.assign(r, { status: 'CLOSED', approved: r.claimed });
        return 'OK';
      }
    }
  }

  it('keeps every balance equal to the model and to its ledger lines, and every invariant, after each step', async () => {
    const [p0, p1] = [await f.givenPartner(), await f.givenPartner()];
    const partners = [p0.id, p1.id];
    const managers = [
      await app.signIn((await f.givenUser(Role.PARTNER_MANAGER, p0.id)).email),
      await app.signIn((await f.givenUser(Role.PARTNER_MANAGER, p1.id)).email),
    ];
    let run = 0;
    const seen = new Map<string, number>();
    await fc.assert(fc.asyncProperty(fc.array(command, { minLength: 10, maxLength: 40 }), fc.boolean(), async (commands, expireAtEnd) => {
      run += 1;
      const fundId = (await app.gql(MDF.createFund, { input: { name: `Property fund ${run}`, currency: 'EUR', totalBudget: text(BUDGET), periodStart: '2027-01-01',
        periodEnd: '2027-06-30', claimDeadline: '2027-08-31', activityTypes: ['EVENT'] } }, cm)).data!.createMdfFund.fund.id as string;
      const blank = (): Allocation => ({ exists: false, amount: 0, approved: 0, claimed: 0, paid: 0, expired: 0 });
      const model: Model = { budget: BUDGET, allocated: 0, expired: false, allocations: [blank(), blank()], requests: [], claims: [] };
      for (const [step, cmd] of [...PRELUDE, ...commands].entries()) {
        if ((cmd.op === 'approve' || cmd.op === 'reject' || cmd.op === 'claim' || cmd.op === 'close') && model.requests.length === 0) continue;
        if ((cmd.op === 'approveClaim' || cmd.op === 'rejectClaim' || cmd.op === 'pay') && model.claims.length === 0) continue;
        const r = 'r' in cmd ? cmd.r % Math.max(model.requests.length, 1) : 0;
        const c = 'c' in cmd ? cmd.c % Math.max(model.claims.length, 1) : 0;
        const resolved = { ...cmd, r, c } as Command & { r: number; c: number };
        const want = expected(model, resolved);
        let got: Outcome;
        const request = model.requests[r];
        const claim = model.claims[c];
        switch (resolved.op) {
          case 'allocate':
            got = outcome(await app.gql(MDF.allocate, { input: { fundId, partnerId: partners[resolved.p], amount: text(resolved.amount) } }, cm));
            break;
          case 'request': {
            const result = await app.gql(MDF.request, { input: { fundId, partnerId: partners[resolved.p], activityType: 'EVENT', title: `Step ${step}`,
              startsOn: '2027-02-01', endsOn: '2027-02-02', plannedCost: text(resolved.amount), requested: text(resolved.amount) } }, managers[resolved.p]);
            got = outcome(result);
            if (got === 'OK') model.requests.push({ id: result.data!.requestMdf.request.id, p: resolved.p, requested: resolved.amount, status: 'SUBMITTED', approved: 0, claimed: 0 });
            break;
          }
          case 'approve':
            got = outcome(await app.gql(MDF.approve, { id: request.id, amount: text(resolved.half ? half(request.requested) : request.requested) }, cm));
            break;
          case 'reject':
            got = outcome(await app.gql(MDF.reject, { id: request.id, reason: 'Not this time' }, cm));
            break;
          case 'claim': {
            const manager = managers[request.p];
            const created = await app.gql(MDF.createClaim, { input: { requestId: request.id, amount: text(resolved.amount), note: '', idempotencyKey: `run-${run}-step-${step}` } }, manager);
            got = outcome(created);
            if (got === 'OK') {
              const id = created.data!.createMdfClaim.claim.id as string;
              await app.gql(MDF.addFile, { id, name: 'proof.pdf', content: PROOF_PDF }, manager);
              got = outcome(await app.gql(MDF.submitClaim, { id }, manager));
              if (got === 'OK') model.claims.push({ id, r, amount: resolved.amount, status: 'SUBMITTED', approved: 0 });
            }
            break;
          }
          case 'approveClaim':
            got = outcome(await app.gql(MDF.approveClaim, { id: claim.id, amount: text(resolved.half ? half(claim.amount) : claim.amount) }, cm));
            break;
          case 'rejectClaim':
            got = outcome(await app.gql(MDF.rejectClaim, { id: claim.id, reason: 'No proof' }, cm));
            break;
          case 'pay':
            got = outcome(await app.gql(MDF.pay, { id: claim.id, key: `pay-${claim.id}` }, cm));
            break;
          case 'close':
            got = outcome(await app.gql(MDF.close, { id: request.id }, cm));
            break;
        }
        expect([step, resolved, got]).toEqual([step, resolved, want]);
        seen.set(`${resolved.op} ${got}`, (seen.get(`${resolved.op} ${got}`) ?? 0) + 1);
        await expectBalances(fundId, partners, model);
      }
      if (expireAtEnd) {
        await app.dataSource.query(`UPDATE mdf_fund SET period_start = '2020-01-01', period_end = '2020-06-30', claim_deadline = '2020-08-31' WHERE id = $1`, [fundId]);
        const waiting = model.claims.some((c) => c.status === 'SUBMITTED');
        const got = outcome(await app.gql(MDF.expire, { id: fundId }, cm));
        expect(['expire', got]).toEqual(['expire', waiting ? 'CONFLICT' : 'OK']);
        if (!waiting) {
          for (const a of model.allocations) {
            a.expired = a.amount - a.claimed;
            model.allocated -= a.expired;
            Object.assign(a, { amount: a.claimed, approved: a.claimed });
          }
          model.expired = true;
          await expectBalances(fundId, partners, model);
        }
      }
    }), { numRuns: 25, seed: 20261201 });
    // The sequences reached every move, and the refusals that guard the money.
    expect([...seen.keys()].filter((key) => key.endsWith(' OK')).sort()).toEqual(
      ['allocate', 'approve', 'approveClaim', 'claim', 'close', 'pay', 'reject', 'rejectClaim', 'request'].map((op) => `${op} OK`));
    expect(['allocate LIMIT_EXCEEDED', 'approve LIMIT_EXCEEDED', 'claim LIMIT_EXCEEDED', 'approve CONFLICT', 'pay CONFLICT'].filter((key) => !seen.has(key))).toEqual([]);
  }, 180_000);

  async function expectBalances(fundId: string, partners: string[], model: Model) {
    const rows = await app.dataSource.query(
      `SELECT a.partner_id AS "partnerId", a.amount_minor::int AS amount, a.approved_minor::int AS approved, a.claimed_minor::int AS claimed,
              a.paid_minor::int AS paid, a.expired_minor::int AS expired,
              (SELECT coalesce(sum(CASE kind WHEN 'ALLOCATE' THEN amount_minor WHEN 'EXPIRE' THEN -amount_minor ELSE 0 END), 0)::int FROM mdf_ledger l WHERE l.allocation_id = a.id) AS "lAmount",
              (SELECT coalesce(sum(CASE kind WHEN 'RESERVE' THEN amount_minor WHEN 'RELEASE' THEN -amount_minor ELSE 0 END), 0)::int FROM mdf_ledger l WHERE l.allocation_id = a.id) AS "lApproved",
              (SELECT coalesce(sum(amount_minor) FILTER (WHERE kind = 'CLAIM'), 0)::int FROM mdf_ledger l WHERE l.allocation_id = a.id) AS "lClaimed",
              (SELECT coalesce(sum(amount_minor) FILTER (WHERE kind = 'PAY'), 0)::int FROM mdf_ledger l WHERE l.allocation_id = a.id) AS "lPaid",
              (SELECT coalesce(sum(amount_minor) FILTER (WHERE kind = 'EXPIRE'), 0)::int FROM mdf_ledger l WHERE l.allocation_id = a.id) AS "lExpired"
         FROM mdf_allocation a WHERE a.fund_id = $1`, [fundId]);
    const byPartner = new Map(rows.map((row: { partnerId: string }) => [row.partnerId, row]));
    model.allocations.forEach((a, i) => {
      const row = byPartner.get(partners[i]) as Record<string, number> | undefined;
      if (!a.exists) {
        expect(row).toBeUndefined();
        return;
      }
      const want = { amount: a.amount, approved: a.approved, claimed: a.claimed, paid: a.paid, expired: a.expired };
      expect(row).toMatchObject({ ...want, lAmount: a.amount, lApproved: a.approved, lClaimed: a.claimed, lPaid: a.paid, lExpired: a.expired });
      expect(a.paid <= a.claimed && a.claimed <= a.approved && a.approved <= a.amount).toBe(true);
    });
    const [fund] = await app.dataSource.query(`SELECT allocated_minor::int AS allocated, total_budget_minor::int AS budget FROM mdf_fund WHERE id = $1`, [fundId]);
    expect(fund).toEqual({ allocated: model.allocated, budget: BUDGET });
    const requests = await app.dataSource.query(`SELECT id, status, approved_minor::int AS approved, claimed_minor::int AS claimed FROM mdf_request WHERE fund_id = $1`, [fundId]);
    for (const r of model.requests) {
      const row = requests.find((x: { id: string }) => x.id === r.id);
      if (!model.expired) expect(row).toMatchObject({ approved: r.approved, claimed: r.claimed });
    }
    expect((await app.gql(MDF.check, { id: fundId }, cm)).data!.mdfLedgerCheck).toEqual([]);
  }
});
