import { readFile } from 'node:fs/promises';
import type { Page, Route } from 'playwright-core';
import { eventually, openBrowser, seriousViolations, url, useSession, type Browser } from './browser';
import {
  givenAdmin, givenCategory, givenChannelManager, givenPartnerManager, givenProduct, uniqueSuffix,
  type ApiSession, type GivenProduct, type SignedInUser, type GivenPartner,
} from './fixtures';

/*
 * A partner's stock count from end to end: its manager uploads a CSV count with two bad rows and sees exactly
 * those rows' problems (nothing is recorded); uploads the fixed file over a slow line and watches its progress,
 * then the counts; uploads it again (nothing changes); corrects one product by a count typed with the
 * keyboard. A channel manager, on a phone, finds the same levels for that partner.
 */
let cm: SignedInUser;
let manager: SignedInUser & { partner: GivenPartner };
let products: GivenProduct[];
const browsers: Browser[] = [];

beforeAll(async () => {
  cm = await givenChannelManager(await givenAdmin());
  const category = await givenCategory(cm.session, 'Stock counts');
  const suffix = uniqueSuffix(4);
  products = [
    await givenProduct(cm.session, category, { name: `Hammer Drill ${suffix}` }),
    await givenProduct(cm.session, category, { name: `Jigsaw ${suffix}` }),
    await givenProduct(cm.session, category, { name: `Circular Saw ${suffix}` }),
  ];
  manager = await givenPartnerManager(cm.session, `Magazyn Narzędzi ${suffix}`);
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

/** The partner's levels as the API has them: SKU and units, by SKU. */
async function levelsThroughApi(session: ApiSession): Promise<[string, number][]> {
  const { inventory } = await session.request<{ inventory: { totalCount: number; edges: { node: { onHand: number; product: { sku: string } } }[] } }>(
    `query L($partnerId: ID) { inventory(partnerId: $partnerId, first: 100) { totalCount edges { node { onHand product { sku } } } } }`,
    { partnerId: manager.partner.id },
  );
  expect(inventory.totalCount).toBe(inventory.edges.length);
  return inventory.edges.map((e): [string, number] => [e.node.product.sku, e.node.onHand]).sort(([a], [b]) => a.localeCompare(b));
}

/** The levels the page lists: SKU and units, by SKU. */
async function levelsOnPage(page: Page): Promise<[string, string][]> {
  // Read in one go: the list may change between two reads while a filter applies.
  const levels = await page.getByTestId('inventory-row').evaluateAll((rows) => rows.map((row): [string, string] => [
    (row.querySelector('[data-testid="inventory-sku"]') as HTMLElement).innerText, (row.querySelector('[data-testid="inventory-on-hand"]') as HTMLElement).innerText,
  ]));
  return levels.sort(([a], [b]) => a.localeCompare(b));
}

const bySku = (levels: [string, number | string][]) => [...levels].sort(([a], [b]) => a.localeCompare(b));
const csvOf = (rows: string[]) => Buffer.from(['sku,on_hand', ...rows].join('\r\n'));

/** Today in the browser's calendar (the same machine's): the day the forms start with. */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** Notes, in the page, every value the upload's progress bar shows and whether the "recording" state appeared. */
async function recordUploadStages(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen = { percents: [] as number[], recording: false };
    (window as unknown as { uploadStages: typeof seen }).uploadStages = seen;
    const look = () => {
      const bar = document.querySelector('[data-testid="inventory-upload-progress"] [role="progressbar"]');
      const value = bar?.getAttribute('aria-valuenow');
      if (value != null && seen.percents.at(-1) !== Number(value)) seen.percents.push(Number(value));
      if (document.querySelector('[data-testid="inventory-upload-recording"]')) seen.recording = true;
    };
    new MutationObserver(look).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-valuenow'] });
  });
}

const uploadStages = (page: Page) => page.evaluate(() => (window as unknown as { uploadStages: { percents: number[]; recording: boolean } }).uploadStages);

