import type { TFunction } from 'i18next';
import type { IncentivePeriod } from '@trellis/schema';
import { graphql } from '../../gql';
import type { IncentiveTerms_ProgramFragment } from '../../gql/graphql';
import { formatMoney } from '../../ui/money';

/*
 * What both portals' incentive pages share: an incentive's terms in words, its periods' names, and the
 * period arithmetic of the form's start and end pickers (the API's own rule: a period starts on the first
 * day of a month, a quarter or a year).
 */

graphql(`
  fragment IncentiveTerms_program on IncentiveProgram {
    id
    name
    description
    kind
    basis
    currency
    rateBasisPoints
    period
    startsOn
    endsOn
    status
    category {
      id
      name
    }
    threshold {
      amount
      amountMinor
      currency
    }
    bonus {
      amount
      currency
    }
  }
`);

/** How many incentives, accruals or statements a list shows at first and each "Load more" adds. */
export const PAGE_SIZE = 20;

const LOCALE = (language: string) => (language === 'pl' ? 'pl-PL' : 'en-GB');

/** A rate in basis points as a percentage: 200 is "2%", 250 "2.5%". */
export function formatRate(basisPoints: number, language: string): string {
  return new Intl.NumberFormat(LOCALE(language), { style: 'percent', maximumFractionDigits: 2 }).format(basisPoints / 10_000);
}

/** A percentage typed by a person ("2", "2,5") in basis points, or null when it is not one from 0.01 to 100. */
export function toBasisPoints(typed: string): number | null {
  const text = typed.trim().replace(',', '.').replace(/%$/, '').trim();
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(text)) return null;
  const points = Math.round(Number(text) * 100);
  return points >= 1 && points <= 10_000 ? points : null;
}

/** Basis points as the form's percentage: 200 is "2", 250 "2.5". */
export function percentOf(basisPoints: number | null | undefined): string {
  return basisPoints ? String(basisPoints / 100) : '';
}

/** The incentive's terms in one sentence: "2% of delivered sell-in of Drills per quarter from €100,000.00". */
export function termsText(program: IncentiveTerms_ProgramFragment, t: TFunction, language: string): string {
  const period = t(`incentives.per.${program.period}`);
  if (program.kind === 'LEAD_BONUS') {
    return t('incentives.terms.bonus', { bonus: program.bonus ? formatMoney(program.bonus, language) : '—', period });
  }
  const rate = program.rateBasisPoints ? formatRate(program.rateBasisPoints, language) : '—';
  const basis = t(`incentives.basisWords.${program.basis ?? 'SELL_IN'}`);
  const core = program.category
    ? t('incentives.terms.rebateOfCategory', { rate, basis, category: program.category.name, period })
    : t('incentives.terms.rebate', { rate, basis, period, currency: program.currency });
  return program.threshold.amountMinor > 0 ? t('incentives.terms.from', { terms: core, threshold: formatMoney(program.threshold, language) }) : core;
}

/** When the incentive runs: "From 1 Oct 2026" or "1 Oct 2026 – 31 Dec 2027". */
export function runText(program: { startsOn: string; endsOn?: string | null }, t: TFunction, language: string): string {
  return program.endsOn
    ? t('incentives.runs', { from: formatDay(program.startsOn, language), to: formatDay(program.endsOn, language) })
    : t('incentives.runsOpen', { from: formatDay(program.startsOn, language) });
}

/** A day (YYYY-MM-DD) in the reader's language, the calendar day itself whatever the time zone. */
export function formatDay(day: string, language: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d).toLocaleDateString(LOCALE(language), { dateStyle: 'medium' });
}

const ROMAN = ['I', 'II', 'III', 'IV'];

/** A period by its first day: "December 2026", "Q4 2026", "2026" (Polish: "grudzień 2026", "IV kw. 2026"). */
export function periodName(periodStart: string, period: IncentivePeriod, t: TFunction, language: string): string {
  const [y, m] = periodStart.split('-').map(Number) as [number, number];
  if (period === 'YEAR') return String(y);
  if (period === 'QUARTER') {
    const n = Math.floor((m - 1) / 3) + 1;
    return t('incentives.quarterName', { n, roman: ROMAN[n - 1], year: y });
  }
  return new Date(y, m - 1, 1).toLocaleDateString(LOCALE(language), { month: 'long', year: 'numeric' });
}

const MONTHS: Record<IncentivePeriod, number> = { MONTH: 1, QUARTER: 3, YEAR: 12 };

const day = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** The first day of the period holding this day (YYYY-MM-DD). */
export function periodStartOf(date: string, period: IncentivePeriod): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  const month = period === 'YEAR' ? 1 : period === 'QUARTER' ? Math.floor((m - 1) / 3) * 3 + 1 : m;
  return day(y, month, 1);
}

/** The period start `n` periods after (or before) this one. */
export function shiftPeriod(start: string, period: IncentivePeriod, n: number): string {
  const [y, m] = start.split('-').map(Number) as [number, number];
  const months = y * 12 + (m - 1) + n * MONTHS[period];
  return day(Math.floor(months / 12), (months % 12) + 1, 1);
}

/** The last day of the period that starts on this day. */
export function periodEndOf(start: string, period: IncentivePeriod): string {
  const [y, m] = shiftPeriod(start, period, 1).split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1, 0)).toISOString().slice(0, 10);
}

/** Today in the viewer's own zone, as the API writes days. */
export function localToday(at: Date = new Date()): string {
  return new Date(at.getTime() - at.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/** The accrual of the period that holds today, if any (accruals come latest first). */
export function currentAccrual<A extends { periodStart: string; periodEnd: string }>(accruals: readonly A[], today = localToday()): A | null {
  return accruals.find((a) => a.periodStart <= today && today <= a.periodEnd) ?? null;
}
