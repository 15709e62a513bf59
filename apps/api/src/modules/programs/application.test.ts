import { startTestApp, TestApp, Credentials, codeOf } from '../../../test/harness';
import { fixtures } from '../../../test/fixtures';
import { Role } from '../../access/role';
import type { Viewer } from '../../access/viewer';

const APPLY = `mutation($input: ApplyForPartnershipInput!) { applyForPartnership(input: $input) { reference status } }`;
const READ = `query($id: ID!) { partnerApplication(id: $id) { id number companyName taxId taxIdGiven status decisionReason language
  partner { id status } duplicates { reasons partner { id name } } } }`;
const APPROVE = `mutation($input: ApprovePartnerApplicationInput!) { approvePartnerApplication(input: $input) {
  application { id status partner { id } } partner { id code name status kind city country email taxId }
  firstManagerInvitation { invitationUrl user { email role displayName partner { id } } } } }`;
const REJECT = `mutation($input: RejectPartnerApplicationInput!) { rejectPartnerApplication(input: $input) { application { id status decisionReason } } }`;

const CONSENT = 'I agree that my data is processed for this application.';

/** A complete, valid form; each test changes what it talks about. */
const form = (over: Record<string, unknown> = {}) => ({
  companyName: 'Nowak Narzędzia Sp. z o.o.', kind: 'DEALER', country: 'PL', city: 'Poznań', postalCode: '60-001', website: 'https://www.nowak-tools.example/about',
  taxId: 'PL 779-23-08-495', territory: 'Wielkopolska', contactName: 'Ewa Nowak', contactEmail: 'ewa@nowak-tools.example', contactPhone: '+48 600 700 800',
  references: 'Sells Makita since 2010', message: 'We would like to join.', consent: true, consentText: CONSENT, language: 'PL', ...over,
});

