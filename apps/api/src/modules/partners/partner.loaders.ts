import { Scope } from '../../access/scope';
import { manyByKey, oneByKey } from '../../domain/loader-kit';
import { PartnerService } from './partner.service';
import { ReferenceDataService } from './reference-data.service';

export const HISTORY_PER_PARTNER = 50;

export function partnerLoaders(scope: Scope, partners: PartnerService, referenceData: ReferenceDataService) {
  return {
    partnerById: oneByKey((ids: readonly string[]) => partners.byIds(scope, ids), (p) => p.id),
    childrenByPartnerId: manyByKey((ids: readonly string[]) => partners.childrenOf(scope, ids), (p) => p.parentId as string),
    territoriesByPartnerId: manyByKey((ids: readonly string[]) => partners.territoriesOf(scope, ids), (t) => t.partnerId),
    historyByPartnerId: manyByKey((ids: readonly string[]) => partners.historyOf(scope, ids, HISTORY_PER_PARTNER), (c) => c.partnerId),
    tierById: oneByKey((ids: readonly string[]) => referenceData.tiersByIds(scope, ids), (t) => t.id),
  };
}

declare module '../../access/request-context' {
  interface Loaders extends ReturnType<typeof partnerLoaders> {}
  interface Services {
    partners: PartnerService;
    lifecycle: import('./partner-lifecycle').PartnerLifecycle;
    staff: import('./partner-staff.service').PartnerStaffService;
    referenceData: ReferenceDataService;
  }
}
