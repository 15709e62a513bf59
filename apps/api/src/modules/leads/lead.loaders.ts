import { Scope } from '../../access/scope';
import { manyByKey } from '../../domain/loader-kit';
import { LeadService } from './lead.service';

export function leadLoaders(scope: Scope, leads: LeadService) {
  return {
    itemsByLeadId: manyByKey((ids: readonly string[]) => leads.itemsOf(scope, ids), (i) => i.leadId),
  };
}

declare module '../../access/request-context' {
  interface Loaders extends ReturnType<typeof leadLoaders> {}
  interface Services {
    leads: LeadService;
  }
}
