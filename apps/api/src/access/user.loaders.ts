import { Scope } from './scope';
import { UserService } from './user.service';
import { manyByKey, oneByKey } from '../domain/loader-kit';

export function userLoaders(scope: Scope, users: UserService) {
  return {
    userById: oneByKey((ids: readonly string[]) => users.byIds(scope, ids), (u) => u.id),
    usersByPartnerId: manyByKey((ids: readonly string[]) => users.usersOfPartners(scope, ids), (u) => u.partnerId as string),
  };
}

declare module './request-context' {
  interface Loaders extends ReturnType<typeof userLoaders> {}
  interface Services {
    config: import('../config').Config;
    auth: import('./auth.service').AuthService;
    users: UserService;
    apiTokens: import('./api-token.service').ApiTokenService;
    notifications: import('./notifications').NotificationService;
    savedQueries: import('./saved-query.service').SavedQueryService;
  }
}
