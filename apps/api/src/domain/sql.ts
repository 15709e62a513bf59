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

export type WriteOutcome = 'CHANGED' | 'UNCHANGED' | 'MISSING';

/**
 * Writes `values` into the row `id` of `table` only when one of them differs from what is stored, in one
 * conditional statement: of parallel identical changes exactly one reports CHANGED (the others wait for
 * its row lock, then find nothing left to change), and a repeated change writes nothing at all.
 * `table` and the keys of `values` are column names from code, never from input. `touch` names a
 * timestamp column set to now() with a real change.
 */
export async function updateIfChanged(
  manager: EntityManager,
  table: string,
  id: string,
  values: Record<string, unknown>,
  touch?: string,
): Promise<WriteOutcome> {
  const columns = Object.keys(values);
  const params = [id, ...columns.map((c) => values[c])];
  const sets = columns.map((c, i) => `${c} = $${i + 2}`);
  const differs = columns.map((c, i) => `${c} IS DISTINCT FROM $${i + 2}`);
  const changed = await returningRows(manager,
    `UPDATE ${table} SET ${[...sets, ...(touch ? [`${touch} = now()`] : [])].join(', ')}
      WHERE id = $1 AND (${differs.join(' OR ')}) RETURNING id`,
    params,
  );
  if (changed.length) return 'CHANGED';
  const [exists] = await manager.query(`SELECT 1 FROM ${table} WHERE id = $1`, [id]);
  return exists ? 'UNCHANGED' : 'MISSING';
}

/**
 * Plain rows made instances of their GraphQL class, in place. type-graphql hands a field resolver's typed
 * `@Root()` a copy when it is a plain object (a new instance per field resolver call, twice): a nested
 * list then copied every partner a dozen times. Rows must carry the class's properties already.
 */
export function instancesOf<T extends object>(type: abstract new (...args: never[]) => T, rows: object[]): T[] {
  for (const row of rows) Object.setPrototypeOf(row, type.prototype);
  return rows as T[];
}
