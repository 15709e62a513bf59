import { eventually, openBrowser, seriousViolations, url, visibleText, type Browser } from './browser';
import {
  givenAdmin, givenChannelManager, givenPartnerManager, givenShowroomPartner, uniqueSuffix, type ApiSession, type GivenCity, type SignedInUser,
} from './fixtures';

/** Where the demo's Kraków partners are: Zabłocie (30-701), Bronowice (30-149), Wieliczka (32-020). */
const ZABLOCIE: GivenCity = { city: 'Kraków', postalCode: '30-701', latitude: 50.0487, longitude: 19.9592 };
const BALICKA: GivenCity = { city: 'Kraków', postalCode: '30-149', latitude: 50.0822, longitude: 19.889 };
const WIELICZKA: GivenCity = { city: 'Wieliczka', postalCode: '32-020', latitude: 49.991, longitude: 20.045 };

let browser: Browser;
let withShowroom: string;
let balicka: SignedInUser & { partner: { id: string; name: string } };
let wieliczka: string;

async function activate(channelManager: ApiSession, partnerId: string): Promise<void> {
  for (const move of ['startPartnerOnboarding', 'activatePartner']) {
    await channelManager.request(`mutation Move($input: PartnerTransitionInput!) { ${move}(input: $input) { partner { status } } }`, { input: { partnerId } });
  }
}

beforeAll(async () => {
  const channelManager = await givenChannelManager(await givenAdmin());
  const suffix = uniqueSuffix(4);
  withShowroom = (await givenShowroomPartner(channelManager.session, { place: ZABLOCIE, offers: [] })).partner.name;
  balicka = await givenPartnerManager(channelManager.session, `Narzędzia Balicka ${suffix}`, BALICKA);
  await activate(channelManager.session, balicka.partner.id);
  const other = await givenPartnerManager(channelManager.session, `Majster Wieliczka ${suffix}`, WIELICZKA);
  await activate(channelManager.session, other.partner.id);
  wieliczka = other.partner.name;
  // A phone.
  browser = await openBrowser({ width: 360, height: 780 });
});

afterAll(async () => {
  await browser?.close();
});

test('a Polish visitor in Kraków finds partners by postal code at real distances, nearest first, and asks one without a showroom for an offer', async () => {
  const { page } = browser;
  await page.goto(url('/'));
  await page.getByTestId('language-switch').selectOption('pl');
  await page.getByLabel('Miasto lub kod pocztowy').fill('31-000');
  await page.getByRole('button', { name: 'Znajdź partnerów' }).click();
  // The code's own district, not the city's centre.
  await eventually(async () => expect(await page.getByTestId('locator-place-chosen').innerText()).toBe('W pobliżu: 31-0… Kraków-Stare Miasto (PL)'));
  const cards = page.getByTestId('nearby-partner');
  await cards.filter({ hasText: wieliczka }).waitFor();

  // Every distance on the page ascends (other specs' partners may be listed too); ours are where they are.
  const distances = (await cards.getByTestId('nearby-distance').allInnerTexts()).map((text) => Number(text.replace(/\s*km$/, '').replace(',', '.')));
  expect(distances).toEqual([...distances].sort((a, b) => a - b));
  const ours = [];
  for (const name of [withShowroom, balicka.partner.name, wieliczka]) ours.push(await visibleText(cards.filter({ hasText: name }).getByTestId('nearby-distance')));
  expect(ours).toEqual(['2,1 km', '4,1 km', '11 km']);
  expect(await seriousViolations(page)).toEqual([]);

  // The partner in Bronowice has no showroom: it can be asked all the same.
  const card = cards.filter({ hasText: balicka.partner.name });
  expect(await card.getByRole('link').count()).toBe(0);
  await card.getByRole('button', { name: `Zapytaj o ofertę: ${balicka.partner.name}` }).click();
  const dialog = page.getByRole('dialog', { name: `Zapytanie o ofertę: ${balicka.partner.name}` });
  await dialog.waitFor();
  const email = `krakow-${uniqueSuffix().toLowerCase()}@klient.test`;
  await dialog.getByLabel(/^Imię i nazwisko/).fill('Zofia Kowalska');
  await dialog.getByLabel(/^Adres e-mail/).fill(email);
  await dialog.getByLabel(/^Kod pocztowy/).fill('31-000');
  await dialog.getByLabel(/^Wiadomość/).fill('Proszę o ofertę na 5 wiertarek.');
  expect(await seriousViolations(page)).toEqual([]);
  const consentText = `Zgadzam się, aby ${balicka.partner.name} i właściciel marki kontaktowali się ze mną w sprawie tego zapytania i przechowywali w tym celu moje dane.`;
  await dialog.getByLabel(consentText).check();
  await dialog.getByRole('button', { name: 'Wyślij zapytanie' }).click();

  await dialog.getByTestId('lead-sent').waitFor();
  const reference = await dialog.getByTestId('lead-reference').innerText();
  expect(reference).toMatch(/^L-\d{4}-\d{6}$/);
  expect(await dialog.getByTestId('lead-sent').innerText()).toContain(`${balicka.partner.name} wkrótce się z Tobą skontaktuje.`);
  expect(await seriousViolations(page)).toEqual([]);
  await dialog.getByTestId('lead-sent').getByRole('button', { name: 'Zamknij' }).click();
  await dialog.waitFor({ state: 'hidden' });

  // The partner's manager finds exactly that lead in its inbox, new, with the words the visitor agreed to.
  const { leads } = await balicka.session.request<{ leads: { totalCount: number; edges: { node: unknown }[] } }>(
    `{ leads(first: 10) { totalCount edges { node { reference status source contactName email postalCode message consentText partner { id } } } } }`,
  );
  expect(leads.totalCount).toBe(1);
  expect(leads.edges.map((e) => e.node)).toEqual([{
    reference, status: 'NEW', source: 'SHOWROOM', contactName: 'Zofia Kowalska', email, postalCode: '31-000',
    message: 'Proszę o ofertę na 5 wiertarek.', consentText, partner: { id: balicka.partner.id },
  }]);
});
