import type { ReactNode } from 'react';
import { ApolloProvider } from '@apollo/client/react';
import type { ApolloClient } from '@apollo/client';
import { createApolloClient } from './apollo';

let client: ApolloClient | undefined;

/**
 * Apollo Client for the signed-in pages (and sign-in itself), made when the first of them opens: one client
 * for the tab, so its cache outlives moves between portals. The public pages use publicClient.ts instead, and
 * an anonymous visitor never downloads Apollo Client.
 */
export default function PortalApollo({ children }: { children: ReactNode }) {
  client ??= createApolloClient();
  return <ApolloProvider client={client}>{children}</ApolloProvider>;
}
