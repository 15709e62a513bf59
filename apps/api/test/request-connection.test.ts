import { randomUUID } from 'node:crypto';
import { Role } from '../src/access/role';
import { PartnerKind } from '../src/modules/partners/partner.entity';
import { Viewer } from '../src/access/viewer';
import { Scope } from '../src/access/scope';
import { TransactionRolledBack } from '../src/access/connection';
import { hashSecret } from '../src/access/secret-token';
import { startTestApp, TestApp } from './harness';
import { fixtures } from './fixtures';

/**
 * Request connections keep the identity their last request set: a request acting as the same identity
 * sends no setup, any other switches first, and an identity that may have been undone is never trusted.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const WHO = `SELECT current_user AS role, current_setting('trellis.role', true) AS viewer,
  current_setting('trellis.partner_ids', true) AS partners, now() = statement_timestamp() AS autocommit`;

const managerOf = (partnerId: string): Viewer => ({
  userId: randomUUID(), role: Role.PARTNER_MANAGER, email: 'pm@test.example', displayName: 'PM', partnerId, visiblePartnerIds: [partnerId], via: 'SESSION',
});

/** One request's reads, without a transaction as a GraphQL query runs them; answers its rows and round trips. */
async function readAs(viewer: Viewer, work: (scope: Scope) => Promise<unknown>): Promise<{ rows: unknown; roundTrips: number }> {
  const scope = app.scopes.forRequest(viewer);
  scope.connection.autocommit();
  try {
    const rows = await work(scope);
    return { rows, roundTrips: scope.stats.roundTrips };
  } finally {
    await scope.connection.close(true);
  }
}

it('sends no setup when the next request acts as the same viewer, and switches for another', async () => {
  const [a, b] = [randomUUID(), randomUUID()];
  const viewerA = managerOf(a);
  await readAs(viewerA, (scope) => scope.query(WHO));
  // The pool hands out the connection released last: the same one, carrying a's identity.
  const again = await readAs(viewerA, (scope) => scope.query(WHO));
  expect(again).toEqual({ rows: [{ role: 'trellis_app', viewer: 'PARTNER_MANAGER', partners: `{${a}}`, autocommit: true }], roundTrips: 1 });
  const other = await readAs(managerOf(b), (scope) => scope.query(WHO));
  expect(other).toEqual({ rows: [{ role: 'trellis_app', viewer: 'PARTNER_MANAGER', partners: `{${b}}`, autocommit: true }], roundTrips: 2 });
  const anonymous = app.scopes.forRequest(null);
  anonymous.connection.autocommit();
  const [shown] = await anonymous.query<{ role: string; partners: string }>(WHO);
  await anonymous.connection.close(true);
  expect([shown.role, shown.partners, anonymous.stats.roundTrips]).toEqual(['trellis_public', '{}', 2]);
});

it('trusts no identity after a rollback: the next request switches again', async () => {
  const [a, b] = [randomUUID(), randomUUID()];
  await readAs(managerOf(a), (scope) => scope.query(WHO));
  // A transaction that switches to b and rolls back: PostgreSQL undoes the switch.
  const failing = app.scopes.forRequest(managerOf(b));
  await expect(failing.within(async (scope) => {
    await scope.query(WHO);
    throw new Error('rolled back');
  })).rejects.toThrow('rolled back');
  const next = await readAs(managerOf(b), (scope) => scope.query(WHO));
  expect(next).toEqual({ rows: [{ role: 'trellis_app', viewer: 'PARTNER_MANAGER', partners: `{${b}}`, autocommit: true }], roundTrips: 2 });
});

it('runs a mutation in one transaction, and reads without one', async () => {
  const scope = app.scopes.forRequest(managerOf(randomUUID()));
  const [first] = await scope.query<{ autocommit: boolean }>(WHO);
  await scope.connection.close(true);
  expect(first.autocommit).toBe(false);
  const read = await readAs(managerOf(randomUUID()), async (s) => (await s.manager()).query(WHO));
  // A TypeORM manager (the way writes go) turns the reads' connection transactional.
  expect((read.rows as { autocommit: boolean }[])[0].autocommit).toBe(false);
});

