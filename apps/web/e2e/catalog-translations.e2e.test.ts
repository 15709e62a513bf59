import type { Request } from 'playwright-core';
import { eventually, openBrowser, signInThroughUi, url, type Browser } from './browser';
import {
  CITIES, givenAdmin, givenCategory, givenChannelManager, givenProduct, givenShowroomPartner, uniqueSuffix,
  type GivenProduct, type GivenShowroomPartner, type SignedInUser,
} from './fixtures';

let browser: Browser;
let manager: SignedInUser;
let drill: GivenProduct;
let grinder: GivenProduct;
let showroom: GivenShowroomPartner;
const suffix = uniqueSuffix(4);

beforeAll(async () => {
  manager = await givenChannelManager(await givenAdmin());
  const category = await givenCategory(manager.session, 'Hammer drills');
  drill = await givenProduct(manager.session, category, {
    name: `Hammer Drill Titan ${suffix}`,
    description: 'SDS-plus hammer drill for concrete.',
    attributes: { power: '900 W' },
  });
  grinder = await givenProduct(manager.session, category, { name: `Angle Grinder Blitz ${suffix}` });
  showroom = await givenShowroomPartner(manager.session, {
    place: CITIES.wroclaw,
    offers: [
      { product: drill, price: '499.00', stock: 4, deliveryDays: 2 },
      { product: grinder, price: '199.00', stock: 2, deliveryDays: 3 },
    ],
  });
  browser = await openBrowser();
});

afterAll(async () => {
  await browser?.close();
});

test('a channel manager names a product in Polish; Polish visitors find it by that name and see it, English ones see the English name', async () => {
  const { page } = browser;
  const polishName = `Młotowiertarka Tytan ${suffix}`;
  await signInThroughUi(page, manager.email, manager.password);
  await page.goto(url(`/channel/catalog/products/${drill.id}`));
  await page.getByRole('heading', { level: 1, name: drill.name }).waitFor();
  // The form edits the catalog's default language: English.
  const englishName = page.getByLabel(/^Name \(English\)/);
  expect(await englishName.inputValue()).toBe(drill.name);

  // A German description without a German name: refused beside the German name, whose tab is brought forward.
  const translations = page.getByRole('group', { name: 'Translations' });
  await translations.getByRole('tab', { name: 'German' }).click();
  await translations.getByLabel('Description (German)').fill('SDS-plus-Bohrhammer für Beton.');
  await translations.getByRole('tab', { name: 'Polish' }).click();
  await translations.getByLabel('Name (Polish)').fill(polishName);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const germanName = translations.getByLabel('Name (German)');
  await eventually(async () => {
    expect(await translations.getByRole('tab', { name: 'German' }).getAttribute('aria-selected')).toBe('true');
    expect(await germanName.getAttribute('aria-invalid')).toBe('true');
    expect(await germanName.evaluate((input) => input === document.activeElement)).toBe(true);
  });
  expect(await translations.getByText('Enter the name as well: a translation without a name is not saved. Or clear its description and attributes.', { exact: true }).isVisible())
    .toBe(true);

  await translations.getByLabel('Description (German)').fill('');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByText('Saved', { exact: true }).waitFor();
  expect(await englishName.inputValue()).toBe(drill.name);
  await eventually(async () => {
    const { product } = await manager.session.request<{ product: unknown }>(
      `query Product($id: ID!) { product(id: $id) { defaultName translations { language name description attributes { key value } } } }`,
      { id: drill.id },
    );
    expect(product).toEqual({ defaultName: drill.name, translations: [{ language: 'PL', name: polishName, description: '', attributes: [] }] });
  });

  // The public showroom, in English first: the English names, sorted by name.
  await page.goto(url(`/s/${showroom.slug}`));
  await page.getByRole('heading', { level: 1, name: showroom.displayName }).waitFor();
  const cards = page.getByTestId('product-card');
  const names = () => cards.getByRole('heading', { level: 3 }).allInnerTexts();
  await eventually(async () => expect(await names()).toEqual([grinder.name, drill.name]));
  await cards.filter({ hasText: drill.name }).getByRole('button', { name: `Add to basket: ${drill.name}` }).click();
  await eventually(async () => expect(await page.getByTestId('basket-count').innerText()).toBe('1'));

  // Switched to Polish, the cards on screen are read again in Polish (the grinder has no Polish name); the basket stays.
  await page.getByRole('combobox', { name: 'Language' }).selectOption('pl');
  await eventually(async () => expect(await names()).toEqual([grinder.name, polishName]));
  expect(await page.getByTestId('basket-count').innerText()).toBe('1');

  await page.getByTestId('showroom-search').fill('Młotowiertarka');
  await eventually(async () => {
    expect(await page.getByTestId('result-count').innerText()).toBe('1 produkt');
    expect(await names()).toEqual([polishName]);
  });

  // Reloaded, the page starts in Polish: every request asks for Polish texts, the very first one too (the
  // browser itself would ask for en-GB).
  const asked: Promise<string | null>[] = [];
  const onRequest = (request: Request) => {
    if (new URL(request.url()).pathname === '/graphql') asked.push(request.headerValue('accept-language'));
  };
  page.on('request', onRequest);
  await page.reload();
  await eventually(async () => expect(await names()).toEqual([polishName]));
  page.off('request', onRequest);
  expect(asked.length).toBeGreaterThan(0);
  expect(new Set(await Promise.all(asked))).toEqual(new Set(['pl']));

  // Back in English, the same product by an English word, under its English name.
  await page.getByRole('combobox', { name: 'Język' }).selectOption('en');
  await page.getByTestId('showroom-search').fill('Hammer');
  await eventually(async () => {
    expect(await page.getByTestId('result-count').innerText()).toBe('1 product');
    expect(await names()).toEqual([drill.name]);
  });
  expect(await page.getByTestId('basket-count').innerText()).toBe('1');
});
