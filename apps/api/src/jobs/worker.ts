import { setTimeout as sleep } from 'node:timers/promises';
import { Pool } from 'pg';
import { run, Runner, Task, TaskList } from 'graphile-worker';
import { logger } from '../logger';
import { workerLogger } from './worker-logger';
import type { Mailer, MailMessage } from '../access/mailer';
import type { TaskName, TaskPayloads } from '../access/jobs';
import type { Scopes } from '../access/scope';
import type { LeadLifecycle } from '../modules/leads/lead-lifecycle';
import type { LeadImportService } from '../modules/leads/lead-import.service';
import type { MdfService } from '../modules/mdf/mdf.service';
import type { KpiRollup } from '../modules/analytics/kpi-rollup';
import type { SignalService } from '../modules/analytics/signals';
import type { OnboardingService } from '../modules/programs/onboarding.service';
import type { TierRulesService } from '../modules/programs/tier-rules.service';
import type { IncentiveService } from '../modules/programs/incentive.service';
import { addMonths, monthOf } from '../domain/kpi';
import { enqueue } from '../access/jobs';
import type { NotificationKind } from '../access/notifications';
import { notificationMail as composeNotificationMail } from '../access/notification-mail';

export interface WorkerDeps {
  mailer: Mailer;
  /** Where the SPA is, for links in mails. */
  publicUrl?: string;
  /** Days a lead keeps its customer's personal data (the daily lead_retention job). */
  leadRetentionDays?: number;
  /** The lead timers' work: system scopes and the lead lifecycle (a worker without them runs mail only). */
  leads?: { scopes: Scopes; lifecycle: LeadLifecycle; imports?: LeadImportService };
  /** The daily mdf_expiry job's work: funds past their claim deadline return what was not claimed. */
  mdf?: MdfService;
  /** The KPI rollups and signals (modules/analytics). */
  analytics?: { rollup: KpiRollup; signals: SignalService };
  /** The onboarding checklists' review (modules/programs). */
  onboarding?: OnboardingService;
  /** The tier rules' daily evaluation (modules/programs). */
  tierRules?: TierRulesService;
  /** The incentives' hourly computation (modules/programs). */
  incentives?: IncentiveService;
}

/** A job's payload of another shape (written by another version): failed, kept with this message. */
class BadPayload extends Error {
  override name = 'BadPayload';
}

function isMail(payload: unknown): payload is MailMessage {
  const p = payload as Partial<MailMessage> | null;
  return typeof p?.to === 'string' && typeof p.subject === 'string' && typeof p.text === 'string';
}