it('resolves a viewer and sets its settings in one statement, and clears them for a credential that is no good', async () => {
  const f = fixtures(app);
  const partner = await f.givenPartner({ kind: PartnerKind.DISTRIBUTOR });
  const child = await f.givenPartner({ parentId: partner.id });
  const user = await f.givenUser(Role.PARTNER_MANAGER, partner.id);
  const { cookie } = await app.signIn(user.email);
  const session = decodeURIComponent(cookie!.split('=')[1]);
  const runner = app.dataSource.createQueryRunner();
  await runner.connect();
  try {
    const settings = () => runner.query(`SELECT current_setting('trellis.role') AS role, current_setting('trellis.partner_ids') AS partners, current_setting('trellis.user_id') AS user`);
    const scopeOf = app.scopes.forRequest(null);
    const viewer = await app.services.auth.viewerFromSession(scopeOf, session);
    await scopeOf.connection.close(true);
    expect(viewer).toMatchObject({ userId: user.id, role: 'PARTNER_MANAGER', partnerId: partner.id });
    expect([...(viewer!.visiblePartnerIds as string[])].sort()).toEqual([partner.id, child.id].sort());
    const [found] = await runner.query(`SELECT id, partner_ids FROM trellis_authenticate('SESSION', $1)`, [hashSecret(session)]);
    expect(found.id).toBe(user.id);
    const [set] = await settings();
    expect(set.role).toBe('PARTNER_MANAGER');
    expect(set.user).toBe(user.id);
    expect(set.partners.replace(/[{}]/g, '').split(',').sort()).toEqual([partner.id, child.id].sort());
    expect(await runner.query(`SELECT id FROM trellis_authenticate('SESSION', '\\x00'::bytea)`)).toEqual([]);
    expect(await settings()).toEqual([{ role: 'NONE', partners: '{}', user: '' }]);
  } finally {
    await runner.release();
  }
});

it('refuses to call a commit that PostgreSQL turned into a rollback done, and then trusts no identity', async () => {
  const [mine, other] = [randomUUID(), randomUUID()];
  // The connection (the one released last) carries another partner's identity first.
  await readAs(managerOf(other), (scope) => scope.query(WHO));
  const scope = app.scopes.forRequest(managerOf(mine));
  await scope.query(WHO);
  // A statement fails and someone catches it: the transaction is aborted, COMMIT will answer ROLLBACK,
  // and PostgreSQL undoes the switch to `mine` made in it: the connection acts for `other` again.
  await expect(scope.query(`SELECT 1 / 0`)).rejects.toThrow(/division by zero/);
  await expect(scope.finish(true)).rejects.toThrow(TransactionRolledBack);
  // The same request goes on: its identity is set again, not assumed.
  const [again] = await scope.query<{ role: string; partners: string }>(WHO);
  await scope.connection.close(true);
  expect([again.role, again.partners]).toEqual(['trellis_app', `{${mine}}`]);
});

describe('over HTTP', () => {
  const ME = `{ viewer { id } }`;
  const PARTNER = `query($id: ID!) { partner(id: $id) { id } }`;

  it('records the identity the viewer lookup set only when the connection already had its role', async () => {
    const f = fixtures(app);
    const partner = await f.givenPartner();
    const user = await f.givenUser(Role.CHANNEL_MANAGER);
    const as = await app.signIn(user.email);
    await app.gql(PARTNER, { id: partner.id }, as);
    // An anonymous showroom read leaves the connection as trellis_public: the lookup, a switch, the read.
    await app.gql(`{ showroomCategories { id } }`);
    // Forgotten by the viewer cache, so that each request below looks its viewer up.
    app.viewerCache.clear();
    const afterPublic = await app.gql(PARTNER, { id: partner.id }, as);
    app.viewerCache.clear();
    const again = await app.gql(PARTNER, { id: partner.id }, as);
    expect([afterPublic.data, afterPublic.statements, afterPublic.roundTrips]).toEqual([{ partner: { id: partner.id } }, 1, 3]);
    expect([again.statements, again.roundTrips]).toEqual([1, 2]);
  });

  it('runs a mutation in one transaction: the lookup, BEGIN with the switch, its statements, COMMIT', async () => {
    const f = fixtures(app);
    const user = await f.givenUser(Role.CHANNEL_MANAGER);
    const as = await app.signIn(user.email);
    await app.gql(ME, {}, as);
    // Forgotten by the viewer cache, so that the mutation looks its viewer up.
    app.viewerCache.clear();
    const signedOut = await app.gql(`mutation { signOut { signedOut } }`, {}, as);
    expect(signedOut.errors).toBeUndefined();
    expect(signedOut.roundTrips).toBe(signedOut.statements + 3);
    expect((await app.gql(ME, {}, as)).data).toEqual({ viewer: null });
  });
});
