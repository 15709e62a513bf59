import type { ApolloCache } from '@apollo/client';

/**
 * After a partner changes (status, tier, parent...), cached lists may no longer match their filters and the
 * channel's recent changes miss one: drop them, and each is fetched afresh when next shown.
 */
export function forgetPartnerLists(cache: ApolloCache): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'partners' });
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'recentPartnerChanges' });
  cache.gc();
}
