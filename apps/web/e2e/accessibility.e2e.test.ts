import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { openBrowser, url, useSession, type Browser } from './browser';
import { givenAdmin, givenChannelManager, givenPartner } from './fixtures';

let browser: Browser;

beforeAll(async () => {
  browser = await openBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** Serious and critical violations, as "rule: target" lines that say where to look when this fails. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

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
