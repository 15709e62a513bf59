import type { Page } from 'playwright-core';
import { eventually, openBrowser, seriousViolations, url, useSession, visibleText, type Browser } from './browser';
import {
  acceptInvitation, CITIES, givenAdmin, givenCategory, givenChannelManager, givenProduct, givenShowroomPartner, uniqueSuffix,
  type ApiSession, type GivenProduct, type GivenShowroomPartner,
} from './fixtures';

/*
 * A customer's order from end to end: a partner's employee types a sell-out order of two products on a phone
 * and places it; the partner's manager confirms it (its offers' stock is reserved), starts fulfilment, ships it
 * and marks it delivered, while the employee's page follows live; the customer then finds it DELIVERED on the
 * public order-status page by its number and email, and a wrong email finds nothing. A qualified lead's
 * order, placed by its partner's manager from the lead (which it converts), goes through delivery to its
 * invoice and payment.
 */
let cm: ApiSession;
let showroom: GivenShowroomPartner;
let employee: ApiSession;
let grinder: GivenProduct;
let drill: GivenProduct;
const browsers: Browser[] = [];

beforeAll(async () => {
  cm = (await givenChannelManager(await givenAdmin())).session;
  const category = await givenCategory(cm, 'Power tools');
  const suffix = uniqueSuffix(4);
  grinder = await givenProduct(cm, category, { name: `Angle Grinder ${suffix}` });
  drill = await givenProduct(cm, category, { name: `Cordless Drill ${suffix}` });
  showroom = await givenShowroomPartner(cm, {
    place: CITIES.wroclaw,
    vatPercent: 23,
    offers: [
      { product: grinder, price: '329.00', stock: 5, deliveryDays: 2 },
      { product: drill, price: '49.90', stock: 10, deliveryDays: 1 },
    ],
  });
  const employeeEmail = `clerk-${uniqueSuffix().toLowerCase()}@e2e.test`;
  const { invitePartnerUser } = await showroom.manager.session.request<{ invitePartnerUser: { invitationUrl: string } }>(
    `mutation Invite($input: InvitePartnerUserInput!) { invitePartnerUser(input: $input) { invitationUrl } }`,
    { input: { partnerId: showroom.partner.id, email: employeeEmail, displayName: 'Ewa Sprzedawczyni', role: 'PARTNER_EMPLOYEE' } },
  );
  employee = await acceptInvitation(invitePartnerUser.invitationUrl);
}, 120_000);

afterAll(async () => {
  for (const browser of browsers) await browser.close();
});

async function browserAs(session: ApiSession | null, viewport?: { width: number; height: number }): Promise<Page> {
  const browser = await openBrowser(viewport);
  browsers.push(browser);
  if (session) await useSession(browser.context, session);
  return browser.page;
}

/** Finds a product by typing, takes it with Enter, types its quantity and adds the line with Enter: no mouse. */
async function addLineByKeyboard(page: Page, search: string, quantity: string): Promise<void> {
  const field = page.getByTestId('order-product-search');
  await field.focus();
  await page.keyboard.type(search);
  // The list shows the search's own answer: that one product.
  await eventually(async () => expect(await page.locator('[role="listbox"] [role="option"]').allInnerTexts()).toEqual([expect.stringContaining(search)]));
  await page.keyboard.press('Enter');
  await eventually(async () => expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('order-add-quantity'));
  await page.keyboard.type(quantity);
  await page.keyboard.press('Enter');
  // The line is in, and the search is empty and focused for the next product.
  await eventually(async () => expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('order-product-search'));
  expect(await field.inputValue()).toBe('');
}

const statusOf = (page: Page) => page.getByTestId('order-status').getAttribute('data-status');

/** Opens a move's dialog, fills what it asks for, and makes the move; the page then shows the new status. */
async function move(page: Page, button: string, status: string, fields: Record<string, string> = {}): Promise<void> {
  await page.getByTestId('order-actions').getByRole('button', { name: button, exact: true }).click();
  const dialog = page.getByRole('dialog');
  for (const [label, value] of Object.entries(fields)) await dialog.getByLabel(label).fill(value);
  await dialog.getByRole('button', { name: button, exact: true }).click();
  await eventually(async () => expect(await statusOf(page)).toBe(status));
  expect(await dialog.count()).toBe(0);
}

