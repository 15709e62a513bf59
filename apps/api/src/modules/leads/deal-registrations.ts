import { Scope } from '../../access/scope';
import { isBrandRole } from '../../access/role';
import { BadInput, Conflict, NotFound } from '../../domain/errors';
import { parseAmount } from '../../domain/money';
import { Connection, decodeCursor, toConnection } from '../../domain/connection';
import { NotificationKind, NotificationService } from '../../access/notifications';
import { LeadDispatcher } from './lead-dispatcher';
import {
  ConflictKind, ConflictMatch, DealRegistration, RegisterDealInput, RegistrationConflict, RegistrationItem, RegistrationStatus,
} from './deal-registration.types';

const COLUMNS = `r.id, r.reference, r.partner_id AS "partnerId", r.status, r.customer_company AS "customerCompany", r.customer_contact AS "customerContact",
  r.customer_email AS "customerEmail", r.customer_tax_id AS "customerTaxId", r.expected_value_minor::text AS "expectedValueMinor", r.currency,
  to_char(r.expected_close_date, 'YYYY-MM-DD') AS "expectedCloseDate", r.notes, r.created_by AS "createdById", r.created_at AS "createdAt",
  r.decided_by AS "decidedById", r.decided_at AS "decidedAt", r.decision_reason AS "decisionReason", r.protected_until AS "protectedUntil",
  to_char(r.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "cursorAt"`;

/** Conflicting records shown per registration at most. */
const MAX_CONFLICTS = 20;

/** Leads a partner still works or waits for: another partner's open lead for the same customer conflicts. */
const OPEN_LEAD = `('NEW', 'DISPATCHED', 'ACCEPTED', 'QUALIFIED')`;

/** A calendar date that exists (2027-02-30 does not), as YYYY-MM-DD. */
function realDate(text: string): boolean {
  const date = new Date(`${text}T00:00:00Z`);
  return Number.isFinite(date.getTime()) && date.toISOString().startsWith(text);
}

/**
 * Deal registrations: a partner claims an opportunity; brand staff approve it (protecting the partner: see
 * the dispatcher) or reject it with a reason, seeing beside it every other partner's registration or open
 * lead for the same end customer. Row-level security shows a partner its own registrations only.
 */
export class DealRegistrationService {
  constructor(
    private readonly dispatcher: LeadDispatcher,
    private readonly notifications: NotificationService,
  ) {}

  async register(scope: Scope, input: RegisterDealInput): Promise<DealRegistration> {
    const partnerId = scope.user.partnerId;
    if (!partnerId) throw new BadInput('customerCompany', 'only a partner registers deals');
    const minor = parseAmount('expectedValue.amount', input.expectedValue.amount);
    if (!realDate(input.expectedCloseDate)) throw new BadInput('expectedCloseDate', 'is not a date');
    if (input.expectedCloseDate < new Date().toISOString().slice(0, 10)) throw new BadInput('expectedCloseDate', 'must be today or later');
    const productIds = [...new Set(input.items.map((i) => i.productId.toLowerCase()))];
    if (productIds.length !== input.items.length) throw new BadInput('items', 'names a product twice');
    if (productIds.length) {
      const found = await scope.query<{ id: string }>(`SELECT id FROM product WHERE id = ANY($1::uuid[]) AND active`, [productIds], 'registration.products');
      if (found.length !== productIds.length) throw new BadInput('items', 'names a product that is not in the catalog');
    }
    const { rows: [row] } = await scope.execute<{ id: string }>(
      `INSERT INTO deal_registration (reference, partner_id, customer_company, customer_contact, customer_email, customer_tax_id,
                                      expected_value_minor, currency, expected_close_date, notes, created_by)
       VALUES ('R-' || to_char(now() AT TIME ZONE 'UTC', 'YYYY') || '-' || lpad(nextval('deal_registration_reference_seq')::text, 6, '0'),
               $1, $2, $3, $4, $5, $6, $7, $8::date, $9, $10)
       RETURNING id`,
      [partnerId, input.customerCompany.trim(), input.customerContact?.trim() || null, input.customerEmail?.trim() || null,
        input.customerTaxId?.trim() || null, minor, input.expectedValue.currency, input.expectedCloseDate, input.notes.trim(), scope.user.userId || null],
      'registration.insert',
    );
    if (input.items.length) {
      await scope.execute(
        `INSERT INTO deal_registration_item (registration_id, partner_id, product_id, quantity) SELECT $1, $2, unnest($3::uuid[]), unnest($4::numeric[])`,
        [row.id, partnerId, input.items.map((i) => i.productId.toLowerCase()), input.items.map((i) => i.quantity)],
        'registration.items',
      );
    }
    return (await this.byIds(scope, [row.id]))[0];
  }

