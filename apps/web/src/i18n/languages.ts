/*
 * The UI's languages and the one a visit starts in, with no i18next: the early entry (showroom/early.ts) asks
 * for the first data in it before i18next has loaded.
 */

export const LANGUAGES = [
  { code: 'en', label: 'English' },
  { code: 'pl', label: 'Polski' },
] as const;
export type Language = (typeof LANGUAGES)[number]['code'];

export const STORAGE_KEY = 'trellis.language';

export function isLanguage(value: string | null | undefined): value is Language {
  return LANGUAGES.some((l) => l.code === value);
}

/** The remembered choice first, then the browser's preference, then English. */
export function initialLanguage(): Language {
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
