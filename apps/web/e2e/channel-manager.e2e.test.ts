import { eventually, openBrowser, signInThroughUi, url, type Browser } from './browser';
import { baseUrl, givenAdmin, givenChannelManager, uniqueSuffix, type SignedInUser } from './fixtures';

let browser: Browser;
let manager: SignedInUser;

beforeAll(async () => {
  manager = await givenChannelManager(await givenAdmin());
  browser = await openBrowser();
});

afterAll(async () => {
  await browser?.close();
});

test('a channel manager creates a partner with its first manager, then finds exactly it by its code', async () => {
  const { page } = browser;
  await signInThroughUi(page, manager.email, manager.password);
  expect(new URL(page.url()).pathname).toBe('/channel');

  await eventually(async () => expect(await page.title()).toBe('Needs your attention · Channel manager portal · Trellis'));
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Partners' }).click();
  await page.waitForURL(url('/channel/partners'));
  // Every page has its own title; a page that names itself (the lead import) has the last word.
  await eventually(async () => expect(await page.title()).toBe('Partners · Channel manager portal · Trellis'));
  await page.getByRole('link', { name: 'New partner' }).click();
  await page.waitForURL(url('/channel/partners/new'));

  const code = `NEW-${uniqueSuffix(6)}`;
  const name = `Narzędzia ${code} Sp. z o.o.`;
  await page.getByLabel(/^Code/).fill(code);
  await page.getByRole('combobox', { name: /^Kind/ }).click();
  await page.getByRole('option', { name: 'Reseller' }).click();
  await page.getByLabel(/^Name/).fill(name);
  await page.getByLabel(/^City/).fill('Poznań');
  await page.getByLabel(/^Country/).fill('pl');
  // Written as on an invoice; kept as letters and digits.
  await page.getByLabel(/^Tax ID/).fill('pl 779-23-08-495');
  const firstManager = page.getByRole('group', { name: 'First partner manager' });
  await firstManager.getByLabel('Invite the partner’s first partner manager now').check();
  await firstManager.getByLabel(/^Email/).fill(`first-${code.toLowerCase()}@e2e.test`);
  await firstManager.getByLabel(/^Full name/).fill('Pierwszy Menedżer');
  await page.getByRole('button', { name: 'Create partner' }).click();

  const link = page.getByTestId('invitation-link');
  await link.waitFor();
  expect(await link.inputValue()).toMatch(new RegExp(`^${baseUrl()}/invitation/[A-Za-z0-9_-]+$`));
  expect(await page.getByTestId('created-partner').innerText()).toContain(name);

  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Partners' }).click();
  await page.getByTestId('partner-search').fill(code);
  const rows = page.getByTestId('partner-row');
  await eventually(async () => {
    expect(await page.getByTestId('partner-count').innerText()).toBe('1 partner');
    expect(await rows.count()).toBe(1);
  });
  const cells = await rows.first().getByRole('cell').allInnerTexts();
  expect(cells.slice(0, 4)).toEqual([code, name, 'Reseller', 'PROSPECT']);
  expect(cells[5]).toBe('Poznań, PL');
  await rows.first().getByRole('link', { name }).click();
  const profile = page.getByRole('region', { name: 'Profile' });
  await eventually(async () => expect(await profile.innerText()).toMatch(/Tax ID \(VAT\)\s+PL7792308495\s/));

  await page.goto(url('/channel/leads/import'));
  await page.getByRole('heading', { level: 1 }).waitFor();
  await eventually(async () => expect(await page.title()).toBe('Import leads from CSV'));
});
