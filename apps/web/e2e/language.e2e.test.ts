import type { Page } from 'playwright-core';
import { eventually, openBrowser, url, type Browser } from './browser';

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
