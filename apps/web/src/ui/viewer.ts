import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import type { Viewer_UserFragment } from '../gql/graphql';
import { setKnownViewerHome } from './knownViewer';
import { homeOf } from './roles';

export { ALL_ROLES, ANALYTICS_ROLES, CHANNEL_ROLES, homeOf, PARTNER_ROLES, rolesFor, safeNext } from './roles';

graphql(`
  fragment Viewer_user on User {
    id
    displayName
    email
    role
    partner {
      id
      name
    }
  }
`);

export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      ...Viewer_user
    }
  }
`);

export type Viewer = Viewer_UserFragment;

export function useViewer() {
  const { data, loading, error, refetch } = useQuery(ViewerQuery);
  // The public pages (the not-found page's way home) read where it starts from here, without Apollo Client.
  if (data) setKnownViewerHome(data.viewer ? homeOf(data.viewer.role) : null);
  return { viewer: data?.viewer ?? null, loading: loading && !data, error, refetch };
}

