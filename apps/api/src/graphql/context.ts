import type { Request, Response } from 'express';
import { Scope } from '../access/scope';
import { Viewer } from '../access/viewer';
import { createLoaders, Loaders } from './loaders';
import { Services } from '../services';

export interface Context {
  scope: Scope;
  viewer: Viewer | null;
  loaders: Loaders;
  services: Services;
  req: Request;
  res: Response;
}

export function createContext(services: Services, viewer: Viewer | null, req: Request, res: Response): Context {
  const scope = new Scope(services.dataSource, viewer);
  return { scope, viewer, services, req, res, loaders: createLoaders(scope, services) };
}

/**
 * After sign-in the rest of the operation (the payload's fields) runs as the new viewer. The anonymous
 * scope it replaces never opened a transaction, so nothing is left behind.
 */
export async function actAs(ctx: Context, viewer: Viewer): Promise<void> {
  await ctx.scope.finish(true);
  Object.assign(ctx, createContext(ctx.services, viewer, ctx.req, ctx.res));
}
