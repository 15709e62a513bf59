import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * trellis_open_showroom(slug): an enabled showroom of an active partner by its slug, in one statement
 * that also makes the connection's settings those of that showroom's public view (trellis.partner_ids
 * holds its partner). A public request then reads the showroom's offers with no further setup round
 * trip. It runs as trellis_public (SECURITY DEFINER, owned by that role): it reads what the public may.
 * An unknown slug leaves the settings of the public view of no partner.
 */
export class OpenShowroomFunction1732800000001 implements MigrationInterface {
  name = 'OpenShowroomFunction1732800000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION trellis_open_showroom(wanted text)
      RETURNS TABLE (slug text, display_name text, accent_color text, welcome_text text, contact_email text, contact_phone text,
                     prices_gross boolean, vat_percent float8, logo_content_type text, updated_at timestamptz, partner json)
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
      AS $fn$
      #variable_conflict use_column
      DECLARE
        found record;
      BEGIN
        PERFORM set_config('trellis.role', 'PUBLIC', false), set_config('trellis.all_partners', 'off', false),
                set_config('trellis.partner_ids', '{}', false), set_config('trellis.user_id', '', false);
        SELECT s.slug::text AS slug, s.display_name::text AS display_name, s.accent_color::text AS accent_color,
               s.welcome_text::text AS welcome_text, s.contact_email::text AS contact_email, s.contact_phone::text AS contact_phone,
               s.prices_gross, s.vat_percent::float8 AS vat_percent, s.logo_content_type::text AS logo_content_type, s.updated_at,
               p.id AS partner_id,
               json_build_object('id', p.id, 'code', p.code, 'name', p.name, 'kind', p.kind, 'city', p.city, 'postalCode', p.postal_code,
                 'country', p.country, 'latitude', p.latitude, 'longitude', p.longitude, 'showroomSlug', p.showroom_slug) AS partner
          INTO found
          FROM showroom s JOIN public_partner p ON p.id = s.partner_id
         WHERE s.slug = wanted AND s.enabled;
        IF found.partner_id IS NULL THEN
          RETURN;
        END IF;
        PERFORM set_config('trellis.partner_ids', '{' || found.partner_id::text || '}', false);
        RETURN QUERY SELECT found.slug, found.display_name, found.accent_color, found.welcome_text, found.contact_email,
          found.contact_phone, found.prices_gross, found.vat_percent, found.logo_content_type, found.updated_at, found.partner;
      END
      $fn$;

      GRANT CREATE ON SCHEMA public TO trellis_public;
      ALTER FUNCTION trellis_open_showroom(text) OWNER TO trellis_public;
      REVOKE CREATE ON SCHEMA public FROM trellis_public;
      REVOKE ALL ON FUNCTION trellis_open_showroom(text) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION trellis_open_showroom(text) TO trellis_app, trellis_public, trellis_auth;
      DO $$ BEGIN EXECUTE format('GRANT EXECUTE ON FUNCTION trellis_open_showroom(text) TO %I', current_user); END $$;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION trellis_open_showroom(text)`);
  }
}
