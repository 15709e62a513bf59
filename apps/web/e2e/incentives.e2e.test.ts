import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { eventually, openBrowser, seriousViolations, url, useSession, visibleText, type Browser } from './browser';
import {
  acceptInvitation, givenAdmin, givenCategory, givenChannelManager, givenPartnerManager, givenProduct, givenTier, uniqueSuffix,
  type ApiSession, type GivenCategory, type GivenPartner, type GivenTier, type SignedInUser,
} from './fixtures';
import { apiDir } from './server';

/*
 * Incentives from end to end. A partner of a tier of its own has two sell-in orders of Drills delivered by the
 * brand: €12,400.00 this quarter and €6,200.00 (moved in the database to the quarter before). A channel manager
 * creates a 2% quarterly sell-in rebate on Drills from €10,000.00 for that tier in the browser (a client check
 * first), publishes it behind its confirmation and computes: the partner's accrual shows a base of €12,400.00
 * and €248.00 earned. A second rebate (3% from €100,000.00, from the quarter before, made through the API)
 * settles the ended quarter into a statement. The partner's manager sees both with their progress in words,
 * the earned amounts, the chart's table and the statement; once in Polish, and both portals at phone width.
 */
let cm: SignedInUser;
let manager: SignedInUser & { partner: GivenPartner };
let tier: GivenTier;
let drills: GivenCategory;
let secondId: string;
let analyst: ApiSession;
const suffix = uniqueSuffix(4);
const rebateName = `Drill rebate ${suffix}`;
const secondName = `Volume rebate ${suffix}`;
const browsers: Browser[] = [];

interface SqlClient {
  connect(): Promise<unknown>;
  query(sql: string, params: unknown[]): Promise<unknown>;
  end(): Promise<void>;
}

/** The API's embedded PostgreSQL, as its owner (as tiers.e2e.test.ts reaches it). */
async function database(): Promise<SqlClient> {
  const dataDir = path.resolve(path.dirname(process.env.E2E_API_LOG!));
  const candidates = [path.join(dataDir, 'pg18'), path.join('/var/lib/trellis', `data-${createHash('sha256').update(dataDir).digest('hex').slice(0, 12)}`, 'pg18')];
  const cluster = candidates.find((dir) => existsSync(path.join(dir, 'postmaster.pid')));
  if (!cluster) throw new Error(`No running PostgreSQL under ${candidates.join(' or ')}`);
  const port = Number(readFileSync(path.join(cluster, 'postmaster.pid'), 'utf8').split('\n')[3]);
  const password = readFileSync(path.join(dataDir, 'pg-password'), 'utf8').trim();
  const { Client } = createRequire(path.join(apiDir, 'package.json'))('pg') as { Client: new (config: object) => SqlClient };
  const client = new Client({ host: '127.0.0.1', port, user: 'trellis', password, database: 'trellis' });
  await client.connect();
  return client;
}

/** The first day of the quarter `offset` quarters from this one (UTC, as the computation counts). */
function quarterStart(offset: number): string {
  const now = new Date();
  const months = now.getUTCFullYear() * 12 + Math.floor(now.getUTCMonth() / 3) * 3 + offset * 3;
  return `${Math.floor(months / 12)}-${String((months % 12) + 1).padStart(2, '0')}-01`;
}

/** "Q4 2026" for the quarter starting on that day. */
function quarterName(start: string): string {
  return `Q${Math.floor((Number(start.slice(5, 7)) - 1) / 3) + 1} ${start.slice(0, 4)}`;
}

