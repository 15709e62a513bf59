import { Scope } from '../../access/scope';
import { canSeePartner } from '../../access/viewer';
import { CHANNEL_WRITERS, Role } from '../../access/role';
import { Connection, decodeCursor, toConnection } from '../../domain/connection';
import { BadInput, Conflict, Forbidden, LimitExceeded, NotFound } from '../../domain/errors';
import { money, parseAmount } from '../../domain/money';
import { instancesOf } from '../../domain/sql';
import { readUpload } from '../../domain/attachment';
import { stringify } from 'csv-stringify/sync';
import { PartnerService } from '../partners/partner.service';
import { OrderService } from '../orders/order.service';
import {
  MdfActivityType, MdfAllocation, MdfAttribution, MdfClaim, MdfShare, MdfClaimFile, MdfClaimStatus, MdfFund, MdfLedgerKind, MdfLedgerLine, MdfPaymentMethod, MdfRequest, MdfRequestStatus,
} from './mdf.types';
import {
  AllocateMdfByRuleInput, AllocateMdfInput, CreateMdfClaimInput, MdfAllocationRule, CreateMdfFundInput, MdfClaimFilter, MdfLedgerFilter, MdfRequestFilter, RequestMdfInput, ResubmitMdfRequestInput,
} from './mdf.inputs';

const FUND_COLUMNS = `f.id, f.name, f.purpose, f.currency, to_char(f.period_start, 'YYYY-MM-DD') AS "periodStart", to_char(f.period_end, 'YYYY-MM-DD') AS "periodEnd",
  to_char(f.claim_deadline, 'YYYY-MM-DD') AS "claimDeadline", f.total_budget_minor::text AS "totalBudgetMinor", f.allocated_minor::text AS "allocatedMinor",
  f.eligible_tier_ids::text[] AS "eligibleTierIds", f.activity_types AS "activityTypes", f.expired_at AS "expiredAt", f.created_at AS "createdAt",
  to_char(f.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "cursorAt"`;
const ALLOCATION_COLUMNS = `a.id, a.fund_id AS "fundId", a.partner_id AS "partnerId", f.currency, a.amount_minor::text AS "amountMinor",
  a.approved_minor::text AS "approvedMinor", a.claimed_minor::text AS "claimedMinor", a.paid_minor::text AS "paidMinor", a.expired_minor::text AS "expiredMinor"`;
const REQUEST_COLUMNS = `r.id, r.number, r.fund_id AS "fundId", r.allocation_id AS "allocationId", r.partner_id AS "partnerId", r.submitted_by AS "submittedById",
  f.currency, r.activity_type AS "activityType", r.title, r.description, to_char(r.starts_on, 'YYYY-MM-DD') AS "startsOn", to_char(r.ends_on, 'YYYY-MM-DD') AS "endsOn",
  r.planned_cost_minor::text AS "plannedCostMinor", r.requested_minor::text AS "requestedMinor", r.approved_minor::text AS "approvedMinor",
  r.claimed_minor::text AS "claimedMinor", r.expected_leads AS "expectedLeads", r.expected_revenue_minor::text AS "expectedRevenueMinor", r.status,
  r.decision_reason AS "decisionReason", r.submitted_at AS "submittedAt", r.decided_at AS "decidedAt", r.closed_at AS "closedAt",
  to_char(r.submitted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "cursorAt"`;
const CLAIM_COLUMNS = `c.id, c.number, c.request_id AS "requestId", c.partner_id AS "partnerId", f.currency, c.amount_minor::text AS "amountMinor",
  c.approved_minor::text AS "approvedMinor", c.status, c.note, c.decision_reason AS "decisionReason", c.payment_method AS "paymentMethod",
  c.payment_reference AS "paymentReference", c.created_at AS "createdAt", c.submitted_at AS "submittedAt", c.decided_at AS "decidedAt", c.paid_at AS "paidAt",
  to_char(c.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "cursorAt"`;
const CLAIM_FROM = `mdf_claim c JOIN mdf_request r ON r.id = c.request_id JOIN mdf_fund f ON f.id = r.fund_id`;
const FILE_COLUMNS = `x.id, x.claim_id AS "claimId", x.file_name AS "fileName", x.content_type AS "contentType", x.byte_size AS "byteSize", x.added_at AS "addedAt"`;
const LEDGER_COLUMNS = `l.id::text, l.fund_id AS "fundId", l.partner_id AS "partnerId", l.request_id AS "requestId", l.claim_id AS "claimId", l.kind,
  l.amount_minor::text AS "amountMinor", l.currency, l.actor_id AS "actorId", l.note, l.at`;

/** The most lines of one CSV export. */
export const MAX_CSV_LINES = 100_000;

/**
 * The accounts a movement debits and credits in the finance export (a negative ALLOCATE, a cut, swaps them):
 * the budget is allocated, allocations are committed by approvals, approved claims become expense owed to the
 * partner, and payments settle what is owed.
 */
export const MDF_ACCOUNTS: Record<MdfLedgerKind, readonly [debit: string, credit: string]> = {
  ALLOCATE: ['MDF-ALLOCATED', 'MDF-BUDGET'],
  RESERVE: ['MDF-COMMITTED', 'MDF-ALLOCATED'],
  RELEASE: ['MDF-ALLOCATED', 'MDF-COMMITTED'],
  CLAIM: ['MARKETING-EXPENSE', 'MDF-PAYABLE'],
  PAY: ['MDF-PAYABLE', 'CASH-OR-CREDIT-NOTE'],
  EXPIRE: ['MDF-BUDGET', 'MDF-ALLOCATED'],
};

/** The most files of one claim. */
export const MAX_CLAIM_FILES = 10;

const { SUBMITTED, CHANGES_REQUESTED, APPROVED, REJECTED, CLOSED } = MdfRequestStatus;

/** A day as given (YYYY-MM-DD) that is a real day of the calendar. */
function calendarDay(field: string, day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== day) throw new BadInput(field, 'is not a day of the calendar');
  if (day < '2000-01-01' || day > '2100-12-31') throw new BadInput(field, 'must be from 2000 to 2100');
  return day;
}

const today = (): string => new Date().toISOString().slice(0, 10);
const shown = (minor: number | string, currency: string) => { const m = money(minor, currency); return `${m.amount} ${m.currency}`; };

interface LedgerEntry {
  fundId: string;
  allocationId: string;
  partnerId: string;
  requestId?: string | null;
  claimId?: string | null;
  kind: MdfLedgerKind;
  amountMinor: number;
  currency: string;
  note?: string | null;
}

interface LockedRequest {
  id: string;
  fundId: string;
  allocationId: string;
  partnerId: string;
  status: MdfRequestStatus;
  requestedMinor: number;
  plannedCostMinor: number;
  approvedMinor: number;
  claimedMinor: number;
  currency: string;
  claimDeadline: string;
  expired: boolean;
}

interface LockedClaim {
  id: string;
  requestId: string;
  partnerId: string;
  status: MdfClaimStatus;
  amountMinor: number;
  approvedMinor: number | null;
  paymentKey: string | null;
  currency: string;
}

/**
 * Marketing development funds. The brand's channel staff create funds and allocate them to partners; a
 * partner's manager asks for money for an activity, and claims the actual cost with proof afterwards; the
 * channel staff approve (possibly less), reject or ask for changes, and pay approved claims. At the claim
 * deadline, what was not claimed returns to the fund.
 *
 * Every movement of money is a line of the append-only ledger, written in the same transaction as the
 * balances it changes. Each balance changes through one conditional UPDATE (`... WHERE approved + x <=
 * amount`), so parallel approvals and claims against one allocation never overspend: the row lock makes
 * them take turns and a loser finds the condition false and gets LIMIT_EXCEEDED with nothing written. The
 * tables' CHECKs hold the same invariants in PostgreSQL. Rows are locked in one order (claim, request,
 * allocation, fund), so parallel moves cannot deadlock. A move to where a record already is writes nothing.
 */
export class MdfService {
  constructor(
    private readonly partners: PartnerService,
    private readonly orders: OrderService,
  ) {}

  // ---- funds and allocations ----------------------------------------------------------------------------

