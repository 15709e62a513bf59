import { useEffect, useState } from 'react';
import { Group, NativeSelect, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MetricGroupBy, MetricPeriodKind } from '@trellis/schema';
import { isPeriod, KPI_CURRENCIES, periodCount } from '../../ui/kpi';
import { GROUP_BYS, type PerformanceParams } from './usePerformanceParams';

interface PerformanceFiltersProps {
  params: PerformanceParams;
  onChange: (change: Partial<PerformanceParams>) => void;
  /** The comparison asks for one period, not a range. */
  single?: boolean;
  /** Group-by choices; CHANNEL is left out where one group says nothing. */
  groupBys?: readonly MetricGroupBy[];
}

/** A period typed as the API writes it (2026-11, 2026-Q4), taken once it is one. */
function PeriodInput({ label, value, kind, onChange, testId }: { label: string; value: string; kind: MetricPeriodKind; onChange: (p: string) => void; testId: string }) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState(value);
  useEffect(() => setTyped(value), [value]);
  const valid = isPeriod(typed.trim(), kind);
  return (
    <TextInput
      label={label}
      value={typed}
      w={130}
      placeholder={kind === 'MONTH' ? '2026-11' : '2026-Q4'}
      error={valid ? undefined : t('performance.periodInvalid')}
      onChange={(e) => {
        const next = e.currentTarget.value;
        setTyped(next);
        if (isPeriod(next.trim(), kind)) onChange(next.trim());
      }}
      data-testid={testId}
    />
  );
}

/** Periods (months or quarters) and their range, currency and grouping of the performance pages. */
export function PerformanceFilters({ params, onChange, single, groupBys = GROUP_BYS }: PerformanceFiltersProps) {
  const { t } = useTranslation();
  const setRange = (change: { from?: string; to?: string }) => {
    const from = change.from ?? params.from;
    const to = change.to ?? params.to;
    const count = periodCount(from, to, params.periodKind);
    if (count >= 1 && count <= 60) onChange({ from, to });
  };
  return (
    <Group gap="sm" align="flex-start" wrap="wrap" data-testid="performance-filters">
      <NativeSelect
        label={t('performance.periodKind')}
        value={params.periodKind}
        w={140}
        onChange={(e) => onChange({ periodKind: e.currentTarget.value as MetricPeriodKind })}
        data={[
          { value: 'MONTH', label: t('performance.periodKinds.MONTH') },
          { value: 'QUARTER', label: t('performance.periodKinds.QUARTER') },
        ]}
        data-testid="period-kind"
      />
      {!single && <PeriodInput label={t('performance.from')} value={params.from} kind={params.periodKind} onChange={(from) => setRange({ from })} testId="period-from" />}
      <PeriodInput label={single ? t('performance.period') : t('performance.to')} value={params.to} kind={params.periodKind} onChange={(to) => (single ? onChange({ to }) : setRange({ to }))} testId="period-to" />
      <NativeSelect label={t('performance.currency')} value={params.currency} w={110} onChange={(e) => onChange({ currency: e.currentTarget.value })} data={[...KPI_CURRENCIES]} data-testid="currency" />
      <NativeSelect
        label={t('performance.groupBy')}
        value={params.groupBy}
        w={170}
        onChange={(e) => onChange({ groupBy: e.currentTarget.value as MetricGroupBy })}
        data={groupBys.map((g) => ({ value: g, label: t(`performance.groups.${g}`) }))}
        data-testid="group-by"
      />
    </Group>
  );
}
