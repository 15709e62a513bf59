import { startTestApp, TestApp, codeOf } from '../../../test/harness';
import { CONSENT, fixtures } from '../../../test/fixtures';
import { Role } from '../../access/role';
import { PartnerStatus } from '../partners/partner.entity';

const PLACES = `query($text: String!) { places(text: $text) { name postalPrefix kind latitude longitude } }`;
const NEAR = `query($latitude: Float!, $longitude: Float!, $radiusKm: Int!) {
  partnersNear(latitude: $latitude, longitude: $longitude, radiusKm: $radiusKm) { partner { id name city postalCode showroomSlug } distanceKm } }`;
const CONTACT = `mutation($input: ContactPartnerInput!) { contactPartner(input: $input) { leadId reference } }`;

describe('the partner locator: places by postal district, real distances, and a contact for every partner it lists', () => {
  let app: TestApp;
  let f: ReturnType<typeof fixtures>;
  const ids: Record<string, string> = {};
  const sql = (text: string, params: unknown[] = []) => app.dataSource.query(text, params);
  const contact = (partnerId: string, extra: Record<string, unknown> = {}) => app.gql(CONTACT, {
    input: { partnerId, name: 'Zofia Kowalska', email: 'zofia@budowa.example', postalCode: '31-000', message: 'Prices for 5 drills, please.', consent: true, consentText: CONSENT, ...extra },
  });

  beforeAll(async () => {
    app = await startTestApp({ leadsPerIpPerHour: 3 });
    f = fixtures(app);
    const tier = await f.givenTier({ leadAcceptHours: 24 });
    // Where the demo's Kraków partners are: Zabłocie, Bronowice (Balicka) and Wieliczka.
    const zablocie = await f.givenPartner({ name: 'Zabłocie Tools', latitude: 50.0487, longitude: 19.9592, postalCode: '30-701' });
    const balicka = await f.givenPartner({ name: 'Balicka Tools', latitude: 50.0822, longitude: 19.889, postalCode: '30-149', tierId: tier.id });
    const wieliczka = await f.givenPartner({ name: 'Wieliczka Tools', city: 'Wieliczka', latitude: 49.991, longitude: 20.045, postalCode: '32-020' });
    const suspended = await f.givenPartner({ name: 'Suspended Tools', latitude: 50.062, longitude: 19.938, status: PartnerStatus.SUSPENDED });
    const unplaced = await f.givenPartner({ name: 'Unplaced Tools' });
    await f.givenShowroom(zablocie.id, { slug: 'zablocie' });
    Object.assign(ids, { zablocie: zablocie.id, balicka: balicka.id, wieliczka: wieliczka.id, suspended: suspended.id, unplaced: unplaced.id });
    ids.manager = (await f.givenUser(Role.PARTNER_MANAGER, balicka.id)).id;
    ids.employee = (await f.givenUser(Role.PARTNER_EMPLOYEE, balicka.id)).id;
  });
  afterAll(() => app.close());

  it('resolves a Kraków postal code to its district, and ranks the partners around it by distance', async () => {
    const places = (await app.gql(PLACES, { text: '31-000' })).data!.places;
    expect(places).toEqual([
      { name: 'Kraków-Stare Miasto', postalPrefix: '310', kind: 'POSTAL_AREA', latitude: 50.0617, longitude: 19.9373 },
      { name: 'Kraków', postalPrefix: '31', kind: 'POSTAL_AREA', latitude: 50.0647, longitude: 19.945 },
    ]);
    const [district] = places;
    const near = (await app.gql(NEAR, { latitude: district.latitude, longitude: district.longitude, radiusKm: 25 })).data!.partnersNear;
    expect(near.map((n: { partner: { name: string }; distanceKm: number }) => [n.partner.name, n.distanceKm])).toEqual([
      ['Zabłocie Tools', 2.1], ['Balicka Tools', 4.1], ['Wieliczka Tools', 11],
    ]);
    expect(near.map((n: { partner: { showroomSlug: string | null } }) => n.partner.showroomSlug)).toEqual(['zablocie', null, null]);

    // Another district of the same city, another order: Bronowice is nearest to Krowodrza (30-0..).
    const krowodrza = (await app.gql(PLACES, { text: '30-059' })).data!.places[0];
    expect(krowodrza).toMatchObject({ name: 'Kraków-Krowodrza', postalPrefix: '300' });
    const fromKrowodrza = (await app.gql(NEAR, { latitude: krowodrza.latitude, longitude: krowodrza.longitude, radiusKm: 25 })).data!.partnersNear;
    expect(fromKrowodrza.map((n: { partner: { name: string }; distanceKm: number }) => [n.partner.name, n.distanceKm])).toEqual([
      ['Balicka Tools', 2.6], ['Zabłocie Tools', 3.6], ['Wieliczka Tools', 12.5],
    ]);
    // Where the gazetteer knows no district, the postal code still finds its area.
    expect((await app.gql(PLACES, { text: '33-100' })).data!.places[0]).toMatchObject({ postalPrefix: '33', kind: 'POSTAL_AREA' });
  });

  it('files a contact to a partner without a showroom as exactly one NEW lead of that partner: history, its manager told, its time to accept started', async () => {
    const before = (await sql(`SELECT count(*)::int AS n FROM lead`))[0].n;
    const result = await contact(ids.balicka);
    expect(result.errors).toBeUndefined();
    const { leadId, reference } = result.data!.contactPartner;
    expect(reference).toMatch(/^L-\d{4}-\d{6}$/);
    expect((await sql(`SELECT count(*)::int AS n FROM lead`))[0].n).toBe(before + 1);
    expect(await sql(`SELECT reference, status, source, partner_id AS "partnerId", contact_name AS "contactName", country, consent_text AS "consentText" FROM lead WHERE id = $1`, [leadId]))
      .toEqual([{ reference, status: 'NEW', source: 'SHOWROOM', partnerId: ids.balicka, contactName: 'Zofia Kowalska', country: 'PL', consentText: CONSENT }]);
    expect(await sql(`SELECT action, partner_id AS "partnerId", to_status AS "toStatus" FROM lead_event WHERE lead_id = $1`, [leadId]))
      .toEqual([{ action: 'FILED', partnerId: ids.balicka, toStatus: 'NEW' }]);
    // Its manager is told (not its employee), and the tier's 24 hours to accept run from now.
    expect(await sql(`SELECT user_id AS "userId", kind, reference FROM notification WHERE lead_id = $1`, [leadId]))
      .toEqual([{ userId: ids.manager, kind: 'LEAD_NEW', reference }]);
    const [timer] = await sql(`SELECT extract(epoch FROM run_at - now()) / 3600 AS hours FROM graphile_worker._private_jobs WHERE key = $1`, [`lead-sla:${leadId}`]);
    expect(Math.round(Number(timer.hours))).toBe(24);
  });

  it('refuses a partner the locator does not list (suspended, without a place, unknown, not an id) by field, and writes nothing', async () => {
    const before = await sql(`SELECT (SELECT count(*) FROM lead)::int AS leads, (SELECT count(*) FROM lead_event)::int AS events,
      (SELECT count(*) FROM notification)::int AS notifications, (SELECT coalesce(sum(points), 0) FROM showroom_limit)::int AS counted`);
    for (const partnerId of [ids.suspended, ids.unplaced, '00000000-0000-4000-8000-000000000000', 'not-an-id']) {
      const refused = await contact(partnerId);
      expect([partnerId, codeOf(refused), refused.errors![0].extensions!.field]).toEqual([partnerId, 'BAD_USER_INPUT', 'partnerId']);
      expect(refused.errors![0].message).not.toMatch(/suspend|status|active/i);
    }
    const noConsent = await contact(ids.wieliczka, { consent: false });
    expect([codeOf(noConsent), noConsent.errors![0].extensions!.field]).toEqual(['BAD_USER_INPUT', 'consent']);
    expect(await sql(`SELECT (SELECT count(*) FROM lead)::int AS leads, (SELECT count(*) FROM lead_event)::int AS events,
      (SELECT count(*) FROM notification)::int AS notifications, (SELECT coalesce(sum(points), 0) FROM showroom_limit)::int AS counted`)).toEqual(before);
  });

  it('shares the showroom form\'s limit per address: the third lead of this test\'s three an hour is filed, the next refused', async () => {
    // One lead was filed above; a showroom lead and a contact make three.
    expect((await app.gql(`mutation($input: SubmitShowroomLeadInput!) { submitShowroomLead(input: $input) { leadId } }`, {
      input: { slug: 'zablocie', name: 'Jan Nowak', email: 'jan@example.com', consent: true, consentText: CONSENT },
    })).errors).toBeUndefined();
    expect((await contact(ids.wieliczka)).errors).toBeUndefined();
    expect(codeOf(await contact(ids.zablocie))).toBe('LIMIT_EXCEEDED');
    const perPartner = await sql(`SELECT partner_id AS "partnerId", count(*)::int AS n FROM lead GROUP BY partner_id`);
    expect(Object.fromEntries(perPartner.map((r: { partnerId: string; n: number }) => [r.partnerId, r.n])))
      .toEqual({ [ids.balicka]: 1, [ids.zablocie]: 1, [ids.wieliczka]: 1 });
  });
});