/** A sell-in order the partner's manager places, taken by the brand to DELIVERED; its id. */
async function deliveredSellIn(productId: string, quantity: number): Promise<string> {
  const { createOrder } = await manager.session.request<{ createOrder: { order: { id: string; net: { amount: string } } } }>(
    `mutation Create($input: CreateOrderInput!) { createOrder(input: $input) { order { id net { amount } } } }`,
    { input: { kind: 'SELL_IN', partnerId: manager.partner.id, lines: [{ productId, quantity }], idempotencyKey: `inc-${uniqueSuffix(8)}`, submit: true } });
  const orderId = createOrder.order.id;
  for (const move of ['confirmOrder', 'startFulfilment']) {
    await cm.session.request(`mutation Move($input: OrderInput!) { ${move}(input: $input) { order { id } } }`, { input: { orderId } });
  }
  await cm.session.request(`mutation Ship($input: ShipOrderInput!) { shipOrder(input: $input) { order { id } } }`,
    { input: { orderId, carrier: 'DHL', trackingReference: `JD${uniqueSuffix(10)}` } });
  await cm.session.request(`mutation Deliver($input: OrderInput!) { markDelivered(input: $input) { order { status } } }`, { input: { orderId } });
  return orderId;
}

beforeAll(async () => {
  const admin = await givenAdmin();
  cm = await givenChannelManager(admin);
  const { inviteBrandUser } = await admin.request<{ inviteBrandUser: { invitationUrl: string } }>(
    `mutation Invite($input: InviteBrandUserInput!) { inviteBrandUser(input: $input) { invitationUrl } }`,
    { input: { email: `analyst-${suffix.toLowerCase()}@e2e.test`, displayName: `Analyst ${suffix}`, role: 'ANALYST' } },
  );
  analyst = await acceptInvitation(inviteBrandUser.invitationUrl);
  tier = await givenTier(admin, `Incentive Tier ${suffix}`);
  manager = await givenPartnerManager(cm.session, `Rebate Partner ${suffix}`);
  for (const move of ['startPartnerOnboarding', 'activatePartner']) {
    await cm.session.request(`mutation Move($input: PartnerTransitionInput!) { ${move}(input: $input) { partner { status } } }`, { input: { partnerId: manager.partner.id } });
  }
  await cm.session.request(`mutation Assign($input: AssignPartnerTierInput!) { assignPartnerTier(input: $input) { partner { id } } }`,
    { input: { partnerId: manager.partner.id, tierId: tier.id } });
  drills = await givenCategory(cm.session, `Drills ${suffix}`);
  const drill = await givenProduct(cm.session, drills, { name: `Hammer Drill ${suffix}`, listPrice: '1240.00', currency: 'EUR' });
  await cm.session.request(`mutation Stock($input: SetBrandStockInput!) { setBrandStock(input: $input) { stock { onHand } } }`, { input: { productId: drill.id, onHand: 100 } });
  await deliveredSellIn(drill.id, 10);
  const earlier = await deliveredSellIn(drill.id, 5);
  const db = await database();
  try {
    await db.query(`UPDATE sales_order SET delivered_at = $2::date + interval '20 days' WHERE id = $1`, [earlier, quarterStart(-1)]);
  } finally {
    await db.end();
  }
  // The second rebate, from the quarter before: every category, 3% from €100,000.00.
  const { createIncentiveProgram } = await cm.session.request<{ createIncentiveProgram: { program: { id: string } } }>(
    `mutation Create($input: CreateIncentiveProgramInput!) { createIncentiveProgram(input: $input) { program { id } } }`, {
      input: {
        name: secondName, description: 'On every product you buy from us.', kind: 'REBATE', basis: 'SELL_IN', currency: 'EUR', rateBasisPoints: 300,
        threshold: '100000.00', period: 'QUARTER', startsOn: quarterStart(-1), audience: { tierIds: [tier.id], kinds: [], territoryIds: [] },
      },
    });
  secondId = createIncentiveProgram.program.id;
  await cm.session.request(`mutation Publish($input: PublishIncentiveProgramInput!) { publishIncentiveProgram(input: $input) { program { status } } }`,
    { input: { programId: secondId } });
}, 180_000);

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

