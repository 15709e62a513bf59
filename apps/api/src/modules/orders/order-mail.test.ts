import { startTestApp, TestApp, Credentials } from '../../../test/harness';
import { fixtures } from '../../../test/fixtures';
import { Role } from '../../access/role';
import { OrderKind } from './order.types';
import { customerMail } from './order-mail';
import { OrderAction } from './order.types';

describe("the customer's emails about a sell-out order", () => {
  let app: TestApp;
  let f: ReturnType<typeof fixtures>;

  beforeAll(async () => {
    app = await startTestApp();
    f = fixtures(app);
  });
  afterAll(() => app.close());

  const mails = async (to: string) => (await app.dataSource.query(
    `SELECT j.payload FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id
      WHERE t.identifier = 'send_mail' AND j.payload->>'to' = $1 ORDER BY j.id`, [to])).map((r: { payload: { subject: string; text: string } }) => r.payload);
  const move = (who: Credentials, name: string, id: string, extra = '') =>
    app.gql(`mutation($id: ID!) { ${name}(input: { orderId: $id${extra} }) { order { status } } }`, { id }, who);

  it('mails each step the customer cares about once, in the partner\'s language, with the parcel and where to follow it', async () => {
    const partner = await f.givenPartner({ country: 'PL', name: 'Krak-Tool Sp. z o.o.' });
    const pm = await app.signIn((await f.givenUser(Role.PARTNER_MANAGER, partner.id)).email);
    const products = [await f.givenProduct(), await f.givenProduct()];
    for (const p of products) await f.givenOffer(partner.id, p.id, { stock: 50 });
    const email = `buyer-${Date.now()}@customer.example`;
    const order = await f.givenOrder(partner.id, products.map((p) => ({ productId: p.id, quantity: 1 })), { email });
    expect(await mails(email)).toEqual([]);
    for (const step of ['confirmOrder', 'confirmOrder', 'startFulfilment']) expect((await move(pm, step, order.id)).errors).toBeUndefined();
    await app.gql(`mutation($id: ID!, $p: ID!) { shipOrder(input: { orderId: $id, carrier: "InPost", trackingReference: "IP-1", lines: [{ productId: $p, quantity: 1 }] }) { order { status } } }`,
      { id: order.id, p: products[0].id }, pm);
    await move(pm, 'shipOrder', order.id, ', carrier: "InPost", trackingReference: "IP-2"');
    const [first] = (await app.gql(`query($id: ID!) { order(id: $id) { shipments { id } } }`, { id: order.id }, pm)).data!.order.shipments;
    await app.gql(`mutation($id: ID!) { markShipmentDelivered(input: { shipmentId: $id }) { order { status } } }`, { id: first.id }, pm);
    await move(pm, 'markDelivered', order.id);
    const sent = await mails(email);
    const number = order.number;
    expect(sent.map((m: { subject: string }) => m.subject)).toEqual([
      `Zamówienie ${number} zostało potwierdzone`, `Zamówienie ${number} zostało wysłane`, `Zamówienie ${number} zostało wysłane`, `Zamówienie ${number} zostało doręczone`,
    ]);
    expect(sent[1].text).toBe([
      `Twoje zamówienie ${number} jest w drodze.`, 'Przesyłka: InPost, numer śledzenia IP-1.', 'Ta przesyłka zawiera część zamówienia; reszta zostanie wysłana później.',
      '', `Stan zamówienia sprawdzisz na ${app.config.publicUrl}/order-status, podając jego numer i ten adres e-mail.`, '', 'Krak-Tool Sp. z o.o.',
    ].join('\n'));
    expect(sent[2].text).toContain('Przesyłka: InPost, numer śledzenia IP-2.');
    expect(sent[2].text).not.toContain('część');
  });

  it('sends nothing for a sell-in order or a refused step', async () => {
    const partner = await f.givenPartner({ country: 'DE' });
    const product = await f.givenProduct();
    await f.givenBrandStock(product.id, 0);
    const cm = await app.signIn((await f.givenUser(Role.CHANNEL_MANAGER)).email);
    const sellIn = await f.givenOrder(partner.id, [{ productId: product.id, quantity: 1 }], { kind: OrderKind.SELL_IN });
    expect((await move(cm, 'confirmOrder', sellIn.id)).errors![0].extensions!.code).toBe('CONFLICT');
    const before = (await app.dataSource.query(`SELECT count(*)::int AS n FROM graphile_worker._private_jobs`))[0].n;
    await f.givenBrandStock(product.id, 5);
    expect((await move(cm, 'confirmOrder', sellIn.id)).errors).toBeUndefined();
    expect((await app.dataSource.query(`SELECT count(*)::int AS n FROM graphile_worker._private_jobs`))[0].n).toBe(before);
  });

  it('writes English for partners outside Poland', () => {
    const mail = customerMail({ to: 'a@b.example', number: 'O-2026-000001', partnerName: 'Rhein Werkzeug GmbH', action: OrderAction.CANCELLED, language: 'en', statusUrl: 'https://x.example/order-status' });
    expect(mail).toEqual({ to: 'a@b.example', subject: 'Your order O-2026-000001 was cancelled',
      text: 'We have cancelled your order O-2026-000001.\n\nFollow your order at https://x.example/order-status with its number and this email address.\n\nRhein Werkzeug GmbH' });
  });
});
