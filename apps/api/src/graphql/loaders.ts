import { Scope } from '../access/scope';
import type { Loaders, Services } from '../access/request-context';
import { userLoaders } from '../access/user.loaders';
import { partnerLoaders } from '../modules/partners/partner.loaders';
import { catalogLoaders } from '../modules/catalog/catalog.loaders';
import { leadLoaders } from '../modules/leads/lead.loaders';
import { orderLoaders } from '../modules/orders/order.loaders';
import { serviceLoaders } from '../modules/service/service.loaders';
import { mdfLoaders } from '../modules/mdf/mdf.loaders';
import { analyticsLoaders } from '../modules/analytics/analytics.loaders';
import { interactionLoaders } from '../modules/interactions/interaction.loaders';
import { applicationLoaders } from '../modules/programs/application.loaders';
import { onboardingLoaders } from '../modules/programs/onboarding.loaders';
import { programLoaders } from '../modules/programs/programs.loaders';

type Group = (scope: Scope, services: Services) => Record<string, unknown>;

/** Each module's loaders, built together when the request first asks for one of them. */
const GROUPS: Group[] = [
  (scope, s) => userLoaders(scope, s.users),
  (scope, s) => partnerLoaders(scope, s.partners, s.referenceData),
  (scope, s) => catalogLoaders(scope, s.catalog),
  (scope, s) => leadLoaders(scope, s.leads, s.leadLifecycle, s.registrations),
  (scope, s) => orderLoaders(scope, s.orders, s.brandStock),
  (scope, s) => serviceLoaders(scope, s.serviceCases, s.solutionArticles),
  (scope, s) => mdfLoaders(scope, s.mdf),
  (scope, s) => analyticsLoaders(scope, s.partnerFigures),
  (scope, s) => interactionLoaders(scope, s.interactions),
  (scope, s) => applicationLoaders(scope, s.applications),
  (scope, s) => onboardingLoaders(scope, s.onboarding),
  (scope, s) => programLoaders(scope, s.policies, s.announcements, s.tierRules, s.incentives),
];

/** A request's loaders: fresh per request (caches never cross viewers), each module's made on first use. */
class RequestLoaders {
  private readonly built: Record<string, unknown>[] = [];
  constructor(
    private readonly scope: Scope,
    private readonly services: Services,
  ) {}

  group(index: number): Record<string, unknown> {
    return (this.built[index] ??= GROUPS[index](this.scope, this.services));
  }
}

let prototypeReady = false;

/** One getter per loader name on the prototype, learnt from the modules once, so a request pays nothing up front. */
function defineGetters(scope: Scope, services: Services): void {
  GROUPS.forEach((make, index) => {
    for (const name of Object.keys(make(scope, services))) {
      Object.defineProperty(RequestLoaders.prototype, name, {
        get(this: RequestLoaders) {
          return this.group(index)[name];
        },
      });
    }
  });
  prototypeReady = true;
}

export function createLoaders(scope: Scope, services: Services): Loaders {
  if (!prototypeReady) defineGetters(scope, services);
  return new RequestLoaders(scope, services) as unknown as Loaders;
}