  async createFund(scope: Scope, input: CreateMdfFundInput): Promise<MdfFund> {
    const [start, end, deadline] = [calendarDay('periodStart', input.periodStart), calendarDay('periodEnd', input.periodEnd), calendarDay('claimDeadline', input.claimDeadline)];
    if (end < start) throw new BadInput('periodEnd', 'must not be before periodStart');
    if (deadline < end) throw new BadInput('claimDeadline', 'must not be before periodEnd');
    const budget = parseAmount('totalBudget', input.totalBudget);
    if (budget <= 0) throw new BadInput('totalBudget', 'must be more than 0');
    const tiers = [...new Set(input.eligibleTierIds)];
    if (tiers.length) {
      const [{ n }] = await scope.query<{ n: number }>(`SELECT count(*)::int AS n FROM tier WHERE id = ANY($1::uuid[])`, [tiers], 'mdf.tiers-known');
      if (n !== tiers.length) throw new BadInput('eligibleTierIds', 'names a tier that does not exist');
    }
    const { rows: [created] } = await scope.execute<{ id: string }>(
      `INSERT INTO mdf_fund (name, purpose, currency, period_start, period_end, claim_deadline, total_budget_minor, eligible_tier_ids, activity_types, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::uuid[], $9::text[], nullif($10, '')::uuid) RETURNING id`,
      [input.name.trim(), input.purpose.trim(), input.currency, start, end, deadline, budget, tiers, [...new Set(input.activityTypes)], scope.user.userId], 'mdf.fund-create');
    return this.fund(scope, created.id);
  }

  async fundsByIds(scope: Scope, ids: readonly string[]): Promise<MdfFund[]> {
    return instancesOf(MdfFund, await scope.query<MdfFund>(`SELECT ${FUND_COLUMNS} FROM mdf_fund f WHERE f.id = ANY($1::uuid[])`, [ids], 'mdf.funds-by-ids'));
  }

  async fund(scope: Scope, id: string): Promise<MdfFund> {
    const [found] = await this.fundsByIds(scope, [id]);
    if (!found) throw new NotFound('MdfFund', id);
    return found;
  }

  /** Funds, newest first: every fund for brand staff, those a partner has money in for partners (row-level security). */
  async funds(scope: Scope, first: number, after?: string | null): Promise<Connection<MdfFund>> {
    const params: unknown[] = [];
    let where = '';
    if (after) {
      const [at, id] = decodeCursor(after, ['timestamp', 'uuid']);
      where = `WHERE (f.created_at, f.id) < ($${params.push(at)}::timestamptz, $${params.push(id)}::uuid)`;
    }
    const rows = await scope.query<MdfFund>(`SELECT ${FUND_COLUMNS} FROM mdf_fund f ${where} ORDER BY f.created_at DESC, f.id DESC LIMIT $${params.push(first + 1)}`, params, 'mdf.funds');
    const count = async () => (await scope.query<{ n: number }>(`SELECT count(*)::int AS n FROM mdf_fund`, [], 'mdf.funds-count'))[0].n;
    return toConnection(instancesOf(MdfFund, rows), first, count, (f) => [f.cursorAt, f.id]);
  }

  /** The allocations of funds the viewer sees, by partner name. */
  async allocationsOfFunds(scope: Scope, fundIds: readonly string[]): Promise<MdfAllocation[]> {
    return instancesOf(MdfAllocation, await scope.query<MdfAllocation>(
      `SELECT ${ALLOCATION_COLUMNS} FROM mdf_allocation a JOIN mdf_fund f ON f.id = a.fund_id JOIN partner p ON p.id = a.partner_id
        WHERE a.fund_id = ANY($1::uuid[]) ORDER BY a.fund_id, p.name, a.id`, [fundIds], 'mdf.allocations-of-funds'));
  }

  async allocationsByIds(scope: Scope, ids: readonly string[]): Promise<MdfAllocation[]> {
    return instancesOf(MdfAllocation, await scope.query<MdfAllocation>(
      `SELECT ${ALLOCATION_COLUMNS} FROM mdf_allocation a JOIN mdf_fund f ON f.id = a.fund_id WHERE a.id = ANY($1::uuid[])`, [ids], 'mdf.allocations-by-ids'));
  }

  /**
   * Sets a partner's allocation of a fund to an amount. The fund's unallocated budget pays for a raise
   * (LIMIT_EXCEEDED past it); a cut returns money to the fund, never below what approved requests hold.
   */
  async allocate(scope: Scope, input: AllocateMdfInput): Promise<MdfAllocation> {
    const target = parseAmount('amount', input.amount);
    const fund = await this.fund(scope, input.fundId);
    const partner = await this.partners.get(scope, input.partnerId);
    if (fund.expiredAt) throw new Conflict('The fund has expired: its claim deadline passed', { expiredAt: fund.expiredAt });
    if (fund.eligibleTierIds.length && !(partner.tierId && fund.eligibleTierIds.includes(partner.tierId))) {
      throw new BadInput('partnerId', "names a partner whose tier the fund's rules do not cover");
    }
    let [allocation] = await this.lockAllocation(scope, fund.id, partner.id);
    if (!allocation) {
      if (target === 0) throw new BadInput('amount', 'must be more than 0 for a partner without an allocation');
      await scope.execute(`INSERT INTO mdf_allocation (fund_id, partner_id) VALUES ($1, $2) ON CONFLICT (fund_id, partner_id) DO NOTHING`, [fund.id, partner.id], 'mdf.allocation-insert');
      [allocation] = await this.lockAllocation(scope, fund.id, partner.id);
    }
    const delta = target - allocation.amountMinor;
    if (delta === 0) return (await this.allocationsByIds(scope, [allocation.id]))[0];
    if (target < allocation.approvedMinor) {
      throw new Conflict(`Approved requests hold ${shown(allocation.approvedMinor, fund.currency)} of this allocation; it cannot go below that`, { approved: allocation.approvedMinor });
    }
    const { rows: [fits] } = await scope.execute<{ id: string }>(
      `UPDATE mdf_fund SET allocated_minor = allocated_minor + $2 WHERE id = $1 AND expired_at IS NULL AND allocated_minor + $2 <= total_budget_minor RETURNING id`,
      [fund.id, delta], 'mdf.fund-allocate');
    if (!fits) {
      const [{ left }] = await scope.query<{ left: string }>(`SELECT (total_budget_minor - allocated_minor)::text AS left FROM mdf_fund WHERE id = $1`, [fund.id]);
      throw new LimitExceeded(`The fund has ${shown(left, fund.currency)} unallocated; a raise of ${shown(delta, fund.currency)} does not fit`);
    }
    await scope.execute(`UPDATE mdf_allocation SET amount_minor = $2 WHERE id = $1`, [allocation.id, target], 'mdf.allocation-set');
    await this.ledger(scope, { fundId: fund.id, allocationId: allocation.id, partnerId: partner.id, kind: MdfLedgerKind.ALLOCATE, amountMinor: delta, currency: fund.currency });
    return (await this.allocationsByIds(scope, [allocation.id]))[0];
  }

