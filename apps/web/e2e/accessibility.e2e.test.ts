import { eventually, openBrowser, seriousViolations, url, useSession, type Browser } from './browser';
import { givenAdmin, givenCategory, givenChannelManager, givenPartner, givenProduct, uniqueSuffix } from './fixtures';

let browser: Browser;

beforeAll(async () => {
  browser = await openBrowser();
});

afterAll(async () => {
  await browser?.close();
});

test('the check can fail: it reports each serious or critical finding with where it is, and leaves out what it is told to', async () => {
  const { page } = browser;
  await page.setContent(`<!doctype html><html lang="en"><head><title>Broken</title></head><body><main>
    <h1>Broken on purpose</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" id="no-alt">
    <button id="no-name"></button><p id="faint" style="color:#bbbbbb;background:#ffffff">Faint text</p>
    <div class="foreign"><button id="foreign-no-name"></button></div></main></body></html>`);
  expect((await seriousViolations(page)).sort()).toEqual([
    'button-name: #foreign-no-name', 'button-name: #no-name', 'color-contrast: #faint', 'image-alt: #no-alt',
  ]);
  // Run again in the same page (axe is already there), without the foreign part.
  expect((await seriousViolations(page, '.foreign')).sort()).toEqual(['button-name: #no-name', 'color-contrast: #faint', 'image-alt: #no-alt']);
});

test('the sign-in page has no serious or critical axe violations', async () => {
  const { page } = browser;
  await page.goto(url('/signin'));
  await page.getByRole('button', { name: 'Sign in' }).waitFor();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the partners list has no serious or critical axe violations', async () => {
  const admin = await givenAdmin();
  const manager = await givenChannelManager(admin);
  await givenPartner(manager.session, { kind: 'DISTRIBUTOR' });
  await givenPartner(manager.session);
  const { page, context } = browser;
  await useSession(context, manager.session);
  await page.goto(url('/channel/partners'));
  await page.getByTestId('partner-row').first().waitFor();
  expect(await seriousViolations(page)).toEqual([]);
});

test('on a phone the catalog table says it scrolls sideways, and scrolls by keyboard too', async () => {
  const admin = await givenAdmin();
  const manager = await givenChannelManager(admin);
  const category = await givenCategory(manager.session);
  await givenProduct(manager.session, category, { name: `Wide table drill ${uniqueSuffix(4)}` });
  const phone = await openBrowser({ width: 360, height: 740 });
  try {
    await useSession(phone.context, manager.session);
    await phone.page.goto(url('/channel/catalog'));
    await phone.page.getByTestId('catalog-product').first().waitFor();
    expect(await phone.page.getByTestId('scroll-hint').isVisible()).toBe(true);
    const region = phone.page.getByRole('region', { name: 'Products' });
    expect(await region.evaluate((el) => [el.tabIndex, el.scrollWidth > el.clientWidth])).toEqual([0, true]);
    expect(await seriousViolations(phone.page)).toEqual([]);
  } finally {
    await phone.close();
  }
  // Wide enough for every column: no hint.
  const { page, context } = browser;
  await useSession(context, manager.session);
  await page.goto(url('/channel/catalog'));
  await page.getByTestId('catalog-product').first().waitFor();
  expect(await page.getByTestId('scroll-hint').isVisible()).toBe(false);
});

test('the open account menu says who is signed in and has no serious or critical axe violations', async () => {
  const manager = await givenChannelManager(await givenAdmin());
  const { page, context } = browser;
  await useSession(context, manager.session);
  await page.goto(url('/channel'));
  await page.getByRole('button', { name: manager.displayName }).click();
  const menu = page.getByRole('menu');
  await menu.waitFor();
  // Who is signed in stays on screen, and is the menu's description for a screen reader.
  expect(await menu.getByText(manager.email, { exact: true }).isVisible()).toBe(true);
  expect(await menu.getByText('Channel manager', { exact: true }).isVisible()).toBe(true);
  const description = await menu.evaluate((el) =>
    (el.getAttribute('aria-describedby') ?? '').split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' '));
  expect(description.replace(/\s+/g, ' ').trim()).toBe(`${manager.email} Channel manager`);
  expect(await menu.getByRole('menuitem').allInnerTexts()).toEqual(['Account', 'Sign out']);
  // Every child of the menu is one a menu may have (axe: aria-required-children).
  expect(await seriousViolations(page)).toEqual([]);

  // By keyboard: opening puts the focus on the first item, the arrows move between the items.
  const focused = () => page.evaluate(() => document.activeElement?.textContent);
  await page.keyboard.press('Escape');
  await menu.waitFor({ state: 'hidden' });
  await page.getByRole('button', { name: manager.displayName }).focus();
  await page.keyboard.press('Enter');
  await menu.waitFor();
  await eventually(async () => expect(await focused()).toBe('Account'));
  await page.keyboard.press('ArrowDown');
  await eventually(async () => expect(await focused()).toBe('Sign out'));
});
