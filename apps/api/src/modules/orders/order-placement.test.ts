import { startTestApp, TestApp, codeOf, Credentials } from '../../../test/harness';
import { fixtures } from '../../../test/fixtures';
import { Role } from '../../access/role';
import { PartnerKind } from '../partners/partner.entity';

const ORDER = `id number kind status currency net { amount currency } vat { amount } gross { amount } vatPercent partner { id }
  customer { name company email phone } lines { lineNo quantity product { id } unitPrice { amount currency } lineNet { amount } }
  events { action fromStatus toStatus actor { id } note } lead { id status }`;
const CREATE = `mutation($input: CreateOrderInput!) { createOrder(input: $input) { order { ${ORDER} } } }`;
const FULFIL = `mutation($input: FulfilLeadInput!) { fulfilLead(input: $input) { order { ${ORDER} } } }`;
const CUSTOMER = { name: 'Olga Buyer', email: 'olga@customer.example' };

describe('placing orders', () => {
  let app: TestApp;
  let f: ReturnType<typeof fixtures>;

  beforeAll(async () => {
    app = await startTestApp({ leadsPerIpPerHour: 10_000 });
    f = fixtures(app);
  });
  afterAll(() => app.close());

  async function givenStaff(spec: { tierId?: string; kind?: PartnerKind; parentId?: string } = {}) {
    const partner = await f.givenPartner(spec);
    const manager = await f.givenUser(Role.PARTNER_MANAGER, partner.id);
    const employee = await f.givenUser(Role.PARTNER_EMPLOYEE, partner.id);
    return { partner, manager, managerAs: await app.signIn(manager.email), employeeAs: await app.signIn(employee.email) };
  }
  const ordersOf = (partnerId: string) =>
    app.dataSource.query(`SELECT number, status FROM sales_order WHERE partner_id = $1 ORDER BY created_at`, [partnerId]);
  const eventCount = async (partnerId: string) => (await app.dataSource.query(`SELECT count(*)::int AS n FROM sales_order_event WHERE partner_id = $1`, [partnerId]))[0].n;

  it('prices a SELL_IN order at list price less the tier discount, in the product currency, and a SELL_OUT one at the offer with the showroom VAT', async () => {
    const tier = await f.givenTier(); // 5 % discount
    const p = await givenStaff({ tierId: tier.id });
    const [drill, saw] = [await f.givenProduct({ listPrice: '199.99' }), await f.givenProduct({ listPrice: '10.00' })];
    const sellIn = await app.gql(CREATE, { input: { kind: 'SELL_IN', partnerId: p.partner.id, idempotencyKey: 'sell-in-0001', lines: [
      { productId: drill.id, quantity: 3 }, { productId: saw.id, quantity: 1 }] } }, p.managerAs);
    expect(sellIn.errors).toBeUndefined();
    // 199.99 less 5 % = 189.9905, rounded half up to 189.99; 10.00 less 5 % = 9.50.
    expect(sellIn.data!.createOrder.order).toMatchObject({
      kind: 'SELL_IN', status: 'SUBMITTED', currency: 'EUR', net: { amount: '579.47', currency: 'EUR' }, vat: { amount: '0.00' }, gross: { amount: '579.47' }, vatPercent: 0,
      customer: null, partner: { id: p.partner.id }, lines: [
        { lineNo: 1, quantity: 3, product: { id: drill.id }, unitPrice: { amount: '189.99', currency: 'EUR' }, lineNet: { amount: '569.97' } },
        { lineNo: 2, quantity: 1, product: { id: saw.id }, unitPrice: { amount: '9.50', currency: 'EUR' }, lineNet: { amount: '9.50' } }],
      events: [{ action: 'CREATED', fromStatus: null, toStatus: 'SUBMITTED', actor: { id: p.manager.id }, note: null }],
    });
    expect(sellIn.data!.createOrder.order.number).toMatch(/^O-\d{4}-\d{6}$/);

    await f.givenOffer(p.partner.id, drill.id, { price: '249.90', currency: 'PLN' });
    await f.givenShowroom(p.partner.id, { vatPercent: 23 });
    const sellOut = await app.gql(CREATE, { input: { kind: 'SELL_OUT', partnerId: p.partner.id, idempotencyKey: 'sell-out-0001', submit: false,
      customer: { ...CUSTOMER, company: ' Buyer Sp. z o.o. ', phone: '+48 600 100 200' }, lines: [{ productId: drill.id, quantity: 2 }] } }, p.employeeAs);
    // 499.80 net, 23 % VAT = 114.954, rounded to 114.95.
    expect(sellOut.data!.createOrder.order).toMatchObject({
      kind: 'SELL_OUT', status: 'DRAFT', currency: 'PLN', net: { amount: '499.80' }, vat: { amount: '114.95' }, gross: { amount: '614.75' }, vatPercent: 23,
      customer: { name: 'Olga Buyer', company: 'Buyer Sp. z o.o.', email: 'olga@customer.example', phone: '+48 600 100 200' },
      lines: [{ lineNo: 1, quantity: 2, unitPrice: { amount: '249.90', currency: 'PLN' }, lineNet: { amount: '499.80' } }],
      events: [{ action: 'CREATED', fromStatus: null, toStatus: 'DRAFT' }],
    });
  });

  it('refuses bad orders naming the field, and writes nothing', async () => {
    const p = await givenStaff();
    const [eur, pln, inactive, unoffered] = [await f.givenProduct(), await f.givenProduct(), await f.givenProduct({ active: false }), await f.givenProduct()];
    await f.givenOffer(p.partner.id, eur.id, { currency: 'EUR' });
    await f.givenOffer(p.partner.id, pln.id, { currency: 'PLN' });
    const sellOut = (lines: unknown[], extra: Record<string, unknown> = {}) =>
      app.gql(CREATE, { input: { kind: 'SELL_OUT', partnerId: p.partner.id, idempotencyKey: `bad-${Math.random()}`, customer: CUSTOMER, lines, ...extra } }, p.managerAs);
    const refusals = [
      await sellOut([{ productId: eur.id, quantity: 1 }, { productId: unoffered.id, quantity: 1 }]),
      await sellOut([{ productId: eur.id, quantity: 1 }, { productId: pln.id, quantity: 1 }]),
      await sellOut([{ productId: eur.id, quantity: 1 }, { productId: eur.id, quantity: 2 }]),
      await sellOut([{ productId: eur.id, quantity: 100_001 }]),
      await sellOut([{ productId: eur.id, quantity: 0 }]),
      await sellOut([]),
      await sellOut(Array.from({ length: 201 }, () => ({ productId: eur.id, quantity: 1 }))),
      await sellOut([{ productId: eur.id, quantity: 1 }], { customer: null }),
      await sellOut([{ productId: eur.id, quantity: 1 }], { idempotencyKey: 'short' }),
      await app.gql(CREATE, { input: { kind: 'SELL_IN', partnerId: p.partner.id, idempotencyKey: 'sell-in-inactive', lines: [{ productId: inactive.id, quantity: 1 }] } }, p.managerAs),
      await app.gql(CREATE, { input: { kind: 'SELL_IN', partnerId: p.partner.id, idempotencyKey: 'sell-in-customer', customer: CUSTOMER, lines: [{ productId: eur.id, quantity: 1 }] } }, p.managerAs),
    ];
    expect(refusals.map((r) => [codeOf(r), r.errors![0].extensions!.field])).toEqual([
      ['BAD_USER_INPUT', 'lines.1.productId'], ['BAD_USER_INPUT', 'lines.1.productId'], ['BAD_USER_INPUT', 'lines.1.productId'],
      ['BAD_USER_INPUT', 'lines.0.quantity'], ['BAD_USER_INPUT', 'lines.0.quantity'], ['BAD_USER_INPUT', 'lines'],
      ['BAD_USER_INPUT', 'lines'], ['BAD_USER_INPUT', 'customer'], ['BAD_USER_INPUT', 'idempotencyKey'],
      ['BAD_USER_INPUT', 'lines.0.productId'], ['BAD_USER_INPUT', 'customer'],
    ]);
    expect(await ordersOf(p.partner.id)).toEqual([]);
  });

  it('lets only the partner\'s own staff place its orders: SELL_IN its manager, SELL_OUT its manager or employee', async () => {
    const distributor = await givenStaff({ kind: PartnerKind.DISTRIBUTOR });
    const reseller = await givenStaff({ parentId: distributor.partner.id });
    const other = await givenStaff();
    const product = await f.givenProduct();
    await f.givenOffer(reseller.partner.id, product.id);
    const cm = await app.signIn((await f.givenUser(Role.CHANNEL_MANAGER)).email);
    const place = (kind: string, partnerId: string, who: Credentials) => app.gql(CREATE, { input: {
      kind, partnerId, idempotencyKey: `who-${Math.random()}`, lines: [{ productId: product.id, quantity: 1 }], ...(kind === 'SELL_OUT' ? { customer: CUSTOMER } : {}) } }, who);
    expect([
      codeOf(await place('SELL_IN', reseller.partner.id, reseller.employeeAs)),
      codeOf(await place('SELL_IN', reseller.partner.id, distributor.managerAs)),
      codeOf(await place('SELL_OUT', reseller.partner.id, distributor.employeeAs)),
      codeOf(await place('SELL_OUT', reseller.partner.id, other.managerAs)),
      codeOf(await place('SELL_IN', reseller.partner.id, cm)),
    ]).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'NOT_FOUND', 'FORBIDDEN']);
    expect(await ordersOf(reseller.partner.id)).toEqual([]);
  });

  it('answers a retry with the same key and payload with the same order, and another payload under that key with CONFLICT', async () => {
    const p = await givenStaff();
    const [a, b] = [await f.givenProduct(), await f.givenProduct()];
    const input = { kind: 'SELL_IN', partnerId: p.partner.id, idempotencyKey: 'retry-key-0001', lines: [{ productId: a.id, quantity: 2 }] };
    const first = await app.gql(CREATE, { input }, p.managerAs);
    const again = await app.gql(CREATE, { input }, p.managerAs);
    expect(again.data!.createOrder.order.id).toBe(first.data!.createOrder.order.id);
    const changed = await app.gql(CREATE, { input: { ...input, lines: [{ productId: b.id, quantity: 2 }] } }, p.managerAs);
    expect([codeOf(changed), changed.errors![0].extensions!.orderNumber]).toEqual(['CONFLICT', first.data!.createOrder.order.number]);
    expect(changed.errors![0].message).toContain(first.data!.createOrder.order.number);
    const drafted = await app.gql(CREATE, { input: { ...input, submit: false } }, p.managerAs);
    expect(codeOf(drafted)).toBe('CONFLICT');
    expect(await ordersOf(p.partner.id)).toEqual([{ number: first.data!.createOrder.order.number, status: 'SUBMITTED' }]);
    expect(await eventCount(p.partner.id)).toBe(1);
  });

  it('places exactly one order, with one history row, for 20 identical requests at once', async () => {
    const p = await givenStaff();
    const product = await f.givenProduct();
    await f.givenOffer(p.partner.id, product.id);
    const input = { kind: 'SELL_OUT', partnerId: p.partner.id, idempotencyKey: 'parallel-key-0001', customer: CUSTOMER, lines: [{ productId: product.id, quantity: 1 }] };
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => app.gql(CREATE, { input }, i % 2 ? p.managerAs : p.employeeAs)));
    expect(results.map((r) => r.errors)).toEqual(Array(20).fill(undefined));
    expect(new Set(results.map((r) => r.data!.createOrder.order.id)).size).toBe(1);
    expect(await ordersOf(p.partner.id)).toHaveLength(1);
    expect(await eventCount(p.partner.id)).toBe(1);
  });

  describe('fulfilLead', () => {
    async function givenWorkedLead(p: Awaited<ReturnType<typeof givenStaff>>, items: { productId: string; quantity: string }[], qualify: boolean) {
      const { slug } = await f.givenShowroom(p.partner.id, { vatPercent: 8 });
      const leadId = await f.givenLead({ slug, items, name: 'Karl Kunde', company: 'Kunde GmbH', email: 'karl@kunde.example', phone: '+49 30 1234567' });
      await app.gql(`mutation($id: ID!) { acceptLead(input: { leadId: $id }) { lead { id } } }`, { id: leadId }, p.managerAs);
      if (qualify) {
        await app.gql(`mutation($id: ID!) { qualifyLead(input: { leadId: $id, score: 80, budgetConfirmed: true, authorityConfirmed: true, needConfirmed: true, timing: NOW }) { lead { id } } }`,
          { id: leadId }, p.managerAs);
      }
      return leadId;
    }

    it('turns a qualified lead into a SUBMITTED SELL_OUT order at the partner\'s prices, converting the lead with the net value', async () => {
      const p = await givenStaff();
      const [a, b] = [await f.givenProduct(), await f.givenProduct()];
      await f.givenOffer(p.partner.id, a.id, { price: '10.00' });
      await f.givenOffer(p.partner.id, b.id, { price: '2.50' });
      const leadId = await givenWorkedLead(p, [{ productId: a.id, quantity: '2' }, { productId: b.id, quantity: '1.2' }], true);
      const result = await app.gql(FULFIL, { input: { leadId, idempotencyKey: 'fulfil-0001' } }, p.managerAs);
      expect(result.errors).toBeUndefined();
      const order = result.data!.fulfilLead.order;
      expect(order).toMatchObject({
        kind: 'SELL_OUT', status: 'SUBMITTED', net: { amount: '25.00' }, vat: { amount: '2.00' }, gross: { amount: '27.00' }, vatPercent: 8,
        customer: { name: 'Karl Kunde', company: 'Kunde GmbH', email: 'karl@kunde.example', phone: '+49 30 1234567' },
        lead: { id: leadId, status: 'CONVERTED' },
        events: [{ action: 'CREATED', fromStatus: null, toStatus: 'SUBMITTED', actor: { id: p.manager.id } }],
      });
      expect(order.events[0].note).toMatch(/^From lead L-\d{4}-\d{6}$/);
      // 1.2 units are rounded up to 2.
      const quantities = order.lines.map((l: { quantity: number; product: { id: string } }) => [l.product.id, l.quantity]).sort();
      expect(quantities).toEqual([[a.id, 2], [b.id, 2]].sort());
      const [lead] = await app.dataSource.query(`SELECT status, converted_value_minor::int AS value, converted_currency AS currency FROM lead WHERE id = $1`, [leadId]);
      expect(lead).toEqual({ status: 'CONVERTED', value: 2500, currency: 'EUR' });

      const same = await app.gql(FULFIL, { input: { leadId, idempotencyKey: 'fulfil-0001' } }, p.managerAs);
      expect(same.data!.fulfilLead.order.id).toBe(order.id);
      const again = await app.gql(FULFIL, { input: { leadId, idempotencyKey: 'fulfil-0002' } }, p.managerAs);
      expect([codeOf(again), again.errors![0].extensions!.orderNumber]).toEqual(['CONFLICT', order.number]);
      expect(await ordersOf(p.partner.id)).toHaveLength(1);
    });

    it('leaves an accepted lead ACCEPTED, refuses a lead without products, an employee and a lead of another status', async () => {
      const p = await givenStaff();
      const product = await f.givenProduct();
      await f.givenOffer(p.partner.id, product.id, { price: '5.00' });
      const accepted = await givenWorkedLead(p, [{ productId: product.id, quantity: '3' }], false);
      expect(codeOf(await app.gql(FULFIL, { input: { leadId: accepted, idempotencyKey: 'fulfil-emp-1' } }, p.employeeAs))).toBe('FORBIDDEN');
      const ordered = await app.gql(FULFIL, { input: { leadId: accepted, idempotencyKey: 'fulfil-acc-1' } }, p.managerAs);
      expect(ordered.data!.fulfilLead.order).toMatchObject({ status: 'SUBMITTED', net: { amount: '15.00' }, lead: { status: 'ACCEPTED' } });

      const empty = await givenWorkedLead(p, [], true);
      const refused = await app.gql(FULFIL, { input: { leadId: empty, idempotencyKey: 'fulfil-empty-1' } }, p.managerAs);
      expect([codeOf(refused), refused.errors![0].extensions!.field]).toEqual(['BAD_USER_INPUT', 'leadId']);
      const { slug } = await f.givenShowroom(p.partner.id);
      const fresh = await f.givenLead({ slug, items: [{ productId: product.id, quantity: '1' }] });
      const notYet = await app.gql(FULFIL, { input: { leadId: fresh, idempotencyKey: 'fulfil-new-1' } }, p.managerAs);
      expect([codeOf(notYet), notYet.errors![0].extensions!.status]).toEqual(['CONFLICT', 'NEW']);
      expect(await ordersOf(p.partner.id)).toHaveLength(1);
    });
  });
});
