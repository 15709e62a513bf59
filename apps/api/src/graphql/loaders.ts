import { Scope } from '../access/scope';
import type { Loaders, Services } from '../access/request-context';
import { userLoaders } from '../access/user.loaders';
import { partnerLoaders } from '../modules/partners/partner.loaders';
import { catalogLoaders } from '../modules/catalog/catalog.loaders';
import { leadLoaders } from '../modules/leads/lead.loaders';

/** Every loader of a request, built fresh per request so that caches never cross viewers. */
export function createLoaders(scope: Scope, services: Services): Loaders {
  return {
    ...userLoaders(scope, services.users),
    ...partnerLoaders(scope, services.partners, services.referenceData),
    ...catalogLoaders(scope, services.catalog),
    ...leadLoaders(scope, services.leads),
  };
}
