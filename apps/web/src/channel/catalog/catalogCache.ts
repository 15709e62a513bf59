import type { ApolloCache } from '@apollo/client';

/** A product was created or changed: cached product lists may no longer match their filters; refetched when next shown. */
export function forgetProductLists(cache: ApolloCache): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'products' });
  cache.gc();
}
