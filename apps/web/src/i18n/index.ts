import i18next, { type BackendModule, type ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, STORAGE_KEY, initialLanguage, isLanguage, type Language } from './languages';

export { LANGUAGES, type Language } from './languages';

/**
 * The language the UI is in, or starts in when setupI18n has not run yet: the language the API is asked to
 * write catalog texts in (Accept-Language), from the very first request. While another language's chunk
 * loads, still the one on screen; it changes with languageChanged.
 */
export function currentLanguage(): Language {
  return isLanguage(i18next.language) ? i18next.language : initialLanguage();
}

/**
 * The texts come in two parts per language, each a chunk of its own, so that no one downloads the languages
 * they do not read. The public part (the showroom's pages, the locator) is fetched before the first render
 * (setupI18n waits for it, and so does a change of language), so a visitor never sees keys; it is asked for
 * at start, beside the showroom's data (main.tsx), so it adds no wait of its own. The portal part (sign-in,
 * invitation, account, the portals) is fetched only on the way to a signed-in page: SignedInRoutes.tsx's lazy routes
 * resolve after loadPortalTexts, and from then on every language read (a change of language) brings its portal
 * part along before the change completes. An anonymous visitor never downloads it.
 *
 * There is no fallback language: every language's parts have every key of English's (translation.ts, enforced
 * by the type check), so a Polish visitor needs no English texts and gets none.
 */
const PUBLIC_TEXTS: Record<Language, () => Promise<ResourceKey>> = {
  en: () => import('./en').then((module) => module.en),
  pl: () => import('./pl').then((module) => module.pl),
};
const PORTAL_TEXTS: Record<Language, () => Promise<ResourceKey>> = {
  en: () => import('./en-portal').then((module) => module.enPortal),
  pl: () => import('./pl-portal').then((module) => module.plPortal),
};

/** Set on the way to the first signed-in page: from then on, every language in use needs its portal part. */
let portalWanted = false;
/** Each language's portal chunk, fetched once (asked for again after a failure). */
const portalChunks = new Map<string, Promise<ResourceKey>>();
/** Languages whose texts have their portal part. */
const withPortal = new Set<string>();

function portalChunk(language: string): Promise<ResourceKey> {
  const load = PORTAL_TEXTS[language as Language];
  if (!load) return Promise.resolve({});
  let chunk = portalChunks.get(language);
  if (!chunk) {
    chunk = load();
    chunk.catch(() => portalChunks.delete(language));
    portalChunks.set(language, chunk);
  }
  return chunk;
}

/**
 * The texts of the signed-in pages, in every language whose texts are loaded (English, the fallback, always;
 * the language on screen; any other chosen before): resolves once they are added, so that a signed-in page
 * renders with them (react-i18next does not re-render when texts are added). A language read later brings its
 * portal part along (languageChunks). Only a language already in the store gets its part added here: a bundle
 * added to a language still loading would make i18next take it for loaded.
 */
export function loadPortalTexts(): Promise<void> {
  portalWanted = true;
  const loaded = LANGUAGES.map((l) => l.code).filter((code) => !withPortal.has(code) && i18next.hasResourceBundle(code, 'translation'));
  return Promise.all(loaded.map((code) => portalChunk(code).then((texts) => {
    // Deep: the portal's sections go beside the public ones (overwrite: the chunk's texts are the current ones).
    i18next.addResourceBundle(code, 'translation', texts, true, true);
    withPortal.add(code);
  }))).then(() => undefined);
}

/**
 * A lazy route's import that resolves only once the portal texts are in: every page behind sign-in is loaded
 * through it (SignedInRoutes.tsx), so none of them renders a key.
 */
export function withPortalTexts<T>(load: () => Promise<T>): () => Promise<T> {
  return () => Promise.all([load(), loadPortalTexts()]).then(([module]) => module);
}

/**
 * Reads a language's texts when i18next first needs them (the first render, a change of language): the public
 * part, and the portal part too once a signed-in page was reached, so that the change completes with both.
 */
const languageChunks: BackendModule = {
  type: 'backend',
  callbackApi: true,
  init() {},
  read(language, _namespace, callback) {
    const load = PUBLIC_TEXTS[language as Language];
    const portal = portalWanted ? portalChunk(language) : undefined;
    (load ? load() : Promise.resolve({})).then(async (texts) => {
      // Also when a signed-in page was reached while the public part loaded.
      // A portal part that fails fails the read: i18next asks again (its retries) rather than show keys.
      const portalTexts = await (portal ?? (portalWanted ? portalChunk(language) : undefined));
      if (portalTexts) withPortal.add(language);
      // The parts' sections are distinct (e2e/i18n-split.e2e.test.ts), so one level of merging is enough.
      return portalTexts ? { ...(texts as object), ...(portalTexts as object) } : texts;
    }).then((texts) => callback(null, texts), (error: Error) => callback(error, null));
  },
};

/**
 * The choice for the server too: it preloads that language's texts with the next page's scripts
 * (apps/api/src/http/web-app.ts). A functional cookie: the language only, for a year, never sent elsewhere.
 */
function tellServer(language: string): void {
  document.cookie = `trellis_language=${language}; path=/; max-age=31536000; SameSite=Lax`;
}

function remember(language: string): void {
  document.documentElement.lang = language;
  tellServer(language);
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // See initialLanguage.
  }
}

export async function setupI18n(): Promise<void> {
  const lng = initialLanguage();
  await i18next.use(languageChunks).use(initReactI18next).init({
    lng,
    // Every language has every key (see PUBLIC_TEXTS): no fallback, so no second language is downloaded.
    fallbackLng: false,
    interpolation: { escapeValue: false }, // React escapes already
  });
  document.documentElement.lang = lng;
  tellServer(lng);
  i18next.on('languageChanged', remember);
}