test('a partner manager uploads a count, fixes its bad rows, uploads it again, and corrects a product; a channel manager sees the levels', async () => {
  const [drill, jigsaw, saw] = products as [GivenProduct, GivenProduct, GivenProduct];
  const page = await browserAs(manager.session);
  await page.goto(url('/partner'));
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Inventory' }).click();
  await page.waitForURL(url('/partner/inventory'));
  await page.getByTestId('empty-state').filter({ hasText: 'Nothing counted yet' }).waitFor();
  expect(await page.getByTestId('inventory-upload-day').inputValue()).toBe(today());
  expect(await page.getByTestId('inventory-count-day').inputValue()).toBe(today());

  // The template: the header the upload expects.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download template' }).click()]);
  expect(download.suggestedFilename()).toBe('inventory-count.csv');
  expect(await readFile((await download.path())!, 'utf8')).toBe('sku,on_hand\n');

  // A file with an unknown SKU and a negative count: exactly those rows, with their lines; nothing recorded.
  const file = page.locator('input[type=file]');
  const unknownSku = `NOPE-${uniqueSuffix(6)}`;
  await file.setInputFiles({ name: 'count-bad.csv', mimeType: 'text/csv', buffer: csvOf([`${drill.sku},12`, `${unknownSku},3`, `${jigsaw.sku},-2`, `${saw.sku},7`]) });
  await page.getByTestId('inventory-upload-start').click();
  const refused = page.getByTestId('inventory-upload-refused');
  await refused.waitFor();
  expect(await refused.getByRole('alert').innerText()).toContain('The file has 2 problems. Fix them and upload the file again.');
  const errorRows = await page.getByTestId('csv-error').all();
  expect(await Promise.all(errorRows.map((row) => row.getByRole('cell').allInnerTexts()))).toEqual([
    ['3', 'sku', `names no product of the catalog: ${unknownSku}`],
    ['4', 'on_hand', 'must be a whole number from 0 to 1000000000'],
  ]);
  expect(await levelsThroughApi(manager.session)).toEqual([]);
  expect(await page.getByTestId('inventory-row').count()).toBe(0);

  // Over a slow line (CDP throttles what the browser sends; Chromium hands the first 16 KB to the socket at
  // once and throttles the rest), a file of 2,000 rows shows the bar moving with the bytes sent: from empty to
  // a value between, then the API's verdict. Every row names an unknown SKU: the first 1,000 are listed.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const throttle = (bytesPerSecond: number) => cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: bytesPerSecond });
  await recordUploadStages(page);
  const large = csvOf(Array.from({ length: 2000 }, (_, i) => `NOPE-${String(i).padStart(6, '0')},${i}`));
  expect(large.length).toBeGreaterThan(2 * 16_384);
  await file.setInputFiles({ name: 'count-large.csv', mimeType: 'text/csv', buffer: large });
  await throttle(10_000);
  await page.getByTestId('inventory-upload-start').click();
  await eventually(async () => expect(await refused.getByRole('alert').innerText()).toContain('The file has 1000 problems.'), 30_000);
  const travelled = await uploadStages(page);
  expect(travelled.percents[0]).toBe(0);
  expect(travelled.percents.some((p) => p > 0 && p < 100)).toBe(true);
  expect(travelled.percents).toEqual([...travelled.percents].sort((a, b) => a - b));
  expect(travelled.recording).toBe(true);
  expect(await page.getByTestId('csv-error').count()).toBe(1000);
  expect(await levelsThroughApi(manager.session)).toEqual([]);

  // The fixed file, still over the slow line: the progress bar, then "recording 3 rows" while the API works
  // (its answer waits behind the throttled request), then the counts.
  const good = csvOf([`${drill.sku},12`, `${jigsaw.sku},0`, `${saw.sku},7`]);
  await file.setInputFiles({ name: 'count.csv', mimeType: 'text/csv', buffer: good });
  await recordUploadStages(page);
  await throttle(250);
  await page.getByTestId('inventory-upload-start').click();
  await page.getByTestId('inventory-upload-recording').filter({ hasText: 'Checking and recording 3 rows…' }).waitFor();
  const done = page.getByTestId('inventory-upload-done');
  await done.waitFor({ timeout: 30_000 });
  await throttle(-1);
  expect(await done.innerText()).toContain('3 changed, 0 unchanged.');
  const stages = await uploadStages(page);
  expect(stages.percents[0]).toBe(0);
  expect(stages.recording).toBe(true);
  expect(await page.getByTestId('inventory-upload-progress').count()).toBe(0);

  // The list reads itself again: exactly the counted products and units.
  const counted = bySku([[drill.sku, 12], [jigsaw.sku, 0], [saw.sku, 7]]);
  await eventually(async () => expect(await levelsOnPage(page)).toEqual(counted.map(([sku, n]) => [sku, String(n)])));
  expect(await page.getByTestId('inventory-count').innerText()).toBe('3 levels');
  expect(await levelsThroughApi(manager.session)).toEqual(counted);

  // The same file again changes nothing.
  await file.setInputFiles({ name: 'count.csv', mimeType: 'text/csv', buffer: good });
  await page.getByTestId('inventory-upload-start').click();
  await eventually(async () => expect(await done.innerText()).toContain('0 changed, 3 unchanged.'));

  // A count typed by keyboard corrects the jigsaw: find it, Enter, its units, Enter, record.
  const search = page.getByTestId('inventory-count-product');
  // Typed slower than the search's debounce, over a slow line: each pause sends a search whose answer lands after
  // the next keystroke (as on a loaded machine), and Enter must still take the match once it shows.
  const slowSearch = async (route: Route) => {
    if (route.request().postDataJSON()?.operationName === 'InventoryProductSearch') await new Promise((resolve) => setTimeout(resolve, 450));
    await route.fallback();
  };
  await page.route('**/graphql', slowSearch);
  await search.focus();
  await page.keyboard.type(jigsaw.name, { delay: 300 });
  // The search's own list (the product filter has one too): that one product.
  const options = page.locator(`[id="${await search.getAttribute('aria-controls')}"] [role="option"]`);
  await eventually(async () => expect(await options.allInnerTexts()).toEqual([`${jigsaw.name} (${jigsaw.sku})`]));
  await page.unroute('**/graphql', slowSearch);
  await page.keyboard.press('Enter');
  await eventually(async () => expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('inventory-count-units'));
  await page.keyboard.type('4');
  await page.keyboard.press('Enter');
  await eventually(async () => expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('inventory-count-product'));
  expect(await search.inputValue()).toBe('');
  expect(await page.getByTestId('inventory-count-line').allInnerTexts()).toEqual([expect.stringContaining(jigsaw.name)]);
  // Focus is back in the product search, whose list may open over the form: closed first, as a keyboard user would.
  await page.keyboard.press('Escape');
  await page.getByTestId('inventory-count-submit').click();
  const recorded = page.getByTestId('inventory-count-done');
  await recorded.waitFor();
  expect(await recorded.innerText()).toContain('1 changed, 0 unchanged.');
  expect(await page.getByTestId('inventory-count-line').count()).toBe(0);
  const corrected = bySku([[drill.sku, 12], [jigsaw.sku, 4], [saw.sku, 7]]);
  await eventually(async () => expect(await levelsOnPage(page)).toEqual(corrected.map(([sku, n]) => [sku, String(n)])));
  expect(await levelsThroughApi(manager.session)).toEqual(corrected);
  expect(await seriousViolations(page)).toEqual([]);

  // A channel manager, on a phone: the channel's inventory narrowed to this partner, then to one product.
  const phone = await browserAs(cm.session, { width: 360, height: 780 });
  await phone.goto(url('/channel/inventory'));
  const partnerFilter = phone.getByTestId('inventory-partner-filter');
  await partnerFilter.click();
  await partnerFilter.fill(manager.partner.name);
  await phone.getByRole('option', { name: manager.partner.name }).click();
  await phone.waitForURL((u) => u.searchParams.get('partner') === manager.partner.id);
  // Both in one wait: the unfiltered list may show the same levels a moment before the filtered one replaces it.
  await eventually(async () => {
    expect(await levelsOnPage(phone)).toEqual(corrected.map(([sku, n]) => [sku, String(n)]));
    expect(await phone.getByTestId('inventory-partner').allInnerTexts()).toEqual([0, 1, 2].map(() => expect.stringContaining(manager.partner.name)));
  });
  const productFilter = phone.getByTestId('inventory-product-filter');
  await productFilter.click();
  await productFilter.fill(drill.name);
  await phone.getByRole('option', { name: `${drill.name} (${drill.sku})` }).click();
  await phone.waitForURL((u) => u.searchParams.get('product') === drill.id);
  await eventually(async () => {
    expect(await levelsOnPage(phone)).toEqual([[drill.sku, '12']]);
    expect(await phone.getByTestId('inventory-total').allInnerTexts()).toEqual(['Total: 12 units']);
  });
  expect(await seriousViolations(phone)).toEqual([]);
}, 180_000);
