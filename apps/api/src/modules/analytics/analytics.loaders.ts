import { Scope } from '../../access/scope';
import { oneByKey } from '../../domain/loader-kit';
import type { PartnerFigures } from '../partners/partner-figures';
import type { KpiRollup } from './kpi-rollup';
import type { MetricsService } from './metrics.service';
import type { QuotaService } from './quota.service';
import type { SignalService } from './signals';

export function analyticsLoaders(scope: Scope, partnerFigures: PartnerFigures) {
  return {
    territoryById: oneByKey((ids: readonly string[]) => partnerFigures.territoriesByIds(scope, ids), (t) => t.id),
  };
}

declare module '../../access/request-context' {
  interface Loaders extends ReturnType<typeof analyticsLoaders> {}
  interface Services {
    kpiRollup: KpiRollup;
    metrics: MetricsService;
    quotas: QuotaService;
    signals: SignalService;
    partnerFigures: PartnerFigures;
  }
}
