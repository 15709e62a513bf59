import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { parseAmount } from '../../domain/money';
import { DomainError } from '../../domain/errors';
import { CATALOG_LANGUAGES, DEFAULT_LANGUAGE } from '../../domain/language';

const BASE_COLUMNS = ['sku', 'name', 'description', 'unit', 'list_price', 'currency', 'category_code', 'active', 'attributes', 'image_url'] as const;
/** The other languages' texts: name_pl, description_pl, attributes_pl, name_de, ... */
export const TRANSLATED_LANGUAGES = CATALOG_LANGUAGES.filter((l) => l !== DEFAULT_LANGUAGE);
const TRANSLATION_COLUMNS = TRANSLATED_LANGUAGES.flatMap((l) => [`name_${l}`, `description_${l}`, `attributes_${l}`]);
export const PRODUCT_CSV_COLUMNS: readonly string[] = [...BASE_COLUMNS, ...TRANSLATION_COLUMNS];
const REQUIRED = ['sku', 'name', 'list_price', 'currency'] as const;
export const MAX_IMPORT_ROWS = 100_000;
const MAX_REPORTED_ERRORS = 1000;

export interface CsvRowError {
  /** 1-based line in the file, the header being line 1. */
  line: number;
  field: string;
  reason: string;
}

export interface ProductRow {
  line: number;
  sku: string;
  name: string;
  description: string;
  unit: string;
  listPrice: number;
  currency: string;
  categoryCode: string | null;
  active: boolean;
  attributes: Record<string, string>;
  imageUrl: string | null;
  /** By language, for the languages whose columns the file has: null where the name is empty (no translation). */
  translations: Record<string, { name: string; description: string; attributes: Record<string, string> } | null>;
}

/** Rows of a CSV file with the line each starts on; a file that is not CSV at all is one error at its line. */
export function readCsv(text: string): { header: string[]; rows: { line: number; values: Record<string, string> }[] } | CsvRowError {
  try {
    const records = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: false, trim: true, info: true }) as unknown as { record: string[]; info: { lines: number } }[];
    if (records.length === 0) return { line: 1, field: 'file', reason: 'is empty' };
    const header = records[0].record.map((h) => h.toLowerCase());
    return {
      header,
      rows: records.slice(1).map(({ record, info }) => ({ line: info.lines, values: Object.fromEntries(header.map((h, i) => [h, record[i] ?? ''])) })),
    };
  } catch (err) {
    const line = (err as { lines?: number }).lines ?? 1;
    return { line, field: 'file', reason: `is not valid CSV: ${(err as Error).message.replace(/^Invalid Record Length: /, '')}` };
  }
}

export class CsvInvalid extends DomainError<'BAD_USER_INPUT'> {
  constructor(readonly errors: CsvRowError[]) {
    super('BAD_USER_INPUT', `The file has ${errors.length === MAX_REPORTED_ERRORS ? 'at least ' : ''}${errors.length} error(s); nothing was written`, { field: 'csv', errors });
  }
}

/** Checks every row of a product CSV; returns the rows, or every error found with its line. */
export function validateProductCsv(text: string, categoryCodes: ReadonlySet<string>): { rows: ProductRow[]; errors: CsvRowError[]; columns: string[] } {
  const read = readCsv(text);
  if ('reason' in read) return { rows: [], errors: [read], columns: [] };
  const errors: CsvRowError[] = [];
  const missing = REQUIRED.filter((c) => !read.header.includes(c));
  const unknown = read.header.filter((h) => !PRODUCT_CSV_COLUMNS.includes(h));
  if (missing.length) errors.push({ line: 1, field: missing.join(', '), reason: 'column is missing from the header' });
  if (unknown.length) errors.push({ line: 1, field: unknown.join(', '), reason: `is not a column Trellis knows (${PRODUCT_CSV_COLUMNS.join(', ')})` });
  const languages = TRANSLATED_LANGUAGES.filter((l) => read.header.includes(`name_${l}`));
  const orphans = read.header.filter((h) => /^(description|attributes)_[a-z]{2}$/.test(h) && !read.header.includes(`name_${h.slice(-2)}`));
  if (orphans.length) errors.push({ line: 1, field: orphans.join(', '), reason: 'needs the name column of its language (a translation has a name)' });
  if (read.rows.length > MAX_IMPORT_ROWS) errors.push({ line: 1, field: 'file', reason: `has more than ${MAX_IMPORT_ROWS} rows` });
  if (errors.length) return { rows: [], errors, columns: read.header };

  const rows: ProductRow[] = [];
  const seen = new Map<string, number>();
  for (const { line, values: v } of read.rows) {
    if (errors.length >= MAX_REPORTED_ERRORS) break;
    const fail = (field: string, reason: string) => errors.push({ line, field, reason });
    const before = errors.length;
    if (!/^[A-Za-z0-9._\/-]{1,40}$/.test(v.sku)) fail('sku', 'must be 1 to 40 letters, digits, dots, dashes, slashes or underscores');
    else if (seen.has(v.sku)) fail('sku', `repeats the SKU of line ${seen.get(v.sku)}`);
    else seen.set(v.sku, line);
    if (v.name.length < 2 || v.name.length > 200) fail('name', 'must be 2 to 200 characters');
    const unit = (v.unit || 'PCE').toUpperCase();
    if (!/^[A-Z0-9]{1,3}$/.test(unit)) fail('unit', 'must be an ISO unit code of at most 3 characters, e.g. PCE');
    let listPrice = 0;
    try {
      listPrice = parseAmount('list_price', v.list_price);
    } catch {
      fail('list_price', 'must be an amount with at most two decimals, like 1249.00');
    }
    if (!/^[A-Z]{3}$/.test(v.currency)) fail('currency', 'must be a three-letter ISO currency code');
    const categoryCode = v.category_code || null;
    if (categoryCode && !categoryCodes.has(categoryCode)) fail('category_code', `names no category (${categoryCode})`);
    const active = v.active === undefined || v.active === '' ? true : /^(true|yes|1)$/i.test(v.active) ? true : /^(false|no|0)$/i.test(v.active) ? false : null;
    if (active === null) fail('active', 'must be true or false');
    const readAttributes = (column: string) => {
      const attributes: Record<string, string> = {};
      for (const pair of (v[column] ?? '').split(';').filter(Boolean)) {
        const [key, ...value] = pair.split('=');
        if (!key.trim() || value.length === 0) fail(column, 'must be key=value pairs separated by semicolons');
        else attributes[key.trim()] = value.join('=').trim();
      }
      return attributes;
    };
    const attributes = readAttributes('attributes');
    const translations: ProductRow['translations'] = {};
    for (const l of languages) {
      const name = v[`name_${l}`];
      const description = v[`description_${l}`] ?? '';
      const attributesOf = readAttributes(`attributes_${l}`);
      if (!name) {
        if (description || Object.keys(attributesOf).length) fail(`name_${l}`, 'is needed with a description or attributes in its language');
        translations[l] = null;
      } else if (name.length < 2 || name.length > 200) fail(`name_${l}`, 'must be 2 to 200 characters');
      else translations[l] = { name, description, attributes: attributesOf };
    }
    const imageUrl = v.image_url || null;
    if (imageUrl && !/^https?:\/\/\S+$/.test(imageUrl)) fail('image_url', 'must be an http(s) URL');
    if (errors.length === before) {
      rows.push({ line, sku: v.sku, name: v.name, description: v.description ?? '', unit, listPrice, currency: v.currency, categoryCode, active: active!, attributes, imageUrl, translations });
    }
  }
  return { rows, errors, columns: read.header };
}

