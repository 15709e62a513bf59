import type { Scope } from './scope';
import type { MailMessage } from './mailer';

/**
 * Background work, queued in PostgreSQL (graphile-worker's schema) by the change that causes it: the job is
 * a row written in the same transaction, so a rolled-back change leaves no job and a committed one never
 * loses it. Workers (src/jobs/worker.ts) run the tasks, in every API instance or alone (`pnpm worker`).
 *
 * The payload of each task, by name: a task and its payload are checked here at compile time, and the
 * worker refuses a payload of another shape (a job written by an older or newer version).
 */
export interface TaskPayloads {
  /** One email, sent through SMTP when configured, logged otherwise (the outbox). */
  send_mail: MailMessage;
  /** A dispatched lead's time to be accepted is up (modules/leads/lead-lifecycle.ts); eventId: that dispatch's. */
  lead_sla_expired: { leadId: string; eventId: string };
  /** A lead went back to dispatch (declined): the next best partner gets it, when the dispatch rules say so. */
  lead_auto_dispatch: { leadId: string };
  /** A lead waiting for its partner is close to its time to accept: the partner's managers are warned. */
  lead_sla_warning: { leadId: string; eventId: string };
  /** One notification's mail, in its recipient's language (access/notifications.ts). */
  notification_mail: { notificationId: string };
  /** A checked lead CSV file: its leads are written in one transaction, then dispatched when asked (modules/leads/lead-import.service.ts). */
  lead_import: { importId: string };
  /** Daily (graphile-worker's crontab): leads past the retention period lose their personal data. */
  lead_retention: Record<string, unknown>;
  /** Daily (graphile-worker's crontab): MDF funds past their claim deadline return what was not claimed (modules/mdf). */
  mdf_expiry: Record<string, unknown>;
  /** Every minute (graphile-worker's crontab) and on request: the KPI rollups' marked cells are recomputed (modules/analytics). */
  kpi_rollup: Record<string, unknown>;
  /** After a rollup that touched a finished month, and monthly: the signal rules judge that month (YYYY-MM-01). */
  kpi_signals: { month?: string };
  /** Every 10 minutes (graphile-worker's crontab): ONBOARDING partners whose checklist is complete become ACTIVE (modules/programs). */
  onboarding_review: Record<string, unknown>;
  /** Daily (graphile-worker's crontab): every active partner measured against the tier criteria; promotions and demotions proposed (modules/programs). */
  tier_review: Record<string, unknown>;
  /** Hourly (graphile-worker's crontab): incentive accruals brought up to date, ended periods settled into statements (modules/programs). */
  incentive_accrual: Record<string, unknown>;
}

export type TaskName = keyof TaskPayloads;

export interface JobOptions {
  /** Not before this time (a timer). */
  runAt?: Date;
  /**
   * At most one waiting job per key: queueing again under the same key replaces the waiting job (its
   * payload and time), so a timer that is set again moves instead of firing twice.
   */
  key?: string;
  /** Attempts before the job is given up (kept, with its last error, for an operator). Default 25. */
  maxAttempts?: number;
}

/**
 * Queues a job in the scope's transaction. Request roles may not touch graphile-worker's tables: they call
 * trellis_enqueue, which accepts only known task names and queues as its owner (see the job-queue migration).
 */
export async function enqueue<T extends TaskName>(scope: Scope, task: T, payload: TaskPayloads[T], options: JobOptions = {}): Promise<void> {
  await scope.execute(
    'SELECT trellis_enqueue($1, $2::json, $3::timestamptz, $4, $5::int)',
    [task, JSON.stringify(payload), options.runAt ?? null, options.key ?? null, options.maxAttempts ?? null],
    'jobs.enqueue',
  );
}
