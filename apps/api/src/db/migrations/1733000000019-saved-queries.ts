import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The GraphQL workbench's saved queries: one user's own preferences, not business data. Each user reads
 * and writes only its own rows (row-level security on trellis.user_id, as for notifications); a system
 * scope, which has no user, sees none. A name is unique per user: saving under it again replaces the text.
 */
export class SavedQueries1733000000019 implements MigrationInterface {
  name = 'SavedQueries1733000000019';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE saved_query (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 120),
        query text NOT NULL CHECK (char_length(query) BETWEEN 1 AND 100000),
        variables text CHECK (char_length(variables) <= 20000),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT saved_query_name_unique UNIQUE (user_id, name)
      );
      GRANT SELECT, INSERT, UPDATE (query, variables, updated_at), DELETE ON saved_query TO trellis_app;
      ALTER TABLE saved_query ENABLE ROW LEVEL SECURITY;
      ALTER TABLE saved_query FORCE ROW LEVEL SECURITY;
      CREATE POLICY saved_query_own ON saved_query TO trellis_app
        USING (user_id = nullif((SELECT current_setting('trellis.user_id', true)), '')::uuid)
        WITH CHECK (user_id = nullif((SELECT current_setting('trellis.user_id', true)), '')::uuid);
      CREATE POLICY saved_query_owner ON saved_query TO CURRENT_USER USING (true) WITH CHECK (true);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE saved_query`);
  }
}
