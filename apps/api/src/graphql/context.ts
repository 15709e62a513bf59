import type { Request, Response } from 'express';
import { Scope } from '../access/scope';
import { Viewer } from '../access/viewer';
import type { Context, Services } from '../access/request-context';
import { createLoaders } from './loaders';
import { requestLanguage } from '../domain/language';

export type { Context } from '../access/request-context';

/** A request's context on the scope the HTTP layer opened for it (its one connection). */
export function createContext(services: Services, scope: Scope, req: Request, res: Response): Context {
  const ctx: Context = {
    scope,
    viewer: scope.viewer,
    language: requestLanguage(req.headers['accept-language']),
    publicScopes: new Map(),
    services,
    req,
    res,
    loaders: createLoaders(scope, services),
    /**
     * Work done so far in this request (a lead filed before the sign-in) is committed first, never
     * dropped; the loaders start afresh, since their caches belong to the previous viewer.
     */
    // `this`, not `ctx`: Apollo hands resolvers a shallow copy of the context it was given.
    async actAs(this: Context, viewer: Viewer) {
      await this.scope.finish(true);
      this.scope = this.scope.as(viewer);
      this.viewer = viewer;
      this.publicScopes = new Map();
      this.loaders = createLoaders(this.scope, services);
    },
  };
  return ctx;
}
