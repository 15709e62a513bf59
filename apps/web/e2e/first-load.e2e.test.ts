import { openBrowser, url } from './browser';
import { CITIES, givenAdmin, givenCategory, givenChannelManager, givenProduct, givenShowroomPartner, uniqueSuffix, type GivenShowroomPartner } from './fixtures';
import { firstLoad, portalOnlyScripts, sourceOf, type FirstLoad } from './first-load';

/**
 * The public showroom's first load: what an anonymous visitor's browser downloads before the page shows,
 * gzipped as the server sends it, must stay within the budget, and none of it may be code of the signed-in
 * portals. Scripts requested after the page shows, until the network is quiet, count too. A new dependency
 * or an eager import of a portal's module fails here, with the file list.
 * Time to the first product card on a throttled phone is measured by bench/first-load.ts (a loaded CI
 * machine makes a 4x CPU slowdown too noisy to assert on).
 *
 * The budget is the issue's: 150 KB. The first load weighs about 147 KB in English and in Polish (each language
 * downloads its own texts only). What it holds: react-dom 19 (about 64 KB gzipped), Mantine's components,
 * react-router, i18next, the showroom's pages; Apollo Client loads with the portals only, the public pages ask
 * through publicClient.ts (docs/ARCHITECTURE.md, "The first load"). Anything added to the public pages must
 * pay for itself here.
 */
const BUDGET_GZIP_BYTES = 150 * 1024;

let showroom: GivenShowroomPartner;

beforeAll(async () => {
  const channelManager = await givenChannelManager(await givenAdmin());
  const category = await givenCategory(channelManager.session, 'Impact drivers');
  const suffix = uniqueSuffix(4);
  const driver = await givenProduct(channelManager.session, category, { name: `Impact Driver 18 V ${suffix}` });
  showroom = await givenShowroomPartner(channelManager.session, {
    place: CITIES.poznan,
    offers: [{ product: driver, price: '449.00', stock: 3, deliveryDays: 2 }],
  });
});

/** One cold visit (a fresh browser profile: nothing cached), on a phone-sized screen. */
async function visit(pathname: string, shown: string, language?: 'pl'): Promise<FirstLoad> {
  const browser = await openBrowser({ width: 360, height: 780 });
  try {
    return await firstLoad(browser.page, url(pathname), shown, { language });
  } finally {
    await browser.close();
  }
}

function summary(load: FirstLoad): string {
  return load.scripts.map((s) => `${s.file} ${s.gzipBytes}`).join('\n');
}

test.each([
  ['the brand front page', '/', 'h1'],
  ['a showroom', '/s/:slug', '[data-testid="product-card"]'],
])('%s: the first load stays within the budget of gzipped JavaScript, none of it signed-in code', async (_name, pathname, shown) => {
  const load = await visit(pathname.replace(':slug', showroom.slug), shown);
  console.log(`${pathname}: ${load.scripts.length} scripts, ${(load.gzipBytes / 1024).toFixed(1)} KB gzipped\n${summary(load)}`);
  expect(load.scripts.length).toBeGreaterThan(0);
  expect(load.scripts.filter((s) => portalOnlyScripts().has(s.file))).toEqual([]);
  expect(load.gzipBytes).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
});

test('a Polish visitor gets the page in Polish, and the Polish texts within the same budget', async () => {
  const load = await visit(`/s/${showroom.slug}`, '[data-testid="product-card"]', 'pl');
  console.log(`/s/:slug in Polish: ${(load.gzipBytes / 1024).toFixed(1)} KB gzipped\n${summary(load)}`);
  expect(load.lang).toBe('pl');
  expect(load.scripts.some((s) => s.source === 'src/i18n/pl.ts')).toBe(true);
  // Not the signed-in pages' texts, in Polish or English (portalOnlyScripts counts them too).
  expect(load.scripts.filter((s) => /^src\/i18n\/[a-z]+-portal\.ts$/.test(s.source ?? ''))).toEqual([]);
  expect(load.scripts.filter((s) => portalOnlyScripts().has(s.file))).toEqual([]);
  expect(load.gzipBytes).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
});

test.each([
  ['in English', undefined, 'en'],
  ['in Polish', 'pl', 'pl'],
] as const)("a showroom's first data is asked for once, by the early entry while the app's scripts still arrive (%s)", async (_name, language, expected) => {
  const browser = await openBrowser({ width: 360, height: 780 });
  try {
    const { page, context } = browser;
    const asked: { operation: string; language: string | undefined; at: number }[] = [];
    let appLoadedAt = 0;
    page.on('request', (request) => {
      if (!request.url().endsWith('/graphql')) return;
      const body = JSON.parse(request.postData() ?? '{}') as { operationName?: string };
      asked.push({ operation: body.operationName ?? '?', language: request.headers()['accept-language'], at: Date.now() });
    });
    page.on('requestfinished', (request) => {
      if (/\/assets\/index-[\w-]+\.js$/.test(request.url())) appLoadedAt = Date.now();
    });
    if (language) await page.addInitScript((chosen: string) => localStorage.setItem('trellis.language', chosen), language);
    // A slow network (Lighthouse's slow 4G), so that the order of things is the one a phone sees.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 });
    await page.goto(url(`/s/${showroom.slug}`));
    await page.locator('[data-testid="product-card"]').first().waitFor({ timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    // Each query once: the app's own requests took the early answers instead of asking again.
    expect(asked.map(({ operation, language: sentIn }) => `${operation} ${sentIn}`).sort()).toEqual([`ShowroomFrame ${expected}`, `ShowroomSearch ${expected}`]);
    // And asked for before the app's entry script had even arrived.
    expect(appLoadedAt).toBeGreaterThan(0);
    expect(asked.filter(({ at }) => at >= appLoadedAt)).toEqual([]);
    expect(await page.locator('[data-testid="product-card"]').filter({ hasText: 'Impact Driver 18 V' }).count()).toBe(1);
  } finally {
    await browser.close();
  }
});

test('the check can fail: the portals have chunks of their own, which it recognises', () => {
  const portal = [...portalOnlyScripts()].map((file) => sourceOf(file));
  expect(portal).toEqual(expect.arrayContaining([
    'src/channel/ChannelPortal.tsx', 'src/partner/PartnerPortal.tsx', 'src/analytics/AnalyticsPortal.tsx', 'src/ui/AppLayout.tsx', 'src/account/AccountPage.tsx',
    // The signed-in pages' texts: chunks of their own, in every language (e2e/i18n-split.e2e.test.ts).
    'src/i18n/en-portal.ts', 'src/i18n/pl-portal.ts',
  ]));
});
