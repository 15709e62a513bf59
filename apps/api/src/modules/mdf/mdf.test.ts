import { startTestApp, TestApp, codeOf, Credentials, GraphQLResult } from '../../../test/harness';
import { fixtures } from '../../../test/fixtures';
import { Role } from '../../access/role';
import { MDF, PROOF_PDF } from '../../../test/mdf-operations';
import { tasks } from '../../jobs/worker';
import { PartnerStatus } from '../partners/partner.entity';
import { OrderKind } from '../orders/order.types';

const ok = <T = Record<string, any>>(result: GraphQLResult, name: string): T => {
  expect([name, result.errors]).toEqual([name, undefined]);
  return result.data![name] as T;
};

describe('marketing development funds', () => {
  let app: TestApp;
  let f: ReturnType<typeof fixtures>;
  let cm: Credentials;

  beforeAll(async () => {
    app = await startTestApp();
    f = fixtures(app);
    cm = await app.signIn((await f.givenUser(Role.CHANNEL_MANAGER)).email);
  });
  afterAll(() => app.close());

  const fund = async (budget = '10000.00', extra: Record<string, unknown> = {}) => ok<{ fund: { id: string } }>(await app.gql(MDF.createFund, { input: {
    name: 'Spring campaigns 2027', purpose: 'Demand for the new cordless line', currency: 'EUR', totalBudget: budget,
    periodStart: '2027-01-01', periodEnd: '2027-06-30', claimDeadline: '2027-08-31', activityTypes: ['EVENT', 'DIGITAL_CAMPAIGN', 'TRAINING'], ...extra,
  } }, cm), 'createMdfFund').fund.id;
  const partnerWithManager = async () => {
    const partner = await f.givenPartner();
    return { partner, manager: await app.signIn((await f.givenUser(Role.PARTNER_MANAGER, partner.id)).email) };
  };
  const requestInput = (fundId: string, partnerId: string, requested: string, extra: Record<string, unknown> = {}) => ({
    fundId, partnerId, activityType: 'EVENT', title: 'Open day in the shop', startsOn: '2027-03-01', endsOn: '2027-03-02',
    plannedCost: requested, requested, expectedLeads: 20, expectedRevenue: '30000.00', ...extra,
  });
  const balances = async (fundId: string) => (await app.dataSource.query(
    `SELECT a.partner_id AS "partnerId", a.amount_minor::int AS amount, a.approved_minor::int AS approved, a.claimed_minor::int AS claimed,
            a.paid_minor::int AS paid, a.expired_minor::int AS expired FROM mdf_allocation a WHERE a.fund_id = $1 ORDER BY a.partner_id`, [fundId]));
  const ledger = async (fundId: string) => (await app.dataSource.query(
    `SELECT kind, amount_minor::int AS amount FROM mdf_ledger WHERE fund_id = $1 ORDER BY id`, [fundId])) as { kind: string; amount: number }[];
  const check = async (fundId: string) => ok<string[]>(await app.gql(MDF.check, { id: fundId }, cm), 'mdfLedgerCheck');
  const claimWithProof = async (manager: Credentials, requestId: string, amount: string, key: string) => {
    const claim = ok<{ claim: { id: string; status: string } }>(await app.gql(MDF.createClaim, { input: { requestId, amount, note: 'Invoice attached', idempotencyKey: key } }, manager), 'createMdfClaim').claim;
    ok(await app.gql(MDF.addFile, { id: claim.id, name: 'invoice.pdf', content: PROOF_PDF }, manager), 'addMdfClaimFile');
    return claim;
  };

  it('takes money from the fund through allocation, approval, claim with proof and payment to expiry, with exact balances and ledger lines', async () => {
    const fundId = await fund();
    const a = await partnerWithManager();
    const b = await partnerWithManager();
    const allocA = ok<{ allocation: Record<string, unknown> }>(await app.gql(MDF.allocate, { input: { fundId, partnerId: a.partner.id, amount: '4000.00' } }, cm), 'allocateMdf').allocation;
    expect(allocA).toMatchObject({ amount: { amount: '4000.00' }, approved: { amount: '0.00' }, available: { amount: '4000.00' } });
    ok(await app.gql(MDF.allocate, { input: { fundId, partnerId: b.partner.id, amount: '5000.00' } }, cm), 'allocateMdf');
    // 9,000 of 10,000 allocated: a raise of 1,500 does not fit, and nothing is written.
    const over = await app.gql(MDF.allocate, { input: { fundId, partnerId: b.partner.id, amount: '6500.00' } }, cm);
    expect([codeOf(over), over.errors![0].message]).toEqual(['LIMIT_EXCEEDED', 'The fund has 1000.00 EUR unallocated; a raise of 1500.00 EUR does not fit']);
    // The same allocation again records nothing.
    ok(await app.gql(MDF.allocate, { input: { fundId, partnerId: b.partner.id, amount: '5000.00' } }, cm), 'allocateMdf');

    const request = ok<{ request: { id: string; number: string; status: string } }>(await app.gql(MDF.request, {
      input: requestInput(fundId, a.partner.id, '1500.00', { plannedCost: '2000.00' }) }, a.manager), 'requestMdf').request;
    expect(request.status).toBe('SUBMITTED');
    expect(request.number).toMatch(/^MDF-\d{4}-\d{6}$/);
    const approved = ok<{ request: Record<string, unknown> }>(await app.gql(MDF.approve, { id: request.id, amount: '1200.00' }, cm), 'approveMdfRequest').request;
    expect(approved).toMatchObject({ status: 'APPROVED', approved: { amount: '1200.00' } });
    // Approving again the same is no change.
    ok(await app.gql(MDF.approve, { id: request.id, amount: '1200.00' }, cm), 'approveMdfRequest');

    const claim = ok<{ claim: { id: string; status: string; number: string } }>(await app.gql(MDF.createClaim, {
      input: { requestId: request.id, amount: '1000.00', note: 'Hall and catering', idempotencyKey: 'claim-open-day-1' } }, a.manager), 'createMdfClaim').claim;
    expect(claim.status).toBe('DRAFT');
    const noProof = await app.gql(MDF.submitClaim, { id: claim.id }, a.manager);
    expect([codeOf(noProof), noProof.errors![0].message]).toEqual(['CONFLICT', 'A claim needs proof of performance: add at least one file (an invoice, a photo, a report)']);
    const file = ok<{ file: Record<string, unknown> }>(await app.gql(MDF.addFile, { id: claim.id, name: 'C:\\scans\\invoice.pdf', content: PROOF_PDF }, a.manager), 'addMdfClaimFile').file;
    expect(file).toMatchObject({ fileName: 'invoice.pdf', contentType: 'application/pdf', byteSize: Buffer.from(PROOF_PDF, 'base64').length });
    expect(ok(await app.gql(MDF.submitClaim, { id: claim.id }, a.manager), 'submitMdfClaim')).toEqual({ claim: { id: claim.id, status: 'SUBMITTED' } });
    expect(ok(await app.gql(MDF.approveClaim, { id: claim.id, amount: '900.00' }, cm), 'approveMdfClaim')).toEqual({ claim: { id: claim.id, status: 'APPROVED', approved: { amount: '900.00' } } });
    expect(ok(await app.gql(MDF.pay, { id: claim.id, key: 'pay-open-day-1' }, cm), 'payMdfClaim'))
      .toEqual({ claim: { id: claim.id, status: 'PAID', paymentMethod: 'TRANSFER', paymentReference: 'TR-0001' } });
    // The same payment again answers it; another payment of the claim is refused.
    ok(await app.gql(MDF.pay, { id: claim.id, key: 'pay-open-day-1' }, cm), 'payMdfClaim');
    expect(codeOf(await app.gql(MDF.pay, { id: claim.id, key: 'pay-open-day-2' }, cm))).toBe('CONFLICT');

    const [partnerA, partnerB] = [a.partner.id, b.partner.id];
    const byPartner = Object.fromEntries((await balances(fundId)).map((row: { partnerId: string }) => [row.partnerId, row]));
    expect(byPartner[partnerA]).toEqual({ partnerId: partnerA, amount: 400000, approved: 120000, claimed: 90000, paid: 90000, expired: 0 });
    expect(byPartner[partnerB]).toEqual({ partnerId: partnerB, amount: 500000, approved: 0, claimed: 0, paid: 0, expired: 0 });

    // Closing the request gives back the 300 approved and not claimed.
    expect(ok(await app.gql(MDF.close, { id: request.id }, a.manager), 'closeMdfRequest'))
      .toEqual({ request: { id: request.id, status: 'CLOSED', approved: { amount: '900.00' }, claimed: { amount: '900.00' } } });
    expect(await check(fundId)).toEqual([]);

    // The deadline passes: everything not claimed returns to the fund.
    await app.dataSource.query(`UPDATE mdf_fund SET period_start = '2020-01-01', period_end = '2020-06-30', claim_deadline = '2020-08-31' WHERE id = $1`, [fundId]);
    const expired = ok<{ fund: Record<string, unknown> }>(await app.gql(MDF.expire, { id: fundId }, cm), 'expireMdfFund').fund;
    expect(expired).toMatchObject({ allocated: { amount: '900.00' }, unallocated: { amount: '9100.00' } });
    const lines = await ledger(fundId);
    expect(lines.slice(0, 6)).toEqual([
      { kind: 'ALLOCATE', amount: 400000 }, { kind: 'ALLOCATE', amount: 500000 }, { kind: 'RESERVE', amount: 120000 }, { kind: 'CLAIM', amount: 90000 },
      { kind: 'PAY', amount: 90000 }, { kind: 'RELEASE', amount: 30000 },
    ]);
    // One EXPIRE per allocation (in the allocations' order): 4,000 - 900 claimed, and all of 5,000.
    expect(lines.slice(6).map((l) => `${l.kind} ${l.amount}`).sort()).toEqual(['EXPIRE 310000', 'EXPIRE 500000']);
    const after = Object.fromEntries((await balances(fundId)).map((row: { partnerId: string }) => [row.partnerId, row]));
    expect(after[partnerA]).toEqual({ partnerId: partnerA, amount: 90000, approved: 90000, claimed: 90000, paid: 90000, expired: 310000 });
    expect(after[partnerB]).toEqual({ partnerId: partnerB, amount: 0, approved: 0, claimed: 0, paid: 0, expired: 500000 });
    expect(await check(fundId)).toEqual([]);
    // Expired once: again is no change, and the fund takes no more allocations.
    ok(await app.gql(MDF.expire, { id: fundId }, cm), 'expireMdfFund');
    expect((await ledger(fundId)).length).toBe(8);
    expect(codeOf(await app.gql(MDF.allocate, { input: { fundId, partnerId: partnerA, amount: '100.00' } }, cm))).toBe('CONFLICT');
  });

  it('refuses moves out of order and bad amounts with exact errors, and writes nothing for them', async () => {
    const fundId = await fund('5000.00');
    const a = await partnerWithManager();
    const employee = await app.signIn((await f.givenUser(Role.PARTNER_EMPLOYEE, a.partner.id)).email);
    ok(await app.gql(MDF.allocate, { input: { fundId, partnerId: a.partner.id, amount: '1000.00' } }, cm), 'allocateMdf');
    const before = await ledger(fundId);
    const expectError = (result: GraphQLResult, code: string, field?: string) => {
      expect([codeOf(result), field && result.errors?.[0]?.extensions?.field]).toEqual([code, field]);
    };
    expectError(await app.gql(MDF.request, { input: requestInput(fundId, a.partner.id, '100.00') }, employee), 'FORBIDDEN');
    expectError(await app.gql(MDF.request, { input: requestInput(fundId, a.partner.id, '300.00', { plannedCost: '200.00' }) }, a.manager), 'BAD_USER_INPUT', 'requested');
    expectError(await app.gql(MDF.request, { input: requestInput(fundId, a.partner.id, '100.00', { startsOn: '2027-02-30' }) }, a.manager), 'BAD_USER_INPUT', 'startsOn');
    expectError(await app.gql(MDF.request, { input: requestInput(fundId, a.partner.id, '100.00', { endsOn: '2027-07-01' }) }, a.manager), 'BAD_USER_INPUT', 'endsOn');
    expectError(await app.gql(MDF.request, { input: requestInput(fundId, a.partner.id, '100.00', { activityType: 'PRINT' }) }, a.manager), 'BAD_USER_INPUT', 'activityType');
    expectError(await app.gql(MDF.request, { input: requestInput(fundId, a.partner.id, '1000.01') }, a.manager), 'LIMIT_EXCEEDED');
    expectError(await app.gql(MDF.allocate, { input: { fundId, partnerId: a.partner.id, amount: '12.345' } }, cm), 'BAD_USER_INPUT', 'amount');

    const request = ok<{ request: { id: string } }>(await app.gql(MDF.request, { input: requestInput(fundId, a.partner.id, '800.00') }, a.manager), 'requestMdf').request;
    expectError(await app.gql(MDF.approve, { id: request.id, amount: '800.01' }, cm), 'BAD_USER_INPUT', 'amount');
    expectError(await app.gql(MDF.approve, { id: request.id, amount: '100.00' }, a.manager), 'FORBIDDEN');
    expectError(await app.gql(MDF.createClaim, { input: { requestId: request.id, amount: '10.00', note: '', idempotencyKey: 'too-early-1' } }, a.manager), 'CONFLICT');
    // Sent back for changes, changed and sent again, then approved.
    expect(ok(await app.gql(MDF.askChanges, { id: request.id, reason: 'Split the catering' }, cm), 'askMdfRequestChanges'))
      .toEqual({ request: { id: request.id, status: 'CHANGES_REQUESTED', decisionReason: 'Split the catering' } });
    expectError(await app.gql(MDF.approve, { id: request.id, amount: null }, cm), 'CONFLICT');
    expect(ok(await app.gql(MDF.resubmit, { id: request.id, requested: '600.00' }, a.manager), 'resubmitMdfRequest'))
      .toEqual({ request: { id: request.id, status: 'SUBMITTED', requested: { amount: '600.00' } } });
    ok(await app.gql(MDF.approve, { id: request.id, amount: null }, cm), 'approveMdfRequest');
    expectError(await app.gql(MDF.approve, { id: request.id, amount: '500.00' }, cm), 'CONFLICT');
    expectError(await app.gql(MDF.reject, { id: request.id, reason: 'Too late' }, cm), 'CONFLICT');
    // The allocation cannot go below what approved requests hold.
    expectError(await app.gql(MDF.allocate, { input: { fundId, partnerId: a.partner.id, amount: '599.99' } }, cm), 'CONFLICT');

    // Claims: more than approved; the same key again; another claim under the same key.
    expectError(await app.gql(MDF.createClaim, { input: { requestId: request.id, amount: '600.01', note: '', idempotencyKey: 'claim-too-much' } }, a.manager), 'LIMIT_EXCEEDED');
    const first = await claimWithProof(a.manager, request.id, '400.00', 'claim-key-0001');
    const again = ok<{ claim: { id: string } }>(await app.gql(MDF.createClaim, { input: { requestId: request.id, amount: '400.00', note: '', idempotencyKey: 'claim-key-0001' } }, a.manager), 'createMdfClaim');
    expect(again.claim.id).toBe(first.id);
    expectError(await app.gql(MDF.createClaim, { input: { requestId: request.id, amount: '300.00', note: '', idempotencyKey: 'claim-key-0001' } }, a.manager), 'CONFLICT');
    ok(await app.gql(MDF.submitClaim, { id: first.id }, a.manager), 'submitMdfClaim');
    // 400 waits for a decision: a second claim of 250 does not fit in the 600 approved.
    const second = await claimWithProof(a.manager, request.id, '250.00', 'claim-key-0002');
    expectError(await app.gql(MDF.submitClaim, { id: second.id }, a.manager), 'LIMIT_EXCEEDED');
    expectError(await app.gql(MDF.close, { id: request.id }, a.manager), 'CONFLICT');
    expectError(await app.gql(MDF.approveClaim, { id: first.id, amount: '400.01' }, cm), 'BAD_USER_INPUT', 'amount');
    expectError(await app.gql(MDF.pay, { id: first.id, key: 'pay-before-approval' }, cm), 'CONFLICT');
    expect(ok(await app.gql(MDF.rejectClaim, { id: first.id, reason: 'The invoice is not readable' }, cm), 'rejectMdfClaim')).toEqual({ claim: { id: first.id, status: 'REJECTED' } });
    expectError(await app.gql(MDF.approveClaim, { id: first.id, amount: null }, cm), 'CONFLICT');
    // Now the 250 fits.
    ok(await app.gql(MDF.submitClaim, { id: second.id }, a.manager), 'submitMdfClaim');
    expect(await ledger(fundId)).toEqual([...before, { kind: 'RESERVE', amount: 60000 }]);
    expect(await check(fundId)).toEqual([]);
  });

  it('lets 60 parallel approvals against one allocation reserve exactly what it holds, the losers refused with nothing written', async () => {
    const fundId = await fund('100000.00');
    const a = await partnerWithManager();
    // Room for 20 of the 60: two of every three calls must lose, however they interleave.
    ok(await app.gql(MDF.allocate, { input: { fundId, partnerId: a.partner.id, amount: '2000.00' } }, cm), 'allocateMdf');
    const ids: string[] = [];
    for (let chunk = 0; chunk < 3; chunk += 1) {
      ids.push(...(await Promise.all(Array.from({ length: 20 }, (_, i) => app.gql(MDF.request, {
        input: requestInput(fundId, a.partner.id, '100.00', { title: `Webinar ${chunk * 20 + i}` }) }, a.manager)))).map((r) => ok<{ request: { id: string } }>(r, 'requestMdf').request.id));
    }
    const results = await Promise.all(ids.map((id) => app.gql(MDF.approve, { id, amount: '100.00' }, cm)));
    const codes = results.map((r) => codeOf(r) ?? 'OK');
    expect(codes.filter((c) => c === 'OK').length).toBe(20);
    expect(codes.filter((c) => c === 'LIMIT_EXCEEDED').length).toBe(40);
    const approvedIds = ids.filter((_, i) => codes[i] === 'OK').sort();
    expect((await app.dataSource.query(`SELECT id FROM mdf_request WHERE fund_id = $1 AND status = 'APPROVED' ORDER BY id`, [fundId])).map((r: { id: string }) => r.id)).toEqual(approvedIds);
    expect((await balances(fundId))[0]).toMatchObject({ amount: 200000, approved: 200000 });
    expect((await ledger(fundId)).filter((l) => l.kind === 'RESERVE').length).toBe(20);
    expect(await check(fundId)).toEqual([]);
  }, 120_000);

  it('submits exactly what fits of 60 parallel claims against one request, and approves a claim once under 50 parallel approvals', async () => {
    const fundId = await fund('100000.00');
    const a = await partnerWithManager();
    // Room for 20 claims of 10.00 in the request's 200.00: two of every three submits must lose.
    ok(await app.gql(MDF.allocate, { input: { fundId, partnerId: a.partner.id, amount: '200.00' } }, cm), 'allocateMdf');
    const requestId = ok<{ request: { id: string } }>(await app.gql(MDF.request, { input: requestInput(fundId, a.partner.id, '200.00') }, a.manager), 'requestMdf').request.id;
    ok(await app.gql(MDF.approve, { id: requestId, amount: null }, cm), 'approveMdfRequest');
    const claims: string[] = [];
    for (let chunk = 0; chunk < 3; chunk += 1) {
      claims.push(...(await Promise.all(Array.from({ length: 20 }, (_, i) => app.gql(MDF.createClaim, {
        input: { requestId, amount: '10.00', note: '', idempotencyKey: `parallel-claim-${chunk * 20 + i}` } }, a.manager)))).map((r) => ok<{ claim: { id: string } }>(r, 'createMdfClaim').claim.id));
    }
    await app.dataSource.query(`INSERT INTO mdf_claim_file (claim_id, partner_id, file_name, content_type, byte_size, content)
      SELECT id, partner_id, 'proof.txt', 'text/plain', 5, 'proof' FROM mdf_claim WHERE request_id = $1`, [requestId]);
    const submitted = await Promise.all(claims.map((id) => app.gql(MDF.submitClaim, { id }, a.manager)));
    const codes = submitted.map((r) => codeOf(r) ?? 'OK');
    expect([codes.filter((c) => c === 'OK').length, codes.filter((c) => c === 'LIMIT_EXCEEDED').length]).toEqual([20, 40]);
    const [{ waiting }] = await app.dataSource.query(`SELECT sum(amount_minor)::int AS waiting FROM mdf_claim WHERE request_id = $1 AND status = 'SUBMITTED'`, [requestId]);
    expect(waiting).toBe(20000);

    const one = claims[codes.indexOf('OK')];
    const approvals = await Promise.all(Array.from({ length: 50 }, () => app.gql(MDF.approveClaim, { id: one, amount: null }, cm)));
    expect(approvals.map((r) => codeOf(r) ?? 'OK')).toEqual(Array(50).fill('OK'));
    expect((await ledger(fundId)).filter((l) => l.kind === 'CLAIM')).toEqual([{ kind: 'CLAIM', amount: 1000 }]);
    const payments = await Promise.all(Array.from({ length: 20 }, (_, i) => app.gql(MDF.pay, { id: one, key: i % 2 ? 'pay-parallel-a' : 'pay-parallel-b' }, cm)));
    // The first payment's key wins: its 10 calls answer the payment, the other key's 10 are refused.
    expect([payments.filter((r) => !r.errors).length, payments.filter((r) => codeOf(r) === 'CONFLICT').length]).toEqual([10, 10]);
    expect((await ledger(fundId)).filter((l) => l.kind === 'PAY')).toEqual([{ kind: 'PAY', amount: 1000 }]);
    expect(await check(fundId)).toEqual([]);
  }, 120_000);

  it('lets parallel allocations fill the fund exactly and never past it', async () => {
    const fundId = await fund('1000.00');
    const partners = await Promise.all(Array.from({ length: 12 }, () => f.givenPartner()));
    const results = await Promise.all(partners.map((p) => app.gql(MDF.allocate, { input: { fundId, partnerId: p.id, amount: '300.00' } }, cm)));
    const codes = results.map((r) => codeOf(r) ?? 'OK');
    expect([codes.filter((c) => c === 'OK').length, codes.filter((c) => c === 'LIMIT_EXCEEDED').length]).toEqual([3, 9]);
    const [{ allocated }] = await app.dataSource.query(`SELECT allocated_minor::int AS allocated FROM mdf_fund WHERE id = $1`, [fundId]);
    expect(allocated).toBe(90000);
    // The refused ones left no allocation row behind.
    expect((await balances(fundId)).length).toBe(3);
    expect(await check(fundId)).toEqual([]);
  });

  it('exports the ledger as journal lines: the viewer\'s own rows, filtered, with debit and credit accounts', async () => {
    const fundId = await fund('2000.00');
    const a = await partnerWithManager();
    const b = await partnerWithManager();
    await app.dataSource.query(`UPDATE partner SET name = '=HYPERLINK("x")' WHERE id = $1`, [b.partner.id]);
    ok(await app.gql(MDF.allocate, { input: { fundId, partnerId: a.partner.id, amount: '700.00' } }, cm), 'allocateMdf');
    ok(await app.gql(MDF.allocate, { input: { fundId, partnerId: b.partner.id, amount: '300.00' } }, cm), 'allocateMdf');
    ok(await app.gql(MDF.allocate, { input: { fundId, partnerId: a.partner.id, amount: '600.00' } }, cm), 'allocateMdf');
    const requestId = ok<{ request: { id: string } }>(await app.gql(MDF.request, { input: requestInput(fundId, a.partner.id, '250.00') }, a.manager), 'requestMdf').request.id;
    ok(await app.gql(MDF.approve, { id: requestId, amount: null }, cm), 'approveMdfRequest');
    const csv = async (query: string, who?: Credentials) => {
      const res = await fetch(`${app.url}/mdf-ledger.csv${query}`, { headers: who?.cookie ? { cookie: who.cookie } : {} });
      return { status: res.status, type: res.headers.get('content-type'), lines: (await res.text()).trim().split('\n') };
    };
    const all = await csv(`?fundId=${fundId}`, cm);
    expect([all.status, all.type]).toEqual([200, 'text/csv; charset=utf-8']);
    expect(all.lines[0]).toBe('line,date,fund,fund_id,partner_code,partner,partner_id,kind,debit_account,credit_account,amount,currency,request,claim,note');
    const cut = (line: string) => line.split(',').filter((_, i) => [5, 7, 8, 9, 10, 11].includes(i)).join(',');
    const [nameA, nameB] = [a.partner.name, `"'=HYPERLINK(""x"")"`];
    expect(all.lines.slice(1).map(cut)).toEqual([
      `${nameA},ALLOCATE,MDF-ALLOCATED,MDF-BUDGET,700.00,EUR`,
      `${nameB},ALLOCATE,MDF-ALLOCATED,MDF-BUDGET,300.00,EUR`,
      `${nameA},ALLOCATE,MDF-BUDGET,MDF-ALLOCATED,100.00,EUR`,
      `${nameA},RESERVE,MDF-COMMITTED,MDF-ALLOCATED,250.00,EUR`,
    ]);
    expect((await csv(`?fundId=${fundId}&kind=RESERVE`, cm)).lines.length).toBe(2);
    // A partner's manager gets its own lines only, whatever the filter says.
    expect((await csv(`?fundId=${fundId}`, a.manager)).lines.slice(1).map(cut)).toEqual([
      `${nameA},ALLOCATE,MDF-ALLOCATED,MDF-BUDGET,700.00,EUR`, `${nameA},ALLOCATE,MDF-BUDGET,MDF-ALLOCATED,100.00,EUR`, `${nameA},RESERVE,MDF-COMMITTED,MDF-ALLOCATED,250.00,EUR`,
    ]);
    expect((await csv(`?partnerId=${b.partner.id}`, a.manager)).lines).toEqual(['line,date,fund,fund_id,partner_code,partner,partner_id,kind,debit_account,credit_account,amount,currency,request,claim,note']);
    expect((await csv(`?fundId=${fundId}`)).status).toBe(401);
    const bad = await fetch(`${app.url}/mdf-ledger.csv?kind=STEAL`, { headers: { cookie: cm.cookie! } });
    expect([bad.status, await bad.text()]).toEqual([400, 'kind must be one of ALLOCATE, RESERVE, RELEASE, CLAIM, PAY, EXPIRE']);
    expect((await fetch(`${app.url}/mdf-ledger.csv?fundId=1%27`, { headers: { cookie: cm.cookie! } })).status).toBe(400);
  });

  it('expires every fund past its deadline in the daily job, and leaves one whose claim waits for a decision until it is decided', async () => {
    const [done, waiting, current] = [await fund('1000.00'), await fund('1000.00'), await fund('1000.00')];
    const a = await partnerWithManager();
    for (const id of [done, waiting, current]) ok(await app.gql(MDF.allocate, { input: { fundId: id, partnerId: a.partner.id, amount: '400.00' } }, cm), 'allocateMdf');
    const requestId = ok<{ request: { id: string } }>(await app.gql(MDF.request, { input: requestInput(waiting, a.partner.id, '100.00') }, a.manager), 'requestMdf').request.id;
    ok(await app.gql(MDF.approve, { id: requestId, amount: null }, cm), 'approveMdfRequest');
    const claim = await claimWithProof(a.manager, requestId, '80.00', 'job-claim-0001');
    ok(await app.gql(MDF.submitClaim, { id: claim.id }, a.manager), 'submitMdfClaim');
    await app.dataSource.query(`UPDATE mdf_fund SET period_start = '2020-01-01', period_end = '2020-06-30', claim_deadline = '2020-08-31' WHERE id = ANY($1)`, [[done, waiting]]);
    const job = tasks({ mailer: { enabled: false } as never, leads: { scopes: app.scopes } as never, mdf: app.services.mdf });
    const expiredAt = async () => Object.fromEntries((await app.dataSource.query(`SELECT id, expired_at IS NOT NULL AS expired, allocated_minor::int AS allocated FROM mdf_fund WHERE id = ANY($1)`,
      [[done, waiting, current]])).map((r: { id: string; expired: boolean; allocated: number }) => [r.id, `${r.expired} ${r.allocated}`]));
    await job.mdf_expiry({});
    expect(await expiredAt()).toEqual({ [done]: 'true 0', [waiting]: 'false 40000', [current]: 'false 40000' });
    ok(await app.gql(MDF.approveClaim, { id: claim.id, amount: '75.00' }, cm), 'approveMdfClaim');
    await job.mdf_expiry({});
    await job.mdf_expiry({});
    expect(await expiredAt()).toEqual({ [done]: 'true 0', [waiting]: 'true 7500', [current]: 'false 40000' });
    expect(await ledger(waiting)).toEqual([{ kind: 'ALLOCATE', amount: 40000 }, { kind: 'RESERVE', amount: 10000 }, { kind: 'CLAIM', amount: 7500 },
      { kind: 'RELEASE', amount: 2500 }, { kind: 'EXPIRE', amount: 32500 }]);
    expect(await check(waiting)).toEqual([]);
  });

  it('credits leads to an activity and gives its return on investment per request, partner and fund, within the viewer\'s access', async () => {
    const fundId = await fund('10000.00');
    const a = await partnerWithManager();
    const other = await partnerWithManager();
    const employee = await app.signIn((await f.givenUser(Role.PARTNER_EMPLOYEE, a.partner.id)).email);
    const { slug } = await f.givenShowroom(a.partner.id);
    ok(await app.gql(MDF.allocate, { input: { fundId, partnerId: a.partner.id, amount: '5000.00' } }, cm), 'allocateMdf');
    ok(await app.gql(MDF.allocate, { input: { fundId, partnerId: other.partner.id, amount: '1000.00' } }, cm), 'allocateMdf');
    const requestId = ok<{ request: { id: string } }>(await app.gql(MDF.request, { input: requestInput(fundId, a.partner.id, '2000.00') }, a.manager), 'requestMdf').request.id;
    const pending = ok<{ request: { id: string } }>(await app.gql(MDF.request, { input: requestInput(fundId, a.partner.id, '100.00') }, a.manager), 'requestMdf').request.id;
    const foreign = ok<{ request: { id: string } }>(await app.gql(MDF.request, { input: requestInput(fundId, other.partner.id, '100.00') }, other.manager), 'requestMdf').request.id;
    ok(await app.gql(MDF.approve, { id: requestId, amount: null }, cm), 'approveMdfRequest');
    ok(await app.gql(MDF.approve, { id: foreign, amount: null }, cm), 'approveMdfRequest');
    const claim = await claimWithProof(a.manager, requestId, '1600.00', 'roi-claim-0001');
    ok(await app.gql(MDF.submitClaim, { id: claim.id }, a.manager), 'submitMdfClaim');
    ok(await app.gql(MDF.approveClaim, { id: claim.id, amount: null }, cm), 'approveMdfClaim');

    const leads = [await f.givenLead({ slug }), await f.givenLead({ slug }), await f.givenLead({ slug })];
    const attribute = (leadId: string, id: string | null, who: Credentials) =>
      app.gql(`mutation($l: ID!, $r: ID) { attributeLeadToMdf(input: { leadId: $l, requestId: $r }) { lead { id } } }`, { l: leadId, r: id }, who);
    for (const lead of leads) ok(await attribute(lead, requestId, employee), 'attributeLeadToMdf');
    // Another partner's request, one not approved, and another partner's person are refused.
    expect(codeOf(await attribute(leads[0], foreign, a.manager))).toBe('BAD_USER_INPUT');
    expect(codeOf(await attribute(leads[0], pending, a.manager))).toBe('BAD_USER_INPUT');
    expect(codeOf(await attribute(leads[0], requestId, other.manager))).toBe('NOT_FOUND');
    // Two of the three convert: 12,000.00 and 8,000.00 EUR.
    for (const [lead, value] of [[leads[0], '12000.00'], [leads[1], '8000.00']]) {
      ok(await app.gql(`mutation($id: ID!) { acceptLead(input: { leadId: $id }) { lead { id } } }`, { id: lead }, a.manager), 'acceptLead');
      ok(await app.gql(`mutation($id: ID!) { qualifyLead(input: { leadId: $id, score: 80, budgetConfirmed: true, authorityConfirmed: true, needConfirmed: true, timing: NOW }) { lead { id } } }`,
        { id: lead }, a.manager), 'qualifyLead');
      ok(await app.gql(`mutation($id: ID!, $v: String!) { convertLead(input: { leadId: $id, value: { amount: $v, currency: "EUR" } }) { lead { id status } } }`,
        { id: lead, v: value }, a.manager), 'convertLead');
    }
    const figures = `attribution { leads convertedLeads convertedRevenue { amount currency } returnOnInvestment }`;
    const read = async (who: Credentials) => (await app.gql(`query($r: ID!, $f: ID!) { mdfRequest(id: $r) { ${figures} }
      mdfFund(id: $f) { ${figures} allocations { partner { id } ${figures} } } }`, { r: requestId, f: fundId }, who)).data!;
    const mine = { leads: 3, convertedLeads: 2, convertedRevenue: { amount: '20000.00', currency: 'EUR' }, returnOnInvestment: 12.5 };
    const seen = await read(cm);
    expect(seen.mdfRequest.attribution).toEqual(mine);
    expect(seen.mdfFund.attribution).toEqual({ ...mine, returnOnInvestment: 12.5 });
    expect(seen.mdfFund.allocations.map((x: { partner: { id: string }; attribution: object }) => [x.partner.id, x.attribution]).sort())
      .toEqual([[a.partner.id, mine], [other.partner.id, { leads: 0, convertedLeads: 0, convertedRevenue: { amount: '0.00', currency: 'EUR' }, returnOnInvestment: null }]].sort());
    // The other partner's manager sees its own allocation only, and none of these leads.
    const theirs = (await app.gql(`query($f: ID!) { mdfFund(id: $f) { ${figures} allocations { partner { id } } } }`, { f: fundId }, other.manager)).data!;
    expect(theirs.mdfFund).toEqual({ attribution: { leads: 0, convertedLeads: 0, convertedRevenue: { amount: '0.00', currency: 'EUR' }, returnOnInvestment: null },
      allocations: [{ partner: { id: other.partner.id } }] });
    // Clearing a credit counts it out; the lead shows the activity it is credited to.
    ok(await attribute(leads[2], null, a.manager), 'attributeLeadToMdf');
    expect((await read(cm)).mdfRequest.attribution.leads).toBe(2);
    const credited = await app.gql(`query($id: ID!) { lead(id: $id) { mdfRequest { id } } }`, { id: leads[0] }, employee);
    expect(credited.data!.lead.mdfRequest).toEqual({ id: requestId });
  });

  it('numbers records past 999,999 with a seventh digit instead of repeating numbers', async () => {
    const fundId = await fund('1000.00');
    const a = await partnerWithManager();
    ok(await app.gql(MDF.allocate, { input: { fundId, partnerId: a.partner.id, amount: '100.00' } }, cm), 'allocateMdf');
    await app.dataSource.query(`SELECT setval('mdf_request_number_seq', 999998), setval('service_case_number_seq', 999999)`);
    const numbers: string[] = [];
    for (let i = 0; i < 2; i += 1) {
      numbers.push(ok<{ request: { number: string } }>(await app.gql(MDF.request, { input: requestInput(fundId, a.partner.id, '10.00') }, a.manager), 'requestMdf').request.number);
    }
    const year = new Date().getUTCFullYear();
    expect(numbers).toEqual([`MDF-${year}-999999`, `MDF-${year}-1000000`]);
    const [{ number }] = await app.dataSource.query(`INSERT INTO service_case (partner_id, customer_name, customer_email, description, severity)
      VALUES ($1, 'C', 'c@x.example', 'Broken', 'LOW') RETURNING number`, [a.partner.id]);
    expect(number).toBe(`S-${year}-1000000`);
  });

  it('shares an amount by a rule among the eligible active partners, in whole cents that add up exactly, all or nothing', async () => {
    const [gold, silver] = [await f.givenTier(), await f.givenTier()];
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const fundId = await fund('2000.00', { eligibleTierIds: [gold.id, silver.id], periodStart: day(1), periodEnd: day(30), claimDeadline: day(40) });
    const partners = [await f.givenPartner({ tierId: gold.id }), await f.givenPartner({ tierId: gold.id }), await f.givenPartner({ tierId: silver.id })];
    await f.givenPartner({ tierId: gold.id, status: PartnerStatus.SUSPENDED });
    await f.givenPartner();
    const [g1, g2, s1] = partners.map((p) => p.id);
    const split = async (rule: string, amount: string, extra: Record<string, unknown> = {}) => app.gql(`mutation($input: AllocateMdfByRuleInput!) {
      allocateMdfByRule(input: $input) { shares { partner { id } amount { amount } basis } allocations { partner { id } amount { amount } } } }`,
      { input: { fundId, rule, amount, ...extra } }, cm);
    const sharesOf = (result: GraphQLResult) => Object.fromEntries(ok<{ shares: { partner: { id: string }; amount: { amount: string } }[] }>(result, 'allocateMdfByRule')
      .shares.map((x) => [x.partner.id, x.amount.amount]));
    // Equal: 100.00 in three is 33.34 + 33.33 + 33.33, the odd cent to the first by id. A dry run writes nothing.
    const first = [g1, g2, s1].sort()[0];
    expect(sharesOf(await split('EQUAL', '100.00', { dryRun: true }))).toEqual(Object.fromEntries([g1, g2, s1].map((id) => [id, id === first ? '33.34' : '33.33'])));
    expect(await ledger(fundId)).toEqual([]);
    // By tier, gold 3 and silver 1: 1000.00 x 3/7 = 428.571..., x 1/7 = 142.857...: 428.57, 428.57 and 142.86 (the largest remainder).
    expect(sharesOf(await split('BY_TIER', '1000.00', { tierWeights: [{ tierId: gold.id, weight: 3 }, { tierId: silver.id, weight: 1 }] })))
      .toEqual({ [g1]: '428.57', [g2]: '428.57', [s1]: '142.86' });
    // By last period's sell-in revenue: 3000.00 and 1000.00, nothing for a partner without: 375.00 and 125.00 of 500.00.
    const product = await f.givenProduct();
    for (const [partnerId, net] of [[g1, 300000], [g2, 100000]] as const) {
      const order = await f.givenOrder(partnerId, [{ productId: product.id, quantity: 1 }], { kind: OrderKind.SELL_IN });
      await app.dataSource.query(`UPDATE sales_order SET net_minor = $2, vat_minor = 0, gross_minor = $2, currency = 'EUR' WHERE id = $1`, [order.id, net]);
    }
    expect(sharesOf(await split('BY_REVENUE', '500.00'))).toEqual({ [g1]: '375.00', [g2]: '125.00' });
    const balances2 = Object.fromEntries((await balances(fundId)).map((b: { partnerId: string; amount: number }) => [b.partnerId, b.amount]));
    expect(balances2).toEqual({ [g1]: 80357, [g2]: 55357, [s1]: 14286 });
    // 1500.00 of 2000.00 allocated: 600.00 more does not fit, and nothing is written.
    const over = await split('EQUAL', '600.00');
    expect([codeOf(over), over.errors![0].message]).toEqual(['LIMIT_EXCEEDED', 'The fund has 500.00 EUR unallocated; 600.00 EUR does not fit']);
    expect((await ledger(fundId)).length).toBe(5);
    expect(codeOf(await split('BY_TIER', '10.00', { tierWeights: [{ tierId: gold.id, weight: 0 }] }))).toBe('BAD_USER_INPUT');
    expect(await check(fundId)).toEqual([]);
  });

  it('loads a page of requests with their funds, allocations, partners and claims in a fixed number of statements', async () => {
    const fundId = await fund('100000.00');
    const managers: Credentials[] = [];
    for (let i = 0; i < 4; i += 1) {
      const p = await partnerWithManager();
      managers.push(p.manager);
      ok(await app.gql(MDF.allocate, { input: { fundId, partnerId: p.partner.id, amount: '1000.00' } }, cm), 'allocateMdf');
      for (let j = 0; j < 3; j += 1) {
        const r = ok<{ request: { id: string } }>(await app.gql(MDF.request, { input: requestInput(fundId, p.partner.id, '100.00') }, p.manager), 'requestMdf').request;
        ok(await app.gql(MDF.approve, { id: r.id, amount: null }, cm), 'approveMdfRequest');
        await claimWithProof(p.manager, r.id, '50.00', `stmt-claim-${i}-${j}`);
      }
    }
    const result = await app.gql(`query($fundId: ID!) { mdfRequests(first: 50, filter: { fundId: $fundId }) { totalCount edges { node { id fund { name }
      allocation { available { amount } } partner { name } submittedBy { email } claims { id files { id } } } } } }`, { fundId }, cm);
    expect(result.errors).toBeUndefined();
    expect(result.data!.mdfRequests.totalCount).toBe(12);
    expect(result.data!.mdfRequests.edges.every((e: { node: { claims: { files: unknown[] }[] } }) => e.node.claims.length === 1 && e.node.claims[0].files.length === 1)).toBe(true);
    // page + count, then one statement per level: funds, allocations, partners, users, claims, files.
    expect(result.statements).toBe(8);
  });
});
