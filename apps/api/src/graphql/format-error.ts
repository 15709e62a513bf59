import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { logger } from '../logger';
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

function uniqueViolation(error: unknown): { field: string } | null {
  const driver = (error as { driverError?: { code?: string; constraint?: string } } | undefined)?.driverError;
  const field = driver?.code === '23505' && driver.constraint ? UNIQUE_FIELDS[driver.constraint] : undefined;
  return field ? { field } : null;
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
  if (original instanceof GraphQLError && !original.originalError) return formatted;
  logger.error({ err: original, path: formatted.path }, 'unexpected error');
  return { message: 'Internal error', path: formatted.path, extensions: { code: 'INTERNAL' } };
}
