import { Scope, Scopes } from '../../access/scope';
import { Role } from '../../access/role';
import { Viewer } from '../../access/viewer';
import { enqueue } from '../../access/jobs';
import { publishMany } from '../../access/events';
import { NotFound } from '../../domain/errors';
import { logger } from '../../logger';
import { CsvRowError } from '../catalog/product-csv';
import { LeadAction, LeadStatus } from './lead.entity';
import { leadChanged, LeadLifecycle } from './lead-lifecycle';
import { LeadRow, validateLeadCsv } from './lead-csv';
import { LeadImport, LeadImportStatus, StartLeadImportInput } from './lead-import.types';

const COLUMNS = `id, status, file_name AS "fileName", dispatch, total_rows AS "totalRows", processed_rows AS "processedRows",
  created_count AS "createdCount", dispatched_count AS "dispatchedCount", errors, error_count AS "errorCount",
  created_at AS "createdAt", finished_at AS "finishedAt", created_by AS "createdById"`;
/** Leads per INSERT of the write, and per progress report. */
export const IMPORT_CHUNK = 500;
/** Leads per automatic dispatch: one transaction (and one hold of the dispatch lock) each. */
export const DISPATCH_BATCH = 200;

interface QueuedImport {
  status: LeadImportStatus;
  dispatch: boolean;
  rows: LeadRow[] | null;
  leadIds: string[] | null;
  userId: string;
  role: Role;
  email: string;
  displayName: string;
}

/**
 * Leads from a CSV file (source CHANNEL, waiting for dispatch, FILED by the importing user), written as
 * createByChannel writes one. The request checks the whole file and either records it FAILED with every
 * problem, or records it RUNNING and queues a lead_import job in the same transaction; the job writes
 * every lead in one transaction and reports progress in short ones of its own.
 */
