import { Scope } from '../../access/scope';
import { canSeePartner } from '../../access/viewer';
import { PARTNER_ROLES } from '../../access/role';
import { Connection, decodeCursor, toConnection } from '../../domain/connection';
import { BadInput, Conflict, Forbidden, NotFound } from '../../domain/errors';
import { instancesOf } from '../../domain/sql';
import { CatalogService } from '../catalog/catalog.service';
import { PartnerService } from '../partners/partner.service';
import { ServiceCase, ServiceCaseAction, ServiceCaseAttachment, ServiceCaseEvent, ServiceCaseStatus } from './service.types';
import { readUpload } from '../../domain/attachment';
import { OpenServiceCaseInput, ServiceCaseFilter } from './service.inputs';
import { SolutionArticleService } from './solution-article.service';

const CASE_COLUMNS = `c.id, c.number, c.partner_id AS "partnerId", c.product_id AS "productId", c.solution_article_id AS "solutionArticleId",
  c.opened_by AS "openedById", c.serial_number AS "serialNumber", c.customer_name AS "customerName", c.customer_email AS "customerEmail",
  c.customer_phone AS "customerPhone", c.description, c.severity, c.status, c.satisfaction, c.opened_at AS "openedAt",
  c.status_changed_at AS "statusChangedAt", c.first_response_at AS "firstResponseAt", c.resolved_at AS "resolvedAt", c.closed_at AS "closedAt",
  to_char(c.opened_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "cursorAt"`;

const ATTACHMENT_COLUMNS = `a.id, a.case_id AS "caseId", a.file_name AS "fileName", a.content_type AS "contentType", a.byte_size AS "byteSize",
  a.added_by AS "addedById", a.added_at AS "addedAt"`;
/** The most files of one case, and the most bytes of one. */
export const MAX_ATTACHMENTS = 10;

const { OPEN, IN_PROGRESS, WAITING_FOR_CUSTOMER, RESOLVED, CLOSED } = ServiceCaseStatus;

/** A move of a case: from which statuses, to which, and what else it sets (SQL expressions of the row). */
interface Move {
  action: ServiceCaseAction;
  from: readonly ServiceCaseStatus[];
  to: ServiceCaseStatus;
  set?: string;
  params?: unknown[];
  note?: string | null;
}

/**
 * Service cases: a partner's people log a customer's problem (OPEN) and work it through IN_PROGRESS,
 * WAITING_FOR_CUSTOMER and RESOLVED to CLOSED; a resolved case may be reopened. The first move out of OPEN
 * (or straight to RESOLVED) records the first response; resolving records the resolution time; closing may
 * record the customer's satisfaction. Each move locks the case, writes one timeline row, and a move to where
 * the case already is writes nothing. Brand staff read every case; only the partner's people move them.
 */
export class ServiceCaseService {
  constructor(
    private readonly partners: PartnerService,
    private readonly catalog: CatalogService,
    private readonly articles: SolutionArticleService,
  ) {}

  async byIds(scope: Scope, ids: readonly string[]): Promise<ServiceCase[]> {
    return instancesOf(ServiceCase, await scope.query<ServiceCase>(`SELECT ${CASE_COLUMNS} FROM service_case c WHERE c.id = ANY($1::uuid[])`, [ids], 'service-case.by-ids'));
  }

  async get(scope: Scope, id: string): Promise<ServiceCase> {
    const [found] = await this.byIds(scope, [id]);
    if (!found) throw new NotFound('ServiceCase', id);
    return found;
  }

  async eventsOf(scope: Scope, caseIds: readonly string[]): Promise<ServiceCaseEvent[]> {
    return instancesOf(ServiceCaseEvent, await scope.query<ServiceCaseEvent>(
      `SELECT e.id::text, e.case_id AS "caseId", e.actor_id AS "actorId", e.action, e.from_status AS "fromStatus", e.to_status AS "toStatus", e.note, e.at
         FROM service_case_event e WHERE e.case_id = ANY($1::uuid[]) ORDER BY e.case_id, e.id`, [caseIds], 'service-case.events'));
  }

  /** The viewer's cases, newest first: a partner's own (a distributor's with its resellers'), all for brand staff. */
  async list(scope: Scope, filter: ServiceCaseFilter | null | undefined, first: number, after?: string | null): Promise<Connection<ServiceCase>> {
    const params: unknown[] = [];
    const conditions: string[] = [];
    const add = (condition: (p: string) => string, value: unknown) => conditions.push(condition(`$${params.push(value)}`));
    const visible = scope.user.visiblePartnerIds;
    if (visible !== 'ALL') add((p) => `c.partner_id = ANY(${p}::uuid[])`, visible);
    if (filter?.partnerId) add((p) => `c.partner_id = ${p}::uuid`, filter.partnerId);
    if (filter?.status) add((p) => `c.status = ${p}`, filter.status);
    const where = (extra: string[]) => (extra.length ? `WHERE ${extra.join(' AND ')}` : '');
    const count = async () => (await scope.query<{ n: number }>(`SELECT count(*)::int AS n FROM service_case c ${where(conditions)}`, params))[0].n;
    const page = [...params];
    const pageConditions = [...conditions];
    if (after) {
      const [at, id] = decodeCursor(after, ['timestamp', 'uuid']);
      pageConditions.push(`(c.opened_at, c.id) < ($${page.push(at)}::timestamptz, $${page.push(id)}::uuid)`);
    }
    const rows = await scope.query<ServiceCase>(
      `SELECT ${CASE_COLUMNS} FROM service_case c ${where(pageConditions)} ORDER BY c.opened_at DESC, c.id DESC LIMIT $${page.push(first + 1)}`, page);
    return toConnection(instancesOf(ServiceCase, rows), first, count, (c) => [c.cursorAt, c.id]);
  }

