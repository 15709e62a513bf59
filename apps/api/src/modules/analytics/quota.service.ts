import type { Scope } from '../../access/scope';
import { BadInput, DomainError, NotFound } from '../../domain/errors';
import { money, parseAmount, CURRENCY } from '../../domain/money';
import { unsafeTextReason } from '../../domain/text';
import { readCsv } from '../catalog/product-csv';
import type { PartnerFigures } from '../partners/partner-figures';
import { parsePeriod } from './metrics.service';
import { MetricPeriodKind, PartnerQuota, TerritoryMarket } from './metrics.types';

/** The most rows of one quota file. */
export const MAX_QUOTA_ROWS = 20_000;
/** The largest quota or market size partner_quota and territory_market hold (their CHECKs), in minor units. */
const MAX_AMOUNT_MINOR = 100_000_000_000_000;
/** Why an amount cannot be a quota or a market size, or null. */
const amountReason = (minor: number): string | null =>
  minor <= 0 ? 'must be more than 0' : minor > MAX_AMOUNT_MINOR ? `must be at most ${money(MAX_AMOUNT_MINOR, 'EUR').amount}` : null;
const MAX_REPORTED_ERRORS = 200;

export interface QuotaRowError {
  line: number;
  field: string;
  reason: string;
}

/** A quota file with bad rows: nothing was written; every problem by line and column. */
export class QuotaCsvInvalid extends DomainError<'BAD_USER_INPUT'> {
  constructor(readonly errors: QuotaRowError[]) {
    super('BAD_USER_INPUT', `The file has ${errors.length >= MAX_REPORTED_ERRORS ? 'at least ' : ''}${errors.length} error(s); nothing was written`, { field: 'csv', errors });
  }
}

/** A quota's period as given: 2026-11 is a month, 2026-Q4 a quarter. */
export function quotaPeriod(field: string, text: string): { kind: MetricPeriodKind; start: string } {
  const kind = /Q/.test(text) ? MetricPeriodKind.QUARTER : MetricPeriodKind.MONTH;
  try {
    return { kind, start: parsePeriod(field, kind, text).start };
  } catch {
    throw new BadInput(field, 'must be a month as YYYY-MM or a quarter as YYYY-Qn');
  }
}

const QUOTA_COLUMNS = `q.partner_id AS "partnerId", q.period_kind AS "periodKind", to_char(q.period_start, 'YYYY-MM-DD') AS "periodStart",
  q.amount_minor AS "amountMinor", q.currency::text AS currency, q.set_at AS "setAt"`;

interface QuotaRow {
  partnerId: string;
  periodKind: MetricPeriodKind;
  periodStart: string;
  amountMinor: string;
  currency: string;
  setAt: Date;
}

function toQuota(r: QuotaRow): PartnerQuota {
  const [y, m] = r.periodStart.split('-').map(Number);
  const period = r.periodKind === MetricPeriodKind.MONTH ? r.periodStart.slice(0, 7) : `${y}-Q${Math.floor((m - 1) / 3) + 1}`;
  return { partnerId: r.partnerId, periodKind: r.periodKind, period, amount: money(r.amountMinor, r.currency), setAt: r.setAt };
}

/**
 * Sales quotas (sell-in revenue a partner is to reach in a month or a quarter) and territories' market
 * sizes. Brand staff who write set them, one at a time or from a CSV file (all or nothing); partners read
 * their own quotas (row-level security). Setting the same amount again writes nothing.
 */
export class QuotaService {
  constructor(private readonly partners: PartnerFigures) {}

  private async visiblePartner(scope: Scope, partnerId: string): Promise<void> {
    const [found] = await this.partners.members(scope, { partnerIds: [partnerId] });
    if (!found) throw new NotFound('Partner', partnerId);
  }

  async setQuota(scope: Scope, input: { partnerId: string; period: string; amount: { amount: string; currency: string } }): Promise<PartnerQuota> {
    const { kind, start } = quotaPeriod('period', input.period);
    const amountMinor = parseAmount('amount.amount', input.amount.amount);
    const tooSmallOrLarge = amountReason(amountMinor);
    if (tooSmallOrLarge) throw new BadInput('amount.amount', tooSmallOrLarge);
    await this.visiblePartner(scope, input.partnerId);
    await this.write(scope, [{ partnerId: input.partnerId, kind, start, amountMinor, currency: input.amount.currency }]);
    const [row] = await scope.query<QuotaRow>(
      `SELECT ${QUOTA_COLUMNS} FROM partner_quota q WHERE q.partner_id = $1 AND q.period_kind = $2 AND q.period_start = $3`,
      [input.partnerId, kind, start], 'quota.one');
    return toQuota(row);
  }

