import { Scope } from '../../access/scope';
import { isBrandRole } from '../../access/role';
import { Connection, decodeCursor, toConnection } from '../../domain/connection';
import { BadInput, Conflict, NotFound } from '../../domain/errors';
import { instancesOf } from '../../domain/sql';
import { money, parseAmount } from '../../domain/money';
import { addMonths } from '../../domain/kpi';
import { calendarDay, utcToday } from '../../domain/calendar';
import { PartnerService } from '../partners/partner.service';
import { CatalogService } from '../catalog/catalog.service';
import { OrderService } from '../orders/order.service';
import { LeadService } from '../leads/lead.service';
import { AUDIENCE_COLUMNS, AudienceRow, RECEIVING_STATUSES, audienceOf, checkedAudience, inAudienceSql } from './audience';
import { IncentiveAccrual, IncentiveComputation, IncentiveKind, IncentivePeriod, IncentiveProgram, IncentiveStatement } from './incentive.types';
import { IncentiveFields, UpdateIncentiveProgramInput } from './incentive.inputs';

const MONTHS: Record<IncentivePeriod, number> = { MONTH: 1, QUARTER: 3, YEAR: 12 };
const NOBODY = { tierIds: [], kinds: [], territoryIds: [] };
const PROGRAM_COLUMNS = `ip.id, ip.name, ip.description, ip.kind, ip.basis, ip.category_id AS "categoryId", ip.currency, ip.rate_bp AS "rateBasisPoints",
  ip.threshold_minor::float8 AS "thresholdMinor", ip.bonus_minor::float8 AS "bonusMinor", ip.period, to_char(ip.starts_on, 'YYYY-MM-DD') AS "startsOn",
  to_char(ip.ends_on, 'YYYY-MM-DD') AS "endsOn", ${AUDIENCE_COLUMNS('ip')}, ip.status, ip.published_at AS "publishedAt", ip.computed_at AS "computedAt",
  to_char(ip.settled_through, 'YYYY-MM-DD') AS "settledThrough", ip.created_at AS "createdAt", lower(ip.name) AS "nameKey"`;
const ACCRUAL_COLUMNS = `a.program_id AS "programId", a.partner_id AS "partnerId", p.name AS "partnerName", to_char(a.period_start, 'YYYY-MM-DD') AS "periodStart",
  to_char(a.period_end, 'YYYY-MM-DD') AS "periodEnd", a.base_minor::float8 AS "baseMinor", a.lead_count AS "leadCount", a.earned_minor::float8 AS "earnedMinor",
  a.currency, a.computed_at AS "computedAt", (a.period_end <= ip.settled_through) IS TRUE AS settled, ip.threshold_minor::float8 AS "thresholdMinor", ip.kind`;
const STATEMENT_COLUMNS = `s.id, s.number, s.program_id AS "programId", s.partner_id AS "partnerId", to_char(s.period_start, 'YYYY-MM-DD') AS "periodStart",
  to_char(s.period_end, 'YYYY-MM-DD') AS "periodEnd", s.base_minor::float8 AS "baseMinor", s.lead_count AS "leadCount", s.earned_minor::float8 AS "earnedMinor",
  s.currency, s.issued_at AS "issuedAt", to_char(s.issued_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "cursorAt"`;

type ProgramRow = Omit<IncentiveProgram, 'audience' | 'threshold' | 'bonus'> & AudienceRow & { settledThrough: string | null };

/** The first day of the period (of `months` months, aligned to the year) that holds `day`. */
export function periodStartOf(day: string, period: IncentivePeriod): string {
  const month = Number(day.slice(5, 7));
  const first = month - ((month - 1) % MONTHS[period]);
  return `${day.slice(0, 4)}-${String(first).padStart(2, '0')}-01`;
}