/** Columns a file may leave out (file column -> product column); an update then keeps what the product has. */
const OPTIONAL_UPDATES: Record<string, string> = {
  description: 'description',
  unit: 'unit',
  category_code: 'category_id',
  active: 'active',
  attributes: 'attributes',
};

/**
 * The SET list of an upsert by SKU (the required columns, and the optional ones the file has) and its
 * condition: a product that already has the file's values is left unwritten.
 */
export function productUpdates(columns: readonly string[]): string {
  const updated = ['name', 'list_price', 'currency', ...columns.filter((c) => c in OPTIONAL_UPDATES).map((c) => OPTIONAL_UPDATES[c])];
  return `${[...updated.map((c) => `${c} = EXCLUDED.${c}`), 'updated_at = now()'].join(', ')}
    WHERE (${updated.map((c) => `product.${c}`).join(', ')}) IS DISTINCT FROM (${updated.map((c) => `EXCLUDED.${c}`).join(', ')})`;
}

export interface ExportedProduct {
  sku: string;
  name: string;
  description: string;
  unit: string;
  list_price: string;
  currency: string;
  category_code: string | null;
  active: boolean;
  attributes: Record<string, string>;
  image_url: string | null;
  translations: Record<string, { name: string; description: string; attributes: Record<string, string> }>;
}

const attributesCell = (attributes: Record<string, string>) => Object.entries(attributes).map(([k, v]) => `${k}=${v}`).join(';');

/**
 * The upsert of one language's translations from a file's rows: the name always, the description and
 * attributes when the file has their columns (otherwise an existing translation keeps its own).
 */
export function translationUpsert(columns: readonly string[], language: string): string {
  const updated = ['name', ...['description', 'attributes'].filter((c) => columns.includes(`${c}_${language}`))];
  return `INSERT INTO product_translation (product_id, language, name, description, attributes)
    SELECT p.id, '${language}', r.name, coalesce(r.description, ''), coalesce(r.attributes, '{}')
      FROM jsonb_to_recordset($1::jsonb) AS r(sku text, name text, description text, attributes jsonb) JOIN product p ON p.sku = r.sku
    ON CONFLICT (product_id, language) DO UPDATE SET ${updated.map((c) => `${c} = EXCLUDED.${c}`).join(', ')}
    WHERE (${updated.map((c) => `product_translation.${c}`).join(', ')}) IS DISTINCT FROM (${updated.map((c) => `EXCLUDED.${c}`).join(', ')})`;
}

/** The same layout the import reads, so an export can be edited and imported back. */
export function productsToCsv(products: ExportedProduct[]): string {
  return stringify(
    products.map(({ translations, ...p }) => ({
      ...p,
      active: p.active ? 'true' : 'false',
      attributes: attributesCell(p.attributes),
      ...Object.fromEntries(TRANSLATED_LANGUAGES.flatMap((l) => [
        [`name_${l}`, translations[l]?.name ?? ''],
        [`description_${l}`, translations[l]?.description ?? ''],
        [`attributes_${l}`, attributesCell(translations[l]?.attributes ?? {})],
      ])),
    })),
    { header: true, columns: [...PRODUCT_CSV_COLUMNS] },
  );
}