  /** The registrations of these ids that the viewer may see. */
  byIds(scope: Scope, ids: readonly string[]): Promise<DealRegistration[]> {
    return scope.query<DealRegistration>(`SELECT ${COLUMNS} FROM deal_registration r WHERE r.id = ANY($1::uuid[])`, [ids], 'registration.by-ids');
  }

  async get(scope: Scope, id: string): Promise<DealRegistration> {
    const [registration] = await this.byIds(scope, [id]);
    if (!registration) throw new NotFound('DealRegistration', id);
    return registration;
  }

  /** The viewer's registrations (a partner's own; all for brand staff), newest first. */
  async list(scope: Scope, statuses: RegistrationStatus[] | null | undefined, first: number, after?: string | null): Promise<Connection<DealRegistration>> {
    const params: unknown[] = [statuses?.length ? statuses : null];
    const where = [`($1::text[] IS NULL OR r.status = ANY($1::text[]))`];
    const count = () => scope.query<{ n: number }>(`SELECT count(*)::int AS n FROM deal_registration r WHERE ${where.join(' AND ')}`, params.slice(0, 1), 'registration.count')
      .then(([c]) => c.n);
    if (after) {
      const [at, id] = decodeCursor(after, ['timestamp', 'uuid']);
      where.push(`(r.created_at, r.id) < ($${params.push(at)}::timestamptz, $${params.push(id)}::uuid)`);
    }
    const rows = await scope.query<DealRegistration & { cursorAt: string }>(
      `SELECT ${COLUMNS} FROM deal_registration r WHERE ${where.join(' AND ')} ORDER BY r.created_at DESC, r.id DESC LIMIT $${params.push(first + 1)}`,
      params, 'registration.list');
    return toConnection(rows, first, count, (r) => [r.cursorAt, r.id]);
  }

  itemsOf(scope: Scope, ids: readonly string[]): Promise<RegistrationItem[]> {
    return scope.query<RegistrationItem>(
      `SELECT registration_id AS "registrationId", product_id AS "productId", quantity::text AS quantity FROM deal_registration_item
        WHERE registration_id = ANY($1::uuid[]) ORDER BY product_id`, [ids], 'registration.items-of');
  }

  /**
   * Every other partner's pending or approved registration, and open lead, for the same end customer as each
   * of these registrations. Brand staff only: a partner is told nothing of other partners.
   */
  async conflictsOf(scope: Scope, ids: readonly string[]): Promise<RegistrationConflict[]> {
    if (!isBrandRole(scope.user.role)) return [];
    return scope.query<RegistrationConflict>(
      `WITH r AS (SELECT id, partner_id, company_key, domain_key, tax_key FROM deal_registration WHERE id = ANY($1::uuid[])),
       found AS (
         SELECT r.id AS "registrationId", '${ConflictKind.REGISTRATION}' AS kind, o.id AS "otherId", o.partner_id AS "partnerId",
                array_remove(ARRAY[CASE WHEN o.company_key = r.company_key THEN '${ConflictMatch.COMPANY}' END,
                                   CASE WHEN o.domain_key = r.domain_key THEN '${ConflictMatch.EMAIL_DOMAIN}' END,
                                   CASE WHEN o.tax_key = r.tax_key THEN '${ConflictMatch.TAX_ID}' END], NULL) AS "matchedOn", o.created_at AS at
           FROM r JOIN deal_registration o ON o.partner_id <> r.partner_id
            AND (o.status = 'PENDING' OR (o.status = 'APPROVED' AND o.protected_until > now()))
            AND (o.company_key = r.company_key OR o.domain_key = r.domain_key OR o.tax_key = r.tax_key)
         UNION ALL
         SELECT r.id, '${ConflictKind.LEAD}', l.id, l.partner_id,
                array_remove(ARRAY[CASE WHEN trellis_company_key(l.company) = r.company_key THEN '${ConflictMatch.COMPANY}' END,
                                   CASE WHEN trellis_email_domain(l.email) = r.domain_key THEN '${ConflictMatch.EMAIL_DOMAIN}' END], NULL), l.created_at
           FROM r JOIN lead l ON l.status IN ${OPEN_LEAD} AND l.partner_id <> r.partner_id
            AND (trellis_company_key(l.company) = r.company_key OR trellis_email_domain(l.email) = r.domain_key)),
       -- The first ${MAX_CONFLICTS} of each registration: enough to decide on, bounded whatever the customer's size.
       ranked AS (SELECT *, row_number() OVER (PARTITION BY "registrationId" ORDER BY at, "otherId") AS n FROM found)
       SELECT "registrationId", kind, "otherId", "partnerId", "matchedOn" FROM ranked WHERE n <= ${MAX_CONFLICTS} ORDER BY "registrationId", n`,
      [ids], 'registration.conflicts');
  }