  /**
   * Shares an amount of the fund's unallocated budget among its eligible active partners by a rule: equally,
   * by a weight per tier, or by each partner's sell-in revenue of the period as long as the fund's that ends
   * the day before it starts (orders in the fund's currency, not cancelled). Shares are whole cents that add
   * up to the amount exactly (largest remainders, ties by partner id), added to what each partner has. All
   * or nothing: LIMIT_EXCEEDED past the unallocated budget. A dry run only answers the shares.
   */
  async allocateByRule(scope: Scope, input: AllocateMdfByRuleInput): Promise<{ shares: MdfShare[]; allocations: MdfAllocation[] }> {
    const amount = parseAmount('amount', input.amount);
    if (amount <= 0) throw new BadInput('amount', 'must be more than 0');
    const fund = await this.fund(scope, input.fundId);
    if (fund.expiredAt) throw new Conflict('The fund has expired: its claim deadline passed', { expiredAt: fund.expiredAt });
    const weights = new Map(input.tierWeights.map((w) => [w.tierId, w.weight]));
    if (input.rule === MdfAllocationRule.BY_TIER && weights.size === 0) throw new BadInput('tierWeights', 'must weigh at least one tier for BY_TIER');
    const partners = await scope.query<{ id: string; tierId: string | null; tierName: string | null }>(
      `SELECT p.id, p.tier_id AS "tierId", t.name AS "tierName" FROM partner p LEFT JOIN tier t ON t.id = p.tier_id
        WHERE p.status = 'ACTIVE' AND (cardinality($1::uuid[]) = 0 OR p.tier_id = ANY($1::uuid[])) ORDER BY p.id`,
      [fund.eligibleTierIds], 'mdf.rule-partners');
    // Last period: as long as the fund's, ending the day before it starts.
    const days = (Date.parse(fund.periodEnd) - Date.parse(fund.periodStart)) / 86_400_000 + 1;
    const lastStart = new Date(Date.parse(fund.periodStart) - days * 86_400_000).toISOString().slice(0, 10);
    const revenue = input.rule === MdfAllocationRule.BY_REVENUE
      ? await this.orders.sellInRevenue(scope, partners.map((p) => p.id), fund.currency, lastStart, fund.periodStart)
      : new Map<string, number>();
    const weighed = partners.map((p) => {
      if (input.rule === MdfAllocationRule.EQUAL) return { id: p.id, weight: 1n, basis: 'equal' };
      if (input.rule === MdfAllocationRule.BY_TIER) {
        const weight = p.tierId ? weights.get(p.tierId) ?? 0 : 0;
        return { id: p.id, weight: BigInt(weight), basis: `tier ${p.tierName ?? 'none'}, weight ${weight}` };
      }
      const earned = revenue.get(p.id) ?? 0;
      return { id: p.id, weight: BigInt(earned), basis: `revenue ${money(earned, fund.currency).amount} ${fund.currency}` };
    });
    const total = weighed.reduce((sum, p) => sum + p.weight, 0n);
    if (total === 0n) throw new BadInput('rule', 'gives no eligible active partner a share (every weight is 0)');
    // Largest remainders: each partner's exact share floored, the cents left over to the largest fractions.
    const exact = weighed.map((p) => ({ ...p, floor: (BigInt(amount) * p.weight) / total, rest: (BigInt(amount) * p.weight) % total }));
    let left = BigInt(amount) - exact.reduce((sum, p) => sum + p.floor, 0n);
    for (const p of [...exact].sort((a, b) => (a.rest === b.rest ? (a.id < b.id ? -1 : 1) : a.rest > b.rest ? -1 : 1))) {
      if (left === 0n) break;
      if (p.weight === 0n) continue;
      p.floor += 1n;
      left -= 1n;
    }
    const shares = exact.filter((p) => p.floor > 0n).map((p) => Object.assign(new MdfShare(), {
      partnerId: p.id, currency: fund.currency, shareMinor: Number(p.floor), basis: p.basis,
    }));
    if (input.dryRun) return { shares, allocations: [] };
    const ids = shares.map((x) => x.partnerId);
    const amounts = shares.map((x) => x.shareMinor);
    // Rows lock in one order (by partner id: the shares' order), allocations before the fund, as allocate does.
    await scope.query(`SELECT id FROM mdf_allocation WHERE fund_id = $1 AND partner_id = ANY($2::uuid[]) ORDER BY partner_id FOR UPDATE`, [fund.id, ids], 'mdf.rule-lock');
    await scope.execute(`INSERT INTO mdf_allocation (fund_id, partner_id) SELECT $1, unnest($2::uuid[]) ORDER BY 2 ON CONFLICT (fund_id, partner_id) DO NOTHING`,
      [fund.id, ids], 'mdf.rule-insert');
    const { rows: [fits] } = await scope.execute<{ id: string }>(
      `UPDATE mdf_fund SET allocated_minor = allocated_minor + $2 WHERE id = $1 AND expired_at IS NULL AND allocated_minor + $2 <= total_budget_minor RETURNING id`,
      [fund.id, amount], 'mdf.fund-allocate');
    if (!fits) {
      const [{ left: unallocated }] = await scope.query<{ left: string }>(`SELECT (total_budget_minor - allocated_minor)::text AS left FROM mdf_fund WHERE id = $1`, [fund.id]);
      throw new LimitExceeded(`The fund has ${shown(unallocated, fund.currency)} unallocated; ${shown(amount, fund.currency)} does not fit`);
    }
    const { rows: changed } = await scope.execute<{ id: string }>(
      `WITH s AS (SELECT * FROM unnest($2::uuid[], $3::bigint[]) AS s(partner_id, share)),
            u AS (UPDATE mdf_allocation a SET amount_minor = a.amount_minor + s.share FROM s WHERE a.fund_id = $1 AND a.partner_id = s.partner_id
                  RETURNING a.id, a.partner_id, s.share)
       INSERT INTO mdf_ledger (fund_id, allocation_id, partner_id, kind, amount_minor, currency, actor_id, note)
       SELECT $1, u.id, u.partner_id, 'ALLOCATE', u.share, $4, nullif($5, '')::uuid, $6 FROM u RETURNING allocation_id AS id`,
      [fund.id, ids, amounts, fund.currency, scope.user.userId, `Shared by rule ${input.rule}`], 'mdf.rule-allocate');
    return { shares, allocations: await this.allocationsByIds(scope, changed.map((c) => c.id)) };
  }

  // ---- requests -----------------------------------------------------------------------------------------

  async requestsByIds(scope: Scope, ids: readonly string[]): Promise<MdfRequest[]> {
    return instancesOf(MdfRequest, await scope.query<MdfRequest>(
      `SELECT ${REQUEST_COLUMNS} FROM mdf_request r JOIN mdf_fund f ON f.id = r.fund_id WHERE r.id = ANY($1::uuid[])`, [ids], 'mdf.requests-by-ids'));
  }

  async request(scope: Scope, id: string): Promise<MdfRequest> {
    const [found] = await this.requestsByIds(scope, [id]);
    if (!found) throw new NotFound('MdfRequest', id);
    return found;
  }

  async requests(scope: Scope, filter: MdfRequestFilter | null | undefined, first: number, after?: string | null): Promise<Connection<MdfRequest>> {
    const params: unknown[] = [];
    const conditions: string[] = [];
    const add = (condition: (p: string) => string, value: unknown) => conditions.push(condition(`$${params.push(value)}`));
    if (filter?.fundId) add((p) => `r.fund_id = ${p}::uuid`, filter.fundId);
    if (filter?.partnerId) add((p) => `r.partner_id = ${p}::uuid`, filter.partnerId);
    if (filter?.status) add((p) => `r.status = ${p}`, filter.status);
    return this.page(scope, MdfRequest, `mdf_request r JOIN mdf_fund f ON f.id = r.fund_id`, REQUEST_COLUMNS, 'r.submitted_at', 'r.id', conditions, params, first, after);
  }

  /** A partner's manager asks for money for an activity, against the partner's allocation of the fund. */
  async requestFunds(scope: Scope, input: RequestMdfInput): Promise<MdfRequest> {
    await this.partners.get(scope, input.partnerId);
    this.mustBePartnerManagerOf(scope, input.partnerId);
    const [allocation] = await scope.query<{ id: string; currency: string; periodStart: string; periodEnd: string; claimDeadline: string; activityTypes: MdfActivityType[]; expired: boolean; availableMinor: string }>(
      `SELECT a.id, f.currency, to_char(f.period_start, 'YYYY-MM-DD') AS "periodStart", to_char(f.period_end, 'YYYY-MM-DD') AS "periodEnd",
              to_char(f.claim_deadline, 'YYYY-MM-DD') AS "claimDeadline", f.activity_types AS "activityTypes", f.expired_at IS NOT NULL AS expired,
              (a.amount_minor - a.approved_minor)::text AS "availableMinor"
         FROM mdf_allocation a JOIN mdf_fund f ON f.id = a.fund_id WHERE a.fund_id = $1 AND a.partner_id = $2`, [input.fundId, input.partnerId], 'mdf.allocation-of-partner');
    if (!allocation) throw new NotFound('MdfFund', input.fundId);
    if (allocation.expired || today() > allocation.claimDeadline) throw new Conflict('The fund has expired: its claim deadline passed');
    if (!allocation.activityTypes.includes(input.activityType)) throw new BadInput('activityType', `is not one the fund pays for (${allocation.activityTypes.join(', ')})`);
    const [startsOn, endsOn] = [calendarDay('startsOn', input.startsOn), calendarDay('endsOn', input.endsOn)];
    if (endsOn < startsOn) throw new BadInput('endsOn', 'must not be before startsOn');
    if (startsOn < allocation.periodStart || endsOn > allocation.periodEnd) {
      throw new BadInput(startsOn < allocation.periodStart ? 'startsOn' : 'endsOn', `must be within the fund's period, ${allocation.periodStart} to ${allocation.periodEnd}`);
    }
    const { planned, requested } = this.costs(input.plannedCost, input.requested);
    if (requested > Number(allocation.availableMinor)) {
      throw new LimitExceeded(`The allocation has ${shown(allocation.availableMinor, allocation.currency)} available; ${shown(requested, allocation.currency)} was asked for`);
    }
    const { rows: [created] } = await scope.execute<{ id: string }>(
      `INSERT INTO mdf_request (fund_id, allocation_id, partner_id, activity_type, title, description, starts_on, ends_on, planned_cost_minor, requested_minor,
         expected_leads, expected_revenue_minor, submitted_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, nullif($13, '')::uuid) RETURNING id`,
      [input.fundId, allocation.id, input.partnerId, input.activityType, input.title.trim(), input.description.trim(), startsOn, endsOn, planned, requested,
        input.expectedLeads, parseAmount('expectedRevenue', input.expectedRevenue), scope.user.userId], 'mdf.request-insert');
    return this.request(scope, created.id);
  }

