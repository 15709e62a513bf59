import { MigrationInterface, QueryRunner } from 'typeorm';
import { OpenShowroomFunction1732800000001 } from './1732800000001-open-showroom-function';

/**
 * The catalog in more than one language. A product's own columns hold its texts in the catalog's default
 * language (the fallback); product_translation holds each other language's name, description and
 * attributes, searchable like the product itself. A category's other names and a showroom's other welcome
 * texts are few and short: a jsonb map by language code on the row.
 *
 * trellis_open_showroom takes the visitor's language and answers with that welcome text, or the showroom's own.
 */
export class CatalogLanguages1733000000008 implements MigrationInterface {
  name = 'CatalogLanguages1733000000008';

  async up(q: QueryRunner): Promise<void> {
    const brand = `((SELECT current_setting('trellis.all_partners', true)) = 'on')`;
    await q.query(`
      CREATE TABLE product_translation (
        product_id uuid NOT NULL REFERENCES product(id) ON DELETE CASCADE,
        language text NOT NULL CHECK (language ~ '^[a-z]{2}$'),
        name text NOT NULL,
        description text NOT NULL DEFAULT '',
        attributes jsonb NOT NULL DEFAULT '{}',
        search tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('simple', trellis_unaccent(name)), 'A') ||
          setweight(to_tsvector('simple', trellis_unaccent(description)), 'C')) STORED,
        PRIMARY KEY (product_id, language)
      );
      CREATE INDEX product_translation_search ON product_translation USING gin (search);
      CREATE INDEX product_translation_name_trgm ON product_translation USING gin (trellis_unaccent(lower(name)) gin_trgm_ops);

      -- Everyone who reads the catalog reads its translations; only brand-owner staff write them.
      GRANT SELECT, INSERT, UPDATE, DELETE ON product_translation TO trellis_app;
      GRANT SELECT ON product_translation TO trellis_public;
      ALTER TABLE product_translation ENABLE ROW LEVEL SECURITY;
      ALTER TABLE product_translation FORCE ROW LEVEL SECURITY;
      CREATE POLICY product_translation_read ON product_translation FOR SELECT TO trellis_app, trellis_public USING (true);
      CREATE POLICY product_translation_insert ON product_translation FOR INSERT TO trellis_app WITH CHECK ${brand};
      CREATE POLICY product_translation_update ON product_translation FOR UPDATE TO trellis_app USING ${brand} WITH CHECK ${brand};
      CREATE POLICY product_translation_delete ON product_translation FOR DELETE TO trellis_app USING ${brand};
      CREATE POLICY product_translation_owner ON product_translation TO CURRENT_USER USING (true) WITH CHECK (true);

      ALTER TABLE category ADD COLUMN translations jsonb NOT NULL DEFAULT '{}';
      ALTER TABLE showroom ADD COLUMN welcome_texts jsonb NOT NULL DEFAULT '{}';

      DROP FUNCTION trellis_open_showroom(text);
      CREATE FUNCTION trellis_open_showroom(wanted text, lang text)
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
               coalesce(nullif(s.welcome_texts ->> lang, ''), s.welcome_text)::text AS welcome_text,
               s.contact_email::text AS contact_email, s.contact_phone::text AS contact_phone,
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
      ALTER FUNCTION trellis_open_showroom(text, text) OWNER TO trellis_public;
      REVOKE CREATE ON SCHEMA public FROM trellis_public;
      REVOKE ALL ON FUNCTION trellis_open_showroom(text, text) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION trellis_open_showroom(text, text) TO trellis_app, trellis_public, trellis_auth;
      DO $$ BEGIN EXECUTE format('GRANT EXECUTE ON FUNCTION trellis_open_showroom(text, text) TO %I', current_user); END $$;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP FUNCTION trellis_open_showroom(text, text);
      ALTER TABLE showroom DROP COLUMN welcome_texts;
      ALTER TABLE category DROP COLUMN translations;
      DROP TABLE product_translation;
    `);
    await new OpenShowroomFunction1732800000001().up(q);
  }
}
