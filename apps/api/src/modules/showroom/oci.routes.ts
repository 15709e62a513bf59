import { CatalogLanguage, requestLanguage } from '../../domain/language';
import { randomBytes } from 'node:crypto';
import express, { NextFunction, Request, Response, Router } from 'express';
import { Scope, Scopes } from '../../access/scope';
import { BadInput, DomainError, ErrorCode } from '../../domain/errors';
import { ShowroomService } from './showroom.service';
import { OciCatalog } from './oci-lines';
import { OCI_PARAMS, OciCall, OciTransfer, ociProductKey, ociTransfer, parseHookUrl, parseOciQuantity, readOciCall, renderOciForm } from './oci';

export interface OciRouterDeps {
  scopes: Scopes;
  showrooms: ShowroomService;
  catalog: OciCatalog;
}

/** `language`: the texts' language, from the caller's Accept-Language (a procurement system usually sends none: the default). */
type OciFunction = (deps: OciRouterDeps, scope: Scope, slug: string, call: OciCall, hookUrl: URL, res: Response, language: CatalogLanguage) => Promise<void>;

/** Lines a BACKGROUND_SEARCH answers at most (each is 14 form fields). */
const SEARCH_LIMIT = 1000;
const STATUS: Partial<Record<ErrorCode, number>> = { BAD_USER_INPUT: 400, NOT_FOUND: 404 };

function required(value: string | undefined, name: string): string {
  if (!value?.trim()) throw new BadInput(name, 'is required');
  return value;
}

/** The shop's return settings, carried on to the product page so that its basket still goes back. */
function returnQuery(call: OciCall): URLSearchParams {
  const query = new URLSearchParams();
  for (const key of ['hookUrl', 'target', 'okCode', 'returnTarget'] as const) {
    const value = call[key];
    if (value) query.append(OCI_PARAMS[key], value);
  }
  return query;
}

/**
 * Headers of a form page. The auto-submit script runs only with this response's nonce, and the form
 * may post only to the shop's origin (browsers apply form-action to redirects after the post, too).
 */
function sendForm(res: Response, transfer: OciTransfer, title: string, autoSubmit: boolean): void {
  const nonce = randomBytes(16).toString('base64');
  const csp = [`default-src 'none'`, ...(autoSubmit ? [`script-src 'nonce-${nonce}'`] : []), `form-action ${new URL(transfer.action).origin}`, `base-uri 'none'`];
  res.setHeader('Content-Security-Policy', csp.join('; '));
  const page = { hookUrl: transfer.action, target: transfer.target, fields: transfer.fields, title };
  res.status(200).type('html').send(renderOciForm(autoSubmit ? { ...page, autoSubmit, nonce } : { ...page, autoSubmit }));
}

/** DETAIL: the product page in the SPA, which stays in OCI mode through the carried parameters. */
const detail: OciFunction = async (deps, scope, slug, call, _hookUrl, res) => {
  const key = ociProductKey(required(call.productId, OCI_PARAMS.productId));
  // One lookup for both spellings of PRODUCTID: it finds the SKU the page is addressed by and refuses what the showroom does not offer.
  const [line] = await deps.catalog.lines(scope, slug, [{ ...key, quantity: 1 }]);
  res.redirect(302, `/s/${encodeURIComponent(slug)}/p/${encodeURIComponent(line.sku)}?${returnQuery(call)}`);
};

/** VALIDATE: the line priced now, posted straight back to the shop. */
const validate: OciFunction = async (deps, scope, slug, call, hookUrl, res, language) => {
  const key = ociProductKey(required(call.productId, OCI_PARAMS.productId));
  const quantity = parseOciQuantity(call.quantity);
  const transfer = await deps.catalog.transfer(scope, slug, { ...call, hookUrl: hookUrl.href }, [{ ...key, quantity }], language);
  sendForm(res, transfer, 'Transfer to shop', true);
};

/**
 * BACKGROUND_SEARCH: the procurement system reads the form itself; nothing is shown or submitted. OCI has no
 * paging: every match is answered, up to SEARCH_LIMIT, and a header says when there were more.
 */
const backgroundSearch: OciFunction = async (deps, scope, slug, call, hookUrl, res, language) => {
  const text = required(call.searchString, OCI_PARAMS.searchString).trim();
  if (text.length > 100) throw new BadInput(OCI_PARAMS.searchString, 'must be at most 100 characters');
  const { lines, truncated } = await deps.catalog.search(scope, slug, text, SEARCH_LIMIT, language);
  res.setHeader('X-Trellis-Matches', truncated ? `more than ${SEARCH_LIMIT}` : String(lines.length));
  sendForm(res, ociTransfer(hookUrl, call, lines), 'Catalog search', false);
};

const FUNCTIONS: Record<string, OciFunction> = { DETAIL: detail, VALIDATE: validate, BACKGROUND_SEARCH: backgroundSearch };

async function answer(deps: OciRouterDeps, slug: string, call: OciCall, res: Response, language: CatalogLanguage): Promise<void> {
  const hookUrl = parseHookUrl(call.hookUrl);
  const fn = FUNCTIONS[call.function!.toUpperCase()];
  if (!fn) throw new BadInput(OCI_PARAMS.function, `must be ${Object.keys(FUNCTIONS).join(', ')}`);
  // An anonymous request's one connection, given back once the answer is written; OCI calls only read.
  await deps.scopes.read(async (scope) => fn(deps, scope, slug, call, hookUrl, res, language));
}

/** Some procurement systems open the catalog with a POST; the SPA is a GET page, so send the browser there. */
function reopenAsGet(req: Request<{ slug: string }>, res: Response, params: Record<string, unknown>): void {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    for (const each of [value].flat()) if (typeof each === 'string') query.append(name, each);
  }
  res.redirect(303, `${req.baseUrl}/s/${encodeURIComponent(req.params.slug)}?${query}`);
}

/**
 * OCI calls on a showroom's address (/s/<slug>?FUNCTION=...). Without FUNCTION the request is the
 * showroom itself, opened by a shop with HOOK_URL, and passes on to the SPA.
 */
export function ociRouter(deps: OciRouterDeps): Router {
  const router = Router();
  const handle = async (req: Request<{ slug: string }>, res: Response, next: NextFunction): Promise<void> => {
    const params: Record<string, unknown> = { ...req.query, ...(req.body ?? {}) };
    try {
      const call = readOciCall(params, req.params.slug);
      if (!call.function) {
        if (req.method === 'POST' && call.hookUrl) reopenAsGet(req, res, params);
        else next();
        return;
      }
      res.setHeader('Cache-Control', 'no-store');
      res.setHeader('X-Content-Type-Options', 'nosniff');
      await answer(deps, req.params.slug, call, res, requestLanguage(req.headers['accept-language']));
    } catch (err) {
      // The shop's browser or procurement system reads these answers, not a GraphQL client.
      if (!(err instanceof DomainError && STATUS[err.code as ErrorCode])) throw err;
      res.status(STATUS[err.code as ErrorCode]!).type('text/plain').send(err.message);
    }
  };
  router.get('/s/:slug', handle);
  router.post('/s/:slug', express.urlencoded({ extended: false, limit: '64kb' }), handle);
  return router;
}
