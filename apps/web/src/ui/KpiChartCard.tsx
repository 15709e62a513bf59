import '@mantine/charts/styles.css';
import { useId, useState, type ReactNode } from 'react';
import { BarChart, LineChart } from '@mantine/charts';
import { Group, Paper, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CsvExportButton } from './CsvExportButton';
import type { CsvColumn } from './csv';
import { WideTable } from './WideTable';

/** One line or bar of a chart: the row field it reads, its name in the legend and table, its colour. */
export interface KpiSeries {
  key: string;
  label: string;
  color: string;
}

/** One point of the x axis (a month, a group, a band) with a number per series (null: nothing to count). */
export interface KpiChartRow {
  label: string;
  values: Record<string, number | null>;
}

interface KpiChartCardProps {
  title: string;
  /** What the chart says, in a sentence: shown under the title and read by screen readers with the chart. */
  description?: string;
  kind: 'line' | 'bar';
  rows: readonly KpiChartRow[];
  /** The rows the chart draws, when fewer than the table lists. */
  chartRows?: readonly KpiChartRow[];
  series: readonly KpiSeries[];
  /** The x axis's name (Month, Tier, Completion) and the y axis's (EUR, Partners). */
  xLabel: string;
  yLabel: string;
  /** A number as the table and the tooltips show it (with its unit). */
  format: (value: number) => string;
  /** A shorter form for the y axis's ticks. */
  formatTick?: (value: number) => string;
  fileName: string;
  /** Whole numbers only (counts of partners): no ticks at 0.5. */
  integer?: boolean;
  /** Bars stacked horizontally when the labels are long (groups' names). */
  horizontal?: boolean;
  extra?: ReactNode;
  testId?: string;
}

/**
 * A chart with readable labels that can also be read as a table of the same numbers, and downloaded as
 * CSV (the raw numbers, not the formatted ones, so that a spreadsheet can count with them).
 */
export function KpiChartCard({ title, description, kind, rows, chartRows, series, xLabel, yLabel, format, formatTick, fileName, integer, horizontal, extra, testId }: KpiChartCardProps) {
  const { t } = useTranslation();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const titleId = useId();
  const data = (chartRows ?? rows).map((row) => ({ label: row.label, ...row.values }));
  const columns: CsvColumn<KpiChartRow>[] = [
    { header: xLabel, value: (row) => row.label },
    ...series.map((s) => ({ header: s.label, value: (row: KpiChartRow) => row.values[s.key] ?? null })),
  ];
  const chartHeight = horizontal ? Math.max(220, (chartRows ?? rows).length * 44 + 80) : 300;
  const common = {
    h: chartHeight,
    data,
    dataKey: 'label',
    series: series.map((s) => ({ name: s.key, label: s.label, color: s.color })),
    valueFormatter: format,
    withLegend: true,
    legendProps: { verticalAlign: 'bottom' as const, height: 40 },
    xAxisLabel: horizontal ? yLabel : xLabel,
    yAxisLabel: horizontal ? xLabel : yLabel,
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={titleId} data-testid={testId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <div style={{ minWidth: 0 }}>
            <Title order={2} size="h4" id={titleId}>
              {title}
            </Title>
            {description && (
              <Text size="sm" c="dimmed">
                {description}
              </Text>
            )}
          </div>
          <Group gap="xs" wrap="wrap">
            <SegmentedControl
              size="xs"
              value={view}
              onChange={(value) => setView(value as 'chart' | 'table')}
              aria-label={t('performance.viewAs', { title })}
              data={[
                { value: 'chart', label: t('performance.chart') },
                { value: 'table', label: t('performance.table') },
              ]}
              data-testid="chart-view-toggle"
            />
            <CsvExportButton size="xs" fileName={fileName} columns={columns} rows={rows} data-testid="chart-csv" />
          </Group>
        </Group>
        {extra}
        {view === 'chart' ? (
          <figure style={{ margin: 0 }} aria-label={title} data-testid="kpi-chart">
            {kind === 'line' ? (
              <LineChart {...common} curveType="linear" connectNulls={false} yAxisProps={{ tickFormatter: formatTick ?? format, width: 80, allowDecimals: !integer }} />
            ) : (
              <BarChart
                {...common}
                orientation={horizontal ? 'vertical' : 'horizontal'}
                yAxisProps={horizontal ? { width: 120 } : { tickFormatter: formatTick ?? format, width: 80, allowDecimals: !integer }}
                xAxisProps={horizontal ? { tickFormatter: formatTick ?? format, allowDecimals: !integer } : undefined}
              />
            )}
          </figure>
        ) : (
          <WideTable minWidth={Math.max(320, 140 + series.length * 130)} label={title}>
            <Table striped verticalSpacing="xs" data-testid="kpi-chart-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{xLabel}</Table.Th>
                  {series.map((s) => (
                    <Table.Th key={s.key} scope="col" ta="right">
                      {s.label}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr key={row.label}>
                    <Table.Th scope="row" fw={500}>
                      {row.label}
                    </Table.Th>
                    {series.map((s) => {
                      const value = row.values[s.key];
                      return (
                        <Table.Td key={s.key} ta="right" style={{ whiteSpace: 'nowrap' }}>
                          {value === null || value === undefined ? '—' : format(value)}
                        </Table.Td>
                      );
                    })}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </WideTable>
        )}
      </Stack>
    </Paper>
  );
}