test('an employee places a sell-out order of two products; the manager takes it to DELIVERED; the customer follows it publicly', async () => {
  const customerEmail = `jan.kowalski-${uniqueSuffix(4).toLowerCase()}@customer.example`;

  // The employee, on a phone: the order list, then the new order form.
  const phone = await browserAs(employee, { width: 360, height: 780 });
  await phone.goto(url('/partner'));
  await phone.getByRole('button', { name: 'Toggle navigation' }).click();
  await phone.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Orders' }).click();
  await phone.waitForURL(url('/partner/orders'));
  await phone.getByTestId('empty-state').waitFor();
  expect(await phone.getByTestId('order-count').innerText()).toBe('0 orders');
  await phone.getByRole('link', { name: 'New order' }).click();
  await phone.waitForURL(url('/partner/orders/new'));
  const form = phone.getByTestId('new-order-form');
  // An employee places customers' orders only: no choice of kind.
  expect(await form.getByRole('radio').count()).toBe(0);
  await form.getByLabel(/^Customer name/).fill('Jan Kowalski');
  await form.getByLabel(/^Company/).fill('Kowalski Budownictwo');
  await form.getByLabel(/^Email/).fill(customerEmail);
  await form.getByLabel(/^Phone/).fill('+48 600 100 200');
  await addLineByKeyboard(phone, grinder.name, '2');
  await addLineByKeyboard(phone, drill.name, '3');
  const lines = form.getByTestId('new-order-line');
  expect(await lines.count()).toBe(2);
  expect(await Promise.all([0, 1].map(async (i) => visibleText(lines.nth(i).getByTestId('new-order-line-net'))))).toEqual(['PLN 658.00', 'PLN 149.70']);
  expect(await visibleText(form.getByTestId('new-order-net'))).toBe('PLN 807.70');
  expect(await visibleText(form.getByTestId('new-order-vat'))).toBe('PLN 185.77');
  expect(await visibleText(form.getByTestId('new-order-gross'))).toBe('PLN 993.47');
  expect(await seriousViolations(phone)).toEqual([]);
  // A double click places one order (the button waits, and the form's idempotency key is the same either way).
  await form.getByRole('button', { name: 'Place order' }).dblclick();
  await phone.waitForURL(/\/partner\/orders\/[0-9a-f-]{36}$/);
  const orderId = new URL(phone.url()).pathname.split('/').pop()!;

  // The order as the API priced it: its lines, VAT and total, SUBMITTED.
  await eventually(async () => expect(await statusOf(phone)).toBe('SUBMITTED'));
  const title = await phone.getByTestId('order-title').innerText();
  expect(title).toMatch(/^Order O-\d{4}-\d{6}$/);
  const number = title.slice('Order '.length);
  const orderLines = phone.getByTestId('order-line');
  expect(await orderLines.count()).toBe(2);
  const lineTexts = [];
  for (let i = 0; i < 2; i += 1) {
    const line = orderLines.nth(i);
    lineTexts.push([await line.getByTestId('line-quantity').innerText(), await visibleText(line.getByTestId('line-unit-price')), await visibleText(line.getByTestId('line-net'))]);
  }
  expect(lineTexts).toEqual([['2', 'PLN 329.00', 'PLN 658.00'], ['3', 'PLN 49.90', 'PLN 149.70']]);
  expect(await visibleText(phone.getByTestId('order-net'))).toBe('PLN 807.70');
  expect(await visibleText(phone.getByTestId('order-vat'))).toBe('PLN 185.77');
  expect(await visibleText(phone.getByTestId('order-gross'))).toBe('PLN 993.47');
  // An employee does not confirm a customer's order (the partner's manager does); it may still cancel it.
  // The moves follow the viewer's role once the order and the viewer have loaded.
  await eventually(async () => expect(await phone.getByTestId('order-actions').locator('[data-move]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-move')))).toEqual(['cancel']));
  expect(await seriousViolations(phone)).toEqual([]);

  const { orders } = await showroom.manager.session.request<{ orders: { totalCount: number; edges: { node: { id: string; status: string; gross: { amount: string } } }[] } }>(
    `{ orders(first: 10) { totalCount edges { node { id status gross { amount } } } } }`);
  expect(orders).toEqual({ totalCount: 1, edges: [{ node: { id: orderId, status: 'SUBMITTED', gross: { amount: '993.47' } } }] });

  // The manager, at a desk: confirm, start fulfilment, ship, mark delivered.
  const desk = await browserAs(showroom.manager.session);
  await desk.goto(url('/partner/orders'));
  const row = desk.getByTestId('order-row');
  await eventually(async () => expect(await row.count()).toBe(1));
  expect(await visibleText(row.getByTestId('order-total'))).toBe('PLN 993.47');
  await row.getByRole('link', { name: number }).click();
  await desk.waitForURL(url(`/partner/orders/${orderId}`));
  await eventually(async () => expect(await statusOf(desk)).toBe('SUBMITTED'));
  // The moves follow the viewer's role once the order and the viewer have loaded.
  await eventually(async () => expect(await desk.getByTestId('order-actions').locator('[data-move]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-move')))).toEqual(['confirm', 'cancel']));
  await move(desk, 'Confirm', 'CONFIRMED');
  // The employee's page follows without a reload.
  await eventually(async () => expect(await statusOf(phone)).toBe('CONFIRMED'), 15_000);
  await move(desk, 'Start fulfilment', 'IN_FULFILMENT');
  await move(desk, 'Ship', 'SHIPPED', { 'Carrier': 'DHL', 'Tracking number': '00340434161234567890' });
  expect(await desk.getByTestId('order-carrier').innerText()).toBe('DHL');
  expect(await desk.getByTestId('order-tracking').innerText()).toBe('00340434161234567890');
  await move(desk, 'Mark delivered', 'DELIVERED');
  // Only billing is left to do.
  // The moves follow the viewer's role once the order and the viewer have loaded.
  await eventually(async () => expect(await desk.getByTestId('order-actions').locator('[data-move]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-move')))).toEqual(['recordInvoice']));

  const timeline = desk.getByTestId('order-event');
  expect(await timeline.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-action')))).toEqual(['CREATED', 'CONFIRMED', 'FULFILMENT_STARTED', 'SHIPPED', 'DELIVERED']);
  expect(await timeline.getByTestId('order-event-title').allInnerTexts()).toEqual(['Placed', 'Confirmed', 'Fulfilment started', 'Shipped', 'Delivered']);
  expect(await timeline.nth(3).innerText()).toContain('DHL 00340434161234567890');
  expect(await seriousViolations(desk)).toEqual([]);
  await eventually(async () => expect(await statusOf(phone)).toBe('DELIVERED'), 15_000);

  // The confirmation reserved the partner's stock: 5 - 2 grinders, 10 - 3 drills.
  const { offers } = await showroom.manager.session.request<{ offers: { edges: { node: { productId: string; stock: number } }[] } }>(
    `query O($partnerId: ID!) { offers(partnerId: $partnerId, first: 10) { edges { node { productId stock } } } }`, { partnerId: showroom.partner.id });
  expect(Object.fromEntries(offers.edges.map((e) => [e.node.productId, e.node.stock]))).toEqual({ [grinder.id]: 3, [drill.id]: 7 });

  // The customer, signed in nowhere: the order's number and email show its status and dated steps.
  const visitor = await browserAs(null);
  await visitor.goto(url('/order-status'));
  const lookup = visitor.getByTestId('order-status-form');
  await lookup.getByLabel(/^Order number/).fill(number);
  await lookup.getByLabel(/^Email address/).fill(customerEmail.toUpperCase());
  await lookup.getByRole('button', { name: 'Show status' }).click();
  const result = visitor.getByTestId('order-status-result');
  await result.waitFor();
  expect(await result.getByTestId('order-status-number').innerText()).toBe(`Order ${number}`);
  expect(await statusOf(visitor)).toBe('DELIVERED');
  const steps = result.getByTestId('order-status-steps').locator('[data-status]');
  expect(await steps.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-status')))).toEqual(['SUBMITTED', 'CONFIRMED', 'IN_FULFILMENT', 'SHIPPED', 'DELIVERED']);
  expect(await result.getByTestId('order-step-title').allInnerTexts()).toEqual(['Submitted', 'Confirmed', 'In fulfilment', 'Shipped', 'Delivered']);
  // Nothing but status and steps: no customer, products or prices.
  const shown = await visibleText(result);
  for (const hidden of ['Jan Kowalski', grinder.name, 'PLN', '00340434161234567890']) expect(shown).not.toContain(hidden);
  expect(await seriousViolations(visitor)).toEqual([]);

  // Another email: the same "not found" as for a number that does not exist.
  await lookup.getByLabel(/^Email address/).fill(`someone-else-${uniqueSuffix(4).toLowerCase()}@customer.example`);
  await lookup.getByRole('button', { name: 'Show status' }).click();
  const notFound = visitor.getByTestId('order-status-not-found');
  await notFound.waitFor();
  expect(await notFound.getByTestId('order-status-not-found-title').innerText()).toBe('No order found');
  expect(await notFound.getByTestId('order-status-not-found-text').innerText()).toBe('We found no order with this number and email address. Check both and try again.');
  expect(await result.count()).toBe(0);
}, 180_000);

