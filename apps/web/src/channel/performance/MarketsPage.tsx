import { useState } from 'react';
import { Alert, Button, Group, NativeSelect, NumberInput, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { CsvExportButton } from '../../ui/CsvExportButton';
import { describeError, fieldErrors } from '../../ui/errors';
import { KPI_CURRENCIES } from '../../ui/kpi';
import { formatMoney, toAmount } from '../../ui/money';
import { EmptyState, ErrorState, LoadingState } from '../../ui/states';
import { usePageTitle } from '../../ui/usePageTitle';
import { CHANNEL_ROLES, useViewer } from '../../ui/viewer';
import { WideTable } from '../../ui/WideTable';
import { PerformanceTabs } from './PerformanceTabs';

const TerritoryMarketsQuery = graphql(`
  query TerritoryMarkets($year: Int!) {
    territories {
      id
      code
      name
    }
    territoryMarkets(year: $year) {
      territoryId
      year
      amount {
        amount
        currency
      }
    }
  }
`);

const SetTerritoryMarket = graphql(`
  mutation SetTerritoryMarket($input: SetTerritoryMarketInput!) {
    setTerritoryMarket(input: $input) {
      market {
        territoryId
        year
        amount {
          amount
          currency
        }
      }
    }
  }
`);

interface Market {
  amount: string;
  currency: string;
}

/** One territory's market for the year: shown, and for brand staff who write, set in place. */
function MarketRow({ territory, year, market, canWrite }: { territory: { id: string; code: string; name: string }; year: number; market: Market | null; canWrite: boolean }) {
  const { t, i18n } = useTranslation();
  const [amount, setAmount] = useState<number | string>(market ? Number(market.amount) : '');
  const [currency, setCurrency] = useState(market?.currency ?? 'EUR');
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [save, { loading }] = useMutation(SetTerritoryMarket, { refetchQueries: ['TerritoryMarkets'] });
  async function submit() {
    const typed = toAmount(String(amount));
    setSaved(false);
    if (!typed || Number(typed) <= 0) {
      setProblem(t('performance.marketInvalid'));
      return;
    }
    setProblem(null);
    try {
      await save({ variables: { input: { territoryId: territory.id, year, amount: { amount: typed, currency } } } });
      setSaved(true);
    } catch (error) {
      setProblem(fieldErrors(error)[0]?.reason ?? describeError(error));
    }
  }
  const label = t('performance.marketOf', { territory: territory.name, year });
  return (
    <Table.Tr data-testid="market-row" data-territory={territory.code}>
      <Table.Th scope="row" fw={500} className="break-anywhere">
        {territory.name} <Text span size="xs" c="dimmed" ff="monospace">{territory.code}</Text>
      </Table.Th>
      {canWrite ? (
        <Table.Td>
          <Group gap="xs" align="flex-start" wrap="wrap">
            <NumberInput aria-label={label} value={amount} onChange={setAmount} min={0} decimalScale={2} thousandSeparator=" " w={170}
              error={problem} data-testid="market-amount" />
            <NativeSelect aria-label={t('performance.currency')} data={[...KPI_CURRENCIES]} value={currency} onChange={(e) => setCurrency(e.currentTarget.value)} w={90} />
            <Button variant="light" loading={loading} onClick={() => void submit()} data-testid="market-save">{t('common.save')}</Button>
            {saved && <Text size="sm" c="teal.9" role="status" mt={6} data-testid="market-saved">{t('performance.marketSaved')}</Text>}
          </Group>
        </Table.Td>
      ) : (
        <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{market ? formatMoney(market, i18n.language) : '—'}</Table.Td>
      )}
    </Table.Tr>
  );
}

/**
 * /channel/performance/markets: what each territory's market is worth in a year, as brand staff estimate it.
 * A partner's market share (its sales against its territories' markets) is judged against it by the
 * market share signal; a territory without one is judged by its share of the channel's sales there.
 */
export function MarketsPage() {
  const { t } = useTranslation();
  usePageTitle(t('performance.marketsTitle'), 'Trellis');
  const { viewer } = useViewer();
  const canWrite = viewer ? CHANNEL_ROLES.includes(viewer.role) : false;
  const [year, setYear] = useState(new Date().getUTCFullYear());
  const { data, loading, error, refetch } = useQuery(TerritoryMarketsQuery, { variables: { year }, fetchPolicy: 'cache-and-network' });
  const markets = new Map((data?.territoryMarkets ?? []).map((m) => [m.territoryId, m.amount]));
  const territories = [...(data?.territories ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  const years = Array.from({ length: 5 }, (_, i) => new Date().getUTCFullYear() + 1 - i);

  let body;
  if (!data && loading) body = <LoadingState />;
  else if (!data) body = <ErrorState error={error} onRetry={() => void refetch()} />;
  else if (territories.length === 0) body = <EmptyState title={t('performance.noTerritories')} headingOrder={2} />;
  else
    body = (
      <WideTable minWidth={canWrite ? 520 : 360} label={t('performance.marketsTitle')}>
        <Table striped verticalSpacing="xs" data-testid="market-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('performance.territory')}</Table.Th>
              <Table.Th scope="col" ta={canWrite ? undefined : 'right'}>{t('performance.marketYear', { year })}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {territories.map((territory) => (
              // Keyed by the year too: another year's figures start from what the server holds for it.
              <MarketRow key={`${territory.id}-${year}`} territory={territory} year={year}
                market={markets.get(territory.id) ?? null} canWrite={canWrite} />
            ))}
          </Table.Tbody>
        </Table>
      </WideTable>
    );

  return (
    <Stack>
      <Title order={1}>{t('performance.marketsTitle')}</Title>
      <PerformanceTabs />
      <Text c="dimmed">{t('performance.marketsIntro')}</Text>
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <NativeSelect label={t('performance.year')} data={years.map(String)} value={String(year)} onChange={(e) => setYear(Number(e.currentTarget.value))} w={120}
          data-testid="markets-year" />
        <CsvExportButton
          fileName={`territory-markets-${year}`}
          rows={territories}
          disabled={territories.length === 0}
          columns={[
            { header: 'territory_code', value: (row) => row.code },
            { header: 'territory_name', value: (row) => row.name },
            { header: 'year', value: () => year },
            { header: 'amount', value: (row) => markets.get(row.id)?.amount ?? '' },
            { header: 'currency', value: (row) => markets.get(row.id)?.currency ?? '' },
          ]}
        />
      </Group>
      {error && data && <Alert color="red" role="alert">{describeError(error)}</Alert>}
      {body}
    </Stack>
  );
}
