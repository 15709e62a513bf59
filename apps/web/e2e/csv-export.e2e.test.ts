import { readFile } from 'node:fs/promises';
import type { Page, Request } from 'playwright-core';
import { eventually, openBrowser, url, useSession, type Browser } from './browser';
import {
  CITIES, givenAdmin, givenCategory, givenChannelManager, givenPartner, givenProduct, givenShowroomPartner, uniqueSuffix,
  type ApiSession, type GivenShowroomPartner,
} from './fixtures';

/*
 * A channel manager filters the partners list and the orders list and exports each as CSV: the file holds
 * every row that matches the filters, not only the page on screen. Each list has more matching rows than one
 * page of the export (100, the API's largest), so the export has to page; rows the filters leave out are
 * created too, so that a filter the export forgot would show as extra rows.
 */
const PAGE = 100;
const MATCHING = PAGE + 3;

let cm: ApiSession;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  cm = (await givenChannelManager(await givenAdmin())).session;
  browser = await openBrowser();
  await useSession(browser.context, cm);
  page = browser.page;
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

/** Runs the builders a few at a time: one after another, a hundred of them take long; all at once load the API for nothing. */
async function inBatches<T>(count: number, build: (index: number) => Promise<T>, batch = 6): Promise<T[]> {
  const built: T[] = [];
  for (let start = 0; start < count; start += batch) {
    built.push(...(await Promise.all(Array.from({ length: Math.min(batch, count - start) }, (_, i) => build(start + i)))));
  }
  return built;
}

/** RFC 4180 as ui/csv.ts writes it: quoted cells with doubled quotes, CRLF line ends, a BOM before all. */
function parseCsv(text: string): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.slice(1);
  for (let i = 0; i < body.length; i += 1) {
    const char = body[i]!;
    if (quoted) {
      if (char === '"' && body[i + 1] === '"') (cell += '"'), (i += 1);
      else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') row.push(cell), (cell = '');
    else if (char === '\r' && body[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += char;
  }
  expect(cell).toBe('');
  return rows;
}

/** Clicks the list's export and reads the file the browser saves, with the pages (first, after) the export asked for. */
async function exportCsv(operationName: string): Promise<{ fileName: string; header: string[]; rows: Record<string, string>[]; pages: { first: number; after: string | null }[] }> {
  const pages: { first: number; after: string | null }[] = [];
  const record = (request: Request) => {
    const body = request.url().endsWith('/graphql') && request.method() === 'POST' ? (request.postDataJSON() as { operationName?: string; variables?: { first: number; after?: string | null } }) : null;
    if (body?.operationName === operationName && body.variables?.first === PAGE) pages.push({ first: body.variables.first, after: body.variables.after ?? null });
  };
  page.on('request', record);
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('export-all-button').click()]);
  page.off('request', record);
  const [header, ...lines] = parseCsv(await readFile((await download.path())!, 'utf8'));
  return {
    fileName: download.suggestedFilename(),
    header: header!,
    rows: lines.map((cells) => Object.fromEntries(header!.map((name, i) => [name, cells[i] ?? '']))),
    pages,
  };
}

