import type { Page, Request } from 'playwright-core';
import { openSharedBrowser, seriousViolations, url, useSession, type Browser } from './browser';
import {
  CITIES, givenAdmin, givenCategory, givenChannelManager, givenMdfAllocation, givenMdfFund, givenProduct, givenShowroomPartner, uniqueSuffix, acceptInvitation,
  type ApiSession, type GivenShowroomPartner,
} from './fixtures';
import { givenProgramDocuments, type GivenProgramDocuments } from './program-fixtures';
import { applicationIdOf, givenApplication, givenApproved } from './applicationFixtures';
import { givenIncentiveFor } from './incentive-fixtures';

/*
 * Every page of every portal, as its users reach it, at a phone's and a desktop's width, in English and in
 * Polish: axe finds no serious or critical issue on any of them. Each page is checked once its data has
 * arrived (no request in flight, no loader on screen), so that what axe reads is what the user sees.
 */
// Polish at phone width only: longer words wrap and overflow there first; colours and roles do not change with the language.
const WIDTHS = [
  { name: 'phone', viewport: { width: 360, height: 780 }, languages: ['en', 'pl'] },
  { name: 'desktop', viewport: { width: 1280, height: 900 }, languages: ['en'] },
] as const;

let admin: ApiSession;
let channelManager: ApiSession;
let analyst: ApiSession;
let showroom: GivenShowroomPartner;
let productId: string;
let sku: string;
let orderId: string;
let articleId: string;
let serviceCaseId: string;
let mdfFundId: string;
let programs: GivenProgramDocuments;
// A partner application waiting for a decision, and a partner an approved one became (its onboarding checklist).
let applicationId: string;
let onboardingPartnerId: string;
// A published rebate for the showroom partner's own tier (computed): the incentive pages of both portals.
let incentiveId: string;

async function givenAnalyst(): Promise<ApiSession> {
  const suffix = uniqueSuffix().toLowerCase();
  const { inviteBrandUser } = await admin.request<{ inviteBrandUser: { invitationUrl: string } }>(
    `mutation Invite($input: InviteBrandUserInput!) { inviteBrandUser(input: $input) { invitationUrl } }`,
    { input: { email: `an-${suffix}@e2e.test`, displayName: `Analyst ${suffix}`, role: 'ANALYST' } },
  );
  return acceptInvitation(inviteBrandUser.invitationUrl);
}

