import { eventually, openBrowser, url, visibleText, type Browser } from './browser';
import {
  CITIES, givenAdmin, givenCategory, givenChannelManager, givenProduct, givenShowroomPartner, uniqueSuffix, type GivenProduct, type GivenShowroomPartner,
} from './fixtures';

let browser: Browser;
let showroom: GivenShowroomPartner;
let hammer: GivenProduct;

beforeAll(async () => {
  const channelManager = await givenChannelManager(await givenAdmin());
  const category = await givenCategory(channelManager.session, 'Hammer drills');
  const suffix = uniqueSuffix(4);
  hammer = await givenProduct(channelManager.session, category, {
    name: `Bohrhammer Kraftwerk ${suffix}`,
    description: 'SDS-plus hammer drill for concrete.',
    attributes: { power: '900 W' },
  });
  const grinder = await givenProduct(channelManager.session, category, { name: `Winkelschleifer Blitz ${suffix}` });
  showroom = await givenShowroomPartner(channelManager.session, {
    place: CITIES.poznan,
    pricesGross: true,
    vatPercent: 23,
    offers: [
      { product: hammer, price: '499.00', stock: 7, deliveryDays: 2, partnerSku: `OWN-${suffix}` },
      { product: grinder, price: '199.00', stock: 0, deliveryDays: 5 },
    ],
  });
  browser = await openBrowser();
});

afterAll(async () => {
  await browser?.close();
});

test('a visitor finds the partner near its city, searches with a typo, and asks for a quote that reaches exactly that partner', async () => {
  const { page } = browser;
  await page.goto(url('/'));
  await page.getByLabel('City or postal code').fill('Poznan');
  await page.getByRole('button', { name: 'Find partners' }).click();
  const partner = page.getByTestId('nearby-partner').filter({ hasText: showroom.partner.name });
  await partner.waitFor();
  await partner.getByRole('link', { name: `Visit the showroom of ${showroom.partner.name}` }).click();
  await page.waitForURL(url(`/s/${showroom.slug}`));
  await page.getByRole('heading', { level: 1, name: showroom.displayName }).waitFor();

  // "Bohrhamer" for "Bohrhammer": the search forgives the typo.
  await page.getByTestId('showroom-search').fill('Bohrhamer');
  const cards = page.getByTestId('product-card');
  await eventually(async () => {
    expect(await page.getByTestId('result-count').innerText()).toBe('1 product');
    expect(await cards.count()).toBe(1);
  });
  expect(await cards.first().innerText()).toContain(hammer.name);
  // 499.00 net with 23 % VAT, shown gross.
  expect(await visibleText(cards.first().getByTestId('price'))).toBe('PLN 613.77');

  await cards.first().getByRole('link', { name: hammer.name }).click();
  await page.waitForURL(url(`/s/${showroom.slug}/p/${hammer.sku}`));
  await page.getByRole('heading', { level: 1, name: hammer.name }).waitFor();
  expect(await page.getByTestId('availability').innerText()).toContain('7 in stock');
  await page.getByLabel('Quantity (pc)').fill('3');
  await page.getByRole('button', { name: 'Add to basket' }).click();
  await eventually(async () => expect(await page.getByTestId('basket-count').innerText()).toBe('1'));
  // The badge counts products, and the link says so; the quantity field names its unit as people write it.
  expect(await page.getByRole('link', { name: 'Basket 1 product', exact: true }).count()).toBe(1);

  await page.getByRole('link', { name: /^Basket/ }).click();
  await page.waitForURL(url(`/s/${showroom.slug}/basket`));
  const lines = page.getByTestId('basket-line');
  await lines.first().waitFor();
  expect(await lines.count()).toBe(1);
  expect(await lines.first().getByRole('textbox').inputValue()).toBe('3');

  const consentText = `I agree that ${showroom.displayName} and the brand owner may contact me about this request and keep my details for that purpose.`;
  const email = `visitor-${uniqueSuffix().toLowerCase()}@customer.test`;
  await page.getByLabel(/^Your name/).fill('Zofia Kowalska');
  await page.getByLabel(/^Company/).fill('Budowa Kowalska');
  await page.getByLabel(/^Email/).fill(email);
  await page.getByLabel(/^Phone/).fill('+48 600 100 200');
  await page.getByLabel(/^Postal code/).fill('60-101');
  await page.getByLabel(/^Message/).fill('Three pieces, please.');
  await page.getByLabel(consentText).check();
  // The notice that the product is in the basket (up for 4 s; this is about a second after the click) is still
  // there when the request goes...
  const addedNotice = page.getByText(`${hammer.name} is in the basket`);
  expect(await addedNotice.isVisible()).toBe(true);
  await page.getByRole('button', { name: 'Send request' }).click();

  await page.getByTestId('lead-sent').waitFor();
  // ...and must not stay over the thank-you (it would cover it on a phone): gone within its closing transition.
  await eventually(async () => expect(await addedNotice.isVisible()).toBe(false), 1000);
  const reference = await page.getByTestId('lead-reference').innerText();
  expect(reference).toMatch(/^L-\d{4}-\d{6}$/);
  expect(await page.getByTestId('basket-count').innerText()).toBe('0');

  const { leads } = await showroom.manager.session.request<{ leads: { totalCount: number; edges: { node: unknown }[] } }>(
    `{ leads(first: 10) { totalCount edges { node {
        reference status source contactName company email phone postalCode message consentText
        items { productId quantity product { sku } }
    } } } }`,
  );
  expect(leads.totalCount).toBe(1);
  expect(leads.edges.map((e) => e.node)).toEqual([
    {
      reference,
      status: 'NEW',
      source: 'SHOWROOM',
      contactName: 'Zofia Kowalska',
      company: 'Budowa Kowalska',
      email,
      phone: '+48 600 100 200',
      postalCode: '60-101',
      message: 'Three pieces, please.',
      consentText,
      items: [{ productId: hammer.id, quantity: '3.000', product: { sku: hammer.sku } }],
    },
  ]);
});

test('a malformed showroom address (a broken percent sign) is refused with a plain 400 that says so, and asks for nothing', async () => {
  const { page } = browser;
  const graphql: string[] = [];
  const onRequest = (request: { url(): string }) => { if (request.url().endsWith('/graphql')) graphql.push(request.url()); };
  page.on('request', onRequest);
  try {
    const response = await page.goto(url('/s/%E0%A4%A'));
    expect(response?.status()).toBe(400);
    expect(await page.locator('body').innerText()).toBe('The address has a malformed percent-encoding');
  } finally {
    page.off('request', onRequest);
  }
  expect(graphql).toEqual([]);
});
