/**
 * The cells of channel performance: one partner in one calendar month (UTC). Each module computes its
 * own figures for a batch of cells from its own tables (orders, leads, service, inventory, MDF); the
 * analytics module keeps them as rollups. Figures are sums and counts, never ratios, so that months add
 * up to quarters and partners to tiers, territories and the whole channel.
 */
export interface KpiCell {
  partnerId: string;
  /** The month's first day, YYYY-MM-01. */
  month: string;
}

/** The figures counted per cell (kpi_partner_month), by their column names. */
export const COUNT_FIGURES = [
  'sell_out_units', 'counted_products', 'stocked_products', 'stock_units', 'deliveries', 'delivery_seconds', 'payments', 'payment_seconds',
  'cases_opened', 'first_responses', 'first_response_seconds', 'resolutions', 'resolution_seconds', 'ratings', 'rating_sum',
  'leads_dispatched', 'leads_accepted', 'accept_seconds', 'leads_declined', 'leads_expired', 'leads_won', 'leads_lost',
] as const;
export type CountFigure = (typeof COUNT_FIGURES)[number];

/** The money figures per cell and currency (kpi_partner_money), in minor units. */
export const MONEY_FIGURES = [
  'sell_in_minor', 'sell_out_minor', 'costed_sell_out_minor', 'sell_out_cost_minor', 'mdf_paid_minor', 'mdf_revenue_minor',
] as const;
export type MoneyFigure = (typeof MONEY_FIGURES)[number];

/** A module's counts for one cell: only the figures it owns, the rest being someone else's. */
export type CellCounts = KpiCell & Partial<Record<CountFigure, number>>;
/** A module's money for one cell in one currency. */
export type CellMoney = KpiCell & { currency: string } & Partial<Record<MoneyFigure, number>>;

/** Cells as the two parallel arrays a statement unnests: `unnest($1::uuid[], $2::date[]) AS c(partner_id, month)`. */
export function cellParams(cells: readonly KpiCell[]): [string[], string[]] {
  return [cells.map((c) => c.partnerId), cells.map((c) => c.month)];
}

/** SQL: the cells of parameters $1 and $2, as relation `c` (partner_id, month, starts, ends: the month's instants in UTC). */
export const CELLS_SQL = `(SELECT u.partner_id, u.month, (u.month::timestamp AT TIME ZONE 'UTC') AS starts,
  ((u.month + interval '1 month') AT TIME ZONE 'UTC') AS ends FROM unnest($1::uuid[], $2::date[]) AS u(partner_id, month)) c`;

/** Numbers PostgreSQL sends as text (bigint, numeric): as numbers, exact up to 2^53. */
export function numbersOf<T extends object>(row: T, keys: readonly string[]): T {
  const out: Record<string, unknown> = { ...(row as Record<string, unknown>) };
  for (const key of keys) if (out[key] !== undefined && out[key] !== null) out[key] = Number(out[key]);
  return out as T;
}

/** The first day of the month of a day or instant, YYYY-MM-01 (UTC). */
export function monthOf(date: Date): string {
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}-01`;
}

/** The month n months after a YYYY-MM-01 month (n may be negative). */
export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number);
  const total = y * 12 + (m - 1) + n;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}-01`;
}

/** Every month from `from` to `to`, both included (YYYY-MM-01). */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = from; m <= to; m = addMonths(m, 1)) out.push(m);
  return out;
}
