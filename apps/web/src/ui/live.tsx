import { useEffect, useRef } from 'react';
import { Badge } from '@mantine/core';
import { useApolloClient, useQuery, useSubscription } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import type { Role } from '@trellis/schema';

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

const LeadCount = graphql(`
  query LeadCount($statuses: [LeadStatus!]) {
    leads(first: 1, statuses: $statuses) {
      totalCount
    }
  }
`);

/** The queries a lead change may make stale: reloaded (when shown) after each change, a burst at a time. */
const LEAD_QUERIES = ['LeadInbox', 'LeadHistory', 'LeadCount', 'DispatchRanking'];

/**
 * One live subscription per signed-in page: a change to a lead the viewer may see reloads the lead queries
 * on screen. Changes that come together (a dispatch of a selection) reload once.
 */
export function LiveLeads() {
  const client = useApolloClient();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useSubscription(LeadChanged, {
    onData: () => {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void client.refetchQueries({ include: LEAD_QUERIES }).catch(() => undefined), 250);
    },
  });
  useEffect(() => () => clearTimeout(timer.current), []);
  return null;
}

/** The leads waiting for the viewer: partners' new and dispatched ones; the brand's unassigned ones. */
export function WaitingLeadsBadge({ role }: { role: Role }) {
  const { t } = useTranslation();
  const statuses = role === 'PARTNER_MANAGER' || role === 'PARTNER_EMPLOYEE' ? (['NEW', 'DISPATCHED'] as const) : (['UNASSIGNED'] as const);
  const { data } = useQuery(LeadCount, { variables: { statuses: [...statuses] } });
  const count = data?.leads.totalCount ?? 0;
  if (!count) return null;
  return (
    <Badge size="sm" circle={count < 10} color="orange" aria-label={t('leads.waitingCount', { count })} data-testid="waiting-leads">
      {count > 99 ? '99+' : count}
    </Badge>
  );
}
