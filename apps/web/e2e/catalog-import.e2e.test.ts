import { eventually, openBrowser, url, useSession, type Browser } from './browser';
import { givenAdmin, givenCategory, givenChannelManager, givenProduct, uniqueSuffix, type GivenCategory, type GivenProduct, type SignedInUser } from './fixtures';

let browser: Browser;
let manager: SignedInUser;
let category: GivenCategory;
let existing: GivenProduct;

beforeAll(async () => {
  manager = await givenChannelManager(await givenAdmin());
  category = await givenCategory(manager.session, 'Laser levels');
  existing = await givenProduct(manager.session, category, { name: 'Cross Line Laser 15 m', listPrice: '139.00' });
  browser = await openBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const HEADER = 'sku,name,description,unit,list_price,currency,category_code,active,attributes,image_url';

async function productsBySku(skus: string[]): Promise<{ sku: string; name: string; listPrice: { amount: string } }[]> {
  const found = [];
  for (const sku of skus) {
    const { products } = await manager.session.request<{ products: { edges: { node: { sku: string; name: string; listPrice: { amount: string } } }[] } }>(
      `query Find($search: String) { products(first: 5, filter: { search: $search, includeInactive: true }) { edges { node { sku name listPrice { amount } } } } }`,
      { search: sku },
    );
    found.push(...products.edges.map((e) => e.node).filter((p) => p.sku === sku));
  }
  return found;
}

test('a channel manager imports a catalog file: a bad row fails it whole, then the fixed file is written', async () => {
  const { page } = browser;
  await useSession(browser.context, manager.session);
  await page.goto(url('/channel/catalog'));
  await page.getByRole('navigation', { name: 'Catalog sections' }).getByRole('link', { name: 'CSV import' }).click();
  await page.waitForURL(url('/channel/catalog/import'));

  const suffix = uniqueSuffix(6);
  const [first, second] = [`IMP-${suffix}-1`, `IMP-${suffix}-2`];
  const file = page.locator('input[type=file]');
  await file.setInputFiles({
    name: 'catalog.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from([HEADER, `${first},Rotary Laser ${suffix},,PCE,899.00,EUR,${category.code},true,range=300 m,`, `${second},Laser Receiver ${suffix},,PCE,12.5.0,EUR,,true,,`].join('\n')),
  });
  await page.getByRole('button', { name: 'Import' }).click();

  await page.getByTestId('import-failed').waitFor();
  expect(await page.getByTestId('import-failed').innerText()).toContain('Nothing was written.');
  const rows = page.getByTestId('csv-error');
  const cells = async () => Promise.all((await rows.all()).map((row) => row.getByRole('cell').allInnerTexts()));
  expect(await cells()).toEqual([['3', 'list_price', 'must be an amount with at most two decimals, like 1249.00']]);
  expect(await productsBySku([first, second])).toEqual([]);

  await file.setInputFiles({
    name: 'catalog-fixed.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      [
        HEADER,
        `${first},Rotary Laser ${suffix},,PCE,899.00,EUR,${category.code},true,range=300 m,`,
        `${second},Laser Receiver ${suffix},,PCE,12.50,EUR,,true,,`,
        `${existing.sku},Cross Line Laser 15 m green,,PCE,149.00,EUR,${category.code},true,colour=green,`,
      ].join('\n'),
    ),
  });
  await page.getByRole('button', { name: 'Import' }).click();
  await page.getByTestId('import-done').waitFor();
  expect(await page.getByTestId('import-done').innerText()).toContain('2 created, 1 updated.');
  await eventually(async () =>
    expect(await productsBySku([first, second, existing.sku])).toEqual([
      { sku: first, name: `Rotary Laser ${suffix}`, listPrice: { amount: '899.00' } },
      { sku: second, name: `Laser Receiver ${suffix}`, listPrice: { amount: '12.50' } },
      { sku: existing.sku, name: 'Cross Line Laser 15 m green', listPrice: { amount: '149.00' } },
    ]),
  );
});
