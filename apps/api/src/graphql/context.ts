import type { Request, Response } from 'express';
import { Scope } from '../access/scope';
import { Viewer } from '../access/viewer';
import { createLoaders, Loaders } from './loaders';
import { Services } from '../services';
import { LimitExceeded } from '../domain/errors';

export interface Context {
  scope: Scope;
  /** Public showroom scopes of this request by partner set; ended with the request like `scope`. */
  publicScopes: Map<string, Scope>;
  viewer: Viewer | null;
  loaders: Loaders;
  services: Services;
  req: Request;
  res: Response;
}

/** Each extra scope holds a pooled connection until the response: a request gets few. */
const MAX_PUBLIC_SCOPES = 2;

export function createContext(services: Services, viewer: Viewer | null, req: Request, res: Response): Context {
  const scope = new Scope(services.dataSource, viewer);
  return { scope, publicScopes: new Map(), viewer, services, req, res, loaders: createLoaders(scope, services) };
}

/** Every scope the request opened, each once. */
export function scopesOf(ctx: Context): Scope[] {
  return [...new Set([ctx.scope, ...ctx.publicScopes.values()])];
}

/**
 * The public view of one showroom partner (or of none, for the brand's showroom), whoever is signed in.
 * An anonymous request's own scope becomes that view when nothing has used it yet, so the hot public
 * path holds one connection; other cases get one extra scope per partner set, at most two.
 */
export function publicScope(ctx: Context, partnerIds: readonly string[]): Scope {
  const key = [...partnerIds].sort().join(',');
  const known = ctx.publicScopes.get(key);
  if (known) return known;
  if (!ctx.viewer && ctx.scope.retargetPublic(partnerIds)) {
    ctx.publicScopes.set(key, ctx.scope);
    return ctx.scope;
  }
  if (ctx.publicScopes.size >= MAX_PUBLIC_SCOPES) throw new LimitExceeded('A request may read at most two showrooms');
  const scope = ctx.scope.publicFor(partnerIds);
  ctx.publicScopes.set(key, scope);
  return scope;
}

/**
 * After sign-in the rest of the operation (the payload's fields) runs as the new viewer. Work done so
 * far in this request (a lead filed before the sign-in) is committed first, never dropped.
 */
export async function actAs(ctx: Context, viewer: Viewer): Promise<void> {
  for (const scope of scopesOf(ctx)) await scope.finish(true);
  Object.assign(ctx, createContext(ctx.services, viewer, ctx.req, ctx.res));
}
