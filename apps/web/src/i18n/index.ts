import i18next, { type BackendModule, type ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';

export const LANGUAGES = [
  { code: 'en', label: 'English' },
  { code: 'pl', label: 'Polski' },
] as const;
export type Language = (typeof LANGUAGES)[number]['code'];

const STORAGE_KEY = 'trellis.language';

function isLanguage(value: string | null | undefined): value is Language {
  return LANGUAGES.some((l) => l.code === value);
}

/** The remembered choice first, then the browser's preference, then English. */
function initialLanguage(): Language {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(STORAGE_KEY);
  } catch {
    // Storage can be blocked (private modes); the choice then lasts for the page only.
  }
  if (isLanguage(stored)) return stored;
  const browser = navigator.language?.slice(0, 2);
  return isLanguage(browser) ? browser : 'en';
}

/**
 * The language the UI is in, or starts in when setupI18n has not run yet: the language the API is asked to
 * write catalog texts in (Accept-Language), from the very first request. While another language's chunk
 * loads, still the one on screen; it changes with languageChanged.
 */
export function currentLanguage(): Language {
  return isLanguage(i18next.language) ? i18next.language : initialLanguage();
}

/**
 * English comes with the first load (it is the fallback, and most visitors' language); every other language
 * is a chunk of its own, fetched before the first render in it (setupI18n waits for it, and so does a
 * change of language), so a visitor never sees keys, and no one downloads the languages they do not read.
 */
const OTHER_LANGUAGES: Record<Exclude<Language, 'en'>, () => Promise<ResourceKey>> = {
  pl: () => import('./pl').then((module) => module.pl),
};

const languageChunks: BackendModule = {
  type: 'backend',
  init() {},
  read(language, _namespace, callback) {
    const load = OTHER_LANGUAGES[language as Exclude<Language, 'en'>];
    if (!load) return callback(null, {});
    load().then((resources) => callback(null, resources), (error: Error) => callback(error, null));
  },
};

function remember(language: string): void {
  document.documentElement.lang = language;
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // See initialLanguage.
  }
}

export async function setupI18n(): Promise<void> {
  const lng = initialLanguage();
  await i18next.use(languageChunks).use(initReactI18next).init({
    resources: { en: { translation: en } },
    partialBundledLanguages: true,
    lng,
    fallbackLng: 'en',
    interpolation: { escapeValue: false }, // React escapes already
  });
  document.documentElement.lang = lng;
  i18next.on('languageChanged', remember);
}
