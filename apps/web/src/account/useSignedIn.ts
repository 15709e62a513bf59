import { useApolloClient } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { ViewerQuery, safeNext, type Viewer } from '../ui/viewer';

/** After sign-in or an accepted invitation: forget the anonymous cache, remember the user, go to its portal. */
export function useSignedIn() {
  const client = useApolloClient();
  const navigate = useNavigate();
  return async (user: Viewer, next: string | null = null) => {
    await client.clearStore();
    client.writeQuery({ query: ViewerQuery, data: { viewer: user } });
    navigate(safeNext(next, user.role), { replace: true });
  };
}
