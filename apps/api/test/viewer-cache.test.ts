import { startTestApp, TestApp, codeOf } from './harness';
import { fixtures } from './fixtures';
import { Role } from '../src/access/role';
import { ViewerCache } from '../src/access/viewer-cache';
import { Viewer } from '../src/access/viewer';

const VIEWER = `{ viewer { id } }`;

describe('viewer cache', () => {
  let app: TestApp;
  let f: ReturnType<typeof fixtures>;

  beforeAll(async () => {
    app = await startTestApp();
    f = fixtures(app);
  });
  afterAll(() => app.close());

  it('sends no lookup for a viewer it knows: one round trip for a read', async () => {
    const user = await f.givenUser(Role.CHANNEL_MANAGER);
    const as = await app.signIn(user.email);
    await app.gql(VIEWER, {}, as);
    const again = await app.gql(VIEWER, {}, as);
    expect([again.data, again.statements, again.roundTrips]).toEqual([{ viewer: { id: user.id } }, 1, 1]);
  });

  it('answers the very next request after a sign-out as anonymous', async () => {
    const user = await f.givenUser(Role.CHANNEL_MANAGER);
    const as = await app.signIn(user.email);
    expect((await app.gql(VIEWER, {}, as)).data).toEqual({ viewer: { id: user.id } });
    expect((await app.gql(`mutation { signOut { signedOut } }`, {}, as)).errors).toBeUndefined();
    expect((await app.gql(VIEWER, {}, as)).data).toEqual({ viewer: null });
  });

  it('refuses at once the users of a partner suspended, and a user deactivated, through the API', async () => {
    const cm = await app.signIn((await f.givenUser(Role.CHANNEL_MANAGER)).email);
    const partner = await f.givenPartner();
    const manager = await f.givenUser(Role.PARTNER_MANAGER, partner.id);
    const employee = await f.givenUser(Role.PARTNER_EMPLOYEE, partner.id);
    const managerAs = await app.signIn(manager.email);
    const employeeAs = await app.signIn(employee.email);
    const token = (await app.gql(`mutation { createApiToken(input: { name: "t" }) { token } }`, {}, managerAs)).data!.createApiToken.token;
    expect((await app.gql(VIEWER, {}, { token })).data).toEqual({ viewer: { id: manager.id } });
    expect((await app.gql(VIEWER, {}, employeeAs)).data).toEqual({ viewer: { id: employee.id } });
    expect((await app.gql(VIEWER, {}, employeeAs)).roundTrips).toBe(1);

    const deactivated = await app.gql(`mutation($id: ID!) { deactivateUser(input: { userId: $id }) { user { id } } }`, { id: employee.id }, managerAs);
    expect(deactivated.errors).toBeUndefined();
    expect((await app.gql(VIEWER, {}, employeeAs)).data).toEqual({ viewer: null });

    expect((await app.gql(VIEWER, {}, managerAs)).data).toEqual({ viewer: { id: manager.id } });
    const suspended = await app.gql(`mutation($id: ID!) { suspendPartner(input: { partnerId: $id }) { partner { status } } }`, { id: partner.id }, cm);
    expect(suspended.errors).toBeUndefined();
    expect((await app.gql(VIEWER, {}, managerAs)).data).toEqual({ viewer: null });
    expect(codeOf(await app.gql(VIEWER, {}, { token }))).toBe('UNAUTHENTICATED');
  });

  it('hears a change written behind its back (NOTIFY) within moments', async () => {
    const user = await f.givenUser(Role.CHANNEL_MANAGER);
    const as = await app.signIn(user.email);
    await app.gql(VIEWER, {}, as);
    expect((await app.gql(VIEWER, {}, as)).roundTrips).toBe(1);
    await app.behindTheBack(`DELETE FROM user_session WHERE user_id = $1`, [user.id]);
    const deadline = Date.now() + 2000;
    let viewer: unknown = { id: user.id };
    while (viewer !== null && Date.now() < deadline) {
      viewer = (await app.gql(VIEWER, {}, as)).data!.viewer;
      if (viewer !== null) await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(viewer).toBeNull();
  });

  it('lets every role that may write sessions, users, tokens and partners fire the triggers', async () => {
    const writes = [
      `DELETE FROM user_session WHERE false`, `UPDATE user_session SET expires_at = expires_at WHERE false`,
      `UPDATE app_user SET active = active WHERE false`, `UPDATE api_token SET revoked_at = revoked_at WHERE false`,
      `UPDATE partner SET status = status WHERE false`,
    ];
    const runner = app.dataSource.createQueryRunner();
    let fired = 0;
    try {
      for (const role of ['trellis_app', 'trellis_auth', 'trellis_public']) {
        for (const write of writes) {
          await runner.query(`BEGIN`);
          await runner.query(`SET LOCAL ROLE ${role}`);
          // A role without the table's privilege is refused by the statement itself, never by the trigger.
          const refused = await runner.query(write).then(() => false, (err: Error) => /permission denied for table/.test(err.message) || Promise.reject(err));
          if (!refused) {
            const [{ changed }] = await runner.query(`SELECT current_setting('trellis.viewers_changed', true) AS changed`);
            expect([role, write, changed]).toEqual([role, write, 'on']);
            fired += 1;
          }
          await runner.query(`ROLLBACK`);
        }
      }
      // A token's last use, which the lookup writes, changes no viewer.
      await runner.query(`BEGIN`);
      await runner.query(`UPDATE api_token SET last_used_at = now() WHERE false`);
      expect((await runner.query(`SELECT current_setting('trellis.viewers_changed', true) AS changed`))[0].changed).not.toBe('on');
      await runner.query(`ROLLBACK`);
    } finally {
      await runner.release();
    }
    expect(fired).toBeGreaterThanOrEqual(3);
  });

  it('serves nothing while its listener is stopped', async () => {
    const user = await f.givenUser(Role.CHANNEL_MANAGER);
    const as = await app.signIn(user.email);
    await app.gql(VIEWER, {}, as);
    await app.viewerListener.stop();
    expect(app.viewerCache.isEnabled).toBe(false);
    const again = await app.gql(VIEWER, {}, as);
    expect([again.data, again.roundTrips]).toEqual([{ viewer: { id: user.id } }, 2]);
    expect(app.viewerCache.size).toBe(0);
  });
});

describe('ViewerCache', () => {
  const viewer: Viewer = { userId: 'u', role: Role.CHANNEL_MANAGER, email: 'e', displayName: 'd', partnerId: null, visiblePartnerIds: 'ALL', via: 'SESSION' };

  it('keeps nothing until enabled, nor with a TTL of 0', () => {
    const cache = new ViewerCache(30);
    cache.set('h', viewer, cache.generation, null);
    expect(cache.get('h')).toBeUndefined();
    const off = new ViewerCache(0);
    off.setEnabled(true);
    off.set('h', viewer, off.generation, null);
    expect(off.get('h')).toBeUndefined();
  });

  it('drops the answer of a lookup that raced a clear', () => {
    const cache = new ViewerCache(30);
    cache.setEnabled(true);
    const started = cache.generation;
    cache.clear();
    cache.set('h', viewer, started, null);
    expect(cache.get('h')).toBeUndefined();
    cache.set('h', viewer, cache.generation, null);
    expect(cache.get('h')).toEqual(viewer);
    cache.clear();
    expect(cache.get('h')).toBeUndefined();
  });

  it('keeps an entry for the TTL, and never past the credential\'s expiry', () => {
    let now = 1_000_000;
    const cache = new ViewerCache(30, () => now);
    cache.setEnabled(true);
    cache.set('long', viewer, cache.generation, null);
    cache.set('short', viewer, cache.generation, new Date(now + 5_000));
    cache.set('expired', viewer, cache.generation, new Date(now));
    expect(cache.get('expired')).toBeUndefined();
    now += 5_000;
    expect(cache.get('short')).toBeUndefined();
    expect(cache.get('long')).toEqual(viewer);
    now += 25_000;
    expect(cache.get('long')).toBeUndefined();
  });

  it('disabling empties it', () => {
    const cache = new ViewerCache(30);
    cache.setEnabled(true);
    cache.set('h', viewer, cache.generation, null);
    cache.setEnabled(false);
    cache.setEnabled(true);
    expect(cache.get('h')).toBeUndefined();
  });
});
