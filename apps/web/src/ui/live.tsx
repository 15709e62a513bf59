import { useEffect, useRef } from 'react';
import { Badge } from '@mantine/core';
import { useApolloClient, useQuery, useSubscription } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import type { Role } from '@trellis/schema';
import { LIVE_QUERIES } from './liveQueries';

const LeadChanged = graphql(`
  subscription LeadChanged {
    leadChanged {
      leadId
      action
      status
      resync
    }
  }
`);

const NotificationAdded = graphql(`
  subscription NotificationAdded {
    notificationAdded {
      kind
      resync
    }
  }
`);

const OrderChanged = graphql(`
  subscription OrderChanged {
    orderChanged {
      orderId
      status
      resync
    }
  }
`);

const LeadCount = graphql(`
  query LeadCount($statuses: [LeadStatus!], $partnerIds: [ID!]) {
    leads(first: 1, statuses: $statuses, partnerIds: $partnerIds) {
      totalCount
    }
  }
`);


/**
 * Reloads the live queries on screen at most once a second, whatever the stream of changes: the first change
 * of a quiet spell after a short random pause (tabs that heard the same change do not all ask at once), the
 * rest together at the end of the second.
 */
function useThrottledReload(): () => void {
  const client = useApolloClient();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  return () => {
    if (timer.current) return; // one reload is already on its way and will see this change too
    timer.current = setTimeout(() => {
      timer.current = undefined;
      void client.refetchQueries({ include: LIVE_QUERIES }).catch(() => undefined);
    }, 150 + Math.random() * 850);
  };
}

/** The page's live subscriptions: a change to a lead the viewer may see, or a notification for the viewer. */
export function LiveLeads() {
  const reload = useThrottledReload();
  useSubscription(LeadChanged, { onData: reload });
  useSubscription(NotificationAdded, { onData: reload });
  return null;
}

/** The order pages' live subscription: a change to an order the viewer may see reloads the orders on screen. */
export function LiveOrders() {
  const reload = useThrottledReload();
  useSubscription(OrderChanged, { onData: reload });
  return null;
}

/**
 * The leads waiting for the viewer: the partner's own new and dispatched ones (a distributor sees its
 * resellers' leads too, but only its own wait for it); the brand's unassigned ones.
 */
export function WaitingLeadsBadge({ role, partnerId }: { role: Role; partnerId: string | null }) {
  const { t } = useTranslation();
  const partnerStaff = role === 'PARTNER_MANAGER' || role === 'PARTNER_EMPLOYEE';
  const statuses = partnerStaff ? (['NEW', 'DISPATCHED'] as const) : (['UNASSIGNED'] as const);
  const { data } = useQuery(LeadCount, { variables: { statuses: [...statuses], partnerIds: partnerStaff && partnerId ? [partnerId] : null } });
  const count = data?.leads.totalCount ?? 0;
  if (!count) return null;
  return (
    <Badge size="sm" circle={count < 10} color="orange" aria-label={t('leads.waitingCount', { count })} data-testid="waiting-leads">
      {count > 99 ? '99+' : count}
    </Badge>
  );
}
