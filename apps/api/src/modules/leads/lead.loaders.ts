import { Scope } from '../../access/scope';
import { manyByKey } from '../../domain/loader-kit';
import { LeadService } from './lead.service';
import { LeadLifecycle } from './lead-lifecycle';

export function leadLoaders(scope: Scope, leads: LeadService, lifecycle: LeadLifecycle) {
  return {
    eventsByLeadId: manyByKey((ids: readonly string[]) => lifecycle.eventsOf(scope, ids), (e) => e.leadId),
    itemsByLeadId: manyByKey((ids: readonly string[]) => leads.itemsOf(scope, ids), (i) => i.leadId),
  };
}

declare module '../../access/request-context' {
  interface Loaders extends ReturnType<typeof leadLoaders> {}
  interface Services {
    leads: LeadService;
    leadLifecycle: LeadLifecycle;
  }
}