/** Each task by name; a task throws to be retried later (graphile-worker backs off exponentially). */
export function tasks(deps: WorkerDeps): { [K in TaskName]: (payload: TaskPayloads[K]) => Promise<void> } & TaskList {
  const sendMail: Task = async (payload) => {
    if (!isMail(payload)) throw new BadPayload('send_mail needs to, subject and text');
    if (!deps.mailer.enabled) {
      logger.info({ to: payload.to, subject: payload.subject }, 'mail not sent: no SMTP_URL is set');
      return;
    }
    await deps.mailer.send(payload);
  };
  const leadSlaExpired: Task = async (payload) => {
    const p = payload as Partial<TaskPayloads['lead_sla_expired']> | null;
    if (typeof p?.leadId !== 'string' || typeof p.eventId !== 'string') throw new BadPayload('lead_sla_expired needs leadId and eventId');
    if (!deps.leads) throw new Error('this worker was started without the lead lifecycle');
    const { scopes, lifecycle } = deps.leads;
    const expired = await scopes.runSystem('lead timer', (scope) => lifecycle.expire(scope, p.leadId!, p.eventId!));
    logger.info({ leadId: p.leadId, expired }, expired ? 'lead not accepted in time: back to dispatch' : 'lead timer no longer due');
  };
  const leadAutoDispatch: Task = async (payload) => {
    const p = payload as Partial<TaskPayloads['lead_auto_dispatch']> | null;
    if (typeof p?.leadId !== 'string') throw new BadPayload('lead_auto_dispatch needs leadId');
    if (!deps.leads) throw new Error('this worker was started without the lead lifecycle');
    const { scopes, lifecycle } = deps.leads;
    const dispatched = await scopes.runSystem('lead redispatch', (scope) => lifecycle.redispatch(scope, p.leadId!));
    logger.info({ leadId: p.leadId, dispatched }, dispatched ? 'lead sent to the next best partner' : 'lead left for dispatch by hand');
  };
  const leadSlaWarning: Task = async (payload) => {
    const p = payload as Partial<TaskPayloads['lead_sla_warning']> | null;
    if (typeof p?.leadId !== 'string' || typeof p.eventId !== 'string') throw new BadPayload('lead_sla_warning needs leadId and eventId');
    if (!deps.leads) throw new Error('this worker was started without the lead lifecycle');
    const { scopes, lifecycle } = deps.leads;
    const warned = await scopes.runSystem('lead timer warning', (scope) => lifecycle.warn(scope, p.leadId!, p.eventId!));
    logger.info({ leadId: p.leadId, warned }, warned ? 'lead close to its time to accept: managers warned' : 'lead warning no longer due');
  };
  const notificationMail: Task = async (payload) => {
    const p = payload as Partial<TaskPayloads['notification_mail']> | null;
    if (typeof p?.notificationId !== 'string') throw new BadPayload('notification_mail needs notificationId');
    if (!deps.leads) throw new Error('this worker was started without its scopes');
    const [row] = await deps.leads.scopes.runSystem('notification mail', (scope) => scope.query<{
      kind: NotificationKind; reference: string | null; email: string; displayName: string; locale: string; role: string;
    }>(
      `SELECT n.kind, n.reference AS reference, u.email, u.display_name AS "displayName", u.locale, u.role
         FROM notification n JOIN app_user u ON u.id = n.user_id WHERE n.id = $1 AND n.read_at IS NULL AND u.active`,
      [p.notificationId],
    ));
    // Read in the app already, or its recipient gone: nothing to send.
    if (!row) return;
    const portal = row.role.startsWith('PARTNER') ? '/partner' : '/channel';
    const page = row.kind === 'CHANNEL_SIGNAL' ? '/channel/performance/signals'
      : row.kind === 'POLICY_PUBLISHED' ? `${portal}/policies`
        : row.kind === 'ANNOUNCEMENT_PUBLISHED' ? `${portal}/announcements`
          : `${portal}/${row.kind.startsWith('REGISTRATION') ? 'registrations' : 'leads'}`;
    const leads = `${deps.publicUrl ?? ''}${page}`;
    const mail = composeNotificationMail(row, row.kind, row.reference, leads);
    if (!deps.mailer.enabled) {
      logger.info({ to: mail.to, subject: mail.subject }, 'mail not sent: no SMTP_URL is set');
      return;
    }
    await deps.mailer.send(mail);
  };
  const leadRetention: Task = async () => {
    if (!deps.leads) throw new Error('this worker was started without the lead lifecycle');
    const { scopes, lifecycle } = deps.leads;
    const days = deps.leadRetentionDays ?? 730;
    const erased = await scopes.runSystem('lead retention', (scope) => lifecycle.eraseExpired(scope, days));
    logger.info({ erased, days }, 'personal data of leads past the retention period erased');
  };
  const leadImport: Task = async (payload) => {
    const p = payload as Partial<TaskPayloads['lead_import']> | null;
    if (typeof p?.importId !== 'string') throw new BadPayload('lead_import needs importId');
    if (!deps.leads?.imports) throw new Error('this worker was started without the lead import');
    await deps.leads.imports.run(p.importId);
    logger.info({ importId: p.importId }, 'lead import run');
  };
  const mdfExpiry: Task = async () => {
    if (!deps.leads || !deps.mdf) throw new Error('this worker was started without the MDF service');
    const { scopes } = deps.leads;
    const mdf = deps.mdf;
    const due = await scopes.runSystem('mdf expiry: due funds', (scope) => mdf.fundsPastDeadline(scope));
    for (const fundId of due) {
      // Each fund in its own transaction: one that must wait (a claim not yet decided) does not hold back the others.
      await scopes.runSystem('mdf expiry', (scope) => mdf.expireFund(scope, fundId)).then(
        () => logger.info({ fundId }, 'MDF fund expired: what was not claimed returned to the fund'),
        (err: unknown) => logger.warn({ fundId, reason: (err as Error).message }, 'MDF fund not expired yet; tried again tomorrow'),
      );
    }
  };
  const kpiRollup: Task = async () => {
    if (!deps.leads || !deps.analytics) throw new Error('this worker was started without the analytics services');
    const { scopes } = deps.leads;
    const { rollup } = deps.analytics;
    const lastFinished = addMonths(monthOf(new Date()), -1);
    // Marked cells in runs of RUN_LIMIT, each its own transaction; a finished month touched asks for its signals again.
    for (let run = 0; run < 20; run += 1) {
      const done = await scopes.runSystem('kpi rollup', async (scope) => {
        const cells = await rollup.refresh(scope);
        if (cells.some((c) => c.month <= lastFinished)) await enqueue(scope, 'kpi_signals', { month: lastFinished }, { key: 'kpi-signals' });
        return cells.length;
      });
      if (done) logger.info({ cells: done }, 'KPI rollups brought up to date');
      if (done < 1000) break;
    }
  };
  const kpiSignals: Task = async (payload) => {
    const p = payload as Partial<TaskPayloads['kpi_signals']> | null;
    if (!deps.leads || !deps.analytics) throw new Error('this worker was started without the analytics services');
    const month = typeof p?.month === 'string' && /^\d{4}-\d{2}-01$/.test(p.month) ? p.month : addMonths(monthOf(new Date()), -1);
    const { signals } = deps.analytics;
    const result = await deps.leads.scopes.runSystem('kpi signals', (scope) => signals.evaluate(scope, month));
    logger.info(result, 'signal rules judged a month');
  };
  const onboardingReview: Task = async () => {
    if (!deps.leads || !deps.onboarding) throw new Error('this worker was started without the onboarding service');
    const onboarding = deps.onboarding;
    const activated = await deps.leads.scopes.runSystem('onboarding review', (scope) => onboarding.review(scope));
    if (activated.length) logger.info({ activated }, 'partners with a complete onboarding checklist activated');
  };
  const tierReview: Task = async () => {
    if (!deps.leads || !deps.tierRules) throw new Error('this worker was started without the tier rules');
    const tierRules = deps.tierRules;
    const result = await deps.leads.scopes.runSystem('tier review', (scope) => tierRules.evaluate(scope));
    logger.info(result, 'partners measured against the tier criteria');
  };
  const incentiveAccrual: Task = async () => {
    if (!deps.leads || !deps.incentives) throw new Error('this worker was started without the incentives');
    const incentives = deps.incentives;
    const result = await deps.leads.scopes.runSystem('incentive accrual', (scope) => incentives.compute(scope));
    if (result.accruals || result.statements) logger.info(result, 'incentive accruals brought up to date');
  };
  return {
    kpi_rollup: kpiRollup, kpi_signals: kpiSignals,
    lead_retention: leadRetention, lead_import: leadImport, mdf_expiry: mdfExpiry,
    send_mail: sendMail, lead_sla_expired: leadSlaExpired, lead_auto_dispatch: leadAutoDispatch, lead_sla_warning: leadSlaWarning,
    notification_mail: notificationMail, onboarding_review: onboardingReview, tier_review: tierReview, incentive_accrual: incentiveAccrual,
  } as never;
}

