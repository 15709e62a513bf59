import type { Request, Response } from 'express';
import { Scope } from './scope';
import { Viewer } from './viewer';
import type { CatalogLanguage } from '../domain/language';

/**
 * The application's services, built once at boot (src/services.ts). Each module adds its own here by
 * declaration merging (`declare module '.../access/request-context'`), so that resolvers reach services
 * through the request without access or any module importing the GraphQL edge or each other.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface Services {}

/** Every loader of a request, built fresh per request; each module merges in its own (see Services). */
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface Loaders {}

/** What a resolver receives: the request's scope, its viewer, the services and the request's loaders. */
export interface Context {
  scope: Scope;
  viewer: Viewer | null;
  /** The catalog language this request reads texts in (Accept-Language; the default when none fits). */
  language: CatalogLanguage;
  loaders: Loaders;
  services: Services;
  /** Public showroom scopes of this request by partner set, on the request's one connection. */
  publicScopes: Map<string, Scope>;
  /** After sign-in the rest of the operation runs as the new viewer (see graphql/context.ts). */
  actAs(viewer: Viewer): Promise<void>;
  req: Request;
  res: Response;
}

/** The public view of one showroom partner (or of none, for the brand's showroom), whoever is signed in. */
export function publicScope(ctx: Context, partnerIds: readonly string[]): Scope {
  const key = [...partnerIds].sort().join(',');
  let scope = ctx.publicScopes.get(key);
  if (!scope) {
    scope = ctx.scope.publicFor(partnerIds);
    ctx.publicScopes.set(key, scope);
  }
  return scope;
}
