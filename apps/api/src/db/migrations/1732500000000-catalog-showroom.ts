import { MigrationInterface, QueryRunner } from 'typeorm';
import { partnerOwnedTableSql, partnerVisible } from './1732400000000-foundation';

/** The catalog, partner offers, showrooms, the gazetteer and leads: the showroom's data. */
export class CatalogShowroom1732500000000 implements MigrationInterface {
  name = 'CatalogShowroom1732500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      -- unaccent() is only STABLE; an IMMUTABLE wrapper lets generated columns and indexes use it.
      CREATE FUNCTION trellis_unaccent(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
        AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;

      CREATE TABLE category (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE CHECK (code ~ '^[A-Z0-9_-]{1,10}$'),
        name text NOT NULL,
        parent_id uuid REFERENCES category(id),
        position int NOT NULL DEFAULT 0
      );
      CREATE INDEX category_parent ON category (parent_id);

      CREATE TABLE product (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        sku text NOT NULL UNIQUE CHECK (length(sku) BETWEEN 1 AND 40),
        name text NOT NULL,
        description text NOT NULL DEFAULT '',
        unit text NOT NULL DEFAULT 'PCE' CHECK (unit ~ '^[A-Z0-9]{1,3}$'),
        list_price bigint NOT NULL CHECK (list_price >= 0),
        currency char(3) NOT NULL DEFAULT 'EUR',
        attributes jsonb NOT NULL DEFAULT '{}',
        category_id uuid REFERENCES category(id),
        active boolean NOT NULL DEFAULT true,
        search tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('simple', trellis_unaccent(coalesce(name, ''))), 'A') ||
          setweight(to_tsvector('simple', trellis_unaccent(sku)), 'A') ||
          setweight(to_tsvector('simple', trellis_unaccent(coalesce(description, ''))), 'C')) STORED,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX product_search ON product USING gin (search);
      CREATE INDEX product_name_trgm ON product USING gin (trellis_unaccent(lower(name)) gin_trgm_ops);
      CREATE INDEX product_category ON product (category_id) WHERE active;
      CREATE INDEX product_name_id ON product (name, id);

      CREATE TABLE product_image (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        product_id uuid NOT NULL REFERENCES product(id) ON DELETE CASCADE,
        position int NOT NULL DEFAULT 0,
        url text,
        content bytea,
        content_type text,
        byte_size int,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((url IS NULL) <> (content IS NULL)),
        CHECK (content IS NULL OR (content_type IN ('image/png', 'image/jpeg', 'image/webp') AND byte_size <= 2097152))
      );
      CREATE INDEX product_image_product ON product_image (product_id, position);

      -- A catalog CSV import: validated whole, written in one transaction, progress readable meanwhile.
      CREATE TABLE product_import (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        status text NOT NULL CHECK (status IN ('RUNNING', 'FAILED', 'DONE')),
        total_rows int NOT NULL DEFAULT 0,
        processed_rows int NOT NULL DEFAULT 0,
        created_count int NOT NULL DEFAULT 0,
        updated_count int NOT NULL DEFAULT 0,
        errors jsonb NOT NULL DEFAULT '[]',
        created_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz
      );

      CREATE TABLE offer (
        partner_id uuid NOT NULL REFERENCES partner(id),
        product_id uuid NOT NULL REFERENCES product(id) ON DELETE CASCADE,
        price bigint NOT NULL CHECK (price >= 0),
        currency char(3) NOT NULL,
        stock int NOT NULL DEFAULT 0 CHECK (stock >= 0),
        delivery_days int NOT NULL DEFAULT 1 CHECK (delivery_days BETWEEN 0 AND 365),
        partner_sku text CHECK (length(partner_sku) <= 40),
        offered boolean NOT NULL DEFAULT true,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (partner_id, product_id)
      );
      CREATE INDEX offer_product ON offer (product_id, partner_id) WHERE offered;

