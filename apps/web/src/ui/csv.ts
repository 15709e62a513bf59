/** One column of a CSV export: its header and how a row gives its cell. */
export interface CsvColumn<Row> {
  header: string;
  value: (row: Row) => string | number | boolean | null | undefined;
}

// A spreadsheet runs a cell that starts with one of these as a formula ("=HYPERLINK(…)", "+1+cmd|…"): such a
// cell gets a leading apostrophe, which the spreadsheet shows as text (OWASP's CSV injection advice).
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell per RFC 4180: quoted when it holds a comma, a quote, CR or LF (quotes doubled), formulas defused.
 * A JavaScript number is written as it is: "-12.5" carries no formula, and an apostrophe would make it text.
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (typeof value !== 'number' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The whole file: a UTF-8 byte order mark (so that Excel reads UTF-8, not the system's code page), the
 * header line, then one line per row, each line ended by CRLF as RFC 4180 has it.
 */
export function toCsv<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]): string {
  const lines = [columns.map((column) => csvCell(column.header)), ...rows.map((row) => columns.map((column) => csvCell(column.value(row))))];
  return `\uFEFF${lines.map((cells) => `${cells.join(',')}\r\n`).join('')}`;
}
