import { useState } from 'react';
import { Alert, Anchor, Badge, Blockquote, Button, Card, Center, Checkbox, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useSearchParams } from 'react-router';
import { LeadStatus } from '@trellis/schema';
import { graphql } from '../gql';
import { PartnerSearchSelect } from './PartnerSearchSelect';
import type { LeadCard_LeadFragment } from '../gql/graphql';
import type { CsvColumn } from './csv';
import { enumValues } from './enumValues';
import { ExportAllButton } from './ExportAllButton';
import { formatDateTime } from './format';
import { EmptyState, ErrorState, FormAlert, LoadingState } from './states';
import { describeError } from './errors';
import { LeadHistory } from './LeadHistory';
import { EraseLeadButton, LeadActions, useAutoDispatch, type LeadActor } from './LeadActions';

const PAGE_SIZE = 20;
export const LEAD_STATUSES = enumValues(LeadStatus, ['UNASSIGNED', 'NEW', 'DISPATCHED', 'ACCEPTED', 'QUALIFIED', 'CONVERTED', 'DISQUALIFIED', 'LOST']);

const STATUS_COLOUR: Record<LeadStatus, string> = {
  UNASSIGNED: 'orange',
  NEW: 'blue',
  DISPATCHED: 'blue',
  ACCEPTED: 'trellis',
  QUALIFIED: 'trellis',
  CONVERTED: 'green',
  DISQUALIFIED: 'red',
  LOST: 'gray',
};

graphql(`
  fragment LeadCard_lead on Lead {
    id
    reference
    status
    source
    createdAt
    contactName
    company
    email
    phone
    postalCode
    country
    message
    consentText
    consentGivenAt
    erasedAt
    partner {
      id
      name
    }
    assignee {
      id
      displayName
    }
    items {
      productId
      quantity
      product {
        id
        sku
        name
        unit
      }
    }
  }
`);

const BoardTerritories = graphql(`
  query BoardTerritories {
    territories {
      id
      name
    }
  }
`);

const SOURCES = ['SHOWROOM', 'CHANNEL', 'PARTNER'] as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const AGES = ['24', '72', '168'] as const;

/** The board's filters beside the status (source, territory, partner, time in status), kept in the address. */
function BoardFilters({ params, set }: { params: URLSearchParams; set: (key: string, value: string) => void }) {
  const { t } = useTranslation();
  const { data } = useQuery(BoardTerritories);
  return (
    <>
      <NativeSelect label={t('leads.sourceFilter')} value={params.get('source') ?? ''} w={170} onChange={(e) => set('source', e.currentTarget.value)}
        data={[{ value: '', label: t('leads.anySource') }, ...SOURCES.map((s) => ({ value: s, label: t(`leads.source.${s}`) }))]} />
      <NativeSelect label={t('leads.territoryFilter')} value={params.get('territory') ?? ''} w={200} onChange={(e) => set('territory', e.currentTarget.value)}
        data={[{ value: '', label: t('leads.anyTerritory') }, ...(data?.territories ?? []).map((x) => ({ value: x.id, label: x.name }))]} />
      <PartnerSearchSelect label={t('leads.partnerFilter')} placeholder={t('leads.anyPartner')} clearable w={220}
        value={UUID.test(params.get('partner') ?? '') ? params.get('partner') : null} onChange={(id) => set('partner', id ?? '')} data-testid="board-partner" />
      <NativeSelect label={t('leads.ageFilter')} value={params.get('age') ?? ''} w={190} onChange={(e) => set('age', e.currentTarget.value)}
        data={[{ value: '', label: t('leads.anyAge') }, ...AGES.map((h) => ({ value: h, label: t('leads.ageHours', { count: Number(h) }) }))]} />
    </>
  );
}

