import type { Page } from 'playwright-core';
import { en } from '../src/i18n/en';
import { enPortal } from '../src/i18n/en-portal';
import { eventually, openBrowser, url, useSession, type Browser } from './browser';
import { CITIES, givenAdmin, givenCategory, givenChannelManager, givenProduct, givenShowroomPartner, uniqueSuffix } from './fixtures';

let browser: Browser;

beforeAll(async () => {
  browser = await openBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function signInTexts(page: Page) {
  return {
    lang: await page.evaluate(() => document.documentElement.lang),
    heading: await page.getByRole('heading', { level: 1 }).innerText(),
    labels: await page.locator('form label').allInnerTexts(),
    button: await page.locator('form button[type=submit]').innerText(),
  };
}

test('switching to Polish translates the sign-in page and survives a reload', async () => {
  const { page } = browser;
  await page.goto(url('/signin'));
  await page.getByRole('heading', { level: 1 }).waitFor();
  expect(await signInTexts(page)).toEqual({
    lang: 'en',
    heading: 'Sign in to Trellis',
    labels: ['Email *', 'Password *'],
    button: 'Sign in',
  });

  await page.getByRole('combobox', { name: 'Language' }).selectOption('pl');
  const polish = { lang: 'pl', heading: 'Zaloguj się do Trellis', labels: ['Adres e-mail *', 'Hasło *'], button: 'Zaloguj się' };
  await eventually(async () => expect(await signInTexts(page)).toEqual(polish));

  await page.reload();
  await page.getByRole('heading', { level: 1 }).waitFor();
  expect(await signInTexts(page)).toEqual(polish);
  expect(await page.getByRole('combobox', { name: 'Język' }).inputValue()).toBe('pl');
});

test('in Polish, the server\'s refusals are told in Polish: a wrong password', async () => {
  const { page } = browser;
  await page.goto(url('/signin'));
  // (Polish may be kept from the test before.)
  await page.getByRole('combobox', { name: /^(Language|Język)$/ }).selectOption('pl');
  await page.getByLabel('Adres e-mail').fill('nobody@trellis.example');
  await page.getByLabel('Hasło').fill('not-the-password-1');
  await page.getByRole('button', { name: 'Zaloguj się' }).click();
  await eventually(async () => expect(await page.getByRole('alert').innerText())
    .toContain('Nie udało się potwierdzić, kim jesteś: sprawdź adres e-mail i hasło albo zaloguj się ponownie.'));
  expect(await page.getByRole('alert').innerText()).not.toContain('Email or password');
});

/**
 * The signed-in pages' texts are a chunk of their own per language (src/i18n/*-portal.ts). Records, from the
 * page's first script on, whether the page ever showed a bare key of theirs ("nav.partners").
 */
async function watchForKeys(page: Page): Promise<void> {
  const sections = [...Object.keys(enPortal), ...Object.keys(en)];
  await page.addInitScript((names: string[]) => {
    const key = new RegExp(`(^|[^\\w.@])(${names.join('|')})\\.[A-Za-z_]+`);
    const marks = window as unknown as { __keysShown?: string[] };
    marks.__keysShown = [];
    const check = () => {
      const text = document.body?.textContent ?? '';
      const found = key.exec(text);
      if (found) marks.__keysShown!.push(found[0]);
    };
    new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true });
  }, sections);
}

const keysShown = (page: Page) => page.evaluate(() => (window as unknown as { __keysShown: string[] }).__keysShown);

test('in a portal, a switch to Polish brings the portal\'s Polish texts with it, never keys', async () => {
  const manager = await givenChannelManager(await givenAdmin());
  const fresh = await openBrowser();
  try {
    const { page, context } = fresh;
    await watchForKeys(page);
    await useSession(context, manager.session);
    await page.goto(url('/channel'));
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    await nav.getByText('Partners', { exact: true }).waitFor();
    await page.getByRole('combobox', { name: 'Language' }).selectOption('pl');
    await eventually(async () => expect(await page.evaluate(() => document.documentElement.lang)).toBe('pl'));
    // The change completed with the portal's Polish texts in place: no English left over from the fallback.
    await eventually(async () => expect(await page.getByRole('navigation', { name: 'Nawigacja główna' }).getByText('Partnerzy', { exact: true }).isVisible()).toBe(true));
    expect(await page.getByRole('combobox', { name: 'Język' }).inputValue()).toBe('pl');
    expect(await keysShown(page)).toEqual([]);
  } finally {
    await fresh.close();
  }
});

test('a visitor who read the showroom in Polish, then English, gets the sign-in page in Polish on switching back', async () => {
  const channelManager = await givenChannelManager(await givenAdmin());
  const category = await givenCategory(channelManager.session, 'Drills');
  const drill = await givenProduct(channelManager.session, category, { name: `Drill ${uniqueSuffix(4)}` });
  const showroom = await givenShowroomPartner(channelManager.session, { place: CITIES.poznan, offers: [{ product: drill, price: '99.00', stock: 1, deliveryDays: 1 }] });
  const fresh = await openBrowser();
  try {
    const { page } = fresh;
    const portalChunks: string[] = [];
    page.on('request', (request) => {
      if (/\/assets\/(en|pl)-portal-[\w-]+\.js$/.test(request.url())) portalChunks.push(new URL(request.url()).pathname.replace(/^\/assets\/|-[\w-]+\.js$/g, ''));
    });
    await watchForKeys(page);
    // Polish chosen before (the page is loaded once; the rest are the SPA's own moves).
    await page.addInitScript(() => localStorage.setItem('trellis.language', 'pl'));
    await page.goto(url(`/s/${showroom.slug}`));
    await page.getByTestId('product-card').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('pl');
    await page.getByRole('combobox', { name: 'Język' }).selectOption('en');
    await page.getByRole('link', { name: 'Sign in' }).waitFor();
    // Neither language's portal texts so far: an anonymous visitor does not download them.
    expect(portalChunks).toEqual([]);

    // Polish was read before (its public part), and is on hand again with the sign-in page's texts.
    await page.getByRole('link', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in to Trellis' }).waitFor();
    expect(portalChunks.sort()).toEqual(['en', 'pl']);
    await page.getByRole('combobox', { name: 'Language' }).selectOption('pl');
    await eventually(async () => expect(await signInTexts(page)).toEqual({
      lang: 'pl', heading: 'Zaloguj się do Trellis', labels: ['Adres e-mail *', 'Hasło *'], button: 'Zaloguj się',
    }));
    expect(await keysShown(page)).toEqual([]);
  } finally {
    await fresh.close();
  }
});