export function periodEndOf(start: string, period: IncentivePeriod): string {
  const next = addMonths(start, MONTHS[period]);
  return new Date(Date.parse(`${next}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

/**
 * What one partner earns in one period, the same for every partner: a rebate is the rate of the base,
 * rounded half up to the minor unit, once the base reaches the threshold (nothing below it); a lead bonus
 * is the bonus times the leads converted.
 */
export function earned(program: { kind: IncentiveKind; rateBasisPoints: number | null; thresholdMinor: number; bonusMinor: number | null }, baseMinor: number, leads: number): number {
  if (program.kind === IncentiveKind.LEAD_BONUS) return leads * (program.bonusMinor ?? 0);
  if (baseMinor < program.thresholdMinor || baseMinor <= 0) return 0;
  return Number((BigInt(baseMinor) * BigInt(program.rateBasisPoints ?? 0) * 2n + 10000n) / 20000n);
}

function toPrograms(rows: ProgramRow[]): IncentiveProgram[] {
  return instancesOf(IncentiveProgram, rows.map(({ audienceTierIds, audienceKinds, audienceTerritoryIds, ...rest }) => ({
    ...rest, audience: audienceOf({ audienceTierIds, audienceKinds, audienceTerritoryIds }),
    threshold: money(rest.thresholdMinor, rest.currency), bonus: rest.bonusMinor == null ? null : money(rest.bonusMinor, rest.currency),
  })));
}

/**
 * Incentives: rebates and lead bonuses the brand defines for an audience of partners. A computation (an
 * hourly job, or a channel writer asking) works out every partner's accrual per open period from delivered
 * orders and converted leads, by one rule (`earned`), and settles each period that has ended into
 * statements, after which that period is never computed again. Partner users see the active programs of
 * their partner's audience and their own accruals and statements (row-level security).
 */
export class IncentiveService {
  constructor(
    private readonly partners: PartnerService,
    private readonly catalog: CatalogService,
    private readonly orders: OrderService,
    private readonly leads: LeadService,
  ) {}

  async create(scope: Scope, input: IncentiveFields): Promise<IncentiveProgram> {
    const terms = await this.checkedTerms(scope, input);
    const { rows: [created] } = await scope.execute<{ id: string }>(
      `INSERT INTO incentive_program (name, description, kind, basis, category_id, currency, rate_bp, threshold_minor, bonus_minor, period, starts_on, ends_on,
         audience_tier_ids, audience_kinds, audience_territory_ids, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::date, $12::date, $13::uuid[], $14::text[], $15::uuid[], nullif($16, '')::uuid) RETURNING id`,
      [...terms, scope.user.userId], 'incentives.create');
    return this.get(scope, created.id);
  }

  /** Changes a draft where it differs; an active program's terms stay as published (CONFLICT). */
  async update(scope: Scope, input: UpdateIncentiveProgramInput): Promise<IncentiveProgram> {
    const current = await this.get(scope, input.programId);
    if (current.status !== 'DRAFT') throw new Conflict('A published incentive cannot change', { status: current.status });
    const terms = await this.checkedTerms(scope, input);
    const { affected } = await scope.execute(
      `UPDATE incentive_program SET name = $2, description = $3, kind = $4, basis = $5, category_id = $6, currency = $7, rate_bp = $8, threshold_minor = $9, bonus_minor = $10,
              period = $11, starts_on = $12::date, ends_on = $13::date, audience_tier_ids = $14::uuid[], audience_kinds = $15::text[], audience_territory_ids = $16::uuid[], updated_at = now()
        WHERE id = $1 AND status = 'DRAFT' AND (name, description, kind, basis, category_id, currency, rate_bp, threshold_minor, bonus_minor, period, starts_on, ends_on,
              audience_tier_ids, audience_kinds, audience_territory_ids)
              IS DISTINCT FROM ($2, $3, $4, $5, $6::uuid, $7, $8::int, $9::bigint, $10::bigint, $11, $12::date, $13::date, $14::uuid[], $15::text[], $16::uuid[])`,
      [input.programId, ...terms], 'incentives.update');
    const now = await this.get(scope, input.programId);
    if (!affected && now.status !== 'DRAFT') throw new Conflict('The incentive was published meanwhile; it can no longer change', { status: now.status });
    return now;
  }

  /** Publishes a draft: partners of its audience see it, and accruals are computed from then on. Again: changes nothing. */
  async publish(scope: Scope, id: string): Promise<IncentiveProgram> {
    await this.get(scope, id);
    await scope.execute(`UPDATE incentive_program SET status = 'ACTIVE', published_at = now(), updated_at = now() WHERE id = $1 AND status = 'DRAFT'`, [id], 'incentives.publish');
    return this.get(scope, id);
  }

  async get(scope: Scope, id: string): Promise<IncentiveProgram> {
    const [found] = await this.byIds(scope, [id]);
    if (!found) throw new NotFound('IncentiveProgram', id);
    return found;
  }

  async byIds(scope: Scope, ids: readonly string[]): Promise<IncentiveProgram[]> {
    const params: unknown[] = [ids];
    const where = ['ip.id = ANY($1::uuid[])', ...this.visibleTo(scope, params)];
    return toPrograms(await scope.query<ProgramRow>(`SELECT ${PROGRAM_COLUMNS} FROM incentive_program ip WHERE ${where.join(' AND ')}`, params, 'incentives.by-ids'));
  }

  /** Programs by name: brand staff all, partner users the active ones of their partner's audience. */
  async list(scope: Scope, first: number, after?: string | null): Promise<Connection<IncentiveProgram>> {
    const params: unknown[] = [];
    const where = this.visibleTo(scope, params);
    const counted = [...where];
    const countParams = [...params];
    if (after) {
      const [key, id] = decodeCursor(after, ['text', 'uuid']);
      where.push(`(lower(ip.name), ip.id) > ($${params.push(key)}, $${params.push(id)}::uuid)`);
    }
    const clause = (parts: string[]) => (parts.length ? `WHERE ${parts.join(' AND ')}` : '');
    const rows = await scope.query<ProgramRow>(`SELECT ${PROGRAM_COLUMNS} FROM incentive_program ip ${clause(where)} ORDER BY lower(ip.name), ip.id LIMIT $${params.push(first + 1)}`,
      params, 'incentives.list');
    const count = async () => (await scope.query<{ n: number }>(`SELECT count(*)::int AS n FROM incentive_program ip ${clause(counted)}`, countParams, 'incentives.count'))[0].n;
    return toConnection(toPrograms(rows), first, count, (p) => [p.nameKey, p.id]);
  }

  /** A program's accruals, latest period first, by partner name: one partner's, or every partner's the viewer sees. */
  async accruals(scope: Scope, programId: string, partnerId: string | null | undefined, first: number, after?: string | null): Promise<Connection<IncentiveAccrual>> {
    await this.get(scope, programId);
    const params: unknown[] = [programId];
    const where = ['a.program_id = $1'];
    if (partnerId) where.push(`a.partner_id = $${params.push((await this.partners.get(scope, partnerId)).id)}`);
    const counted = [...where];
    const countParams = [...params];
    if (after) {
      const [period, name, id] = decodeCursor(after, ['text', 'text', 'uuid']);
      where.push(`(a.period_start, p.name, p.id) < ($${params.push(period)}::date, $${params.push(name)}, $${params.push(id)}::uuid)`);
    }
    const from = `FROM incentive_accrual a JOIN incentive_program ip ON ip.id = a.program_id JOIN partner p ON p.id = a.partner_id`;
    const rows = await scope.query<IncentiveAccrual & { currency: string; thresholdMinor: number; kind: IncentiveKind }>(
      `SELECT ${ACCRUAL_COLUMNS} ${from} WHERE ${where.join(' AND ')} ORDER BY a.period_start DESC, p.name DESC, p.id DESC LIMIT $${params.push(first + 1)}`,
      params, 'incentives.accruals');
    const count = async () => (await scope.query<{ n: number }>(`SELECT count(*)::int AS n ${from} WHERE ${counted.join(' AND ')}`, countParams, 'incentives.accruals-count'))[0].n;
    return toConnection(this.toAccruals(rows), first, count, (a) => [a.periodStart, a.partnerName, a.partnerId]);
  }

  /** The viewer's own partner's accruals per program, latest period first (for the partner's charts). */
  async ownAccruals(scope: Scope, programIds: readonly string[]): Promise<IncentiveAccrual[]> {
    const rows = await scope.query<IncentiveAccrual & { currency: string; thresholdMinor: number; kind: IncentiveKind }>(
      `SELECT ${ACCRUAL_COLUMNS} FROM incentive_accrual a JOIN incentive_program ip ON ip.id = a.program_id JOIN partner p ON p.id = a.partner_id
        WHERE a.program_id = ANY($1::uuid[]) AND a.partner_id = nullif($2, '')::uuid ORDER BY a.program_id, a.period_start DESC`,
      [programIds, scope.user.partnerId ?? ''], 'incentives.own-accruals');
    return this.toAccruals(rows);
  }

  /** Statements, latest first: of one program and/or partner, or all the viewer sees. */
  async statements(scope: Scope, programId: string | null | undefined, partnerId: string | null | undefined, first: number, after?: string | null): Promise<Connection<IncentiveStatement>> {
    const params: unknown[] = [];
    const where: string[] = [];
    if (programId) where.push(`s.program_id = $${params.push((await this.get(scope, programId)).id)}`);
    if (partnerId) where.push(`s.partner_id = $${params.push((await this.partners.get(scope, partnerId)).id)}`);
    const counted = [...where];
    const countParams = [...params];
    if (after) {
      const [at, id] = decodeCursor(after, ['timestamp', 'uuid']);
      where.push(`(s.issued_at, s.id) < ($${params.push(at)}::timestamptz, $${params.push(id)}::uuid)`);
    }
    const clause = (parts: string[]) => (parts.length ? `WHERE ${parts.join(' AND ')}` : '');
    const rows = await scope.query<IncentiveStatement & { currency: string }>(
      `SELECT ${STATEMENT_COLUMNS} FROM incentive_statement s ${clause(where)} ORDER BY s.issued_at DESC, s.id DESC LIMIT $${params.push(first + 1)}`, params, 'incentives.statements');
    const count = async () => (await scope.query<{ n: number }>(`SELECT count(*)::int AS n FROM incentive_statement s ${clause(counted)}`, countParams, 'incentives.statements-count'))[0].n;
    return toConnection(instancesOf(IncentiveStatement, rows.map((r) => ({ ...r, base: money(r.baseMinor, r.currency), earned: money(r.earnedMinor, r.currency) }))),
      first, count, (s) => [s.cursorAt, s.id]);
  }

  /**
   * Brings every active program's accruals up to date and settles the periods that ended. One computation
   * at a time (an advisory lock); an accrual that did not change is not written again.
   */
  async compute(scope: Scope, today = utcToday()): Promise<IncentiveComputation> {
    await scope.query(`SELECT pg_advisory_xact_lock(hashtext('trellis.incentives'))`, [], 'incentives.lock');
    const programs = await scope.query<ProgramRow>(`SELECT ${PROGRAM_COLUMNS} FROM incentive_program ip WHERE ip.status = 'ACTIVE' ORDER BY ip.id`, [], 'incentives.active');
    let accruals = 0;
    let statements = 0;
    for (const program of programs) {
      const done = await this.computeProgram(scope, program, today);
      accruals += done.accruals;
      statements += done.statements;
    }
    return { programs: programs.length, accruals, statements };
  }

  private async computeProgram(scope: Scope, p: ProgramRow, today: string): Promise<{ accruals: number; statements: number }> {
    const period = p.period as IncentivePeriod;
    const lastDay = p.endsOn && p.endsOn < today ? p.endsOn : today;
    const firstOpen = p.settledThrough ? addDays(p.settledThrough, 1) : p.startsOn;
    if (lastDay < p.startsOn || firstOpen > lastDay) return { accruals: 0, statements: 0 };
    const starts: string[] = [];
    for (let s = periodStartOf(firstOpen, period); s <= lastDay; s = addMonths(s, MONTHS[period])) starts.push(s);
    const until = addMonths(starts[starts.length - 1], MONTHS[period]);
    const partnerIds = (await scope.query<{ id: string }>(
      `SELECT p.id FROM incentive_program ip JOIN partner p ON p.status = ANY($2::text[]) AND ${inAudienceSql('ip', 'p')} WHERE ip.id = $1 ORDER BY p.id`,
      [p.id, RECEIVING_STATUSES], 'incentives.audience-partners')).map((r) => r.id);
    const bases = new Map<string, number>();
    const leads = new Map<string, number>();
    if (p.kind === IncentiveKind.REBATE) {
      const categoryIds = p.categoryId ? await this.catalog.categorySubtree(scope, p.categoryId) : null;
      for (const r of await this.orders.deliveredNetByPeriod(scope, { partnerIds, kind: p.basis!, currency: p.currency, categoryIds, from: starts[0], until, period: lower(period) })) {
        bases.set(`${r.partnerId}|${periodStartOf(r.periodStart, period)}`, r.netMinor);
      }
    } else {
      for (const r of await this.leads.conversionsByPeriod(scope, partnerIds, starts[0], until, lower(period))) leads.set(`${r.partnerId}|${periodStartOf(r.periodStart, period)}`, r.count);
    }
    const rows = partnerIds.flatMap((partnerId) => starts.map((start) => {
      const base = bases.get(`${partnerId}|${start}`) ?? 0;
      const count = leads.get(`${partnerId}|${start}`) ?? 0;
      return { partnerId, start, end: periodEndOf(start, period), base, count, earned: earned(p, base, count) };
    }));
    // Partners that left the audience keep no open accrual.
    await scope.execute(`DELETE FROM incentive_accrual WHERE program_id = $1 AND period_start >= $2::date AND NOT (partner_id = ANY($3::uuid[]))`,
      [p.id, starts[0], partnerIds], 'incentives.drop-left');
    const { affected } = await scope.execute(
      `INSERT INTO incentive_accrual (program_id, partner_id, period_start, period_end, base_minor, lead_count, earned_minor, currency)
       SELECT $1, x.partner_id, x.period_start, x.period_end, x.base, x.leads, x.earned, $2 FROM unnest($3::uuid[], $4::date[], $5::date[], $6::bigint[], $7::int[], $8::bigint[])
         AS x(partner_id, period_start, period_end, base, leads, earned)
       ON CONFLICT (program_id, partner_id, period_start) DO UPDATE SET base_minor = EXCLUDED.base_minor, lead_count = EXCLUDED.lead_count, earned_minor = EXCLUDED.earned_minor, computed_at = now()
        WHERE (incentive_accrual.base_minor, incentive_accrual.lead_count, incentive_accrual.earned_minor) IS DISTINCT FROM (EXCLUDED.base_minor, EXCLUDED.lead_count, EXCLUDED.earned_minor)`,
      [p.id, p.currency, rows.map((r) => r.partnerId), rows.map((r) => r.start), rows.map((r) => r.end), rows.map((r) => r.base), rows.map((r) => r.count), rows.map((r) => r.earned)],
      'incentives.accrue');
    // Periods that ended are settled: a statement for each partner with any activity, and never computed again.
    const ended = starts.filter((s) => periodEndOf(s, period) < today);
    let statements = 0;
    if (ended.length) {
      const through = periodEndOf(ended[ended.length - 1], period);
      ({ affected: statements } = await scope.execute(
        `INSERT INTO incentive_statement (program_id, partner_id, period_start, period_end, base_minor, lead_count, earned_minor, currency)
         SELECT a.program_id, a.partner_id, a.period_start, a.period_end, a.base_minor, a.lead_count, a.earned_minor, a.currency FROM incentive_accrual a
          WHERE a.program_id = $1 AND a.period_start >= $2::date AND a.period_end <= $3::date AND (a.base_minor > 0 OR a.lead_count > 0)
         ON CONFLICT (program_id, partner_id, period_start) DO NOTHING`, [p.id, starts[0], through], 'incentives.settle'));
      await scope.execute(`UPDATE incentive_program SET settled_through = $2::date WHERE id = $1`, [p.id, through], 'incentives.settled');
    }
    await scope.execute(`UPDATE incentive_program SET computed_at = now() WHERE id = $1`, [p.id], 'incentives.computed');
    return { accruals: affected, statements };
  }

  private toAccruals(rows: (IncentiveAccrual & { currency: string; thresholdMinor: number; kind: IncentiveKind })[]): IncentiveAccrual[] {
    return instancesOf(IncentiveAccrual, rows.map((r) => ({
      ...r, base: money(r.baseMinor, r.currency), earned: money(r.earnedMinor, r.currency),
      toThreshold: r.kind === IncentiveKind.REBATE && r.baseMinor < r.thresholdMinor ? money(r.thresholdMinor - r.baseMinor, r.currency) : null,
    })));
  }

  /** The terms as SQL parameters, checked: each rule names its field. */
  private async checkedTerms(scope: Scope, input: IncentiveFields): Promise<unknown[]> {
    const rebate = input.kind === IncentiveKind.REBATE;
    if (rebate && !input.basis) throw new BadInput('basis', 'is required for a rebate');
    if (rebate && !input.rateBasisPoints) throw new BadInput('rateBasisPoints', 'is required for a rebate');
    if (rebate && input.bonus) throw new BadInput('bonus', 'applies to lead bonuses only');
    if (!rebate && !input.bonus) throw new BadInput('bonus', 'is required for a lead bonus');
    if (!rebate && (input.basis || input.rateBasisPoints || input.categoryId)) {
      throw new BadInput(input.basis ? 'basis' : input.rateBasisPoints ? 'rateBasisPoints' : 'categoryId', 'applies to rebates only');
    }
    const bonus = input.bonus ? parseAmount('bonus', input.bonus) : null;
    if (bonus === 0) throw new BadInput('bonus', 'must be more than 0');
    const threshold = rebate ? parseAmount('threshold', input.threshold) : 0;
    const startsOn = calendarDay('startsOn', input.startsOn);
    if (periodStartOf(startsOn, input.period) !== startsOn) throw new BadInput('startsOn', `must be the first day of a ${input.period.toLowerCase()}`);
    const endsOn = input.endsOn ? calendarDay('endsOn', input.endsOn) : null;
    if (endsOn && endsOn < startsOn) throw new BadInput('endsOn', 'must not be before startsOn');
    if (endsOn && periodEndOf(periodStartOf(endsOn, input.period), input.period) !== endsOn) throw new BadInput('endsOn', `must be the last day of a ${input.period.toLowerCase()}`);
    if (input.categoryId && !(await this.catalog.categoriesByIds(scope, [input.categoryId])).length) throw new BadInput('categoryId', 'names no category');
    const audience = await checkedAudience(scope, input.audience ?? NOBODY);
    return [input.name, input.description, input.kind, rebate ? input.basis : null, rebate ? input.categoryId ?? null : null, input.currency, rebate ? input.rateBasisPoints : null,
      threshold, bonus, input.period, startsOn, endsOn, audience.tierIds, audience.kinds, audience.territoryIds];
  }

  /** Partner users see the active programs whose audience holds their own partner. */
  private visibleTo(scope: Scope, params: unknown[]): string[] {
    const viewer = scope.user;
    if (isBrandRole(viewer.role)) return [];
    return [`ip.status = 'ACTIVE'`,
      `EXISTS (SELECT 1 FROM partner p WHERE p.id = nullif($${params.push(viewer.partnerId ?? '')}, '')::uuid AND ${inAudienceSql('ip', 'p')})`];
  }
}

const lower = (period: IncentivePeriod) => period.toLowerCase() as 'month' | 'quarter' | 'year';
const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
