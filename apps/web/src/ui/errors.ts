import { CombinedGraphQLErrors } from '@apollo/client';
import i18next from 'i18next';

export interface ServerFieldError {
  field: string;
  reason: string;
}

/** One bad row of an uploaded CSV file, as the API reports it. */
export interface ServerCsvError {
  line: number;
  field: string;
  reason: string;
}

/** The first GraphQL error's code (UNAUTHENTICATED, NOT_FOUND, BAD_USER_INPUT, ...), if the server sent one. */
export function errorCode(error: unknown): string | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const code = error.errors[0]?.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}

/** The server's own message: already written for people (e.g. "Email or password is wrong"). */
export function errorMessage(error: unknown): string | undefined {
  if (CombinedGraphQLErrors.is(error)) return error.errors[0]?.message;
  return undefined;
}

/** BAD_USER_INPUT's named fields: `extensions.fields` for validation failures, else `field` + `reason`. */
export function fieldErrors(error: unknown): ServerFieldError[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.flatMap((e) => {
    const ext = e.extensions ?? {};
    if (ext.code !== 'BAD_USER_INPUT') return [];
    if (Array.isArray(ext.fields) && ext.fields.length > 0) return ext.fields as ServerFieldError[];
    return typeof ext.field === 'string' ? [{ field: ext.field, reason: String(ext.reason ?? e.message) }] : [];
  });
}

/** A refused CSV upload's rows: BAD_USER_INPUT with `extensions.errors` (line, field, reason). */
export function csvErrors(error: unknown): ServerCsvError[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.flatMap((e) => {
    const ext = e.extensions ?? {};
    return ext.code === 'BAD_USER_INPUT' && Array.isArray(ext.errors) ? (ext.errors as ServerCsvError[]) : [];
  });
}

/**
 * Puts the server's field errors next to the form's fields (server names map to form paths through
 * `rename`, e.g. territoryIds -> territories). Returns what no field could show, for an alert above the form.
 */
export function applyServerErrors(
  form: { getValues(): object; setErrors(errors: Record<string, string>): void },
  error: unknown,
  rename: Record<string, string> = {},
): string | null {
  const fields = fieldErrors(error);
  const known = new Set(Object.keys(flatten(form.getValues())));
  const errors: Record<string, string> = {};
  const leftover: string[] = [];
  for (const { field, reason } of fields) {
    const path = rename[field] ?? field;
    if (known.has(path)) errors[path] ??= reason;
    else leftover.push(`${field}: ${reason}`);
  }
  form.setErrors(errors);
  focusFirstError(errors);
  if (leftover.length > 0) return leftover.join('\n');
  if (fields.length > 0) return null;
  return describeError(error);
}

/** A sentence for any failure: the server's message, or a translated one when the server was not reached. */
export function describeError(error: unknown): string {
  const code = errorCode(error);
  if (code === 'INTERNAL') return i18next.t('errors.internal');
  return errorMessage(error) ?? i18next.t('errors.network');
}

function flatten(value: object, prefix = ''): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${key}` : key;
    out[path] = v;
    if (v && typeof v === 'object' && !Array.isArray(v)) Object.assign(out, flatten(v, path));
  }
  return out;
}

/**
 * Moves focus to the first field (in page order) that has an error, which also scrolls it into view: on a
 * long form the submit button is far from the field the user has to fix.
 */
export function focusFirstError(errors: Record<string, unknown>): void {
  const active = document.activeElement as HTMLButtonElement | null;
  const root: ParentNode = active?.form ?? document;
  const fields = Object.keys(errors)
    .filter((path) => errors[path])
    .map((path) => root.querySelector<HTMLElement>(`[data-path="${CSS.escape(path)}"]`))
    .filter((node): node is HTMLElement => node !== null)
    .sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  fields[0]?.focus();
}
