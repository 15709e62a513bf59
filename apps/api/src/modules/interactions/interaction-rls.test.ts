import { startTestApp, TestApp } from '../../../test/harness';
import { fixtures } from '../../../test/fixtures';
import { Role } from '../../access/role';
import { Scope } from '../../access/scope';
import { Viewer } from '../../access/viewer';
import { returningRows } from '../../domain/sql';
import { PartnerKind } from '../partners/partner.entity';

/*
 * Row-level security of interactions with the service left out: raw SQL in a request's transaction.
 * Brand staff read all; only ADMIN and CHANNEL_MANAGER write; a partner's manager reads the shared
 * interactions of its partners and no task; an employee reads none.
 */
describe('row-level security of interactions', () => {
  let app: TestApp;
  let f: ReturnType<typeof fixtures>;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    app = await startTestApp();
    f = fixtures(app);
    const a = await f.givenPartner({ kind: PartnerKind.DISTRIBUTOR });
    const a1 = await f.givenPartner({ parentId: a.id });
    const b = await f.givenPartner();
    Object.assign(ids, { a: a.id, a1: a1.id, b: b.id });
    for (const [key, partnerId] of Object.entries({ a: a.id, a1: a1.id, b: b.id })) {
      for (const shared of [true, false]) {
        const [row] = await app.dataSource.query(`INSERT INTO interaction (partner_id, kind, occurred_at, subject, shared) VALUES ($1, 'CALL', now(), 'Call', $2) RETURNING id`, [partnerId, shared]);
        ids[`${key}:${shared ? 'shared' : 'internal'}`] = row.id;
        await app.dataSource.query(`INSERT INTO interaction_task (interaction_id, partner_id, title, due_on) VALUES ($1, $2, 'Follow up', '2026-12-01')`, [row.id, partnerId]);
      }
    }
  });
  afterAll(() => app.close());

  const viewer = (role: Role, partnerIds: string[] = []): Viewer => ({
    userId: '', role, email: 'x', displayName: 'x', partnerId: partnerIds[0] ?? null, visiblePartnerIds: partnerIds.length ? partnerIds : 'ALL', via: 'SESSION',
  });
  const seenBy = (who: Viewer) => app.within(who, async (scope: Scope) => ({
    interactions: (await scope.query<{ id: string }>(`SELECT id FROM interaction WHERE partner_id = ANY($1) ORDER BY id`, [[ids.a, ids.a1, ids.b]])).map((r) => r.id),
    tasks: (await scope.query<{ n: number }>(`SELECT count(*)::int AS n FROM interaction_task WHERE partner_id = ANY($1)`, [[ids.a, ids.a1, ids.b]]))[0].n,
  }));
  const sorted = (...keys: string[]) => keys.map((k) => ids[k]).sort();

  it('shows a partner manager the shared interactions of its partners and no task; an employee nothing; brand staff all', async () => {
    expect(await seenBy(viewer(Role.PARTNER_MANAGER, [ids.a, ids.a1]))).toEqual({ interactions: sorted('a:shared', 'a1:shared'), tasks: 0 });
    expect(await seenBy(viewer(Role.PARTNER_MANAGER, [ids.a1]))).toEqual({ interactions: sorted('a1:shared'), tasks: 0 });
    expect(await seenBy(viewer(Role.PARTNER_EMPLOYEE, [ids.a]))).toEqual({ interactions: [], tasks: 0 });
    const all = { interactions: sorted('a:shared', 'a:internal', 'a1:shared', 'a1:internal', 'b:shared', 'b:internal'), tasks: 6 };
    expect(await seenBy(viewer(Role.ANALYST))).toEqual(all);
    expect(await seenBy(viewer(Role.CHANNEL_MANAGER))).toEqual(all);
  });

  it('lets only ADMIN and CHANNEL_MANAGER write, whatever the request', async () => {
    const tryWrites = (who: Viewer) => app.within(who, async (scope: Scope) => {
      const manager = await scope.manager();
      return {
        updated: (await returningRows(manager, `UPDATE interaction SET subject = 'Rewritten' WHERE id = $1 RETURNING id`, [ids['a:shared']])).length,
        done: (await returningRows(manager, `UPDATE interaction_task SET done_at = now() WHERE partner_id = $1 RETURNING id`, [ids.a])).length,
      };
    });
    expect(await tryWrites(viewer(Role.PARTNER_MANAGER, [ids.a]))).toEqual({ updated: 0, done: 0 });
    expect(await tryWrites(viewer(Role.ANALYST))).toEqual({ updated: 0, done: 0 });
    const insertAs = (who: Viewer) => app.within(who, (scope: Scope) =>
      scope.execute(`INSERT INTO interaction (partner_id, kind, occurred_at, subject) VALUES ($1, 'CALL', now(), 'Spy call')`, [ids.a]));
    await expect(insertAs(viewer(Role.PARTNER_MANAGER, [ids.a]))).rejects.toThrow(/row-level security/);
    await expect(insertAs(viewer(Role.ANALYST))).rejects.toThrow(/row-level security/);
    expect(await app.dataSource.query(`SELECT subject FROM interaction WHERE id = $1`, [ids['a:shared']])).toEqual([{ subject: 'Call' }]);
    expect(await app.dataSource.query(`SELECT count(*)::int AS n FROM interaction_task WHERE done_at IS NOT NULL`)).toEqual([{ n: 0 }]);
    expect(await tryWrites(viewer(Role.CHANNEL_MANAGER))).toEqual({ updated: 1, done: 2 });
  });
});
