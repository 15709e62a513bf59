/** Dates in the reader's language; the API sends ISO strings in UTC. */
import i18next from 'i18next';
import type { en } from '../i18n/en';

/** A unit of measure as people write it in the current language (PCE: "pc", "szt."); an unknown code as it is. */
export function formatUnit(unit: string): string {
  const code = unit.trim().toUpperCase();
  return code in UNIT_CODES ? i18next.t(`units.${code as keyof typeof en.units}`) : unit;
}
const UNIT_CODES: Record<string, true> = { PCE: true, SET: true, PR: true, PAK: true, BOX: true, M: true, MTR: true, M2: true, M3: true, KG: true, KGM: true, L: true, LTR: true };

export function formatDateTime(iso: string, language: string): string {
  return new Date(iso).toLocaleString(language === 'pl' ? 'pl-PL' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

export function formatDate(iso: string, language: string): string {
  return new Date(iso).toLocaleDateString(language === 'pl' ? 'pl-PL' : 'en-GB', { dateStyle: 'medium' });
}
