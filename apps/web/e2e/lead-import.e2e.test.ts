import { openBrowser, seriousViolations, url, useSession, type Browser } from './browser';
import { givenAdmin, givenChannelManager, uniqueSuffix, type SignedInUser } from './fixtures';

/*
 * A channel manager imports leads from a CSV file: a file with a bad row is refused whole (the row's line,
 * column and reason shown), the fixed file is written by the background job, and its leads wait on the board.
 */
let cm: SignedInUser;
const browsers: Browser[] = [];

beforeAll(async () => {
  cm = await givenChannelManager(await givenAdmin());
});

afterAll(async () => {
  for (const browser of browsers) await browser.close();
});

const HEADER = 'name,email,company,country,consentText';
const CONSENT = 'Agreed by phone on 30 Nov 2026';

test('a bad file is refused with its line; the fixed file is imported and its leads wait on the board', async () => {
  const desk = await openBrowser();
  browsers.push(desk);
  const { page } = desk;
  await useSession(desk.context, cm.session);
  await page.goto(url('/channel/leads'));
  await page.getByRole('link', { name: 'Import from CSV' }).click();
  await page.waitForURL(url('/channel/leads/import'));

  const suffix = uniqueSuffix(4);
  const [first, second] = [`Halina Import ${suffix}`, `Marek Import ${suffix}`];
  const file = page.locator('input[type=file]');
  await file.setInputFiles({
    name: 'leads-bad.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from([HEADER, `${first},halina.${suffix}@import.e2e.test,Halina Sp. j.,PL,${CONSENT}`, `${second},marek-at-import,,PL,${CONSENT}`].join('\r\n')),
  });
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByTestId('lead-import-failed').waitFor();
  expect(await page.getByTestId('lead-import-failed').innerText()).toContain('No lead was written: 1 problem.');
  const rows = page.getByTestId('csv-error');
  expect(await Promise.all((await rows.all()).map((row) => row.getByRole('cell').allInnerTexts()))).toEqual([['3', 'email', 'must be an email address']]);

  await file.setInputFiles({
    name: 'leads.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from([HEADER, `${first},halina.${suffix}@import.e2e.test,Halina Sp. j.,PL,${CONSENT}`, `${second},marek.${suffix}@import.e2e.test,,PL,${CONSENT}`].join('\r\n')),
  });
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const done = page.getByTestId('lead-import-done');
  await done.waitFor({ timeout: 20_000 });
  expect(await done.innerText()).toContain('2 leads created.');
  const recent = page.getByTestId('lead-imports');
  await recent.getByRole('row').filter({ hasText: 'leads.csv' }).filter({ hasText: 'Done' }).waitFor();
  expect(await recent.getByRole('row').filter({ hasText: 'leads-bad.csv' }).innerText()).toContain('1 problem');

  await done.getByRole('link', { name: 'Back to the lead board' }).click();
  await page.waitForURL(url('/channel/leads'));
  for (const name of [first, second]) await page.getByTestId('lead').filter({ hasText: name }).waitFor();
});

test('the import page fits a phone and has no serious accessibility problems', async () => {
  const phone = await openBrowser({ width: 375, height: 812 });
  browsers.push(phone);
  await useSession(phone.context, cm.session);
  await phone.page.goto(url('/channel/leads/import'));
  await phone.page.getByTestId('lead-imports').waitFor();
  // A failed import's problems are shown on the phone too.
  await phone.page.locator('input[type=file]').setInputFiles({ name: 'phone.csv', mimeType: 'text/csv', buffer: Buffer.from('name,email,consentText\nA,b,c\n') });
  await phone.page.getByRole('button', { name: 'Import', exact: true }).click();
  await phone.page.getByTestId('lead-import-failed').waitFor();
  expect(await phone.page.getByTestId('csv-error').count()).toBe(3);
  expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  expect(await seriousViolations(phone.page)).toEqual([]);
});
