import { finished } from 'node:stream';
import compression from 'compression';
import express, { type Request, type RequestHandler, type Response } from 'express';
import { ApolloServer, BaseContext, HeaderMap, HTTPGraphQLRequest, HTTPGraphQLResponse } from '@apollo/server';
import { assignRequestId } from './request-id';
import { pathDecodes } from './http-errors';

/**
 * POST and GET /graphql without the middleware chain the rest of the site goes through. A profile of a
 * small query under load spent 15-20% of the API's CPU in front of Apollo: the router, helmet's dozen
 * middlewares, compression wrapping every response, body-parser and the Express integration. This
 * handler does the same work directly, and answers exactly as that chain did:
 * - the request id and helmet's headers (recorded once at start, see recordedSecurityHeaders);
 * - Vary: Accept-Encoding, which compression() added to every answer here (all have a compressible
 *   type), however small, except a 304;
 * - the JSON body read with the same limit and the same error answers (given to graphqlHttpErrors
 *   through `next`); bodies other than plain UTF-8 JSON still go through express.json;
 * - Apollo called as @as-integrations/express5 calls it, answered with res.send (ETag, HEAD, 304) and
 *   through compression() only when an answer is large enough to be compressed.
 */
export interface GraphQLEndpointOptions<TContext extends BaseContext, TPrepared> {
  apollo: ApolloServer<TContext>;
  securityHeaders: ReadonlyArray<readonly [string, string]>;
  /** The largest request body, in bytes. */
  bodyLimit: number;
  /** Runs before the body is read, so that a slow upload holds nothing: false once it has answered. */
  admit(req: Request, res: Response): boolean | Promise<boolean>;
  /** Runs once the body is read: what the operation needs, or undefined once it has answered. */
  prepare(req: Request, res: Response): Promise<TPrepared | undefined>;
  /** The operation's context, built when Apollo asks for it. */
  context(req: Request, res: Response, prepared: TPrepared): Promise<TContext>;
}

/** compression()'s default threshold: it never compressed a smaller answer. */
const COMPRESSION_THRESHOLD = 1024;

/** What the SPA and API clients send; any other type, charset or content encoding goes through express.json. */
const PLAIN_JSON = new Set(['application/json', 'application/json; charset=utf-8', 'application/json;charset=utf-8']);

export function graphqlEndpoint<TContext extends BaseContext, TPrepared>(options: GraphQLEndpointOptions<TContext, TPrepared>): RequestHandler {
  const compress = compression();
  const otherJson = express.json({ limit: options.bodyLimit });

  async function handle(req: Request, res: Response): Promise<void> {
    assignRequestId(req, res);
    for (const [name, value] of options.securityHeaders) res.setHeader(name, value);
    res.setHeader('Vary', 'Accept-Encoding');
    if (!(await options.admit(req, res))) return;
    req.body = isPlainJson(req) ? parseJson(await readBody(req, options.bodyLimit)) : await viaExpressJson(otherJson, req, res);
    const prepared = await options.prepare(req, res);
    if (prepared === undefined) return;
    const response = await options.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: graphqlRequest(req),
      context: () => options.context(req, res, prepared),
    });
    await answer(req, res, response, compress);
  }

  return (req, res, next) => {
    // A path below /graphql that does not decode (/graphql/%zz) takes the general route, which refuses it.
    if (req.url.includes('%') && !pathDecodes(req.path)) return next();
    handle(req, res).catch(next);
  };
}

/** As type-is's hasBody: a length or a chunked transfer announces a body, even an empty one. */
function isPlainJson(req: Request): boolean {
  const { 'content-type': type, 'content-encoding': encoding, 'content-length': length } = req.headers;
  const hasBody = req.headers['transfer-encoding'] !== undefined || length !== undefined;
  return hasBody && PLAIN_JSON.has(type?.toLowerCase() ?? '') && (!encoding || encoding.toLowerCase() === 'identity');
}

/** A client's fault in body-parser's terms ({status, type}), answered by graphqlHttpErrors. */
function fault(status: number, type: string, message: string): Error {
  return Object.assign(new Error(message), { status, type, expose: true });
}

/**
 * The whole body, at most `limit` bytes. Like body-parser, a refused body is still read to its end
 * before the answer goes out: a client still sending would otherwise see a reset, not the answer.
 */
