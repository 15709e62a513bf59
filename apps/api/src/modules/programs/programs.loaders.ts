import { Scope } from '../../access/scope';
import { manyByKey, oneByKey } from '../../domain/loader-kit';
import { PolicyService } from './policy.service';
import { AnnouncementService } from './announcement.service';
import { TierRulesService } from './tier-rules.service';
import { IncentiveService } from './incentive.service';

export function programLoaders(scope: Scope, policies: PolicyService, announcements: AnnouncementService, tierRules: TierRulesService, incentives: IncentiveService) {
  return {
    salesPolicyById: oneByKey((ids: readonly string[]) => policies.byIds(scope, ids), (p) => p.id),
    policyVersionsByPolicyId: manyByKey((ids: readonly string[]) => policies.versionsOf(scope, ids), (v) => v.policyId),
    ownAcknowledgmentByVersionId: oneByKey((ids: readonly string[]) => policies.ownAcknowledgments(scope, ids), (a) => a.versionId),
    acknowledgmentSummaryByVersionId: oneByKey((ids: readonly string[]) => policies.summaries(scope, ids), (s) => s.versionId),
    ownReadingByAnnouncementId: oneByKey((ids: readonly string[]) => announcements.ownReadings(scope, ids), (r) => r.announcementId),
    tierCriteriaByTierId: manyByKey((ids: readonly string[]) => tierRules.criteriaOf(scope, ids), (c) => c.tierId),
    incentiveProgramById: oneByKey((ids: readonly string[]) => incentives.byIds(scope, ids), (p) => p.id),
    ownAccrualsByProgramId: manyByKey((ids: readonly string[]) => incentives.ownAccruals(scope, ids), (a) => a.programId),
    readSummaryByAnnouncementId: oneByKey((ids: readonly string[]) => announcements.summaries(scope, ids), (s) => s.announcementId),
  };
}

declare module '../../access/request-context' {
  interface Loaders extends ReturnType<typeof programLoaders> {}
  interface Services {
    policies: PolicyService;
    announcements: AnnouncementService;
    tierRules: TierRulesService;
    incentives: IncentiveService;
  }
}
