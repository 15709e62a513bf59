import { validateSync } from 'class-validator';
import { CsvRowError, readCsv } from '../catalog/product-csv';
import { unsafeTextReason } from '../../domain/text';
import { CreateLeadInput } from './lead.inputs';

/** The columns of a lead file: the fields of the New lead form (CreateLeadInput), by the same names. */
export const LEAD_CSV_COLUMNS = ['name', 'company', 'email', 'phone', 'postalCode', 'country', 'message', 'consentText'] as const;
export type LeadCsvColumn = (typeof LEAD_CSV_COLUMNS)[number];
const REQUIRED: readonly LeadCsvColumn[] = ['name', 'email', 'consentText'];
/** Header names, compared in lower case; the board calls the name "contactName", so a file may too. */
const COLUMN_OF: Record<string, LeadCsvColumn> = {
  ...Object.fromEntries(LEAD_CSV_COLUMNS.map((c) => [c.toLowerCase(), c])),
  contactname: 'name',
};

export const MAX_LEAD_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_LEAD_ROWS = 20_000;
/** Errors kept with a failed import; the count says how many there were in all. */
export const MAX_STORED_ERRORS = 200;

/** A row as createByChannel stores it: trimmed, empty optional fields null. */
export interface LeadRow {
  line: number;
  name: string;
  company: string | null;
  email: string;
  phone: string | null;
  postalCode: string | null;
  country: string | null;
  message: string;
  consentText: string;
}

export interface LeadCsvVerdict {
  rows: LeadRow[];
  /** The first MAX_STORED_ERRORS errors, by line. */
  errors: CsvRowError[];
  errorCount: number;
}

/**
 * csv-parse reads text as UTF-8 bytes, which turns a lone surrogate into U+FFFD, a character files may
 * well hold: the file's lone surrogates are marked with a noncharacter first, so that the row names them.
 */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const LONE_SURROGATE_MARK = '\uffff';

const fileError = (reason: string): LeadCsvVerdict => ({ rows: [], errors: [{ line: 1, field: 'file', reason }], errorCount: 1 });

/** The header's columns, or the file-level errors that name what is wrong with it. */
function columnsOf(header: string[]): { columns: LeadCsvColumn[] } | { errors: CsvRowError[] } {
  const unknown = header.filter((h) => !(h in COLUMN_OF));
  const columns = header.map((h) => COLUMN_OF[h]);
  const repeated = [...new Set(columns.filter((c, i) => c && columns.indexOf(c) !== i))];
  const missing = REQUIRED.filter((c) => !columns.includes(c));
  const errors: CsvRowError[] = [];
  if (missing.length) errors.push({ line: 1, field: missing.join(', '), reason: 'column is missing from the header' });
  if (unknown.length) {
    errors.push({ line: 1, field: unknown.map((u) => u || '(empty)').join(', '), reason: `is not a column Trellis knows (${LEAD_CSV_COLUMNS.join(', ')})` });
  }
  if (repeated.length) errors.push({ line: 1, field: repeated.join(', '), reason: 'column appears more than once in the header' });
  return errors.length ? { errors } : { columns };
}

/**
 * One row, judged exactly as the New lead form's input is (the class-validator rules of CreateLeadInput,
 * with the same reasons), after the text checks every GraphQL variable passes (domain/text.ts).
 */
function checkRow(line: number, values: Partial<Record<LeadCsvColumn, string>>): { row: LeadRow } | { errors: CsvRowError[] } {
  const errors: CsvRowError[] = [];
  for (const column of LEAD_CSV_COLUMNS) {
    const value = values[column];
    const reason = value === undefined ? null : value.includes(LONE_SURROGATE_MARK) ? unsafeTextReason('\ud800') : unsafeTextReason(value);
    if (reason) errors.push({ line, field: column, reason });
  }
  if (errors.length) return { errors };
  const input = Object.assign(new CreateLeadInput(), {
    name: values.name ?? '', company: values.company || null, email: values.email ?? '', phone: values.phone || null,
    postalCode: values.postalCode || null, country: values.country || null, message: values.message ?? '', consentText: values.consentText ?? '', items: [],
  });
  // As type-graphql validates arguments (graphql/validate-args.ts): absent optional fields are fine.
  for (const failure of validateSync(input, { skipMissingProperties: true, forbidUnknownValues: false })) {
    for (const reason of Object.values(failure.constraints ?? {})) errors.push({ line, field: failure.property, reason });
  }
  if (errors.length) {
    const order = (field: string) => LEAD_CSV_COLUMNS.indexOf(field as LeadCsvColumn);
    return { errors: errors.sort((a, b) => order(a.field) - order(b.field)) };
  }
  return {
    row: {
      line, name: input.name.trim(), company: input.company?.trim() || null, email: input.email.trim(), phone: input.phone ?? null,
      postalCode: input.postalCode ?? null, country: input.country ?? null, message: input.message.trim(), consentText: input.consentText.trim(),
    },
  };
}

/**
 * Checks a whole lead file: its size, its header, every row (as the form would), and repeated emails
 * (case-insensitive: the later line is the error). Answers every row, or the errors with their lines.
 */
export function validateLeadCsv(text: string): LeadCsvVerdict {
  if (Buffer.byteLength(text, 'utf8') > MAX_LEAD_FILE_BYTES) return fileError(`is larger than ${MAX_LEAD_FILE_BYTES / 1024 / 1024} MB`);
  // One kind of line break, so that line numbers are those an editor shows (csv-parse counts a CRLF inside
  // quotes twice); a value's own line breaks become \n.
  const read = readCsv(text.replace(/\r\n?/g, '\n').replace(LONE_SURROGATE, LONE_SURROGATE_MARK));
  if ('reason' in read) return { rows: [], errors: [read], errorCount: 1 };
  if (read.header.every((h) => h === '')) return fileError('is empty');
  const header = columnsOf(read.header);
  if ('errors' in header) return { rows: [], errors: header.errors, errorCount: header.errors.length };
  if (read.rows.length === 0) return fileError('has a header but no rows');
  if (read.rows.length > MAX_LEAD_ROWS) return fileError(`has ${read.rows.length} rows; at most ${MAX_LEAD_ROWS} are imported at once`);

  const rows: LeadRow[] = [];
  const errors: CsvRowError[] = [];
  let errorCount = 0;
  const firstLineOf = new Map<string, number>();
  for (const { line: lastLine, values } of read.rows) {
    const byColumn = Object.fromEntries(read.header.map((h) => [COLUMN_OF[h], values[h]])) as Partial<Record<LeadCsvColumn, string>>;
    // readCsv answers the line a record ends on; a quoted value's own line breaks say where it began.
    const line = lastLine - Object.values(byColumn).reduce((n, v) => n + (v?.match(/\n/g)?.length ?? 0), 0);
    const checked = checkRow(line, byColumn);
    let found = 'errors' in checked ? checked.errors : [];
    if ('row' in checked) {
      const key = checked.row.email.toLowerCase();
      const first = firstLineOf.get(key);
      if (first === undefined) firstLineOf.set(key, line);
      else found = [{ line, field: 'email', reason: `repeats the email of line ${first}` }];
      if (!found.length) rows.push(checked.row);
    }
    errorCount += found.length;
    errors.push(...found.slice(0, MAX_STORED_ERRORS - errors.length));
  }
  return errorCount ? { rows: [], errors, errorCount } : { rows, errors: [], errorCount: 0 };
}
