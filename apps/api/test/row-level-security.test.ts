import { startTestApp, TestApp } from './harness';
import { fixtures } from './fixtures';
import { Role } from '../src/access/role';
import { Scope } from '../src/access/scope';
import { Viewer } from '../src/access/viewer';
import { returningRows } from '../src/domain/sql';
import { PartnerKind } from '../src/modules/partners/partner.entity';
import { NotificationKind } from '../src/access/notifications';

/*
 * Row-level security, the last wall, with the service filter deliberately left out: a partner
 * manager's transaction sees and touches only its visible partners' rows. Each test makes its channel.
 */
describe('row-level security', () => {
  let app: TestApp;
  let f: ReturnType<typeof fixtures>;

  beforeAll(async () => {
    app = await startTestApp({ leadsPerIpPerHour: 10_000 });
    f = fixtures(app);
  });
  afterAll(() => app.close());

  const managerOf = (partnerIds: string[]): Viewer => ({
    userId: '', role: Role.PARTNER_MANAGER, email: 'x', displayName: 'x', partnerId: partnerIds[0], visiblePartnerIds: partnerIds, via: 'SESSION',
  });
  /** A request's transaction of `viewer` with nothing but raw SQL: no service filters at all. */
  const asViewer = <T>(viewer: Viewer | null, work: (scope: Scope) => Promise<T>) => app.within(viewer, work);

  /** A distributor with a reseller, another distributor with one, each with a user, offer, showroom and lead. */
  async function givenChannel() {
    const territory = await f.givenTerritory();
    const a = await f.givenPartner({ kind: PartnerKind.DISTRIBUTOR, territoryIds: [territory.id] });
    const a1 = await f.givenPartner({ parentId: a.id, territoryIds: [territory.id] });
    const b = await f.givenPartner({ kind: PartnerKind.DISTRIBUTOR, territoryIds: [territory.id], name: 'Foreign Distributor' });
    const b1 = await f.givenPartner({ parentId: b.id, territoryIds: [territory.id] });
    const product = await f.givenProduct();
    for (const p of [a, a1, b, b1]) {
      await f.givenUser(Role.PARTNER_EMPLOYEE, p.id);
      await f.givenOffer(p.id, product.id);
      const { slug } = await f.givenShowroom(p.id);
      await f.givenLead({ slug, items: [{ productId: product.id, quantity: '1' }] });
      await f.givenRegistration(p.id);
      await f.givenOrder(p.id, [{ productId: product.id, quantity: 1 }]);
    }
    await f.givenLead();
    return { a: a.id, a1: a1.id, b: b.id, b1: b1.id };
  }

  it('returns no foreign rows from unfiltered queries of every partner-owned table', async () => {
    const ids = await givenChannel();
    const own = [ids.a, ids.a1];
    const [present] = await app.dataSource.query(
      `SELECT (SELECT count(*) FROM offer WHERE partner_id = $1)::int AS offers, (SELECT count(*) FROM lead WHERE partner_id = $1)::int AS leads,
              (SELECT count(*) FROM showroom WHERE partner_id = $1)::int AS showrooms, (SELECT count(*) FROM sales_order WHERE partner_id = $1)::int AS orders,
      (SELECT count(*) FROM sales_order_line WHERE partner_id = $1)::int AS "orderLines", (SELECT count(*) FROM sales_order_event WHERE partner_id = $1)::int AS "orderEvents"`, [ids.b]);
    expect(present).toEqual({ offers: 1, leads: 1, showrooms: 1, orders: 1, orderLines: 1, orderEvents: 1 });
    const rows = await asViewer(managerOf(own), async (scope) => ({
      partners: (await scope.query<{ id: string }>(`SELECT id FROM partner`)).map((r) => r.id).sort(),
      territories: await scope.query(`SELECT partner_id FROM partner_territory WHERE partner_id <> ALL($1)`, [own]),
      changes: (await scope.query<{ partner_id: string }>(`SELECT DISTINCT partner_id FROM partner_change`)).map((r) => r.partner_id).sort(),
      users: (await scope.query<{ partner_id: string }>(`SELECT DISTINCT partner_id FROM app_user WHERE partner_id IS NOT NULL`)).map((r) => r.partner_id).sort(),
      foreign: await scope.query(
        `SELECT 'offer' AS t FROM offer WHERE partner_id <> ALL($1) UNION ALL SELECT 'lead' FROM lead WHERE partner_id IS NULL OR partner_id <> ALL($1)
         UNION ALL SELECT 'lead_item' FROM lead_item WHERE partner_id IS NULL OR partner_id <> ALL($1) UNION ALL SELECT 'showroom' FROM showroom WHERE partner_id <> ALL($1)
         UNION ALL SELECT 'deal_registration' FROM deal_registration WHERE partner_id <> ALL($1)
         UNION ALL SELECT 'sales_order' FROM sales_order WHERE partner_id <> ALL($1) UNION ALL SELECT 'sales_order_line' FROM sales_order_line WHERE partner_id <> ALL($1)
         UNION ALL SELECT 'sales_order_event' FROM sales_order_event WHERE partner_id <> ALL($1)`,
        [own],
      ),
    }));
    expect(rows).toEqual({ partners: [...own].sort(), territories: [], changes: [...own].sort(), users: [...own].sort(), foreign: [] });
  });

  it('lets no unfiltered write touch a foreign row', async () => {
    const ids = await givenChannel();
    const touched = await asViewer(managerOf([ids.a1]), async (scope) => {
      const manager = await scope.manager();
      return {
        partners: await returningRows(manager, `UPDATE partner SET name = 'Overwritten' RETURNING id`, []),
        offers: await returningRows(manager, `UPDATE offer SET stock = 0 RETURNING partner_id`, []),
        showrooms: await returningRows(manager, `DELETE FROM showroom RETURNING partner_id`, []),
        orders: await returningRows(manager, `UPDATE sales_order SET status = 'CANCELLED', cancelled_at = now() RETURNING partner_id`, []),
      };
    });
    expect(touched).toEqual({ partners: [{ id: ids.a1 }], offers: [{ partner_id: ids.a1 }], showrooms: [{ partner_id: ids.a1 }], orders: [{ partner_id: ids.a1 }] });
    expect(await app.dataSource.query(`SELECT DISTINCT status FROM sales_order WHERE partner_id = ANY($1)`, [[ids.a, ids.b, ids.b1]])).toEqual([{ status: 'SUBMITTED' }]);
    const [foreign] = await app.dataSource.query(
      `SELECT p.name, (SELECT count(*)::int FROM showroom s WHERE s.partner_id = ANY($2)) AS showrooms FROM partner p WHERE p.id = $1`, [ids.b, [ids.a, ids.b, ids.b1]]);
    expect(foreign).toEqual({ name: 'Foreign Distributor', showrooms: 3 });
  });

  it('keeps the dispatch rules, explanations and round-robin turns from every partner, even the chosen one', async () => {
    const territory = await f.givenTerritory(undefined, { countries: ['DE'], postalPrefixes: ['38'] });
    const chosen = await f.givenPartner({ territoryIds: [territory.id] });
    const leadId = await f.givenLead({ postalCode: '38100', country: 'DE' });
    const result = await f.asSystem((scope) => app.services.leadLifecycle.autoDispatch(scope, [leadId]));
    expect(result.dispatched.map((l) => l.partnerId)).toEqual([chosen.id]);
    const seen = await asViewer(managerOf([chosen.id]), async (scope) => ({
      rules: await scope.query(`SELECT * FROM dispatch_rules`),
      explanations: await scope.query(`SELECT * FROM lead_dispatch_explanation`),
      turns: await scope.query(`SELECT * FROM partner_lead_turn`),
      leads: (await scope.query<{ id: string }>(`SELECT id FROM lead`)).map((l) => l.id),
      rulesChanged: await returningRows(await scope.manager(), `UPDATE dispatch_rules SET territory_weight = 0 RETURNING id`, []),
    }));
    expect(seen).toEqual({ rules: [], explanations: [], turns: [], leads: [leadId], rulesChanged: [] });
    expect(await app.dataSource.query(`SELECT territory_weight AS w FROM dispatch_rules`)).toEqual([{ w: 30 }]);
  });

  it('shows each user only its own notifications, and lets nobody notify a partner it cannot see', async () => {
    const ids = await givenChannel();
    const [own, foreign] = [await f.givenUser(Role.PARTNER_MANAGER, ids.a1), await f.givenUser(Role.PARTNER_MANAGER, ids.b)];
    const colleague = await f.givenUser(Role.PARTNER_MANAGER, ids.a1);
    await f.asSystem((scope) => app.services.notifications.notifyPartnerManagers(scope, NotificationKind.LEAD_NEW, [
      { partnerId: ids.a1, leadId: null as never, reference: 'L-1' }, { partnerId: ids.b, leadId: null as never, reference: 'L-2' }]));
    const viewer = { ...managerOf([ids.a1]), userId: own.id };
    const seen = await asViewer(viewer, async (scope) => ({
      rows: (await scope.query<{ user_id: string }>(`SELECT user_id FROM notification`)).map((r) => r.user_id),
      marked: await returningRows(await scope.manager(), `UPDATE notification SET read_at = now() RETURNING user_id`, []),
    }));
    expect(seen).toEqual({ rows: [own.id], marked: [{ user_id: own.id }] });
    expect(await app.dataSource.query(`SELECT user_id AS "userId" FROM notification WHERE read_at IS NULL ORDER BY user_id`))
      .toEqual([colleague.id, foreign.id].sort().map((userId) => ({ userId })));
    await expect(asViewer(viewer, (scope) => scope.query(`SELECT * FROM trellis_notify_partner_managers('LEAD_NEW', ARRAY[$1::uuid], ARRAY[NULL::uuid], ARRAY['x'])`, [ids.b])))
      .rejects.toThrow(/a partner out of sight/);
    await expect(asViewer(viewer, (scope) => scope.query(`INSERT INTO notification (user_id, kind) VALUES ($1, 'LEAD_NEW')`, [foreign.id])))
      .rejects.toThrow(/permission denied/);
  });

  it('gives anonymous requests no access to partner tables at all', async () => {
    await expect(asViewer(null, (scope) => scope.query(`SELECT id FROM partner`))).rejects.toThrow(/permission denied/);
  });
});
