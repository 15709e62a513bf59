import { randomUUID } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';

/** A proxy's id is kept when it looks like one, so that its logs and ours name the same request. */
const FORWARDED_ID = /^[\w.:-]{8,64}$/;

/**
 * Names every request, in `res.locals.requestId` and the X-Request-Id response header, so that an error
 * a visitor reports ("request 3f2c...") can be found in the log without exposing anything else.
 */
export function requestId(): RequestHandler {
  return (req, res, next) => {
    assignRequestId(req, res);
    next();
  };
}

/** The same naming for handlers outside the middleware chain (the GraphQL endpoint). */
export function assignRequestId(req: Request, res: Response): void {
  const forwarded = req.get('x-request-id');
  const id = forwarded && FORWARDED_ID.test(forwarded) ? forwarded : randomUUID();
  res.locals.requestId = id;
  res.setHeader('X-Request-Id', id);
}