  /** A request sent back for changes, changed and sent again (SUBMITTED). */
  async resubmit(scope: Scope, input: ResubmitMdfRequestInput): Promise<MdfRequest> {
    const locked = await this.lockRequest(scope, input.requestId);
    this.mustBePartnerManagerOf(scope, locked.partnerId);
    if (locked.status !== CHANGES_REQUESTED) throw new Conflict(`The request is ${locked.status}; only a request sent back for changes can be sent again`, { status: locked.status });
    const { planned, requested } = this.costs(
      input.plannedCost ?? String(locked.plannedCostMinor / 100), input.requested ?? String(locked.requestedMinor / 100),
    );
    await scope.execute(
      `UPDATE mdf_request SET status = 'SUBMITTED', submitted_at = now(), title = coalesce($2, title), description = coalesce($3, description),
         planned_cost_minor = $4, requested_minor = $5 WHERE id = $1`,
      [locked.id, input.title?.trim() ?? null, input.description?.trim() ?? null, planned, requested], 'mdf.request-resubmit');
    return this.request(scope, locked.id);
  }

  /** Approves a submitted request, all or part of what was asked: the money is reserved on the allocation. */
  async approveRequest(scope: Scope, requestId: string, amount?: string | null): Promise<MdfRequest> {
    const locked = await this.lockRequest(scope, requestId);
    const approved = amount == null ? locked.requestedMinor : parseAmount('amount', amount);
    if (approved <= 0) throw new BadInput('amount', 'must be more than 0');
    if (approved > locked.requestedMinor) throw new BadInput('amount', `must be at most the ${shown(locked.requestedMinor, locked.currency)} requested`);
    if (locked.status === APPROVED && (amount == null || approved === locked.approvedMinor)) return this.request(scope, requestId);
    if (locked.status !== SUBMITTED) throw new Conflict(`The request is ${locked.status}; only a SUBMITTED request can be approved`, { status: locked.status });
    if (locked.expired) throw new Conflict('The fund has expired: its claim deadline passed');
    const { rows: [fits] } = await scope.execute<{ id: string }>(
      `UPDATE mdf_allocation SET approved_minor = approved_minor + $2 WHERE id = $1 AND approved_minor + $2 <= amount_minor RETURNING id`,
      [locked.allocationId, approved], 'mdf.allocation-reserve');
    if (!fits) throw new LimitExceeded(`The allocation has ${shown(await this.available(scope, locked.allocationId), locked.currency)} available; ${shown(approved, locked.currency)} does not fit`);
    await scope.execute(
      `UPDATE mdf_request SET status = 'APPROVED', approved_minor = $2, decision_reason = NULL, decided_by = nullif($3, '')::uuid, decided_at = now() WHERE id = $1`,
      [locked.id, approved, scope.user.userId], 'mdf.request-approve');
    await this.ledger(scope, { ...this.entryOf(locked), kind: MdfLedgerKind.RESERVE, amountMinor: approved });
    return this.request(scope, requestId);
  }

  rejectRequest(scope: Scope, requestId: string, reason: string): Promise<MdfRequest> {
    return this.decide(scope, requestId, REJECTED, [SUBMITTED, CHANGES_REQUESTED], reason);
  }

  askForChanges(scope: Scope, requestId: string, reason: string): Promise<MdfRequest> {
    return this.decide(scope, requestId, CHANGES_REQUESTED, [SUBMITTED], reason);
  }

  /**
   * Closes an approved request: the activity is done and claimed, and what was approved but not claimed
   * returns to the allocation. The partner's manager or the channel staff close it; not while a claim waits.
   */
  async closeRequest(scope: Scope, requestId: string): Promise<MdfRequest> {
    const locked = await this.lockRequest(scope, requestId);
    if (!CHANNEL_WRITERS.includes(scope.user.role)) this.mustBePartnerManagerOf(scope, locked.partnerId);
    if (locked.status === CLOSED) return this.request(scope, requestId);
    if (locked.status !== APPROVED) throw new Conflict(`The request is ${locked.status}; only an APPROVED request can be closed`, { status: locked.status });
    const [{ waiting }] = await scope.query<{ waiting: number }>(
      `SELECT count(*)::int AS waiting FROM mdf_claim WHERE request_id = $1 AND status = 'SUBMITTED'`, [requestId], 'mdf.claims-waiting');
    if (waiting > 0) throw new Conflict(`${waiting} claim(s) of the request wait for a decision`, { waiting });
    await this.release(scope, locked);
    await scope.execute(`UPDATE mdf_request SET status = 'CLOSED', closed_at = now() WHERE id = $1`, [requestId], 'mdf.request-close');
    return this.request(scope, requestId);
  }

  // ---- claims -------------------------------------------------------------------------------------------

  async claimsByIds(scope: Scope, ids: readonly string[]): Promise<MdfClaim[]> {
    return instancesOf(MdfClaim, await scope.query<MdfClaim>(`SELECT ${CLAIM_COLUMNS} FROM ${CLAIM_FROM} WHERE c.id = ANY($1::uuid[])`, [ids], 'mdf.claims-by-ids'));
  }

  async claim(scope: Scope, id: string): Promise<MdfClaim> {
    const [found] = await this.claimsByIds(scope, [id]);
    if (!found) throw new NotFound('MdfClaim', id);
    return found;
  }

  async claimsOfRequests(scope: Scope, requestIds: readonly string[]): Promise<MdfClaim[]> {
    return instancesOf(MdfClaim, await scope.query<MdfClaim>(
      `SELECT ${CLAIM_COLUMNS} FROM ${CLAIM_FROM} WHERE c.request_id = ANY($1::uuid[]) ORDER BY c.request_id, c.created_at, c.id`, [requestIds], 'mdf.claims-of-requests'));
  }

  async claims(scope: Scope, filter: MdfClaimFilter | null | undefined, first: number, after?: string | null): Promise<Connection<MdfClaim>> {
    const params: unknown[] = [];
    const conditions: string[] = [];
    const add = (condition: (p: string) => string, value: unknown) => conditions.push(condition(`$${params.push(value)}`));
    if (filter?.fundId) add((p) => `r.fund_id = ${p}::uuid`, filter.fundId);
    if (filter?.partnerId) add((p) => `c.partner_id = ${p}::uuid`, filter.partnerId);
    if (filter?.requestId) add((p) => `c.request_id = ${p}::uuid`, filter.requestId);
    if (filter?.status) add((p) => `c.status = ${p}`, filter.status);
    return this.page(scope, MdfClaim, CLAIM_FROM, CLAIM_COLUMNS, 'c.created_at', 'c.id', conditions, params, first, after);
  }

  /**
   * Starts a claim (DRAFT) of actual cost against an approved request. The same idempotency key again
   * answers the claim it made, when it is the same claim; another claim under it is a CONFLICT.
   */
  async createClaim(scope: Scope, input: CreateMdfClaimInput): Promise<MdfClaim> {
    const amount = parseAmount('amount', input.amount);
    if (amount <= 0) throw new BadInput('amount', 'must be more than 0');
    const locked = await this.lockRequest(scope, input.requestId);
    this.mustBePartnerManagerOf(scope, locked.partnerId);
    const [earlier] = await scope.query<{ id: string; requestId: string; amountMinor: string }>(
      `SELECT id, request_id AS "requestId", amount_minor::text AS "amountMinor" FROM mdf_claim WHERE partner_id = $1 AND idempotency_key = $2`,
      [locked.partnerId, input.idempotencyKey], 'mdf.claim-by-key');
    if (earlier) {
      if (earlier.requestId !== locked.id || Number(earlier.amountMinor) !== amount) throw new Conflict('This idempotency key was used for another claim', { claimId: earlier.id });
      return this.claim(scope, earlier.id);
    }
    this.mustTakeClaims(locked);
    if (amount > locked.approvedMinor - locked.claimedMinor) {
      throw new LimitExceeded(`The request has ${shown(locked.approvedMinor - locked.claimedMinor, locked.currency)} approved and not yet claimed`);
    }
    const { rows: [created] } = await scope.execute<{ id: string }>(
      `INSERT INTO mdf_claim (request_id, partner_id, amount_minor, note, idempotency_key, created_by) VALUES ($1, $2, $3, $4, $5, nullif($6, '')::uuid) RETURNING id`,
      [locked.id, locked.partnerId, amount, input.note.trim(), input.idempotencyKey, scope.user.userId], 'mdf.claim-insert');
    return this.claim(scope, created.id);
  }

