import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { getMainDefinition } from '@apollo/client/utilities';
import type { Client } from 'graphql-ws';
import { Observable, type Subscription } from 'rxjs';
import { LIVE_QUERIES } from './ui/liveQueries';
import { OperationTypeNode } from 'graphql';
import { relayStylePagination } from '@apollo/client/utilities';
import { ViewerQuery } from './ui/viewer';
import i18next from 'i18next';
import { currentLanguage } from './i18n';

// Operations where UNAUTHENTICATED means "wrong credentials", not "the session ended".
const SIGN_IN_OPERATIONS = new Set(['SignIn', 'AcceptInvitation', 'ChangePassword']);

let liveClient: Client | undefined;
let stopFollowingLanguage: (() => void) | undefined;

/** After a sign-in or sign-out: the live connection is opened again, with the cookie of whoever is signed in now. */
export function restartLive(): void {
  liveClient?.terminate();
}

export function createApolloClient(): ApolloClient {
  const cache = new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          // One cached list per filter and page size; "Load more" appends the next page's edges.
          partners: relayStylePagination(['filter', 'first']),
          products: relayStylePagination(['filter', 'first']),
          offers: relayStylePagination(['partnerId', 'search', 'first']),
          leads: relayStylePagination(['statuses', 'sources', 'partnerIds', 'territoryIds', 'inStatusForHours', 'first']),
          dealRegistrations: relayStylePagination(['statuses', 'first']),
          orders: relayStylePagination(['filter', 'first']),
          // An order already in the cache (just placed, or moved) shows at once; the page still asks for it anew.
          order: { read: (existing, { args, toReference }) => existing ?? (typeof args?.id === 'string' ? toReference({ __typename: 'Order', id: args.id }) : undefined) },
          showroomSearch: relayStylePagination(['slug', 'query', 'categoryId', 'minPrice', 'maxPrice', 'inStockOnly', 'sort', 'first']),
        },
      },
      // The same product has another price in every showroom, and a facet another count in every search:
      // neither may be merged across queries by its id.
      ShowroomItem: { keyFields: false },
      CategoryFacet: { keyFields: false },
      // An offer has no id of its own: it is one partner's terms for one product.
      Offer: { keyFields: ['partnerId', 'productId'] },
      // A partner's showroom settings: one per partner.
      Showroom: { keyFields: ['partnerId'] },
    },
  });
  // A session that ends while the SPA is open (expiry, sign-out elsewhere, deactivation): forget the
  // viewer, and the authenticated layout sends the user to the sign-in page.
  const sessionEnded = new ErrorLink(({ error, operation }) => {
    if (SIGN_IN_OPERATIONS.has(operation.operationName ?? '')) return;
    if (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) {
      cache.writeQuery({ query: ViewerQuery, data: { viewer: null } });
    }
  });
  // Subscriptions over WebSocket on the same address, signed in by the session cookie. Opened with the first
  // subscription and closed after the last (so a new sign-in opens a new one); a lost connection is tried
  // again with growing pauses, unless the server refused the credentials (4401, 4403). Only signed-in pages
  // subscribe, so graphql-ws is fetched with the first subscription: anonymous visitors never download it.
  liveClient?.dispose();
  liveClient = undefined;
  let liveLink: Promise<ApolloLink> | undefined;
  const openLive = async (): Promise<ApolloLink> => {
    const [{ createClient }, { GraphQLWsLink }] = await Promise.all([import('graphql-ws'), import('@apollo/client/link/subscriptions')]);
    liveClient = createClient({
      url: `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/graphql`,
      lazy: true,
      retryAttempts: Infinity,
      shouldRetry: (event) => !(event && typeof event === 'object' && 'code' in event && [4401, 4403].includes((event as CloseEvent).code)),
      // Connected (again): what changed before the subscriptions were in place was not heard, so the live
      // queries on screen are read again.
      on: { connected: () => void client.refetchQueries({ include: LIVE_QUERIES }).catch(() => undefined) },
    });
    return new GraphQLWsLink(liveClient);
  };
  const live = new ApolloLink((operation, forward) => new Observable<ApolloLink.Result>((observer) => {
    let subscription: Subscription | undefined;
    let closed = false;
    liveLink ??= openLive().catch((error: unknown) => {
      liveLink = undefined; // a chunk that failed to load is asked for again by the next subscription
      throw error;
    });
    liveLink.then((link) => {
      if (!closed) subscription = link.request(operation, forward).subscribe(observer);
    }, (error: unknown) => observer.error(error));
    return () => {
      closed = true;
      subscription?.unsubscribe();
    };
  }));
  // Catalog texts (product and category names, descriptions, welcome texts) come in the language the request
  // asks for: the UI's, from the very first request (sent before the language's chunk has loaded, see
  // prefetchShowroom). Subscriptions carry no catalog texts.
  const language = new ApolloLink((operation, forward) => {
    operation.setContext(({ headers }) => ({ headers: { ...headers, 'Accept-Language': currentLanguage() } }));
    return forward(operation);
  });
  const http = new HttpLink({ uri: '/graphql', credentials: 'same-origin' });
  const isSubscription = ({ query }: ApolloLink.Operation) => {
    const definition = getMainDefinition(query);
    return definition.kind === 'OperationDefinition' && definition.operation === OperationTypeNode.SUBSCRIPTION;
  };
  const client = new ApolloClient({
    cache,
    link: ApolloLink.from([sessionEnded, ApolloLink.split(isSubscription, live, ApolloLink.from([language, http]))]),
  });
  // Another UI language: the queries on screen are read again in it, keeping what they show until the new
  // answers come. Any other cached answer may hold catalog texts in the old language: it is dropped, without
  // a word to its watchers (the refetch answers them), so a page shown again asks anew. The viewer stays (no
  // one is signed out); the basket is in localStorage, out of the cache's reach.
  let asked: string = currentLanguage();
  const followLanguage = (next: string) => {
    if (next === asked) return; // i18next's own announcement of the first language, or no change
    asked = next;
    cache.modify({ id: 'ROOT_QUERY', fields: (value, { fieldName, DELETE }) => (fieldName === 'viewer' ? value : DELETE), broadcast: false });
    void client.refetchQueries({ include: 'active' }).catch(() => undefined); // a failed refetch shows on its page
  };
  stopFollowingLanguage?.();
  i18next.on('languageChanged', followLanguage);
  stopFollowingLanguage = () => i18next.off('languageChanged', followLanguage);
  return client;
}
