import { Scope } from '../../access/scope';
import { manyByKey } from '../../domain/loader-kit';
import { ApplicationService } from './application.service';

export function applicationLoaders(scope: Scope, applications: ApplicationService) {
  return {
    partnerDuplicatesByApplicationId: manyByKey((ids: readonly string[]) => applications.duplicatesOf(scope, ids), (d) => d.applicationId),
  };
}

declare module '../../access/request-context' {
  interface Loaders extends ReturnType<typeof applicationLoaders> {}
  interface Services {
    applications: ApplicationService;
  }
}
