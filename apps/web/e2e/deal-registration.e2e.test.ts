import { eventually, openBrowser, seriousViolations, url, useSession, type Browser } from './browser';
import { givenAdmin, givenChannelManager, givenPartnerManager, uniqueSuffix, type GivenPartner, type SignedInUser } from './fixtures';

/*
 * A deal registration through a conflict and its approval: partner A registers on a phone a customer that
 * partner B registered first under another spelling; the channel manager sees both side by side, approves
 * A's, cannot approve B's as well, and rejects it with a reason.
 */
let cm: SignedInUser;
let a: SignedInUser & { partner: GivenPartner };
let b: SignedInUser & { partner: GivenPartner };
const browsers: Browser[] = [];

async function activated(partnerId: string): Promise<void> {
  for (const move of ['startPartnerOnboarding', 'activatePartner']) {
    await cm.session.request(`mutation Move($input: PartnerTransitionInput!) { ${move}(input: $input) { partner { status } } }`, { input: { partnerId } });
  }
}

beforeAll(async () => {
  cm = await givenChannelManager(await givenAdmin());
  a = await givenPartnerManager(cm.session, `Registering Tools ${uniqueSuffix()}`);
  b = await givenPartnerManager(cm.session, `Earlier Tools ${uniqueSuffix()}`);
  await activated(a.partner.id);
  await activated(b.partner.id);
});

afterAll(async () => {
  for (const browser of browsers) await browser.close();
});

test('a registration meets another partner\'s for the same customer; the channel manager approves one and rejects the other', async () => {
  const suffix = uniqueSuffix(4);
  const nextYear = `${new Date().getUTCFullYear() + 1}-05-31`;
  const { registerDeal: { registration: earlier } } = await b.session.request<{ registerDeal: { registration: { id: string; reference: string } } }>(
    `mutation R($input: RegisterDealInput!) { registerDeal(input: $input) { registration { id reference } } }`,
    { input: { customerCompany: `Młyn Zbożowy ${suffix} Sp. z o.o.`, expectedValue: { amount: '30000.00', currency: 'PLN' }, expectedCloseDate: nextYear } },
  );

  const phone = await openBrowser({ width: 390, height: 844 });
  browsers.push(phone);
  await useSession(phone.context, a.session);
  await phone.page.goto(url('/partner/registrations'));
  await phone.page.getByRole('button', { name: 'Register a deal' }).click();
  const form = phone.page.getByTestId('register-deal-form');
  await form.getByLabel('Customer company').fill(`MLYN ZBOZOWY ${suffix} S.A.`);
  await form.getByLabel('Customer email').fill(`zakupy@mlyn-${suffix.toLowerCase()}.pl`);
  await form.getByLabel('Expected value').fill('48000');
  await form.getByLabel('Expected close date').fill(nextYear);
  expect(await seriousViolations(phone.page)).toEqual([]);
  await form.getByRole('button', { name: 'Register' }).click();
  const mine = phone.page.getByTestId('registration').filter({ hasText: `MLYN ZBOZOWY ${suffix} S.A.` });
  await mine.waitFor();
  expect(await mine.locator('[data-status]').getAttribute('data-status')).toBe('PENDING');
  const reference = await mine.getByTestId('registration-reference').innerText();
  expect(reference).toMatch(/^R-\d{4}-\d{6}$/);
  // A partner is told nothing of the other partner's registration.
  expect(await phone.page.getByTestId('conflicts').count()).toBe(0);

  const desk = await openBrowser();
  browsers.push(desk);
  await useSession(desk.context, cm.session);
  await desk.page.goto(url('/channel/registrations'));
  // A card by its own reference (each also names the other in its conflicts).
  const cardOf = (ref: string) => desk.page.getByTestId('registration').filter({ has: desk.page.getByTestId('registration-reference').getByText(ref, { exact: true }) });
  const card = cardOf(reference);
  await card.waitFor();
  const conflict = card.getByTestId('conflict');
  expect(await conflict.count()).toBe(1);
  expect(await conflict.innerText()).toContain(`${b.partner.name} · registration ${earlier.reference}`);
  expect(await conflict.innerText()).toContain('Matched on: company name');
  expect(await seriousViolations(desk.page)).toEqual([]);
  await card.getByRole('button', { name: 'Approve' }).click();
  await eventually(async () => expect(await cardOf(reference).count()).toBe(0));

  const other = cardOf(earlier.reference);
  await other.getByRole('button', { name: 'Approve' }).click();
  await eventually(async () => expect(await other.getByRole('alert').innerText()).toContain(`The customer is protected for another partner by ${reference}`));
  await other.getByRole('button', { name: 'Reject' }).click();
  await other.getByLabel(/^Why reject/).fill('Registered by another partner first');
  await other.getByRole('button', { name: 'Reject' }).click();
  await eventually(async () => expect(await cardOf(earlier.reference).count()).toBe(0));

  const { dealRegistrations } = await cm.session.request<{ dealRegistrations: { edges: { node: { reference: string; status: string; decisionReason: string | null } }[] } }>(
    `{ dealRegistrations(first: 50) { edges { node { reference status decisionReason } } } }`);
  const decided = dealRegistrations.edges.map((e) => e.node).filter((n) => [reference, earlier.reference].includes(n.reference));
  expect(decided.sort((x, y) => x.reference.localeCompare(y.reference))).toEqual([
    { reference: earlier.reference, status: 'REJECTED', decisionReason: 'Registered by another partner first' },
    { reference, status: 'APPROVED', decisionReason: null },
  ].sort((x, y) => x.reference.localeCompare(y.reference)));
  // Partner A hears of it: the bell counts the approval.
  await phone.page.reload();
  await eventually(async () => expect(await phone.page.getByTestId('notification-bell').getAttribute('aria-label')).toBe('Notifications: 1 unread'));
});
