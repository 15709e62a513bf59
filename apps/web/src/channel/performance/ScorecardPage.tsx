import { useState } from 'react';
import { Anchor, Group, NativeSelect, Paper, SegmentedControl, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { graphql } from '../../gql';
import { formatDateTime } from '../../ui/format';
import { KpiCards, KpiQuotaProgress } from '../../ui/KpiCards';
import { addMonths, KPI_CURRENCIES, monthOf, periodLabel, quarterOfMonth } from '../../ui/kpi';
import { formatMoney } from '../../ui/money';
import { EmptyState, ErrorState, LoadingState } from '../../ui/states';
import { usePageTitle } from '../../ui/usePageTitle';
import { CHANNEL_ROLES, useViewer } from '../../ui/viewer';
import { WideTable } from '../../ui/WideTable';
import { KpiTrendVersusTier } from '../../ui/KpiTrendVersusTier';
import { QuotaForm } from './QuotaForm';
import { SignalItems } from './SignalList';

const ScorecardFiguresQuery = graphql(`
  query ScorecardFigures($partnerId: ID!, $from: String!, $to: String!, $quarter: String!, $currency: String!) {
    partner(id: $partnerId) {
      id
      name
      code
      tier {
        id
        name
      }
    }
    months: channelMetrics(from: $from, to: $to, periodKind: MONTH, groupBy: PARTNER, currency: $currency, filter: { partnerIds: [$partnerId] }) {
      period
      figures {
        ...KpiFigures
      }
    }
    quarter: channelMetrics(from: $quarter, to: $quarter, periodKind: QUARTER, groupBy: PARTNER, currency: $currency, filter: { partnerIds: [$partnerId] }) {
      period
      figures {
        ...KpiFigures
      }
    }
  }
`);

const ScorecardBenchmarkQuery = graphql(`
  query ScorecardBenchmark($tierId: ID!, $from: String!, $to: String!, $currency: String!) {
    tierBenchmark(tierId: $tierId, from: $from, to: $to, currency: $currency) {
      tierId
      periods {
        period
        partnerCount
        figures {
          sellIn {
            amount
          }
        }
      }
    }
  }
`);

const ScorecardSignalsQuery = graphql(`
  query ScorecardSignals($partnerId: ID!) {
    channelSignals(partnerId: $partnerId, status: OPEN, first: 20) {
      totalCount
      edges {
        node {
          ...SignalItem_signal
        }
      }
    }
  }
`);

const ScorecardQuotasQuery = graphql(`
  query ScorecardQuotas($partnerIds: [ID!], $from: String!, $to: String!) {
    partnerQuotas(partnerIds: $partnerIds, from: $from, to: $to) {
      partnerId
      period
      setAt
      amount {
        amount
        currency
      }
    }
  }
`);

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

/** /channel/partners/:id/scorecard: one partner's KPIs, quota progress, trend against its tier, open signals and quotas. */
export function ScorecardPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { viewer } = useViewer();
  const canWrite = viewer ? CHANNEL_ROLES.includes(viewer.role) : false;
  const [currency, setCurrency] = useState('EUR');
  const [span, setSpan] = useState<'month' | 'quarter'>('month');
  const month = monthOf();
  const from = addMonths(month, -11);
  const quarter = quarterOfMonth(month);
  const figures = useQuery(ScorecardFiguresQuery, { variables: { partnerId: id, from, to: month, quarter, currency }, fetchPolicy: 'cache-and-network' });
  const partner = figures.data?.partner;
  usePageTitle(partner ? t('performance.scorecardTitle', { partner: partner.name }) : t('performance.scorecard'), 'Trellis');
  const tierId = partner?.tier?.id ?? null;
  const benchmark = useQuery(ScorecardBenchmarkQuery, { variables: { tierId: tierId ?? '', from, to: month, currency }, skip: !tierId });
  const signals = useQuery(ScorecardSignalsQuery, { variables: { partnerId: id }, fetchPolicy: 'cache-and-network' });
  const quotas = useQuery(ScorecardQuotasQuery, { variables: { partnerIds: [id], from, to: addMonths(month, 12) }, fetchPolicy: 'cache-and-network' });

  if (!figures.data && figures.loading) return <LoadingState />;
  if (!figures.data || !partner) return <ErrorState error={figures.error} onRetry={() => void figures.refetch()} />;
  const months = figures.data.months;
  const current = months.find((m) => m.period === month)?.figures ?? null;
  const currentQuarter = figures.data.quarter[0]?.figures ?? null;
  const shown = span === 'month' ? current : currentQuarter;
  const quotaRows = [...(quotas.data?.partnerQuotas ?? [])].sort((a, b) => b.period.localeCompare(a.period));

  return (
    <Stack>
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div style={{ minWidth: 0 }}>
          <Anchor component={Link} to={`/channel/partners/${partner.id}`} size="sm">
            {t('performance.backToPartner', { partner: partner.name })}
          </Anchor>
          <Title order={1} className="break-anywhere">
            {t('performance.scorecardTitle', { partner: partner.name })}
          </Title>
          <Text c="dimmed">
            {partner.code} · {partner.tier ? t('performance.tierIs', { tier: partner.tier.name }) : t('performance.noTier')}
          </Text>
        </div>
        <NativeSelect label={t('performance.currency')} value={currency} w={110} onChange={(e) => setCurrency(e.currentTarget.value)} data={[...KPI_CURRENCIES]} />
      </Group>
      <Section id="scorecard-kpis" title={t('performance.currentKpis')}>
        <SegmentedControl
          mb="sm"
          value={span}
          onChange={(v) => setSpan(v as 'month' | 'quarter')}
          aria-label={t('performance.currentKpis')}
          data={[
            { value: 'month', label: periodLabel(month, i18n.language) },
            { value: 'quarter', label: periodLabel(quarter, i18n.language) },
          ]}
          data-testid="scorecard-span"
        />
        {shown ? <KpiCards figures={shown} currency={currency} testId="scorecard-kpis" /> : <EmptyState title={t('performance.noFigures')} headingOrder={3} />}
      </Section>
      <Section id="scorecard-quota" title={t('performance.quotaProgressTitle')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <KpiQuotaProgress label={periodLabel(month, i18n.language)} figures={current} currency={currency} testId="quota-month" />
          <KpiQuotaProgress label={periodLabel(quarter, i18n.language)} figures={currentQuarter} currency={currency} testId="quota-quarter" />
        </SimpleGrid>
      </Section>
      <KpiTrendVersusTier
        months={months.map((m) => ({ period: m.period, sellIn: Number(m.figures.sellIn.amount) }))}
        benchmark={benchmark.data?.tierBenchmark.periods.map((p) => ({ period: p.period, sellIn: Number(p.figures.sellIn.amount) })) ?? null}
        hasTier={Boolean(tierId)}
        currency={currency}
        ownLabel={partner.name}
        fileName={`scorecard-${partner.code}-${from}-${month}`}
      />
      <Section id="scorecard-signals" title={t('performance.openSignals')}>
        {signals.data ? (
          signals.data.channelSignals.edges.length === 0 ? (
            <Text size="sm" c="dimmed">{t('performance.noOpenSignals')}</Text>
          ) : (
            <SignalItems signals={signals.data.channelSignals.edges.map((e) => e.node)} canWrite={canWrite} showPartner={false} />
          )
        ) : signals.loading ? (
          <LoadingState />
        ) : (
          <ErrorState error={signals.error} onRetry={() => void signals.refetch()} />
        )}
      </Section>
      <Section id="scorecard-quotas" title={t('performance.quotasTitle')}>
        <Stack>
          {quotaRows.length === 0 ? (
            <Text size="sm" c="dimmed">{t('performance.noQuotas')}</Text>
          ) : (
            <WideTable minWidth={420} label={t('performance.quotasTitle')}>
              <Table striped verticalSpacing="xs" data-testid="scorecard-quota-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('performance.period')}</Table.Th>
                    <Table.Th scope="col" ta="right">{t('performance.kpi.quota')}</Table.Th>
                    <Table.Th scope="col">{t('performance.setAt')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {quotaRows.map((q) => (
                    <Table.Tr key={q.period}>
                      <Table.Td>{periodLabel(q.period, i18n.language)}</Table.Td>
                      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{formatMoney(q.amount, i18n.language)}</Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(q.setAt, i18n.language)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </WideTable>
          )}
          {canWrite && <QuotaForm partnerId={partner.id} defaultPeriod={month} />}
        </Stack>
      </Section>
    </Stack>
  );
}
