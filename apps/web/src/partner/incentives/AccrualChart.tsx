import { useTranslation } from 'react-i18next';
import { KpiChartCard, type KpiChartRow, type KpiSeries } from '../../ui/KpiChartCard';
import { formatMoney } from '../../ui/money';
import { periodName } from '../../channel/incentives/incentiveTerms';
import type { PartnerProgram } from './PartnerIncentivesPage';

/**
 * An incentive's accruals over its periods, oldest first: a rebate's base and what it earned, a bonus's
 * earnings; the card's table (and CSV) carries the same numbers for screen readers and spreadsheets.
 */
export default function AccrualChart({ program }: { program: PartnerProgram }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const rebate = program.kind === 'REBATE';
  const series: KpiSeries[] = [
    ...(rebate ? [{ key: 'base', label: t('incentives.col.base'), color: 'blue.6' }] : []),
    { key: 'earned', label: t('incentives.chartEarned'), color: 'teal.7' },
  ];
  const rows: KpiChartRow[] = [...program.myAccruals].reverse().map((a) => ({
    label: periodName(a.periodStart, program.period, t, lang),
    values: { ...(rebate ? { base: a.base.amountMinor / 100 } : {}), earned: a.earned.amountMinor / 100 },
  }));
  const money = (value: number) => formatMoney({ amount: value.toFixed(2), currency: program.currency }, lang);
  const tick = (value: number) => new Intl.NumberFormat(lang === 'pl' ? 'pl-PL' : 'en-GB', { notation: 'compact', maximumFractionDigits: 1 }).format(value);
  return (
    <KpiChartCard
      title={t('incentives.chartTitle', { name: program.name })}
      description={t('incentives.chartText')}
      kind="bar"
      rows={rows}
      series={series}
      xLabel={t('incentives.chartPeriod')}
      yLabel={program.currency}
      format={money}
      formatTick={tick}
      fileName={`incentive-${program.id.slice(0, 8)}.csv`}
      testId="accrual-chart"
    />
  );
}
