import { randomUUID } from 'node:crypto';
import { Scope } from '../../access/scope';
import { counterOn, refusal } from '../../access/counter';
import { enqueue } from '../../access/jobs';
import type { IssuedInvitation } from '../../access/user.service';
import { Connection, decodeCursor, toConnection } from '../../domain/connection';
import { Conflict, NotFound } from '../../domain/errors';
import { instancesOf } from '../../domain/sql';
import { normalizedTaxId } from '../../domain/tax-id';
import { Partner, PartnerStatus } from '../partners/partner.entity';
import { PartnerService } from '../partners/partner.service';
import { PartnerLifecycle } from '../partners/partner-lifecycle';
import { ApplyForPartnershipInput, ApprovePartnerApplicationInput, RejectPartnerApplicationInput } from './application.inputs';
import { PartnerApplication, PartnerApplicationStatus, PartnerDuplicate } from './application.types';
import { rejectionMail } from './application-mail';

const APPLICATION_COLUMNS = `a.id, a.number, a.company_name AS "companyName", a.kind, a.country, a.city, a.postal_code AS "postalCode", a.website,
  a.tax_id AS "taxId", a.tax_id_given AS "taxIdGiven", a.territory, a.contact_name AS "contactName", a.contact_email AS "contactEmail",
  a.contact_phone AS "contactPhone", a.references_text AS "references", a.message, a.consent_text AS "consentText", a.consent_given_at AS "consentGivenAt",
  a.language, a.status, a.decision_reason AS "decisionReason", a.decided_by AS "decidedById", a.decided_at AS "decidedAt", a.partner_id AS "partnerId",
  a.created_at AS "createdAt", to_char(a.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "cursorAt"`;

/** A website's host without www., lower case: the domain a duplicate may share with a partner's site or mail. */
const webDomain = (column: string) => `nullif(substring(lower(${column}) from '^(?:[a-z][a-z0-9+.-]*://)?(?:www\\.)?([^/:?#@]+)'), '')`;

export interface ApprovedApplication {
  application: PartnerApplication;
  partner: Partner;
  invitation: IssuedInvitation | null;
}

/**
 * Partner recruitment: a company applies through the public form (anonymously, rate-limited per address);
 * brand staff read applications with the existing partners they may duplicate; a channel writer approves
 * one into a partner in ONBOARDING (its contact invited as the first partner manager) or rejects it with a
 * reason the applicant is mailed. A decision is taken once: the application's row is locked first, so of
 * two racing approvals one creates the partner and the other finds it decided (CONFLICT); a second
 * rejection changes nothing and mails nothing.
 *
 * The tax id a partner is matched by goes in with it on approval (PartnerService.create); duplicates are
 * read from partner's columns here, which partners has no service method for.
 */
export class ApplicationService {
  constructor(
    private readonly applicationsPerIpPerHour: number,
    private readonly partners: PartnerService,
    private readonly lifecycle: PartnerLifecycle,
  ) {}

  /** Files an application as the public role (which may insert one and read none): answers only its reference. */
  async apply(scope: Scope, input: ApplyForPartnershipInput, ip: string): Promise<{ reference: string; status: PartnerApplicationStatus }> {
    const taxId = normalizedTaxId(input.taxId);
    const counter = counterOn(scope, { tableName: 'showroom_limit', keyPrefix: 'application', points: this.applicationsPerIpPerHour, duration: 3600 });
    await counter.consume(ip).catch((reason: unknown) => {
      throw refusal(reason, (seconds) => `Too many applications from your address; try again in ${Math.ceil(seconds / 60)} minutes`);
    });
    const [{ number }] = await scope.query<{ number: string }>(
      `SELECT trellis_record_number('PA', nextval('partner_application_number_seq')) AS number`, [], 'applications.number');
    await scope.execute(
      `INSERT INTO partner_application (id, number, company_name, kind, country, city, postal_code, website, tax_id, tax_id_given, territory,
         contact_name, contact_email, contact_phone, references_text, message, consent_text, language)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)`,
      [randomUUID(), number, input.companyName.trim(), input.kind, input.country, input.city.trim(), input.postalCode?.trim() || null,
        input.website?.trim() || null, taxId, input.taxId.trim(), input.territory.trim(), input.contactName.trim(), input.contactEmail.trim(),
        input.contactPhone?.trim() || null, input.references.trim(), input.message.trim(), input.consentText.trim(), input.language],
      'applications.apply');
    return { reference: number, status: PartnerApplicationStatus.SUBMITTED };
  }

  async get(scope: Scope, id: string): Promise<PartnerApplication> {
    const [found] = await this.byIds(scope, [id]);
    if (!found) throw new NotFound('PartnerApplication', id);
    return found;
  }

  async byIds(scope: Scope, ids: readonly string[]): Promise<PartnerApplication[]> {
    return instancesOf(PartnerApplication, await scope.query<PartnerApplication>(
      `SELECT ${APPLICATION_COLUMNS} FROM partner_application a WHERE a.id = ANY($1::uuid[])`, [ids], 'applications.by-ids'));
  }

