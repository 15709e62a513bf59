import { GraphQLError, parse } from 'graphql';
import type { Scope } from './scope';
import { SavedQuery } from './saved-query.entity';
import { BadInput, LimitExceeded, NotFound } from '../domain/errors';

const MAX_SAVED_QUERIES = 200;
const COLUMNS = `id, name, query, variables, created_at AS "createdAt", updated_at AS "updatedAt"`;

/**
 * The workbench's saved queries: each user's own (row-level security shows a user only its rows; the
 * statements name the user too, so that a foreign id is simply not found).
 */
export class SavedQueryService {
  /** The viewer's saved queries by name. */
  list(scope: Scope): Promise<SavedQuery[]> {
    return scope.query<SavedQuery>(
      `SELECT ${COLUMNS} FROM saved_query WHERE user_id = $1 ORDER BY name, id`, [scope.user.userId], 'saved-query.list');
  }

  /**
   * Saves the text under the name: a new row, or the viewer's row of that name replaced. The same text
   * again writes nothing (the upsert's update is conditional) and answers the row as it is.
   */
  async save(scope: Scope, input: { name: string; query: string; variables?: string | null }): Promise<SavedQuery> {
    const name = input.name.trim();
    const variables = input.variables?.trim() ? input.variables : null;
    const reason = parseFailure(input.query);
    if (reason) throw new BadInput('query', reason);
    const userId = scope.user.userId;
    // One writer per user at a time, so that the limit holds under parallel saves.
    await scope.execute(`SELECT 1 FROM app_user WHERE id = $1 FOR UPDATE`, [userId], 'saved-query.lock-user');
    const [{ count, exists }] = await scope.query<{ count: number; exists: boolean }>(
      `SELECT count(*)::int AS count, bool_or(name = $2) IS TRUE AS exists FROM saved_query WHERE user_id = $1`, [userId, name], 'saved-query.count');
    if (!exists && count >= MAX_SAVED_QUERIES) throw new LimitExceeded(`At most ${MAX_SAVED_QUERIES} saved queries; delete one first`);
    const { rows } = await scope.execute<SavedQuery>(
      `INSERT INTO saved_query (user_id, name, query, variables) VALUES ($1, $2, $3, $4)
       ON CONFLICT (user_id, name) DO UPDATE SET query = EXCLUDED.query, variables = EXCLUDED.variables, updated_at = now()
        WHERE (saved_query.query, saved_query.variables) IS DISTINCT FROM (EXCLUDED.query, EXCLUDED.variables)
       RETURNING ${COLUMNS}`,
      [userId, name, input.query, variables],
      'saved-query.save',
    );
    if (rows.length) return rows[0];
    const [unchanged] = await scope.query<SavedQuery>(
      `SELECT ${COLUMNS} FROM saved_query WHERE user_id = $1 AND name = $2`, [userId, name], 'saved-query.by-name');
    return unchanged;
  }

  /** Deletes one of the viewer's saved queries; another user's, or one already gone, is NOT_FOUND. */
  async delete(scope: Scope, id: string): Promise<string> {
    const { affected } = await scope.execute(
      `DELETE FROM saved_query WHERE id = $1 AND user_id = $2`, [id, scope.user.userId], 'saved-query.delete');
    if (!affected) throw new NotFound('Saved query', id);
    return id;
  }
}

/** Why the text is not a GraphQL document, or null when it is one. */
function parseFailure(text: string): string | null {
  try {
    parse(text);
    return null;
  } catch (error) {
    // The place, not graphql-js's message: that quotes the text back, which may be anything.
    const at = (error as GraphQLError).locations?.[0];
    return at ? `must be a GraphQL document (it does not parse at line ${at.line}, column ${at.column})` : 'must be a GraphQL document';
  }
}
