import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { eventually, openBrowser, seriousViolations, url, useSession, visibleText, type Browser } from './browser';
import { givenAdmin, givenChannelManager, givenPartnerManager, uniqueSuffix, type ApiSession, type GivenPartner, type SignedInUser } from './fixtures';
import { apiDir } from './server';

/*
 * Tiers that keep themselves right, from end to end. Three tiers of the test's own rank above every other
 * (Silver < Gold < Platinum); the admin writes Gold's and Platinum's criteria in the editor (a client check
 * at its field first) and switches the window to 6 months and back. Two active partners without a tier get
 * last month's sell-in in the KPI rollup (SQL, as the rollup job would write it) and TRAINING interactions:
 * Alpha 87,600.00 EUR and 3 people trained, Beta 45,000.00 EUR and 1. Before any evaluation Alpha's manager
 * reads that it was not evaluated yet. The channel manager clicks "Evaluate now": Alpha is proposed Gold
 * (No tier → Gold), Beta Silver, each with its figures; Alpha's is applied (its page shows Gold), Beta's
 * dismissed with a note. Alpha's manager then reads where it stands: Gold kept, and what Platinum needs
 * (€12,400.00 more sell-in, 1 more trained person), in English and in Polish, and on a phone.
 */
const suffix = uniqueSuffix(4);
const names = { silver: `Silver ${suffix}`, gold: `Gold ${suffix}`, platinum: `Platinum ${suffix}` };
let admin: ApiSession;
let cm: SignedInUser;
let alpha: SignedInUser & { partner: GivenPartner };
let beta: SignedInUser & { partner: GivenPartner };
const tierIds: Record<keyof typeof names, string> = { silver: '', gold: '', platinum: '' };
const browsers: Browser[] = [];