  /** Adds a file of proof to a claim not yet decided; the same file under the same name again adds nothing. */
  async addClaimFile(scope: Scope, claimId: string, fileName: string, contentBase64: string): Promise<MdfClaimFile> {
    const { name, content, contentType } = readUpload(fileName, contentBase64);
    const locked = await this.lockClaim(scope, claimId);
    this.mustBePartnerManagerOf(scope, locked.partnerId);
    if (locked.status !== MdfClaimStatus.DRAFT && locked.status !== MdfClaimStatus.SUBMITTED) {
      throw new Conflict(`The claim is ${locked.status}; files are added before it is decided`, { status: locked.status });
    }
    const [stored] = await scope.query<{ count: number; sameId: string | null }>(
      `SELECT count(*)::int AS count, (array_agg(id) FILTER (WHERE file_name = $2 AND byte_size = $3 AND content = $4))[1] AS "sameId"
         FROM mdf_claim_file WHERE claim_id = $1`, [claimId, name, content.length, content], 'mdf.claim-files-stored');
    if (stored.sameId) return (await this.filesOfClaims(scope, [claimId])).find((f) => f.id === stored.sameId)!;
    if (stored.count >= MAX_CLAIM_FILES) throw new Conflict(`A claim takes at most ${MAX_CLAIM_FILES} files`, { count: stored.count });
    const { rows: [added] } = await scope.execute<MdfClaimFile>(
      `INSERT INTO mdf_claim_file AS x (claim_id, partner_id, file_name, content_type, byte_size, content, added_by)
       VALUES ($1, $2, $3, $4, $5, $6, nullif($7, '')::uuid) RETURNING ${FILE_COLUMNS}`,
      [claimId, locked.partnerId, name, contentType, content.length, content, scope.user.userId], 'mdf.claim-file-insert');
    return instancesOf(MdfClaimFile, [added])[0];
  }

  async filesOfClaims(scope: Scope, claimIds: readonly string[]): Promise<MdfClaimFile[]> {
    return instancesOf(MdfClaimFile, await scope.query<MdfClaimFile>(
      `SELECT ${FILE_COLUMNS} FROM mdf_claim_file x WHERE x.claim_id = ANY($1::uuid[]) ORDER BY x.claim_id, x.added_at, x.id`, [claimIds], 'mdf.claim-files'));
  }

  /** One file's bytes, for its download: null when there is none the viewer may see. */
  async claimFileContent(scope: Scope, id: string): Promise<{ fileName: string; contentType: string; content: Buffer } | null> {
    const [file] = await scope.query<{ fileName: string; contentType: string; content: Buffer }>(
      `SELECT file_name AS "fileName", content_type AS "contentType", content FROM mdf_claim_file WHERE id = $1`, [id], 'mdf.claim-file-content');
    return file ?? null;
  }

  /**
   * Sends a draft claim for approval: it needs a file of proof, and what the request's claims ask for
   * (approved ones and those waiting) must fit in what the request has approved.
   */
  async submitClaim(scope: Scope, claimId: string): Promise<MdfClaim> {
    const claim = await this.lockClaim(scope, claimId);
    this.mustBePartnerManagerOf(scope, claim.partnerId);
    if (claim.status === MdfClaimStatus.SUBMITTED) return this.claim(scope, claimId);
    if (claim.status !== MdfClaimStatus.DRAFT) throw new Conflict(`The claim is ${claim.status}; only a DRAFT claim can be submitted`, { status: claim.status });
    const request = await this.lockRequest(scope, claim.requestId);
    this.mustTakeClaims(request);
    const [held] = await scope.query<{ files: number; waitingMinor: string }>(
      `SELECT (SELECT count(*)::int FROM mdf_claim_file WHERE claim_id = $1) AS files,
              (SELECT coalesce(sum(amount_minor), 0)::text FROM mdf_claim WHERE request_id = $2 AND status = 'SUBMITTED') AS "waitingMinor"`,
      [claimId, request.id], 'mdf.claim-submit-check');
    if (held.files === 0) throw new Conflict('A claim needs proof of performance: add at least one file (an invoice, a photo, a report)');
    const open = request.approvedMinor - request.claimedMinor - Number(held.waitingMinor);
    if (claim.amountMinor > open) {
      throw new LimitExceeded(`The request has ${shown(Math.max(open, 0), request.currency)} approved that no claim holds; this claim asks for ${shown(claim.amountMinor, request.currency)}`);
    }
    await scope.execute(`UPDATE mdf_claim SET status = 'SUBMITTED', submitted_at = now() WHERE id = $1`, [claimId], 'mdf.claim-submit');
    return this.claim(scope, claimId);
  }

  /** Approves a submitted claim, all or part of it: the amount counts as claimed on the request and allocation. */
  async approveClaim(scope: Scope, claimId: string, amount?: string | null): Promise<MdfClaim> {
    const claim = await this.lockClaim(scope, claimId);
    const accepted = amount == null ? claim.amountMinor : parseAmount('amount', amount);
    if (accepted <= 0) throw new BadInput('amount', 'must be more than 0');
    if (accepted > claim.amountMinor) throw new BadInput('amount', `must be at most the ${shown(claim.amountMinor, claim.currency)} claimed`);
    if ((claim.status === MdfClaimStatus.APPROVED || claim.status === MdfClaimStatus.PAID) && (amount == null || accepted === claim.approvedMinor)) {
      return this.claim(scope, claimId);
    }
    if (claim.status !== MdfClaimStatus.SUBMITTED) throw new Conflict(`The claim is ${claim.status}; only a SUBMITTED claim can be approved`, { status: claim.status });
    const request = await this.lockRequest(scope, claim.requestId);
    const { rows: [fitsRequest] } = await scope.execute<{ id: string }>(
      `UPDATE mdf_request SET claimed_minor = claimed_minor + $2 WHERE id = $1 AND claimed_minor + $2 <= approved_minor RETURNING id`,
      [request.id, accepted], 'mdf.request-claim');
    if (!fitsRequest) throw new LimitExceeded(`The request has ${shown(request.approvedMinor - request.claimedMinor, request.currency)} approved and not yet claimed`);
    const { rows: [fitsAllocation] } = await scope.execute<{ id: string }>(
      `UPDATE mdf_allocation SET claimed_minor = claimed_minor + $2 WHERE id = $1 AND claimed_minor + $2 <= approved_minor RETURNING id`,
      [request.allocationId, accepted], 'mdf.allocation-claim');
    if (!fitsAllocation) throw new LimitExceeded('The allocation has less approved and unclaimed money than this claim');
    await scope.execute(
      `UPDATE mdf_claim SET status = 'APPROVED', approved_minor = $2, decided_by = nullif($3, '')::uuid, decided_at = now() WHERE id = $1`,
      [claimId, accepted, scope.user.userId], 'mdf.claim-approve');
    await this.ledger(scope, { ...this.entryOf(request), claimId, kind: MdfLedgerKind.CLAIM, amountMinor: accepted });
    return this.claim(scope, claimId);
  }

  async rejectClaim(scope: Scope, claimId: string, reason: string): Promise<MdfClaim> {
    const claim = await this.lockClaim(scope, claimId);
    if (claim.status === MdfClaimStatus.REJECTED) return this.claim(scope, claimId);
    if (claim.status !== MdfClaimStatus.SUBMITTED) throw new Conflict(`The claim is ${claim.status}; only a SUBMITTED claim can be rejected`, { status: claim.status });
    await scope.execute(
      `UPDATE mdf_claim SET status = 'REJECTED', decision_reason = $2, decided_by = nullif($3, '')::uuid, decided_at = now() WHERE id = $1`,
      [claimId, reason.trim(), scope.user.userId], 'mdf.claim-reject');
    return this.claim(scope, claimId);
  }

  /** Pays an approved claim, once: the same idempotency key again answers the payment made; another key is a CONFLICT. */
  async payClaim(scope: Scope, claimId: string, method: MdfPaymentMethod, reference: string, idempotencyKey: string): Promise<MdfClaim> {
    const claim = await this.lockClaim(scope, claimId);
    if (claim.status === MdfClaimStatus.PAID) {
      if (claim.paymentKey === idempotencyKey) return this.claim(scope, claimId);
      throw new Conflict('The claim is already PAID', { status: claim.status });
    }
    if (claim.status !== MdfClaimStatus.APPROVED) throw new Conflict(`The claim is ${claim.status}; only an APPROVED claim can be paid`, { status: claim.status });
    const [request] = await scope.query<{ fundId: string; allocationId: string }>(
      `SELECT fund_id AS "fundId", allocation_id AS "allocationId" FROM mdf_request WHERE id = $1`, [claim.requestId], 'mdf.request-of-claim');
    const paid = claim.approvedMinor!;
    const { rows: [fits] } = await scope.execute<{ id: string }>(
      `UPDATE mdf_allocation SET paid_minor = paid_minor + $2 WHERE id = $1 AND paid_minor + $2 <= claimed_minor RETURNING id`,
      [request.allocationId, paid], 'mdf.allocation-pay');
    if (!fits) throw new LimitExceeded('The allocation has less claimed and unpaid money than this claim');
    await scope.execute(
      `UPDATE mdf_claim SET status = 'PAID', payment_method = $2, payment_reference = $3, payment_key = $4, paid_at = now() WHERE id = $1`,
      [claimId, method, reference.trim(), idempotencyKey], 'mdf.claim-pay');
    await this.ledger(scope, {
      fundId: request.fundId, allocationId: request.allocationId, partnerId: claim.partnerId, requestId: claim.requestId, claimId,
      kind: MdfLedgerKind.PAY, amountMinor: paid, currency: claim.currency, note: `${method} ${reference.trim()}`.slice(0, 1000),
    });
    return this.claim(scope, claimId);
  }

