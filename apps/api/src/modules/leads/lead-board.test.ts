import { startTestApp, TestApp, codeOf, Credentials } from '../../../test/harness';
import { fixtures } from '../../../test/fixtures';
import { Role } from '../../access/role';

const BOARD = `query($f: [ID!], $s: [String!], $t: [ID!], $h: Int, $st: [LeadStatus!]) {
  leads(first: 50, partnerIds: $f, sources: $s, territoryIds: $t, inStatusForHours: $h, statuses: $st) { totalCount edges { node { id } } } }`;

describe('the lead board\'s filters', () => {
  let app: TestApp;
  let f: ReturnType<typeof fixtures>;
  let cm: Credentials;

  beforeAll(async () => {
    app = await startTestApp({ leadsPerIpPerHour: 10_000 });
    f = fixtures(app);
    cm = await app.signIn((await f.givenUser(Role.CHANNEL_MANAGER)).email);
  });
  afterAll(() => app.close());

  it('filters by partner, source, territory and time in status, each alone and together, with exact sets', async () => {
    const south = await f.givenTerritory(undefined, { countries: ['CZ'] });
    const inSouth = await f.givenPartner({ territoryIds: [south.id] });
    const elsewhere = await f.givenPartner();
    const { slug } = await f.givenShowroom(inSouth.id);
    const showroomLead = await f.givenLead({ slug });
    const czechWaiting = await f.givenLead({ country: 'CZ', postalCode: '602 00' });
    const polishWaiting = await f.givenLead({ country: 'PL', postalCode: '30-001' });
    const dispatched = await f.givenLead();
    await app.gql(`mutation($input: DispatchLeadInput!) { dispatchLead(input: $input) { lead { id } } }`, { input: { leadId: dispatched, partnerId: elsewhere.id } }, cm);
    await app.dataSource.query(`UPDATE lead SET status_changed_at = now() - interval '50 hours' WHERE id = ANY($1)`, [[czechWaiting, dispatched]]);
    const ids = async (vars: Record<string, unknown>) => {
      const r = await app.gql(BOARD, vars, cm);
      expect(r.errors).toBeUndefined();
      const found = r.data!.leads.edges.map((e: { node: { id: string } }) => e.node.id);
      expect(r.data!.leads.totalCount).toBe(found.length);
      return new Set(found);
    };
    const mine = [showroomLead, czechWaiting, polishWaiting, dispatched];
    const only = async (vars: Record<string, unknown>) => new Set([...(await ids(vars))].filter((id) => mine.includes(id as string)));
    expect(await only({ f: [inSouth.id] })).toEqual(new Set([showroomLead]));
    expect(await only({ s: ['PARTNER'] })).toEqual(new Set());
    expect(await only({ t: [south.id] })).toEqual(new Set([showroomLead, czechWaiting]));
    expect(await only({ h: 48 })).toEqual(new Set([czechWaiting, dispatched]));
    expect(await only({ t: [south.id], h: 48, st: ['UNASSIGNED'] })).toEqual(new Set([czechWaiting]));
    const bad = await app.gql(BOARD, { s: ['EMAIL'] }, cm);
    expect([codeOf(bad), bad.errors![0].extensions!.field]).toEqual(['BAD_USER_INPUT', 'sources']);
    const badHours = await app.gql(BOARD, { h: 0 }, cm);
    expect([codeOf(badHours), badHours.errors![0].extensions!.field]).toEqual(['BAD_USER_INPUT', 'inStatusForHours']);
  });

  it('lets brand staff file a lead themselves: it waits for dispatch, FILED by them; partners may not; bad input by field', async () => {
    const user = await f.givenUser(Role.CHANNEL_MANAGER);
    const as = await app.signIn(user.email);
    const product = await f.givenProduct();
    const create = (input: Record<string, unknown>, who: Credentials = as) => app.gql(
      `mutation($input: CreateLeadInput!) { createLead(input: $input) { lead { id reference status source contactName email country consentText
        items { productId quantity } history { action toStatus actor { id } } } } }`,
      { input: { name: 'Piotr Telefon', email: 'piotr@firma.example', country: 'PL', consentText: 'Agreed by phone on 30 Nov 2026', ...input } }, who);
    const created = await create({ items: [{ productId: product.id, quantity: '4' }] });
    expect(created.errors).toBeUndefined();
    expect(created.data!.createLead.lead).toMatchObject({
      status: 'UNASSIGNED', source: 'CHANNEL', contactName: 'Piotr Telefon', email: 'piotr@firma.example', country: 'PL',
      consentText: 'Agreed by phone on 30 Nov 2026', items: [{ productId: product.id, quantity: '4.000' }],
      history: [{ action: 'FILED', toStatus: 'UNASSIGNED', actor: { id: user.id } }],
    });
    expect(created.data!.createLead.lead.reference).toMatch(/^L-\d{4}-\d{6}$/);
    const manager = await app.signIn((await f.givenUser(Role.PARTNER_MANAGER, (await f.givenPartner()).id)).email);
    expect(codeOf(await create({}, manager))).toBe('FORBIDDEN');
    const bad = await create({ email: 'no' });
    expect([codeOf(bad), bad.errors![0].extensions!.field]).toEqual(['BAD_USER_INPUT', 'email']);
    const noConsent = await create({ consentText: ' ' });
    expect([codeOf(noConsent), noConsent.errors![0].extensions!.field]).toEqual(['BAD_USER_INPUT', 'consentText']);
    const unknown = await create({ items: [{ productId: '00000000-0000-4000-8000-000000000000', quantity: '1' }] });
    expect([codeOf(unknown), unknown.errors![0].extensions!.field]).toEqual(['BAD_USER_INPUT', 'items[0].productId']);
  });
});
