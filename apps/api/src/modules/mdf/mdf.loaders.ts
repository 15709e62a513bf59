import { Scope } from '../../access/scope';
import { manyByKey, oneByKey } from '../../domain/loader-kit';
import { MdfService } from './mdf.service';

export function mdfLoaders(scope: Scope, mdf: MdfService) {
  return {
    mdfFundById: oneByKey((ids: readonly string[]) => mdf.fundsByIds(scope, ids), (f) => f.id),
    mdfAllocationById: oneByKey((ids: readonly string[]) => mdf.allocationsByIds(scope, ids), (a) => a.id),
    mdfAllocationsByFundId: manyByKey((ids: readonly string[]) => mdf.allocationsOfFunds(scope, ids), (a) => a.fundId),
    mdfRequestById: oneByKey((ids: readonly string[]) => mdf.requestsByIds(scope, ids), (r) => r.id),
    mdfClaimsByRequestId: manyByKey((ids: readonly string[]) => mdf.claimsOfRequests(scope, ids), (c) => c.requestId),
    mdfFilesByClaimId: manyByKey((ids: readonly string[]) => mdf.filesOfClaims(scope, ids), (f) => f.claimId),
    mdfAttributionByRequestId: oneByKey((ids: readonly string[]) => mdf.attributionOf(scope, 'request', ids), (a) => a.key),
    mdfAttributionByAllocationId: oneByKey((ids: readonly string[]) => mdf.attributionOf(scope, 'allocation', ids), (a) => a.key),
    mdfAttributionByFundId: oneByKey((ids: readonly string[]) => mdf.attributionOf(scope, 'fund', ids), (a) => a.key),
    mdfCreditByLeadId: oneByKey((ids: readonly string[]) => mdf.creditsOfLeads(scope, ids), (c) => c.leadId),
  };
}

declare module '../../access/request-context' {
  interface Loaders extends ReturnType<typeof mdfLoaders> {}
  interface Services {
    mdf: MdfService;
  }
}
