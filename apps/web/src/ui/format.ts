/** Dates in the reader's language; the API sends ISO strings in UTC. */
export function formatDateTime(iso: string, language: string): string {
  return new Date(iso).toLocaleString(language === 'pl' ? 'pl-PL' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

export function formatDate(iso: string, language: string): string {
  return new Date(iso).toLocaleDateString(language === 'pl' ? 'pl-PL' : 'en-GB', { dateStyle: 'medium' });
}