/** Text with the no-break spaces that number formats use written as plain ones. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const fitsTheScreen = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
const cardOf = (page: Page, name: string) => page.getByTestId('partner-incentive').filter({ has: page.getByRole('heading', { name, exact: true }) });

test('a channel manager creates a quarterly sell-in rebate for a tier, publishes it, computes, and reads the partner’s accrual', async () => {
  const page = await browserAs(cm.session);
  await page.goto(url('/channel'));
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Incentives' }).click();
  await page.waitForURL((u) => u.pathname === '/channel/incentives');
  await eventually(async () => expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Incentives'));
  expect(await page.title()).toBe('Incentives · Channel manager portal · Trellis');

  await page.getByRole('button', { name: 'New incentive' }).click();
  const form = page.getByTestId('incentive-form');
  await form.getByLabel(/^Name/).fill(rebateName);
  await form.getByLabel(/^Description/).fill('Two per cent back on every drill you buy this quarter.');
  // Quarterly sell-in from this quarter are the defaults.
  expect(await form.getByRole('combobox', { name: /^Starts with/ }).inputValue()).toBe(`${quarterName(quarterStart(0))} (from ${new Date(`${quarterStart(0)}T12:00:00`).toLocaleDateString('en-GB', { dateStyle: 'medium' })})`);
  await form.getByRole('combobox', { name: /^Category/ }).click();
  await form.getByRole('combobox', { name: /^Category/ }).fill(drills.name);
  await page.getByRole('option', { name: `${drills.name} (${drills.code})`, exact: true }).click();
  await form.getByLabel(/^Threshold/).fill('10000');
  const audience = form.getByRole('group', { name: 'Audience' });
  await audience.getByLabel('Tiers').click();
  await audience.getByLabel('Tiers').fill(tier.name);
  await page.getByRole('option', { name: tier.name, exact: true }).click();
  // The tier list stays open for more choices: closed before going on, as a user would.
  await audience.getByLabel('Tiers').press('Escape');
  await eventually(async () => expect(await page.getByRole('option', { name: tier.name, exact: true }).count()).toBe(0));
  // The client's check: a rebate needs its rate.
  await form.getByRole('button', { name: 'Create draft' }).click();
  await eventually(async () => expect(await form.getByText('A percentage from 0.01 to 100, e.g. 2 or 2.5').count()).toBe(1));
  await form.getByLabel(/^Rate/).fill('2');
  expect(await seriousViolations(page)).toEqual([]);
  await form.getByRole('button', { name: 'Create draft' }).click();
  await page.waitForURL((u) => /^\/channel\/incentives\/[0-9a-f-]{36}$/.test(u.pathname));

  await eventually(async () => expect(await page.getByTestId('incentive-title').innerText()).toBe(rebateName));
  expect(await page.getByTestId('incentive-terms').innerText()).toBe(`2% of delivered sell-in of ${drills.name} per quarter from €10,000.00`);
  expect(await page.getByTestId('incentive-status').getAttribute('data-status')).toBe('DRAFT');
  expect(await page.getByTestId('audience').innerText()).toContain(tier.name);

  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: `Publish “${rebateName}”?` });
  await dialog.getByRole('button', { name: 'Publish', exact: true }).click();
  await eventually(async () => expect(await page.getByTestId('incentive-status').getAttribute('data-status')).toBe('ACTIVE'));
  expect(await page.getByRole('button', { name: 'Edit' }).count()).toBe(0);

  await page.getByRole('button', { name: 'Compute now' }).click();
  await eventually(async () => expect(await page.getByTestId('compute-result').innerText()).toMatch(/^Computed \d+ active incentives: \d+ accruals updated, \d+ statements issued\.$/), 30_000);
  const row = page.getByTestId('accrual').filter({ has: page.getByRole('link', { name: manager.partner.name }) });
  await eventually(async () => expect(await row.count()).toBe(1));
  expect(await row.getByTestId('accrual-base').innerText()).toBe('€12,400.00');
  expect(await row.getByTestId('accrual-earned').innerText()).toBe('€248.00');
  expect(await visibleText(row)).toContain(quarterName(quarterStart(0)));
  expect(await page.getByTestId('incentive-accruals').getByText('No accruals yet').count()).toBe(0);
  expect(await seriousViolations(page)).toEqual([]);

  // The list names it with its terms, status and audience.
  await page.getByRole('link', { name: /All incentives/ }).click();
  const item = page.getByTestId('incentive').filter({ has: page.getByRole('link', { name: rebateName, exact: true }) });
  await eventually(async () => expect(await item.getByTestId('incentive-terms').innerText()).toBe(`2% of delivered sell-in of ${drills.name} per quarter from €10,000.00`));
  expect(await item.getByTestId('incentive-status').getAttribute('data-status')).toBe('ACTIVE');
}, 120_000);

test('the partner’s manager sees each incentive’s progress, earnings, chart table and statement', async () => {
  const page = await browserAs(manager.session);
  await page.goto(url('/partner'));
  const home = page.getByTestId('incentive-home-card');
  await eventually(async () => expect(await home.getByTestId('incentive-home-item').allInnerTexts()).toEqual(expect.arrayContaining([
    `${rebateName}: €248.00 earned this period`, `${secondName}: €0.00 earned this period`,
  ])));
  await home.getByRole('link', { name: 'Show incentives' }).click();
  await page.waitForURL((u) => u.pathname === '/partner/incentives');
  await eventually(async () => expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Incentives'));

  const rebate = cardOf(page, rebateName);
  await eventually(async () => expect(await rebate.getByTestId('incentive-progress').innerText()).toBe('€12,400.00 of €10,000.00 — threshold reached'));
  expect(await rebate.getByTestId('incentive-earned').innerText()).toBe('Earned so far: €248.00');
  expect(await rebate.getByTestId('incentive-terms').innerText()).toBe(`2% of delivered sell-in of ${drills.name} per quarter from €10,000.00`);

  const second = cardOf(page, secondName);
  expect(await second.getByTestId('incentive-progress').innerText()).toBe('€12,400.00 of €100,000.00 — €87,600.00 to go');
  expect(await second.getByTestId('incentive-earned').innerText()).toBe('Earned so far: €0.00');
  expect(await second.getByRole('progressbar').getAttribute('aria-valuetext')).toBe('€12,400.00 of €100,000.00 — €87,600.00 to go');
  // The ended quarter was settled into a statement; the chart reads as a table too.
  const statement = second.getByTestId('partner-statement');
  await eventually(async () => expect(await statement.count()).toBe(1));
  const cells = await statement.locator('th, td').allInnerTexts();
  expect(cells.slice(1)).toEqual([quarterName(quarterStart(-1)), '€6,200.00', '€0.00']);
  expect(cells[0]).toMatch(/\S/);
  const chart = second.getByTestId('accrual-chart');
  await chart.getByText('Table', { exact: true }).click();
  const tableRows = chart.getByTestId('kpi-chart-table').locator('tbody tr');
  await eventually(async () => expect(await tableRows.count()).toBe(2));
  expect(await tableRows.nth(0).locator('th, td').allInnerTexts()).toEqual([quarterName(quarterStart(-1)), '€6,200.00', '€0.00']);
  expect(await tableRows.nth(1).locator('th, td').allInnerTexts()).toEqual([quarterName(quarterStart(0)), '€12,400.00', '€0.00']);
  expect(await seriousViolations(page)).toEqual([]);
}, 120_000);

test('in Polish, the partner’s progress reads in Polish words and amounts', async () => {
  const page = await browserAs(manager.session, { language: 'pl' });
  await page.goto(url('/partner/incentives'));
  await eventually(async () => expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Premie i rabaty'));
  const second = cardOf(page, secondName);
  await eventually(async () => expect(plain(await second.getByTestId('incentive-progress').innerText())).toBe('12 400,00 € z 100 000,00 € — brakuje 87 600,00 €'));
  expect(plain(await cardOf(page, rebateName).getByTestId('incentive-earned').innerText())).toBe('Dotąd naliczono: 248,00 €');
}, 60_000);

test('at phone width both portals’ incentive pages fit the screen', async () => {
  const phone = { width: 375, height: 800 };
  const channel = await browserAs(cm.session, { viewport: phone });
  await channel.goto(url('/channel/incentives'));
  await eventually(async () => expect(await channel.getByTestId('incentive').count()).toBeGreaterThan(0));
  expect(await fitsTheScreen(channel)).toBe(true);
  await channel.goto(url(`/channel/incentives/${secondId}`));
  await eventually(async () => expect(await channel.getByTestId('accrual').count()).toBeGreaterThan(0));
  expect(await fitsTheScreen(channel)).toBe(true);

  const partner = await browserAs(manager.session, { viewport: phone });
  await partner.goto(url('/partner/incentives'));
  await eventually(async () => expect(await cardOf(partner, secondName).getByTestId('incentive-progress').innerText()).toBe('€12,400.00 of €100,000.00 — €87,600.00 to go'));
  expect(await fitsTheScreen(partner)).toBe(true);
  expect(await seriousViolations(partner)).toEqual([]);
}, 60_000);

test('a partner with more statements than a page sees the older ones when it asks, each under its incentive', async () => {
  // 120 settled quarters of the second incentive before this one (a long history), issued before the real one.
  const db = await database();
  try {
    await db.query(
      `INSERT INTO incentive_statement (program_id, partner_id, period_start, period_end, base_minor, lead_count, earned_minor, currency, issued_at)
       SELECT $1, $2, start, (start + interval '3 months' - interval '1 day')::date, 100000 + n, 0, 0, 'EUR', timestamptz '2001-01-01' + n * interval '1 day'
         FROM generate_series(0, 119) n, LATERAL (SELECT (date '1980-01-01' + n * interval '3 months')::date AS start) s`,
      [secondId, manager.partner.id]);
  } finally {
    await db.end();
  }
  const { incentiveStatements: { totalCount } } = await manager.session.request<{ incentiveStatements: { totalCount: number } }>(
    `query { incentiveStatements(first: 1) { totalCount } }`);
  const { incentiveStatements: { totalCount: ofSecond } } = await manager.session.request<{ incentiveStatements: { totalCount: number } }>(
    `query($id: ID!) { incentiveStatements(first: 1, programId: $id) { totalCount } }`, { id: secondId });
  expect(ofSecond).toBe(121);

  const page = await browserAs(manager.session);
  await page.goto(url('/partner/incentives'));
  const older = page.getByTestId('older-statements');
  await eventually(async () => expect(await older.innerText()).toBe(`Show older statements (100 of ${totalCount} shown)`));
  const second = cardOf(page, secondName);
  expect(await second.getByTestId('partner-statement').count()).toBeLessThan(ofSecond);
  await older.click();
  // Every statement of the second incentive, latest first: the real quarter, then the history from its newest.
  await eventually(async () => expect(await second.getByTestId('partner-statement').count()).toBe(ofSecond));
  const periods = await second.getByTestId('partner-statement').locator('td:first-of-type').allInnerTexts();
  expect(periods.slice(0, 3)).toEqual([quarterName(quarterStart(-1)), 'Q4 2009', 'Q3 2009']);
  expect(periods.at(-1)).toBe('Q1 1980');
  expect(await older.count()).toBe(0);
  expect(await seriousViolations(page)).toEqual([]);
}, 120_000);

test('an analyst reads the incentives, their accruals and statements, with no way to change, publish or compute them', async () => {
  const page = await browserAs(analyst);
  await page.goto(url('/channel/incentives'));
  await eventually(async () => expect(await page.getByTestId('incentive').filter({ hasText: secondName }).count()).toBe(1));
  expect(await page.getByRole('link', { name: 'Incentives' }).count()).toBeGreaterThan(0);
  expect([await page.getByTestId('new-incentive').count(), await page.getByTestId('compute-incentives').count()]).toEqual([0, 0]);
  await page.goto(url(`/channel/incentives/${secondId}`));
  await eventually(async () => expect(await page.getByTestId('accrual').count()).toBeGreaterThan(0));
  expect(await page.getByTestId('incentive-title').innerText()).toBe(secondName);
  expect([await page.getByTestId('edit-incentive').count(), await page.getByTestId('publish-incentive').count(), await page.getByTestId('compute-incentives').count()]).toEqual([0, 0, 0]);
  expect(await seriousViolations(page)).toEqual([]);
}, 60_000);