const LeadInboxQuery = graphql(`
  query LeadInbox($first: Int!, $after: String, $statuses: [LeadStatus!], $sources: [String!], $territoryIds: [ID!], $partnerIds: [ID!], $inStatusForHours: Int) {
    leads(first: $first, after: $after, statuses: $statuses, sources: $sources, territoryIds: $territoryIds, partnerIds: $partnerIds, inStatusForHours: $inStatusForHours) {
      totalCount
      edges {
        cursor
        node {
          ...LeadCard_lead
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

/** The cards' facts as a file's columns: codes and ISO times as the API has them; an erased lead's contact stays empty. */
function leadColumns(t: TFunction): CsvColumn<LeadCard_LeadFragment>[] {
  return [
    { header: t('listExport.columns.id'), value: (l) => l.id },
    { header: t('listExport.columns.reference'), value: (l) => l.reference },
    { header: t('listExport.columns.status'), value: (l) => l.status },
    { header: t('listExport.columns.source'), value: (l) => l.source },
    { header: t('listExport.columns.createdAt'), value: (l) => l.createdAt },
    { header: t('listExport.columns.contactName'), value: (l) => l.contactName },
    { header: t('listExport.columns.company'), value: (l) => l.company },
    { header: t('listExport.columns.email'), value: (l) => l.email },
    { header: t('listExport.columns.phone'), value: (l) => l.phone },
    { header: t('listExport.columns.postalCode'), value: (l) => l.postalCode },
    { header: t('listExport.columns.country'), value: (l) => l.country },
    { header: t('listExport.columns.partnerId'), value: (l) => l.partner?.id },
    { header: t('listExport.columns.partner'), value: (l) => l.partner?.name },
    { header: t('listExport.columns.assignee'), value: (l) => l.assignee?.displayName },
  ];
}

interface LeadCardProps {
  lead: LeadCard_LeadFragment;
  ownPartnerId: string | null;
  actor: LeadActor;
  /** Set when the lead may be picked for dispatch of a selection. */
  selection?: { selected: boolean; toggle: () => void };
}

function LeadCard({ lead, ownPartnerId, actor, selection }: LeadCardProps) {
  const { t, i18n } = useTranslation();
  const place = [lead.postalCode, lead.country].filter(Boolean).join(', ');
  // The API keeps quantities with three decimals ("3.000"); people read "3".
  const quantity = new Intl.NumberFormat(i18n.language === 'pl' ? 'pl-PL' : 'en-GB', { maximumFractionDigits: 3 });
  return (
    <Card withBorder padding="md" component="li" data-testid="lead">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
          {selection && (
            <Checkbox
              mt={4}
              checked={selection.selected}
              onChange={selection.toggle}
              aria-label={t('dispatch.selectLead', { reference: lead.reference })}
              data-testid="lead-select"
            />
          )}
          <div style={{ minWidth: 0, flex: 1 }}>
            <Title order={2} size="h5" className="break-anywhere">
              {lead.contactName}
              {lead.company ? ` · ${lead.company}` : ''}
            </Title>
            <Text size="xs" c="dimmed">
              <span data-testid="lead-reference">{lead.reference}</span> · {formatDateTime(lead.createdAt, i18n.language)} ·{' '}
              {t(`leads.source.${lead.source}`, { defaultValue: lead.source })}
              {lead.partner && lead.partner.id !== ownPartnerId ? ` · ${lead.partner.name}` : ''}
              {lead.assignee && actor !== 'partnerManager' ? ` · ${t('leads.assignee')}: ${lead.assignee.displayName}` : ''}
            </Text>
          </div>
          <Badge color={STATUS_COLOUR[lead.status]} variant="light" miw="max-content" data-status={lead.status}>
            {t(`leads.status.${lead.status}`)}
          </Badge>
        </Group>
        <Text size="sm" className="break-anywhere">
          <Anchor href={`mailto:${lead.email}`} size="sm">
            {lead.email}
          </Anchor>
          {lead.phone && (
            <>
              {' · '}
              <Anchor href={`tel:${lead.phone.replace(/[^+\d]/g, '')}`} size="sm">
                {lead.phone}
              </Anchor>
            </>
          )}
          {place && ` · ${place}`}
        </Text>
        {lead.message && (
          <Text size="sm" style={{ whiteSpace: 'pre-line' }} className="break-anywhere" data-testid="lead-message">
            {lead.message}
          </Text>
        )}
        {lead.items.length > 0 && (
          <div>
            <Text size="xs" fw={700} tt="uppercase" c="dimmed">
              {t('leads.items')}
            </Text>
            <Stack gap={2} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
              {lead.items.map((item) => (
                <Text key={item.productId} component="li" size="sm" data-testid="lead-item">
                  {quantity.format(Number(item.quantity))} {item.product?.unit ?? ''} × {item.product?.name ?? t('leads.unknownProduct')}
                  {item.product && (
                    <Text span size="xs" c="dimmed" ff="monospace">
                      {' '}
                      ({item.product.sku})
                    </Text>
                  )}
                </Text>
              ))}
            </Stack>
          </div>
        )}
        <Blockquote p="xs" color="gray" iconSize={0} fz="xs">
          <Text size="xs" fw={700}>
            {t('leads.consentGiven', { date: formatDateTime(lead.consentGivenAt, i18n.language) })}
          </Text>
          <Text size="xs" data-testid="lead-consent-text">
            {lead.consentText}
          </Text>
        </Blockquote>
        <LeadActions lead={lead} actor={actor} ownPartnerId={ownPartnerId} />
        <Group justify="space-between" gap="xs">
          <LeadHistory leadId={lead.id} />
          {actor === 'dispatcher' && !lead.erasedAt && <EraseLeadButton leadId={lead.id} />}
          {lead.erasedAt && <Text size="xs" c="dimmed" data-testid="lead-erased">{t('leads.erasedAt', { date: formatDateTime(lead.erasedAt, i18n.language) })}</Text>}
        </Group>
      </Stack>
    </Card>
  );
}

interface LeadInboxProps {
  /** The status filter when the address names none; null: every status. */
  defaultStatus: LeadStatus | null;
  /** The viewer's own partner: its name is not repeated on each lead. */
  ownPartnerId: string | null;
  /** Which moves the viewer may make on the leads (see LeadActions). */
  actor: LeadActor;
}

/** Leads the viewer may see, newest first, by status; the filter lives in the address (?status=). */
export function LeadInbox({ defaultStatus, ownPartnerId, actor }: LeadInboxProps) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const raw = params.get('status');
  const status: LeadStatus | null = raw === 'ALL' ? null : raw && LEAD_STATUSES.includes(raw as LeadStatus) ? (raw as LeadStatus) : defaultStatus;
  const source = params.get('source');
  const territory = params.get('territory');
  const partner = params.get('partner');
  const age = Number(params.get('age')) || null;
  const board = actor === 'dispatcher';
  const setParam = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const filters = {
    statuses: status ? [status] : null,
    sources: board && source && (SOURCES as readonly string[]).includes(source) ? [source] : null,
    territoryIds: board && territory && UUID.test(territory) ? [territory] : null,
    partnerIds: board && partner && UUID.test(partner) ? [partner] : null,
    inStatusForHours: board && age && age >= 1 && age <= 8760 ? age : null,
  };
  const { data, loading, error, refetch, fetchMore } = useQuery(LeadInboxQuery, {
    variables: { first: PAGE_SIZE, ...filters },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.leads;
  const leads = connection?.edges.map((e) => e.node) ?? [];
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [autoDispatch, auto] = useAutoDispatch();
  const [outcome, setOutcome] = useState<{ dispatched: number; noCandidate: number; notWaiting: number } | null>(null);
  // Only leads waiting for dispatch can be picked; a lead that left the list leaves the selection.
  const waiting = actor === 'dispatcher' ? leads.filter((l) => l.status === 'UNASSIGNED').map((l) => l.id) : [];
  const picked = waiting.filter((id) => selected.has(id));
  const toggle = (id: string) => setSelected((current) => {
    const next = new Set(current);
    if (!next.delete(id)) next.add(id);
    return next;
  });
  // The API takes 200 leads a call: a larger selection goes in parts, one after another.
  const dispatchSelected = async () => {
    const total = { dispatched: 0, noCandidate: 0, notWaiting: 0 };
    for (let start = 0; start < picked.length; start += 200) {
      const result = (await autoDispatch({ variables: { input: { leadIds: picked.slice(start, start + 200) } } }).catch(() => null))?.data?.autoDispatchLeads;
      if (!result) break;
      total.dispatched += result.dispatched.length;
      total.noCandidate += result.notDispatched.filter((n) => n.reason === 'NO_CANDIDATE').length;
      total.notWaiting += result.notDispatched.filter((n) => n.reason !== 'NO_CANDIDATE').length;
    }
    setSelected(new Set());
    setOutcome(total);
  };

  let body;
  if (!connection && loading) body = <LoadingState />;
  else if (!connection) body = <ErrorState error={error} onRetry={() => void refetch()} />;
  else if (leads.length === 0) body = <EmptyState title={t('leads.emptyTitle')} description={t('leads.emptyText')} />;
  else
    body = (
      <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {leads.map((lead) => (
          <LeadCard
            key={lead.id}
            lead={lead}
            ownPartnerId={ownPartnerId}
            actor={actor}
            selection={waiting.includes(lead.id) ? { selected: selected.has(lead.id), toggle: () => toggle(lead.id) } : undefined}
          />
        ))}
      </Stack>
    );

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <NativeSelect
            label={t('leads.statusFilter')}
            value={status ?? 'ALL'}
            onChange={(event) => setParam('status', event.currentTarget.value)}
            data={[{ value: 'ALL', label: t('leads.allStatuses') }, ...LEAD_STATUSES.map((s) => ({ value: s, label: t(`leads.status.${s}`) }))]}
            w={220}
          />
          {board && <BoardFilters params={params} set={setParam} />}
        </Group>
        <Group gap="xs" align="center">
          <Text size="sm" c="dimmed" aria-live="polite" data-testid="lead-count">
            {connection ? t('leads.count', { count: connection.totalCount }) : '\u00a0'}
          </Text>
          <ExportAllButton query={LeadInboxQuery} variables={filters} connection={(d) => d.leads} columns={leadColumns(t)} name="leads" />
        </Group>
      </Group>
      {waiting.length > 0 && (
        <Group gap="sm" wrap="wrap" data-testid="bulk-dispatch">
          <Checkbox
            label={t('dispatch.selectAll', { count: waiting.length })}
            checked={picked.length === waiting.length}
            indeterminate={picked.length > 0 && picked.length < waiting.length}
            onChange={() => setSelected(picked.length === waiting.length ? new Set() : new Set(waiting))}
          />
          <Button size="sm" disabled={picked.length === 0} loading={auto.loading} onClick={() => void dispatchSelected()} data-testid="dispatch-selected">
            {t('dispatch.dispatchSelected', { count: picked.length })}
          </Button>
        </Group>
      )}
      {outcome && (
        <Alert color={outcome.noCandidate + outcome.notWaiting ? 'orange' : 'green'} variant="light" role="status" withCloseButton
          onClose={() => setOutcome(null)} data-testid="dispatch-outcome">
          {t('dispatch.outcome', { count: outcome.dispatched })}
          {outcome.noCandidate > 0 && ` ${t('dispatch.outcomeNoCandidate', { count: outcome.noCandidate })}`}
          {outcome.notWaiting > 0 && ` ${t('dispatch.outcomeNotWaiting', { count: outcome.notWaiting })}`}
        </Alert>
      )}
      <FormAlert message={auto.error ? describeError(auto.error) : null} />
      {body}
      {connection?.pageInfo.hasNextPage && (
        <Center>
          <Button variant="light" loading={loading} onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })}>
            {t('partners.loadMore', { shown: leads.length, total: connection.totalCount })}
          </Button>
        </Center>
      )}
    </Stack>
  );
}
