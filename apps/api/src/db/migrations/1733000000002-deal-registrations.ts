import { MigrationInterface, QueryRunner } from 'typeorm';
import { partnerOwnedTableSql } from './1732400000000-foundation';

/**
 * Deal registrations: a partner claims an opportunity (end customer, products, expected value and close
 * date); brand staff approve it (the partner is protected for the dispatch rules' registrationProtectionDays:
 * dispatch sends that customer's leads to no one else) or reject it with a reason. The same end customer is
 * recognised by normalised keys: the company name without accents, punctuation and legal forms; the
 * email's domain (not a free-mail one); the tax id without its country prefix. Leads get the same keys,
 * computed by the same functions (indexed), so that conflicts with other partners' open leads are found too.
 */
export class DealRegistrations1733000000002 implements MigrationInterface {
  name = 'DealRegistrations1733000000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      -- 'Krak-Tool Sp. z o.o.' and 'KRAKTOOL' are one company; 'ACME GmbH & Co. KG' and 'Acme' too. Legal forms
      -- go only at the end ('AB Foods' stays itself, 'Co-op' too); letters of any script count; a key of fewer
      -- than 3 characters says too little to match anything.
      CREATE FUNCTION trellis_company_key(name text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
        SET search_path = pg_catalog, public, pg_temp
        AS $fn$ SELECT CASE WHEN length(k) >= 3 THEN k END FROM (SELECT regexp_replace(
          regexp_replace(trellis_unaccent(lower(coalesce(name, ''))),
            '([^[:alnum:]]+(sp\\.? ?z ?o\\.? ?o\\.?|spolka z ograniczona odpowiedzialnoscia|s\\.? ?a\\.?|sp\\.? ?k\\.?|sp\\.? ?j\\.?|gmbh|ag|kg|ohg|ug|s\\.? ?r\\.? ?o\\.?|a\\.? ?s\\.?|ltd\\.?|limited|inc\\.?|llc|plc|co\\.?|corp\\.?|bv|nv|oy|ab|&))+[^[:alnum:]]*$', ''),
          '[^[:alnum:]]', '', 'g') AS k) x $fn$;
      -- The domain of an email address, unless anyone can have an address there (a free-mail provider, or a
      -- subdomain of one).
      CREATE FUNCTION trellis_email_domain(email text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
        SET search_path = pg_catalog, pg_temp
        AS $fn$ SELECT CASE WHEN d = '' OR d !~ '\\.' OR EXISTS (SELECT 1 FROM unnest(ARRAY[
            'gmail.com', 'googlemail.com', 'outlook.com', 'outlook.de', 'outlook.fr', 'hotmail.com', 'hotmail.co.uk', 'hotmail.de', 'live.com', 'msn.com',
            'yahoo.com', 'yahoo.pl', 'yahoo.de', 'yahoo.co.uk', 'icloud.com', 'me.com', 'mac.com', 'aol.com', 'mail.com', 'zoho.com', 'yandex.ru',
            'yandex.com', 'mail.ru', 'proton.me', 'protonmail.com', 'pm.me', 'gmx.de', 'gmx.net', 'gmx.com', 'gmx.at', 'web.de', 't-online.de',
            'freenet.de', 'wp.pl', 'o2.pl', 'onet.pl', 'onet.eu', 'interia.pl', 'interia.eu', 'op.pl', 'gazeta.pl', 'tlen.pl', 'poczta.fm', 'vp.pl',
            'seznam.cz', 'email.cz', 'post.cz', 'centrum.cz', 'volny.cz', 'atlas.cz', 'azet.sk', 'qq.com', '163.com', '126.com', 'sina.com',
            'foxmail.com', 'aliyun.com']) f WHERE d = f OR d LIKE '%.' || f) THEN NULL ELSE d END
                  FROM (SELECT lower(trim(split_part(coalesce(email, ''), '@', 2))) AS d) x $fn$;
      -- 'PL 725-000-11-22' and '7250001122' are one tax id: its digits, at least 6 and not all the same
      -- ('none', '0000' and the like identify nobody).
      CREATE FUNCTION trellis_tax_key(tax_id text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
        SET search_path = pg_catalog, pg_temp
        AS $fn$ SELECT CASE WHEN length(d) >= 6 AND d !~ '^(.)\\1*$' THEN d END
                  FROM (SELECT regexp_replace(coalesce(tax_id, ''), '[^0-9]', '', 'g') AS d) x $fn$;

      CREATE INDEX lead_company_key ON lead (trellis_company_key(company)) WHERE status IN ('NEW', 'DISPATCHED', 'ACCEPTED', 'QUALIFIED');
      CREATE INDEX lead_email_domain ON lead (trellis_email_domain(email)) WHERE status IN ('NEW', 'DISPATCHED', 'ACCEPTED', 'QUALIFIED');

      CREATE SEQUENCE deal_registration_reference_seq;
      CREATE TABLE deal_registration (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        reference text NOT NULL UNIQUE,
        partner_id uuid NOT NULL REFERENCES partner(id),
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
        customer_company text NOT NULL CHECK (length(customer_company) BETWEEN 2 AND 200),
        customer_contact text CHECK (length(customer_contact) <= 120),
        customer_email text CHECK (length(customer_email) <= 254),
        customer_tax_id text CHECK (length(customer_tax_id) <= 30),
        company_key text GENERATED ALWAYS AS (trellis_company_key(customer_company)) STORED,
        domain_key text GENERATED ALWAYS AS (trellis_email_domain(customer_email)) STORED,
        tax_key text GENERATED ALWAYS AS (trellis_tax_key(customer_tax_id)) STORED,
        expected_value_minor bigint NOT NULL CHECK (expected_value_minor >= 0),
        currency char(3) NOT NULL,
        expected_close_date date NOT NULL,
        notes text NOT NULL DEFAULT '' CHECK (length(notes) <= 4000),
        created_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        decided_by uuid REFERENCES app_user(id),
        decided_at timestamptz,
        decision_reason text,
        protected_until timestamptz,
        CHECK ((status = 'PENDING') = (decided_at IS NULL)),
        CHECK ((status = 'APPROVED') = (protected_until IS NOT NULL)),
        UNIQUE (id, partner_id)
      );
      CREATE INDEX deal_registration_partner ON deal_registration (partner_id, created_at DESC, id DESC);
      CREATE INDEX deal_registration_created ON deal_registration (created_at DESC, id DESC);
      CREATE INDEX deal_registration_company ON deal_registration (company_key) WHERE status IN ('PENDING', 'APPROVED');
      CREATE INDEX deal_registration_domain ON deal_registration (domain_key) WHERE status IN ('PENDING', 'APPROVED');
      CREATE INDEX deal_registration_tax ON deal_registration (tax_key) WHERE status IN ('PENDING', 'APPROVED');
      GRANT SELECT, INSERT, UPDATE ON deal_registration TO trellis_app;
      GRANT USAGE ON SEQUENCE deal_registration_reference_seq TO trellis_app;
      ${partnerOwnedTableSql('deal_registration')}

      CREATE TABLE deal_registration_item (
        registration_id uuid NOT NULL,
        partner_id uuid NOT NULL REFERENCES partner(id),
        product_id uuid NOT NULL REFERENCES product(id),
        quantity numeric(14,3) NOT NULL CHECK (quantity > 0),
        PRIMARY KEY (registration_id, product_id),
        -- A line belongs to its registration's partner.
        FOREIGN KEY (registration_id, partner_id) REFERENCES deal_registration (id, partner_id) ON DELETE CASCADE
      );
      GRANT SELECT, INSERT ON deal_registration_item TO trellis_app;
      ${partnerOwnedTableSql('deal_registration_item')}

      ALTER TABLE dispatch_rules ADD COLUMN registration_protection_days int NOT NULL DEFAULT 90 CHECK (registration_protection_days BETWEEN 1 AND 730);

      ALTER TABLE notification DROP CONSTRAINT notification_kind_check;
      ALTER TABLE notification ADD CONSTRAINT notification_kind_check
        CHECK (kind IN ('LEAD_NEW', 'LEAD_SLA_WARNING', 'LEAD_EXPIRED', 'REGISTRATION_APPROVED', 'REGISTRATION_REJECTED'));
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DELETE FROM notification WHERE kind IN ('REGISTRATION_APPROVED', 'REGISTRATION_REJECTED');
      ALTER TABLE notification DROP CONSTRAINT notification_kind_check;
      ALTER TABLE notification ADD CONSTRAINT notification_kind_check CHECK (kind IN ('LEAD_NEW', 'LEAD_SLA_WARNING', 'LEAD_EXPIRED'));
      ALTER TABLE dispatch_rules DROP COLUMN registration_protection_days;
      DROP TABLE deal_registration_item;
      DROP TABLE deal_registration;
      DROP SEQUENCE deal_registration_reference_seq;
      DROP INDEX lead_company_key;
      DROP INDEX lead_email_domain;
      DROP FUNCTION trellis_company_key(text);
      DROP FUNCTION trellis_email_domain(text);
      DROP FUNCTION trellis_tax_key(text);
    `);
  }
}
