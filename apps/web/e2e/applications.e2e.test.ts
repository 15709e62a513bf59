import type { Locator, Page } from 'playwright-core';
import { eventually, openBrowser, seriousViolations, url, useSession, visibleText, type Browser } from './browser';
import {
  acceptInvitation, ApiSession, givenAdmin, givenCategory, givenChannelManager, givenProduct, uniqueSuffix, type SignedInUser,
} from './fixtures';
import { applicationIdOf, givenApplication, givenApproved } from './applicationFixtures';

/*
 * Partner recruitment and onboarding from end to end. An anonymous visitor on a phone fills in the public
 * "Become a partner" form (the API's refusal of an email shows at its field) and gets a reference. A channel
 * manager finds the application in the queue, flagged as a possible duplicate of a partner with the same tax id
 * (that partner came from an earlier application, approved through the API), reads why on its page, and
 * approves it: the new partner's link and its first manager's invitation link. On the partner's page the
 * onboarding checklist counts the steps as the partner's manager accepts the partner agreement, switches on
 * its showroom and publishes an offer (through the API), and the channel manager ticks the training by hand:
 * the partner is ACTIVE. Another application is rejected with a reason. A page is checked in Polish.
 */
let cm: SignedInUser;
const suffix = uniqueSuffix(6);
const digits = () => String(Math.floor(1e9 + Math.random() * 9e9));
/** The tax id the existing partner and the new application share, as the visitor writes it and as it is compared. */
const taxDigits = digits();
const taxIdWritten = `PL ${taxDigits.slice(0, 3)}-${taxDigits.slice(3, 6)}-${taxDigits.slice(6, 8)}-${taxDigits.slice(8)}`;
const company = `Nowak Narzędzia ${suffix}`;
const contactEmail = `ewa-${suffix.toLowerCase()}@nowak-${suffix.toLowerCase()}.example`;
let existing: { id: string; name: string; code: string };
let toReject: { id: string; companyName: string };
let reference: string;
let brandName: string;
let applicationId: string;
let newPartner: { id: string; invitationUrl: string };
const browsers: Browser[] = [];

const CONSENT = 'I agree that my data is processed to assess this application.';

/** An application sent through the API (as an anonymous visitor would), by its id. */
async function apply(input: Record<string, unknown>): Promise<string> {
  return applicationIdOf(cm.session, await givenApplication({ consentText: CONSENT, ...input }));
}

async function waitingCount(): Promise<number> {
  const { partnerApplications } = await cm.session.request<{ partnerApplications: { totalCount: number } }>(
    `query { partnerApplications(status: SUBMITTED, first: 1) { totalCount } }`);
  return partnerApplications.totalCount;
}

beforeAll(async () => {
  cm = await givenChannelManager(await givenAdmin());
  // The consent names the brand, as its showroom does.
  brandName = (await new ApiSession().request<{ showroom: { displayName: string } }>(`query { showroom(slug: "brand") { displayName } }`)).showroom.displayName;
  // A partner that came from an earlier application: it has the tax id the new one repeats.
  const earlier = await apply({
    companyName: `Kowalski Elektro ${suffix}`, taxId: `PL${taxDigits}`, contactName: 'Jan Kowalski', contactEmail: `jan-${suffix.toLowerCase()}@kowalski-${suffix.toLowerCase()}.example`,
  });
  const { id, name, code } = await givenApproved(cm.session, earlier, `KE-${suffix}`);
  existing = { id, name, code };
  const rejectName = `Szybkie Wiertła ${suffix}`;
  toReject = {
    companyName: rejectName,
    id: await apply({ companyName: rejectName, contactName: 'Olga Szybka', contactEmail: `olga-${suffix.toLowerCase()}@wiertla-${suffix.toLowerCase()}.example` }),
  };
}, 120_000);

afterAll(async () => {
  for (const browser of browsers) await browser.close();
});

async function browserAs(session: ApiSession | null, viewport?: { width: number; height: number }, language?: 'pl'): Promise<Page> {
  const browser = await openBrowser(viewport);
  browsers.push(browser);
  if (session) await useSession(browser.context, session);
  if (language) await browser.context.addInitScript((lang: string) => localStorage.setItem('trellis.language', lang), language);
  return browser.page;
}