export interface Worker {
  stop(): Promise<void>;
}

/**
 * Runs queued jobs with `concurrency` at once, on a pool of its own (one connection listens for new jobs,
 * the others run them): jobs never take a request's connections. Jobs of any instance's queue are taken
 * by whichever worker locks them first; a job whose worker died while running it is retried once its lock
 * expires (graphile-worker: 4 hours), so tasks are written to be safe to run again.
 */
export async function startWorker(url: string, concurrency: number, deps: WorkerDeps): Promise<Worker> {
  const pool = new Pool({ connectionString: url, max: concurrency + 2 });
  pool.on('error', (err) => logger.warn({ err }, 'a job worker connection failed'));
  // pool.end() resolves once every connection has been told to close, not once each has: PostgreSQL stopped
  // right after (the embedded server, at Ctrl-C) would end those still closing, and they would log errors.
  let open = 0;
  let allClosed: (() => void) | undefined;
  pool.on('connect', () => {
    open += 1;
  });
  pool.on('remove', () => {
    open -= 1;
    if (open === 0) allClosed?.();
  });
  let runner: Runner;
  try {
    // Daily at 03:00 (the server's time); a day missed while no worker ran is caught up within a day.
    runner = await run({
      pgPool: pool, concurrency, noHandleSignals: true, pollInterval: 2000, taskList: tasks(deps), logger: workerLogger,
      crontab: '0 3 * * * lead_retention ?fill=1d\n15 3 * * * mdf_expiry ?fill=1d\n* * * * * kpi_rollup\n30 0 1 * * kpi_signals ?fill=2d\n*/10 * * * * onboarding_review\n30 4 * * * tier_review ?fill=1d\n20 * * * * incentive_accrual',
    });
  } catch (err) {
    await pool.end().catch(() => undefined);
    throw err;
  }
  logger.info({ concurrency }, 'job worker started');
  return {
    async stop() {
      // A runner that stopped itself (it met a schema newer than it knows) says so here: stop the rest anyway.
      await runner.stop().catch((err: unknown) => logger.warn({ err }, 'the job worker had stopped already'));
      const closed = open === 0 ? Promise.resolve() : new Promise<void>((resolve) => (allClosed = resolve));
      await pool.end();
      // Each connection's end, within a bound: a server that no longer answers must not hold the stop.
      await Promise.race([closed, sleep(5_000, undefined, { ref: false })]);
    },
  };
}
