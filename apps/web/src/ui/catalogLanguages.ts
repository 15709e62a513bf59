import { CatalogLanguage } from '@trellis/schema';
import { enumValues } from './enumValues';

/** The catalog's own texts (a product's name, a category's, a welcome text) are in it; shown wherever a translation is missing. */
export const DEFAULT_CATALOG_LANGUAGE = CatalogLanguage.EN;
export type TranslatedLanguage = Exclude<CatalogLanguage, typeof DEFAULT_CATALOG_LANGUAGE>;

/** The catalog's other languages, in the catalog's order: each may have texts of its own. */
export const TRANSLATED_LANGUAGES = enumValues(CatalogLanguage, ['EN', 'PL', 'DE', 'CS'])
  .filter((language): language is TranslatedLanguage => language !== DEFAULT_CATALOG_LANGUAGE);

/** One text per translated language ('' where there is none), from the API's list of them. */
export function textsByLanguage(texts: readonly { language: CatalogLanguage; text: string }[]): Record<TranslatedLanguage, string> {
  return Object.fromEntries(TRANSLATED_LANGUAGES.map((language) => [language, texts.find((t) => t.language === language)?.text ?? ''])) as Record<
    TranslatedLanguage,
    string
  >;
}

/** The whole set of texts for the API: the languages with a text, trimmed (the others have none, or no more). */
export function localizedTextsInput(texts: Record<TranslatedLanguage, string>): { language: TranslatedLanguage; text: string }[] {
  return TRANSLATED_LANGUAGES.filter((language) => texts[language].trim()).map((language) => ({ language, text: texts[language].trim() }));
}

/**
 * Server field errors of such a set name its items by their place in what was sent (translations.0.text):
 * the form's paths name them by language (translations.PL). `sent` lists the languages in the order sent.
 */
export function localizedTextErrorPaths(field: string, sent: readonly TranslatedLanguage[]): Record<string, string> {
  return Object.fromEntries(sent.flatMap((language, i) => [[`${field}.${i}.text`, `${field}.${language}`], [`${field}[${i}].text`, `${field}.${language}`]]));
}