  /** Removes a quota; one that is not there changes nothing. Answers whether one was removed. */
  async removeQuota(scope: Scope, input: { partnerId: string; period: string }): Promise<boolean> {
    const { kind, start } = quotaPeriod('period', input.period);
    await this.visiblePartner(scope, input.partnerId);
    const { affected } = await scope.execute(
      `DELETE FROM partner_quota WHERE partner_id = $1 AND period_kind = $2 AND period_start = $3`, [input.partnerId, kind, start], 'quota.remove');
    return affected > 0;
  }

  /** Quotas of the partners the viewer sees (or those named) whose period starts within the months from..to (YYYY-MM). */
  async quotas(scope: Scope, input: { partnerIds?: string[] | null; from: string; to: string }): Promise<PartnerQuota[]> {
    const from = parsePeriod('from', MetricPeriodKind.MONTH, input.from).start;
    const to = parsePeriod('to', MetricPeriodKind.MONTH, input.to).start;
    if (to < from) throw new BadInput('to', 'must not be before from');
    const rows = await scope.query<QuotaRow>(
      `SELECT ${QUOTA_COLUMNS} FROM partner_quota q
        WHERE ($1::uuid[] IS NULL OR q.partner_id = ANY($1)) AND q.period_start >= $2::date AND q.period_start <= $3::date
        ORDER BY q.partner_id, q.period_start, q.period_kind LIMIT 10001`,
      [input.partnerIds ?? null, from, to], 'quota.list');
    if (rows.length > 10_000) throw new BadInput('to', 'answers more than 10,000 quotas: ask for fewer months or partners');
    return rows.map(toQuota);
  }

  /**
   * Quotas from a CSV file: `partner_code,period,amount,currency` (period 2026-11 or 2026-Q4). Every row is
   * checked first; any bad row, an unknown or unseen partner, or the same partner and period twice is
   * named with its line and nothing is written. Answers how many quotas changed.
   */
  async importQuotas(scope: Scope, csv: string): Promise<{ rows: number; changed: number }> {
    const read = readCsv(csv);
    if ('reason' in read) throw new QuotaCsvInvalid([read]);
    const required = ['partner_code', 'period', 'amount', 'currency'];
    const missing = required.filter((h) => !read.header.includes(h));
    if (missing.length) throw new QuotaCsvInvalid([{ line: 1, field: missing[0], reason: `the header must name ${required.join(', ')}` }]);
    if (read.rows.length === 0) throw new QuotaCsvInvalid([{ line: 2, field: 'file', reason: 'has no rows' }]);
    if (read.rows.length > MAX_QUOTA_ROWS) throw new QuotaCsvInvalid([{ line: MAX_QUOTA_ROWS + 2, field: 'file', reason: `has more than ${MAX_QUOTA_ROWS} rows` }]);
    const codes = [...new Set(read.rows.map((r) => r.values.partner_code.toUpperCase()))];
    const partnerByCode = new Map((await this.partners.byCodes(scope, codes)).map((p) => [p.code, p.id]));
    const errors: QuotaRowError[] = [];
    const seen = new Map<string, number>();
    const quotas: { partnerId: string; kind: MetricPeriodKind; start: string; amountMinor: number; currency: string }[] = [];
    for (const { line, values } of read.rows) {
      const fail = (field: string, reason: string) => errors.length < MAX_REPORTED_ERRORS && errors.push({ line, field, reason });
      const unsafe = Object.entries(values).find(([, v]) => unsafeTextReason(v));
      if (unsafe) { fail(unsafe[0], unsafeTextReason(unsafe[1]) as string); continue; }
      const partnerId = partnerByCode.get(values.partner_code.toUpperCase());
      if (!partnerId) { fail('partner_code', 'names no partner you may see'); continue; }
      let period: { kind: MetricPeriodKind; start: string };
      let amountMinor: number;
      try {
        period = quotaPeriod('period', values.period);
        amountMinor = parseAmount('amount', values.amount);
      } catch (err) {
        if (!(err instanceof BadInput)) throw err;
        fail(err.details.field as string, err.details.reason as string);
        continue;
      }
      const badAmount = amountReason(amountMinor);
      if (badAmount) { fail('amount', badAmount); continue; }
      if (!CURRENCY.test(values.currency)) { fail('currency', 'must be a three-letter ISO currency code'); continue; }
      const key = `${partnerId}|${period.kind}|${period.start}`;
      if (seen.has(key)) { fail('period', `repeats line ${seen.get(key)} for this partner`); continue; }
      seen.set(key, line);
      quotas.push({ partnerId, kind: period.kind, start: period.start, amountMinor, currency: values.currency });
    }
    if (errors.length) throw new QuotaCsvInvalid(errors);
    return { rows: quotas.length, changed: await this.write(scope, quotas) };
  }