const PHONE = { width: 375, height: 812 };
const fitsTheScreen = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
/** A form field by its label as written (a required one's label ends with Mantine's asterisk). */
const field = (scope: Page | Locator, label: string) =>
  scope.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\*)?$`)).and(scope.locator('input, textarea'));
/** The error a field shows under it: the text its aria-describedby names. */
const fieldError = (page: Page, label: string) =>
  field(page, label).evaluate((input) => (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter((id) => id.endsWith('-error'))
    .map((id) => document.getElementById(id)?.textContent ?? '').join('') || null);

test('an anonymous visitor on a phone applies to become a partner and gets a reference', async () => {
  const page = await browserAs(null, PHONE);
  await page.goto(url('/'));
  await page.getByTestId('become-partner-link').click();
  await page.waitForURL((u) => u.pathname === '/become-a-partner');
  await eventually(async () => expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Become a partner'));
  expect(await fitsTheScreen(page)).toBe(true);

  // Nothing filled in: the browser's own checks, at their fields.
  await page.getByRole('button', { name: 'Send the application' }).click();
  await eventually(async () => expect(await fieldError(page, 'Company name')).toBe('Enter at least 2 characters'));
  expect(await fieldError(page, 'Email')).toBe('Enter an email address');
  expect(await fieldError(page, 'Tax id (VAT or NIP)')).toBe('4 to 20 letters and digits (spaces, dots, dashes and slashes are allowed)');
  expect(await page.getByText('Agree to send the application').count()).toBe(1);

  await field(page, 'Company name').fill(company);
  await field(page, 'Tax id (VAT or NIP)').fill(taxIdWritten);
  await field(page, 'What kind of partner do you want to be?').click();
  await page.getByRole('option', { name: 'Reseller', exact: true }).click();
  await field(page, 'Country').fill('Pola');
  await page.getByRole('option', { name: 'Poland', exact: true }).click();
  await field(page, 'City').fill('Poznań');
  await field(page, 'Postal code (optional)').fill('60-001');
  await field(page, 'Where do you want to sell? (optional)').fill('Wielkopolska');
  await field(page, 'Full name').fill('Ewa Nowak');
  // An address the browser takes but the API does not (no real top-level domain): its reason shows at the field.
  await field(page, 'Email').fill('ewa@nowak.c');
  await field(page, 'Message (optional)').fill('We would like to join.');
  await page.getByTestId('application-consent').check();
  await page.getByRole('button', { name: 'Send the application' }).click();
  await eventually(async () => expect(await fieldError(page, 'Email')).toBe('must be an email address'));
  expect(await page.getByTestId('application-sent').count()).toBe(0);

  await field(page, 'Email').fill(contactEmail);
  await page.getByRole('button', { name: 'Send the application' }).click();
  const sent = page.getByTestId('application-sent');
  await eventually(async () => expect(await sent.count()).toBe(1));
  reference = await page.getByTestId('application-reference').innerText();
  expect(reference).toMatch(/^PA-\d{4}-\d{6,}$/);
  expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Thank you, your application was sent');
  expect(await visibleText(sent)).toContain(`Your reference is ${reference}. Quote it when you write to us. We will answer ${contactEmail} once the channel team has decided.`);
  expect(await fitsTheScreen(page)).toBe(true);
  expect(await seriousViolations(page)).toEqual([]);

  // What was stored: as written, with the consent text the visitor saw.
  applicationId = await applicationIdOf(cm.session, reference);
  const { partnerApplication } = await cm.session.request<{ partnerApplication: Record<string, unknown> }>(
    `query($id: ID!) { partnerApplication(id: $id) { companyName kind country city postalCode taxId taxIdGiven territory contactEmail language consentText status } }`,
    { id: applicationId });
  expect(partnerApplication).toEqual({
    companyName: company, kind: 'RESELLER', country: 'PL', city: 'Poznań', postalCode: '60-001', taxId: `PL${taxDigits}`, taxIdGiven: taxIdWritten,
    territory: 'Wielkopolska', contactEmail, language: 'EN', status: 'SUBMITTED',
    consentText: `I agree that ${brandName} processes the data in this form to assess my company’s application and to contact me about it.`,
  });
}, 120_000);

test('too many applications from one address: the form says what to do', async () => {
  const page = await browserAs(null, PHONE);
  // The API's answer when the address has sent too many (the limit itself is the API's test's).
  await page.route('**/graphql', async (route) => {
    if (!route.request().postData()?.includes('ApplyForPartnership')) return route.continue();
    await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({
      errors: [{ message: 'Too many applications from your address; try again in 60 minutes', extensions: { code: 'LIMIT_EXCEEDED' } }], data: null,
    }) });
  });
  await page.goto(url('/become-a-partner'));
  await field(page, 'Company name').fill(`Limit Tools ${suffix}`);
  await field(page, 'Tax id (VAT or NIP)').fill('PL1234567890');
  await field(page, 'What kind of partner do you want to be?').click();
  await page.getByRole('option', { name: 'Dealer', exact: true }).click();
  await field(page, 'Country').fill('Germ');
  await page.getByRole('option', { name: 'Germany', exact: true }).click();
  await field(page, 'City').fill('Berlin');
  await field(page, 'Full name').fill('Max Muster');
  await field(page, 'Email').fill('max@limit-tools.example');
  await page.getByTestId('application-consent').check();
  await page.getByRole('button', { name: 'Send the application' }).click();
  const alert = page.getByRole('alert');
  await eventually(async () => expect(await visibleText(alert)).toContain('Too many applications were sent from your network in a short time. Please wait an hour and try again, or write to us if it is urgent.'));
  expect(await visibleText(alert)).toContain('The application was not sent');
}, 60_000);

test('a channel manager finds the application flagged as a duplicate, approves it and gets the partner and the invitation link', async () => {
  const page = await browserAs(cm.session);
  const waiting = await waitingCount();
  await page.goto(url('/channel'));
  await eventually(async () => expect(await page.getByTestId('waiting-applications').innerText()).toBe(waiting === 1 ? '1 application is waiting for a decision' : `${waiting} applications are waiting for a decision`));
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Applications' }).click();
  await page.waitForURL((u) => u.pathname === '/channel/applications');
  await eventually(async () => expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Partner applications'));
  expect(await page.title()).toBe('Applications · Channel manager portal · Trellis');

  // Newest first: the visitor's, then the one to reject; only the visitor's is flagged.
  const items = page.getByTestId('application');
  await eventually(async () => expect(await items.first().getAttribute('data-application-id')).toBe(applicationId));
  const ids = await items.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-application-id')));
  expect(ids.indexOf(applicationId)).toBeLessThan(ids.indexOf(toReject.id));
  const mine = page.locator(`[data-testid="application"][data-application-id="${applicationId}"]`);
  expect(await mine.getByTestId('duplicate-flag').innerText()).toBe('Possible duplicate of 1 partner');
  expect(await page.locator(`[data-application-id="${toReject.id}"]`).getByTestId('duplicate-flag').count()).toBe(0);
  expect(await mine.getByTestId('application-status').innerText()).toBe('WAITING FOR A DECISION');
  expect(await seriousViolations(page)).toEqual([]);

  await mine.getByRole('link', { name: `Open the application of ${company}` }).click();
  await page.waitForURL((u) => u.pathname === `/channel/applications/${applicationId}`);
  await eventually(async () => expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(company));
  expect(await page.getByTestId('application-tax-id').innerText()).toBe(`${taxIdWritten}\nCompared as PL${taxDigits}`);
  expect(await page.getByTestId('application-message').innerText()).toBe('We would like to join.');
  const duplicate = page.getByTestId('duplicate');
  expect(await duplicate.count()).toBe(1);
  expect(await duplicate.getByRole('link').innerText()).toBe(`${existing.name} (${existing.code})`);
  expect(await duplicate.getByRole('link').getAttribute('href')).toBe(`/channel/partners/${existing.id}`);
  expect(await duplicate.getByTestId('duplicate-reasons').innerText()).toBe('Matches on the same tax id');
  expect(await seriousViolations(page)).toEqual([]);

  // Approve: a code (the browser checks its form), and the owner.
  const form = page.getByTestId('approve-form');
  await field(form, 'Code').fill('x');
  await form.getByRole('button', { name: 'Approve and create the partner' }).click();
  await eventually(async () => expect(await fieldError(page, 'Code')).toBe('2 to 10 capital letters, digits or dashes'));
  const code = `NN-${suffix}`;
  await field(form, 'Code').fill(code.toLowerCase());
  await field(form, 'Owning channel manager').fill(cm.displayName);
  await page.getByRole('option', { name: cm.displayName, exact: true }).click();
  await form.getByRole('button', { name: 'Approve and create the partner' }).click();
  const result = page.getByTestId('approved-result');
  await eventually(async () => expect(await result.count()).toBe(1));
  expect(await visibleText(result)).toContain(`${company} is a partner now, in onboarding.`);
  const partnerLink = result.getByTestId('approved-partner-link');
  expect(await partnerLink.innerText()).toBe(`Open the partner ${company}`);
  const href = (await partnerLink.getAttribute('href'))!;
  expect(href).toMatch(/^\/channel\/partners\/[0-9a-f-]{36}$/);
  const invitationUrl = await result.getByTestId('invitation-link').inputValue();
  expect(invitationUrl).toMatch(/\/invitation\/[^/]+$/);
  newPartner = { id: href.split('/').pop()!, invitationUrl };
  expect(await page.getByTestId('application-status').first().innerText()).toBe('APPROVED');
  await eventually(async () => expect(await page.getByTestId('application-decision').innerText()).toContain(`Approved`));
  expect(await page.getByTestId('application-decision').innerText()).toContain(`by ${cm.displayName}`);
  expect(await page.getByTestId('decision-partner').innerText()).toBe(`${company} (${code})`);

  // The API agrees: a partner in ONBOARDING, owned by the channel manager, with the application's tax id.
  const { partner } = await cm.session.request<{ partner: { code: string; status: string; owner: { displayName: string } | null } }>(
    `query($id: ID!) { partner(id: $id) { code status owner { displayName } } }`, { id: newPartner.id });
  expect(partner).toEqual({ code, status: 'ONBOARDING', owner: { displayName: cm.displayName } });
  expect(await waitingCount()).toBe(waiting - 1);
}, 120_000);

async function checklist(page: Page) {
  const card = page.getByTestId('onboarding-checklist');
  await card.waitFor();
  return {
    progress: () => card.getByTestId('onboarding-progress').innerText(),
    steps: () => card.getByTestId('onboarding-step').evaluateAll((nodes) => nodes.map((n) => [
      n.querySelector('[data-testid="onboarding-step-title"]')!.textContent, n.querySelector('[data-testid="onboarding-step-state"]')!.textContent,
    ])),
    card,
  };
}

test('the onboarding checklist counts the steps as they are done, and the last tick makes the partner ACTIVE', async () => {
  const page = await browserAs(cm.session);
  await page.goto(url(`/channel/partners/${newPartner.id}`));
  let list = await checklist(page);
  await eventually(async () => expect(await list.progress()).toBe('0 of 4 done'));
  expect(await list.steps()).toEqual([
    ['1. Partner agreement accepted', 'Not done yet'], ['2. First training done', 'Not done yet'],
    ['3. Showroom set up', 'Not done yet'], ['4. First offer published', 'Not done yet'],
  ]);
  // Only the training is ticked by hand; the others follow from the partner's data.
  expect(await list.card.getByRole('button', { name: /^Mark done: / }).allInnerTexts()).toEqual(['Mark done']);
  expect(await list.card.getByRole('button', { name: 'Mark done: First training done' }).count()).toBe(1);
  expect(await list.card.getByRole('button', { name: 'Activate anyway' }).count()).toBe(1);
  expect(await seriousViolations(page)).toEqual([]);

  // The applicant accepts the invitation and the partner agreement.
  const manager = await acceptInvitation(newPartner.invitationUrl);
  const today = new Date(Date.now() - new Date().getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
  const { createSalesPolicy } = await cm.session.request<{ createSalesPolicy: { policy: { draft: { id: string } } } }>(
    `mutation C($input: CreateSalesPolicyInput!) { createSalesPolicy(input: $input) { policy { draft { id } } } }`,
    { input: { kind: 'PARTNER_AGREEMENT', title: `Partner agreement ${suffix}`, body: 'The terms of our partnership.', effectiveOn: today } });
  const versionId = createSalesPolicy.policy.draft.id;
  await cm.session.request(`mutation P($input: PublishSalesPolicyVersionInput!) { publishSalesPolicyVersion(input: $input) { version { id } } }`, { input: { versionId } });
  await manager.request(`mutation A($input: AcknowledgeSalesPolicyInput!) { acknowledgeSalesPolicy(input: $input) { version { id } } }`, { input: { versionId } });
  await page.reload();
  list = await checklist(page);
  await eventually(async () => expect(await list.progress()).toBe('1 of 4 done'));
  expect((await list.steps())[0]).toEqual(['1. Partner agreement accepted', 'Done']);
  expect(await visibleText(list.card.getByTestId('onboarding-step').first())).toContain('seen in the partner’s data');

  // The partner's own home shows what is left, with where to do it.
  const partnerPage = await browserAs(manager);
  await partnerPage.goto(url('/partner'));
  const own = await checklist(partnerPage);
  await eventually(async () => expect(await own.progress()).toBe('1 of 4 done'));
  expect(await visibleText(own.card)).toContain('Your partnership becomes active once these steps are done.');
  const showroomStep = own.card.locator('[data-code="SHOWROOM"]');
  expect(await visibleText(showroomStep)).toContain('Set up your showroom and switch it on.');
  expect(await showroomStep.getByRole('link', { name: 'Open the showroom settings' }).getAttribute('href')).toBe('/partner/showroom');
  expect(await own.card.getByRole('button').count()).toBe(0);
  expect(await seriousViolations(partnerPage)).toEqual([]);

  // Its showroom switched on, and its first offer.
  const category = await givenCategory(cm.session, `Drills ${suffix}`);
  const product = await givenProduct(cm.session, category, { name: `Cordless Drill ${suffix}` });
  await manager.request(`mutation Save($input: SaveOfferInput!) { saveOffer(input: $input) { offer { productId } } }`, {
    input: { partnerId: newPartner.id, productId: product.id, price: { amount: '399.00', currency: 'PLN' }, stock: 5, deliveryDays: 2, offered: true },
  });
  await manager.request(`mutation Save($input: SaveShowroomInput!) { saveShowroom(input: $input) { showroom { slug } } }`, {
    input: { partnerId: newPartner.id, slug: `nn-${suffix.toLowerCase()}`, displayName: `Nowak ${suffix}`, enabled: true, pricesGross: false, vatPercent: 0 },
  });
  await page.reload();
  list = await checklist(page);
  await eventually(async () => expect(await list.progress()).toBe('3 of 4 done'));
  expect(await list.steps()).toEqual([
    ['1. Partner agreement accepted', 'Done'], ['2. First training done', 'Not done yet'], ['3. Showroom set up', 'Done'], ['4. First offer published', 'Done'],
  ]);

  // The training, ticked by hand: the last step, so the partner is ACTIVE at once.
  await list.card.getByRole('button', { name: 'Mark done: First training done' }).click();
  await eventually(async () => expect(await list.progress()).toBe('Every step is done.'));
  expect(await list.steps()).toEqual([
    ['1. Partner agreement accepted', 'Done'], ['2. First training done', 'Done'], ['3. Showroom set up', 'Done'], ['4. First offer published', 'Done'],
  ]);
  expect(await visibleText(list.card.locator('[data-code="TRAINING"]'))).toContain('ticked by hand');
  await eventually(async () => expect(await page.locator('main [data-status]').first().getAttribute('data-status')).toBe('ACTIVE'));
  expect(await list.card.getByRole('button').count()).toBe(0);
  const { partner } = await cm.session.request<{ partner: { status: string; onboarding: { completed: number; total: number; complete: boolean } } }>(
    `query($id: ID!) { partner(id: $id) { status onboarding { completed total complete } } }`, { id: newPartner.id });
  expect(partner).toEqual({ status: 'ACTIVE', onboarding: { completed: 4, total: 4, complete: true } });
}, 180_000);

test('a channel manager rejects an application with a reason the applicant is sent', async () => {
  const page = await browserAs(cm.session, PHONE);
  await page.goto(url(`/channel/applications/${toReject.id}`));
  await eventually(async () => expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(toReject.companyName));
  expect(await page.getByTestId('no-duplicates').innerText()).toBe('No existing partner has the same tax id, company name or domain.');
  const form = page.getByTestId('reject-form');
  // A reason is required.
  await form.getByRole('button', { name: 'Reject…' }).click();
  await eventually(async () => expect(await fieldError(page, 'Reason')).toBe('Write 3 to 1000 characters'));
  const reason = 'We already have enough resellers in Poznań this year.';
  await field(form, 'Reason').fill(reason);
  await form.getByRole('button', { name: 'Reject…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reject the application?' });
  await dialog.waitFor();
  expect(await visibleText(dialog)).toContain(`The application of ${toReject.companyName} is rejected, and olga-${suffix.toLowerCase()}@wiertla-${suffix.toLowerCase()}.example receives your reason by email. This cannot be undone.`);
  expect(await fitsTheScreen(page)).toBe(true);
  await dialog.getByRole('button', { name: 'Reject and send the reason' }).click();
  await eventually(async () => expect(await page.getByTestId('application-status').first().innerText()).toBe('REJECTED'));
  expect(await page.getByTestId('decision-reason').innerText()).toBe(reason);
  expect(await page.getByTestId('application-decision').innerText()).toContain(`by ${cm.displayName}`);
  expect(await page.getByTestId('reject-form').count()).toBe(0);
  expect(await fitsTheScreen(page)).toBe(true);
  expect(await seriousViolations(page)).toEqual([]);

  // It is in the rejected list now.
  await page.goto(url('/channel/applications?status=REJECTED'));
  await eventually(async () => expect(await page.locator(`[data-application-id="${toReject.id}"]`).count()).toBe(1));
  const { partnerApplication } = await cm.session.request<{ partnerApplication: { status: string; decisionReason: string } }>(
    `query($id: ID!) { partnerApplication(id: $id) { status decisionReason } }`, { id: toReject.id });
  expect(partnerApplication).toEqual({ status: 'REJECTED', decisionReason: reason });
}, 120_000);

test('in Polish: the form, and an application with its duplicate in words', async () => {
  const visitor = await browserAs(null, PHONE, 'pl');
  await visitor.goto(url('/become-a-partner'));
  await eventually(async () => expect(await visitor.getByRole('heading', { level: 1 }).innerText()).toBe('Zostań partnerem'));
  expect(await visitor.getByRole('button', { name: 'Wyślij zgłoszenie' }).count()).toBe(1);
  expect(await visitor.getByTestId('application-consent').locator('xpath=ancestor::*[contains(@class, "mantine-Checkbox-root")]').innerText())
    .toBe(`Zgadzam się, aby ${brandName} przetwarzał dane z tego formularza w celu oceny zgłoszenia mojej firmy i kontaktu ze mną w tej sprawie.`);
  expect(await fitsTheScreen(visitor)).toBe(true);

  const page = await browserAs(cm.session, undefined, 'pl');
  await page.goto(url(`/channel/applications/${applicationId}`));
  await eventually(async () => expect(await page.getByRole('heading', { level: 2, name: 'Możliwe duplikaty' }).count()).toBe(1));
  expect(await page.getByTestId('duplicate-reasons').innerText()).toBe('Zgodność: ten sam NIP');
  expect(await page.getByTestId('application-status').first().innerText()).toBe('ZATWIERDZONE');
  expect(await seriousViolations(page)).toEqual([]);
}, 60_000);
