import i18next from 'i18next';
import type { en } from '../i18n/en';

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

type ReasonKey = keyof typeof en.errors.reason;

interface GraphQLErrorLike {
  message: string;
  extensions?: Record<string, unknown>;
}

/**
 * The GraphQL errors a refusal carries: Apollo Client's CombinedGraphQLErrors (the portals) and the public
 * client's PublicRequestError both hold them as `errors`. Read by shape, so that the public pages' first load
 * does not bring Apollo Client for its class.
 */
function graphQLErrorsOf(error: unknown): readonly GraphQLErrorLike[] | null {
  if (!(error instanceof Error) || !('errors' in error)) return null;
  const { errors } = error as { errors: unknown };
  return Array.isArray(errors) && errors.length > 0 && errors.every((e) => e && typeof (e as GraphQLErrorLike).message === 'string')
    ? (errors as GraphQLErrorLike[])
    : null;
}
const CODES = ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'LIMIT_EXCEEDED', 'BAD_USER_INPUT'] as const;

/**
 * The API's reasons (in English, for people and for API clients alike) as the SPA's language says them: the
 * common ones by their shape, with the numbers and examples they carry. A reason none of these knows stays
 * as the server wrote it.
 */
const REASONS: [RegExp, ReasonKey][] = [
  [/^(?:is required|must not be empty|should not be empty|must be given.*)$/, 'required'],
  [/^must be (?:an id|ids)$/, 'id'],
  [/^must be an email address$/, 'email'],
  [/^must be a phone number$/, 'phone'],
  [/^must be a postal code$/, 'postalCode'],
  [/^must be (?:a )?two-letter ISO country codes?$/, 'country'],
  [/^must be (?:an http\(s\) URL|an absolute http or https address)$/, 'url'],
  [/^must be (?:at most|shorter than or equal to) (?<n>\d+) characters(?: long)?$/, 'maxLength'],
  [/^must be (?:at least|longer than or equal to) (?<n>\d+) characters(?: long)?$/, 'minLength'],
  [/^must be an amount(?: with at most two decimals)?,? like (?<example>[\d.]+)$/, 'amount'],
  [/^must be a date like (?<example>\S+)$/, 'date'],
  [/^must be today or later$/, 'notPast'],
  [/^must be a number greater than 0$/, 'positive'],
  [/^must be a quantity greater than 0, like 2 or 1\.5$/, 'quantity'],
  [/^must not be greater than (?<n>-?[\d.]+)$/, 'max'],
  [/^must not be less than (?<n>-?[\d.]+)$/, 'min'],
  [/^must be an integer number$/, 'integer'],
  [/^must be (?:an image of )?at most (?<size>\d+ [KM]B)$/, 'fileSize'],
  // Before namesNothing: "names a product twice" names something, twice.
  [/^(?:is given twice|names an? \w+ twice|has the same key twice|repeats the \w+ of line \d+)$/, 'twice'],
  [/^(?:names (?:no|a) .+|is not a partner of the locator)$/, 'namesNothing'],
  [/^is already used(?: by another \w+)?$/, 'used'],
  [/^would make the \w+ its own ancestor$/, 'cycle'],
  [/^must be (?<min>\d+) to (?<max>\d+) characters$/, 'lengthRange'],
  [/^must have (?<min>\d+) to (?<max>\d+) letters and digits$/, 'lettersAndDigits'],
  [/^must have at least (?<n>\d+) characters besides spaces$/, 'minLength'],
  [/^must not be blank$/, 'required'],
  [/^(?:is not an active .+|must be an active .+)$/, 'inactive'],
  [/^(?:must be a PNG, JPEG or WebP image|is not a image\/\w+ file|is not base64 file content)$/, 'imageType'],
  [/^is the default language, whose texts? (?:is|are) .+$/, 'defaultLanguage'],
  [/^is needed with a description or attributes in its language$/, 'translationName'],
  [/^needs the name column of its language.*$/, 'translationColumn'],
  [/^is reserved$/, 'reserved'],
  [/^must (?:not contain (?:NUL|control) characters|be valid Unicode.*)$/, 'text'],
  [/^(?:is not a valid value|is not a cursor this list gave out|is not a date)$/, 'invalid'],
];

const english = () => !i18next.language || i18next.language.startsWith('en');

/** A reason from the API in the SPA's language, where it is one of the common ones. */
export function translateReason(reason: string): string {
  if (english()) return reason;
  // class-validator's own messages may start with the property's name.
  const bare = reason.replace(/^[a-z][A-Za-z0-9.[\]]* (?=(?:must|should) )/, '');
  for (const [shape, key] of REASONS) {
    const match = shape.exec(bare);
    // The reasons take different values ({{n}}, {{example}}, {{size}}): each gets those its shape captured.
    if (match) return (i18next.t as (key: string, values: Record<string, string>) => string)(`errors.reason.${key}`, { ...match.groups });
  }
  return reason;
}

/** The first GraphQL error's code (UNAUTHENTICATED, NOT_FOUND, BAD_USER_INPUT, ...), if the server sent one. */
export function errorCode(error: unknown): string | undefined {
  const code = graphQLErrorsOf(error)?.[0]?.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}

/** The server's own message: already written for people (e.g. "Email or password is wrong"). */
export function errorMessage(error: unknown): string | undefined {
  return graphQLErrorsOf(error)?.[0]?.message;
}

/** BAD_USER_INPUT's named fields: `extensions.fields` for validation failures, else `field` + `reason`. */
export function fieldErrors(error: unknown): ServerFieldError[] {
  return (graphQLErrorsOf(error) ?? []).flatMap((e) => {
    const ext = e.extensions ?? {};
    if (ext.code !== 'BAD_USER_INPUT') return [];
    if (Array.isArray(ext.fields) && ext.fields.length > 0) {
      return (ext.fields as ServerFieldError[]).map((f) => ({ field: f.field, reason: translateReason(f.reason) }));
    }
    return typeof ext.field === 'string' ? [{ field: ext.field, reason: translateReason(String(ext.reason ?? e.message)) }] : [];
  });
}

/** A refused CSV upload's rows: BAD_USER_INPUT with `extensions.errors` (line, field, reason). */
export function csvErrors(error: unknown): ServerCsvError[] {
  return (graphQLErrorsOf(error) ?? []).flatMap((e) => {
    const ext = e.extensions ?? {};
    return ext.code === 'BAD_USER_INPUT' && Array.isArray(ext.errors)
      ? (ext.errors as ServerCsvError[]).map((row) => ({ ...row, reason: translateReason(row.reason) }))
      : [];
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

/**
 * A sentence for any failure, in the SPA's language: in English the server's own message (written for people,
 * and the most precise); in another language a field's reason translated, or the code's sentence.
 */
export function describeError(error: unknown): string {
  const code = errorCode(error);
  if (code === 'INTERNAL') return i18next.t('errors.internal');
  const message = errorMessage(error);
  if (message === undefined) return i18next.t('errors.network');
  if (english()) return message;
  const [field] = fieldErrors(error);
  if (field) return `${field.field}: ${field.reason}`;
  return code && (CODES as readonly string[]).includes(code) ? i18next.t(`errors.code.${code as (typeof CODES)[number]}`) : message;
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
