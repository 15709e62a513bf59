import { useState } from 'react';
import { Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { useLazyQuery, useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import type { LeadStatus } from '../gql/graphql';
import { describeError } from './errors';
import { FormAlert } from './states';

/** Who is looking at a lead card: brand staff dispatch, a partner's manager accepts or declines. */
export type LeadActor = 'dispatcher' | 'partnerManager' | 'partnerEmployee' | null;

const DispatchLead = graphql(`
  mutation DispatchLead($input: DispatchLeadInput!) {
    dispatchLead(input: $input) {
      lead {
        id
        status
      }
    }
  }
`);

const AcceptLead = graphql(`
  mutation AcceptLead($input: LeadInput!) {
    acceptLead(input: $input) {
      lead {
        id
        status
      }
    }
  }
`);

const DeclineLead = graphql(`
  mutation DeclineLead($input: LeadReasonInput!) {
    declineLead(input: $input) {
      lead {
        id
      }
    }
  }
`);

const DispatchTargets = graphql(`
  query DispatchTargets($search: String) {
    partners(first: 20, filter: { statuses: [ACTIVE], search: $search }) {
      edges {
        node {
          id
          name
          city
        }
      }
    }
  }
`);

interface LeadActionsProps {
  lead: { id: string; status: LeadStatus; partner: { id: string } | null };
  actor: LeadActor;
  ownPartnerId: string | null;
}

/** The moves this viewer may make on this lead now; nothing when there are none. The inbox reloads after each. */
export function LeadActions({ lead, actor, ownPartnerId }: LeadActionsProps) {
  const waitsForPartner = lead.status === 'NEW' || lead.status === 'DISPATCHED';
  if (actor === 'dispatcher' && lead.status === 'UNASSIGNED') return <DispatchForm leadId={lead.id} />;
  if (actor === 'partnerManager' && waitsForPartner && lead.partner?.id === ownPartnerId) return <AcceptOrDecline leadId={lead.id} />;
  return null;
}

const reload = { refetchQueries: ['LeadInbox'], awaitRefetchQueries: true };

function DispatchForm({ leadId }: { leadId: string }) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<{ value: string; label: string } | null>(null);
  const [search, { data, loading, error: searchError }] = useLazyQuery(DispatchTargets);
  const [dispatch, { loading: sending, error }] = useMutation(DispatchLead, reload);
  const found = (data?.partners.edges ?? []).map(({ node }) => ({ value: node.id, label: node.city ? `${node.name} (${node.city})` : node.name }));
  // The chosen partner stays an option whatever the last search found (choosing one puts its label in the box).
  const options = chosen && !found.some((o) => o.value === chosen.value) ? [chosen, ...found] : found;
  const partnerId = chosen?.value ?? null;
  return (
    <Stack gap="xs">
      <Group align="flex-end" gap="xs" wrap="wrap">
        <Select
          label={t('leads.dispatchTo')}
          placeholder={t('leads.dispatchSearch')}
          searchable
          data={options}
          value={partnerId}
          onChange={(_value, option) => setChosen(option ?? null)}
          onDropdownOpen={() => void search({ variables: { search: null } })}
          onSearchChange={(text) => {
            if (text !== chosen?.label) void search({ variables: { search: text.trim() || null } });
          }}
          nothingFoundMessage={loading ? t('states.loading') : t('leads.noPartnerFound')}
          filter={({ options: all }) => all}
          style={{ flex: '1 1 16rem' }}
          data-testid="dispatch-partner"
        />
        <Button
          disabled={!partnerId}
          loading={sending}
          onClick={() => partnerId && void dispatch({ variables: { input: { leadId, partnerId } } }).catch(() => undefined)}
        >
          {t('leads.dispatch')}
        </Button>
      </Group>
      <FormAlert message={error ?? searchError ? describeError(error ?? searchError) : null} />
    </Stack>
  );
}

function AcceptOrDecline({ leadId }: { leadId: string }) {
  const { t } = useTranslation();
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const [accept, accepting] = useMutation(AcceptLead, reload);
  const [decline, declined] = useMutation(DeclineLead, reload);
  const error = accepting.error ?? declined.error;
  // One move at a time: while one is on its way, the other waits.
  const busy = accepting.loading || declined.loading;
  const tooShort = reason.trim().length < 2;
  return (
    <Stack gap="xs">
      {declining ? (
        <Group align="flex-end" gap="xs" wrap="wrap">
          <TextInput
            label={t('leads.declineReason')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            maxLength={500}
            required
            style={{ flex: '1 1 16rem' }}
          />
          <Button color="red" disabled={tooShort || accepting.loading} loading={declined.loading}
            onClick={() => void decline({ variables: { input: { leadId, reason: reason.trim() } } }).catch(() => undefined)}>
            {t('leads.declineConfirm')}
          </Button>
          <Button variant="default" onClick={() => setDeclining(false)}>
            {t('common.cancel')}
          </Button>
        </Group>
      ) : (
        <Group gap="xs">
          <Button loading={accepting.loading} disabled={busy && !accepting.loading} onClick={() => void accept({ variables: { input: { leadId } } }).catch(() => undefined)}>
            {t('leads.accept')}
          </Button>
          <Button variant="default" disabled={busy} onClick={() => setDeclining(true)}>
            {t('leads.decline')}
          </Button>
        </Group>
      )}
      <FormAlert message={error ? describeError(error) : null} />
    </Stack>
  );
}