  /**
   * Approves a pending registration: its partner is protected for the dispatch rules' days. Refused
   * (CONFLICT) while another partner holds an approved, protecting registration of the same customer.
   * Approvals take turns (one lock), so that two conflicting ones cannot both pass.
   */
  async approve(scope: Scope, id: string): Promise<DealRegistration> {
    await scope.execute(`SELECT pg_advisory_xact_lock(hashtext('trellis.registration-approval'))`, [], 'registration.lock');
    const registration = await this.pending(scope, id);
    const [partner] = await scope.query<{ status: string }>(`SELECT status FROM partner WHERE id = $1 FOR SHARE`, [registration.partnerId], 'registration.partner');
    if (partner?.status !== 'ACTIVE') throw new Conflict('Only an active partner can be protected; its registration can be rejected', { status: registration.status });
    const [holder] = await scope.query<{ reference: string; id: string }>(
      `SELECT o.reference, o.id FROM deal_registration r JOIN deal_registration o
          ON o.partner_id <> r.partner_id AND o.status = 'APPROVED' AND o.protected_until > now()
         AND (o.company_key = r.company_key OR o.domain_key = r.domain_key OR o.tax_key = r.tax_key)
        WHERE r.id = $1 ORDER BY o.protected_until DESC LIMIT 1`, [id], 'registration.holder');
    if (holder) {
      throw new Conflict(`The customer is protected for another partner by ${holder.reference}`, { status: registration.status, conflictingRegistrationId: holder.id });
    }
    const days = (await this.dispatcher.rules(scope)).registrationProtectionDays;
    await scope.execute(
      `UPDATE deal_registration SET status = 'APPROVED', decided_by = $2, decided_at = now(), protected_until = now() + $3 * interval '1 day' WHERE id = $1`,
      [id, scope.user.userId || null, days], 'registration.approve');
    await this.notifications.notifyPartnerManagers(scope, NotificationKind.REGISTRATION_APPROVED, [{ partnerId: registration.partnerId, leadId: null, reference: registration.reference }]);
    return this.get(scope, id);
  }

  async reject(scope: Scope, id: string, reason: string): Promise<DealRegistration> {
    const registration = await this.pending(scope, id);
    await scope.execute(
      `UPDATE deal_registration SET status = 'REJECTED', decided_by = $2, decided_at = now(), decision_reason = $3 WHERE id = $1`,
      [id, scope.user.userId || null, reason.trim()], 'registration.reject');
    await this.notifications.notifyPartnerManagers(scope, NotificationKind.REGISTRATION_REJECTED, [{ partnerId: registration.partnerId, leadId: null, reference: registration.reference }]);
    return this.get(scope, id);
  }

  /** The registration, locked, if it still waits for a decision: else NOT_FOUND or CONFLICT (nothing written). */
  private async pending(scope: Scope, id: string): Promise<DealRegistration> {
    const [registration] = await scope.query<DealRegistration>(`SELECT ${COLUMNS} FROM deal_registration r WHERE r.id = $1 FOR UPDATE`, [id], 'registration.lock-row');
    if (!registration) throw new NotFound('DealRegistration', id);
    if (registration.status !== RegistrationStatus.PENDING) {
      throw new Conflict(`The registration is ${registration.status}; only a PENDING one can be decided`, { status: registration.status });
    }
    return registration;
  }
}
