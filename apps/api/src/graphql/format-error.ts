import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { DomainError } from '../domain/errors';

interface ValidationFailure {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationFailure[];
}

/** class-validator's nested failures, flattened to dotted field paths. */
function flattenValidation(errors: ValidationFailure[], prefix = ''): { field: string; reason: string }[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((reason) => ({ field, reason }));
    return [...own, ...flattenValidation(e.children ?? [], field)];
  });
}

/** Unique constraints a racing write can hit after the service's own check: which field they name. */
const UNIQUE_FIELDS: Record<string, string> = {
  product_sku_key: 'sku',
  category_code_key: 'code',
  showroom_slug_key: 'slug',
  tier_code_key: 'code',
  territory_code_key: 'code',
  partner_code_key: 'code',
  app_user_email_key: 'email',
};

interface DriverError {
  code?: string;
  constraint?: string;
  table?: string;
  column?: string;
}

/** PostgreSQL's error fields, whether TypeORM wrapped the error (QueryFailedError) or not. */
function driverErrorOf(error: unknown): DriverError | undefined {
  const wrapped = (error as { driverError?: DriverError } | undefined)?.driverError;
  const direct = error as DriverError | undefined;
  return wrapped ?? (typeof direct?.code === 'string' && /^[0-9A-Z]{5}$/.test(direct.code) ? direct : undefined);
}

function uniqueViolation(error: unknown): { field: string } | null {
  const driver = driverErrorOf(error);
  const field = driver?.code === '23505' && driver.constraint ? UNIQUE_FIELDS[driver.constraint] : undefined;
  return field ? { field } : null;
}

/**
 * The safety net behind the validators: a value PostgreSQL refuses as data (class 22) or as a check or
 * foreign-key violation is the client's bad input, never an internal error. The reason is ours; the
 * database's message (SQL, values) never reaches the client.
 */
const DATA_REASONS: Record<string, string> = {
  '22001': 'is too long',
  '22003': 'is out of range',
  '22P02': 'is not in the expected format',
  '22007': 'is not a valid date or time',
  '22008': 'is not a valid date or time',
  '22021': 'contains characters that cannot be stored',
  '23503': 'refers to something that does not exist',
  '23514': 'is not an allowed value',
};

/** The reasons only the safety net gives: the property test treats each as a validator that is missing. */
export const DATABASE_REASONS: ReadonlySet<string> = new Set([...Object.values(DATA_REASONS), 'is not a valid value']);

const camel = (snake: string) => snake.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** The field a constraint names, by PostgreSQL's naming (<table>_<column>_check, <table>_<column>_fkey). */
function constraintField(driver: DriverError): string | undefined {
  if (driver.column) return camel(driver.column);
  const { constraint, table } = driver;
  if (!constraint || !table || !constraint.startsWith(`${table}_`)) return undefined;
  const column = constraint.slice(table.length + 1).replace(/_(check|fkey)$/, '');
  return column && column !== 'check' && column !== 'fkey' ? camel(column) : undefined;
}

function dataException(error: unknown): { field?: string; reason: string } | null {
  const driver = driverErrorOf(error);
  if (!driver?.code) return null;
  const reason = DATA_REASONS[driver.code] ?? (driver.code.startsWith('22') ? 'is not a valid value' : undefined);
  if (!reason) return null;
  const field = driver.code.startsWith('23') ? constraintField(driver) : undefined;
  return field ? { field, reason } : { reason };
}

const KNOWN_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'OPERATION_RESOLUTION_FAILURE']);

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (original instanceof DomainError) {
    return { ...formatted, message: original.message, extensions: { code: original.code, ...original.details } };
  }
  const unique = uniqueViolation(original);
  if (unique) {
    return { ...formatted, message: `${unique.field}: is already used`, extensions: { code: 'BAD_USER_INPUT', field: unique.field, reason: 'is already used' } };
  }
  // Two transactions that waited on each other (deadlock, serialization): PostgreSQL undid this one.
  const contention = driverErrorOf(original)?.code;
  if (contention === '40P01' || contention === '40001') {
    return { ...formatted, message: 'Another change got in the way and nothing was saved; please try again', extensions: { code: 'CONFLICT', retry: true } };
  }
  const data = dataException(original);
  if (data) {
    const message = data.field ? `${data.field}: ${data.reason}` : `A value ${data.reason}`;
    return { ...formatted, message, extensions: { code: 'BAD_USER_INPUT', ...data } };
  }
  const validation = (original as { extensions?: { validationErrors?: ValidationFailure[] } } | undefined)?.extensions
    ?.validationErrors;
  if (validation) {
    const fields = flattenValidation(validation);
    const first = fields[0];
    return {
      ...formatted,
      message: first ? `${first.field}: ${first.reason}` : 'Invalid input',
      extensions: { code: 'BAD_USER_INPUT', field: first?.field, reason: first?.reason, fields },
    };
  }
  const code = formatted.extensions?.code;
  if (code === 'UNAUTHORIZED') {
    return { message: 'You may not do this', path: formatted.path, extensions: { code: 'FORBIDDEN' } };
  }
  if (typeof code === 'string' && (KNOWN_CODES.has(code) || code === 'BAD_USER_INPUT' || code === 'UNAUTHENTICATED' || code === 'FORBIDDEN')) {
    // type-graphql's own auth errors and GraphQL's parse/validation errors carry safe messages.
    return formatted;
  }
  if (original instanceof GraphQLError && !original.originalError && !original.path) {
    // graphql-js's own refusal of a request before execution, without a code: e.g. "Too many errors
    // processing variables" after fifty bad list items. The client's input, not our failure.
    return { message: original.message, locations: formatted.locations, extensions: { code: 'BAD_USER_INPUT' } };
  }
  // Anything else (a bug, e.g. a null for a non-null field, or a thrown TypeError) is masked; the
  // request-log plugin logs it with the request id.
  return { message: 'Internal error', path: formatted.path, extensions: { code: 'INTERNAL' } };
}

/** Whether formatError masks this error as INTERNAL: what the request log must record. */
export function isUnexpected(error: GraphQLError): boolean {
  return formatError(error.toJSON(), error).extensions?.code === 'INTERNAL';
}

/**
 * What of an unexpected error is logged: its kind, message, stack and PostgreSQL's error fields, and
 * the SQL text. Never the query's parameters (passwords, tokens, personal data) nor PostgreSQL's
 * detail line, which quotes row values.
 */
export function loggableError(error: unknown): Record<string, unknown> {
  const e = (error ?? {}) as Partial<Error> & { query?: unknown };
  const driver = driverErrorOf(error);
  return {
    type: e.name ?? typeof error,
    message: typeof e.message === 'string' ? e.message.slice(0, 500) : String(error).slice(0, 500),
    stack: e.stack,
    ...(driver ? { code: driver.code, constraint: driver.constraint, table: driver.table, column: driver.column } : {}),
    ...(typeof e.query === 'string' ? { query: e.query.slice(0, 2000) } : {}),
  };
}
