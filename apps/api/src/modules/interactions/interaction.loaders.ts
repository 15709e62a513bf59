import { Scope } from '../../access/scope';
import { manyByKey, oneByKey } from '../../domain/loader-kit';
import { InteractionService } from './interaction.service';
import { PartnerTimeline } from './partner-timeline';

export function interactionLoaders(scope: Scope, interactions: InteractionService) {
  return {
    interactionById: oneByKey((ids: readonly string[]) => interactions.byIds(scope, ids), (i) => i.id),
    interactionTasksByInteractionId: manyByKey((ids: readonly string[]) => interactions.tasksOfInteractions(scope, ids), (t) => t.interactionId),
  };
}

declare module '../../access/request-context' {
  interface Loaders extends ReturnType<typeof interactionLoaders> {}
  interface Services {
    interactions: InteractionService;
    partnerTimeline: PartnerTimeline;
  }
}
