import { Logger } from 'graphile-worker';
import { logger } from '../logger';

/**
 * graphile-worker's (the job queue's) log lines through this logger; its "warning" is pino's "warn". A job
 * is logged by id, task and attempts only: its payload may carry secrets (an invitation mail's one-time link).
 */
export const workerLogger = new Logger((scope) => (level, message, meta) => {
  const { job, error, ...rest } = (meta ?? {}) as { job?: { id: string; task_identifier: string; attempts: number }; error?: unknown };
  const line = {
    jobs: { ...scope, ...rest, ...(job ? { jobId: job.id, task: job.task_identifier, attempts: job.attempts } : {}) },
    ...(error ? { err: error } : {}),
  };
  if (level === 'error') logger.error(line, message);
  else if (level === 'warning') logger.warn(line, message);
  else logger.debug(line, message); // its info lines (worker connected, job completed) are routine
});
