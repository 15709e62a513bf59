import { Role } from '../src/access/role';
import { startTestApp, TestApp } from './harness';
import { fixtures } from './fixtures';

/** access's credentials role reads what resolving a viewer needs and no business data. */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const denied = async (sql: string) => {
  const scope = app.scopes.forRequest(null);
  try {
    await scope.credentials().query(sql);
    return 'allowed';
  } catch (err) {
    return /permission denied/.test((err as Error).message) ? 'denied' : (err as Error).message;
  } finally {
    await scope.connection.close(false);
  }
};

it('may read sessions, users and partner status, but no partner names, offers, leads or showrooms', async () => {
  const f = fixtures(app);
  const partner = await f.givenPartner();
  const user = await f.givenUser(Role.PARTNER_MANAGER, partner.id);
  const scope = app.scopes.forRequest(null);
  const [row] = await scope.credentials().query<{ email: string; status: string }>(
    `SELECT u.email, p.status FROM app_user u JOIN partner p ON p.id = u.partner_id WHERE u.id = $1`, [user.id]);
  await scope.connection.close(true);
  expect(row).toEqual({ email: user.email, status: 'ACTIVE' });
  expect({
    partnerNames: await denied(`SELECT name FROM partner`),
    offers: await denied(`SELECT 1 FROM offer`),
    leads: await denied(`SELECT 1 FROM lead`),
    showrooms: await denied(`SELECT 1 FROM showroom`),
    partnerChanges: await denied(`SELECT 1 FROM partner_change`),
    userDelete: await denied(`DELETE FROM app_user`),
  }).toEqual({ partnerNames: 'denied', offers: 'denied', leads: 'denied', showrooms: 'denied', partnerChanges: 'denied', userDelete: 'denied' });
});

it('keeps a derived scope from ending the connection it shares', async () => {
  const scope = app.scopes.forRequest(null);
  await expect(scope.publicFor([]).within(async () => 1)).rejects.toThrow(/derived scope/);
  await scope.connection.close(false);
});

it('answers a counter that cannot be reached as a failure, never as LIMIT_EXCEEDED, and files nothing', async () => {
  const f = fixtures(app);
  const partner = await f.givenPartner();
  const showroom = await f.givenShowroom(partner.id);
  const user = await f.givenUser(Role.CHANNEL_MANAGER);
  // Grants are per database: this test's database loses its counters, as a broken database would.
  await app.dataSource.query(`REVOKE ALL ON showroom_limit, login_limit FROM trellis_auth`);
  try {
    const lead = await app.gql(`mutation($i: SubmitShowroomLeadInput!) { submitShowroomLead(input: $i) { leadId } }`,
      { i: { slug: showroom.slug, name: 'Jan', email: 'jan@x.example', consent: true, consentText: 'I agree to be contacted.' } });
    const signIn = await app.gql(`mutation($i: SignInInput!) { signIn(input: $i) { user { id } } }`, { i: { email: user.email, password: 'test-password-1' } });
    expect([lead.errors?.[0].extensions?.code, signIn.errors?.[0].extensions?.code]).toEqual(['INTERNAL', 'INTERNAL']);
    expect(signIn.setCookie).toBeNull();
    expect((await app.dataSource.query(`SELECT count(*)::int AS n FROM lead`))[0].n).toBe(0);
  } finally {
    await app.dataSource.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON showroom_limit, login_limit TO trellis_auth`);
  }
});
