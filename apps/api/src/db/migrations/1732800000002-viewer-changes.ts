import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Tells the viewer cache (access/viewer-cache.ts) that a cached viewer may have changed: statement-level
 * triggers on what trellis_authenticate reads (sessions, tokens, users, partners) NOTIFY `trellis_viewers`
 * at commit (every instance's listener clears its cache) and set `trellis.viewers_changed` for the
 * transaction (the instance that commits reads it in the COMMIT's round trip and clears its cache before it
 * answers). Only the columns the lookup reads: not a token's last_used_at, which the lookup itself writes.
 * A statement that touches no row still fires, as does a TRUNCATE: a harmless extra clear. The triggers run as whoever writes
 * (trellis_app, trellis_auth, trellis_public, the owner); pg_notify and set_config need no grant.
 */
export class ViewerChanges1732800000002 implements MigrationInterface {
  name = 'ViewerChanges1732800000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION trellis_viewers_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        PERFORM pg_notify('trellis_viewers', '');
        PERFORM set_config('trellis.viewers_changed', 'on', true);
        RETURN NULL;
      END
      $fn$;
      CREATE TRIGGER trellis_viewers_changed AFTER UPDATE OR DELETE OR TRUNCATE ON user_session
        FOR EACH STATEMENT EXECUTE FUNCTION trellis_viewers_changed();
      CREATE TRIGGER trellis_viewers_changed AFTER DELETE OR TRUNCATE OR UPDATE OF revoked_at, expires_at, user_id, token_hash ON api_token
        FOR EACH STATEMENT EXECUTE FUNCTION trellis_viewers_changed();
      CREATE TRIGGER trellis_viewers_changed AFTER DELETE OR TRUNCATE OR UPDATE OF role, active, partner_id, email, display_name ON app_user
        FOR EACH STATEMENT EXECUTE FUNCTION trellis_viewers_changed();
      CREATE TRIGGER trellis_viewers_changed AFTER INSERT OR DELETE OR TRUNCATE OR UPDATE OF status, parent_id ON partner
        FOR EACH STATEMENT EXECUTE FUNCTION trellis_viewers_changed();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER trellis_viewers_changed ON partner;
      DROP TRIGGER trellis_viewers_changed ON app_user;
      DROP TRIGGER trellis_viewers_changed ON api_token;
      DROP TRIGGER trellis_viewers_changed ON user_session;
      DROP FUNCTION trellis_viewers_changed();
    `);
  }
}
