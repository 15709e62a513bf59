import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * trellis_authenticate(credential, hash): the viewer behind a session cookie or API token, in one
 * statement that a request sends under whatever identity its connection carries. It runs as
 * trellis_auth (SECURITY DEFINER, owned by that role), first clears the connection's viewer settings, then,
 * when the credential is good, sets them to the viewer's (role, all partners or the visible partner
 * ids, user id) and answers the viewer's row, with the all-partners setting it applied and when the
 * credential expires (the viewer cache keeps no viewer past it; a token without expiry answers NULL). So a request
 * whose connection already acts as a signed-in viewer needs no further setup round trip. A token's last
 * use is written at most once a minute. pg_temp comes last on its search path: no temporary table can
 * stand in for the credentials tables.
 *
 * The partner rules are the partners module's (access/partner-directory.ts states them for access):
 * a partner user sees its own partner and that partner's children; users of a suspended or terminated
 * partner cannot sign in.
 */
export class AuthenticateFunction1732800000000 implements MigrationInterface {
  name = 'AuthenticateFunction1732800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION trellis_authenticate(credential text, hash bytea)
      RETURNS TABLE (id uuid, role text, email text, display_name text, partner_id uuid, partner_ids uuid[], session_id uuid, all_partners boolean, expires_at timestamptz)
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
      AS $fn$
      #variable_conflict use_column
      DECLARE
        found record;
        visible uuid[];
        brand boolean;
      BEGIN
        PERFORM set_config('trellis.role', 'NONE', false), set_config('trellis.all_partners', 'off', false),
                set_config('trellis.partner_ids', '{}', false), set_config('trellis.user_id', '', false);
        IF credential = 'SESSION' THEN
          SELECT u.id, u.role, u.email::text AS email, u.display_name, u.partner_id, c.id AS session_id, c.expires_at INTO found
            FROM user_session c JOIN app_user u ON u.id = c.user_id
           WHERE c.token_hash = hash AND c.expires_at > now() AND u.active;
        ELSIF credential = 'API_TOKEN' THEN
          SELECT u.id, u.role, u.email::text AS email, u.display_name, u.partner_id, NULL::uuid AS session_id, c.expires_at INTO found
            FROM api_token c JOIN app_user u ON u.id = c.user_id
           WHERE c.token_hash = hash AND c.revoked_at IS NULL AND (c.expires_at IS NULL OR c.expires_at > now()) AND u.active;
        ELSE
          RAISE EXCEPTION 'unknown credential %', credential;
        END IF;
        IF found.id IS NULL THEN
          RETURN;
        END IF;
        IF found.partner_id IS NOT NULL THEN
          IF NOT EXISTS (SELECT 1 FROM partner own WHERE own.id = found.partner_id AND own.status NOT IN ('SUSPENDED', 'TERMINATED')) THEN
            RETURN;
          END IF;
          visible := ARRAY(SELECT found.partner_id UNION ALL SELECT child.id FROM partner child WHERE child.parent_id = found.partner_id);
        END IF;
        IF credential = 'API_TOKEN' THEN
          UPDATE api_token SET last_used_at = now()
           WHERE token_hash = hash AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute');
        END IF;
        brand := found.partner_id IS NULL;
        PERFORM set_config('trellis.role', found.role, false),
                set_config('trellis.all_partners', CASE WHEN brand THEN 'on' ELSE 'off' END, false),
                set_config('trellis.partner_ids', CASE WHEN brand THEN '{}' ELSE visible::text END, false),
                set_config('trellis.user_id', found.id::text, false);
        RETURN QUERY SELECT found.id, found.role, found.email, found.display_name, found.partner_id, visible, found.session_id, brand, found.expires_at;
      END
      $fn$;

      -- Owned by trellis_auth, so that it reads exactly what that role may read. Changing the owner needs
      -- CREATE on the schema for the new owner (a superuser needs nothing): granted for the change only.
      GRANT CREATE ON SCHEMA public TO trellis_auth;
      ALTER FUNCTION trellis_authenticate(text, bytea) OWNER TO trellis_auth;
      REVOKE CREATE ON SCHEMA public FROM trellis_auth;
      REVOKE ALL ON FUNCTION trellis_authenticate(text, bytea) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION trellis_authenticate(text, bytea) TO trellis_app, trellis_public, trellis_auth;
      DO $$ BEGIN EXECUTE format('GRANT EXECUTE ON FUNCTION trellis_authenticate(text, bytea) TO %I', current_user); END $$;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION trellis_authenticate(text, bytea)`);
  }
}
