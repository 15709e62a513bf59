import { Anchor, Button, Center, Group, NativeSelect, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { MdfLedgerKind } from '@trellis/schema';
import { graphql } from '../../gql';
import { formatDateTime } from '../../ui/format';
import { MdfLedgerKindBadge } from '../../ui/MdfBadges';
import { formatMoney } from '../../ui/money';
import { MDF_LEDGER_KINDS, mdfLedgerCsvHref } from '../../ui/mdf';
import { PartnerSearchSelect } from '../../ui/PartnerSearchSelect';
import { EmptyState, ErrorState, LoadingState } from '../../ui/states';
import { usePageTitle } from '../../ui/usePageTitle';
import { WideTable } from '../../ui/WideTable';
import { MdfTabs } from './MdfTabs';

const PAGE_SIZE = 50;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const MdfLedgerQuery = graphql(`
  query MdfLedger($first: Int!, $after: String, $filter: MdfLedgerFilter) {
    mdfLedger(first: $first, after: $after, filter: $filter) {
      totalCount
      edges {
        node {
          id
          at
          kind
          note
          requestId
          claimId
          amount {
            ...MdfMoney
          }
          fund {
            id
            name
          }
          partner {
            id
            name
          }
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

const MdfFundNames = graphql(`
  query MdfFundNames($first: Int!) {
    mdfFunds(first: $first) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

type LedgerData = ResultOf<typeof MdfLedgerQuery>;

function appendPage(shown: LedgerData, { fetchMoreResult }: { fetchMoreResult: LedgerData }): LedgerData {
  return { mdfLedger: { ...fetchMoreResult.mdfLedger, edges: [...shown.mdfLedger.edges, ...fetchMoreResult.mdfLedger.edges] } };
}

/** Every movement of MDF money, newest first, filtered by fund, partner and kind (kept in the address), and as CSV. */
export function MdfLedgerPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('mdf.ledgerTitle'), t('mdf.title'), 'Trellis');
  const [params, setParams] = useSearchParams();
  const fundId = UUID.test(params.get('fund') ?? '') ? params.get('fund') : null;
  const partnerId = UUID.test(params.get('partner') ?? '') ? params.get('partner') : null;
  const rawKind = params.get('kind');
  const kind = rawKind && MDF_LEDGER_KINDS.includes(rawKind as MdfLedgerKind) ? (rawKind as MdfLedgerKind) : null;
  const setParam = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const funds = useQuery(MdfFundNames, { variables: { first: 100 } });
  const { data, loading, error, refetch, fetchMore } = useQuery(MdfLedgerQuery, {
    variables: { first: PAGE_SIZE, filter: { fundId, partnerId, kind } },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.mdfLedger;
  const lines = connection?.edges.map((e) => e.node) ?? [];
  const filtered = Boolean(fundId || partnerId || kind);

  let body;
  if (!connection && loading) body = <LoadingState />;
  else if (!connection) body = <ErrorState error={error} onRetry={() => void refetch()} />;
  else if (lines.length === 0) body = <EmptyState title={t('mdf.noLedgerTitle')} description={filtered ? t('mdf.noLedgerFiltered') : t('mdf.noLedger')} headingOrder={2} />;
  else
    body = (
      <WideTable minWidth={820} label={t('mdf.ledgerTitle')}>
        <Table verticalSpacing="sm" data-testid="mdf-ledger-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('mdf.ledgerAt')}</Table.Th>
              <Table.Th>{t('mdf.ledgerKind')}</Table.Th>
              <Table.Th>{t('mdf.fund')}</Table.Th>
              <Table.Th>{t('mdf.partner')}</Table.Th>
              <Table.Th ta="right">{t('mdf.ledgerAmount')}</Table.Th>
              <Table.Th>{t('mdf.ledgerNote')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {lines.map((line) => (
              <Table.Tr key={line.id} data-testid="mdf-ledger-line" data-kind={line.kind} data-amount={line.amount.amount}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(line.at, i18n.language)}</Table.Td>
                <Table.Td><MdfLedgerKindBadge kind={line.kind} /></Table.Td>
                <Table.Td className="break-anywhere">{line.fund?.name ?? '—'}</Table.Td>
                <Table.Td className="break-anywhere">{line.partner?.name ?? '—'}</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }} data-testid="mdf-ledger-amount">{formatMoney(line.amount, i18n.language)}</Table.Td>
                <Table.Td className="break-anywhere">{line.note ?? ''}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </WideTable>
    );

  const fundOptions = (funds.data?.mdfFunds.edges ?? []).map((e) => ({ value: e.node.id, label: e.node.name }));
  return (
    <Stack>
      <Title order={1}>{t('mdf.ledgerTitle')}</Title>
      <MdfTabs />
      <Text c="dimmed">{t('mdf.ledgerIntro')}</Text>
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <Select label={t('mdf.fund')} placeholder={t('mdf.anyFund')} data={fundOptions} value={fundId} clearable searchable w={240}
            clearButtonProps={{ 'aria-label': t('mdf.clearFund') }} onChange={(id) => setParam('fund', id)} data-testid="mdf-ledger-fund" />
          <PartnerSearchSelect label={t('mdf.partner')} placeholder={t('mdf.anyPartner')} clearable w={240} value={partnerId} onChange={(id) => setParam('partner', id)} />
          <NativeSelect label={t('mdf.ledgerKind')} value={kind ?? ''} w={200} onChange={(e) => setParam('kind', e.currentTarget.value)} data-testid="mdf-ledger-kind-filter"
            data={[{ value: '', label: t('mdf.allKinds') }, ...MDF_LEDGER_KINDS.map((k) => ({ value: k, label: t(`mdf.kind.${k}`) }))]} />
        </Group>
        <Stack gap={4} align="flex-end">
          <Anchor href={mdfLedgerCsvHref({ fundId, partnerId, kind })} download="mdf-ledger.csv" data-testid="mdf-ledger-csv">
            {t('mdf.ledgerCsv')}
          </Anchor>
          <Text size="sm" c="dimmed" aria-live="polite" data-testid="mdf-ledger-count">
            {connection ? t('mdf.lineCount', { count: connection.totalCount }) : '\u00a0'}
          </Text>
        </Stack>
      </Group>
      {body}
      {connection?.pageInfo.hasNextPage && (
        <Center>
          <Button variant="light" loading={loading} onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor }, updateQuery: appendPage })}>
            {t('partners.loadMore', { shown: lines.length, total: connection.totalCount })}
          </Button>
        </Center>
      )}
    </Stack>
  );
}
