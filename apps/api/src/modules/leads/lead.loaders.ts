import { Scope } from '../../access/scope';
import { manyByKey, oneByKey } from '../../domain/loader-kit';
import { LeadService } from './lead.service';
import { LeadLifecycle } from './lead-lifecycle';
import { LeadDispatcher } from './lead-dispatcher';

export function leadLoaders(scope: Scope, leads: LeadService, lifecycle: LeadLifecycle) {
  return {
    eventsByLeadId: manyByKey((ids: readonly string[]) => lifecycle.eventsOf(scope, ids), (e) => e.leadId),
    explanationByEventId: oneByKey((ids: readonly string[]) => lifecycle.explanationsOf(scope, ids), (e) => e.eventId),
    itemsByLeadId: manyByKey((ids: readonly string[]) => leads.itemsOf(scope, ids), (i) => i.leadId),
  };
}

declare module '../../access/request-context' {
  interface Loaders extends ReturnType<typeof leadLoaders> {}
  interface Services {
    leads: LeadService;
    leadLifecycle: LeadLifecycle;
    leadDispatcher: LeadDispatcher;
  }
}
