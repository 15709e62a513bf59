import 'i18next';
import type { en } from './en';
import type { enPortal } from './en-portal';

// Typed keys: a missing or misspelt translation key fails the type check. The texts come in two parts (the
// public pages' in en.ts, the signed-in pages' in en-portal.ts, loaded before those pages render); a key is
// typed if either part has it. Which part a public page may use is checked by e2e/i18n-split.e2e.test.ts.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en & typeof enPortal };
  }
}
