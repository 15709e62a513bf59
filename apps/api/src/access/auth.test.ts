import { startTestApp, TestApp, codeOf, TEST_PASSWORD } from '../../test/harness';
import { fixtures } from '../../test/fixtures';
import { Role } from './role';
import { addressBucket } from './login-limiter';

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { user { id email role } } }`;
const VIEWER = `{ viewer { id email role partner { id } } }`;

describe('sign-in, sessions and API tokens', () => {
  let app: TestApp;
  let f: ReturnType<typeof fixtures>;

  beforeAll(async () => {
    app = await startTestApp({ loginMaxFailures: 3, loginWindowSeconds: 60 });
    f = fixtures(app);
  });
  afterAll(() => app.close());

  it('signs in with an httpOnly SameSite=Lax cookie and answers the viewer', async () => {
    const user = await f.givenUser(Role.CHANNEL_MANAGER);
    const result = await app.gql(SIGN_IN, { input: { email: user.email.toUpperCase(), password: TEST_PASSWORD } });
    expect(result.errors).toBeUndefined();
    expect(result.data!.signIn.user).toEqual({ id: user.id, email: user.email, role: 'CHANNEL_MANAGER' });
    expect(result.setCookie).toMatch(/^trellis_session=trs_[\w-]+; Path=\/; Expires=.+; HttpOnly; SameSite=Lax$/);
    const me = await app.gql(VIEWER, {}, { cookie: result.setCookie!.split(';')[0] });
    expect(me.data!.viewer).toEqual({ id: user.id, email: user.email, role: 'CHANNEL_MANAGER', partner: null });
  });

  it('answers a wrong password and an unknown email with the same generic error', async () => {
    const user = await f.givenUser(Role.ANALYST);
    const wrong = await app.gql(SIGN_IN, { input: { email: user.email, password: 'not-the-password-1' } });
    const unknown = await app.gql(SIGN_IN, { input: { email: 'nobody@test.example', password: 'whatever-123' } });
    for (const r of [wrong, unknown]) {
      expect(codeOf(r)).toBe('UNAUTHENTICATED');
      expect(r.errors![0].message).toBe('Email or password is wrong');
      expect(r.setCookie).toBeNull();
    }
  });

  it('refuses further attempts once the failures of an account reach the limit, even with the right password', async () => {
    const user = await f.givenUser(Role.ANALYST);
    for (let i = 0; i < 3; i++) {
      expect(codeOf(await app.gql(SIGN_IN, { input: { email: user.email, password: `wrong-${i}-password` } }))).toBe('UNAUTHENTICATED');
    }
    const [row] = await app.dataSource.query(`SELECT points FROM login_limit WHERE key = $1`, [`acct:${user.email}|127.0.0.1`]);
    expect(row.points).toBe(3);
    const blocked = await app.gql(SIGN_IN, { input: { email: user.email, password: TEST_PASSWORD } });
    expect(codeOf(blocked)).toBe('LIMIT_EXCEEDED');
    expect(blocked.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('lets no more concurrent guesses through than the limit allows', async () => {
    const user = await f.givenUser(Role.ANALYST);
    const guesses = await Promise.all(Array.from({ length: 10 }, (_, i) => app.gql(SIGN_IN, { input: { email: user.email, password: `guess-${i}-password` } })));
    const codes = guesses.map(codeOf).sort();
    expect(codes).toEqual([...Array(7).fill('LIMIT_EXCEEDED'), ...Array(3).fill('UNAUTHENTICATED')]);
  });

  it('ends the session on sign-out', async () => {
    const user = await f.givenUser(Role.ANALYST);
    const creds = await app.signIn(user.email);
    expect(codeOf(await app.gql(`mutation { signOut { signedOut } }`, {}, creds))).toBeUndefined();
    expect((await app.gql(VIEWER, {}, creds)).data!.viewer).toBeNull();
  });

  it('changes the password: the old one stops working, other sessions end, this one stays', async () => {
    const user = await f.givenUser(Role.CHANNEL_MANAGER);
    const here = await app.signIn(user.email);
    const elsewhere = await app.signIn(user.email);
    const CHANGE = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) { changed } }`;
    const bad = await app.gql(CHANGE, { input: { currentPassword: 'wrong-password-1', newPassword: 'new-password-22' } }, here);
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    const weak = await app.gql(CHANGE, { input: { currentPassword: TEST_PASSWORD, newPassword: 'short' } }, here);
    expect(weak.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    const ok = await app.gql(CHANGE, { input: { currentPassword: TEST_PASSWORD, newPassword: 'new-password-22' } }, here);
    expect(ok.data!.changePassword.changed).toBe(true);
    expect((await app.gql(VIEWER, {}, here)).data!.viewer.id).toBe(user.id);
    expect((await app.gql(VIEWER, {}, elsewhere)).data!.viewer).toBeNull();
    expect(codeOf(await app.gql(SIGN_IN, { input: { email: user.email, password: TEST_PASSWORD } }))).toBe('UNAUTHENTICATED');
    await expect(app.signIn(user.email, 'new-password-22')).resolves.toHaveProperty('cookie');
  });

  it('issues an API token shown once and stored hashed, usable as Bearer until revoked', async () => {
    const analyst = await f.givenUser(Role.ANALYST);
    const creds = await app.signIn(analyst.email);
    const created = await app.gql(
      `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { token apiToken { id name tokenPrefix revokedAt } } }`,
      { input: { name: 'notebook', expiresInDays: 30 } },
      creds,
    );
    const { token, apiToken } = created.data!.createApiToken;
    expect(token).toMatch(/^trl_[\w-]{43}$/);
    expect(apiToken).toMatchObject({ name: 'notebook', tokenPrefix: token.slice(0, 10), revokedAt: null });
    const stored = await app.dataSource.query(`SELECT token_hash FROM api_token WHERE id = $1`, [apiToken.id]);
    expect(Buffer.from(stored[0].token_hash).toString('utf8')).not.toContain(token.slice(4, 20));
    expect((await app.gql(VIEWER, {}, { token })).data!.viewer.id).toBe(analyst.id);
    const listed = await app.gql(`{ myApiTokens { id } }`, {}, creds);
    expect(listed.data!.myApiTokens).toEqual([{ id: apiToken.id }]);
    await app.gql(`mutation($input: RevokeApiTokenInput!) { revokeApiToken(input: $input) { apiToken { id } } }`, { input: { apiTokenId: apiToken.id } }, creds);
    const after = await app.gql(VIEWER, {}, { token });
    expect(after.status).toBe(401);
    expect(codeOf(after)).toBe('UNAUTHENTICATED');
  });

  it("does not let a user revoke another user's token: NOT_FOUND", async () => {
    const [a, b] = [await f.givenUser(Role.ANALYST), await f.givenUser(Role.ANALYST)];
    const credsA = await app.signIn(a.email);
    const credsB = await app.signIn(b.email);
    const created = await app.gql(`mutation { createApiToken(input: { name: "a" }) { apiToken { id } } }`, {}, credsA);
    const id = created.data!.createApiToken.apiToken.id;
    const attempt = await app.gql(`mutation($id: ID!) { revokeApiToken(input: { apiTokenId: $id }) { apiToken { id } } }`, { id }, credsB);
    expect(codeOf(attempt)).toBe('NOT_FOUND');
    const [row] = await app.dataSource.query(`SELECT revoked_at FROM api_token WHERE id = $1`, [id]);
    expect(row.revoked_at).toBeNull();
  });

  it("ends a deactivated user's sessions and tokens at once", async () => {
    const partner = await f.givenPartner();
    const manager = await f.givenUser(Role.PARTNER_MANAGER, partner.id);
    const employee = await f.givenUser(Role.PARTNER_EMPLOYEE, partner.id);
    const managerCreds = await app.signIn(manager.email);
    const employeeCreds = await app.signIn(employee.email);
    const token = (await app.gql(`mutation { createApiToken(input: { name: "t" }) { token } }`, {}, employeeCreds)).data!.createApiToken.token;
    const result = await app.gql(`mutation($id: ID!) { deactivateUser(input: { userId: $id }) { user { id active } } }`, { id: employee.id }, managerCreds);
    expect(result.data!.deactivateUser.user).toEqual({ id: employee.id, active: false });
    expect((await app.gql(VIEWER, {}, employeeCreds)).data!.viewer).toBeNull();
    expect(codeOf(await app.gql(VIEWER, {}, { token }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await app.gql(SIGN_IN, { input: { email: employee.email, password: TEST_PASSWORD } }))).toBe('UNAUTHENTICATED');
  });

  it("ends every session and token of a suspended partner's users, and refuses their sign-in", async () => {
    const cm = await f.givenUser(Role.CHANNEL_MANAGER);
    const partner = await f.givenPartner();
    const manager = await f.givenUser(Role.PARTNER_MANAGER, partner.id);
    const creds = await app.signIn(manager.email);
    const token = (await app.gql(`mutation { createApiToken(input: { name: "t" }) { token } }`, {}, creds)).data!.createApiToken.token;
    const suspended = await app.gql(`mutation($id: ID!) { suspendPartner(input: { partnerId: $id }) { partner { status } } }`, { id: partner.id }, await app.signIn(cm.email));
    expect(suspended.data!.suspendPartner.partner.status).toBe('SUSPENDED');
    expect((await app.gql(VIEWER, {}, creds)).data!.viewer).toBeNull();
    expect(codeOf(await app.gql(VIEWER, {}, { token }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await app.gql(SIGN_IN, { input: { email: manager.email, password: TEST_PASSWORD } }))).toBe('UNAUTHENTICATED');
  });

  it('lets an invitee set a password once through the link, then signs it in', async () => {
    const admin = await f.givenUser(Role.ADMIN);
    const invited = await app.gql(
      `mutation($input: InviteBrandUserInput!) { inviteBrandUser(input: $input) { user { id invited } invitationUrl } }`,
      { input: { email: 'new-cm@test.example', displayName: 'New CM', role: 'CHANNEL_MANAGER' } },
      await app.signIn(admin.email),
    );
    const { user, invitationUrl } = invited.data!.inviteBrandUser;
    expect(user.invited).toBe(true);
    const token = invitationUrl.split('/').at(-1);
    expect((await app.gql(`query($t: String!) { invitation(token: $t) { email } }`, { t: token })).data!.invitation.email).toBe('new-cm@test.example');
    const ACCEPT = `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { user { id role invited } } }`;
    const accepted = await app.gql(ACCEPT, { input: { token, password: 'chosen-password-9' } });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.acceptInvitation.user).toEqual({ id: user.id, role: 'CHANNEL_MANAGER', invited: false });
    expect(accepted.setCookie).toMatch(/^trellis_session=/);
    expect(codeOf(await app.gql(ACCEPT, { input: { token, password: 'chosen-password-9' } }))).toBe('NOT_FOUND');
    await expect(app.signIn('new-cm@test.example', 'chosen-password-9')).resolves.toHaveProperty('cookie');
  });
});

