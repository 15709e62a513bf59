import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import { STATUS_CODES } from 'node:http';
import { logger } from '../logger';

/**
 * Errors that express, body-parser and the router raise for a malformed request carry a 4xx `status`
 * and a `type`. Their own messages are safe, but we answer in our words: the client needs the reason,
 * never a stack or a path on the server.
 */
interface HttpError {
  status?: number;
  statusCode?: number;
  type?: string;
}

const REASONS: Record<string, string> = {
  'entity.parse.failed': 'The request body is not a JSON object or array',
  'entity.too.large': 'The request body is too large',
  'entity.verify.failed': 'The request body could not be read',
  'charset.unsupported': 'The request body has an unsupported charset; send UTF-8',
  'encoding.unsupported': 'The request body has an unsupported content encoding',
  'parameters.too.many': 'The request has too many parameters',
  'request.aborted': 'The request was aborted',
  'request.size.invalid': 'The request body is shorter or longer than its Content-Length',
  'stream.encoding.set': 'The request body could not be read',
};

interface ClientFault {
  status: number;
  message: string;
}

/** The 4xx answer for a client's mistake, or null for our own failure (answered 500 and logged). */
function clientFault(err: unknown): ClientFault | null {
  const e = (err ?? {}) as HttpError;
  const status = e.status ?? e.statusCode;
  if (typeof status !== 'number' || status < 400 || status >= 500) return null;
  // The router's decodeURIComponent of a path parameter fails as a URIError with status 400.
  const reason = e.type ? REASONS[e.type] : err instanceof URIError ? 'The address has a malformed percent-encoding' : undefined;
  return { status, message: reason ?? STATUS_CODES[status] ?? 'Bad request' };
}

function logUnexpected(err: unknown, req: Request, res: Response): string {
  const id = String(res.locals.requestId ?? 'unknown');
  logger.error({ err, requestId: id, method: req.method, url: req.originalUrl }, 'unexpected error in an HTTP handler');
  return id;
}

/**
 * /graphql speaks GraphQL's error shape even when the request never reached GraphQL (bad JSON, a body
 * of `null`, an unknown charset, too large), so that clients parse one kind of answer.
 */
export function graphqlHttpErrors(): ErrorRequestHandler {
  return (err, req, res, next) => {
    if (res.headersSent) return next(err);
    const fault = clientFault(err);
    if (fault) {
      res.status(fault.status).json({ errors: [{ message: fault.message, extensions: { code: 'BAD_REQUEST' } }] });
      return;
    }
    const id = logUnexpected(err, req, res);
    res.status(500).json({ errors: [{ message: 'Internal error', extensions: { code: 'INTERNAL', requestId: id } }] });
  };
}

/**
 * The last handler: express's own prints the stack as an HTML page unless NODE_ENV is production, and
 * `start` sets no NODE_ENV. Every other route (SPA, images, logos, OCI) gets a short text answer.
 */
export function finalHttpErrors(): ErrorRequestHandler {
  return (err, req, res, _next) => {
    if (res.headersSent) {
      logUnexpected(err, req, res);
      // Half a response already went out: only closing the connection tells the client it is broken.
      res.destroy();
      return;
    }
    const fault = clientFault(err);
    if (fault) {
      res.status(fault.status).type('text/plain').send(fault.message);
      return;
    }
    const id = logUnexpected(err, req, res);
    res.status(500).type('text/plain').send(`Internal error (request ${id})`);
  };
}

/** Whether a path percent-decodes (express would fail on one that does not). */
export function pathDecodes(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * A path that does not decode (/images/%zz) is refused here, once, for every route: the router would
 * raise the same 400 only for routes with parameters, and the SPA fallback would answer 200.
 */
export function refuseMalformedPath(): RequestHandler {
  return (req, _res, next) => {
    if (!pathDecodes(req.path)) return next(Object.assign(new URIError('malformed percent-encoding'), { status: 400 }));
    next();
  };
}

/** Whatever no route answered: express's own 404 is an HTML page. */
export function notFound(): RequestHandler {
  return (_req, res) => {
    res.status(404).type('text/plain').send('Not found');
  };
}
