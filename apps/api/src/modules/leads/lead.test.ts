import { startTestApp, TestApp, codeOf, Credentials } from '../../../test/harness';
import { fixtures, CONSENT } from '../../../test/fixtures';
import { Role } from '../../access/role';
import { PartnerKind } from '../partners/partner.entity';

const SUBMIT = `mutation($input: SubmitShowroomLeadInput!) { submitShowroomLead(input: $input) { leadId } }`;
const LEADS = `query($statuses: [LeadStatus!], $first: Int, $after: String) { leads(statuses: $statuses, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id status } } } }`;

describe('leads', () => {
  let app: TestApp;
  let f: ReturnType<typeof fixtures>;

  beforeAll(async () => {
    app = await startTestApp({ leadsPerIpPerHour: 10_000 });
    f = fixtures(app);
  });
  afterAll(() => app.close());

  const visitor = (input: Record<string, unknown>) => ({ name: 'Jan Kowalski', email: 'jan@customer.example', message: 'A quote, please.', consent: true, consentText: CONSENT, ...input });
  const leadRow = async (id: string) =>
    (await app.dataSource.query(`SELECT partner_id AS "partnerId", status, consent_text AS "consentText", consent_given_at IS NOT NULL AS consented FROM lead WHERE id = $1`, [id]))[0];
  const itemsOf = async (id: string) =>
    app.dataSource.query(`SELECT product_id AS "productId", partner_id AS "partnerId", quantity::text AS quantity FROM lead_item WHERE lead_id = $1 ORDER BY quantity`, [id]);
  const leadIds = (result: { data: Record<string, any> | null }): string[] => result.data!.leads.edges.map((e: { node: { id: string } }) => e.node.id);

  /** An active partner with an enabled showroom offering `products` products. */
  async function givenShowroomPartner(products = 2, spec: { parentId?: string; kind?: PartnerKind } = {}) {
    const partner = await f.givenPartner(spec);
    const showroom = await f.givenShowroom(partner.id);
    const offered = [];
    for (let i = 0; i < products; i++) {
      const product = await f.givenProduct();
      await f.givenOffer(partner.id, product.id);
      offered.push(product.id);
    }
    return { partner, slug: showroom.slug, offered };
  }

  it("files a partner showroom's lead as NEW for that partner, with its items and the consent shown", async () => {
    const { partner, slug, offered } = await givenShowroomPartner();
    const result = await app.gql(SUBMIT, { input: visitor({ slug, items: [{ productId: offered[0], quantity: '2' }, { productId: offered[1], quantity: '1.5' }] }) });
    expect(result.errors).toBeUndefined();
    const id = result.data!.submitShowroomLead.leadId;
    expect(await leadRow(id)).toEqual({ partnerId: partner.id, status: 'NEW', consentText: CONSENT, consented: true });
    expect(await itemsOf(id)).toEqual([
      { productId: offered[1], partnerId: partner.id, quantity: '1.500' },
      { productId: offered[0], partnerId: partner.id, quantity: '2.000' },
    ]);
  });

  it("files the brand showroom's lead as UNASSIGNED, for any active product", async () => {
    const product = await f.givenProduct();
    const result = await app.gql(SUBMIT, { input: visitor({ items: [{ productId: product.id, quantity: '3' }] }) });
    const id = result.data!.submitShowroomLead.leadId;
    expect(await leadRow(id)).toEqual({ partnerId: null, status: 'UNASSIGNED', consentText: CONSENT, consented: true });
    expect(await itemsOf(id)).toEqual([{ productId: product.id, partnerId: null, quantity: '3.000' }]);
  });

  it('refuses items the showroom does not offer, and a product named twice; files nothing', async () => {
    const { slug, offered } = await givenShowroomPartner(1);
    const [elsewhere, withdrawn, inactive] = [await f.givenProduct(), await f.givenProduct(), await f.givenProduct({ active: false })];
    const { partner: other } = await givenShowroomPartner(0);
    await f.givenOffer(other.id, elsewhere.id);
    const { partner: own } = (await app.dataSource.query(`SELECT partner_id AS partner FROM showroom WHERE slug = $1`, [slug]))[0];
    await f.givenOffer(own, withdrawn.id, { offered: false });
    const before = (await app.dataSource.query(`SELECT count(*)::int AS n FROM lead`))[0].n;
    const attempts: [string | null, string[]][] = [
      [slug, [offered[0], elsewhere.id]], [slug, [withdrawn.id]], [slug, [offered[0], offered[0]]], [null, [inactive.id]],
    ];
    const answers = [];
    for (const [showroom, products] of attempts) {
      const result = await app.gql(SUBMIT, { input: visitor({ slug: showroom, items: products.map((productId) => ({ productId, quantity: '1' })) }) });
      answers.push([codeOf(result), result.errors?.[0]?.extensions?.field]);
    }
    expect(answers).toEqual([
      ['BAD_USER_INPUT', 'items[1].productId'], ['BAD_USER_INPUT', 'items[0].productId'], ['BAD_USER_INPUT', 'items'], ['BAD_USER_INPUT', 'items[0].productId'],
    ]);
    expect((await app.dataSource.query(`SELECT count(*)::int AS n FROM lead`))[0].n).toBe(before);
  });

  it('answers a bot that fills the hidden field as if accepted, and files nothing', async () => {
    const { slug } = await givenShowroomPartner(0);
    const result = await app.gql(SUBMIT, { input: visitor({ slug, website: 'http://spam.example' }) });
    expect(result.data!.submitShowroomLead.leadId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await leadRow(result.data!.submitShowroomLead.leadId)).toBeUndefined();
  });

  it('refuses a request without consent', async () => {
    const { slug } = await givenShowroomPartner(0);
    const result = await app.gql(SUBMIT, { input: visitor({ slug, consent: false }) });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
  });

  it('pages leads filed within one millisecond without skipping any', async () => {
    const { partner, slug } = await givenShowroomPartner(0);
    const filed = [await f.givenLead({ slug }), await f.givenLead({ slug }), await f.givenLead({ slug })];
    // The clock, pinned: three requests in one millisecond, microseconds apart.
    for (const [i, id] of filed.entries()) {
      await app.dataSource.query(`UPDATE lead SET created_at = '2026-01-01T10:00:00.123900Z'::timestamptz - $2 * interval '300 microseconds' WHERE id = $1`, [id, i]);
    }
    const pm = await app.signIn((await f.givenUser(Role.PARTNER_MANAGER, partner.id)).email);
    const pages: string[][] = [];
    let after: string | null = null;
    do {
      const result: { data: Record<string, any> | null } = await app.gql(LEADS, { first: 1, after }, pm);
      pages.push(leadIds(result));
      after = result.data!.leads.pageInfo.hasNextPage ? result.data!.leads.pageInfo.endCursor : null;
    } while (after && pages.length < 5);
    expect(pages).toEqual(filed.map((id) => [id]));
  });

  describe('listing by role', () => {
    const ids: Record<string, string[]> = {};
    const as: Record<string, Credentials> = {};

    // Shared read-only data: no test below files or changes a lead.
    beforeAll(async () => {
      const distributor = await givenShowroomPartner(1, { kind: PartnerKind.DISTRIBUTOR });
      const reseller = await givenShowroomPartner(1, { parentId: distributor.partner.id });
      const stranger = await givenShowroomPartner(1);
      for (const [key, { slug, offered }] of Object.entries({ distributor, reseller, stranger })) {
        ids[key] = [];
        for (let i = 0; i < 3; i++) ids[key].push(await f.givenLead({ slug, items: [{ productId: offered[0], quantity: String(i + 1) }] }));
      }
      ids.brand = [await f.givenLead(), await f.givenLead()];
      as.distributor = await app.signIn((await f.givenUser(Role.PARTNER_MANAGER, distributor.partner.id)).email);
      as.reseller = await app.signIn((await f.givenUser(Role.PARTNER_EMPLOYEE, reseller.partner.id)).email);
      as.stranger = await app.signIn((await f.givenUser(Role.PARTNER_MANAGER, stranger.partner.id)).email);
      as.cm = await app.signIn((await f.givenUser(Role.CHANNEL_MANAGER)).email);
      as.analyst = await app.signIn((await f.givenUser(Role.ANALYST)).email);
    });

    /** Every lead in the database, newest first, as the owner reads them. */
    const allLeads = async (): Promise<string[]> =>
      (await app.dataSource.query(`SELECT id FROM lead ORDER BY created_at DESC, id DESC`)).map((r: { id: string }) => r.id);

    it('shows a partner its own leads and its children’s, newest first; another partner none of them', async () => {
      const newestFirst = (keys: string[]) => keys.flatMap((k) => ids[k]).reverse();
      expect(leadIds(await app.gql(LEADS, { first: 100 }, as.distributor))).toEqual(newestFirst(['distributor', 'reseller']));
      expect(leadIds(await app.gql(LEADS, { first: 100 }, as.reseller))).toEqual(newestFirst(['reseller']));
      expect(leadIds(await app.gql(LEADS, { first: 100 }, as.stranger))).toEqual(newestFirst(['stranger']));
    });

    it('shows brand-owner staff every lead, the unassigned among them', async () => {
      for (const who of ['cm', 'analyst']) {
        const result = await app.gql(LEADS, { first: 100 }, as[who]);
        expect([who, leadIds(result)]).toEqual([who, await allLeads()]);
        expect(result.data!.leads.totalCount).toBe((await allLeads()).length);
      }
    });

    it('filters by status', async () => {
      const unassigned = await app.gql(LEADS, { statuses: ['UNASSIGNED'], first: 100 }, as.cm);
      const expected = (await app.dataSource.query(`SELECT id FROM lead WHERE status = 'UNASSIGNED' ORDER BY created_at DESC, id DESC`)).map((r: { id: string }) => r.id);
      expect(expected).toEqual(expect.arrayContaining(ids.brand));
      expect(leadIds(unassigned)).toEqual(expected);
      const own = await app.gql(LEADS, { statuses: ['UNASSIGNED', 'ACCEPTED'], first: 100 }, as.distributor);
      expect([leadIds(own), own.data!.leads.totalCount]).toEqual([[], 0]);
      const fresh = await app.gql(LEADS, { statuses: ['NEW'], first: 100 }, as.reseller);
      expect(leadIds(fresh)).toEqual([...ids.reseller].reverse());
    });

    it('pages with cursors: exact ids per page, then the end', async () => {
      const expected = [...ids.distributor, ...ids.reseller].reverse();
      const pages: string[][] = [];
      let after: string | null = null;
      for (let n = 0; n < 4; n++) {
        const result: { data: Record<string, any> | null } = await app.gql(LEADS, { first: 4, after }, as.distributor);
        pages.push(leadIds(result));
        expect(result.data!.leads.totalCount).toBe(6);
        if (!result.data!.leads.pageInfo.hasNextPage) break;
        after = result.data!.leads.pageInfo.endCursor;
      }
      expect(pages).toEqual([expected.slice(0, 4), expected.slice(4)]);
    });
  });
});
