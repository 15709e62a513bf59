import { readCsv, CsvRowError, MAX_IMPORT_ROWS } from './product-csv';
import { parseAmount } from '../../domain/money';

export const OFFER_CSV_COLUMNS = ['sku', 'price', 'currency', 'stock', 'delivery_days', 'partner_sku', 'offered'] as const;
const REQUIRED = ['sku', 'price', 'currency'] as const;

export interface OfferRow {
  line: number;
  productId: string;
  price: number;
  currency: string;
  stock: number;
  deliveryDays: number;
  partnerSku: string | null;
  offered: boolean;
}

const wholeNumber = (text: string, max: number): number | null => (/^\d{1,9}$/.test(text) && Number(text) <= max ? Number(text) : null);

/** Checks every row of a partner's offer file against the catalog; returns rows or every error with its line. */
export function validateOfferCsv(text: string, productIdBySku: ReadonlyMap<string, string>): { rows: OfferRow[]; errors: CsvRowError[]; columns: string[] } {
  const read = readCsv(text);
  if ('reason' in read) return { rows: [], errors: [read], columns: [] };
  const missing = REQUIRED.filter((c) => !read.header.includes(c));
  const unknown = read.header.filter((h) => !(OFFER_CSV_COLUMNS as readonly string[]).includes(h));
  const errors: CsvRowError[] = [];
  if (missing.length) errors.push({ line: 1, field: missing.join(', '), reason: 'column is missing from the header' });
  if (unknown.length) errors.push({ line: 1, field: unknown.join(', '), reason: `is not a column Trellis knows (${OFFER_CSV_COLUMNS.join(', ')})` });
  if (read.rows.length > MAX_IMPORT_ROWS) errors.push({ line: 1, field: 'file', reason: `has more than ${MAX_IMPORT_ROWS} rows` });
  if (errors.length) return { rows: [], errors, columns: read.header };
  const rows: OfferRow[] = [];
  const seen = new Map<string, number>();
  for (const { line, values: v } of read.rows) {
    const fail = (field: string, reason: string) => errors.push({ line, field, reason });
    const before = errors.length;
    const productId = productIdBySku.get(v.sku);
    if (!productId) fail('sku', `is not in the catalog (${v.sku})`);
    else if (seen.has(v.sku)) fail('sku', `repeats the SKU of line ${seen.get(v.sku)}`);
    else seen.set(v.sku, line);
    let price = 0;
    try {
      price = parseAmount('price', v.price);
    } catch {
      fail('price', 'must be an amount with at most two decimals, like 1249.00');
    }
    if (!/^[A-Z]{3}$/.test(v.currency)) fail('currency', 'must be a three-letter ISO currency code');
    const stock = v.stock ? wholeNumber(v.stock, 10_000_000) : 0;
    if (stock === null) fail('stock', 'must be a whole number from 0 to 10000000');
    const deliveryDays = v.delivery_days ? wholeNumber(v.delivery_days, 365) : 1;
    if (deliveryDays === null) fail('delivery_days', 'must be a whole number of days from 0 to 365');
    const partnerSku = v.partner_sku || null;
    if (partnerSku && !/^[A-Za-z0-9._\/-]{1,40}$/.test(partnerSku)) fail('partner_sku', 'must be 1 to 40 letters, digits, dots, dashes, slashes or underscores');
    const offered = !v.offered ? true : /^(true|yes|1)$/i.test(v.offered) ? true : /^(false|no|0)$/i.test(v.offered) ? false : null;
    if (offered === null) fail('offered', 'must be true or false');
    if (errors.length === before) {
      rows.push({ line, productId: productId!, price, currency: v.currency, stock: stock!, deliveryDays: deliveryDays!, partnerSku, offered: offered! });
    }
    if (errors.length >= 1000) break;
  }
  return { rows, errors, columns: read.header };
}

const OPTIONAL_UPDATES: Record<string, true> = { stock: true, delivery_days: true, partner_sku: true, offered: true };

/**
 * The SET list of an offer upsert (price always, the other columns only when the file has them) and its
 * condition: a row whose values are already those of the file is left unwritten.
 */
export function offerUpdates(columns: readonly string[]): string {
  const updated = ['price', 'currency', ...columns.filter((c) => c in OPTIONAL_UPDATES)];
  const sets = updated.map((c) => `${c} = EXCLUDED.${c}`);
  return `${[...sets, 'updated_at = now()'].join(', ')}
    WHERE (${updated.map((c) => `offer.${c}`).join(', ')}, true) IS DISTINCT FROM (${updated.map((c) => `EXCLUDED.${c}`).join(', ')}, true)`;
}
