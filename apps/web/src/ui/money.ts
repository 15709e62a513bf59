/** A Money of the API, as its reader writes amounts ("1 249,00 zł", "€1,249.00"). */
export function formatMoney(money: { amount: string; currency: string }, language: string): string {
  try {
    return new Intl.NumberFormat(language === 'pl' ? 'pl-PL' : 'en-GB', { style: 'currency', currency: money.currency }).format(Number(money.amount));
  } catch {
    // A currency code Intl does not know still shows, as the API wrote it.
    return `${money.amount} ${money.currency}`;
  }
}

/** An amount typed by a person ("12,5", " 1249.00 ") as the API reads it ("12.50"), or null when it is not one. */
export function toAmount(typed: string | number): string | null {
  const text = String(typed).trim().replace(',', '.');
  if (!/^\d{1,12}(\.\d{1,2})?$/.test(text)) return null;
  return Number(text).toFixed(2);
}
