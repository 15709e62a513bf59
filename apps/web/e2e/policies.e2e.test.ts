import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { eventually, openBrowser, seriousViolations, url, useSession, visibleText, type Browser } from './browser';
import {
  acceptInvitation, givenAdmin, givenChannelManager, givenPartnerManager, givenTier, uniqueSuffix, type ApiSession, type GivenPartner, type GivenTier,
  type SignedInUser,
} from './fixtures';

/*
 * Channel programs from end to end. A channel manager writes a sales policy for the partners of one tier and
 * publishes it: the confirmation says it reaches the tier's two partners. A manager of one of them is
 * notified, reads the policy on a phone and acknowledges it; the channel manager's tracker then shows that
 * partner acknowledged (by whom) and the other not, and downloads the rows as CSV. A partner outside the tier
 * does not see the policy, and the other partner's manager reads it in Polish. Then an announcement to the
 * same tier: published behind its confirmation, opened by a partner's manager (unread, then read), and its
 * read receipt shows in the channel's view.
 */
type Manager = SignedInUser & { partner: GivenPartner };

const suffix = uniqueSuffix(4);
const browsers: Browser[] = [];
let cm: SignedInUser;
let tier: GivenTier;
let inA: Manager;
let inB: Manager;
let outside: Manager;
/** An employee of the first partner of the tier: reads, never acknowledges. */
let employee: { session: ApiSession; displayName: string };
let analyst: ApiSession;
let policyId: string;
const title = `Rules of engagement ${suffix}`;
const body = `Register every deal before the first quote.\nA registered deal is protected for 90 days.`;
const announcementTitle = `Spring campaign ${suffix}`;

/** A partner with its first manager, onboarded and activated (so that it receives what the brand publishes), of a tier if given. */
async function activeManager(creator: ApiSession, name: string, tierId?: string): Promise<Manager> {
  const manager = await givenPartnerManager(creator, name);
  for (const move of ['startPartnerOnboarding', 'activatePartner']) {
    await creator.request(`mutation Move($input: PartnerTransitionInput!) { ${move}(input: $input) { partner { status } } }`, { input: { partnerId: manager.partner.id } });
  }
  if (tierId) {
    await creator.request(`mutation Assign($input: AssignPartnerTierInput!) { assignPartnerTier(input: $input) { partner { id } } }`,
      { input: { partnerId: manager.partner.id, tierId } });
  }
  return manager;
}

beforeAll(async () => {
  const admin = await givenAdmin();
  cm = await givenChannelManager(admin);
  tier = await givenTier(admin, `Policy Tier ${suffix}`);
  // Names in alphabetical order: the tracker lists partners by name.
  inA = await activeManager(cm.session, `Alfa Narzędzia ${suffix}`, tier.id);
  inB = await activeManager(cm.session, `Beta Narzędzia ${suffix}`, tier.id);
  outside = await activeManager(cm.session, `Gamma Narzędzia ${suffix}`);
  const { invitePartnerUser } = await inA.session.request<{ invitePartnerUser: { invitationUrl: string } }>(
    `mutation Invite($input: InvitePartnerUserInput!) { invitePartnerUser(input: $input) { invitationUrl } }`,
    { input: { partnerId: inA.partner.id, email: `emp-${suffix.toLowerCase()}@e2e.test`, displayName: `Ewa Sprzedawczyni ${suffix}`, role: 'PARTNER_EMPLOYEE' } },
  );
  employee = { session: await acceptInvitation(invitePartnerUser.invitationUrl), displayName: `Ewa Sprzedawczyni ${suffix}` };
  const { inviteBrandUser } = await admin.request<{ inviteBrandUser: { invitationUrl: string } }>(
    `mutation Invite($input: InviteBrandUserInput!) { inviteBrandUser(input: $input) { invitationUrl } }`,
    { input: { email: `an-${suffix.toLowerCase()}@e2e.test`, displayName: `Analyst ${suffix}`, role: 'ANALYST' } },
  );
  analyst = await acceptInvitation(inviteBrandUser.invitationUrl);
}, 120_000);

afterAll(async () => {
  for (const browser of browsers) await browser.close();
});

async function browserAs(session: ApiSession, options: { viewport?: { width: number; height: number }; language?: string } = {}): Promise<Page> {
  const browser = await openBrowser(options.viewport);
  browsers.push(browser);
  await useSession(browser.context, session);
  if (options.language) await browser.context.addInitScript((lang: string) => localStorage.setItem('trellis.language', lang), options.language);
  return browser.page;
}

