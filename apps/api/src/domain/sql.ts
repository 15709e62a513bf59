import { EntityManager } from 'typeorm';

/**
 * The rows an UPDATE or DELETE ... RETURNING gave back. TypeORM's manager.query answers such statements
 * with [rows, affectedCount] instead of rows, which makes `result.length` silently wrong.
 */
export async function returningRows<T>(manager: EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  // A manager without a runner would take a second pooled connection: only scopes' managers may come here.
  if (!manager.queryRunner) throw new Error('returningRows needs a scope\'s manager');
  return (await manager.queryRunner.query(sql, params, true)).records as T[];
}

/** A LIKE pattern matching text anywhere, case-folded, with the user's % and _ taken literally. */
export const likePattern = (text: string): string => `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
