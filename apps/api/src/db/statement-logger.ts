import { Logger, QueryRunner } from 'typeorm';
import { logger } from '../logger';
import type { StatementStats } from '../access/connection';

interface RunnerData {
  stats?: StatementStats;
}

/**
 * TypeORM's logger hook, used to count the statements each request sends through TypeORM (the setup, the
 * commit and plain statements are counted by the connection itself) and to log slow or failed queries.
 */
export class StatementLogger implements Logger {
  logQuery(_query: string, _parameters?: unknown[], runner?: QueryRunner): void {
    const data = runner?.data as RunnerData | undefined;
    if (data?.stats) {
      data.stats.statements += 1;
      data.stats.roundTrips += 1;
    }
  }
  logQueryError(error: string | Error, query: string): void {
    logger.debug({ err: error, query }, 'query failed');
  }
  logQuerySlow(time: number, query: string): void {
    logger.warn({ ms: time, query }, 'slow query');
  }
  logSchemaBuild(): void {}
  logMigration(message: string): void {
    logger.info(message);
  }
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') logger.warn(String(message));
  }
}