beforeAll(async () => {
  admin = await givenAdmin();
  channelManager = (await givenChannelManager(admin)).session;
  analyst = await givenAnalyst();
  const category = await givenCategory(channelManager, 'Angle grinders');
  const grinder = await givenProduct(channelManager, category, {
    name: `Angle Grinder 125 mm ${uniqueSuffix(4)}`, description: 'For cutting and grinding metal and stone.', attributes: { disc: '125 mm' },
  });
  productId = grinder.id;
  sku = grinder.sku;
  showroom = await givenShowroomPartner(channelManager, { place: CITIES.krakow, offers: [{ product: grinder, price: '329.00', stock: 4, deliveryDays: 2 }] });
  // A lead on the board and in the partner's inbox, and a deal registration in the approval queue.
  await channelManager.request(`mutation Create($input: CreateLeadInput!) { createLead(input: $input) { lead { id } } }`, {
    input: {
      name: 'Anna Wiśniewska', email: `anna-${uniqueSuffix(4).toLowerCase()}@customer.example`, message: 'Please call me back.',
      consentText: 'Agreed by phone', items: [{ productId: grinder.id, quantity: '2' }],
    },
  });
  // A customer's order of the partner, on its lists and with a page of its own.
  const { createOrder } = await showroom.manager.session.request<{ createOrder: { order: { id: string } } }>(
    `mutation Create($input: CreateOrderInput!) { createOrder(input: $input) { order { id } } }`, {
      input: {
        kind: 'SELL_OUT', partnerId: showroom.partner.id, lines: [{ productId: grinder.id, quantity: 1 }], idempotencyKey: `a11y-${uniqueSuffix(8)}`, submit: true,
        customer: { name: 'Jan Kowalski', company: 'Kowalski Budownictwo', email: `jan-${uniqueSuffix(4).toLowerCase()}@customer.example`, phone: '+48 600 100 200' },
      },
    });
  orderId = createOrder.order.id;
  // A published solution article, and a service case of the partner that it solved.
  const { saveSolutionArticle } = await channelManager.request<{ saveSolutionArticle: { article: { id: string } } }>(
    `mutation Save($input: SaveSolutionArticleInput!) { saveSolutionArticle(input: $input) { article { id } } }`,
    { input: { title: 'Grinder disc wobbles', body: 'Tighten the flange nut with the spanner.', productId: grinder.id, published: true } });
  articleId = saveSolutionArticle.article.id;
  const { openServiceCase } = await showroom.manager.session.request<{ openServiceCase: { serviceCase: { id: string } } }>(
    `mutation Open($input: OpenServiceCaseInput!) { openServiceCase(input: $input) { serviceCase { id } } }`, {
      input: { partnerId: showroom.partner.id, productId: grinder.id, customer: { name: 'Jan Kowalski', phone: '+48 600 100 200' }, description: 'The disc wobbles', severity: 'MEDIUM' },
    });
  serviceCaseId = openServiceCase.serviceCase.id;
  await showroom.manager.session.request(`mutation R($input: ResolveServiceCaseInput!) { resolveServiceCase(input: $input) { serviceCase { id } } }`,
    { input: { caseId: serviceCaseId, solutionArticleId: articleId, note: 'Flange nut tightened' } });
  // A marketing fund allocated to the partner, and the partner's request waiting in the approval queue.
  const fund = await givenMdfFund(channelManager, { name: 'Autumn events' });
  mdfFundId = fund.id;
  await givenMdfAllocation(channelManager, fund.id, showroom.partner.id, '5000.00');
  // A visit with follow-ups, one overdue and one done, on the partner's timeline and the follow-ups page.
  const { recordInteraction } = await channelManager.request<{ recordInteraction: { interaction: { tasks: { id: string }[] } } }>(
    `mutation Record($input: RecordInteractionInput!) { recordInteraction(input: $input) { interaction { tasks { id } } } }`, {
      input: {
        partnerId: showroom.partner.id, kind: 'VISIT', occurredAt: new Date().toISOString(), subject: 'Quarterly review', outcome: 'Display moved to the entrance',
        participants: ['Ewa Nowak'], tasks: [{ title: 'Send the price list', dueOn: '2020-01-15' }, { title: 'Book the product training', dueOn: '2099-06-30' }],
      },
    });
  await channelManager.request(`mutation Done($input: CompleteInteractionTaskInput!) { completeInteractionTask(input: $input) { task { id } } }`,
    { input: { taskId: recordInteraction.interaction.tasks[1]!.id } });
  const year = fund.periodStart.slice(0, 4);
  // Sales policies and announcements for the partner: a policy with a draft, a published announcement and a draft one.
  programs = await givenProgramDocuments(admin, channelManager, showroom.partner.id);
  incentiveId = await givenIncentiveFor(admin, channelManager, showroom.partner.id);
  applicationId = await applicationIdOf(channelManager, await givenApplication({ companyName: 'Nowak Narzędzia', territory: 'Wielkopolska', message: 'We would like to join.' }));
  onboardingPartnerId = (await givenApproved(channelManager, await applicationIdOf(channelManager, await givenApplication()))).id;
  await showroom.manager.session.request(`mutation Request($input: RequestMdfInput!) { requestMdf(input: $input) { request { id } } }`, {
    input: {
      fundId: fund.id, partnerId: showroom.partner.id, activityType: 'EVENT', title: 'Grinder demo day', description: 'In the store, with a local radio spot.',
      startsOn: `${year}-09-01`, endsOn: `${year}-09-02`, plannedCost: '1800.00', requested: '1500.00', expectedLeads: 25, expectedRevenue: '20000.00',
    },
  });
}, 120_000);

/**
 * The page at `path` once it has settled: its main region shown, no GraphQL request, script or style sheet in
 * flight and no loader left. The first page of a sweep is opened by its address; the ones after it are reached
 * inside the app, as a user following its links gets there (the router reads the new address), so that each
 * check costs the page's own work rather than the whole app's start again.
 */
async function settled(page: Page, path: string, first: boolean): Promise<void> {
  const inFlight = new Set<Request>();
  const counts = (r: Request) => r.url().endsWith('/graphql') || ['script', 'stylesheet'].includes(r.resourceType());
  const started = (r: Request) => { if (counts(r)) inFlight.add(r); };
  const ended = (r: Request) => { inFlight.delete(r); };
  page.on('request', started);
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  try {
    if (first) {
      await page.goto(url(path));
    } else {
      await page.evaluate((to) => {
        window.history.pushState(null, '', to);
        window.dispatchEvent(new PopStateEvent('popstate', { state: null }));
      }, path);
    }
    await page.waitForFunction((to) => window.location.pathname + window.location.search === to, path);
    await page.locator('main').first().waitFor();
    // Quiet twice in a row, 100 ms apart: a page that asks again once its first answers arrive is not done yet.
    // A script or style sheet whose end the browser never reports (one it had preloaded) holds this for 10 s at
    // most; GraphQL requests and loaders hold it until the page's 15 s limit.
    const since = Date.now();
    for (let quiet = 0; quiet < 2;) {
      await page.waitForTimeout(100);
      const loading = await page.evaluate(() => Boolean(document.querySelector('.mantine-Loader-root, [aria-busy="true"]')));
      const waiting = [...inFlight].filter((r) => r.url().endsWith('/graphql') || Date.now() - since < 10_000);
      if (Date.now() - since > 15_000) throw new Error(`${path} did not settle: ${loading ? 'a loader is shown; ' : ''}${waiting.map((r) => r.url()).join(', ')}`);
      quiet = waiting.length === 0 && !loading ? quiet + 1 : 0;
    }
  } finally {
    page.off('request', started);
    page.off('requestfinished', ended);
    page.off('requestfailed', ended);
  }
}

