import type { Page } from 'playwright-core';
import { eventually, openBrowser, seriousViolations, url, useSession, type Browser } from './browser';
import {
  acceptInvitation, givenAdmin, givenCategory, givenChannelManager, givenPartnerManager, givenProduct, uniqueSuffix,
  type ApiSession, type GivenPartner, type GivenProduct, type SignedInUser,
} from './fixtures';

/*
 * A customer's problem from end to end: the brand's channel manager writes and publishes a solution article;
 * a partner's employee, on a phone, logs the customer's problem, sees that article suggested while typing the
 * description and reads it, then takes the case OPEN -> IN_PROGRESS -> WAITING_FOR_CUSTOMER -> IN_PROGRESS ->
 * RESOLVED (the article linked) -> CLOSED with the customer's satisfaction; the channel manager then reads the
 * case, its solution and satisfaction, without a move to make. A second spec adds a file to a case.
 */
let cm: SignedInUser;
let manager: SignedInUser & { partner: GivenPartner };
let employee: ApiSession;
let drill: GivenProduct;
const browsers: Browser[] = [];

beforeAll(async () => {
  cm = await givenChannelManager(await givenAdmin());
  const category = await givenCategory(cm.session, 'Power tools');
  drill = await givenProduct(cm.session, category, { name: `Cordless Drill ${uniqueSuffix(4)}` });
  manager = await givenPartnerManager(cm.session, `Service Point ${uniqueSuffix(4)}`);
  for (const move of ['startPartnerOnboarding', 'activatePartner']) {
    await cm.session.request(`mutation Move($input: PartnerTransitionInput!) { ${move}(input: $input) { partner { status } } }`, { input: { partnerId: manager.partner.id } });
  }
  const { invitePartnerUser } = await manager.session.request<{ invitePartnerUser: { invitationUrl: string } }>(
    `mutation Invite($input: InvitePartnerUserInput!) { invitePartnerUser(input: $input) { invitationUrl } }`,
    { input: { partnerId: manager.partner.id, email: `tech-${uniqueSuffix().toLowerCase()}@e2e.test`, displayName: 'Piotr Serwisant', role: 'PARTNER_EMPLOYEE' } },
  );
  employee = await acceptInvitation(invitePartnerUser.invitationUrl);
}, 120_000);

afterAll(async () => {
  for (const browser of browsers) await browser.close();
});

async function browserAs(session: ApiSession, viewport?: { width: number; height: number }): Promise<Page> {
  const browser = await openBrowser(viewport);
  browsers.push(browser);
  await useSession(browser.context, session);
  return browser.page;
}

const statusOf = (page: Page) => page.getByTestId('service-status').getAttribute('data-status');
const movesOf = (page: Page) => page.locator('[data-testid="service-actions"] [data-move]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-move')));
const timelineOf = (page: Page) => page.getByTestId('service-event').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-action')));