/** The first day of the month `offset` months from this one (UTC), as YYYY-MM-DD. */
function monthStart(offset: number): string {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 1)).toISOString().slice(0, 10);
}
const monthName = (day: string, locale: string) => new Date(`${day}T00:00:00Z`).toLocaleDateString(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
// The program's window: whole months up to the last one that ended.
const windowOf = (months: number) => ({ from: monthStart(-months), to: monthStart(-1) });

interface SqlClient {
  connect(): Promise<unknown>;
  query(sql: string, params: unknown[]): Promise<unknown>;
  end(): Promise<void>;
}

/**
 * A connection to the API's embedded PostgreSQL, as its owner: the data folder is the one the API logs to
 * (global-setup.ts); the password and port are where embedded-postgres.ts keeps them.
 */
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

async function activate(partnerId: string) {
  for (const move of ['startPartnerOnboarding', 'activatePartner']) {
    await cm.session.request(`mutation Move($input: PartnerTransitionInput!) { ${move}(input: $input) { partner { status } } }`, { input: { partnerId } });
  }
}

async function trained(partnerId: string, people: string[]) {
  await cm.session.request(`mutation Record($input: RecordInteractionInput!) { recordInteraction(input: $input) { interaction { id } } }`, {
    input: { partnerId, kind: 'TRAINING', occurredAt: `${monthStart(-1).slice(0, 8)}15T10:00:00.000Z`, subject: `Product training ${suffix}`, outcome: '', participants: people, tasks: [] },
  });
}

beforeAll(async () => {
  admin = await givenAdmin();
  cm = await givenChannelManager(admin);
  // Above every tier there is: the evaluation's best tier for these partners is one of these three.
  const { tiers } = await admin.request<{ tiers: { rank: number }[] }>(`query { tiers { rank } }`);
  const base = Math.min(98, Math.max(0, ...tiers.map((t) => t.rank)) + 1);
  const create = async (name: string, rank: number, extra: Record<string, unknown>) => (await admin.request<{ createTier: { tier: { id: string } } }>(
    `mutation Create($input: TierInput!) { createTier(input: $input) { tier { id } } }`,
    { input: { code: `T_${uniqueSuffix(8)}`, name, rank, discountPercent: 0, mdfEligible: false, leadPriority: 0, ...extra } })).createTier.tier.id;
  tierIds.silver = await create(names.silver, base, { discountPercent: 5 });
  tierIds.gold = await create(names.gold, base + 1, { discountPercent: 12, leadPriority: 5, leadAcceptHours: 24, mdfEligible: true, mdfSharePercent: 50 });
  tierIds.platinum = await create(names.platinum, base + 2, { discountPercent: 20, leadPriority: 9, mdfEligible: true, mdfSharePercent: 70 });
  await admin.request(`mutation Set($input: SetTierCriteriaInput!) { setTierCriteria(input: $input) { tier { id } } }`,
    { input: { tierId: tierIds.silver, criteria: [{ purpose: 'ENTRY', metric: 'SELL_IN', minimum: 40000, currency: 'EUR' }] } });
  await admin.request(`mutation { updateTierProgram(input: { autoApply: false, windowMonths: 12 }) { program { windowMonths } } }`);

  alpha = await givenPartnerManager(cm.session, `Tier Alpha ${suffix}`);
  beta = await givenPartnerManager(cm.session, `Tier Beta ${suffix}`);
  await activate(alpha.partner.id);
  await activate(beta.partner.id);
  await trained(alpha.partner.id, ['Anna Kowal', 'Piotr Zięba', 'Ewa Lis']);
  await trained(beta.partner.id, ['Jan Nowak']);
  const db = await database();
  try {
    await db.query(
      `INSERT INTO kpi_partner_money (partner_id, month, currency, sell_in_minor) VALUES ($1, $3::date, 'EUR', 8760000), ($2, $3::date, 'EUR', 4500000)
       ON CONFLICT (partner_id, month, currency) DO UPDATE SET sell_in_minor = EXCLUDED.sell_in_minor`,
      [alpha.partner.id, beta.partner.id, monthStart(-1)]);
  } finally {
    await db.end();
  }
}, 120_000);

afterAll(async () => {
  for (const browser of browsers) await browser.close();
});

async function browserAs(session: ApiSession, viewport?: { width: number; height: number }, language?: 'pl'): Promise<Page> {
  const browser = await openBrowser(viewport);
  browsers.push(browser);
  await useSession(browser.context, session);
  if (language) await browser.page.addInitScript((lang) => localStorage.setItem('trellis.language', lang), language);
  return browser.page;
}

const tierCard = (page: Page, name: string) => page.getByTestId('ladder-tier').filter({ has: page.getByRole('heading', { name, exact: true }) });
const textsOf = async (locator: Locator) => (await locator.allInnerTexts()).map((s) => s.replace(/\u00a0|\u202f/g, ' ').trim());
const ours = (page: Page, partner: GivenPartner) => page.locator(`[data-testid="tier-proposal"][data-partner-id="${partner.id}"]`);

async function factsOf(proposal: Locator): Promise<string[][]> {
  const rows = proposal.getByTestId('proposal-fact');
  const out: string[][] = [];
  for (let i = 0; i < (await rows.count()); i++) out.push(await textsOf(rows.nth(i).getByRole('cell')));
  return out;
}

async function fillRow(row: Locator, values: { purpose: string; metric: string; minimum: string; currency?: string }) {
  await row.getByLabel('Purpose').selectOption({ label: values.purpose });
  await row.getByLabel('Metric').selectOption({ label: values.metric });
  await row.getByLabel(/^Minimum/).fill(values.minimum);
  if (values.currency) await row.getByLabel(/^Currency/).fill(values.currency);
}

test('the admin writes two tiers’ criteria in the editor and sets the window; before any evaluation a partner reads so', async () => {
  const page = await browserAs(admin);
  await page.goto(url('/channel'));
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Tiers' }).click();
  await page.waitForURL((u) => u.pathname === '/channel/tiers');
  await eventually(async () => expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Tiers'));
  expect(await page.title()).toBe('Tiers · Channel manager portal · Trellis');
  // Best first: the test's three on top.
  await eventually(async () => expect((await textsOf(page.getByTestId('ladder-tier').getByRole('heading', { level: 3 }))).slice(0, 3)).toEqual([names.platinum, names.gold, names.silver]));
  expect(await textsOf(tierCard(page, names.gold).getByTestId('tier-benefits').getByRole('listitem'))).toEqual([
    'Discount 12 %', 'Lead priority 5', '24 hours to accept a lead', 'Marketing funds: the brand pays 50 % of an activity',
  ]);
  expect(await textsOf(tierCard(page, names.silver).getByTestId('entry-criteria').getByTestId('criterion'))).toEqual(['Sell-in over the last 12 months at least €40,000.00']);

  // Gold: two entry criteria and one to keep; a fraction of a person is refused at its field before anything is sent.
  const gold = tierCard(page, names.gold);
  await page.getByRole('button', { name: `Edit criteria of ${names.gold}` }).click();
  const editor = gold.getByTestId('criteria-editor');
  for (let i = 0; i < 3; i++) await editor.getByRole('button', { name: 'Add a criterion' }).click();
  const rows = editor.getByTestId('criterion-row');
  await fillRow(rows.nth(0), { purpose: 'To enter', metric: 'Sell-in', minimum: '60000', currency: 'EUR' });
  await fillRow(rows.nth(1), { purpose: 'To enter', metric: 'Trained staff', minimum: '2' });
  await fillRow(rows.nth(2), { purpose: 'To enter', metric: 'Sell-in', minimum: '50000', currency: 'EUR' });
  await editor.getByRole('button', { name: 'Save criteria' }).click();
  // The same metric twice for one purpose: the second row's metric says so.
  await eventually(async () => expect(await rows.nth(2).getByLabel('Metric').getAttribute('aria-invalid')).toBe('true'));
  expect(await rows.nth(2).getByText('This metric is given twice for the same purpose').count()).toBe(1);
  await rows.nth(2).getByLabel('Purpose').selectOption({ label: 'To keep' });
  await editor.getByRole('button', { name: 'Save criteria' }).click();
  await eventually(async () => expect(await gold.getByTestId('criteria-editor').count()).toBe(0));
  await eventually(async () => expect(await textsOf(gold.getByTestId('entry-criteria').getByTestId('criterion'))).toEqual([
    'Sell-in over the last 12 months at least €60,000.00', 'Trained staff at least 2',
  ]));
  expect(await textsOf(gold.getByTestId('keep-criteria').getByTestId('criterion'))).toEqual(['Sell-in over the last 12 months at least €50,000.00']);

  // Platinum: the last added row removed before saving.
  const platinum = tierCard(page, names.platinum);
  await page.getByRole('button', { name: `Edit criteria of ${names.platinum}` }).click();
  const pEditor = platinum.getByTestId('criteria-editor');
  for (let i = 0; i < 3; i++) await pEditor.getByRole('button', { name: 'Add a criterion' }).click();
  const pRows = pEditor.getByTestId('criterion-row');
  await fillRow(pRows.nth(0), { purpose: 'To enter', metric: 'Sell-in', minimum: '100000', currency: 'EUR' });
  await fillRow(pRows.nth(1), { purpose: 'To enter', metric: 'Trained staff', minimum: '4.5' });
  await pEditor.getByRole('button', { name: 'Remove criterion 3' }).click();
  expect(await pRows.count()).toBe(2);
  await pEditor.getByRole('button', { name: 'Save criteria' }).click();
  await eventually(async () => expect(await pRows.nth(1).getByLabel(/^Minimum/).getAttribute('aria-invalid')).toBe('true'));
  expect(await pRows.nth(1).getByText('A whole number of people').count()).toBe(1);
  await pRows.nth(1).getByLabel(/^Minimum/).fill('4');
  await pEditor.getByRole('button', { name: 'Save criteria' }).click();
  await eventually(async () => expect(await textsOf(platinum.getByTestId('entry-criteria').getByTestId('criterion'))).toEqual([
    'Sell-in over the last 12 months at least €100,000.00', 'Trained staff at least 4',
  ]));
  expect(await platinum.getByTestId('keep-criteria').getByTestId('criterion').count()).toBe(0);
  expect(await platinum.getByTestId('keep-criteria').getByText('Nothing asked to stay.').count()).toBe(1);
  expect(await seriousViolations(page)).toEqual([]);

  // The window: 6 months, then back to 12; the criteria say so.
  const program = page.getByTestId('program-form');
  await program.getByLabel('Window').selectOption('6');
  await program.getByRole('button', { name: 'Save settings' }).click();
  await eventually(async () => expect(await textsOf(gold.getByTestId('keep-criteria').getByTestId('criterion'))).toEqual(['Sell-in over the last 6 months at least €50,000.00']));
  await page.getByTestId('program-form').getByLabel('Window').selectOption('12');
  await page.getByTestId('program-form').getByRole('button', { name: 'Save settings' }).click();
  await eventually(async () => expect(await textsOf(gold.getByTestId('keep-criteria').getByTestId('criterion'))).toEqual(['Sell-in over the last 12 months at least €50,000.00']));
  const { tierProgram, tiers } = await admin.request<{ tierProgram: { autoApply: boolean; windowMonths: number }; tiers: { id: string; criteria: { purpose: string; metric: string; minimum: number; currency: string | null }[] }[] }>(
    `query { tierProgram { autoApply windowMonths } tiers { id criteria { purpose metric minimum currency } } }`);
  expect(tierProgram).toEqual({ autoApply: false, windowMonths: 12 });
  expect(tiers.find((t) => t.id === tierIds.gold)!.criteria).toEqual([
    { purpose: 'ENTRY', metric: 'SELL_IN', minimum: 60000, currency: 'EUR' },
    { purpose: 'ENTRY', metric: 'TRAINED_STAFF', minimum: 2, currency: null },
    { purpose: 'KEEP', metric: 'SELL_IN', minimum: 50000, currency: 'EUR' },
  ]);

  // Not evaluated yet: Alpha's manager reads so.
  const partnerPage = await browserAs(alpha.session);
  await partnerPage.goto(url('/partner/tier'));
  await eventually(async () => expect(await partnerPage.getByRole('heading', { level: 1 }).innerText()).toBe('Where you stand'));
  await eventually(async () => expect(await partnerPage.getByTestId('empty-state').innerText()).toContain('Not evaluated yet'));
  expect(await partnerPage.getByTestId('standing-tier').innerText()).toBe('No tier yet');
}, 120_000);

test('the channel manager evaluates, sees the two proposals with their figures, applies one and dismisses the other', async () => {
  const page = await browserAs(cm.session);
  await page.goto(url('/channel/tiers'));
  // A channel manager reads the ladder, without the editor or the settings form.
  await eventually(async () => expect(await tierCard(page, names.gold).count()).toBe(1));
  expect(await page.getByRole('button', { name: `Edit criteria of ${names.gold}` }).count()).toBe(0);
  expect(await page.getByTestId('program-summary').innerText()).toBe('Figures over the last 12 months; a channel manager applies each proposal.');
  await page.getByRole('button', { name: 'Evaluate now' }).click();
  const span = windowOf(12);
  const result = page.getByTestId('evaluation-result');
  await eventually(async () => expect(await result.innerText()).toMatch(
    new RegExp(`^Evaluated \\d+ partners over ${monthName(span.from, 'en-GB')} to ${monthName(span.to, 'en-GB')}: \\d+ new proposals, 0 applied, \\d+ superseded\\.`)), 30_000);
  await result.getByRole('link', { name: 'See the proposals' }).click();
  await page.waitForURL((u) => u.pathname === '/channel/tiers/proposals');
  await page.getByTestId('tier-proposals').waitFor();
  // Other specs' partners may have proposals too: every page is loaded, then the two of this test read.
  for (;;) {
    const more = page.getByRole('button', { name: 'Load more' });
    if (!(await more.count())) break;
    await more.click();
    await page.waitForTimeout(300);
  }
  await eventually(async () => {
    expect(await ours(page, alpha.partner).count()).toBe(1);
    expect(await ours(page, beta.partner).count()).toBe(1);
  });
  const a = ours(page, alpha.partner);
  const b = ours(page, beta.partner);
  expect(await visibleText(a.getByTestId('proposal-move'))).toBe(`No tier → ${names.gold}`);
  expect(await a.getByTestId('proposal-direction').innerText()).toBe('PROMOTION');
  expect(await a.getByTestId('proposal-status').innerText()).toBe('PROPOSED');
  expect(await a.getByTestId('proposal-partner').getAttribute('href')).toBe(`/channel/partners/${alpha.partner.id}`);
  expect(await factsOf(a)).toEqual([
    ['Sell-in over the last 12 months at least €60,000.00', '€60,000.00', '€87,600.00', '✓ Met'],
    ['Trained staff at least 2', '2', '3', '✓ Met'],
  ]);
  expect(await visibleText(b.getByTestId('proposal-move'))).toBe(`No tier → ${names.silver}`);
  expect(await factsOf(b)).toEqual([['Sell-in over the last 12 months at least €40,000.00', '€40,000.00', '€45,000.00', '✓ Met']]);
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('button', { name: `Apply the proposal for ${alpha.partner.name}` }).click();
  await eventually(async () => expect(await ours(page, alpha.partner).count()).toBe(0));
  await page.getByRole('button', { name: `Dismiss the proposal for ${beta.partner.name}` }).click();
  await b.getByLabel('Note (optional)').fill('Not before the next quarter');
  await b.getByRole('button', { name: 'Dismiss the proposal' }).click();
  await eventually(async () => expect(await ours(page, beta.partner).count()).toBe(0));

  // Every status: both decided, by this manager.
  await page.getByTestId('proposal-status-filter').selectOption('ALL');
  await eventually(async () => expect(new URL(page.url()).search).toBe('?status=all'));
  const { tierProposals: applied } = await cm.session.request<{ tierProposals: { edges: { node: { status: string } }[] } }>(
    `query($id: ID!) { tierProposals(partnerId: $id) { edges { node { status } } } }`, { id: alpha.partner.id });
  expect(applied.edges.map((e) => e.node.status)).toEqual(['APPLIED']);
  const { tierProposals: dismissed } = await cm.session.request<{ tierProposals: { edges: { node: { status: string; decisionNote: string } }[] } }>(
    `query($id: ID!) { tierProposals(partnerId: $id) { edges { node { status decisionNote } } } }`, { id: beta.partner.id });
  expect(dismissed.edges.map((e) => e.node)).toEqual([{ status: 'DISMISSED', decisionNote: 'Not before the next quarter' }]);

  // Alpha's page: Gold now, in its standing card as well.
  await page.goto(url(`/channel/partners/${alpha.partner.id}`));
  const card = page.getByTestId('tier-standing-card');
  await eventually(async () => expect(await card.getByTestId('standing-tier').innerText()).toBe(`Tier: ${names.gold}`));
  expect(await textsOf(card.getByTestId('next-checks').getByTestId('check-result'))).toEqual(['✗ €12,400.00 more sell-in', '✗ 1 more trained person']);
  expect(await page.getByRole('combobox', { name: 'Tier', exact: true }).inputValue()).toBe(names.gold);
}, 120_000);

test('the partner’s manager reads where it stands: its figures, Gold kept, and what Platinum needs', async () => {
  const page = await browserAs(alpha.session);
  await page.goto(url('/partner'));
  const home = page.getByTestId('tier-home-card');
  await eventually(async () => expect(await home.getByTestId('tier-home-tier').innerText()).toBe(`Your tier: ${names.gold}`));
  expect(await home.getByTestId('tier-home-next').innerText()).toBe(`Next: ${names.platinum} · 0 of 2 criteria met`);
  await home.getByRole('link', { name: 'Where you stand' }).click();
  await page.waitForURL((u) => u.pathname === '/partner/tier');
  const standing = page.getByTestId('tier-standing');
  await eventually(async () => expect(await standing.getByTestId('standing-tier').innerText()).toBe(`Your tier: ${names.gold}`));
  expect(await page.title()).toBe('Where you stand · Partner portal · Trellis');
  const span = windowOf(12);
  const today = new Date().toLocaleDateString('en-GB', { dateStyle: 'medium' });
  expect(await visibleText(standing.getByTestId('standing-window'))).toBe(`As of ${today}, months ${monthName(span.from, 'en-GB')} to ${monthName(span.to, 'en-GB')}`);
  expect(await textsOf(standing.getByTestId('standing-figure'))).toEqual([
    'Sell-in: €87,600.00', 'Sell-out: €0.00', 'Lead acceptance rate: no figure yet', 'Win rate: no figure yet', 'Trained staff: 3',
  ]);
  const keep = standing.getByTestId('keep-checks').getByTestId('standing-check');
  expect(await textsOf(keep.getByTestId('check-criterion'))).toEqual(['Sell-in over the last 12 months at least €50,000.00']);
  expect(await textsOf(keep.getByTestId('check-result'))).toEqual(['✓ Met']);
  const next = standing.getByTestId('next-checks').getByTestId('standing-check');
  expect(await textsOf(next.getByTestId('check-criterion'))).toEqual(['Sell-in over the last 12 months at least €100,000.00', 'Trained staff at least 4']);
  expect(await textsOf(next.getByTestId('check-result'))).toEqual(['✗ €12,400.00 more sell-in', '✗ 1 more trained person']);
  expect(await textsOf(next.getByTestId('check-value'))).toEqual(['Yours: €87,600.00', 'Yours: 3']);
  expect(await page.getByRole('progressbar', { name: 'Progress towards: Trained staff at least 4' }).getAttribute('aria-valuenow')).toBe('75');
  expect(await seriousViolations(page)).toEqual([]);
}, 60_000);

test('in Polish, on a phone, the standing and the proposals fit the screen', async () => {
  const page = await browserAs(alpha.session, { width: 375, height: 800 }, 'pl');
  await page.goto(url('/partner/tier'));
  const standing = page.getByTestId('tier-standing');
  await eventually(async () => expect(await standing.getByTestId('standing-tier').innerText()).toBe(`Twój poziom: ${names.gold}`));
  expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Twoja pozycja');
  const span = windowOf(12);
  expect(await visibleText(standing.getByTestId('standing-window'))).toContain(`miesiące ${monthName(span.from, 'pl-PL')} – ${monthName(span.to, 'pl-PL')}`);
  expect(await textsOf(standing.getByTestId('next-checks').getByTestId('check-result'))).toEqual([
    '✗ brakuje 12 400,00 € sprzedaży do partnera', '✗ brakuje 1 przeszkolonej osoby',
  ]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  expect(await seriousViolations(page)).toEqual([]);

  const channel = await browserAs(cm.session, { width: 375, height: 800 });
  await channel.goto(url(`/channel/tiers/proposals?status=applied`));
  await channel.getByTestId('tier-proposals').waitFor();
  await eventually(async () => expect(await channel.getByTestId('tier-proposal').count()).toBeGreaterThan(0));
  expect(await channel.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await channel.goto(url('/channel/tiers'));
  await eventually(async () => expect(await tierCard(channel, names.gold).count()).toBe(1));
  expect(await channel.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  expect(await seriousViolations(channel)).toEqual([]);
}, 60_000);