  // ---- expiry -------------------------------------------------------------------------------------------

  /**
   * After the claim deadline, what was not claimed returns to the fund: approved requests are closed and
   * release what they did not claim, requests still undecided are rejected, and each allocation gives back
   * all it holds beyond its claims (EXPIRE). Not while a claim waits for a decision. Once per fund.
   */
  async expireFund(scope: Scope, fundId: string): Promise<MdfFund> {
    const requests = await scope.query<{ id: string; allocationId: string; partnerId: string; status: MdfRequestStatus; releaseMinor: string }>(
      `SELECT id, allocation_id AS "allocationId", partner_id AS "partnerId", status, (approved_minor - claimed_minor)::text AS "releaseMinor"
         FROM mdf_request WHERE fund_id = $1 ORDER BY id FOR UPDATE`, [fundId], 'mdf.expire-lock-requests');
    const fund = await this.fund(scope, fundId);
    if (fund.expiredAt) return fund;
    if (today() <= fund.claimDeadline) throw new Conflict(`Claims are taken until ${fund.claimDeadline}; the fund expires after that day`, { claimDeadline: fund.claimDeadline });
    const [{ waiting }] = await scope.query<{ waiting: number }>(
      `SELECT count(*)::int AS waiting FROM mdf_claim c JOIN mdf_request r ON r.id = c.request_id WHERE r.fund_id = $1 AND c.status = 'SUBMITTED'`, [fundId], 'mdf.expire-waiting');
    if (waiting > 0) throw new Conflict(`${waiting} claim(s) of the fund wait for a decision; decide them first`, { waiting });
    await scope.query(`SELECT id FROM mdf_allocation WHERE fund_id = $1 ORDER BY id FOR UPDATE`, [fundId], 'mdf.expire-lock-allocations');
    for (const request of requests.filter((r) => r.status === APPROVED)) {
      await this.release(scope, { id: request.id, fundId, allocationId: request.allocationId, partnerId: request.partnerId, currency: fund.currency, releaseMinor: Number(request.releaseMinor) });
    }
    await scope.execute(`UPDATE mdf_request SET status = 'CLOSED', closed_at = now() WHERE fund_id = $1 AND status = 'APPROVED'`, [fundId], 'mdf.expire-close');
    await scope.execute(
      `UPDATE mdf_request SET status = 'REJECTED', decision_reason = 'The fund''s claim deadline passed', decided_at = now() WHERE fund_id = $1 AND status IN ('SUBMITTED', 'CHANGES_REQUESTED')`,
      [fundId], 'mdf.expire-reject');
    const { rows: expired } = await scope.execute<{ amountMinor: string }>(
      `WITH e AS (
         UPDATE mdf_allocation SET expired_minor = expired_minor + (amount_minor - claimed_minor), amount_minor = claimed_minor
          WHERE fund_id = $1 AND amount_minor > claimed_minor
          RETURNING id, partner_id, expired_minor)
       INSERT INTO mdf_ledger (fund_id, allocation_id, partner_id, kind, amount_minor, currency, actor_id, note)
       SELECT $1, e.id, e.partner_id, 'EXPIRE', e.expired_minor, $2, nullif($3, '')::uuid, 'Claim deadline passed' FROM e
       RETURNING amount_minor::text AS "amountMinor"`, [fundId, fund.currency, scope.user.userId], 'mdf.expire-allocations');
    const returned = expired.reduce((sum, line) => sum + Number(line.amountMinor), 0);
    await scope.execute(`UPDATE mdf_fund SET allocated_minor = allocated_minor - $2, expired_at = now() WHERE id = $1`, [fundId, returned], 'mdf.expire-fund');
    return this.fund(scope, fundId);
  }

  /** Funds whose claim deadline has passed and that have not expired yet (for the daily mdf_expiry job). */
  async fundsPastDeadline(scope: Scope): Promise<string[]> {
    return (await scope.query<{ id: string }>(`SELECT id FROM mdf_fund WHERE expired_at IS NULL AND claim_deadline < current_date ORDER BY claim_deadline, id`,
      [], 'mdf.funds-past-deadline')).map((f) => f.id);
  }

  // ---- attribution ----------------------------------------------------------------------------------------

  /**
   * Credits a lead to the MDF activity that brought it (a request of the lead's own partner, APPROVED or
   * CLOSED), or clears the credit (null). The lead's own partner's people or the channel staff set it; the
   * same credit again changes nothing.
   */
  async attributeLead(scope: Scope, leadId: string, requestId: string | null): Promise<string> {
    const [lead] = await scope.query<{ partnerId: string | null; requestId: string | null }>(
      `SELECT partner_id AS "partnerId", mdf_request_id AS "requestId" FROM lead WHERE id = $1 FOR UPDATE`, [leadId], 'mdf.lead-lock');
    if (!lead) throw new NotFound('Lead', leadId);
    const viewer = scope.user;
    if (!CHANNEL_WRITERS.includes(viewer.role) && (!lead.partnerId || viewer.partnerId !== lead.partnerId)) {
      throw new Forbidden("A lead is credited to an activity by its own partner's people or the channel staff");
    }
    if (requestId) {
      const [request] = await scope.query<{ partnerId: string; status: MdfRequestStatus }>(
        `SELECT partner_id AS "partnerId", status FROM mdf_request WHERE id = $1`, [requestId], 'mdf.request-of-lead');
      if (!request || request.partnerId !== lead.partnerId) throw new BadInput('requestId', "names no MDF request of the lead's partner");
      if (request.status !== APPROVED && request.status !== CLOSED) throw new BadInput('requestId', 'names a request that was not approved');
    }
    if ((lead.requestId ?? null) !== (requestId ?? null)) {
      await scope.execute(`UPDATE lead SET mdf_request_id = $2 WHERE id = $1`, [leadId, requestId], 'mdf.lead-attribute');
    }
    return leadId;
  }

  /** The MDF request each lead is credited to (null: none), for Lead.mdfRequest. */
  async creditsOfLeads(scope: Scope, leadIds: readonly string[]): Promise<{ leadId: string; requestId: string | null }[]> {
    return scope.query(`SELECT id AS "leadId", mdf_request_id AS "requestId" FROM lead WHERE id = ANY($1::uuid[])`, [leadIds], 'mdf.lead-credits');
  }

  /**
   * The figures of requests, allocations or funds (by `level`): the leads the viewer may see credited to
   * their activities, the converted revenue in the fund's currency, and what was claimed (the spend).
   */
  async attributionOf(scope: Scope, level: 'request' | 'allocation' | 'fund', keys: readonly string[]): Promise<MdfAttribution[]> {
    const base = {
      request: `SELECT r.id AS key, f.currency, r.claimed_minor AS claimed FROM mdf_request r JOIN mdf_fund f ON f.id = r.fund_id WHERE r.id = ANY($1::uuid[])`,
      allocation: `SELECT a.id AS key, f.currency, a.claimed_minor AS claimed FROM mdf_allocation a JOIN mdf_fund f ON f.id = a.fund_id WHERE a.id = ANY($1::uuid[])`,
      fund: `SELECT f.id AS key, f.currency, (SELECT coalesce(sum(a.claimed_minor), 0) FROM mdf_allocation a WHERE a.fund_id = f.id) AS claimed
               FROM mdf_fund f WHERE f.id = ANY($1::uuid[])`,
    }[level];
    const requestOf = { request: 'r.id', allocation: 'r.allocation_id', fund: 'r.fund_id' }[level];
    const rows = await scope.query<MdfAttribution>(
      `WITH k AS (${base})
       SELECT k.key, k.currency, k.claimed::float8 AS "claimedMinor", count(l.id)::int AS leads,
              (count(l.id) FILTER (WHERE l.status = 'CONVERTED'))::int AS "convertedLeads",
              coalesce(sum(l.converted_value_minor) FILTER (WHERE l.status = 'CONVERTED' AND l.converted_currency = k.currency), 0)::float8 AS "revenueMinor"
         FROM k LEFT JOIN mdf_request r ON ${requestOf} = k.key LEFT JOIN lead l ON l.mdf_request_id = r.id
        GROUP BY k.key, k.currency, k.claimed`, [keys], `mdf.attribution-${level}`);
    return instancesOf(MdfAttribution, rows);
  }