/** Every id a list query gives for these variables, paged as any API client would. */
async function idsFromApi(field: 'partners' | 'orders', filterType: string, filter: Record<string, unknown>): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (;;) {
    const answer: Record<string, { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } }> = await cm.request(
      `query List($filter: ${filterType}, $after: String) { ${field}(first: ${PAGE}, after: $after, filter: $filter) {
        edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
      { filter, after },
    );
    const connection = answer[field]!;
    ids.push(...connection.edges.map((e) => e.node.id));
    if (!connection.pageInfo.hasNextPage) return ids;
    after = connection.pageInfo.endCursor;
  }
}

const today = () => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};

test('the partners list exports every partner of its filters, past the first page', async () => {
  const token = `Xp${uniqueSuffix(6)}`;
  const resellers = await inBatches(MATCHING, (i) => givenPartner(cm, { name: `Export ${token} Reseller ${i}`, ...(i === 0 ? { taxId: 'PL 584-10-20-301' } : {}) }));
  // Same search, another kind: the kind filter leaves them out.
  const distributors = await inBatches(2, (i) => givenPartner(cm, { name: `Export ${token} Distributor ${i}`, kind: 'DISTRIBUTOR' }));

  await page.goto(url(`/channel/partners?q=${token}`));
  await eventually(async () => expect(await page.getByTestId('partner-count').innerText()).toBe(`${MATCHING + 2} partners`));
  await page.getByRole('combobox', { name: 'Kind', exact: true }).click();
  await page.getByRole('option', { name: 'Reseller', exact: true }).click();
  await eventually(async () => expect(await page.getByTestId('partner-count').innerText()).toBe(`${MATCHING} partners`));
  expect(new URL(page.url()).searchParams.get('kind')).toBe('RESELLER');

  const file = await exportCsv('PartnerList');
  // Two pages of the API's largest size: the first, then the rest after its last row.
  expect(file.pages).toEqual([{ first: PAGE, after: null }, { first: PAGE, after: expect.any(String) }]);
  expect(file.fileName).toBe(`partners-${today()}.csv`);
  expect(file.header).toEqual(['ID', 'Code', 'Name', 'Kind', 'Status', 'Tier', 'City', 'Country', 'Parent distributor', 'Tax ID (VAT)']);
  const exported = file.rows.map((row) => row.ID).sort();
  expect(exported).toEqual(resellers.map((p) => p.id).sort());
  expect(exported).toEqual((await idsFromApi('partners', 'PartnerFilter', { search: token, kinds: ['RESELLER'] })).sort());
  expect(exported).not.toEqual(expect.arrayContaining([distributors[0]!.id]));
  const first = resellers[0]!;
  expect(file.rows.find((row) => row.ID === first.id)).toEqual({
    ID: first.id, Code: first.code, Name: first.name, Kind: 'RESELLER', Status: 'PROSPECT', Tier: '', City: 'Gdańsk', Country: 'PL', 'Parent distributor': '',
    'Tax ID (VAT)': 'PL5841020301',
  });
  await expect(page.getByTestId('export-all-error').count()).resolves.toBe(0);
}, 240_000);

test('the orders list exports every order of its filters, amounts as numbers beside their currency', async () => {
  const product = await givenProduct(cm, await givenCategory(cm), { name: `Export drill ${uniqueSuffix(4)}` });
  const shop: GivenShowroomPartner = await givenShowroomPartner(cm, {
    place: CITIES.poznan,
    offers: [{ product, price: '49.90', stock: 100_000, deliveryDays: 1 }],
  });
  const token = `buyer${uniqueSuffix(6).toLowerCase()}`;
  const order = (customerName: string, quantity: number) =>
    shop.manager.session.request<{ createOrder: { order: { id: string; number: string } } }>(
      `mutation Create($input: CreateOrderInput!) { createOrder(input: $input) { order { id number } } }`,
      {
        input: {
          kind: 'SELL_OUT', partnerId: shop.partner.id, lines: [{ productId: product.id, quantity }], idempotencyKey: `csv-${uniqueSuffix(10)}`, submit: true,
          customer: { name: customerName, email: `${uniqueSuffix(6).toLowerCase()}@customer.example`, phone: '+48 600 100 200' },
        },
      },
    ).then((answer) => answer.createOrder.order);
  const matching = await inBatches(MATCHING, (i) => order(`Anna ${token} ${i}`, (i % 3) + 1));
  // The same partner's orders of another customer: the search leaves them out.
  const others = await inBatches(2, () => order('Jan Kowalski', 1));

  await page.goto(url(`/channel/orders?partner=${shop.partner.id}`));
  await eventually(async () => expect(await page.getByTestId('order-count').innerText()).toBe(`${MATCHING + 2} orders`));
  await page.getByRole('searchbox', { name: 'Search', exact: true }).fill(token);
  await eventually(async () => expect(await page.getByTestId('order-count').innerText()).toBe(`${MATCHING} orders`));
  expect(new URL(page.url()).searchParams.get('q')).toBe(token);

  const file = await exportCsv('OrderList');
  expect(file.pages).toEqual([{ first: PAGE, after: null }, { first: PAGE, after: expect.any(String) }]);
  expect(file.fileName).toBe(`orders-${today()}.csv`);
  expect(file.header).toEqual(['ID', 'Number', 'Created at', 'Partner ID', 'Partner', 'Kind', 'Customer', 'Company', 'Status', 'Total (gross)', 'Currency']);
  const exported = file.rows.map((row) => row.ID).sort();
  expect(exported).toEqual(matching.map((o) => o.id).sort());
  expect(exported).toEqual((await idsFromApi('orders', 'OrderFilter', { partnerId: shop.partner.id, search: token })).sort());
  expect(exported).not.toEqual(expect.arrayContaining([others[0]!.id]));
  // The third order has three drills at 49.90 (VAT 0): 149.7, written as a number, the currency on its own.
  const third = file.rows.find((row) => row.ID === matching[2]!.id)!;
  expect(third).toMatchObject({
    Number: matching[2]!.number, 'Partner ID': shop.partner.id, Kind: 'SELL_OUT', Customer: `Anna ${token} 2`, Status: 'SUBMITTED',
    'Total (gross)': '149.7', Currency: 'PLN',
  });
  expect(third['Created at']).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
}, 240_000);

test('on a phone the export stays beside the list’s count and the page does not scroll sideways', async () => {
  const phone = await openBrowser({ width: 360, height: 780 });
  try {
    await useSession(phone.context, cm);
    for (const [path, count] of [['/channel/partners', 'partner-count'], ['/channel/orders', 'order-count']] as const) {
      await phone.page.goto(url(path));
      await phone.page.getByTestId(count).filter({ hasText: /\d/ }).waitFor();
      const button = phone.page.getByTestId('export-all-button');
      await button.waitFor();
      const box = (await button.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(360);
      expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    }
  } finally {
    await phone.close();
  }
}, 60_000);
