import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * trellis_auth: the role of access's credential work (resolving a session or API token, sign-in and its
 * counters, invitations, the showroom lead counter). Requests used to do that as the owner, on a second
 * pooled connection; now it runs on the request's own connection under this role, which can read and
 * touch exactly those tables and nothing of the business data.
 */
export class CredentialsRole1732700000000 implements MigrationInterface {
  name = 'CredentialsRole1732700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      DO $$ BEGIN
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'trellis_auth') THEN CREATE ROLE trellis_auth NOLOGIN; END IF;
        IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
          EXECUTE format('GRANT trellis_auth TO %I', current_user);
        END IF;
      END $$;
      GRANT USAGE ON SCHEMA public TO trellis_auth;
      GRANT SELECT, INSERT, DELETE ON user_session TO trellis_auth;
      GRANT SELECT, UPDATE (last_used_at) ON api_token TO trellis_auth;
      GRANT SELECT, UPDATE (used_at) ON invitation TO trellis_auth;
      GRANT SELECT, UPDATE (password_hash, has_password) ON app_user TO trellis_auth;
      GRANT SELECT (id, parent_id, status) ON partner TO trellis_auth;
      GRANT SELECT, INSERT, UPDATE, DELETE ON login_limit, showroom_limit TO trellis_auth;
      CREATE POLICY app_user_auth ON app_user TO trellis_auth USING (true) WITH CHECK (true);
      CREATE POLICY partner_auth ON partner FOR SELECT TO trellis_auth USING (true);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP POLICY partner_auth ON partner;
      DROP POLICY app_user_auth ON app_user;
      REVOKE ALL ON user_session, api_token, invitation, app_user, partner, login_limit, showroom_limit FROM trellis_auth;
      REVOKE USAGE ON SCHEMA public FROM trellis_auth;
    `);
  }
}
