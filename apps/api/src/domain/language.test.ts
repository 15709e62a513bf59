import 'reflect-metadata';
import { CatalogLanguage, requestLanguage, stemQuery } from './language';

describe('the request language', () => {
  it.each([
    [undefined, 'en'],
    ['', 'en'],
    ['pl', 'pl'],
    ['pl-PL,pl;q=0.9,en-US;q=0.8,en;q=0.7', 'pl'],
    ['fr-FR,fr;q=0.9,de;q=0.8,cs;q=0.7', 'de'],
    ['en;q=0.5, cs', 'cs'],
    ['CS-cz', 'cs'],
    ['de;q=0, pl;q=0.1', 'pl'],
    ['*', 'en'],
    ['pl;q=abc', 'pl'],
    [['de', 'pl'], 'de'],
    [`${'x'.repeat(300)},pl`, 'en'],
  ])('of Accept-Language %j is %s', (header, expected) => {
    expect(requestLanguage(header as string | string[] | undefined)).toBe(expected);
  });
});

describe('the light stemmer', () => {
  it.each([
    ['wiertarkę', CatalogLanguage.PL, 'wiertark:*'],
    ['Szlifierki kątowe', CatalogLanguage.PL, 'szlifierk:* & kątow:*'],
    ['akumulatory 18 V', CatalogLanguage.PL, 'akumulator:* & 18 & v'],
    ['akumulator', CatalogLanguage.PL, 'akumulator:*'],
    ['vrtačky', CatalogLanguage.CS, 'vrtačk:*'],
    ['Winkelschleifern', CatalogLanguage.DE, 'winkelschleifer:*'],
  ])('makes %j in %s the prefix query %j', (text, language, expected) => {
    expect(stemQuery(text, language)).toBe(expected);
  });

  it('leaves English alone, and lets no tsquery syntax through', () => {
    expect(stemQuery('drills', CatalogLanguage.EN)).toBeNull();
    expect(stemQuery('a & b', CatalogLanguage.PL)).toBeNull();
    expect(stemQuery("wiertarka:* | !(x) <-> 'y'", CatalogLanguage.PL)).toBe('wiertark:* & x & y');
  });
});