/** Opens a move's dialog, lets `fill` complete it, makes the move; the page then shows the new status. */
async function move(page: Page, button: string, status: string, fill: (dialog: ReturnType<Page['getByRole']>) => Promise<void> = async () => {}): Promise<void> {
  await page.getByTestId('service-actions').getByRole('button', { name: button, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await fill(dialog);
  await dialog.getByRole('button', { name: button, exact: true }).click();
  await eventually(async () => expect(await statusOf(page)).toBe(status));
  expect(await dialog.count()).toBe(0);
}

test('a published solution article is suggested while a partner logs a problem on a phone, and solves the case from OPEN to CLOSED', async () => {
  const title = `${drill.name} stops under load`;
  const body = 'Clean the motor vents and charge the battery fully: a hot or weak battery stops the drill to protect it.\n\nIf it still stops, send it in.';
  // A draft with the same words: brand staff see it, partners never do.
  const { saveSolutionArticle: { article: draft } } = await cm.session.request<{ saveSolutionArticle: { article: { id: string } } }>(
    `mutation Save($input: SaveSolutionArticleInput!) { saveSolutionArticle(input: $input) { article { id } } }`,
    { input: { title: `${drill.name} stops under load: recall (draft)`, body: 'Not public yet.', published: false } });

  // The channel manager writes the article and publishes it.
  const desk = await browserAs(cm.session);
  await desk.goto(url('/channel/solutions'));
  await desk.getByRole('link', { name: 'New article' }).click();
  await desk.waitForURL(url('/channel/solutions/new'));
  const editor = desk.getByTestId('article-form');
  await editor.getByLabel(/^Title/).fill(title);
  await editor.getByLabel(/^Text/).fill(body);
  await editor.getByLabel('Product', { exact: true }).fill(drill.name);
  await desk.getByRole('option', { name: `${drill.name} (${drill.sku})` }).click();
  await editor.getByRole('switch', { name: 'Published' }).check();
  expect(await seriousViolations(desk)).toEqual([]);
  await editor.getByRole('button', { name: 'Save' }).click();
  await desk.waitForURL(/\/channel\/solutions\/[0-9a-f-]{36}$/);
  const articleId = new URL(desk.url()).pathname.split('/').pop()!;
  await eventually(async () => expect(await desk.getByTestId('article-state').getAttribute('data-published')).toBe('true'));
  expect(await desk.getByTestId('article-heading').innerText()).toBe(title);
  // The list finds both by their words, the draft marked as one.
  await desk.goto(url('/channel/solutions'));
  await desk.getByLabel('Search').fill(`${drill.name} stops`);
  await desk.waitForURL((u) => u.searchParams.get('q') === `${drill.name} stops`);
  const rows = desk.getByTestId('article-row');
  await eventually(async () => expect((await rows.allInnerTexts()).length).toBe(2));
  // Badges show their words in capitals (CSS); their text is as written.
  const states = Object.fromEntries(await Promise.all((await rows.all()).map(async (row) => [
    await row.getByRole('link').innerText(), await row.getByTestId('article-state').textContent()])));
  expect(states).toEqual({ [title]: 'Published', [`${drill.name} stops under load: recall (draft)`]: 'Draft' });
  expect(draft.id).not.toBe(articleId);

  // The employee, on a phone: the service page from the navigation, then a new case.
  const phone = await browserAs(employee, { width: 360, height: 780 });
  await phone.goto(url('/partner'));
  await phone.getByRole('button', { name: 'Toggle navigation' }).click();
  await phone.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Service' }).click();
  await phone.waitForURL(url('/partner/service'));
  await phone.getByTestId('empty-state').waitFor();
  expect(await phone.getByTestId('service-count').innerText()).toBe('0 cases');
  await phone.getByRole('link', { name: 'New case' }).click();
  await phone.waitForURL(url('/partner/service/new'));
  const form = phone.getByTestId('new-service-form');
  await form.getByLabel('Product', { exact: true }).fill(drill.name);
  await phone.getByRole('option', { name: `${drill.name} (${drill.sku})` }).click();
  await form.getByLabel(/^Serial number/).fill('SN-2041-77');
  await form.getByLabel('Severity').selectOption('HIGH');
  await form.getByLabel(/^Customer name/).fill('Olga Nowak');
  await form.getByLabel(/^Email/).fill(`olga-${uniqueSuffix(4).toLowerCase()}@customer.example`);
  // Typed as a person types: the suggestions follow the description (the draft is never among them).
  const suggestions = phone.getByTestId('article-suggestions');
  await form.getByLabel(/^What is wrong/).click();
  await phone.keyboard.type(`${drill.name} stops under load`, { delay: 15 });
  await eventually(async () => expect(await suggestions.getByTestId('article-title').allInnerTexts()).toEqual([title]), 15_000);
  await suggestions.getByRole('button', { name: `Read “${title}”` }).click();
  await eventually(async () => expect(await suggestions.getByTestId('article-body').isVisible()).toBe(true));
  expect(await suggestions.getByTestId('article-body').innerText()).toBe(body);
  expect(await seriousViolations(phone)).toEqual([]);
  await form.getByRole('button', { name: 'Open case' }).click();
  await phone.waitForURL(/\/partner\/service\/[0-9a-f-]{36}$/);
  const caseId = new URL(phone.url()).pathname.split('/').pop()!;

  // OPEN: taken up or resolved at once; nothing else (no closing a case no one has resolved).
  await eventually(async () => expect(await statusOf(phone)).toBe('OPEN'));
  const heading = await phone.getByTestId('service-title').innerText();
  expect(heading).toMatch(/^Case S-\d{4}-\d{6}$/);
  const number = heading.slice('Case '.length);
  await eventually(async () => expect(await movesOf(phone)).toEqual(['start', 'resolve']));
  expect(await phone.getByRole('button', { name: 'Close case' }).count()).toBe(0);
  expect(await phone.getByTestId('service-product').innerText()).toBe(`${drill.name} (${drill.sku})`);
  expect(await phone.getByTestId('service-serial').innerText()).toBe('SN-2041-77');
  expect(await phone.getByTestId('service-severity').getAttribute('data-severity')).toBe('HIGH');
  expect(await phone.getByTestId('service-first-response').innerText()).toBe('Not yet');
  expect(await phone.getByTestId('service-solution').innerText()).toContain('No solution article is linked yet.');

  await move(phone, 'Start work', 'IN_PROGRESS');
  expect(await phone.getByTestId('service-first-response').innerText()).toMatch(/^(under a minute|\d+ min)$/);
  expect(await phone.getByTestId('service-resolution').innerText()).toBe('Not yet');
  await eventually(async () => expect(await movesOf(phone)).toEqual(['waitForCustomer', 'resolve']));
  await move(phone, 'Wait for customer', 'WAITING_FOR_CUSTOMER', (dialog) => dialog.getByLabel(/^Note/).fill('Asked for the purchase receipt'));
  await eventually(async () => expect(await movesOf(phone)).toEqual(['resume', 'resolve']));
  await move(phone, 'Resume', 'IN_PROGRESS');
  await move(phone, 'Resolve', 'RESOLVED', async (dialog) => {
    await dialog.getByLabel('Solution article', { exact: true }).fill(`${drill.name} stops`);
    await phone.getByRole('option', { name: title, exact: true }).click();
  });
  expect(await phone.getByTestId('service-solution').getByTestId('article-title').innerText()).toBe(title);
  expect(await phone.getByTestId('service-resolution').innerText()).toMatch(/^(under a minute|\d+ min)$/);
  // A resolved case is reopened or closed; it is not worked on as if it were open.
  await eventually(async () => expect(await movesOf(phone)).toEqual(['reopen', 'close']));
  await move(phone, 'Close case', 'CLOSED', (dialog) => dialog.getByRole('radio', { name: '4', exact: true }).check());
  expect(await phone.getByTestId('service-actions').count()).toBe(0);
  expect(await phone.getByTestId('service-satisfaction').innerText()).toBe('4 of 5');
  const sequence = ['OPENED', 'STARTED', 'WAITING', 'RESUMED', 'RESOLVED', 'CLOSED'];
  expect(await timelineOf(phone)).toEqual(sequence);
  expect(await phone.getByTestId('service-event-title').allInnerTexts()).toEqual(['Opened', 'Taken up', 'Waiting for customer', 'Resumed', 'Resolved', 'Closed']);
  expect(await phone.getByTestId('service-event-note').allInnerTexts()).toEqual(['Asked for the purchase receipt']);
  expect(await seriousViolations(phone)).toEqual([]);

  const { serviceCase } = await employee.request<{ serviceCase: unknown }>(
    `query C($id: ID!) { serviceCase(id: $id) { number status satisfaction severity serialNumber solutionArticle { id } product { id } } }`, { id: caseId });
  expect(serviceCase).toEqual({ number, status: 'CLOSED', satisfaction: 4, severity: 'HIGH', serialNumber: 'SN-2041-77', solutionArticle: { id: articleId }, product: { id: drill.id } });

  // The employee's list: the case, newest first, with its product, customer, severity and status.
  await phone.goto(url('/partner/service'));
  const row = phone.getByTestId('service-row');
  await eventually(async () => expect(await row.count()).toBe(1));
  expect(await row.getByTestId('service-number').innerText()).toBe(number);
  expect(await row.getByTestId('service-severity').textContent()).toBe('High');
  expect(await row.getByTestId('service-status').textContent()).toBe('Closed');
  expect(await row.innerText()).toContain('Olga Nowak');

  // The channel manager reads it among every partner's cases: the partner, the solution and the satisfaction; no moves.
  await desk.goto(url('/channel/service?status=CLOSED'));
  const channelRow = desk.getByTestId('service-row').filter({ has: desk.getByRole('link', { name: number, exact: true }) });
  await eventually(async () => expect(await channelRow.count()).toBe(1));
  expect(await channelRow.getByTestId('service-partner').innerText()).toBe(manager.partner.name);
  await desk.getByLabel('Status').selectOption('OPEN');
  await eventually(async () => expect(await channelRow.count()).toBe(0));
  expect(new URL(desk.url()).searchParams.get('status')).toBe('OPEN');
  await desk.getByLabel('Status').selectOption('CLOSED');
  await channelRow.getByRole('link', { name: number, exact: true }).click();
  await desk.waitForURL(url(`/channel/service/${caseId}`));
  await eventually(async () => expect(await statusOf(desk)).toBe('CLOSED'));
  expect(await desk.getByTestId('service-partner').innerText()).toBe(manager.partner.name);
  expect(await desk.getByTestId('service-solution').getByTestId('article-title').innerText()).toBe(title);
  expect(await desk.getByTestId('service-satisfaction').innerText()).toBe('4 of 5');
  expect(await timelineOf(desk)).toEqual(sequence);
  expect(await desk.getByTestId('service-actions').count()).toBe(0);
  expect(await desk.getByTestId('attachment-input').count()).toBe(0);
  expect(await seriousViolations(desk)).toEqual([]);
}, 240_000);

test('a partner manager adds a text log to a case; it is listed, downloads as sent, and is a step of the timeline', async () => {
  const { openServiceCase } = await manager.session.request<{ openServiceCase: { serviceCase: { id: string } } }>(
    `mutation Open($input: OpenServiceCaseInput!) { openServiceCase(input: $input) { serviceCase { id } } }`,
    { input: { partnerId: manager.partner.id, productId: drill.id, customer: { name: 'Jan Kowal', phone: '+48 600 200 300' }, description: 'Error E4 on start', severity: 'LOW' } });
  const caseId = openServiceCase.serviceCase.id;
  const page = await browserAs(manager.session);
  await page.goto(url(`/partner/service/${caseId}`));
  await eventually(async () => expect(await statusOf(page)).toBe('OPEN'));
  const files = page.getByTestId('service-attachments');
  expect(await files.innerText()).toContain('No files yet.');
  const log = 'E4 12:01 motor overheat\nE4 12:03 motor overheat\n';
  await files.locator('input[type=file]').setInputFiles({ name: 'drill-log.txt', mimeType: 'text/plain', buffer: Buffer.from(log) });
  const link = files.getByTestId('attachment-link');
  await eventually(async () => expect(await link.allInnerTexts()).toEqual(['drill-log.txt']));
  expect(await timelineOf(page)).toEqual(['OPENED', 'ATTACHED']);
  expect(await page.getByTestId('service-event-note').allInnerTexts()).toEqual(['drill-log.txt']);
  // The link downloads the file as sent, with the browser's own session.
  const href = (await link.getAttribute('href'))!;
  const download = await page.request.get(url(href));
  expect([download.status(), await download.text()]).toEqual([200, log]);
  expect(await seriousViolations(page)).toEqual([]);
}, 120_000);
