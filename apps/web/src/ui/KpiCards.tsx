import { Paper, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatKpi, formatPercent, KPIS, kpiValue, type KpiDefinition, type KpiFigures, type KpiKey } from './kpi';

/** Formats a KPI of the given figures in the UI's language, with its unit. */
export function useKpiFormat(currency: string) {
  const { t, i18n } = useTranslation();
  const units = { days: (n: string) => t('performance.unitDays', { n }), hours: (n: string) => t('performance.unitHours', { n }) };
  return (definition: KpiDefinition, value: number | null) => formatKpi(definition.unit, value, i18n.language, currency, units);
}

interface KpiCardsProps {
  figures: KpiFigures;
  currency: string;
  /** Only these KPIs (every one by default). */
  keys?: readonly KpiKey[];
  /** The figures compared with (a tier's average partner), shown under each value. */
  benchmark?: KpiFigures | null;
  benchmarkLabel?: string;
  testId?: string;
}

/** A KPI per card: its name, its value with its unit, and what it is compared with when given. */
export function KpiCards({ figures, currency, keys, benchmark, benchmarkLabel, testId = 'kpi-cards' }: KpiCardsProps) {
  const { t } = useTranslation();
  const format = useKpiFormat(currency);
  const shown = keys ? KPIS.filter((k) => keys.includes(k.key)) : KPIS;
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 4 }} spacing="sm" component="dl" m={0} data-testid={testId}>
      {shown.map((definition) => (
        <Paper key={definition.key} withBorder p="sm" data-testid="kpi-card" data-kpi={definition.key}>
          <Text component="dt" size="xs" c="dimmed" fw={600}>
            {t(`performance.kpi.${definition.key}`)}
          </Text>
          <Text component="dd" m={0} fw={700} size="lg" className="break-anywhere" data-testid="kpi-value">
            {format(definition, kpiValue(figures, definition.key))}
          </Text>
          {benchmark && (
            <Text component="dd" m={0} size="xs" c="dimmed">
              {benchmarkLabel}: {format(definition, kpiValue(benchmark, definition.key))}
            </Text>
          )}
        </Paper>
      ))}
    </SimpleGrid>
  );
}

/** A quota's progress: sell-in of the quota, as a bar and in words (colour is not the only signal). */
export function KpiQuotaProgress({ label, figures, currency, testId }: { label: string; figures: KpiFigures | null | undefined; currency: string; testId?: string }) {
  const { t, i18n } = useTranslation();
  const format = useKpiFormat(currency);
  const quota = figures?.quota ? Number(figures.quota.amount) : null;
  const completion = figures?.quotaCompletion ?? null;
  const sellIn = figures ? Number(figures.sellIn.amount) : 0;
  return (
    <Stack gap={4} data-testid={testId}>
      <Text size="sm" fw={600}>
        {label}
      </Text>
      {quota === null || completion === null ? (
        <Text size="sm" c="dimmed">
          {t('performance.noQuota')}
        </Text>
      ) : (
        <>
          <Progress value={Math.min(100, completion * 100)} color={completion >= 1 ? 'teal' : completion >= 0.7 ? 'blue' : 'orange'} aria-label={label} size="lg" />
          <Text size="sm" data-testid="quota-progress-text">
            {t('performance.quotaProgress', {
              completion: formatPercent(completion, i18n.language),
              sellIn: format({ key: 'sellIn', unit: 'money' }, sellIn),
              quota: format({ key: 'quota', unit: 'money' }, quota),
            })}
          </Text>
        </>
      )}
    </Stack>
  );
}
