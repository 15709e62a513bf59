import { useState } from 'react';
import { Anchor, Badge, Button, Center, Group, NativeSelect, Paper, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import type { ResultOf } from '@graphql-typed-document-node/core';
import type { TierProposalStatus } from '@trellis/schema';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../../gql';
import { formatDate } from '../../ui/format';
import { describeError } from '../../ui/errors';
import { EmptyState, ErrorState, FormAlert, LoadingState } from '../../ui/states';
import { useViewer } from '../../ui/viewer';
import { WideTable } from '../../ui/WideTable';
import { formatMonth, monthsBetween, useTierTexts } from './tierTexts';

graphql(`
  fragment TierProposal_proposal on TierProposal {
    id
    partner {
      id
      name
    }
    fromTier {
      id
      name
    }
    toTier {
      id
      name
    }
    direction
    status
    facts {
      tierId
      purpose
      metric
      minimum
      currency
      value
      met
      gap
    }
    windowStart
    windowEnd
    createdAt
    decidedAt
    decidedBy {
      id
      displayName
    }
    decisionNote
  }
`);

export const TierProposalsQuery = graphql(`
  query TierProposals($status: TierProposalStatus, $partnerId: ID, $first: Int!, $after: String) {
    tierProposals(status: $status, partnerId: $partnerId, first: $first, after: $after) {
      edges {
        node {
          ...TierProposal_proposal
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
      totalCount
    }
    tierProgram {
      windowMonths
    }
  }
`);

const ApplyTierProposalMutation = graphql(`
  mutation ApplyTierProposal($input: ApplyTierProposalInput!) {
    applyTierProposal(input: $input) {
      proposal {
        ...TierProposal_proposal
      }
    }
  }
`);

const DismissTierProposalMutation = graphql(`
  mutation DismissTierProposal($input: DismissTierProposalInput!) {
    dismissTierProposal(input: $input) {
      proposal {
        ...TierProposal_proposal
      }
    }
  }
`);

type ProposalsData = ResultOf<typeof TierProposalsQuery>;
type Proposal = ProposalsData['tierProposals']['edges'][number]['node'];

const PAGE_SIZE = 20;
const STATUSES = ['PROPOSED', 'APPLIED', 'DISMISSED', 'SUPERSEDED', 'ALL'] as const;
type StatusChoice = (typeof STATUSES)[number];

function appendPage(shown: ProposalsData, { fetchMoreResult }: { fetchMoreResult: ProposalsData }): ProposalsData {
  return { ...fetchMoreResult, tierProposals: { ...fetchMoreResult.tierProposals, edges: [...shown.tierProposals.edges, ...fetchMoreResult.tierProposals.edges] } };
}

/** The criteria a proposal rests on against the partner's figures: a table that scrolls on a phone. */
export function FactsTable({ facts, label, windowMonths }: { facts: Proposal['facts']; label: string; windowMonths: number }) {
  const { t, figure, criterion, result } = useTierTexts();
  return (
    <WideTable minWidth={560} label={label}>
      <Table striped data-testid="proposal-facts">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('tiers.factCriterion')}</Table.Th>
            <Table.Th>{t('tiers.factMinimum')}</Table.Th>
            <Table.Th>{t('tiers.factValue')}</Table.Th>
            <Table.Th>{t('tiers.factResult')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {facts.map((fact, i) => (
            <Table.Tr key={i} data-testid="proposal-fact" data-metric={fact.metric}>
              <Table.Td>{criterion(fact, windowMonths)}</Table.Td>
              <Table.Td>{figure(fact.metric, fact.minimum, fact.currency)}</Table.Td>
              <Table.Td>{figure(fact.metric, fact.value, fact.currency)}</Table.Td>
              <Table.Td>
                <Text size="sm" fw={600} c={fact.met ? 'teal.9' : 'red.9'} data-testid="fact-result">
                  {fact.met ? '✓ ' : '✗ '}
                  {result(fact)}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </WideTable>
  );
}

function ProposalItem({ proposal, windowMonths, canDecide, onDecided }: { proposal: Proposal; windowMonths: number; canDecide: boolean; onDecided: () => void }) {
  const { t, language } = useTierTexts();
  const [dismissing, setDismissing] = useState(false);
  const [note, setNote] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [apply, applying] = useMutation(ApplyTierProposalMutation);
  const [dismiss, dismissingNow] = useMutation(DismissTierProposalMutation);
  const name = proposal.partner?.name ?? '—';
  const from = proposal.fromTier?.name ?? t('tiers.noTier');
  const to = proposal.toTier?.name ?? t('tiers.noTier');
  const run = async (action: () => Promise<unknown>, message: string) => {
    setFailure(null);
    try {
      await action();
      notifications.show({ color: 'green', message, closeButtonProps: { 'aria-label': t('common.close') } });
      onDecided();
    } catch (error) {
      setFailure(describeError(error));
    }
  };
  const titleId = `proposal-${proposal.id}`;
  return (
    <Paper component="li" withBorder p="sm" data-testid="tier-proposal" data-proposal-id={proposal.id} data-partner-id={proposal.partner?.id ?? ''} aria-labelledby={titleId} style={{ listStyle: 'none' }}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <div>
            <Title order={3} size="h5" id={titleId} className="break-anywhere">
              {proposal.partner ? (
                <Anchor component={Link} to={`/channel/partners/${proposal.partner.id}`} data-testid="proposal-partner">
                  {name}
                </Anchor>
              ) : (
                name
              )}
            </Title>
            <Text size="sm" data-testid="proposal-move" aria-label={t('tiers.fromToLabel', { from, to })}>
              {t('tiers.fromTo', { from, to })}
            </Text>
          </div>
          <Group gap="xs">
            <Badge color={proposal.direction === 'PROMOTION' ? 'teal.9' : 'orange.9'} variant="filled" data-testid="proposal-direction">
              {t(`tiers.direction.${proposal.direction}`)}
            </Badge>
            <Badge color="gray" variant="outline" data-testid="proposal-status">
              {t(`tiers.status.${proposal.status}`)}
            </Badge>
          </Group>
        </Group>
        <Text size="xs" c="dimmed">
          {t('tiers.window', { from: formatMonth(proposal.windowStart, language), to: formatMonth(proposal.windowEnd, language) })} ·{' '}
          {t('tiers.proposedOn', { date: formatDate(proposal.createdAt, language) })}
        </Text>
        <FactsTable facts={proposal.facts} label={t('tiers.factsLabel', { name })} windowMonths={monthsBetween(proposal.windowStart, proposal.windowEnd) || windowMonths} />
        {proposal.decidedAt && (
          <Text size="sm" data-testid="proposal-decision">
            {proposal.decidedBy
              ? t('tiers.decidedBy', { date: formatDate(proposal.decidedAt, language), name: proposal.decidedBy.displayName })
              : t('tiers.decidedOn', { date: formatDate(proposal.decidedAt, language) })}
            {proposal.decisionNote ? ` · ${t('tiers.note', { note: proposal.decisionNote })}` : ''}
          </Text>
        )}
        <FormAlert message={failure} />
        {canDecide && proposal.status === 'PROPOSED' && !dismissing && (
          <Group gap="xs">
            <Button
              size="xs"
              loading={applying.loading}
              aria-label={t('tiers.applyNamed', { name })}
              onClick={() => void run(() => apply({ variables: { input: { proposalId: proposal.id } } }), t('tiers.applied', { name, tier: to }))}
            >
              {t('tiers.apply')}
            </Button>
            <Button size="xs" variant="default" aria-label={t('tiers.dismissNamed', { name })} onClick={() => setDismissing(true)}>
              {t('tiers.dismiss')}
            </Button>
          </Group>
        )}
        {canDecide && proposal.status === 'PROPOSED' && dismissing && (
          <form
            data-testid="dismiss-form"
            onSubmit={(e) => {
              e.preventDefault();
              void run(() => dismiss({ variables: { input: { proposalId: proposal.id, note: note.trim() } } }), t('tiers.dismissed'));
            }}
          >
            <Stack gap="xs">
              <Textarea label={t('tiers.dismissNote')} value={note} onChange={(e) => setNote(e.currentTarget.value)} maxLength={1000} autosize minRows={2} data-autofocus />
              <Group gap="xs">
                <Button type="submit" size="xs" color="red" loading={dismissingNow.loading}>
                  {t('tiers.confirmDismiss')}
                </Button>
                <Button size="xs" variant="default" onClick={() => setDismissing(false)}>
                  {t('common.cancel')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Paper>
  );
}

/** The proposals queue: PROPOSED first by default, latest first, with "Load more". */
export function TierProposalsPage() {
  const { t } = useTierTexts();
  const { viewer } = useViewer();
  const [params, setParams] = useSearchParams();
  const chosen = params.get('status')?.toUpperCase();
  const status: StatusChoice = STATUSES.includes(chosen as StatusChoice) ? (chosen as StatusChoice) : 'PROPOSED';
  const variables = { status: status === 'ALL' ? null : (status as TierProposalStatus), first: PAGE_SIZE, after: null };
  const { data, loading, error, refetch, fetchMore } = useQuery(TierProposalsQuery, { variables, fetchPolicy: 'cache-and-network', notifyOnNetworkStatusChange: true });
  const [more, setMore] = useState(false);
  const canDecide = viewer?.role === 'ADMIN' || viewer?.role === 'CHANNEL_MANAGER';
  const edges = data?.tierProposals.edges ?? [];
  const loadMore = async () => {
    setMore(true);
    try {
      await fetchMore({ variables: { after: data?.tierProposals.pageInfo.endCursor }, updateQuery: appendPage });
    } finally {
      setMore(false);
    }
  };
  return (
    <Stack>
      <div>
        <Title order={2}>{t('tiers.proposalsTitle')}</Title>
        <Text size="sm" c="dimmed">
          {t('tiers.proposalsIntro')}
        </Text>
      </div>
      <NativeSelect
        label={t('tiers.statusLabel')}
        value={status}
        maw={260}
        data-testid="proposal-status-filter"
        data={STATUSES.map((s) => ({ value: s, label: t(`tiers.status.${s}`) }))}
        onChange={(e) => setParams(e.currentTarget.value === 'PROPOSED' ? {} : { status: e.currentTarget.value.toLowerCase() }, { replace: true })}
      />
      {!data && loading ? (
        <LoadingState />
      ) : !data ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : edges.length === 0 ? (
        <EmptyState title={t('tiers.noProposals')} description={t('tiers.noProposalsText')} headingOrder={3} />
      ) : (
        <>
          <Stack component="ul" gap="sm" p={0} m={0} aria-label={t('tiers.listLabel')} data-testid="tier-proposals">
            {edges.map(({ node }) => (
              <ProposalItem key={node.id} proposal={node} windowMonths={data.tierProgram.windowMonths} canDecide={canDecide} onDecided={() => void refetch()} />
            ))}
          </Stack>
          <Text size="sm" c="dimmed" data-testid="proposals-shown">
            {t('tiers.shown', { shown: edges.length, total: data.tierProposals.totalCount })}
          </Text>
          {data.tierProposals.pageInfo.hasNextPage && (
            <Center>
              <Button variant="light" onClick={() => void loadMore()} loading={more}>
                {t('tiers.loadMore')}
              </Button>
            </Center>
          )}
        </>
      )}
    </Stack>
  );
}