      CREATE TABLE showroom (
        partner_id uuid PRIMARY KEY REFERENCES partner(id),
        slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9][a-z0-9-]{1,39}$'),
        display_name text NOT NULL,
        accent_color char(7) NOT NULL DEFAULT '#1c7ed6' CHECK (accent_color ~ '^#[0-9a-f]{6}$'),
        welcome_text text NOT NULL DEFAULT '',
        contact_email text,
        contact_phone text,
        logo bytea,
        logo_content_type text CHECK (logo_content_type IN ('image/png', 'image/jpeg', 'image/webp', 'image/svg+xml')),
        enabled boolean NOT NULL DEFAULT false,
        prices_gross boolean NOT NULL DEFAULT false,
        vat_percent numeric(5,2) NOT NULL DEFAULT 0 CHECK (vat_percent BETWEEN 0 AND 100),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (logo IS NULL OR octet_length(logo) <= 524288)
      );

      CREATE TABLE gazetteer_place (
        id serial PRIMARY KEY,
        country char(2) NOT NULL,
        kind text NOT NULL CHECK (kind IN ('CITY', 'POSTAL_AREA')),
        name text NOT NULL,
        postal_prefix text NOT NULL,
        region text NOT NULL DEFAULT '',
        latitude double precision NOT NULL,
        longitude double precision NOT NULL
      );
      CREATE INDEX gazetteer_name ON gazetteer_place USING gin (trellis_unaccent(lower(name)) gin_trgm_ops);
      CREATE INDEX gazetteer_postal ON gazetteer_place (country, postal_prefix);
      CREATE INDEX partner_location ON partner (latitude, longitude) WHERE status = 'ACTIVE';

      CREATE TABLE lead (
        id uuid PRIMARY KEY,
        partner_id uuid REFERENCES partner(id),
        status text NOT NULL CHECK (status IN ('UNASSIGNED', 'NEW', 'ACCEPTED', 'QUALIFIED', 'CONVERTED', 'LOST', 'REJECTED')),
        source text NOT NULL CHECK (source IN ('SHOWROOM', 'CHANNEL', 'PARTNER')),
        contact_name text NOT NULL,
        company text,
        email text NOT NULL,
        phone text,
        postal_code text,
        country char(2),
        message text NOT NULL DEFAULT '',
        consent_text text NOT NULL,
        consent_given_at timestamptz NOT NULL,
        -- Milliseconds, so that a cursor made in JavaScript finds the row again exactly.
        created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
        CHECK ((partner_id IS NULL) = (status = 'UNASSIGNED'))
      );
      CREATE INDEX lead_partner_created ON lead (partner_id, created_at DESC, id DESC);
      CREATE INDEX lead_created ON lead (created_at DESC, id DESC);
      CREATE INDEX lead_unassigned ON lead (created_at) WHERE partner_id IS NULL;

      CREATE TABLE lead_item (
        lead_id uuid NOT NULL REFERENCES lead(id) ON DELETE CASCADE,
        product_id uuid NOT NULL REFERENCES product(id),
        partner_id uuid REFERENCES partner(id),
        quantity numeric(14,3) NOT NULL CHECK (quantity > 0),
        PRIMARY KEY (lead_id, product_id)
      );

      -- Counters of the public lead form, per client address (rate-limiter-flexible's layout).
      CREATE TABLE showroom_limit (key varchar(255) PRIMARY KEY, points integer NOT NULL DEFAULT 0, expire bigint);

      GRANT SELECT, INSERT, UPDATE, DELETE ON category, product, product_image, product_import, offer, showroom, lead, lead_item TO trellis_app;
      GRANT SELECT ON gazetteer_place, tier TO trellis_app, trellis_public;
      GRANT SELECT ON category, product, product_image TO trellis_public;
      GRANT SELECT ON offer, showroom TO trellis_public;
      GRANT INSERT ON lead, lead_item TO trellis_public;

      -- What the brand's default showroom may tell the public about every partner: who is active and
      -- where, and whether a product is available (never quantities). Views run as their owner.
      CREATE VIEW public_partner WITH (security_barrier) AS
        SELECT p.id, p.code, p.name, p.kind, p.tier_id, p.city, p.postal_code, p.country, p.latitude, p.longitude,
               s.slug AS showroom_slug
          FROM partner p LEFT JOIN showroom s ON s.partner_id = p.id AND s.enabled
         WHERE p.status = 'ACTIVE';
      CREATE VIEW public_offer_availability WITH (security_barrier) AS
        SELECT o.product_id, o.partner_id, o.stock > 0 AS in_stock, o.delivery_days
          FROM offer o JOIN partner p ON p.id = o.partner_id
         WHERE o.offered AND p.status = 'ACTIVE';
      GRANT SELECT ON public_partner, public_offer_availability, gazetteer_place TO trellis_public;
      ${partnerOwnedTableSql('offer')}
      ${partnerOwnedTableSql('showroom')}
      ${partnerOwnedTableSql('lead')}
      ${partnerOwnedTableSql('lead_item')}
      -- The public showroom reads only enabled showrooms and offered lines of the partner it shows
      -- (trellis.partner_ids holds that one partner); it may file leads, and read none back.
      CREATE POLICY showroom_public ON showroom FOR SELECT TO trellis_public USING (enabled);
      CREATE POLICY offer_public ON offer FOR SELECT TO trellis_public USING (offered AND ${partnerVisible('partner_id')});
      CREATE POLICY lead_public ON lead FOR INSERT TO trellis_public
        WITH CHECK (status IN ('UNASSIGNED', 'NEW') AND source = 'SHOWROOM' AND (partner_id IS NULL OR ${partnerVisible('partner_id')}));
      CREATE POLICY lead_item_public ON lead_item FOR INSERT TO trellis_public WITH CHECK (partner_id IS NULL OR ${partnerVisible('partner_id')});
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP VIEW public_offer_availability, public_partner;
      DROP TABLE showroom_limit, lead_item, lead, gazetteer_place, showroom, offer, product_import, product_image, product, category CASCADE;
      DROP FUNCTION trellis_unaccent(text);
    `);
  }
}
