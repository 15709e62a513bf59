import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { IsEnum, MaxLength } from 'class-validator';
import { BadInput } from './errors';

/**
 * The languages the catalog speaks: those of the channel's countries. A product's, category's or
 * showroom's own texts are in the default language; each other language has its own texts, and where
 * one is missing the default language's text is shown.
 */
export enum CatalogLanguage {
  EN = 'en',
  PL = 'pl',
  DE = 'de',
  CS = 'cs',
}

registerEnumType(CatalogLanguage, {
  name: 'CatalogLanguage',
  description: 'A language of the catalog. Requests choose theirs with the Accept-Language header; EN is the default and the fallback.',
});

export const DEFAULT_LANGUAGE = CatalogLanguage.EN;
export const CATALOG_LANGUAGES: readonly CatalogLanguage[] = Object.values(CatalogLanguage);
const KNOWN = new Set<string>(CATALOG_LANGUAGES);

/**
 * The request's language from its Accept-Language header: the first of the catalog's languages in the
 * client's order of preference (q values honoured), or the default. Only a header's first 256 characters
 * are read; whatever does not parse is passed over.
 */
export function requestLanguage(header: string | string[] | undefined): CatalogLanguage {
  const text = (Array.isArray(header) ? header.join(',') : header ?? '').slice(0, 256);
  const ranked = text.split(',').map((part, order) => {
    const [tag, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([01](?:\.\d{0,3})?)\s*$/.exec(p)?.[1]).find(Boolean);
    return { language: tag.split('-')[0], q: q === undefined ? 1 : Number(q), order };
  });
  ranked.sort((a, b) => b.q - a.q || a.order - b.order);
  const found = ranked.find((r) => r.q > 0 && KNOWN.has(r.language));
  return (found?.language as CatalogLanguage | undefined) ?? DEFAULT_LANGUAGE;
}

/** Word endings that inflection changes, longest first: search strips one and matches the rest as a prefix. */
const ENDINGS: Record<CatalogLanguage, string[]> = {
  // English keeps its exact words (and trigram typo tolerance): "drill" must not match "drilling" by chance.
  [CatalogLanguage.EN]: [],
  [CatalogLanguage.PL]: ['ami', 'ach', 'owi', 'ów', 'om', 'em', 'ie', 'ą', 'ę', 'y', 'i', 'a', 'e', 'u', 'o'],
  [CatalogLanguage.CS]: ['ami', 'ách', 'ech', 'ům', 'ou', 'em', 'y', 'i', 'í', 'ý', 'á', 'é', 'ě', 'a', 'e', 'u', 'o'],
  [CatalogLanguage.DE]: ['en', 'er', 'es', 'e', 'n', 's'],
};
const MIN_STEM = 4;

/**
 * A prefix query (to_tsquery syntax, every word required) that lets inflected forms of the visitor's
 * language match: "wiertarkę" becomes "wiertark:*", which finds "wiertarka" and "wiertarki". PostgreSQL
 * has no Polish or Czech dictionary; stripping one known ending and matching the stem as a prefix is a
 * light stemmer that needs none. Null when the language has no endings or the text has no word to stem.
 * Only letters and digits reach the query, so a visitor's text cannot write tsquery syntax.
 */
export function stemQuery(text: string, language: CatalogLanguage): string | null {
  const endings = ENDINGS[language];
  if (endings.length === 0) return null;
  const words = text.toLowerCase().normalize('NFC').split(/[^\p{L}\p{N}]+/u).filter(Boolean).slice(0, 12);
  let stemmed = false;
  const terms = words.map((word) => {
    const ending = endings.find((e) => word.endsWith(e) && word.length - e.length >= MIN_STEM);
    const stem = ending ? word.slice(0, -ending.length) : word;
    if (stem.length < MIN_STEM) return word;
    stemmed = true;
    return `${stem}:*`;
  });
  return stemmed ? terms.join(' & ') : null;
}

@ObjectType({ description: 'A text in one of the catalog languages.' })
export class LocalizedText {
  @Field(() => CatalogLanguage)
  language: CatalogLanguage;

  @Field()
  text: string;
}

@InputType()
export class LocalizedTextInput {
  @Field(() => CatalogLanguage)
  @IsEnum(CatalogLanguage, { message: 'must be a catalog language' })
  language: CatalogLanguage;

  @Field()
  @MaxLength(2000)
  text: string;
}

/** The texts of a {language: text} map, in the catalog's order of languages. */
export function localizedTexts(map: Record<string, string> | null | undefined): LocalizedText[] {
  return CATALOG_LANGUAGES.filter((l) => map?.[l]).map((language) => ({ language, text: map![language] }));
}

/**
 * A {language: text} map from input: blank texts dropped (they mean "no text in that language"), the
 * default language refused (its text is the row's own), each language at most once.
 */
export function textsByLanguage(field: string, texts: readonly LocalizedTextInput[] | null | undefined, maxLength = 2000): Record<string, string> {
  const map: Record<string, string> = {};
  const seen = new Set<string>();
  for (const [i, { language, text }] of (texts ?? []).entries()) {
    if (language === DEFAULT_LANGUAGE) throw new BadInput(`${field}[${i}].language`, 'is the default language, whose text is the field itself');
    if (seen.has(language)) throw new BadInput(`${field}[${i}].language`, 'is given twice');
    seen.add(language);
    if (text.trim().length > maxLength) throw new BadInput(`${field}[${i}].text`, `must be at most ${maxLength} characters`);
    if (text.trim()) map[language] = text.trim();
  }
  return map;
}