  // ---- the ledger ---------------------------------------------------------------------------------------

  async ledgerLines(scope: Scope, filter: MdfLedgerFilter | null | undefined, first: number, after?: string | null): Promise<Connection<MdfLedgerLine>> {
    const params: unknown[] = [];
    const conditions: string[] = [];
    const add = (condition: (p: string) => string, value: unknown) => conditions.push(condition(`$${params.push(value)}`));
    if (filter?.fundId) add((p) => `l.fund_id = ${p}::uuid`, filter.fundId);
    if (filter?.partnerId) add((p) => `l.partner_id = ${p}::uuid`, filter.partnerId);
    if (filter?.kind) add((p) => `l.kind = ${p}`, filter.kind);
    const where = (extra: string[]) => (extra.length ? `WHERE ${extra.join(' AND ')}` : '');
    const count = async () => (await scope.query<{ n: number }>(`SELECT count(*)::int AS n FROM mdf_ledger l ${where(conditions)}`, params, 'mdf.ledger-count'))[0].n;
    const page = [...params];
    const pageConditions = [...conditions];
    if (after) {
      const [id] = decodeCursor(after, ['integer']);
      pageConditions.push(`l.id < $${page.push(id)}::bigint`);
    }
    const rows = await scope.query<MdfLedgerLine>(
      `SELECT ${LEDGER_COLUMNS} FROM mdf_ledger l ${where(pageConditions)} ORDER BY l.id DESC LIMIT $${page.push(first + 1)}`, page, 'mdf.ledger');
    return toConnection(instancesOf(MdfLedgerLine, rows), first, count, (l) => [Number(l.id)]);
  }

  /**
   * The ledger as journal lines for an ERP, oldest first (at most MAX_CSV_LINES): each movement with the
   * accounts it debits and credits (MDF_ACCOUNTS), the fund, the partner, the request and claim numbers.
   * Cells that a spreadsheet would read as a formula are quoted with a leading apostrophe.
   */
  async ledgerCsv(scope: Scope, filter: MdfLedgerFilter): Promise<string> {
    const params: unknown[] = [];
    const conditions: string[] = [];
    const add = (condition: (p: string) => string, value: unknown) => conditions.push(condition(`$${params.push(value)}`));
    if (filter.fundId) add((p) => `l.fund_id = ${p}::uuid`, filter.fundId);
    if (filter.partnerId) add((p) => `l.partner_id = ${p}::uuid`, filter.partnerId);
    if (filter.kind) add((p) => `l.kind = ${p}`, filter.kind);
    const rows = await scope.query<{ id: string; at: string; fund: string; fundId: string; partnerCode: string; partnerName: string; partnerId: string;
      kind: MdfLedgerKind; amountMinor: string; currency: string; request: string | null; claim: string | null; note: string | null }>(
      `SELECT l.id::text, to_char(l.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS at, f.name AS fund, l.fund_id AS "fundId",
              p.code AS "partnerCode", p.name AS "partnerName", l.partner_id AS "partnerId", l.kind, l.amount_minor::text AS "amountMinor", l.currency,
              r.number AS request, c.number AS claim, l.note
         FROM mdf_ledger l JOIN mdf_fund f ON f.id = l.fund_id JOIN partner p ON p.id = l.partner_id
         LEFT JOIN mdf_request r ON r.id = l.request_id LEFT JOIN mdf_claim c ON c.id = l.claim_id
         ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''} ORDER BY l.id LIMIT ${MAX_CSV_LINES}`, params, 'mdf.ledger-csv');
    const cell = (text: string | null) => (text && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text ?? '');
    return stringify(rows.map((row) => {
      const amount = Number(row.amountMinor);
      const [debit, credit] = amount < 0 ? [...MDF_ACCOUNTS[row.kind]].reverse() : MDF_ACCOUNTS[row.kind];
      return {
        line: row.id, date: row.at, fund: cell(row.fund), fund_id: row.fundId, partner_code: cell(row.partnerCode), partner: cell(row.partnerName),
        partner_id: row.partnerId, kind: row.kind, debit_account: debit, credit_account: credit, amount: money(Math.abs(amount), row.currency).amount,
        currency: row.currency, request: row.request ?? '', claim: row.claim ?? '', note: cell(row.note),
      };
    }), { header: true, columns: ['line', 'date', 'fund', 'fund_id', 'partner_code', 'partner', 'partner_id', 'kind', 'debit_account', 'credit_account', 'amount',
      'currency', 'request', 'claim', 'note'] });
  }

  /**
   * Proves a fund's balances from its ledger: each allocation's and request's kept balances equal the sums
   * of their lines, the fund's allocated sum equals its allocations', and the invariants hold (allocated <=
   * budget, approved <= allocation, claimed <= approved, paid <= claimed). Answers what is wrong, or nothing.
   */
  async check(scope: Scope, fundId: string): Promise<string[]> {
    const fund = await this.fund(scope, fundId);
    const problems: string[] = [];
    const allocations = await scope.query<{ id: string; amount: string; approved: string; claimed: string; paid: string; expired: string;
      lAmount: string; lApproved: string; lClaimed: string; lPaid: string; lExpired: string }>(
      `SELECT a.id, a.amount_minor::text AS amount, a.approved_minor::text AS approved, a.claimed_minor::text AS claimed, a.paid_minor::text AS paid,
              a.expired_minor::text AS expired,
              (coalesce(sum(l.amount_minor) FILTER (WHERE l.kind = 'ALLOCATE'), 0) - coalesce(sum(l.amount_minor) FILTER (WHERE l.kind = 'EXPIRE'), 0))::text AS "lAmount",
              (coalesce(sum(l.amount_minor) FILTER (WHERE l.kind = 'RESERVE'), 0) - coalesce(sum(l.amount_minor) FILTER (WHERE l.kind = 'RELEASE'), 0))::text AS "lApproved",
              coalesce(sum(l.amount_minor) FILTER (WHERE l.kind = 'CLAIM'), 0)::text AS "lClaimed",
              coalesce(sum(l.amount_minor) FILTER (WHERE l.kind = 'PAY'), 0)::text AS "lPaid",
              coalesce(sum(l.amount_minor) FILTER (WHERE l.kind = 'EXPIRE'), 0)::text AS "lExpired"
         FROM mdf_allocation a LEFT JOIN mdf_ledger l ON l.allocation_id = a.id
        WHERE a.fund_id = $1 GROUP BY a.id ORDER BY a.id`, [fundId], 'mdf.check-allocations');
    let allocated = 0;
    for (const a of allocations) {
      allocated += Number(a.amount);
      const pairs: [string, string, string][] = [['amount', a.amount, a.lAmount], ['approved', a.approved, a.lApproved], ['claimed', a.claimed, a.lClaimed],
        ['paid', a.paid, a.lPaid], ['expired', a.expired, a.lExpired]];
      for (const [name, kept, summed] of pairs) if (kept !== summed) problems.push(`allocation ${a.id}: ${name} ${kept} but its ledger lines sum to ${summed}`);
      const [amount, approved, claimed, paid] = [a.amount, a.approved, a.claimed, a.paid].map(Number);
      if (!(0 <= paid && paid <= claimed && claimed <= approved && approved <= amount)) problems.push(`allocation ${a.id}: paid ${paid} <= claimed ${claimed} <= approved ${approved} <= allocated ${amount} does not hold`);
    }
    if (allocated !== Number(fund.allocatedMinor)) problems.push(`fund ${fundId}: allocated ${fund.allocatedMinor} but its allocations sum to ${allocated}`);
    if (Number(fund.allocatedMinor) > Number(fund.totalBudgetMinor)) problems.push(`fund ${fundId}: allocated ${fund.allocatedMinor} is more than the budget ${fund.totalBudgetMinor}`);
    const requests = await scope.query<{ id: string; approved: string; claimed: string; lApproved: string; lClaimed: string; cClaimed: string }>(
      `SELECT r.id, r.approved_minor::text AS approved, r.claimed_minor::text AS claimed,
              (SELECT coalesce(sum(CASE l.kind WHEN 'RESERVE' THEN l.amount_minor ELSE -l.amount_minor END), 0) FROM mdf_ledger l
                WHERE l.request_id = r.id AND l.kind IN ('RESERVE', 'RELEASE'))::text AS "lApproved",
              (SELECT coalesce(sum(l.amount_minor), 0) FROM mdf_ledger l WHERE l.request_id = r.id AND l.kind = 'CLAIM')::text AS "lClaimed",
              (SELECT coalesce(sum(c.approved_minor), 0) FROM mdf_claim c WHERE c.request_id = r.id AND c.status IN ('APPROVED', 'PAID'))::text AS "cClaimed"
         FROM mdf_request r WHERE r.fund_id = $1 ORDER BY r.id`, [fundId], 'mdf.check-requests');
    for (const r of requests) {
      if (r.approved !== r.lApproved) problems.push(`request ${r.id}: approved ${r.approved} but its ledger lines sum to ${r.lApproved}`);
      if (r.claimed !== r.lClaimed || r.claimed !== r.cClaimed) problems.push(`request ${r.id}: claimed ${r.claimed}, ledger ${r.lClaimed}, approved claims ${r.cClaimed}`);
      if (Number(r.claimed) > Number(r.approved)) problems.push(`request ${r.id}: claimed ${r.claimed} is more than approved ${r.approved}`);
    }
    return problems;
  }

