import i18next from 'i18next';
import { en } from '../src/i18n/en';
import { pl } from '../src/i18n/pl';
import { translateReason } from '../src/ui/errors';

/*
 * The API's reasons (English, for people and API clients alike) as the Polish UI says them: each shape the
 * SPA knows, with the numbers it carries. No browser: translateReason is plain code over i18next.
 */
beforeAll(async () => {
  await i18next.init({ lng: 'pl', fallbackLng: 'en', resources: { en: { translation: en }, pl: { translation: pl } } });
});

test.each([
  ['is already used by another showroom', 'jest już używane'],
  ['is given twice', 'powtarza wcześniejszy wpis'],
  ['names a product twice', 'powtarza wcześniejszy wpis'],
  ['repeats the SKU of line 4', 'powtarza wcześniejszy wpis'],
  ['would make the category its own ancestor', 'utworzyłoby pętlę w drzewie'],
  ['must be 2 to 200 characters', 'musi mieć od 2 do 200 znaków'],
  ['must have 4 to 20 letters and digits', 'musi mieć od 4 do 20 liter i cyfr'],
  ['must have at least 2 characters besides spaces', 'musi mieć co najmniej 2 znaków'],
  ['name must not be blank', 'jest wymagane'],
  ['is not an active partner', 'nie jest aktywne'],
  ['must be a PNG, JPEG or WebP image', 'musi być obrazem PNG, JPEG lub WebP'],
  ['is not a image/png file', 'musi być obrazem PNG, JPEG lub WebP'],
  ["is the default language, whose texts are the product's own", 'to język domyślny: jego tekst wpisz w głównym polu'],
  ['is needed with a description or attributes in its language', 'jest potrzebna, gdy podano opis lub atrybuty w tym języku'],
  ['needs the name column of its language (a translation has a name)', 'wymaga kolumny z nazwą w tym samym języku'],
  ['is reserved', 'jest zarezerwowane'],
  ['is not a cursor this list gave out', 'ma niepoprawną wartość'],
  ['must be at most 100 characters', 'może mieć najwyżej 100 znaków'],
  ['you cannot deactivate yourself', 'you cannot deactivate yourself'],
])('%j reads %j in Polish', (reason, polish) => {
  expect(translateReason(reason)).toBe(polish);
});

test('English keeps the server text', async () => {
  await i18next.changeLanguage('en');
  expect(translateReason('is given twice')).toBe('is given twice');
  await i18next.changeLanguage('pl');
});
