import { eventually, openBrowser, url, useSession, type Browser } from './browser';
import { givenAdmin, givenChannelManager, givenShowroomPartner, CITIES, type GivenShowroomPartner } from './fixtures';

// A 1x1 PNG.
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a5c70000000049454e44ae426082', 'hex');

let browser: Browser;
let showroom: GivenShowroomPartner;
/** What the page's Content-Security-Policy blocked: the SPA must work without any such refusal. */
const refused: string[] = [];

beforeAll(async () => {
  const channelManager = await givenChannelManager(await givenAdmin());
  showroom = await givenShowroomPartner(channelManager.session, { place: CITIES.poznan, offers: [] });
  browser = await openBrowser();
  await useSession(browser.context, showroom.manager.session);
  browser.page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
  });
});

afterAll(async () => {
  await browser?.close();
});

test('a partner manager uploads a showroom logo, sees it, and removes it again', async () => {
  const { page } = browser;
  await page.goto(url('/partner/showroom'));
  await page.getByRole('heading', { level: 1, name: 'Showroom' }).waitFor();
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByLabel(/^Logo/).click()]);
  await chooser.setFiles({ name: 'logo.png', mimeType: 'image/png', buffer: PNG });
  // The preview is a blob: URL, which the policy allows for images.
  await page.getByRole('img', { name: 'New logo' }).waitFor();
  await page.getByRole('button', { name: 'Save' }).click();

  const current = page.getByRole('img', { name: 'Current logo' });
  await current.waitFor();
  const logoPath = new URL((await current.getAttribute('src'))!, url('/')).pathname;
  expect(logoPath).toBe(`/showroom-logos/${showroom.slug}`);
  expect((await fetch(url(logoPath))).status).toBe(200);

  await page.getByRole('button', { name: 'Remove logo' }).click();
  await page.getByTestId('logo-removal').waitFor();
  expect(await page.getByTestId('logo-removal').innerText()).toBe('The logo is removed when you save.');
  await page.getByRole('button', { name: 'Save' }).click();
  await eventually(async () => expect((await fetch(url(logoPath))).status).toBe(404));
  await eventually(async () => expect(await page.getByRole('button', { name: 'Remove logo' }).count()).toBe(0));
  expect(await page.getByRole('img', { name: 'Current logo' }).count()).toBe(0);
  expect(refused).toEqual([]);
});