  async open(scope: Scope, input: OpenServiceCaseInput): Promise<ServiceCase> {
    await this.partners.get(scope, input.partnerId);
    const viewer = scope.user;
    if (!PARTNER_ROLES.includes(viewer.role) || !canSeePartner(viewer, input.partnerId)) {
      throw new Forbidden("Service cases are logged by the partner's own people");
    }
    if (input.productId && !(await this.catalog.productsByIds(scope, [input.productId])).length) throw new BadInput('productId', 'names no product of the catalog');
    if (input.solutionArticleId) await this.publishedArticle(scope, input.solutionArticleId, 'solutionArticleId');
    const email = input.customer.email?.trim() || null;
    const phone = input.customer.phone?.trim() || null;
    if (!email && !phone) throw new BadInput('customer.email', 'or a phone number is needed to reach the customer');
    const { rows: [created] } = await scope.execute<{ id: string }>(
      `INSERT INTO service_case (partner_id, product_id, serial_number, customer_name, customer_email, customer_phone, description, severity, opened_by, solution_article_id)
       VALUES ($1, $2, nullif($3, ''), $4, $5, $6, $7, $8, nullif($9, '')::uuid, $10) RETURNING id`,
      [input.partnerId, input.productId ?? null, input.serialNumber?.trim() ?? '', input.customer.name.trim(), email, phone, input.description.trim(),
        input.severity, viewer.userId, input.solutionArticleId ?? null], 'service-case.open');
    await this.event(scope, created.id, input.partnerId, ServiceCaseAction.OPENED, null, OPEN, null);
    if (input.solutionArticleId) await this.event(scope, created.id, input.partnerId, ServiceCaseAction.SOLUTION_LINKED, OPEN, OPEN, null);
    return this.get(scope, created.id);
  }

  start(scope: Scope, caseId: string, note?: string | null): Promise<ServiceCase> {
    return this.move(scope, caseId, { action: ServiceCaseAction.STARTED, from: [OPEN], to: IN_PROGRESS, set: 'first_response_at = coalesce(first_response_at, now())', note });
  }

  waitForCustomer(scope: Scope, caseId: string, note?: string | null): Promise<ServiceCase> {
    return this.move(scope, caseId, { action: ServiceCaseAction.WAITING, from: [IN_PROGRESS], to: WAITING_FOR_CUSTOMER, note });
  }

  resume(scope: Scope, caseId: string, note?: string | null): Promise<ServiceCase> {
    return this.move(scope, caseId, { action: ServiceCaseAction.RESUMED, from: [WAITING_FOR_CUSTOMER], to: IN_PROGRESS, note });
  }

  async resolve(scope: Scope, caseId: string, solutionArticleId?: string | null, note?: string | null): Promise<ServiceCase> {
    if (solutionArticleId) await this.publishedArticle(scope, solutionArticleId, 'solutionArticleId');
    return this.move(scope, caseId, {
      action: ServiceCaseAction.RESOLVED, from: [OPEN, IN_PROGRESS, WAITING_FOR_CUSTOMER], to: RESOLVED, note,
      set: 'first_response_at = coalesce(first_response_at, now()), resolved_at = now(), solution_article_id = coalesce($3::uuid, solution_article_id)',
      params: [solutionArticleId ?? null],
    });
  }

  reopen(scope: Scope, caseId: string, note?: string | null): Promise<ServiceCase> {
    return this.move(scope, caseId, { action: ServiceCaseAction.REOPENED, from: [RESOLVED], to: IN_PROGRESS, set: 'resolved_at = NULL', note });
  }

  close(scope: Scope, caseId: string, satisfaction?: number | null, note?: string | null): Promise<ServiceCase> {
    return this.move(scope, caseId, {
      action: ServiceCaseAction.CLOSED, from: [RESOLVED], to: CLOSED, note, set: 'closed_at = now(), satisfaction = $3::smallint', params: [satisfaction ?? null],
    });
  }

