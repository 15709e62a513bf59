import { Scope } from '../../access/scope';
import { manyByKey, oneByKey } from '../../domain/loader-kit';
import { LeadService } from './lead.service';
import { LeadLifecycle } from './lead-lifecycle';
import { LeadDispatcher } from './lead-dispatcher';
import { DealRegistrationService } from './deal-registrations';
import { LeadImportService } from './lead-import.service';

export function leadLoaders(scope: Scope, leads: LeadService, lifecycle: LeadLifecycle, registrations: DealRegistrationService) {
  return {
    leadById: oneByKey((ids: readonly string[]) => leads.byIds(scope, ids), (l) => l.id),
    registrationById: oneByKey((ids: readonly string[]) => registrations.byIds(scope, ids), (r) => r.id),
    itemsByRegistrationId: manyByKey((ids: readonly string[]) => registrations.itemsOf(scope, ids), (i) => i.registrationId),
    conflictsByRegistrationId: manyByKey((ids: readonly string[]) => registrations.conflictsOf(scope, ids), (c) => c.registrationId),
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
    registrations: DealRegistrationService;
    leadImports: LeadImportService;
  }
}