describe('partner applications', () => {
  let app: TestApp;
  let f: ReturnType<typeof fixtures>;
  let cm: Credentials;
  let analyst: Credentials;
  let ip = 0;
  /** Each application from an address of its own, unless a test says otherwise (the per-address limit is tested apart). */
  const apply = (input: Record<string, unknown>, address = `10.0.0.${++ip}`) => app.gql(APPLY, { input }, {}, { 'x-forwarded-for': address });
  const idOf = async (reference: string) => (await app.dataSource.query(`SELECT id FROM partner_application WHERE number = $1`, [reference]))[0].id as string;

  beforeAll(async () => {
    app = await startTestApp({ applicationsPerIpPerHour: 2 });
    f = fixtures(app);
    cm = await app.signIn((await f.givenUser(Role.CHANNEL_MANAGER)).email);
    analyst = await app.signIn((await f.givenUser(Role.ANALYST)).email);
  });
  afterAll(() => app.close());

  it('files an application anonymously, answering only its reference, and brand staff read it with its duplicates and reasons', async () => {
    const byTax = await f.givenPartner({ name: 'Tools of Poznań' });
    await app.dataSource.query(`UPDATE partner SET tax_id = 'PL7792308495' WHERE id = $1`, [byTax.id]);
    const byName = await f.givenPartner({ name: 'NOWAK NARZĘDZIA sp. z o.o.' });
    const byDomain = await f.givenPartner({ name: 'Someone Else' });
    await app.dataSource.query(`UPDATE partner SET email = 'office@nowak-tools.example' WHERE id = $1`, [byDomain.id]);
    const bySite = await f.givenPartner({ name: 'Site Twin' });
    await app.dataSource.query(`UPDATE partner SET website = 'http://nowak-tools.example' WHERE id = $1`, [bySite.id]);
    const freeMail = await f.givenPartner({ name: 'Gmail Shop' });
    await app.dataSource.query(`UPDATE partner SET email = 'shop@gmail.com' WHERE id = $1`, [freeMail.id]);

    const filed = await apply(form({ contactEmail: 'ewa@gmail.com' }));
    expect(filed.errors).toBeUndefined();
    expect(Object.keys(filed.data!.applyForPartnership)).toEqual(['reference', 'status']);
    expect(filed.data!.applyForPartnership.reference).toMatch(new RegExp(`^PA-${new Date().getUTCFullYear()}-\\d{6}$`));
    expect(filed.data!.applyForPartnership.status).toBe('SUBMITTED');
    const id = await idOf(filed.data!.applyForPartnership.reference);

    const read = await app.gql(READ, { id }, analyst);
    expect(read.errors).toBeUndefined();
    const application = read.data!.partnerApplication;
    expect([application.taxId, application.taxIdGiven, application.status, application.language, application.partner])
      .toEqual(['PL7792308495', 'PL 779-23-08-495', 'SUBMITTED', 'PL', null]);
    const duplicates = application.duplicates.map((d: { reasons: string[]; partner: { id: string } }) => [d.partner.id, d.reasons]);
    expect(new Map(duplicates)).toEqual(new Map([[byTax.id, ['TAX_ID']], [byName.id, ['NAME']], [byDomain.id, ['DOMAIN']], [bySite.id, ['DOMAIN']]]));
    expect(duplicates).toHaveLength(4);

    // Anonymous callers and partner users read none of it.
    expect(codeOf(await app.gql(READ, { id }))).toBe('UNAUTHENTICATED');
    const partner = await f.givenPartner();
    const pm = await app.signIn((await f.givenUser(Role.PARTNER_MANAGER, partner.id)).email);
    expect(codeOf(await app.gql(READ, { id }, pm))).toBe('FORBIDDEN');
  });

  it('lists applications newest first, by status, in pages', async () => {
    const refs: string[] = [];
    for (const name of ['Alpha Tools', 'Beta Tools', 'Gamma Tools']) {
      refs.push((await apply(form({ companyName: name, taxId: `DE${100000 + refs.length}` }))).data!.applyForPartnership.reference);
    }
    const ids = await Promise.all(refs.map(idOf));
    await app.gql(REJECT, { input: { applicationId: ids[1], reason: 'Not our region' } }, cm);
    const LIST = `query($status: PartnerApplicationStatus, $after: String) { partnerApplications(status: $status, first: 1, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`;
    const first = await app.gql(LIST, { status: 'SUBMITTED' }, analyst);
    const submitted = (await app.dataSource.query(`SELECT count(*)::int AS n FROM partner_application WHERE status = 'SUBMITTED'`))[0].n;
    expect([first.data!.partnerApplications.totalCount, first.data!.partnerApplications.edges[0].node.id]).toEqual([submitted, ids[2]]);
    const second = await app.gql(LIST, { status: 'SUBMITTED', after: first.data!.partnerApplications.pageInfo.endCursor }, analyst);
    expect(second.data!.partnerApplications.edges[0].node.id).toBe(ids[0]);
    const rejected = await app.gql(LIST, { status: 'REJECTED' }, analyst);
    expect(rejected.data!.partnerApplications.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(ids[1]);
  });

  it('approves into a partner in ONBOARDING with the contact invited as its partner manager, once', async () => {
    const reference = (await apply(form({ companyName: 'Kowalski Elektro', taxId: 'PL1112223334', contactEmail: 'jan@kowalski-elektro.example',
      contactName: 'Jan Kowalski', website: null, kind: 'RESELLER', language: 'EN' }))).data!.applyForPartnership.reference;
    const id = await idOf(reference);
    const approved = await app.gql(APPROVE, { input: { applicationId: id, code: 'KOWAL' } }, cm);
    expect(approved.errors).toBeUndefined();
    const { application, partner, firstManagerInvitation } = approved.data!.approvePartnerApplication;
    expect(partner).toEqual({ id: partner.id, code: 'KOWAL', name: 'Kowalski Elektro', status: 'ONBOARDING', kind: 'RESELLER', city: 'Poznań', country: 'PL',
      email: 'jan@kowalski-elektro.example', taxId: 'PL1112223334' });
    expect(application).toEqual({ id, status: 'APPROVED', partner: { id: partner.id } });
    expect(firstManagerInvitation.user).toEqual({ email: 'jan@kowalski-elektro.example', role: 'PARTNER_MANAGER', displayName: 'Jan Kowalski', partner: { id: partner.id } });
    expect(firstManagerInvitation.invitationUrl).toMatch(/\/invitation\/tri_/);
    const [stored] = await app.dataSource.query(`SELECT tax_id, status FROM partner WHERE id = $1`, [partner.id]);
    expect(stored).toEqual({ tax_id: 'PL1112223334', status: 'ONBOARDING' });
    const history = await app.dataSource.query(`SELECT kind, summary FROM partner_change WHERE partner_id = $1 ORDER BY at, id`, [partner.id]);
    expect(history.map((h: { kind: string }) => h.kind)).toEqual(['CREATED', 'USER_INVITED', 'STATUS']);
    // The partner it became is not its own duplicate.
    expect((await app.gql(READ, { id }, cm)).data!.partnerApplication.duplicates).toEqual([]);

    const before = await app.dataSource.query(`SELECT count(*)::int AS n FROM partner`);
    const again = await app.gql(APPROVE, { input: { applicationId: id, code: 'KOWAL2' } }, cm);
    expect([codeOf(again), again.data]).toEqual(['CONFLICT', null]);
    const rejectApproved = await app.gql(REJECT, { input: { applicationId: id, reason: 'Changed our mind' } }, cm);
    expect(codeOf(rejectApproved)).toBe('CONFLICT');
    expect(await app.dataSource.query(`SELECT count(*)::int AS n FROM partner`)).toEqual(before);
  });

  it('of two racing approvals creates exactly one partner; the other is a CONFLICT', async () => {
    const id = await idOf((await apply(form({ companyName: 'Race Tools', taxId: 'CZ12345678', contactEmail: 'race@race-tools.example' }))).data!.applyForPartnership.reference);
    const results = await Promise.all(['RACE1', 'RACE2'].map((code) => app.gql(APPROVE, { input: { applicationId: id, code } }, cm)));
    expect(results.map(codeOf).sort()).toEqual(['CONFLICT', undefined].sort());
    const partners = await app.dataSource.query(`SELECT p.id FROM partner p WHERE p.code IN ('RACE1', 'RACE2')`);
    expect(partners).toHaveLength(1);
    expect((await app.dataSource.query(`SELECT partner_id FROM partner_application WHERE id = $1`, [id]))[0].partner_id).toBe(partners[0].id);
  });

  it('a refused approval changes nothing: the application stays SUBMITTED, no partner, no user', async () => {
    const taken = await f.givenPartner();
    const id = await idOf((await apply(form({ companyName: 'Taken Code', taxId: 'PL9998887776', contactEmail: 'taken@taken-code.example' }))).data!.applyForPartnership.reference);
    const refused = await app.gql(APPROVE, { input: { applicationId: id, code: taken.code } }, cm);
    expect([codeOf(refused), refused.errors![0].extensions!.field]).toEqual(['BAD_USER_INPUT', 'code']);
    expect((await app.dataSource.query(`SELECT status FROM partner_application WHERE id = $1`, [id]))[0].status).toBe('SUBMITTED');
    expect(await app.dataSource.query(`SELECT id FROM app_user WHERE email = 'taken@taken-code.example'`)).toEqual([]);
    const analystApproves = await app.gql(APPROVE, { input: { applicationId: id, code: 'NEWCODE' } }, analyst);
    expect(codeOf(analystApproves)).toBe('FORBIDDEN');
    const missing = await app.gql(APPROVE, { input: { applicationId: '00000000-0000-4000-8000-000000000000', code: 'NEWCODE' } }, cm);
    expect(codeOf(missing)).toBe('NOT_FOUND');
  });

  it('rejects with a reason mailed to the applicant in its language; a second rejection changes and mails nothing', async () => {
    const mails = () => app.dataSource.query(`SELECT j.payload FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id
      WHERE t.identifier = 'send_mail' AND j.payload->>'to' LIKE '%@reject-me.example' ORDER BY j.id`);
    const pl = await idOf((await apply(form({ companyName: 'Odrzucony', taxId: 'PL5554443332', contactEmail: 'anna@reject-me.example', contactName: 'Anna' }))).data!.applyForPartnership.reference);
    const rejected = await app.gql(REJECT, { input: { applicationId: pl, reason: '  Brak pokrycia regionu  ' } }, cm);
    expect(rejected.data!.rejectPartnerApplication.application).toEqual({ id: pl, status: 'REJECTED', decisionReason: 'Brak pokrycia regionu' });
    const [mail] = (await mails()).map((m: { payload: { to: string; subject: string; text: string } }) => m.payload);
    expect(mail.to).toBe('anna@reject-me.example');
    expect(mail.subject).toMatch(/^Zgłoszenie partnerskie PA-/);
    expect(mail.text).toContain('Powód: Brak pokrycia regionu');
    const stored = await app.dataSource.query(`SELECT status, decision_reason, decided_at FROM partner_application WHERE id = $1`, [pl]);
    const again = await app.gql(REJECT, { input: { applicationId: pl, reason: 'Another reason' } }, cm);
    expect(again.data!.rejectPartnerApplication.application).toEqual({ id: pl, status: 'REJECTED', decisionReason: 'Brak pokrycia regionu' });
    expect(await app.dataSource.query(`SELECT status, decision_reason, decided_at FROM partner_application WHERE id = $1`, [pl])).toEqual(stored);
    expect(await mails()).toHaveLength(1);

    const en = await idOf((await apply(form({ companyName: 'Rejected Ltd', taxId: 'GB123456789', contactEmail: 'bob@reject-me.example', contactName: 'Bob', language: 'EN' })))
      .data!.applyForPartnership.reference);
    await app.gql(REJECT, { input: { applicationId: en, reason: 'No capacity' } }, cm);
    const english = (await mails())[1].payload;
    expect([english.to, english.subject.startsWith('Your partner application PA-'), english.text.includes('Reason: No capacity')]).toEqual(['bob@reject-me.example', true, true]);
    const blank = await app.gql(REJECT, { input: { applicationId: en, reason: '  ' } }, cm);
    expect([codeOf(blank), blank.errors![0].extensions!.field]).toEqual(['BAD_USER_INPUT', 'reason']);
  });

  it.each([
    ['companyName', { companyName: ' ' }], ['country', { country: 'Poland' }], ['city', { city: '' }],
    ['postalCode', { postalCode: '!!' }], ['website', { website: 'javascript:alert(1)' }], ['taxId', { taxId: '12' }],
    // Allowed characters, but no letters or digits left once spaces and dashes are taken out: the service says so.
    ['taxId', { taxId: '--- ---' }],
    ['contactName', { contactName: 'E' }], ['contactEmail', { contactEmail: 'not-an-email' }], ['contactPhone', { contactPhone: 'call me' }],
    ['references', { references: 'x'.repeat(2001) }], ['message', { message: 'x'.repeat(2001) }], ['territory', { territory: 'x'.repeat(501) }],
    ['consent', { consent: false }], ['consentText', { consentText: 'ok' }], ['companyName', { companyName: 'x'.repeat(201) }],
  ])('refuses a bad %s by name and files nothing', async (field, change) => {
    const before = await app.dataSource.query(`SELECT count(*)::int AS n FROM partner_application`);
    const result = await apply(form(change));
    expect([codeOf(result), result.errors![0].extensions!.field]).toEqual(['BAD_USER_INPUT', field]);
    expect(await app.dataSource.query(`SELECT count(*)::int AS n FROM partner_application`)).toEqual(before);
  });

  it.each([['kind', 'PIRATE'], ['language', 'xx']])('refuses an unknown %s (GraphQL names the value) and files nothing', async (field, value) => {
    const result = await apply(form({ [field]: value }));
    expect([codeOf(result), result.errors![0].message.includes(`"${value}" at "input.${field}"`)]).toEqual(['BAD_USER_INPUT', true]);
  });

  it('reads a page of applications with their duplicates in the same statements for 2 and for 6', async () => {
    const twin = await f.givenPartner({ name: 'Statement Twin' });
    await app.dataSource.query(`UPDATE partner SET tax_id = 'SE556677889901' WHERE id = $1`, [twin.id]);
    for (let i = 0; i < 6; i++) await apply(form({ companyName: `Counted ${i}`, taxId: 'SE 556677-8899 01', website: null, contactEmail: `c${i}@gmail.com` }));
    const PAGE = `query($first: Int!) { partnerApplications(status: SUBMITTED, first: $first) { edges { node { id duplicates { reasons partner { id name } } } } } }`;
    const [small, large] = [await app.gql(PAGE, { first: 2 }, cm), await app.gql(PAGE, { first: 6 }, cm)];
    const seen = (r: typeof large) => r.data!.partnerApplications.edges.map((e: { node: { duplicates: { reasons: string[]; partner: { id: string } }[] } }) =>
      e.node.duplicates.map((d) => [d.partner.id, d.reasons]));
    expect(seen(large)).toEqual(Array(6).fill([[twin.id, ['TAX_ID']]]));
    // the page, the duplicates of all its applications, their partners
    expect([small.statements, large.statements]).toEqual([3, 3]);
  });

  it('row-level security: the public role reads no application back, partner users see none, an analyst decides none', async () => {
    const id = await idOf((await apply(form({ companyName: 'Hidden Applicant', taxId: 'PL1231231231' }))).data!.applyForPartnership.reference);
    await expect(app.within(null, (scope) => scope.publicFor([]).query(`SELECT id FROM partner_application`))).rejects.toThrow(/permission denied/);
    const partner = await f.givenPartner();
    const viewer = (role: Role, partnerId: string | null): Viewer => ({ userId: '', role, email: 'rls@test.example', displayName: 'RLS', partnerId,
      visiblePartnerIds: partnerId ? [partnerId] : 'ALL', via: 'SESSION' });
    expect(await app.within(viewer(Role.PARTNER_MANAGER, partner.id), (scope) => scope.query(`SELECT id FROM partner_application`))).toEqual([]);
    const decided = await app.within(viewer(Role.ANALYST, null), (scope) => scope.execute(
      `UPDATE partner_application SET status = 'REJECTED', decision_reason = 'No', decided_at = now() WHERE id = $1`, [id]));
    expect(decided.affected).toBe(0);
    expect((await app.dataSource.query(`SELECT status FROM partner_application WHERE id = $1`, [id]))[0].status).toBe('SUBMITTED');
  });

  it('limits applications per address and hour (LIMIT_EXCEEDED), refused ones costing nothing', async () => {
    const address = '10.9.9.9';
    expect(codeOf(await apply(form({ consent: false }), address))).toBe('BAD_USER_INPUT');
    for (let i = 0; i < 2; i++) expect((await apply(form({ taxId: `PL00000000${i}` }), address)).errors).toBeUndefined();
    const third = await apply(form({ taxId: 'PL000000009' }), address);
    expect(codeOf(third)).toBe('LIMIT_EXCEEDED');
    expect(codeOf(await apply(form({ taxId: 'PL000000010' }), '10.9.9.10'))).toBeUndefined();
  });
});