/** A day `offset` days from today as the SPA writes it in English (en-GB, medium): "1 Dec 2026". */
function dayInEnglish(offset = 0): string {
  const now = new Date();
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + offset).toLocaleDateString('en-GB', { dateStyle: 'medium' });
}
const todayInEnglish = () => dayInEnglish(0);

/** A day `offset` days from today, in this machine's zone (the browser's too), as the API writes days. */
function day(offset: number): string {
  const at = new Date(Date.now() + offset * 86_400_000);
  return new Date(at.getTime() - at.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/** How many policies await the manager's acknowledgment, as the API counts them (other specs may publish to every partner). */
async function awaitingCount(session: ApiSession): Promise<number> {
  const { salesPolicies } = await session.request<{ salesPolicies: { totalCount: number } }>(
    `query { salesPolicies(first: 1, filter: { awaitingMyAcknowledgment: true }) { totalCount } }`);
  return salesPolicies.totalCount;
}

/** The Polish count of policies awaiting acknowledgment, in its plural form (1, 2-4, 5+). */
function awaitingInPolish(n: number): string {
  if (n === 1) return '1 dokument czeka na Twoje potwierdzenie';
  const few = [2, 3, 4].includes(n % 10) && ![12, 13, 14].includes(n % 100);
  return few ? `${n} dokumenty czekają na Twoje potwierdzenie` : `${n} dokumentów czeka na Twoje potwierdzenie`;
}

const fitsScreen = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
const texts = (page: Page, testId: string) => page.getByTestId(testId).allInnerTexts();

test('a channel manager writes a policy for one tier and publishes it; the confirmation names the partners it reaches', async () => {
  const page = await browserAs(cm.session);
  await page.goto(url('/channel'));
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Sales policies' }).click();
  await page.waitForURL((u) => u.pathname === '/channel/policies');
  await eventually(async () => expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Sales policies'));
  expect(await page.title()).toBe('Sales policies · Channel manager portal · Trellis');

  await page.getByRole('link', { name: 'New policy' }).click();
  await page.waitForURL((u) => u.pathname === '/channel/policies/new');
  const form = page.getByTestId('new-policy-form');
  await form.getByRole('combobox', { name: /^Kind/ }).click();
  await page.getByRole('option', { name: 'Rules of engagement', exact: true }).click();
  await form.getByLabel(/^Title/).fill(title);
  const audience = form.getByRole('group', { name: 'Audience' });
  expect(await audience.getByTestId('audience-summary').innerText()).toBe('Nothing chosen: every partner receives it.');
  await audience.getByLabel('Tiers').click();
  await audience.getByLabel('Tiers').fill(tier.name);
  await page.getByRole('option', { name: tier.name, exact: true }).click();
  await audience.getByLabel('Tiers').press('Escape');
  await eventually(async () => expect(await page.getByRole('option', { name: tier.name, exact: true }).count()).toBe(0));
  expect(await audience.getByTestId('audience-summary').innerText()).toBe('Only partners that match every choice above receive it.');
  await form.getByLabel(/^Text/).fill(body);
  await form.getByLabel(/^Change note/).fill('First edition');
  expect(await seriousViolations(page)).toEqual([]);
  await form.getByRole('button', { name: 'Create draft' }).click();
  await page.waitForURL((u) => /^\/channel\/policies\/[0-9a-f-]{36}$/.test(u.pathname));
  policyId = new URL(page.url()).pathname.split('/').pop()!;

  await eventually(async () => expect(await page.getByTestId('policy-heading').innerText()).toBe(title));
  expect(await page.getByTestId('audience').first().innerText()).toBe(`Audience: partners in tiers ${tier.name}`);
  const draft = page.getByTestId('policy-draft-section');
  expect(await draft.getByRole('heading', { level: 2 }).innerText()).toBe('Draft of version 1');
  expect(await page.getByTestId('acknowledgment-tracker').count()).toBe(0);

  await draft.getByRole('button', { name: 'Publish version 1' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  expect(await visibleText(dialog.locator('p'))).toBe(
    `Version 1 of “${title}” will apply from ${todayInEnglish()}. It goes to the 2 partners of its audience: their managers are notified and asked to acknowledge it. A published version never changes.`,
  );
  expect(await seriousViolations(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Publish' }).click();

  // Published: no draft left, the tracker counts the tier's two partners, neither has acknowledged.
  const tracker = page.getByTestId('acknowledgment-tracker');
  await eventually(async () => expect(await tracker.getByTestId('tracker-partners').innerText()).toBe('0 of 2 partners acknowledged'));
  expect(await tracker.getByTestId('tracker-managers').innerText()).toBe('0 of 2 partner managers acknowledged');
  await eventually(async () => expect(await texts(page, 'acknowledgment-partner')).toEqual([inA.partner.name, inB.partner.name]));
  expect(await draft.getByRole('heading', { level: 2 }).innerText()).toBe('Next version');
  expect(await page.getByTestId('policy-version').getAttribute('data-version')).toBe('1');
  expect(await page.getByTestId('version-state').getAttribute('data-state')).toBe('CURRENT');

  const { salesPolicy } = await cm.session.request<{ salesPolicy: { latestVersion: { version: number; status: string; changeNote: string; body: string }; draft: null } }>(
    `query($id: ID!) { salesPolicy(id: $id) { latestVersion { version status changeNote body } draft { id } } }`, { id: policyId });
  expect(salesPolicy).toEqual({ latestVersion: { version: 1, status: 'PUBLISHED', changeNote: 'First edition', body }, draft: null });
}, 120_000);

test('a partner manager of the tier is notified, reads the policy on a phone and acknowledges it', async () => {
  const awaiting = await awaitingCount(inA.session);
  expect(awaiting).toBeGreaterThanOrEqual(1);
  const phone = await browserAs(inA.session, { viewport: { width: 375, height: 800 } });
  await phone.goto(url('/partner'));
  const card = phone.getByTestId('programs-card');
  await eventually(async () => expect(await card.getByTestId('programs-awaiting').innerText())
    .toBe(awaiting === 1 ? '1 sales policy awaits your acknowledgment' : `${awaiting} sales policies await your acknowledgment`));
  const bell = phone.getByTestId('notification-bell');
  await eventually(async () => expect(await bell.getAttribute('aria-label')).toBe('Notifications: 1 unread'));
  await bell.click();
  const notice = phone.getByTestId('notification').filter({ hasText: `New sales policy to acknowledge: ${title} (v1)` });
  expect(await notice.getAttribute('data-unread')).toBe('true');
  await notice.click();
  await phone.waitForURL((u) => u.pathname === '/partner/policies');
  await eventually(async () => expect(await phone.getByRole('heading', { level: 1 }).innerText()).toBe('Sales policies'));

  const policy = phone.getByTestId('partner-policy').filter({ hasText: title });
  await eventually(async () => expect(await policy.count()).toBe(1));
  expect(await phone.getByTestId('awaiting-count').innerText())
    .toBe(awaiting === 1 ? '1 policy awaits your acknowledgment' : `${awaiting} policies await your acknowledgment`);
  expect(await policy.getByTestId('awaiting-badge').count()).toBe(1);
  expect(await policy.getByTestId('policy-current').innerText()).toBe(`Version 1 in effect since ${todayInEnglish()}`);
  // The version awaiting acknowledgment is open: its text is there to read.
  expect(await policy.getByTestId('document-body').innerText()).toBe(body);
  expect(await policy.getByText('What changed: First edition').count()).toBe(1);
  expect(await policy.getByTestId('acknowledged-partner').innerText()).toBe(`Version 1 not yet acknowledged for ${inA.partner.name}`);
  expect(await fitsScreen(phone)).toBe(true);
  expect(await seriousViolations(phone)).toEqual([]);

  await policy.getByRole('button', { name: `Acknowledge version 1 of “${title}”` }).click();
  await eventually(async () => expect(await policy.getByTestId('acknowledged-mine').innerText()).toMatch(/^You acknowledged version 1 on \d{1,2} \w{3,4} \d{4}, \d{2}:\d{2}$/));
  expect(await policy.getByTestId('acknowledged-partner').innerText()).toMatch(new RegExp(`^Version 1 acknowledged for ${inA.partner.name} on `));
  expect(await policy.getByRole('button', { name: /^Acknowledge/ }).count()).toBe(0);
  expect(await policy.getByTestId('awaiting-badge').count()).toBe(0);
  const left = awaiting - 1;
  await eventually(async () => expect(await phone.getByTestId('awaiting-count').innerText())
    .toBe(left === 0 ? 'Nothing awaits your acknowledgment' : left === 1 ? '1 policy awaits your acknowledgment' : `${left} policies await your acknowledgment`));
  expect(await fitsScreen(phone)).toBe(true);

  // The API agrees: acknowledged by this manager, for this partner.
  const { salesPolicy } = await inA.session.request<{ salesPolicy: { latestVersion: { acknowledgment: { mine: string | null; partner: string | null } } } }>(
    `query($id: ID!) { salesPolicy(id: $id) { latestVersion { acknowledgment { mine partner } } } }`, { id: policyId });
  expect(typeof salesPolicy.latestVersion.acknowledgment.mine).toBe('string');
  expect(salesPolicy.latestVersion.acknowledgment.partner).toBe(salesPolicy.latestVersion.acknowledgment.mine);
}, 120_000);

test("the channel manager's tracker shows the partner that acknowledged, and the one that has not; its rows download as CSV", async () => {
  const page = await browserAs(cm.session);
  await page.goto(url('/channel/policies'));
  const row = page.getByTestId('policy').filter({ hasText: title });
  await eventually(async () => expect(await row.getByTestId('policy-progress').innerText()).toBe('Version 1: 1 of 2 partners acknowledged'));
  expect(await row.getByTestId('policy-current').innerText()).toBe(`Version 1 in effect since ${todayInEnglish()}`);
  await row.getByRole('link', { name: title }).click();
  await page.waitForURL((u) => u.pathname === `/channel/policies/${policyId}`);

  const tracker = page.getByTestId('acknowledgment-tracker');
  await eventually(async () => expect(await tracker.getByTestId('tracker-partners').innerText()).toBe('1 of 2 partners acknowledged'));
  expect(await tracker.getByTestId('tracker-managers').innerText()).toBe('1 of 2 partner managers acknowledged');
  // Not acknowledged first: the other partner of the tier.
  await eventually(async () => expect(await texts(page, 'acknowledgment-partner')).toEqual([inB.partner.name]));
  expect(await tracker.getByTestId('acknowledgment-text').innerText()).toBe('Not acknowledged yet');
  expect(await tracker.getByTestId('tracker-count').innerText()).toBe('1 partner');

  await tracker.getByTestId('tracker-show').getByText('Acknowledged', { exact: true }).click();
  await eventually(async () => expect(await texts(page, 'acknowledgment-partner')).toEqual([inA.partner.name]));
  expect(await visibleText(tracker.getByTestId('acknowledgment-text'))).toMatch(new RegExp(`^Acknowledged \\d{1,2} \\w{3,4} \\d{4}, \\d{2}:\\d{2} by ${inA.displayName}$`));
  expect(await tracker.getByText('1 of 1 manager acknowledged').count()).toBe(1);

  await tracker.getByTestId('tracker-show').getByText('All', { exact: true }).click();
  await eventually(async () => expect(await texts(page, 'acknowledgment-partner')).toEqual([inA.partner.name, inB.partner.name]));
  expect(await tracker.getByTestId('acknowledgment').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-acknowledged')))).toEqual(['true', 'false']);
  expect(await seriousViolations(page)).toEqual([]);

  // The CSV holds the rows of the current choice (all), every page of them.
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), tracker.getByTestId('export-all-button').click()]);
  expect(download.suggestedFilename()).toMatch(/^policy-acknowledgments-v1-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = (await readFile((await download.path())!, 'utf8')).replace(/^\uFEFF/, '').trim().split('\r\n');
  expect(lines[0]).toBe('Partner,Partner code,Acknowledged,Acknowledged at,Acknowledged by,Managers,Managers who acknowledged');
  expect(lines.slice(1).map((line) => line.split(',')).map(([name, code, done, at, by, managers, acknowledged]) => [name, code, done, Boolean(at), by, managers, acknowledged]))
    .toEqual([
      [inA.partner.name, inA.partner.code, 'Yes', true, inA.displayName, '1', '1'],
      [inB.partner.name, inB.partner.code, 'No', false, '', '1', '0'],
    ]);

  // On a phone the policy's page, its tracker and history included, fits the screen.
  const phone = await browserAs(cm.session, { viewport: { width: 375, height: 800 } });
  await phone.goto(url(`/channel/policies/${policyId}`));
  await eventually(async () => expect(await phone.getByTestId('tracker-partners').innerText()).toBe('1 of 2 partners acknowledged'));
  await eventually(async () => expect(await phone.getByTestId('acknowledgment').count()).toBe(1));
  expect(await fitsScreen(phone)).toBe(true);
}, 120_000);

test("a partner's employee reads the policy and sees it acknowledged for the company, without a way to acknowledge; an analyst reads the tracker only", async () => {
  const page = await browserAs(employee.session, { viewport: { width: 375, height: 800 } });
  await page.goto(url('/partner/policies'));
  const policy = page.getByTestId('partner-policy').filter({ hasText: title });
  await eventually(async () => expect(await policy.count()).toBe(1));
  expect(await policy.getByTestId('acknowledged-partner').innerText()).toMatch(new RegExp(`^Version 1 acknowledged for ${inA.partner.name} on `));
  expect(await page.getByRole('button', { name: /^Acknowledge/ }).count()).toBe(0);
  expect(await page.getByTestId('awaiting-count').count()).toBe(0);
  expect(await policy.getByTestId('awaiting-badge').count()).toBe(0);
  expect(await page.getByText('The brand’s policies for your company; your managers acknowledge them.').count()).toBe(1);
  // The history is there to read: its one version opens to its text.
  await policy.getByRole('button', { name: /^Version 1/ }).click();
  await eventually(async () => expect(await policy.getByTestId('document-body').innerText()).toBe(body));
  expect(await fitsScreen(page)).toBe(true);

  const desk = await browserAs(analyst);
  await desk.goto(url('/channel/policies'));
  await eventually(async () => expect(await desk.getByTestId('policy').filter({ hasText: title }).count()).toBe(1));
  expect(await desk.getByRole('link', { name: 'New policy' }).count()).toBe(0);
  await desk.goto(url(`/channel/policies/${policyId}`));
  await eventually(async () => expect(await desk.getByTestId('tracker-partners').innerText()).toBe('1 of 2 partners acknowledged'));
  expect(await desk.getByRole('button', { name: 'Edit title and audience' }).count()).toBe(0);
  expect(await desk.getByTestId('policy-draft-section').count()).toBe(0);
  // Partner names are text for analysts: the partner pages are the channel writers'.
  expect(await desk.getByTestId('acknowledgment-partner').evaluateAll((nodes) => nodes.map((n) => n.tagName))).toEqual(['P']);
  expect(await seriousViolations(desk)).toEqual([]);
}, 120_000);

test('a partner outside the tier does not see the policy; a manager of the tier reads it in Polish', async () => {
  const page = await browserAs(outside.session);
  await page.goto(url('/partner/policies'));
  await eventually(async () => expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Sales policies'));
  await eventually(async () => expect(await page.locator('[data-testid="partner-policies"], [data-testid="empty-state"]').count()).toBe(1));
  expect(await texts(page, 'partner-policy-title')).not.toContain(title);
  expect(await page.getByText(title).count()).toBe(0);
  await expect(outside.session.request(`query($id: ID!) { salesPolicy(id: $id) { id } }`, { id: policyId })).rejects.toThrow(/NOT_FOUND/);

  const awaiting = await awaitingCount(inB.session);
  const polish = await browserAs(inB.session, { viewport: { width: 375, height: 800 }, language: 'pl' });
  await polish.goto(url('/partner/policies'));
  await eventually(async () => expect(await polish.getByRole('heading', { level: 1 }).innerText()).toBe('Zasady sprzedaży'));
  const policy = polish.getByTestId('partner-policy').filter({ hasText: title });
  await eventually(async () => expect(await policy.count()).toBe(1));
  expect(await polish.getByTestId('awaiting-count').innerText()).toBe(awaitingInPolish(awaiting));
  expect(await policy.getByTestId('acknowledged-partner').innerText()).toBe(`Wersja 1 nie została jeszcze potwierdzona w imieniu firmy ${inB.partner.name}`);
  expect(await policy.getByRole('button', { name: `Potwierdź wersję 1 dokumentu „${title}”` }).count()).toBe(1);
  expect(await fitsScreen(polish)).toBe(true);
  expect(await seriousViolations(polish)).toEqual([]);
}, 120_000);

test('an announcement to the tier: published behind its confirmation, opened by a partner (unread, then read), its receipt in the channel view', async () => {
  const page = await browserAs(cm.session);
  await page.goto(url('/channel/announcements'));
  await eventually(async () => expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Announcements'));
  await page.getByRole('link', { name: 'New announcement' }).click();
  await page.waitForURL((u) => u.pathname === '/channel/announcements/new');
  const form = page.getByTestId('new-announcement-form');
  await form.getByText('Campaign', { exact: true }).click();
  await form.getByLabel(/^Title/).fill(announcementTitle);
  await form.getByLabel(/^Text/).fill('Double points on every drill until the end of March.');
  const audience = form.getByRole('group', { name: 'Audience' });
  await audience.getByLabel('Tiers').click();
  await audience.getByLabel('Tiers').fill(tier.name);
  await page.getByRole('option', { name: tier.name, exact: true }).click();
  // The tier list stays open for more choices: closed before going on, as a user would.
  await audience.getByLabel('Tiers').press('Escape');
  await eventually(async () => expect(await page.getByRole('option', { name: tier.name, exact: true }).count()).toBe(0));
  await form.getByRole('button', { name: 'Save draft' }).click();
  await page.waitForURL((u) => /^\/channel\/announcements\/[0-9a-f-]{36}$/.test(u.pathname));
  const announcementId = new URL(page.url()).pathname.split('/').pop()!;
  await eventually(async () => expect(await page.getByTestId('announcement-heading').innerText()).toBe(announcementTitle));
  expect(await page.getByTestId('announcement-status').getAttribute('data-status')).toBe('DRAFT');
  expect(await page.getByTestId('announcement-kind').innerText()).toBe('CAMPAIGN');

  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  expect(await visibleText(dialog.locator('p'))).toBe('It goes to the 2 partners of its audience, whose managers are notified. A published announcement never changes.');
  await dialog.getByRole('button', { name: 'Publish', exact: true }).click();
  await eventually(async () => expect(await page.getByTestId('announcement-status').getAttribute('data-status')).toBe('PUBLISHED'));
  const receipts = page.getByTestId('read-receipts');
  await eventually(async () => expect(await receipts.getByTestId('receipts-users').innerText()).toBe('0 of 3 users read it'));
  expect(await receipts.getByTestId('receipts-partners').innerText()).toBe('0 of 2 partners read it');
  expect(await page.getByTestId('announcement-edit-form').count()).toBe(0);

  // The partner's manager, on a phone: unread, marked so in words; opening it marks it read.
  const { announcements: { totalCount: unread } } = await inA.session.request<{ announcements: { totalCount: number } }>(
    `query { announcements(first: 1, filter: { unread: true }) { totalCount } }`);
  expect(unread).toBeGreaterThanOrEqual(1);
  const phone = await browserAs(inA.session, { viewport: { width: 375, height: 800 } });
  await phone.goto(url('/partner'));
  const card = phone.getByTestId('programs-card');
  await eventually(async () => expect(await card.getByTestId('programs-unread').innerText()).toBe(unread === 1 ? '1 unread announcement' : `${unread} unread announcements`));
  await card.getByRole('link', { name: 'Open announcements' }).click();
  await phone.waitForURL((u) => u.pathname === '/partner/announcements' && u.searchParams.get('show') === 'unread');
  const item = phone.getByTestId('inbox-item').filter({ hasText: announcementTitle });
  await eventually(async () => expect(await item.count()).toBe(1));
  expect(await phone.getByTestId('inbox-unread').getByTestId('inbox-item').filter({ hasText: announcementTitle }).count()).toBe(1);
  expect(await item.getAttribute('data-read')).toBe('false');
  expect(await item.getByTestId('inbox-read-state').innerText()).toBe('UNREAD');
  expect(await fitsScreen(phone)).toBe(true);
  expect(await seriousViolations(phone)).toEqual([]);
  // Campaigns alone: their unread part counts the campaigns, one fewer once this one is opened.
  const { announcements: { totalCount: unreadCampaigns } } = await inA.session.request<{ announcements: { totalCount: number } }>(
    `query { announcements(first: 1, filter: { unread: true, kinds: [CAMPAIGN] }) { totalCount } }`);
  await phone.getByTestId('announcement-kind-filter').getByText('Campaign', { exact: true }).click();
  const unreadHeading = phone.getByRole('heading', { level: 2, name: /^Unread \(/ });
  await eventually(async () => expect(await unreadHeading.innerText()).toBe(`Unread (${unreadCampaigns})`));
  await eventually(async () => expect(await item.count()).toBe(1));
  await item.getByRole('button', { name: new RegExp(announcementTitle) }).click();
  await eventually(async () => expect(await item.getAttribute('data-read')).toBe('true'));
  expect(await item.getByTestId('inbox-read-state').innerText()).toBe('READ');
  await eventually(async () => expect(await unreadHeading.innerText()).toBe(`Unread (${unreadCampaigns - 1})`));
  await eventually(async () => expect(await phone.getByTestId('inbox-show').innerText()).toContain(`Unread (${unread - 1})`));
  expect(await item.getByTestId('document-body').innerText()).toBe('Double points on every drill until the end of March.');
  const { announcement } = await inA.session.request<{ announcement: { readAt: string | null } }>(`query($id: ID!) { announcement(id: $id) { readAt } }`, { id: announcementId });
  expect(typeof announcement.readAt).toBe('string');
  // Of one kind, read and unread: the campaign is among the campaigns, not among the news.
  await phone.getByTestId('inbox-show').getByText('All', { exact: true }).click();
  const kindFilter = phone.getByTestId('announcement-kind-filter');
  await kindFilter.getByText('News', { exact: true }).click();
  await phone.waitForURL((u) => u.searchParams.get('kind') === 'NEWS' && !u.searchParams.has('show'));
  // Loaded (both parts with their counts in their headings, or the word that there is no news), and news alone:
  // the address changes before the page does, so this waits for the page.
  const loadedParts = phone.getByRole('heading', { level: 2, name: /^(Unread|Read) \([\d,]+\)$/ });
  const noNews = phone.getByRole('heading', { level: 2, name: 'No announcements of this kind' });
  await eventually(async () => {
    expect((await loadedParts.count()) === 2 || (await noNews.count()) === 1).toBe(true);
    expect(await phone.getByTestId('inbox-item').filter({ hasText: announcementTitle }).count()).toBe(0);
    expect(await phone.getByTestId('inbox-item').getByTestId('announcement-kind').allInnerTexts()).not.toContain('CAMPAIGN');
  });
  await kindFilter.getByText('Campaign', { exact: true }).click();
  await eventually(async () => expect(await phone.getByTestId('inbox-read').getByTestId('inbox-item').filter({ hasText: announcementTitle }).count()).toBe(1));
  expect(new URL(phone.url()).searchParams.get('kind')).toBe('CAMPAIGN');
  expect(await fitsScreen(phone)).toBe(true);
  expect(await seriousViolations(phone)).toEqual([]);

  // The channel's view: one of the two users read it.
  await page.reload();
  await eventually(async () => expect(await receipts.getByTestId('receipts-users').innerText()).toBe('1 of 3 users read it'));
  expect(await receipts.getByTestId('receipts-partners').innerText()).toBe('1 of 2 partners read it');
  await receipts.getByTestId('receipts-show').getByText('Read', { exact: true }).click();
  await eventually(async () => expect(await texts(page, 'receipt-user')).toEqual([inA.displayName]));
  expect(await receipts.getByTestId('receipt-partner').innerText()).toBe(inA.partner.name);
  await receipts.getByTestId('receipts-show').getByText('Not read', { exact: true }).click();
  // By partner name: the first partner's employee, then the second partner's manager.
  await eventually(async () => expect(await texts(page, 'receipt-user')).toEqual([employee.displayName, inB.displayName]));
  expect(await texts(page, 'receipt-text')).toEqual(['Not read yet', 'Not read yet']);
  expect(await seriousViolations(page)).toEqual([]);
  await page.setViewportSize({ width: 375, height: 800 });
  await eventually(async () => expect(await fitsScreen(page)).toBe(true));

  // The channel's list of one kind, chosen in the address or on the page.
  await page.goto(url('/channel/announcements?kind=NEWS'));
  await eventually(async () => expect(await page.getByTestId('announcement-count').innerText()).toMatch(/^[\d,]+ announcements?$/));
  expect(await texts(page, 'announcement-title')).not.toContain(announcementTitle);
  await page.getByTestId('announcement-kind-filter').getByText('Campaign', { exact: true }).click();
  await page.waitForURL((u) => u.searchParams.get('kind') === 'CAMPAIGN');
  await eventually(async () => expect(await texts(page, 'announcement-title')).toContain(announcementTitle));
  const kinds = await page.getByTestId('announcement').getByTestId('announcement-kind').allInnerTexts();
  expect(new Set(kinds)).toEqual(new Set(['CAMPAIGN']));
  expect(await fitsScreen(page)).toBe(true);
  expect(await seriousViolations(page)).toEqual([]);
}, 120_000);

test('version 2 of the policy, from a later day: a day in the past is refused at its field; once published the partner sees it coming and acknowledges it again', async () => {
  const page = await browserAs(cm.session);
  await page.goto(url(`/channel/policies/${policyId}`));
  const draft = page.getByTestId('policy-draft-section');
  await draft.getByRole('button', { name: 'Start version 2' }).click();
  const form = page.getByTestId('policy-draft-form');
  // It starts from the latest text.
  expect(await form.getByLabel(/^Text/).inputValue()).toBe(body);
  await form.getByLabel(/^Text/).fill(`${body}\nA deal registered by two partners goes to the first.`);
  await form.getByLabel(/^Effective from/).fill(day(-1));
  await form.getByLabel(/^Change note/).fill('Who wins a deal registered twice');
  await form.getByRole('button', { name: 'Save draft' }).click();
  await eventually(async () => expect(await draft.getByRole('heading', { level: 2 }).innerText()).toBe('Draft of version 2'));

  // Publishing from yesterday: the API refuses, and says so at the field.
  await page.getByRole('button', { name: 'Publish version 2' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Publish' }).click();
  const effective = page.getByTestId('policy-draft-form').getByLabel(/^Effective from/);
  await eventually(async () => expect(await effective.getAttribute('aria-invalid')).toBe('true'));
  expect(await page.getByTestId('policy-draft-form').getByText(/^is before today \(\d{4}-\d{2}-\d{2}\): a published version cannot apply from the past$/).count()).toBe(1);

  // From next week: published; version 1 still applies until then.
  await effective.fill(day(7));
  await page.getByRole('button', { name: 'Publish version 2' }).click();
  const dialog = page.getByRole('dialog');
  expect(await visibleText(dialog.locator('p'))).toBe(
    `Version 2 of “${title}” will apply from ${dayInEnglish(7)}. It goes to the 2 partners of its audience: their managers are notified and asked to acknowledge it. A published version never changes.`,
  );
  await dialog.getByRole('button', { name: 'Publish' }).click();
  const tracker = page.getByTestId('acknowledgment-tracker');
  await eventually(async () => expect(await tracker.getByRole('heading', { level: 2 }).innerText()).toBe('Acknowledgments of version 2'));
  await eventually(async () => expect(await tracker.getByTestId('tracker-partners').innerText()).toBe('0 of 2 partners acknowledged'));
  // Newest first: version 2 upcoming, version 1 in effect.
  await eventually(async () => expect(await page.getByTestId('policy-version').evaluateAll((nodes) => nodes.map((n) => [n.getAttribute('data-version'), n.querySelector('[data-testid="version-state"]')?.getAttribute('data-state')])))
    .toEqual([['2', 'UPCOMING'], ['1', 'CURRENT']]));

  const phone = await browserAs(inA.session, { viewport: { width: 375, height: 800 } });
  await phone.goto(url('/partner/policies'));
  const policy = phone.getByTestId('partner-policy').filter({ hasText: title });
  await eventually(async () => expect(await policy.getByTestId('policy-upcoming').innerText()).toBe(`Version 2 applies from ${dayInEnglish(7)}`));
  expect(await policy.getByTestId('policy-current').innerText()).toBe(`Version 1 in effect since ${todayInEnglish()}`);
  expect(await policy.getByTestId('awaiting-badge').count()).toBe(1);
  expect(await policy.getByText('What changed: Who wins a deal registered twice').count()).toBe(1);
  await policy.getByRole('button', { name: `Acknowledge version 2 of “${title}”` }).click();
  await eventually(async () => expect(await policy.getByTestId('acknowledged-mine').innerText()).toMatch(/^You acknowledged version 2 on /));
  expect(await fitsScreen(phone)).toBe(true);
  await page.reload();
  await eventually(async () => expect(await tracker.getByTestId('tracker-partners').innerText()).toBe('1 of 2 partners acknowledged'));
}, 120_000);
