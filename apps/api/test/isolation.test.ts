import { startTestApp, TestApp, codeOf, Credentials } from './harness';
import { fixtures } from './fixtures';
import { Role } from '../src/access/role';
import { Viewer } from '../src/access/viewer';
import { returningRows } from '../src/domain/sql';
import { PartnerKind } from '../src/modules/partners/partner.entity';

/*
 * The cross-partner isolation matrix: role x operation x another partner's id. Every cell answers
 * NOT_FOUND, FORBIDDEN or an empty list, never the other partner's data. Each module adds its rows.
 */
describe('cross-partner isolation', () => {
  let app: TestApp;
  let f: ReturnType<typeof fixtures>;
  const ids: Record<string, string> = {};
  const as: Record<string, Credentials> = {};

  beforeAll(async () => {
    app = await startTestApp();
    f = fixtures(app);
    const a = await f.givenPartner({ kind: PartnerKind.DISTRIBUTOR, name: 'Own Distributor' });
    const a1 = await f.givenPartner({ parentId: a.id, name: 'Own Reseller' });
    const b = await f.givenPartner({ kind: PartnerKind.DISTRIBUTOR, name: 'Foreign Distributor' });
    const b1 = await f.givenPartner({ parentId: b.id, name: 'Foreign Reseller' });
    Object.assign(ids, { a: a.id, a1: a1.id, b: b.id, b1: b1.id });
    const users = {
      aManager: await f.givenUser(Role.PARTNER_MANAGER, a.id),
      aEmployee: await f.givenUser(Role.PARTNER_EMPLOYEE, a.id),
      a1Manager: await f.givenUser(Role.PARTNER_MANAGER, a1.id),
      bEmployee: await f.givenUser(Role.PARTNER_EMPLOYEE, b.id),
      b1Employee: await f.givenUser(Role.PARTNER_EMPLOYEE, b1.id),
    };
    for (const [key, user] of Object.entries(users)) ids[key] = user.id;
    for (const key of ['aManager', 'aEmployee', 'a1Manager'] as const) as[key] = await app.signIn(users[key].email);
    const bCreds = await app.signIn(users.bEmployee.email);
    ids.bToken = (await app.gql(`mutation { createApiToken(input: { name: "b" }) { apiToken { id } } }`, {}, bCreds)).data!.createApiToken.apiToken.id;
  });
  afterAll(() => app.close());

  const visible: Record<string, string[]> = { aManager: ['a', 'a1'], aEmployee: ['a', 'a1'], a1Manager: ['a1'] };
  const foreignPartners: Record<string, string[]> = { aManager: ['b', 'b1'], aEmployee: ['b', 'b1'], a1Manager: ['a', 'b', 'b1'] };

  it.each(Object.keys(visible))('%s lists exactly its visible partners', async (who) => {
    const result = await app.gql(`{ partners(first: 100) { totalCount edges { node { id children { id } parent { id } } } } }`, {}, as[who]);
    const listed = result.data!.partners.edges.map((e: { node: { id: string } }) => e.node.id).sort();
    expect(listed).toEqual(visible[who].map((k) => ids[k]).sort());
    expect(result.data!.partners.totalCount).toBe(visible[who].length);
    // A reseller's distributor is not among what its users see: the parent answers null.
    const parents = result.data!.partners.edges.map((e: { node: { parent: { id: string } | null } }) => e.node.parent?.id ?? null);
    expect(parents.every((p: string | null) => p === null || visible[who].map((k) => ids[k]).includes(p))).toBe(true);
  });

  const operations: [string, (id: string) => [string, Record<string, unknown>]][] = [
    ['partner(id)', (id) => [`query($id: ID!) { partner(id: $id) { id name } }`, { id }]],
    ['invitePartnerUser', (id) => [`mutation($id: ID!) { invitePartnerUser(input: { partnerId: $id, email: "spy@x.example", displayName: "Spy Spy", role: PARTNER_EMPLOYEE }) { user { id } } }`, { id }]],
    ['updatePartnerProfile', (id) => [`mutation($id: ID!) { updatePartnerProfile(input: { partnerId: $id, name: "Taken" }) { partner { id } } }`, { id }]],
    ['suspendPartner', (id) => [`mutation($id: ID!) { suspendPartner(input: { partnerId: $id }) { partner { id } } }`, { id }]],
  ];
  const cells = Object.keys(foreignPartners).flatMap((who) =>
    foreignPartners[who].flatMap((target) => operations.map(([name, build]) => [who, name, target, build] as const)),
  );

  it.each(cells)('%s: %s of foreign partner %s answers no data', async (who, _name, target, build) => {
    const [query, variables] = build(ids[target]);
    const result = await app.gql(query, variables, as[who]);
    expect(['NOT_FOUND', 'FORBIDDEN']).toContain(codeOf(result));
    expect(JSON.stringify(result.data ?? {})).not.toContain(ids[target]);
  });

  it.each(Object.keys(visible))("%s sees only its visible partners' leads and offers", async (who) => {
    const [product] = await app.dataSource.query(`INSERT INTO product (sku, name, list_price, currency) VALUES ($1, 'Iso product', 100, 'EUR') RETURNING id`, [`ISO-${who}`]);
    for (const key of ['a', 'a1', 'b', 'b1']) {
      await app.dataSource.query(`INSERT INTO offer (partner_id, product_id, price, currency) VALUES ($1, $2, 100, 'EUR')`, [ids[key], product.id]);
      await app.dataSource.query(
        `INSERT INTO lead (id, partner_id, status, source, contact_name, email, consent_text, consent_given_at) VALUES (gen_random_uuid(), $1, 'NEW', 'SHOWROOM', $2, 'x@y.example', 'consent text given', now())`,
        [ids[key], `${who}-${key}`],
      );
    }
    const leads = await app.gql(`{ leads(first: 100) { edges { node { contactName partner { id } } } } }`, {}, as[who]);
    const mine = leads.data!.leads.edges.map((e: { node: { contactName: string } }) => e.node.contactName).filter((n: string) => n.startsWith(`${who}-`)).sort();
    expect(mine).toEqual(visible[who].map((k) => `${who}-${k}`).sort());
    for (const target of foreignPartners[who]) {
      const offers = await app.gql(`query($p: ID!) { offers(partnerId: $p, first: 5) { totalCount } }`, { p: ids[target] }, as[who]);
      expect([who, target, codeOf(offers)]).toEqual([who, target, 'NOT_FOUND']);
      const settings = await app.gql(`query($p: ID!) { showroomSettings(partnerId: $p) { slug } }`, { p: ids[target] }, as[who]);
      expect([who, target, codeOf(settings)]).toEqual([who, target, 'NOT_FOUND']);
    }
  });

  it.each(['aManager', 'a1Manager'])("%s cannot deactivate another partner's user: NOT_FOUND", async (who) => {
    for (const target of ['bEmployee', 'b1Employee']) {
      const result = await app.gql(`mutation($id: ID!) { deactivateUser(input: { userId: $id }) { user { id } } }`, { id: ids[target] }, as[who]);
      expect([who, target, codeOf(result)]).toEqual([who, target, 'NOT_FOUND']);
    }
    const [row] = await app.dataSource.query(`SELECT bool_and(active) AS active FROM app_user WHERE id = ANY($1)`, [[ids.bEmployee, ids.b1Employee]]);
    expect(row.active).toBe(true);
  });

  it.each(Object.keys(visible))("%s cannot revoke another partner's API token: NOT_FOUND", async (who) => {
    const result = await app.gql(`mutation($id: ID!) { revokeApiToken(input: { apiTokenId: $id }) { apiToken { id } } }`, { id: ids.bToken }, as[who]);
    expect(codeOf(result)).toBe('NOT_FOUND');
  });

  it.each(Object.keys(visible))('%s cannot read the channel-wide change feed: FORBIDDEN', async (who) => {
    expect(codeOf(await app.gql(`{ recentPartnerChanges { id } }`, {}, as[who]))).toBe('FORBIDDEN');
  });

  describe('row-level security, with the service filter deliberately left out', () => {
    const viewerOf = (who: 'aManager' | 'a1Manager', partnerIds: string[]): Viewer => ({
      userId: ids[who], role: Role.PARTNER_MANAGER, email: 'x', displayName: 'x', partnerId: partnerIds[0], visiblePartnerIds: partnerIds, via: 'SESSION',
    });

    it('returns no foreign rows from unfiltered queries of every partner-owned table', async () => {
      // The foreign rows exist (made by the lead and offer tests above): this is not vacuous.
      const [present] = await app.dataSource.query(`SELECT (SELECT count(*) FROM offer WHERE partner_id = $1)::int AS offers, (SELECT count(*) FROM lead WHERE partner_id = $1)::int AS leads`, [ids.b]);
      expect(present.offers).toBeGreaterThan(0);
      expect(present.leads).toBeGreaterThan(0);
      const rows = await app.within(viewerOf('aManager', [ids.a, ids.a1]), async (scope) => ({
        partners: (await scope.query<{ id: string }>(`SELECT id FROM partner`)).map((r) => r.id).sort(),
        territories: await scope.query(`SELECT partner_id FROM partner_territory WHERE partner_id <> ALL($1)`, [[ids.a, ids.a1]]),
        changes: (await scope.query<{ partner_id: string }>(`SELECT DISTINCT partner_id FROM partner_change`)).map((r) => r.partner_id).sort(),
        users: (await scope.query<{ partner_id: string }>(`SELECT DISTINCT partner_id FROM app_user WHERE partner_id IS NOT NULL`)).map((r) => r.partner_id).sort(),
        foreign: await scope.query(
          `SELECT 'offer' AS t FROM offer WHERE partner_id <> ALL($1) UNION ALL SELECT 'lead' FROM lead WHERE partner_id IS NULL OR partner_id <> ALL($1)
           UNION ALL SELECT 'lead_item' FROM lead_item WHERE partner_id <> ALL($1) UNION ALL SELECT 'showroom' FROM showroom WHERE partner_id <> ALL($1)`,
          [[ids.a, ids.a1]],
        ),
      }));
      expect(rows).toEqual({ partners: [ids.a, ids.a1].sort(), territories: [], changes: [ids.a, ids.a1].sort(), users: [ids.a, ids.a1].sort(), foreign: [] });
    });

    it('lets no unfiltered write touch a foreign row', async () => {
      const touched = await app.within(viewerOf('a1Manager', [ids.a1]), async (scope) =>
        returningRows(await scope.manager(), `UPDATE partner SET name = 'Overwritten' RETURNING id`, []),
      );
      expect(touched).toEqual([{ id: ids.a1 }]);
      const [foreign] = await app.dataSource.query(`SELECT name FROM partner WHERE id = $1`, [ids.b]);
      expect(foreign.name).toBe('Foreign Distributor');
    });

    it('gives anonymous requests no access to partner tables at all', async () => {
      await expect(app.within(null, (scope) => scope.query(`SELECT id FROM partner`))).rejects.toThrow(/permission denied/);
    });
  });
});
