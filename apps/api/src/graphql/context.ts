import type { Request, Response } from 'express';
import { Scope } from '../access/scope';
import { Viewer } from '../access/viewer';
import { createLoaders, Loaders } from './loaders';
import { Services } from '../services';

export interface Context {
  scope: Scope;
  /** Public showroom scopes this request opened; ended with the request like `scope`. */
  publicScopes: Scope[];
  viewer: Viewer | null;
  loaders: Loaders;
  services: Services;
  req: Request;
  res: Response;
}

export function createContext(services: Services, viewer: Viewer | null, req: Request, res: Response): Context {
  const scope = new Scope(services.dataSource, viewer);
  return { scope, publicScopes: [], viewer, services, req, res, loaders: createLoaders(scope, services) };
}

/**
 * After sign-in the rest of the operation (the payload's fields) runs as the new viewer. The anonymous
 * scope it replaces never opened a transaction, so nothing is left behind.
 */
/** The public view of one showroom partner (or of none, for the brand's showroom), whoever is signed in. */
export function publicScope(ctx: Context, partnerIds: readonly string[]): Scope {
  const scope = ctx.scope.publicFor(partnerIds);
  ctx.publicScopes.push(scope);
  return scope;
}

export async function actAs(ctx: Context, viewer: Viewer): Promise<void> {
  await ctx.scope.finish(true);
  Object.assign(ctx, createContext(ctx.services, viewer, ctx.req, ctx.res));
}
