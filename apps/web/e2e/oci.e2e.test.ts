import { eventually, openBrowser, url, visibleText, type Browser } from './browser';
import {
  CITIES, givenAdmin, givenCategory, givenChannelManager, givenProduct, givenShowroomPartner, uniqueSuffix, type GivenOffer, type GivenShowroomPartner,
} from './fixtures';
import { startShopHook } from './shop-hook';

let browser: Browser;
let showroom: GivenShowroomPartner;
let shop: Awaited<ReturnType<typeof startShopHook>>;

beforeAll(async () => {
  const channelManager = await givenChannelManager(await givenAdmin());
  const drills = await givenCategory(channelManager.session, 'Cordless drills');
  const cables = await givenCategory(channelManager.session, 'Cables');
  const suffix = uniqueSuffix(4);
  // Longer than OCI's 40 characters of DESCRIPTION.
  const drill = await givenProduct(channelManager.session, drills, {
    name: `Akku-Bohrschrauber Professional 18 V Brushless ${suffix}`,
    description: 'Two batteries, charger and case.\nTorque 60 Nm.',
  });
  const cable = await givenProduct(channelManager.session, cables, { name: `Power cable H07RN-F ${suffix}`, unit: 'M', description: '' });
  showroom = await givenShowroomPartner(channelManager.session, {
    place: CITIES.wroclaw,
    pricesGross: true,
    vatPercent: 23,
    offers: [
      { product: drill, price: '249.90', stock: 12, deliveryDays: 3, partnerSku: `BS-${suffix}` },
      { product: cable, price: '4.35', stock: 500, deliveryDays: 1 },
    ],
  });
  shop = await startShopHook();
  browser = await openBrowser();
});

afterAll(async () => {
  await browser?.close();
  await shop?.close();
});

/** The NEW_ITEM fields OCI expects for one basket line, from what the fixtures created. */
function expectedLine(n: number, offer: GivenOffer, quantity: string, vendor: string): [string, string][] {
  const { product } = offer;
  // The short text ends at a word; a longer name goes whole into the long text, before the description.
  const cut = product.name.length > 40;
  const longText = [cut ? product.name : '', product.description].filter(Boolean).join('\n');
  return [
    [`NEW_ITEM-DESCRIPTION[${n}]`, cut ? product.name.slice(0, 41).replace(/\s\S*$/, '') : product.name],
    [`NEW_ITEM-MATNR[${n}]`, product.sku],
    [`NEW_ITEM-QUANTITY[${n}]`, quantity],
    [`NEW_ITEM-UNIT[${n}]`, product.unit],
    [`NEW_ITEM-PRICE[${n}]`, offer.price.amount],
    [`NEW_ITEM-PRICEUNIT[${n}]`, '1'],
    [`NEW_ITEM-CURRENCY[${n}]`, offer.price.currency],
    [`NEW_ITEM-LEADTIME[${n}]`, String(offer.deliveryDays)],
    [`NEW_ITEM-VENDOR[${n}]`, vendor],
    [`NEW_ITEM-VENDORMAT[${n}]`, offer.partnerSku ?? product.sku],
    [`NEW_ITEM-MATGROUP[${n}]`, product.category.code],
    [`NEW_ITEM-CUST_FIELD1[${n}]`, 'IN_STOCK'],
    // A browser posts a form's line breaks as CRLF, whatever the value held.
    ...(longText ? [[`NEW_ITEM-LONGTEXT_${n}:132[]`, longText.replace(/\r?\n/g, '\r\n')] as [string, string]] : []),
    [`NEW_ITEM-EXT_PRODUCT_ID[${n}]`, product.id],
  ];
}

test('a buyer from a purchasing system fills the basket and transfers it back to the shop as an OCI form', async () => {
  const { page } = browser;
  const [drillOffer, cableOffer] = showroom.offers as [GivenOffer, GivenOffer];
  const hook = encodeURIComponent(shop.url);
  await page.goto(url(`/s/${showroom.slug}?HOOK_URL=${hook}&~OkCode=ADDI&~TARGET=_top`));
  await page.getByTestId('oci-banner').waitFor();
  expect(await page.getByTestId('oci-banner').innerText()).toContain('OCI mode: transfer to your shop');

  // The showroom shows gross prices, but OCI carries net ones: in OCI mode the buyer sees the net price, said so.
  const drillCard = page.getByTestId('product-card').filter({ hasText: drillOffer.product.name });
  expect(await visibleText(drillCard.getByTestId('price'))).toBe('PLN 249.90');
  expect(await drillCard.getByText('net, as transferred').count()).toBe(1);
  await page.getByRole('button', { name: `Add to basket: ${drillOffer.product.name}` }).click();
  await page.getByRole('link', { name: cableOffer.product.name }).click();
  await page.waitForURL(url(`/s/${showroom.slug}/p/${cableOffer.product.sku}`));
  // The mode outlives the address that started it: this page's address has no HOOK_URL.
  await page.getByTestId('oci-banner').waitFor();
  await page.getByLabel('Quantity (m)').fill('2.5');
  await page.getByRole('button', { name: 'Add to basket' }).click();

  await page.getByRole('link', { name: /^Basket/ }).click();
  await page.waitForURL(url(`/s/${showroom.slug}/basket`));
  const drillLine = page.getByTestId('basket-line').filter({ hasText: drillOffer.product.name });
  await drillLine.getByRole('textbox').fill('3');
  await eventually(async () => expect(await visibleText(drillLine.getByTestId('line-total'))).toBe('PLN 749.70'));
  expect(await visibleText(page.getByTestId('basket-total'))).toBe('PLN 760.58');
  expect(await page.getByTestId('basket-net-note').innerText()).toBe('Prices without VAT, exactly as your purchasing system receives them.');
  // In OCI mode the basket goes to the shop: no quote request.
  expect(await page.getByRole('button', { name: 'Send request' }).count()).toBe(0);

  await page.getByRole('button', { name: 'Transfer to shop' }).click();
  const post = await shop.received;
  await page.waitForURL((u) => u.href.startsWith(shop.url));

  expect(post.contentType).toBe('application/x-www-form-urlencoded');
  const vendor = showroom.partner.code;
  expect(post.fields).toEqual([
    ['~OkCode', 'ADDI'],
    ['~TARGET', '_top'],
    ['~CALLER', 'CTLG'],
    ...expectedLine(1, drillOffer, '3', vendor),
    ...expectedLine(2, cableOffer, '2.5', vendor),
  ]);
});