  /**
   * Adds a file to a case (not to a closed one), its type read from its bytes. The same file under the same
   * name again (a retried upload) adds nothing and answers the one added before.
   */
  async attach(scope: Scope, caseId: string, fileName: string, contentBase64: string): Promise<ServiceCaseAttachment> {
    const { name, content, contentType } = readUpload(fileName, contentBase64);
    const locked = await this.lock(scope, caseId);
    if (locked.status === CLOSED) throw new Conflict('The case is CLOSED; a closed case takes no more files', { status: locked.status });
    const [stored] = await scope.query<{ count: number; sameId: string | null }>(
      `SELECT count(*)::int AS count, (array_agg(id) FILTER (WHERE file_name = $2 AND byte_size = $3 AND content = $4))[1] AS "sameId"
         FROM service_case_attachment WHERE case_id = $1`, [caseId, name, content.length, content], 'service-case.attachments-stored');
    if (stored.sameId) return (await this.attachmentsOf(scope, [caseId])).find((a) => a.id === stored.sameId)!;
    if (stored.count >= MAX_ATTACHMENTS) throw new Conflict(`A case takes at most ${MAX_ATTACHMENTS} files`, { count: stored.count });
    const { rows: [added] } = await scope.execute<ServiceCaseAttachment>(
      `INSERT INTO service_case_attachment AS a (case_id, partner_id, file_name, content_type, byte_size, content, added_by)
       VALUES ($1, $2, $3, $4, $5, $6, nullif($7, '')::uuid) RETURNING ${ATTACHMENT_COLUMNS}`,
      [caseId, locked.partnerId, name, contentType, content.length, content, scope.user.userId], 'service-case.attach');
    await this.event(scope, caseId, locked.partnerId, ServiceCaseAction.ATTACHED, locked.status, locked.status, name.slice(0, 1000));
    return instancesOf(ServiceCaseAttachment, [added])[0];
  }

  /** The files of cases, oldest first, without their bytes. */
  async attachmentsOf(scope: Scope, caseIds: readonly string[]): Promise<ServiceCaseAttachment[]> {
    return instancesOf(ServiceCaseAttachment, await scope.query<ServiceCaseAttachment>(
      `SELECT ${ATTACHMENT_COLUMNS} FROM service_case_attachment a WHERE a.case_id = ANY($1::uuid[]) ORDER BY a.case_id, a.added_at, a.id`,
      [caseIds], 'service-case.attachments'));
  }

  /** One file's bytes, for its download: null when there is none the viewer may see. */
  async attachmentContent(scope: Scope, id: string): Promise<{ fileName: string; contentType: string; content: Buffer } | null> {
    const [file] = await scope.query<{ fileName: string; contentType: string; content: Buffer }>(
      `SELECT file_name AS "fileName", content_type AS "contentType", content FROM service_case_attachment WHERE id = $1`, [id], 'service-case.attachment-content');
    return file ?? null;
  }

  /** Locks a case the viewer's partner works: NOT_FOUND when the viewer cannot see it, FORBIDDEN for brand staff. */
  private async lock(scope: Scope, caseId: string): Promise<{ partnerId: string; status: ServiceCaseStatus }> {
    const [locked] = await scope.query<{ partnerId: string; status: ServiceCaseStatus }>(
      `SELECT partner_id AS "partnerId", status FROM service_case WHERE id = $1 FOR UPDATE`, [caseId], 'service-case.lock');
    if (!locked) throw new NotFound('ServiceCase', caseId);
    const viewer = scope.user;
    if (!PARTNER_ROLES.includes(viewer.role) || !canSeePartner(viewer, locked.partnerId)) throw new Forbidden("Only the partner's own people work its service cases");
    return locked;
  }

  private async move(scope: Scope, caseId: string, move: Move): Promise<ServiceCase> {
    const locked = await this.lock(scope, caseId);
    if (locked.status === move.to) return this.get(scope, caseId);
    if (!move.from.includes(locked.status)) {
      throw new Conflict(`The case is ${locked.status}; only a case that is ${move.from.join(' or ')} can be ${move.action}`, { status: locked.status });
    }
    await scope.execute(
      `UPDATE service_case SET status = $2, status_changed_at = now()${move.set ? `, ${move.set}` : ''} WHERE id = $1`, [caseId, move.to, ...(move.params ?? [])]);
    await this.event(scope, caseId, locked.partnerId, move.action, locked.status, move.to, move.note?.trim() || null);
    return this.get(scope, caseId);
  }

  private async event(scope: Scope, caseId: string, partnerId: string, action: ServiceCaseAction, from: ServiceCaseStatus | null, to: ServiceCaseStatus, note: string | null) {
    await scope.execute(
      `INSERT INTO service_case_event (case_id, partner_id, action, from_status, to_status, actor_id, note) VALUES ($1, $2, $3, $4, $5, nullif($6, '')::uuid, $7)`,
      [caseId, partnerId, action, from, to, scope.user.userId, note], 'service-case.event');
  }

  private async publishedArticle(scope: Scope, id: string, field: string): Promise<void> {
    const [article] = await this.articles.byIds(scope, [id]);
    if (!article?.publishedAt) throw new BadInput(field, 'names no published solution article');
  }
}