  /** Upserts quotas, writing only those that change; answers how many did. */
  private async write(scope: Scope, quotas: readonly { partnerId: string; kind: MetricPeriodKind; start: string; amountMinor: number; currency: string }[]): Promise<number> {
    let changed = 0;
    for (let i = 0; i < quotas.length; i += 2000) {
      const batch = quotas.slice(i, i + 2000);
      const { affected } = await scope.execute(
        `INSERT INTO partner_quota (partner_id, period_kind, period_start, amount_minor, currency, set_by)
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::date[], $4::bigint[], $5::text[], array_fill($6::uuid, ARRAY[cardinality($1::uuid[])]))
         ON CONFLICT (partner_id, period_kind, period_start) DO UPDATE
           SET amount_minor = EXCLUDED.amount_minor, currency = EXCLUDED.currency, set_by = EXCLUDED.set_by, set_at = now()
         WHERE (partner_quota.amount_minor, partner_quota.currency) IS DISTINCT FROM (EXCLUDED.amount_minor, EXCLUDED.currency)`,
        [batch.map((q) => q.partnerId), batch.map((q) => q.kind), batch.map((q) => q.start), batch.map((q) => String(q.amountMinor)), batch.map((q) => q.currency), scope.user.userId || null],
        'quota.write',
      );
      changed += affected;
    }
    return changed;
  }

  async setTerritoryMarket(scope: Scope, input: { territoryId: string; year: number; amount: { amount: string; currency: string } }): Promise<TerritoryMarket> {
    const amountMinor = parseAmount('amount.amount', input.amount.amount);
    const tooSmallOrLarge = amountReason(amountMinor);
    if (tooSmallOrLarge) throw new BadInput('amount.amount', tooSmallOrLarge);
    const [territory] = await this.partners.territoriesByIds(scope, [input.territoryId]);
    if (!territory) throw new NotFound('Territory', input.territoryId);
    await scope.execute(
      `INSERT INTO territory_market (territory_id, year, amount_minor, currency, set_by) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (territory_id, year) DO UPDATE SET amount_minor = EXCLUDED.amount_minor, currency = EXCLUDED.currency, set_by = EXCLUDED.set_by, set_at = now()
       WHERE (territory_market.amount_minor, territory_market.currency) IS DISTINCT FROM (EXCLUDED.amount_minor, EXCLUDED.currency)`,
      [input.territoryId, input.year, String(amountMinor), input.amount.currency, scope.user.userId || null], 'market.write');
    return { territoryId: input.territoryId, year: input.year, amount: money(amountMinor, input.amount.currency) };
  }

  async territoryMarkets(scope: Scope, year?: number | null): Promise<TerritoryMarket[]> {
    const rows = await scope.query<{ territoryId: string; year: number; amountMinor: string; currency: string }>(
      `SELECT territory_id AS "territoryId", year, amount_minor AS "amountMinor", currency::text AS currency FROM territory_market
        WHERE ($1::int IS NULL OR year = $1) ORDER BY year, territory_id`, [year ?? null], 'market.list');
    return rows.map((r) => ({ territoryId: r.territoryId, year: r.year, amount: money(r.amountMinor, r.currency) }));
  }
}