/**
 * Every page in `paths`, at both widths and in both languages: the violations found, by page. The width and
 * language pairs run side by side, each in its own context of one chromium (its own cookies and storage);
 * within a pair the pages go one after another, as before. Nothing is shared between pairs but the session.
 */
async function sweep(session: ApiSession | null, paths: string[]): Promise<Record<string, string[]>> {
  const found: Record<string, string[]> = {};
  const shared = await openSharedBrowser();
  try {
    const pairs = WIDTHS.flatMap(({ name, viewport, languages }) => languages.map((language) => ({ name, viewport, language })));
    await Promise.all(pairs.map(async ({ name, viewport, language }) => {
      const browser: Browser = await shared.newContext(viewport);
      try {
        if (session) await useSession(browser.context, session);
        await browser.context.addInitScript((lang: string) => localStorage.setItem('trellis.language', lang), language);
        for (const [index, path] of paths.entries()) {
          await settled(browser.page, path, index === 0);
          // The page is in the language asked for before axe reads it (i18n sets <html lang>).
          expect([path, name, await browser.page.evaluate(() => document.documentElement.lang)]).toEqual([path, name, language]);
          const violations = await seriousViolations(browser.page);
          if (violations.length) found[`${path} (${name}, ${language})`] = violations;
        }
      } finally {
        await browser.close();
      }
    }));
  } finally {
    await shared.close();
  }
  // In the order of the pages, whichever pair finished first.
  return Object.fromEntries(Object.entries(found).sort(([a], [b]) => a.localeCompare(b)));
}

test('every public page, and sign-in', async () => {
  const slug = showroom.slug;
  expect(await sweep(null, ['/', `/s/${slug}`, `/s/${slug}?q=grinder`, `/s/${slug}/p/${sku}`, `/s/${slug}/basket`, '/signin', '/order-status', '/no-such-page', '/become-a-partner'])).toEqual({});
}, 300_000);

test("every page of the channel manager's portal, and the account page", async () => {
  const partner = showroom.partner.id;
  expect(await sweep(channelManager, [
    '/channel', '/channel/partners', '/channel/partners/new', `/channel/partners/${partner}`, '/channel/catalog',
    '/channel/catalog/products/new', `/channel/catalog/products/${productId}`, '/channel/catalog/categories', '/channel/catalog/import',
    '/channel/leads', '/channel/leads/import', '/channel/registrations', '/channel/orders', `/channel/orders/${orderId}`, '/channel/inventory', '/account',
    '/channel/service', `/channel/service/${serviceCaseId}`, '/channel/solutions', '/channel/solutions/new', `/channel/solutions/${articleId}`,
    '/channel/mdf', `/channel/mdf/funds/${mdfFundId}`, '/channel/mdf/requests', '/channel/mdf/ledger',
    '/channel/performance', '/channel/performance/signals', `/channel/partners/${partner}/scorecard`,
    '/channel/follow-ups', '/channel/follow-ups?show=done',
    '/channel/applications', '/channel/applications?status=APPROVED', `/channel/applications/${applicationId}`, `/channel/partners/${onboardingPartnerId}`,
    '/channel/policies', '/channel/policies/new', `/channel/policies/${programs.policyId}`,
    '/channel/announcements', '/channel/announcements/new', `/channel/announcements/${programs.announcementId}`, `/channel/announcements/${programs.draftAnnouncementId}`,
    '/channel/tiers', '/channel/tiers/proposals', '/channel/tiers/proposals?status=all',
    '/channel/incentives', `/channel/incentives/${incentiveId}`,
  ])).toEqual({});
}, 600_000);

test("the admin's settings", async () => {
  expect(await sweep(admin, ['/channel/settings', '/channel/tiers'])).toEqual({});
}, 120_000);

test("every page of the partner manager's portal", async () => {
  expect(await sweep(showroom.manager.session, [
    '/partner', '/partner/offers', '/partner/showroom', '/partner/leads', '/partner/orders', '/partner/orders/new', `/partner/orders/${orderId}`,
    '/partner/registrations', '/partner/staff', '/partner/inventory', '/partner/service', '/partner/service/new', `/partner/service/${serviceCaseId}`,
    '/partner/mdf', '/partner/policies', '/partner/announcements', '/partner/tier', '/partner/incentives',
  ])).toEqual({});
}, 300_000);

test("every page of the analyst's portal", async () => {
  expect(await sweep(analyst, [
    '/analytics', `/analytics/partners/${showroom.partner.id}`, '/channel/policies', `/channel/policies/${programs.policyId}`, '/channel/tiers',
    '/channel/incentives', `/channel/incentives/${incentiveId}`,
  ])).toEqual({});
}, 120_000);