  /** Applications newest first, of one status or all. */
  async list(scope: Scope, status: PartnerApplicationStatus | null | undefined, first: number, after?: string | null): Promise<Connection<PartnerApplication>> {
    const params: unknown[] = [];
    const where: string[] = [];
    if (status) where.push(`a.status = $${params.push(status)}`);
    const counted = [...where];
    const countParams = [...params];
    if (after) {
      const [at, id] = decodeCursor(after, ['timestamp', 'uuid']);
      where.push(`(a.created_at, a.id) < ($${params.push(at)}::timestamptz, $${params.push(id)}::uuid)`);
    }
    const clause = (parts: string[]) => (parts.length ? `WHERE ${parts.join(' AND ')}` : '');
    const rows = await scope.query<PartnerApplication>(
      `SELECT ${APPLICATION_COLUMNS} FROM partner_application a ${clause(where)} ORDER BY a.created_at DESC, a.id DESC LIMIT $${params.push(first + 1)}`,
      params, `applications.list${status ? '-status' : ''}${after ? '-after' : ''}`);
    const count = async () => (await scope.query<{ n: number }>(`SELECT count(*)::int AS n FROM partner_application a ${clause(counted)}`, countParams,
      `applications.count${status ? '-status' : ''}`))[0].n;
    return toConnection(instancesOf(PartnerApplication, rows), first, count, (a) => [a.cursorAt, a.id]);
  }

  /**
   * The existing partners each application may duplicate, in one statement: the same tax id, the same
   * company key (trellis_company_key: no legal form, accents or punctuation), or a shared domain (the
   * website's host or a non-free mail domain, on either side). The partner an approval created is not its
   * own duplicate.
   */
  async duplicatesOf(scope: Scope, applicationIds: readonly string[]): Promise<PartnerDuplicate[]> {
    return instancesOf(PartnerDuplicate, await scope.query<PartnerDuplicate>(
      `WITH a AS (
         SELECT a.id, a.partner_id, a.tax_id, trellis_company_key(a.company_name) AS name_key,
                array_remove(ARRAY[trellis_email_domain(a.contact_email), ${webDomain('a.website')}], NULL) AS domains
           FROM partner_application a WHERE a.id = ANY($1::uuid[])),
       matched AS (
         SELECT a.id AS application_id, p.id AS partner_id, p.name, 'TAX_ID' AS reason FROM a JOIN partner p ON p.tax_id = a.tax_id
         UNION ALL
         SELECT a.id, p.id, p.name, 'NAME' FROM a JOIN partner p ON trellis_company_key(p.name) = a.name_key
         UNION ALL
         SELECT a.id, p.id, p.name, 'DOMAIN' FROM a JOIN partner p
           ON trellis_email_domain(p.email) = ANY(a.domains) OR ${webDomain('p.website')} = ANY(a.domains))
       SELECT m.application_id AS "applicationId", m.partner_id AS "partnerId",
              array_agg(DISTINCT m.reason ORDER BY m.reason) AS reasons
         FROM matched m JOIN a ON a.id = m.application_id
        WHERE m.partner_id IS DISTINCT FROM a.partner_id
        GROUP BY m.application_id, m.partner_id, m.name
        ORDER BY m.application_id, m.name, m.partner_id`,
      [applicationIds], 'applications.duplicates'));
  }

  /**
   * Creates the partner (PartnerService.create, with the contact as its first partner manager), moves it to
   * ONBOARDING and links the application, all in the request's transaction: a refused approval (a code in
   * use, the contact's email a user's already) leaves the application SUBMITTED and no partner.
   */
  async approve(scope: Scope, input: ApprovePartnerApplicationInput): Promise<ApprovedApplication> {
    const application = await this.locked(scope, input.applicationId);
    if (application.status !== PartnerApplicationStatus.SUBMITTED) {
      throw new Conflict(`The application is ${application.status} already`, { status: application.status, partnerId: application.partnerId });
    }
    const { partner, invitation } = await this.partners.create(scope, {
      code: input.code, name: application.companyName, kind: application.kind, city: application.city, country: application.country,
      postalCode: application.postalCode, website: application.website, email: application.contactEmail, phone: application.contactPhone,
      ownerId: input.ownerId, tierId: input.tierId, territoryIds: input.territoryIds, parentId: input.parentId,
      taxId: application.taxId, firstManager: { email: application.contactEmail, displayName: application.contactName },
    });
    const onboarding = await this.lifecycle.moveTo(scope, partner.id, PartnerStatus.ONBOARDING, `application ${application.number}`);
    await scope.execute(
      `UPDATE partner_application SET status = 'APPROVED', partner_id = $2, decided_by = nullif($3, '')::uuid, decided_at = now() WHERE id = $1 AND status = 'SUBMITTED'`,
      [application.id, partner.id, scope.user.userId], 'applications.approve');
    return { application: await this.get(scope, application.id), partner: onboarding, invitation };
  }

  /** Rejects a submitted application and queues the mail with the reason; a rejected one stays as it is (no second mail). */
  async reject(scope: Scope, input: RejectPartnerApplicationInput): Promise<PartnerApplication> {
    const application = await this.locked(scope, input.applicationId);
    if (application.status === PartnerApplicationStatus.REJECTED) return application;
    if (application.status !== PartnerApplicationStatus.SUBMITTED) {
      throw new Conflict(`The application is ${application.status} already`, { status: application.status, partnerId: application.partnerId });
    }
    const reason = input.reason.trim();
    await scope.execute(
      `UPDATE partner_application SET status = 'REJECTED', decision_reason = $2, decided_by = nullif($3, '')::uuid, decided_at = now() WHERE id = $1 AND status = 'SUBMITTED'`,
      [application.id, reason, scope.user.userId], 'applications.reject');
    await enqueue(scope, 'send_mail', rejectionMail(application, reason));
    return this.get(scope, application.id);
  }

  /** The application, its row locked until the decision commits (a decision waits for a parallel one). */
  private async locked(scope: Scope, id: string): Promise<PartnerApplication> {
    const [row] = await scope.query<PartnerApplication>(`SELECT ${APPLICATION_COLUMNS} FROM partner_application a WHERE a.id = $1 FOR UPDATE`, [id], 'applications.lock');
    if (!row) throw new NotFound('PartnerApplication', id);
    return instancesOf(PartnerApplication, [row])[0];
  }
}
