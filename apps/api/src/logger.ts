import pino from 'pino';
import { Logger as WorkerLogger } from 'graphile-worker';

export const logger = pino({
  level: process.env.LOG_LEVEL || (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
  base: undefined,
});

/** graphile-worker's (the job queue's) log lines through this logger; its "warning" is pino's "warn". */
export const workerLogger = new WorkerLogger((scope) => (level, message, meta) => {
  const line = { jobs: { ...scope, ...(meta ?? {}) } };
  if (level === 'error') logger.error(line, message);
  else if (level === 'warning') logger.warn(line, message);
  else if (level === 'info') logger.info(line, message);
  else logger.debug(line, message);
});
