import { openBrowser, seriousViolations, url, useSession, type Browser } from './browser';
import { givenAdmin, givenChannelManager, givenPartner } from './fixtures';

let browser: Browser;

beforeAll(async () => {
  browser = await openBrowser();
});

afterAll(async () => {
  await browser?.close();
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
