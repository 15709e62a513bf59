import 'i18next';
import type { en } from './en';

// Typed keys: a missing or misspelt translation key fails the type check.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}
