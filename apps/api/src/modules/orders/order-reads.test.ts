import { startTestApp, TestApp, codeOf, Credentials } from '../../../test/harness';
import { fixtures } from '../../../test/fixtures';
import { Role } from '../../access/role';
import { SYSTEM_VIEWER } from '../../access/system-viewer';
import { PartnerKind } from '../partners/partner.entity';
import { OrderKind } from './order.types';

const STATUS = `query($number: String!, $email: String!) { orderStatus(number: $number, email: $email) {
  number status lastChangedAt steps { status at } carrier trackingReference } }`;

describe('reading orders', () => {
  let app: TestApp;
  let f: ReturnType<typeof fixtures>;

  beforeAll(async () => {
    app = await startTestApp();
    f = fixtures(app);
  });
  afterAll(() => app.close());

  it('lists the viewer\'s orders newest first, by partner, kind, status and search, a page at a time', async () => {
    const distributor = await f.givenPartner({ kind: PartnerKind.DISTRIBUTOR });
    const reseller = await f.givenPartner({ parentId: distributor.id });
    const product = await f.givenProduct();
    for (const p of [distributor, reseller]) await f.givenOffer(p.id, product.id);
    const line = [{ productId: product.id, quantity: 1 }];
    const placed = [
      await f.givenOrder(distributor.id, line, { kind: OrderKind.SELL_IN }),
      await f.givenOrder(distributor.id, line, { email: 'zofia@kowalska.example' }),
      await f.givenOrder(reseller.id, line, { submit: false }),
    ];
    const as = await app.signIn((await f.givenUser(Role.PARTNER_MANAGER, distributor.id)).email);
    const list = async (args: string, who: Credentials = as) =>
      (await app.gql(`{ orders(${args}) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`, {}, who)).data!.orders;
    const ids = (page: { edges: { node: { id: string } }[] }) => page.edges.map((e) => e.node.id);
    const [a, b, c] = placed.map((o) => o.id);
    expect(ids(await list('first: 10'))).toEqual([c, b, a]);
    expect(ids(await list(`first: 10, filter: { partnerId: "${reseller.id}" }`))).toEqual([c]);
    expect(ids(await list('first: 10, filter: { kind: SELL_IN }'))).toEqual([a]);
    expect(ids(await list('first: 10, filter: { status: DRAFT }'))).toEqual([c]);
    expect(ids(await list('first: 10, filter: { search: "KOWALSKA" }'))).toEqual([b]);
    expect(ids(await list(`first: 10, filter: { search: "${placed[0].number.slice(-6)}" }`))).toEqual([a]);
    const first = await list('first: 2');
    expect([ids(first), first.pageInfo.hasNextPage, first.totalCount]).toEqual([[c, b], true, 3]);
    expect(ids(await list(`first: 2, after: "${first.pageInfo.endCursor}"`))).toEqual([a]);
    // The reseller's manager sees its own order only.
    const resellerAs = await app.signIn((await f.givenUser(Role.PARTNER_MANAGER, reseller.id)).email);
    expect(ids(await list('first: 10', resellerAs))).toEqual([c]);
    expect(codeOf(await app.gql(`query($id: ID!) { order(id: $id) { id } }`, { id: a }, resellerAs))).toBe('NOT_FOUND');
  });

  describe('the public order page', () => {
    async function givenShippedOrder() {
      const partner = await f.givenPartner();
      const product = await f.givenProduct();
      await f.givenOffer(partner.id, product.id);
      const order = await f.givenOrder(partner.id, [{ productId: product.id, quantity: 1 }], { email: 'Greta.Garbo@Customer.example' });
      const manager = { userId: '', role: Role.PARTNER_MANAGER, email: 'x', displayName: 'x', partnerId: partner.id, visiblePartnerIds: [partner.id], via: 'SESSION' as const };
      const lifecycle = app.services.orderLifecycle;
      await app.within(manager, async (scope) => {
        await lifecycle.confirm(scope, order.id);
        await lifecycle.startFulfilment(scope, order.id);
        await lifecycle.ship(scope, order.id, 'InPost', '6800 1234 5678');
      });
      const sellIn = await f.givenOrder(partner.id, [{ productId: product.id, quantity: 1 }], { kind: OrderKind.SELL_IN });
      return { order, sellIn };
    }

    it('shows a sell-out order\'s customer exactly its progress and shipment, whatever the case of the email', async () => {
      const { order } = await givenShippedOrder();
      const [times] = await app.dataSource.query(
        `SELECT submitted_at AS s, confirmed_at AS c, fulfilment_started_at AS f, shipped_at AS sh, status_changed_at AS changed FROM sales_order WHERE id = $1`, [order.id]);
      const result = await app.gql(STATUS, { number: order.number, email: 'greta.GARBO@customer.EXAMPLE' });
      expect(result.errors).toBeUndefined();
      expect(result.data!.orderStatus).toEqual({
        number: order.number, status: 'SHIPPED', lastChangedAt: times.changed.toISOString(), carrier: 'InPost', trackingReference: '6800 1234 5678',
        steps: [{ status: 'SUBMITTED', at: times.s.toISOString() }, { status: 'CONFIRMED', at: times.c.toISOString() },
          { status: 'IN_FULFILMENT', at: times.f.toISOString() }, { status: 'SHIPPED', at: times.sh.toISOString() }],
      });
      // The type has nothing more to ask for.
      const more = await app.gql(`query($number: String!, $email: String!) { orderStatus(number: $number, email: $email) { id } }`,
        { number: order.number, email: 'greta.garbo@customer.example' });
      expect(codeOf(more)).toBe('GRAPHQL_VALIDATION_FAILED');
    });

    it('answers the same NOT_FOUND for a wrong email, an unknown number and a sell-in order', async () => {
      const { order, sellIn } = await givenShippedOrder();
      const asked = [
        await app.gql(STATUS, { number: order.number, email: 'someone.else@customer.example' }),
        await app.gql(STATUS, { number: 'O-2026-999999', email: 'greta.garbo@customer.example' }),
        await app.gql(STATUS, { number: sellIn.number, email: 'greta.garbo@customer.example' }),
      ];
      expect(asked.map((r) => [r.data, codeOf(r), r.errors![0].message.replace(/O-\d{4}-\d{6}/, 'O-…')])).toEqual(Array(3).fill([null, 'NOT_FOUND', 'Order O-… was not found']));
    });

    it('reads through the function alone: the public role reads no order table', async () => {
      const { order } = await givenShippedOrder();
      for (const table of ['sales_order', 'sales_order_line', 'sales_order_event', 'brand_stock']) {
        await expect(app.within(null, (scope) => scope.query(`SELECT 1 FROM ${table} LIMIT 1`))).rejects.toThrow(/permission denied/);
      }
      const [owner] = await app.dataSource.query(`SELECT pg_get_userbyid(proowner) AS owner, prosecdef FROM pg_proc WHERE proname = 'trellis_order_status'`);
      expect(owner).toEqual({ owner: 'trellis_order_lookup', prosecdef: true });
      // Even the function's owner reads only what the page shows.
      await expect(app.dataSource.query(`SET LOCAL ROLE trellis_order_lookup; SELECT customer_name FROM sales_order`)).rejects.toThrow(/permission denied/);
      expect(await app.within(SYSTEM_VIEWER, (scope) => scope.query(`SELECT number FROM trellis_order_status($1, 'greta.garbo@customer.example')`, [order.number])))
        .toEqual([{ number: order.number }]);
    });
  });
});
