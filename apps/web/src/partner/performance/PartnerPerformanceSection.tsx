import { useState } from 'react';
import { Group, NativeSelect, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { KpiCards, KpiQuotaProgress } from '../../ui/KpiCards';
import { addMonths, KPI_CURRENCIES, monthOf, periodLabel, quarterOfMonth } from '../../ui/kpi';
import { KpiTrendVersusTier } from '../../ui/KpiTrendVersusTier';
import { ErrorState, LoadingState } from '../../ui/states';

const OwnPerformanceQuery = graphql(`
  query OwnPerformance($partnerId: ID!, $from: String!, $to: String!, $quarter: String!, $currency: String!) {
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
    tierBenchmark(from: $from, to: $to, currency: $currency) {
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

/**
 * A partner manager's own KPIs, quota progress and sell-in trend against the average partner of its tier:
 * the same numbers the brand owner sees, and never another partner's (the API gives the tier only as sums).
 * A lazy chunk: the charts come with it, not with the partner portal.
 */
export default function PartnerPerformanceSection({ partnerId, partnerName }: { partnerId: string; partnerName: string }) {
  const { t, i18n } = useTranslation();
  const [currency, setCurrency] = useState('EUR');
  const month = monthOf();
  const from = addMonths(month, -11);
  const quarter = quarterOfMonth(month);
  const { data, loading, error, refetch } = useQuery(OwnPerformanceQuery, { variables: { partnerId, from, to: month, quarter, currency }, fetchPolicy: 'cache-and-network' });
  let body;
  if (!data && loading) body = <LoadingState />;
  else if (!data) body = <ErrorState error={error} onRetry={() => void refetch()} />;
  else {
    const current = data.months.find((m) => m.period === month)?.figures ?? null;
    const currentQuarter = data.quarter[0]?.figures ?? null;
    body = (
      <Stack>
        {current && (
          <KpiCards
            figures={current}
            currency={currency}
            keys={['sellIn', 'sellOut', 'quotaCompletion', 'grossMargin', 'leadAcceptanceRate', 'winRate', 'paymentPeriodDays', 'daysOfInventory', 'firstResponseHours', 'satisfaction']}
            testId="own-kpis"
          />
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <KpiQuotaProgress label={t('performance.quotaOf', { period: periodLabel(month, i18n.language) })} figures={current} currency={currency} testId="own-quota-month" />
          <KpiQuotaProgress label={t('performance.quotaOf', { period: periodLabel(quarter, i18n.language) })} figures={currentQuarter} currency={currency} testId="own-quota-quarter" />
        </SimpleGrid>
        <KpiTrendVersusTier
          months={data.months.map((m) => ({ period: m.period, sellIn: Number(m.figures.sellIn.amount) }))}
          benchmark={data.tierBenchmark.periods.map((p) => ({ period: p.period, sellIn: Number(p.figures.sellIn.amount) }))}
          hasTier={Boolean(data.tierBenchmark.tierId)}
          currency={currency}
          ownLabel={partnerName}
          fileName={`own-sell-in-${from}-${month}`}
        />
      </Stack>
    );
  }
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="own-performance-title" data-testid="own-performance">
      <Group justify="space-between" align="flex-end" mb="sm" wrap="wrap">
        <div>
          <Title order={2} size="h4" id="own-performance-title">
            {t('performance.ownTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('performance.ownIntro')}
          </Text>
        </div>
        <NativeSelect label={t('performance.currency')} value={currency} w={110} onChange={(e) => setCurrency(e.currentTarget.value)} data={[...KPI_CURRENCIES]} />
      </Group>
      {body}
    </Paper>
  );
}
