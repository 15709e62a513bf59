export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'LIMIT_EXCEEDED';

/** A failure the domain expects and the client can act on. Anything else is masked as INTERNAL. */
export class DomainError<C extends ErrorCode = ErrorCode> extends Error {
  constructor(
    readonly code: C,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export class NotFound extends DomainError<'NOT_FOUND'> {
  constructor(what: string, id: string) {
    super('NOT_FOUND', `${what} ${id} was not found`, { id });
  }
}

export class BadInput extends DomainError<'BAD_USER_INPUT'> {
  constructor(field: string, reason: string) {
    super('BAD_USER_INPUT', `${field}: ${reason}`, { field, reason });
  }
}

export class Conflict extends DomainError<'CONFLICT'> {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('CONFLICT', message, details);
  }
}

export class Forbidden extends DomainError<'FORBIDDEN'> {
  constructor(message = 'You may not do this') {
    super('FORBIDDEN', message);
  }
}

export class Unauthenticated extends DomainError<'UNAUTHENTICATED'> {
  constructor(message = 'Sign in first') {
    super('UNAUTHENTICATED', message);
  }
}

export class LimitExceeded extends DomainError<'LIMIT_EXCEEDED'> {
  constructor(message: string, retryAfterSeconds?: number) {
    super('LIMIT_EXCEEDED', message, retryAfterSeconds ? { retryAfterSeconds } : {});
  }
}

