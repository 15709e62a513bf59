import { startTestApp, TestApp, codeOf, Credentials } from '../../../test/harness';
import { fixtures } from '../../../test/fixtures';
import { Role } from '../../access/role';

const REGISTRATION = `id reference status customerCompany expectedValue { amount currency } expectedCloseDate protectedUntil decisionReason
  partner { id } items { quantity product { id } }`;
const REGISTER = `mutation($input: RegisterDealInput!) { registerDeal(input: $input) { registration { ${REGISTRATION} } } }`;
const APPROVE = `mutation($id: ID!) { approveDealRegistration(input: { registrationId: $id }) { registration { id status protectedUntil } } }`;
const REJECT = `mutation($id: ID!, $reason: String!) { rejectDealRegistration(input: { registrationId: $id, reason: $reason }) { registration { id status decisionReason } } }`;
const CONFLICTS = `query($id: ID!) { dealRegistration(id: $id) { id conflicts { kind matchedOn partner { id } registration { id } lead { id } } } }`;

const NEXT_YEAR = `${new Date().getUTCFullYear() + 1}-03-31`;

describe('deal registrations', () => {
  let app: TestApp;
  let f: ReturnType<typeof fixtures>;
  let cm: Credentials;

  beforeAll(async () => {
    app = await startTestApp({ leadsPerIpPerHour: 10_000 });
    f = fixtures(app);
    cm = await app.signIn((await f.givenUser(Role.CHANNEL_MANAGER)).email);
  });
  afterAll(() => app.close());

  async function givenPartnerStaff(spec: { territoryIds?: string[] } = {}) {
    const partner = await f.givenPartner(spec);
    const manager = await f.givenUser(Role.PARTNER_MANAGER, partner.id);
    return { partner, manager, as: await app.signIn(manager.email) };
  }
  const register = async (as: Credentials, input: Record<string, unknown>) => {
    const result = await app.gql(REGISTER, { input: { expectedValue: { amount: '25000.00', currency: 'EUR' }, expectedCloseDate: NEXT_YEAR, ...input } }, as);
    expect(result.errors).toBeUndefined();
    return result.data!.registerDeal.registration;
  };

  it('registers an opportunity with its products, and shows brand staff every other partner\'s registration and open lead for the same customer', async () => {
    const [a, b, c] = [await givenPartnerStaff(), await givenPartnerStaff(), await givenPartnerStaff()];
    const product = await f.givenProduct();
    const mine = await register(a.as, { customerCompany: 'Zakłady Łódzkie Sp. z o.o.', customerEmail: 'zakup@zaklady-lodzkie.pl', customerTaxId: 'PL 725-000-11-22',
      items: [{ productId: product.id, quantity: '3' }] });
    expect(mine).toMatchObject({
      status: 'PENDING', customerCompany: 'Zakłady Łódzkie Sp. z o.o.', expectedValue: { amount: '25000.00', currency: 'EUR' }, expectedCloseDate: NEXT_YEAR,
      protectedUntil: null, partner: { id: a.partner.id }, items: [{ quantity: '3.000', product: { id: product.id } }],
    });
    expect(mine.reference).toMatch(/^R-\d{4}-\d{6}$/);
    // The same customer, written otherwise: by name and legal form; by tax id only; by email domain only.
    const byName = await register(b.as, { customerCompany: 'ZAKLADY LODZKIE S.A.' });
    const byTax = await register(c.as, { customerCompany: 'ZL Holding', customerTaxId: '7250001122' });
    const lead = await f.givenLead({ company: 'Other name', email: 'anna@zaklady-lodzkie.pl' });
    await app.gql(`mutation($input: DispatchLeadInput!) { dispatchLead(input: $input) { lead { id } } }`, { input: { leadId: lead, partnerId: c.partner.id } }, cm);
    // Not conflicts: its own partner's lead, a free-mail address, an unassigned lead, a rejected registration.
    await app.gql(`mutation($input: DispatchLeadInput!) { dispatchLead(input: $input) { lead { id } } }`,
      { input: { leadId: await f.givenLead({ company: 'Zaklady Lodzkie' }), partnerId: a.partner.id } }, cm);
    await f.givenLead({ company: 'Zakłady Łódzkie' });
    await register(b.as, { customerCompany: 'Someone', customerEmail: 'zaklady@gmail.com' });
    await register(c.as, { customerCompany: 'Someone else', customerEmail: 'x@gmail.com' });

    const seen = (await app.gql(CONFLICTS, { id: mine.id }, cm)).data!.dealRegistration.conflicts;
    expect(seen).toEqual([
      { kind: 'REGISTRATION', matchedOn: ['COMPANY'], partner: { id: b.partner.id }, registration: { id: byName.id }, lead: null },
      { kind: 'REGISTRATION', matchedOn: ['TAX_ID'], partner: { id: c.partner.id }, registration: { id: byTax.id }, lead: null },
      { kind: 'LEAD', matchedOn: ['EMAIL_DOMAIN'], partner: { id: c.partner.id }, registration: null, lead: { id: lead } },
    ]);
    // A partner sees its own registrations only, and nothing of the conflicts.
    expect((await app.gql(CONFLICTS, { id: mine.id }, a.as)).data!.dealRegistration.conflicts).toEqual([]);
    expect(codeOf(await app.gql(CONFLICTS, { id: byName.id }, a.as))).toBe('NOT_FOUND');
    const listed = await app.gql(`{ dealRegistrations(first: 20) { totalCount edges { node { id } } } }`, {}, a.as);
    expect(listed.data!.dealRegistrations).toEqual({ totalCount: 1, edges: [{ node: { id: mine.id } }] });
  });

  it('approves one registration of a customer: the next is CONFLICT, a rejection keeps its reason, a decided one is not decided again', async () => {
    const [a, b] = [await givenPartnerStaff(), await givenPartnerStaff()];
    const first = await register(a.as, { customerCompany: 'Huta Nowa GmbH' });
    const second = await register(b.as, { customerCompany: 'huta-nowa' });
    const before = Date.now();
    const approved = (await app.gql(APPROVE, { id: first.id }, cm)).data!.approveDealRegistration.registration;
    expect(approved.status).toBe('APPROVED');
    const days = (new Date(approved.protectedUntil).getTime() - before) / 86_400_000;
    expect(days).toBeGreaterThan(89.99);
    expect(days).toBeLessThan(90.01);
    const refused = await app.gql(APPROVE, { id: second.id }, cm);
    expect([codeOf(refused), refused.errors![0].extensions!.conflictingRegistrationId, refused.errors![0].message])
      .toEqual(['CONFLICT', first.id, `The customer is protected for another partner by ${first.reference}`]);
    const rejected = await app.gql(REJECT, { id: second.id, reason: 'Registered by another partner first' }, cm);
    expect(rejected.data!.rejectDealRegistration.registration).toEqual({ id: second.id, status: 'REJECTED', decisionReason: 'Registered by another partner first' });
    const again = await app.gql(REJECT, { id: second.id, reason: 'Again' }, cm);
    expect([codeOf(again), again.errors![0].extensions!.status]).toEqual(['CONFLICT', 'REJECTED']);
    // Each partner's managers hear of their decision.
    expect(await app.dataSource.query(`SELECT user_id AS "userId", kind, reference FROM notification WHERE reference = ANY($1) ORDER BY kind`, [[first.reference, second.reference]]))
      .toEqual([
        { userId: a.manager.id, kind: 'REGISTRATION_APPROVED', reference: first.reference },
        { userId: b.manager.id, kind: 'REGISTRATION_REJECTED', reference: second.reference },
      ]);
  });

  it('approves exactly one of two conflicting registrations approved at the same time', async () => {
    const [a, b] = [await givenPartnerStaff(), await givenPartnerStaff()];
    const regs = [await register(a.as, { customerCompany: 'Parallel Tools' }), await register(b.as, { customerCompany: 'PARALLEL TOOLS LTD' })];
    const results = await Promise.all(regs.map((r) => app.gql(APPROVE, { id: r.id }, cm)));
    expect(results.map((r) => (r.errors ? codeOf(r) : r.data!.approveDealRegistration.registration.status)).sort()).toEqual(['APPROVED', 'CONFLICT']);
    expect(await app.dataSource.query(`SELECT count(*)::int AS n FROM deal_registration WHERE id = ANY($1) AND status = 'APPROVED'`, [regs.map((r) => r.id)])).toEqual([{ n: 1 }]);
  });

  it('keeps a protected customer\'s leads with the registered partner, by rules and by hand, even outside its territory', async () => {
    const territory = await f.givenTerritory(undefined, { countries: ['PL'], postalPrefixes: ['41'] });
    const local = await givenPartnerStaff({ territoryIds: [territory.id] });
    const registered = await givenPartnerStaff();
    const registration = await register(registered.as, { customerCompany: 'Kopalnia Wschód', customerEmail: 'biuro@kopalnia-wschod.pl' });
    const byName = await f.givenLead({ company: 'KOPALNIA WSCHÓD S.A.', postalCode: '41-100', country: 'PL' });
    const auto = `mutation($ids: [ID!]!) { autoDispatchLeads(input: { leadIds: $ids }) { dispatched { id partner { id } } notDispatched { leadId reason } } }`;
    // Pending: the rules send it to the local partner.
    expect((await app.gql(`query($id: ID!) { dispatchCandidates(leadId: $id) { candidates { partner { id } } } }`, { id: byName }, cm)).data!.dispatchCandidates.candidates)
      .toEqual([{ partner: { id: local.partner.id } }]);
    await app.gql(APPROVE, { id: registration.id }, cm);
    const byDomain = await f.givenLead({ company: 'Someone', email: 'jan@kopalnia-wschod.pl', postalCode: '41-200', country: 'PL' });
    const result = (await app.gql(auto, { ids: [byName, byDomain] }, cm)).data!.autoDispatchLeads;
    expect(result.dispatched).toEqual([{ id: byName, partner: { id: registered.partner.id } }, { id: byDomain, partner: { id: registered.partner.id } }]);
    const other = await f.givenLead({ company: 'Kopalnia Wschod', postalCode: '41-300', country: 'PL' });
    const byHand = await app.gql(`mutation($input: DispatchLeadInput!) { dispatchLead(input: $input) { lead { id } } }`, { input: { leadId: other, partnerId: local.partner.id } }, cm);
    expect([codeOf(byHand), byHand.errors![0].message]).toEqual(['CONFLICT', `The customer is protected for another partner by ${registration.reference}`]);
    expect(await app.dataSource.query(`SELECT status FROM lead WHERE id = $1`, [other])).toEqual([{ status: 'UNASSIGNED' }]);
  });

  it('recognises one customer by keys that drop only trailing legal forms, generic mail domains and placeholder tax ids', async () => {
    const keys = async (fn: string, values: string[]) =>
      (await app.dataSource.query(`SELECT ${fn}(v) AS k FROM unnest($1::text[]) WITH ORDINALITY AS t(v, n) ORDER BY n`, [values])).map((r: { k: string | null }) => r.k);
    expect(await keys('trellis_company_key', ['Krak-Tool Sp. z o.o.', 'KRAKTOOL', 'ACME GmbH & Co. KG', 'Acme', 'AB Foods', 'Foods AB', 'Co-op',
      'Zakłady Łódzkie S.A.', 'X Ltd', 'AG', 'Pay as you go', 'UG Hamburg'])).toEqual([
      'kraktool', 'kraktool', 'acme', 'acme', 'abfoods', 'foods', 'coop', 'zakladylodzkie', null, null, 'payasyougo', 'ughamburg']);
    expect(await keys('trellis_email_domain', ['Jan@Zaklady.PL', 'x@gmail.com', 'x@poczta.onet.pl', 'x@gazeta.pl', 'x@localhost', 'nobody', ''])).toEqual([
      'zaklady.pl', null, null, null, null, null, null]);
    expect(await keys('trellis_tax_key', ['PL 725-000-11-22', '7250001122', 'none', '0000000', 'DE123456789'])).toEqual([
      '7250001122', '7250001122', null, null, '123456789']);
  });

  it('refuses bad registrations by field, and the wrong roles', async () => {
    const a = await givenPartnerStaff();
    const bad = async (input: Record<string, unknown>, as: Credentials = a.as) =>
      app.gql(REGISTER, { input: { customerCompany: 'Valid Co', expectedValue: { amount: '1.00', currency: 'EUR' }, expectedCloseDate: NEXT_YEAR, ...input } }, as);
    const fieldOf = (r: Awaited<ReturnType<typeof bad>>) => [codeOf(r), r.errors?.[0].extensions?.field];
    expect(fieldOf(await bad({ expectedCloseDate: '2020-01-01' }))).toEqual(['BAD_USER_INPUT', 'expectedCloseDate']);
    expect(fieldOf(await bad({ expectedCloseDate: `${new Date().getUTCFullYear() + 1}-02-30` }))).toEqual(['BAD_USER_INPUT', 'expectedCloseDate']);
    expect(fieldOf(await bad({ customerCompany: ' ' }))).toEqual(['BAD_USER_INPUT', 'customerCompany']);
    expect(fieldOf(await bad({ customerEmail: 'nope' }))).toEqual(['BAD_USER_INPUT', 'customerEmail']);
    expect(fieldOf(await bad({ customerTaxId: '!!' }))).toEqual(['BAD_USER_INPUT', 'customerTaxId']);
    expect(fieldOf(await bad({ items: [{ productId: '00000000-0000-4000-8000-000000000000', quantity: '1' }] }))).toEqual(['BAD_USER_INPUT', 'items']);
    expect(codeOf(await bad({}, cm))).toBe('FORBIDDEN');
    const mine = await register(a.as, { customerCompany: 'Valid Co' });
    expect(codeOf(await app.gql(APPROVE, { id: mine.id }, a.as))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(APPROVE, { id: '00000000-0000-4000-8000-000000000000' }, cm))).toBe('NOT_FOUND');
    expect(await app.dataSource.query(`SELECT count(*)::int AS n FROM deal_registration WHERE partner_id = $1`, [a.partner.id])).toEqual([{ n: 1 }]);
  });
});