describe('address buckets of the sign-in limit', () => {
  it('counts IPv4 per address and IPv6 per /64 network', () => {
    expect(addressBucket('10.1.2.3')).toBe('10.1.2.3');
    expect(addressBucket('::ffff:10.1.2.3')).toBe('10.1.2.3');
    expect(addressBucket('2001:db8:1:2:3:4:5:6')).toBe('2001:db8:1:2::/64');
    expect(addressBucket('2001:db8:1:2::9')).toBe('2001:db8:1:2::/64');
    expect(addressBucket('2001:db8::1')).toBe('2001:db8:0:0::/64');
  });
});

describe('invitations of a suspended partner', () => {
  it('change nothing when accepted: the link stays unspent and no password is set', async () => {
    const app = await startTestApp();
    try {
      const f = fixtures(app);
      const partner = await f.givenPartner();
      const cm = await app.signIn((await f.givenUser(Role.CHANNEL_MANAGER)).email);
      const invited = await app.gql(
        `mutation($id: ID!) { invitePartnerUser(input: { partnerId: $id, email: "late@p.example", displayName: "Late Joiner", role: PARTNER_EMPLOYEE }) { invitationUrl user { id } } }`,
        { id: partner.id }, cm,
      );
      await app.gql(`mutation($id: ID!) { suspendPartner(input: { partnerId: $id }) { partner { id } } }`, { id: partner.id }, cm);
      const token = invited.data!.invitePartnerUser.invitationUrl.split('/').at(-1);
      const accepted = await app.gql(`mutation($t: String!) { acceptInvitation(input: { token: $t, password: "chosen-password-9" }) { user { id } } }`, { t: token });
      expect([codeOf(accepted), accepted.setCookie]).toEqual(['NOT_FOUND', null]);
      const [state] = await app.dataSource.query(
        `SELECT u.has_password, i.used_at, (SELECT count(*)::int FROM user_session s WHERE s.user_id = u.id) AS sessions
           FROM app_user u JOIN invitation i ON i.user_id = u.id WHERE u.id = $1`,
        [invited.data!.invitePartnerUser.user.id],
      );
      expect(state).toEqual({ has_password: false, used_at: null, sessions: 0 });
    } finally {
      await app.close();
    }
  });
});
