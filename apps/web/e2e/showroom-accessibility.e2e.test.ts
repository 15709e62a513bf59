import { openBrowser, seriousViolations, url, type Browser } from './browser';
import { CITIES, givenAdmin, givenCategory, givenChannelManager, givenProduct, givenShowroomPartner, uniqueSuffix, type GivenShowroomPartner } from './fixtures';

let browser: Browser;
let showroom: GivenShowroomPartner;

beforeAll(async () => {
  const channelManager = await givenChannelManager(await givenAdmin());
  const category = await givenCategory(channelManager.session, 'Angle grinders');
  const suffix = uniqueSuffix(4);
  const grinder = await givenProduct(channelManager.session, category, {
    name: `Angle Grinder 125 mm ${suffix}`,
    description: 'For cutting and grinding metal and stone.',
    attributes: { disc: '125 mm', power: '1100 W' },
  });
  const discs = await givenProduct(channelManager.session, category, { name: `Cutting Disc Pack ${suffix}`, unit: 'SET' });
  // A light accent: the showroom must darken it enough for white text.
  showroom = await givenShowroomPartner(channelManager.session, {
    place: CITIES.krakow,
    accentColor: '#ffd43b',
    offers: [
      { product: grinder, price: '329.00', stock: 4, deliveryDays: 2 },
      { product: discs, price: '39.90', stock: 0, deliveryDays: 6 },
    ],
  });
  // Phones first: the showroom's pages at 360 px.
  browser = await openBrowser({ width: 360, height: 780 });
});

afterAll(async () => {
  await browser?.close();
});

test('the showroom home, search, product and basket pages have no serious or critical axe violations at 360 px', async () => {
  const { page } = browser;
  await page.goto(url('/'));
  await page.getByLabel('City or postal code').fill('Kraków');
  await page.getByRole('button', { name: 'Find partners' }).click();
  await page.getByTestId('nearby-partner').first().waitFor();
  expect(await seriousViolations(page)).toEqual([]);

  await page.goto(url(`/s/${showroom.slug}`));
  await page.getByTestId('product-card').first().waitFor();
  expect(await seriousViolations(page)).toEqual([]);

  const [grinder] = showroom.offers;
  await page.goto(url(`/s/${showroom.slug}/p/${grinder!.product.sku}`));
  await page.getByRole('heading', { level: 1, name: grinder!.product.name }).waitFor();
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Add to basket' }).click();
  await page.goto(url(`/s/${showroom.slug}/basket`));
  await page.getByTestId('basket-line').waitFor();
  expect(await seriousViolations(page)).toEqual([]);
});
