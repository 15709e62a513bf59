import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { relayStylePagination } from '@apollo/client/utilities';
import { ViewerQuery } from './ui/viewer';

// Operations where UNAUTHENTICATED means "wrong credentials", not "the session ended".
const SIGN_IN_OPERATIONS = new Set(['SignIn', 'AcceptInvitation', 'ChangePassword']);

export function createApolloClient(): ApolloClient {
  const cache = new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          // One cached list per filter and page size; "Load more" appends the next page's edges.
          partners: relayStylePagination(['filter', 'first']),
          products: relayStylePagination(['filter', 'first']),
          offers: relayStylePagination(['partnerId', 'search', 'first']),
          leads: relayStylePagination(['statuses', 'first']),
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
  return new ApolloClient({
    cache,
    link: ApolloLink.from([sessionEnded, new HttpLink({ uri: '/graphql', credentials: 'same-origin' })]),
  });
}
