import { useState } from 'react';
import { Badge, Button, Collapse, Stack, Table, Text, Timeline, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import type { DispatchCandidateRow_CandidateFragment } from '../gql/graphql';
import { formatDateTime } from './format';
import { ErrorState, LoadingState } from './states';

graphql(`
  fragment DispatchCandidateRow_candidate on DispatchCandidate {
    rank
    total
    territoryPoints
    categoryPoints
    tierPoints
    distancePoints
    capacityPoints
    distanceKm
    openLeads
    maxOpenLeads
    chosen
    partner {
      id
      name
      city
    }
  }
`);

const LeadHistoryQuery = graphql(`
  query LeadHistory($id: ID!) {
    lead(id: $id) {
      id
      history {
        id
        action
        fromStatus
        toStatus
        reason
        at
        actor {
          id
          displayName
        }
        explanation {
          considered
          candidates {
            ...DispatchCandidateRow_candidate
          }
        }
      }
    }
  }
`);

/** Points with at most two decimals, in the reader's language. */
function usePoints() {
  const { i18n } = useTranslation();
  return new Intl.NumberFormat(i18n.language === 'pl' ? 'pl-PL' : 'en-GB', { maximumFractionDigits: 2 });
}

/** Every ranked candidate of an automatic dispatch: its points per rule, best first. */
export function CandidateTable({ candidates, action }: { candidates: DispatchCandidateRow_CandidateFragment[]; action?: (c: DispatchCandidateRow_CandidateFragment) => React.ReactNode }) {
  const { t } = useTranslation();
  const points = usePoints();
  return (
    // A region that scrolls sideways on a phone, reachable by keyboard.
    <div role="region" aria-label={t('dispatch.rankingLabel')} tabIndex={0} style={{ overflowX: 'auto' }}>
      <Table striped fz="xs" miw={620} data-testid="dispatch-candidates">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>#</Table.Th>
            <Table.Th>{t('dispatch.partner')}</Table.Th>
            <Table.Th ta="right">{t('dispatch.total')}</Table.Th>
            <Table.Th ta="right">{t('dispatch.territory')}</Table.Th>
            <Table.Th ta="right">{t('dispatch.category')}</Table.Th>
            <Table.Th ta="right">{t('dispatch.tier')}</Table.Th>
            <Table.Th ta="right">{t('dispatch.distance')}</Table.Th>
            <Table.Th ta="right">{t('dispatch.capacity')}</Table.Th>
            {action && <Table.Th><VisuallyHidden>{t('common.actions')}</VisuallyHidden></Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {candidates.map((c) => (
            <Table.Tr key={c.partner?.id ?? c.rank} data-chosen={c.chosen || undefined}>
              <Table.Td>{c.rank}</Table.Td>
              <Table.Td>
                {c.partner?.name ?? '—'}
                {c.chosen && (
                  <Badge ml={6} size="xs" variant="light" color="green">
                    {t('dispatch.chosen')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td ta="right" fw={700}>{points.format(c.total)}</Table.Td>
              <Table.Td ta="right">{points.format(c.territoryPoints)}</Table.Td>
              <Table.Td ta="right">{points.format(c.categoryPoints)}</Table.Td>
              <Table.Td ta="right">{points.format(c.tierPoints)}</Table.Td>
              <Table.Td ta="right">
                {points.format(c.distancePoints)}
                <Text span c="dimmed" fz="xs">
                  {' '}
                  ({c.distanceKm === null ? t('dispatch.unknownDistance') : t('dispatch.km', { km: points.format(c.distanceKm) })})
                </Text>
              </Table.Td>
              <Table.Td ta="right">
                {points.format(c.capacityPoints)}
                <Text span c="dimmed" fz="xs">
                  {' '}
                  ({c.maxOpenLeads === null ? c.openLeads : `${c.openLeads}/${c.maxOpenLeads}`})
                </Text>
              </Table.Td>
              {action && <Table.Td>{action(c)}</Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}

function HistoryBody({ leadId }: { leadId: string }) {
  const { t, i18n } = useTranslation();
  const { data, loading, error, refetch } = useQuery(LeadHistoryQuery, { variables: { id: leadId }, fetchPolicy: 'cache-and-network' });
  if (!data && loading) return <LoadingState />;
  if (!data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const events = data.lead.history;
  return (
    <Timeline bulletSize={12} lineWidth={2} data-testid="lead-history">
      {events.map((e) => (
        <Timeline.Item key={e.id} title={t(`leads.action.${e.action}`)} data-action={e.action}>
          <Text size="xs" c="dimmed">
            {formatDateTime(e.at, i18n.language)}
            {e.actor ? ` · ${e.actor.displayName}` : e.explanation ? ` · ${t('dispatch.byRules')}` : ''}
          </Text>
          {e.reason && (
            <Text size="sm" className="break-anywhere">
              {e.reason}
            </Text>
          )}
          {e.explanation && (
            <Stack gap={4} mt={4}>
              <Text size="xs">{t('dispatch.considered', { count: e.explanation.considered })}</Text>
              <CandidateTable candidates={e.explanation.candidates} />
            </Stack>
          )}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}

/** A lead's history, loaded when opened: every move, who made it and why; automatic dispatches with their ranking. */
export function LeadHistory({ leadId }: { leadId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <div>
      <Button variant="subtle" size="compact-sm" onClick={() => setOpen((o) => !o)} aria-expanded={open} data-testid="lead-history-toggle">
        {open ? t('leads.hideHistory') : t('leads.showHistory')}
      </Button>
      <Collapse expanded={open}>{open && <HistoryBody leadId={leadId} />}</Collapse>
    </div>
  );
}