  // ---- helpers ------------------------------------------------------------------------------------------

  private async page<T extends object>(scope: Scope, type: abstract new (...args: never[]) => T, from: string, columns: string, at: string, id: string,
    conditions: string[], params: unknown[], first: number, after?: string | null): Promise<Connection<T>> {
    const where = (extra: string[]) => (extra.length ? `WHERE ${extra.join(' AND ')}` : '');
    const count = async () => (await scope.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${from} ${where(conditions)}`, params))[0].n;
    const page = [...params];
    const pageConditions = [...conditions];
    if (after) {
      const [cursorAt, cursorId] = decodeCursor(after, ['timestamp', 'uuid']);
      pageConditions.push(`(${at}, ${id}) < ($${page.push(cursorAt)}::timestamptz, $${page.push(cursorId)}::uuid)`);
    }
    const rows = await scope.query<T & { cursorAt: string; id: string }>(
      `SELECT ${columns} FROM ${from} ${where(pageConditions)} ORDER BY ${at} DESC, ${id} DESC LIMIT $${page.push(first + 1)}`, page);
    return toConnection(instancesOf(type, rows) as (T & { cursorAt: string; id: string })[], first, count, (row) => [row.cursorAt, row.id]);
  }

  private costs(plannedCost: string, requestedAmount: string): { planned: number; requested: number } {
    const planned = parseAmount('plannedCost', plannedCost);
    const requested = parseAmount('requested', requestedAmount);
    if (planned <= 0) throw new BadInput('plannedCost', 'must be more than 0');
    if (requested <= 0) throw new BadInput('requested', 'must be more than 0');
    if (requested > planned) throw new BadInput('requested', 'must be at most the planned cost');
    return { planned, requested };
  }

  private mustBePartnerManagerOf(scope: Scope, partnerId: string): void {
    const viewer = scope.user;
    // The partner's own manager: a distributor's manager sees its resellers' money but does not spend it.
    if (viewer.role !== Role.PARTNER_MANAGER || viewer.partnerId !== partnerId || !canSeePartner(viewer, partnerId)) {
      throw new Forbidden("MDF requests and claims are made by the partner's own manager");
    }
  }

  private mustTakeClaims(request: LockedRequest): void {
    if (request.status !== APPROVED) throw new Conflict(`The request is ${request.status}; claims are made against an APPROVED request`, { status: request.status });
    if (request.expired || today() > request.claimDeadline) throw new Conflict(`The fund's claim deadline (${request.claimDeadline}) has passed`, { claimDeadline: request.claimDeadline });
  }

  private async decide(scope: Scope, requestId: string, to: MdfRequestStatus, from: MdfRequestStatus[], reason: string): Promise<MdfRequest> {
    const locked = await this.lockRequest(scope, requestId);
    if (locked.status === to) return this.request(scope, requestId);
    if (!from.includes(locked.status)) throw new Conflict(`The request is ${locked.status}; only a ${from.join(' or ')} request can be ${to}`, { status: locked.status });
    await scope.execute(
      `UPDATE mdf_request SET status = $2, decision_reason = $3, decided_by = nullif($4, '')::uuid, decided_at = now() WHERE id = $1`,
      [requestId, to, reason.trim(), scope.user.userId], 'mdf.request-decide');
    return this.request(scope, requestId);
  }

  /** Gives back to the allocation what an approved request holds beyond its claims. */
  private async release(scope: Scope, request: { id: string; fundId: string; allocationId: string; partnerId: string; currency: string; releaseMinor?: number; approvedMinor?: number; claimedMinor?: number }) {
    const amount = request.releaseMinor ?? request.approvedMinor! - request.claimedMinor!;
    if (amount <= 0) return;
    await scope.execute(`UPDATE mdf_request SET approved_minor = claimed_minor WHERE id = $1`, [request.id], 'mdf.request-release');
    await scope.execute(`UPDATE mdf_allocation SET approved_minor = approved_minor - $2 WHERE id = $1`, [request.allocationId, amount], 'mdf.allocation-release');
    await this.ledger(scope, { fundId: request.fundId, allocationId: request.allocationId, partnerId: request.partnerId, requestId: request.id,
      kind: MdfLedgerKind.RELEASE, amountMinor: amount, currency: request.currency });
  }

  private entryOf(request: LockedRequest): Omit<LedgerEntry, 'kind' | 'amountMinor'> {
    return { fundId: request.fundId, allocationId: request.allocationId, partnerId: request.partnerId, requestId: request.id, currency: request.currency };
  }

  private async ledger(scope: Scope, entry: LedgerEntry): Promise<void> {
    await scope.execute(
      `INSERT INTO mdf_ledger (fund_id, allocation_id, partner_id, request_id, claim_id, kind, amount_minor, currency, actor_id, note)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, nullif($9, '')::uuid, $10)`,
      [entry.fundId, entry.allocationId, entry.partnerId, entry.requestId ?? null, entry.claimId ?? null, entry.kind, entry.amountMinor, entry.currency,
        scope.user.userId, entry.note ?? null], 'mdf.ledger-insert');
  }

  private async available(scope: Scope, allocationId: string): Promise<string> {
    const [row] = await scope.query<{ available: string }>(`SELECT (amount_minor - approved_minor)::text AS available FROM mdf_allocation WHERE id = $1`, [allocationId]);
    return row?.available ?? '0';
  }

  private lockAllocation(scope: Scope, fundId: string, partnerId: string) {
    return scope.query<{ id: string; amountMinor: number; approvedMinor: number }>(
      `SELECT id, amount_minor::float8 AS "amountMinor", approved_minor::float8 AS "approvedMinor" FROM mdf_allocation WHERE fund_id = $1 AND partner_id = $2 FOR UPDATE`,
      [fundId, partnerId], 'mdf.allocation-lock');
  }

  /** Locks a request the viewer sees: NOT_FOUND otherwise. */
  private async lockRequest(scope: Scope, id: string): Promise<LockedRequest> {
    const [locked] = await scope.query<LockedRequest>(
      `SELECT r.id, r.fund_id AS "fundId", r.allocation_id AS "allocationId", r.partner_id AS "partnerId", r.status,
              r.requested_minor::float8 AS "requestedMinor", r.planned_cost_minor::float8 AS "plannedCostMinor", r.approved_minor::float8 AS "approvedMinor",
              r.claimed_minor::float8 AS "claimedMinor", f.currency, to_char(f.claim_deadline, 'YYYY-MM-DD') AS "claimDeadline", f.expired_at IS NOT NULL AS expired
         FROM mdf_request r JOIN mdf_fund f ON f.id = r.fund_id WHERE r.id = $1 FOR UPDATE OF r`, [id], 'mdf.request-lock');
    if (!locked) throw new NotFound('MdfRequest', id);
    return locked;
  }

  /** Locks a claim the viewer sees: NOT_FOUND otherwise. */
  private async lockClaim(scope: Scope, id: string): Promise<LockedClaim> {
    const [locked] = await scope.query<LockedClaim>(
      `SELECT c.id, c.request_id AS "requestId", c.partner_id AS "partnerId", c.status, c.amount_minor::float8 AS "amountMinor",
              c.approved_minor::float8 AS "approvedMinor", c.payment_key AS "paymentKey", f.currency
         FROM ${CLAIM_FROM} WHERE c.id = $1 FOR UPDATE OF c`, [id], 'mdf.claim-lock');
    if (!locked) throw new NotFound('MdfClaim', id);
    return locked;
  }
}
