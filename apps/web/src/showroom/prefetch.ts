import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { prefetch } from '../publicClient';
import { firstRequests } from './showroomQueries';

/**
 * A showroom's pages ask for their data once rendered, and the search page only once the layout has the
 * showroom's frame: on a phone, script evaluation and two round trips one after the other were most of the
 * time to the first product card. So, before the first render (while a language may still be loading), the
 * entry asks for what the address will show (showroomQueries.ts), at once; the pages' own queries then find
 * these answers in flight or kept (publicClient.ts). Where the early entry (early.ts) already sent them, these
 * requests take its answers (earlyRequests.ts).
 */
export function prefetchShowroom(location: { pathname: string; search: string }): void {
  for (const { document, variables } of firstRequests(location)) prefetch(document as TypedDocumentNode<unknown, unknown>, variables);
}
