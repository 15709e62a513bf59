import { Scope } from '../access/scope';
import { Services } from '../services';
import { userLoaders } from '../access/user.loaders';
import { partnerLoaders } from '../modules/partners/partner.loaders';
import { catalogLoaders } from '../modules/catalog/catalog.loaders';

/** Every loader of a request, built fresh per request so that caches never cross viewers. */
export function createLoaders(scope: Scope, services: Services) {
  return {
    ...userLoaders(scope, services.users),
    ...partnerLoaders(scope, services.partners, services.referenceData),
    ...catalogLoaders(scope, services.catalog),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