export class LeadImportService {
  /**
   * This instance's imports write one after another: each holds a system connection for its write and
   * takes another for each progress report, so several at once could hold the whole system pool (4) while
   * waiting for it. A job waiting its turn shows RUNNING with nothing processed.
   */
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly scopes: Scopes, private readonly lifecycle: LeadLifecycle) {}

  async start(scope: Scope, input: StartLeadImportInput): Promise<LeadImport> {
    const { rows, errors, errorCount } = validateLeadCsv(input.csv);
    const failed = errorCount > 0;
    const { rows: [created] } = await scope.execute<LeadImport>(
      `INSERT INTO lead_import (status, file_name, dispatch, total_rows, errors, error_count, rows, created_by, finished_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, CASE WHEN $1 = 'FAILED' THEN now() END) RETURNING ${COLUMNS}`,
      [failed ? LeadImportStatus.FAILED : LeadImportStatus.RUNNING, input.fileName?.trim() || null, input.dispatch, rows.length,
        JSON.stringify(errors), errorCount, failed ? null : JSON.stringify(rows), scope.user.userId],
    );
    if (!failed) await enqueue(scope, 'lead_import', { importId: created.id }, { key: `lead-import:${created.id}`, maxAttempts: 5 });
    return created;
  }

  async get(scope: Scope, id: string): Promise<LeadImport> {
    const [row] = await scope.query<LeadImport>(`SELECT ${COLUMNS} FROM lead_import WHERE id = $1`, [id], 'lead-import.by-id');
    if (!row) throw new NotFound('Import', id);
    return row;
  }

  /** The most recent imports, newest first. */
  recent(scope: Scope, first: number): Promise<LeadImport[]> {
    return scope.query<LeadImport>(`SELECT ${COLUMNS} FROM lead_import ORDER BY created_at DESC, id DESC LIMIT $1`, [first], 'lead-import.recent');
  }

  /** The lead_import job. Safe to run again: a finished import is left alone, written leads are not written twice. */
  run(importId: string): Promise<void> {
    const turn = this.queue.then(() => this.work(importId));
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  private async work(importId: string): Promise<void> {
    const [job] = await this.scopes.runSystem('lead-import: read', (scope) => scope.query<QueuedImport>(
      `SELECT i.status, i.dispatch, i.rows, i.lead_ids AS "leadIds", u.id AS "userId", u.role, u.email, u.display_name AS "displayName"
         FROM lead_import i JOIN app_user u ON u.id = i.created_by WHERE i.id = $1`, [importId]));
    if (!job || job.status !== LeadImportStatus.RUNNING) return;
    // The importing user files the leads (and dispatches them): their history names them.
    const viewer: Viewer = {
      userId: job.userId, role: job.role, email: job.email, displayName: job.displayName, partnerId: null, visiblePartnerIds: 'ALL', via: 'SESSION',
    };
    const leadIds = job.leadIds ?? await this.write(importId, job, viewer);
    if (leadIds && job.dispatch) await this.dispatch(importId, leadIds, viewer);
  }

  /** Every lead in one transaction; progress in short system transactions meanwhile. Null: it failed, nothing written. */
  private async write(importId: string, job: QueuedImport, viewer: Viewer): Promise<string[] | null> {
    const rows = job.rows ?? [];
    try {
      return await this.scopes.runSystem('lead-import: write', async (scope) => {
        const ids: string[] = [];
        for (let i = 0; i < rows.length; i += IMPORT_CHUNK) {
          const chunk = rows.slice(i, i + IMPORT_CHUNK);
          ids.push(...await this.insertChunk(scope, chunk, viewer.userId));
          await this.report(`UPDATE lead_import SET processed_rows = $2 WHERE id = $1 AND status = 'RUNNING'`, [importId, i + chunk.length]);
        }
        // The same transaction ends the import (or hands it to dispatch): written leads and a RUNNING import
        // without them cannot both be seen, and a second run of the job finds nothing to write.
        const { affected } = await scope.execute(
          `UPDATE lead_import SET created_count = $2, processed_rows = $2, lead_ids = $3, rows = NULL,
                  status = CASE WHEN dispatch THEN 'RUNNING' ELSE 'DONE' END, finished_at = CASE WHEN dispatch THEN NULL ELSE now() END
            WHERE id = $1 AND status = 'RUNNING' AND lead_ids IS NULL`,
          [importId, ids.length, ids],
        );
        if (affected !== 1) throw new Error('the import was finished meanwhile');
        return ids;
      }, viewer);
    } catch (err) {
      logger.error({ err, importId }, 'lead import failed; nothing was written');
      const reason: CsvRowError = { line: 1, field: 'file', reason: 'could not be written; no lead was created. Try again.' };
      await this.report(
        `UPDATE lead_import SET status = 'FAILED', processed_rows = 0, errors = $2, error_count = 1, rows = NULL, finished_at = now()
          WHERE id = $1 AND status = 'RUNNING' AND lead_ids IS NULL`,
        [importId, JSON.stringify([reason])],
      ).catch((failure: unknown) => logger.error({ err: failure, importId }, 'a failed lead import could not be marked FAILED'));
      return null;
    }
  }

  /**
   * One chunk as createByChannel writes each lead: a reference drawn from the sequence (in file order),
   * UNASSIGNED, source CHANNEL, consent given now, and a FILED history row by the importing user.
   */
  private async insertChunk(scope: Scope, chunk: readonly LeadRow[], actorId: string): Promise<string[]> {
    const column = <K extends keyof LeadRow>(key: K) => chunk.map((r) => r[key]);
    const { rows: leads } = await scope.execute<{ id: string; reference: string }>(
      `INSERT INTO lead (id, reference, partner_id, status, source, contact_name, company, email, phone, postal_code, country, message, consent_text, consent_given_at)
       SELECT gen_random_uuid(), trellis_lead_reference(now()), NULL, 'UNASSIGNED', 'CHANNEL', r.name, r.company, r.email, r.phone, r.postal_code, r.country,
              r.message, r.consent_text, now()
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[])
              WITH ORDINALITY AS r(name, company, email, phone, postal_code, country, message, consent_text, n)
        ORDER BY r.n
       RETURNING id, reference`,
      [column('name'), column('company'), column('email'), column('phone'), column('postalCode'), column('country'), column('message'), column('consentText')],
      'lead-import.insert-leads',
    );
    const ids = leads.map((l) => l.id);
    await scope.execute(
      `INSERT INTO lead_event (lead_id, partner_id, action, to_status, actor_id) SELECT unnest($1::uuid[]), NULL, 'FILED', 'UNASSIGNED', $2`,
      [ids, actorId], 'lead-import.insert-events',
    );
    await publishMany(scope, leads.map((l) => leadChanged(l.id, l.reference, LeadAction.FILED, LeadStatus.UNASSIGNED, [])));
    return ids;
  }

  /** By the rules, in batches of their own transactions; each batch's count is committed with it. */
  private async dispatch(importId: string, leadIds: readonly string[], viewer: Viewer): Promise<void> {
    try {
      for (let i = 0; i < leadIds.length; i += DISPATCH_BATCH) {
        await this.scopes.runSystem('lead-import: dispatch', async (scope) => {
          const { dispatched } = await this.lifecycle.autoDispatch(scope, leadIds.slice(i, i + DISPATCH_BATCH));
          await scope.execute(`UPDATE lead_import SET dispatched_count = dispatched_count + $2 WHERE id = $1`, [importId, dispatched.length]);
        }, viewer);
      }
      await this.report(`UPDATE lead_import SET status = 'DONE', finished_at = now() WHERE id = $1 AND status = 'RUNNING'`, [importId]);
    } catch (err) {
      // The leads are written; those not dispatched wait on the board for dispatch by hand.
      logger.error({ err, importId }, 'dispatch of imported leads stopped');
      const reason: CsvRowError = { line: 1, field: 'dispatch', reason: 'stopped before every lead was dispatched; the others wait for dispatch on the board' };
      await this.report(`UPDATE lead_import SET status = 'DONE', errors = $2, error_count = 1, finished_at = now() WHERE id = $1 AND status = 'RUNNING'`,
        [importId, JSON.stringify([reason])]);
    }
  }

  private report(sql: string, params: unknown[]): Promise<unknown> {
    return this.scopes.runSystem('lead-import: progress', (scope) => scope.execute(sql, params));
  }
}