function readBody(req: Request, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    const cleanup = () => {
      req.off('data', onData).off('end', onEnd).off('close', onClose).off('error', onClose);
    };
    const fail = (error: Error) => {
      cleanup();
      req.resume();
      finished(req, () => reject(error));
    };
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received > limit) fail(fault(413, 'entity.too.large', 'request entity too large'));
      else chunks.push(chunk);
    };
    const onEnd = () => {
      cleanup();
      resolve(Buffer.concat(chunks, received));
    };
    const onClose = () => fail(fault(400, 'request.aborted', 'request aborted'));
    if (Number(req.headers['content-length']) > limit) return fail(fault(413, 'entity.too.large', 'request entity too large'));
    req.on('data', onData).on('end', onEnd).on('close', onClose).on('error', onClose);
  });
}

/** body-parser's strict JSON: UTF-8 without its byte order mark, an object or array, an empty body as {}. */
function parseJson(body: Buffer): unknown {
  let text = body.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.length === 0) return {};
  const notJson = () => fault(400, 'entity.parse.failed', 'request body is not a JSON object or array');
  if (!/^[\x20\x09\x0a\x0d]*[{[]/.test(text)) throw notJson();
  try {
    return JSON.parse(text);
  } catch {
    throw notJson();
  }
}

/** Other charsets and content encodings, as before: express.json reads them (or refuses with 415). */
function viaExpressJson(parser: RequestHandler, req: Request, res: Response): Promise<unknown> {
  return new Promise((resolve, reject) => parser(req, res, (err?: unknown) => (err ? reject(err) : resolve(req.body))));
}

/** The request as @as-integrations/express5 hands it to Apollo. */
function graphqlRequest(req: Request): HTTPGraphQLRequest {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  // url.parse's search: from the question mark up to any fragment.
  const url = req.url;
  const query = url.indexOf('?');
  const hash = url.indexOf('#', query);
  const search = query < 0 ? '' : url.slice(query, hash < 0 ? undefined : hash);
  return { method: req.method.toUpperCase(), headers, search, body: req.body };
}

async function answer(req: Request, res: Response, response: HTTPGraphQLResponse, compress: RequestHandler): Promise<void> {
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status || 200;
  if (response.body.kind === 'chunked') {
    // Incremental delivery (multipart/mixed, a type compression() never compressed): each part as it comes.
    res.removeHeader('Vary');
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
    return;
  }
  const body = response.body.string;
  const length = Buffer.byteLength(body);
  if (length < COMPRESSION_THRESHOLD && isPlainAnswer(req, res)) return sendPlain(req, res, body, length);
  if (isConditional(req)) withoutVaryOn304(req, res, body);
  if (length < COMPRESSION_THRESHOLD) res.send(body);
  else compress(req, res, () => res.send(body));
}

type ETagOf = (body: string, encoding: string) => string;

/**
 * A POST answered with Apollo's JSON type, the common case, where res.send would only add the length and
 * the ETag: no freshness (POST), no body to strip (no 204 or 304), its charset already named.
 */
function isPlainAnswer(req: Request, res: Response): boolean {
  return req.method === 'POST' && res.statusCode !== 204 && res.statusCode !== 304 && res.getHeader('content-type') === 'application/json; charset=utf-8';
}

function sendPlain(req: Request, res: Response, body: string, length: number): void {
  const etagOf = req.app.get('etag fn') as ETagOf | undefined;
  if (etagOf) res.setHeader('ETag', etagOf(body, 'utf8'));
  res.setHeader('Content-Length', length);
  res.end(body);
}

/**
 * res.send answers a GET with 304 when the client holds this ETag (it keeps the one set here), and
 * compression() added no Vary to a 304, which has no Content-Type.
 */
function withoutVaryOn304(req: Request, res: Response, body: string): void {
  const etagOf = req.app.get('etag fn') as ETagOf | undefined;
  if (!etagOf) return;
  res.setHeader('ETag', etagOf(body, 'utf8'));
  if (req.fresh) res.removeHeader('Vary');
}

function isConditional(req: Request): boolean {
  return (req.method === 'GET' || req.method === 'HEAD') && Boolean(req.headers['if-none-match'] || req.headers['if-modified-since']);
}