test("a partner manager starts fulfilment of an accepted lead and lands on its order; a second try names that order", async () => {
  const { createLead: { lead } } = await cm.request<{ createLead: { lead: { id: string; reference: string } } }>(
    `mutation Create($input: CreateLeadInput!) { createLead(input: $input) { lead { id reference } } }`, {
      input: {
        name: 'Anna Wiśniewska', email: `anna-${uniqueSuffix(4).toLowerCase()}@customer.example`, message: 'Four drills, please.',
        consentText: 'Agreed by phone', items: [{ productId: drill.id, quantity: '4' }],
      },
    });
  await cm.request(`mutation Dispatch($input: DispatchLeadInput!) { dispatchLead(input: $input) { lead { id } } }`, { input: { leadId: lead.id, partnerId: showroom.partner.id } });
  await showroom.manager.session.request(`mutation Accept($input: LeadInput!) { acceptLead(input: $input) { lead { id } } }`, { input: { leadId: lead.id } });

  const page = await browserAs(showroom.manager.session);
  await page.goto(url('/partner/leads'));
  const card = page.getByTestId('lead').filter({ has: page.getByTestId('lead-reference').getByText(lead.reference, { exact: true }) });
  await card.getByRole('button', { name: 'Start fulfilment' }).click();
  const dialog = page.getByRole('dialog', { name: `Start fulfilment of lead ${lead.reference}?` });
  await dialog.getByRole('button', { name: 'Place the order' }).click();
  await page.waitForURL(/\/partner\/orders\/[0-9a-f-]{36}$/);
  const orderId = new URL(page.url()).pathname.split('/').pop()!;
  await eventually(async () => expect(await statusOf(page)).toBe('SUBMITTED'));
  const number = (await page.getByTestId('order-title').innerText()).slice('Order '.length);
  expect(number).toMatch(/^O-\d{4}-\d{6}$/);
  expect(await page.getByTestId('order-placed').innerText()).toMatch(new RegExp(` by ${showroom.manager.displayName} · from lead ${lead.reference}$`));
  expect(await page.getByTestId('order-customer').innerText()).toContain('Anna Wiśniewska');
  const line = page.getByTestId('order-line');
  expect(await line.count()).toBe(1);
  expect([await line.getByTestId('line-quantity').innerText(), await visibleText(line.getByTestId('line-unit-price')), await visibleText(line.getByTestId('line-net'))])
    .toEqual(['4', 'PLN 49.90', 'PLN 199.60']);
  // 199.60 net and 23 % VAT (45.908, rounded half up) make 245.51.
  expect(await visibleText(page.getByTestId('order-vat'))).toBe('PLN 45.91');
  expect(await visibleText(page.getByTestId('order-gross'))).toBe('PLN 245.51');
  expect(await page.getByTestId('order-event').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-action')))).toEqual(['CREATED']);
  expect(await page.getByTestId('order-event').innerText()).toContain(`From lead ${lead.reference}`);

  // The lead is fulfilled: another try places nothing and links to the order.
  await page.goto(url('/partner/leads'));
  await card.getByRole('button', { name: 'Start fulfilment' }).click();
  await dialog.getByRole('button', { name: 'Place the order' }).click();
  const fulfilled = card.getByTestId('lead-fulfilled');
  await fulfilled.waitFor();
  expect(await fulfilled.innerText()).toBe(`This lead is fulfilled by order ${number}. Open order ${number}`);
  await fulfilled.getByRole('link', { name: `Open order ${number}` }).click();
  await page.waitForURL(url(`/partner/orders/${orderId}`));
  const { orders } = await showroom.manager.session.request<{ orders: { edges: { node: { id: string; lead: { id: string } | null } }[] } }>(
    `{ orders(first: 10) { edges { node { id lead { id } } } } }`);
  expect(orders.edges.filter((e) => e.node.lead?.id === lead.id).map((e) => e.node.id)).toEqual([orderId]);
}, 120_000);

test("a qualified lead's order, placed from the lead (which it converts), goes through delivery to its invoice and payment", async () => {
  const { createLead: { lead } } = await cm.request<{ createLead: { lead: { id: string; reference: string } } }>(
    `mutation Create($input: CreateLeadInput!) { createLead(input: $input) { lead { id reference } } }`, {
      input: {
        name: 'Piotr Nowak', email: `piotr-${uniqueSuffix(4).toLowerCase()}@customer.example`, message: 'Four drills for the workshop.',
        consentText: 'Agreed by phone', items: [{ productId: drill.id, quantity: '4' }],
      },
    });
  await cm.request(`mutation Dispatch($input: DispatchLeadInput!) { dispatchLead(input: $input) { lead { id } } }`, { input: { leadId: lead.id, partnerId: showroom.partner.id } });
  await showroom.manager.session.request(`mutation Accept($input: LeadInput!) { acceptLead(input: $input) { lead { id } } }`, { input: { leadId: lead.id } });
  await showroom.manager.session.request(`mutation Qualify($input: QualifyLeadInput!) { qualifyLead(input: $input) { lead { id } } }`, {
    input: { leadId: lead.id, score: 80, budgetConfirmed: true, authorityConfirmed: true, needConfirmed: true, timing: 'NOW' },
  });

  const page = await browserAs(showroom.manager.session);
  await page.goto(url('/partner/leads'));
  const card = page.getByTestId('lead').filter({ has: page.getByTestId('lead-reference').getByText(lead.reference, { exact: true }) });
  await card.getByRole('button', { name: 'Start fulfilment' }).click();
  await page.getByRole('dialog', { name: `Start fulfilment of lead ${lead.reference}?` }).getByRole('button', { name: 'Place the order' }).click();
  await page.waitForURL(/\/partner\/orders\/[0-9a-f-]{36}$/);
  const orderId = new URL(page.url()).pathname.split('/').pop()!;
  const { lead: converted } = await showroom.manager.session.request<{ lead: { status: string; convertedValue: { amount: string; currency: string } | null } }>(
    `query L($id: ID!) { lead(id: $id) { status convertedValue { amount currency } } }`, { id: lead.id });
  expect(converted).toEqual({ status: 'CONVERTED', convertedValue: { amount: '199.60', currency: 'PLN' } });

  // From SUBMITTED to DELIVERED, then billed: the invoice, and its payment.
  await eventually(async () => expect(await statusOf(page)).toBe('SUBMITTED'));
  await move(page, 'Confirm', 'CONFIRMED');
  await move(page, 'Start fulfilment', 'IN_FULFILMENT');
  await move(page, 'Ship', 'SHIPPED', { 'Carrier': 'InPost', 'Tracking number': '520000011234567890' });
  await move(page, 'Mark delivered', 'DELIVERED');
  expect(await page.getByTestId('order-billing').innerText()).toContain('No invoice recorded yet.');
  const bill = async (button: string, fields: Record<string, string>) => {
    await page.getByTestId('order-actions').getByRole('button', { name: button, exact: true }).click();
    const dialog = page.getByRole('dialog');
    for (const [label, value] of Object.entries(fields)) await dialog.getByLabel(label).fill(value);
    await dialog.getByRole('button', { name: button, exact: true }).click();
    await eventually(async () => expect(await dialog.count()).toBe(0));
  };
  await bill('Record invoice', { 'Invoice number': 'FV/2026/11/0042', 'Invoice date': '2026-11-20', 'Due date': '2026-12-04' });
  await eventually(async () => expect(await page.getByTestId('order-invoice-number').innerText()).toBe('FV/2026/11/0042'));
  expect(await page.getByTestId('order-paid').innerText()).toBe('Not paid yet');
  await eventually(async () => expect(await page.getByTestId('order-actions').locator('[data-move]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-move'))))
    .toEqual(['recordInvoice', 'recordPayment']));
  await bill('Record payment', { 'Paid on': '2026-11-27' });
  await eventually(async () => expect(await page.getByTestId('order-paid').innerText()).toBe('27 Nov 2026'));
  // Paid: nothing is left to do, and the timeline holds every step.
  await eventually(async () => expect(await page.getByTestId('order-actions').locator('[data-move]').count()).toBe(0));
  expect(await page.getByTestId('order-event').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-action'))))
    .toEqual(['CREATED', 'CONFIRMED', 'FULFILMENT_STARTED', 'SHIPPED', 'DELIVERED', 'INVOICED', 'PAID']);
  expect(await seriousViolations(page)).toEqual([]);
  // The brand owner sees the same record: status, invoice and payment.
  const { order: shared } = await cm.request<{ order: { status: string; invoiceNumber: string; paidAt: string; lead: { id: string } } }>(
    `query O($id: ID!) { order(id: $id) { status invoiceNumber paidAt lead { id } } }`, { id: orderId });
  expect([shared.status, shared.invoiceNumber, shared.paidAt.slice(0, 10), shared.lead.id]).toEqual(['DELIVERED', 'FV/2026/11/0042', '2026-11-27', lead.id]);
}, 180_000);
