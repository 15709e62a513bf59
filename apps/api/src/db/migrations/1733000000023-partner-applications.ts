import { MigrationInterface, QueryRunner } from 'typeorm';
import { partnerVisible } from './1732400000000-foundation';

const BRAND_WRITER = `((SELECT current_setting('trellis.role', true)) IN ('ADMIN', 'CHANNEL_MANAGER'))`;
const BRAND_READER = `((SELECT current_setting('trellis.all_partners', true)) = 'on')`;
const KINDS = `('DISTRIBUTOR', 'RESELLER', 'DEALER', 'SERVICE_PARTNER')`;
/** A tax id as stored: upper case letters and digits only (spaces, dots and dashes taken out). */
const TAX_ID = `'^[A-Z0-9]{4,20}$'`;

/** The default checklist of every partner kind: code, title, position, how it is checked. */
const DEFAULT_STEPS = [
  ['AGREEMENT', 'Partner agreement accepted', 1, 'AGREEMENT'],
  ['TRAINING', 'First training done', 2, 'TRAINING'],
  ['SHOWROOM', 'Showroom set up', 3, 'SHOWROOM'],
  ['OFFER', 'First offer published', 4, 'OFFER'],
] as const;

/**
 * Partner recruitment and onboarding (issue 14, "Channel programs").
 *
 * partner_application: a company's "Become a partner" form from the public showroom. Anonymous visitors
 * (trellis_public) may only insert a SUBMITTED one, never read one back (the number is drawn first, as for
 * leads); brand staff read them, channel writers decide them. The tax id is kept as given and normalised
 * (tax_id), the key duplicates are found by, and copied to the partner on approval: partner gets a tax_id
 * of its own, indexed, as do its company-name key and mail domain (the functions of the leads' duplicate
 * checks), so the duplicate check of a page of applications is one set-based statement.
 *
 * onboarding_step: the checklist of a programme (here: a partner kind), four steps each by default; how a
 * step is checked says whether it follows from the partner's data (AGREEMENT, TRAINING, SHOWROOM, OFFER)
 * or is ticked by a channel manager (MANUAL). partner_onboarding_step holds what was recorded: ticks by
 * hand (MANUAL) and the facts the onboarding_review job saw (AUTO). Derived steps are also computed on
 * read, through the owning modules' services, so a fresh showroom shows at once; they are recorded too
 * because a partner's own users may not see every fact (an unshared training interaction) and because a
 * milestone reached stays reached (an offer withdrawn later does not undo "first offer published").
 */
export class PartnerApplications1733000000023 implements MigrationInterface {
  name = 'PartnerApplications1733000000023';

  async up(q: QueryRunner): Promise<void> {
    const steps = [`'DISTRIBUTOR'`, `'RESELLER'`, `'DEALER'`, `'SERVICE_PARTNER'`]
      .flatMap((kind) => DEFAULT_STEPS.map(([code, title, position, check]) => `(${kind}, '${code}', '${title}', ${position}, '${check}')`))
      .join(',\n        ');
    await q.query(`
      ALTER TABLE partner ADD COLUMN tax_id text CHECK (tax_id ~ ${TAX_ID});
      CREATE INDEX partner_tax_id ON partner (tax_id) WHERE tax_id IS NOT NULL;
      CREATE INDEX partner_company_key ON partner (trellis_company_key(name)) WHERE trellis_company_key(name) IS NOT NULL;
      CREATE INDEX partner_email_domain ON partner (trellis_email_domain(email)) WHERE trellis_email_domain(email) IS NOT NULL;

      CREATE SEQUENCE partner_application_number_seq;
      CREATE TABLE partner_application (
        id uuid PRIMARY KEY,
        number text NOT NULL UNIQUE CHECK (number ~ '^PA-[0-9]{4}-[0-9]{6,}$'),
        company_name text NOT NULL CHECK (length(company_name) BETWEEN 2 AND 200),
        kind text NOT NULL CHECK (kind IN ${KINDS}),
        country text NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
        city text NOT NULL CHECK (length(city) BETWEEN 1 AND 100),
        postal_code text CHECK (length(postal_code) BETWEEN 2 AND 12),
        website text CHECK (length(website) BETWEEN 8 AND 200),
        tax_id text NOT NULL CHECK (tax_id ~ ${TAX_ID}),
        tax_id_given text NOT NULL CHECK (length(tax_id_given) BETWEEN 4 AND 40),
        territory text NOT NULL DEFAULT '' CHECK (length(territory) <= 500),
        contact_name text NOT NULL CHECK (length(contact_name) BETWEEN 2 AND 120),
        contact_email text NOT NULL CHECK (length(contact_email) BETWEEN 3 AND 254),
        contact_phone text CHECK (length(contact_phone) BETWEEN 5 AND 30),
        references_text text NOT NULL DEFAULT '' CHECK (length(references_text) <= 2000),
        message text NOT NULL DEFAULT '' CHECK (length(message) <= 2000),
        consent_text text NOT NULL CHECK (length(consent_text) BETWEEN 10 AND 2000),
        consent_given_at timestamptz NOT NULL DEFAULT now(),
        language text NOT NULL CHECK (language IN ('en', 'pl')),
        status text NOT NULL DEFAULT 'SUBMITTED' CHECK (status IN ('SUBMITTED', 'APPROVED', 'REJECTED')),
        decision_reason text CHECK (length(decision_reason) BETWEEN 3 AND 1000),
        decided_by uuid REFERENCES app_user(id),
        decided_at timestamptz,
        partner_id uuid UNIQUE REFERENCES partner(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((status = 'SUBMITTED') = (decided_at IS NULL)),
        CHECK ((status = 'APPROVED') = (partner_id IS NOT NULL)),
        CHECK ((status = 'REJECTED') = (decision_reason IS NOT NULL))
      );
      CREATE INDEX partner_application_created ON partner_application (created_at DESC, id DESC);
      CREATE INDEX partner_application_status ON partner_application (status, created_at DESC, id DESC);
      GRANT SELECT, UPDATE (status, decision_reason, decided_by, decided_at, partner_id) ON partner_application TO trellis_app;
      GRANT INSERT (id, number, company_name, kind, country, city, postal_code, website, tax_id, tax_id_given, territory,
        contact_name, contact_email, contact_phone, references_text, message, consent_text, language) ON partner_application TO trellis_public;
      GRANT USAGE ON SEQUENCE partner_application_number_seq TO trellis_public;
      GRANT EXECUTE ON FUNCTION trellis_record_number(text, bigint) TO trellis_public;
      ALTER TABLE partner_application ENABLE ROW LEVEL SECURITY;
      ALTER TABLE partner_application FORCE ROW LEVEL SECURITY;
      CREATE POLICY partner_application_read ON partner_application FOR SELECT TO trellis_app USING ${BRAND_READER};
      CREATE POLICY partner_application_decide ON partner_application FOR UPDATE TO trellis_app USING ${BRAND_WRITER} WITH CHECK ${BRAND_WRITER};
      CREATE POLICY partner_application_public ON partner_application FOR INSERT TO trellis_public WITH CHECK (status = 'SUBMITTED');
      CREATE POLICY partner_application_owner ON partner_application TO CURRENT_USER USING (true) WITH CHECK (true);

      CREATE TABLE onboarding_step (
        kind text NOT NULL CHECK (kind IN ${KINDS}),
        code text NOT NULL CHECK (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
        title text NOT NULL CHECK (length(title) BETWEEN 2 AND 200),
        position integer NOT NULL CHECK (position BETWEEN 1 AND 100),
        checked_by text NOT NULL CHECK (checked_by IN ('AGREEMENT', 'TRAINING', 'SHOWROOM', 'OFFER', 'MANUAL')),
        PRIMARY KEY (kind, code),
        UNIQUE (kind, position)
      );
      INSERT INTO onboarding_step (kind, code, title, position, checked_by) VALUES
        ${steps};
      GRANT SELECT ON onboarding_step TO trellis_app;
      ALTER TABLE onboarding_step ENABLE ROW LEVEL SECURITY;
      ALTER TABLE onboarding_step FORCE ROW LEVEL SECURITY;
      CREATE POLICY onboarding_step_read ON onboarding_step FOR SELECT TO trellis_app USING (true);
      CREATE POLICY onboarding_step_owner ON onboarding_step TO CURRENT_USER USING (true) WITH CHECK (true);

      CREATE TABLE partner_onboarding_step (
        partner_id uuid NOT NULL REFERENCES partner(id),
        step text NOT NULL CHECK (step ~ '^[A-Z][A-Z0-9_]{1,39}$'),
        done_at timestamptz NOT NULL DEFAULT now(),
        done_by uuid REFERENCES app_user(id),
        how text NOT NULL CHECK (how IN ('AUTO', 'MANUAL')),
        PRIMARY KEY (partner_id, step)
      );
      GRANT SELECT, INSERT (partner_id, step, done_at, done_by, how) ON partner_onboarding_step TO trellis_app;
      ALTER TABLE partner_onboarding_step ENABLE ROW LEVEL SECURITY;
      ALTER TABLE partner_onboarding_step FORCE ROW LEVEL SECURITY;
      CREATE POLICY partner_onboarding_step_read ON partner_onboarding_step FOR SELECT TO trellis_app USING (${BRAND_READER} OR ${partnerVisible('partner_id')});
      CREATE POLICY partner_onboarding_step_insert ON partner_onboarding_step FOR INSERT TO trellis_app WITH CHECK ${BRAND_WRITER};
      CREATE POLICY partner_onboarding_step_owner ON partner_onboarding_step TO CURRENT_USER USING (true) WITH CHECK (true);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE partner_onboarding_step, onboarding_step, partner_application;
      DROP SEQUENCE partner_application_number_seq;
      REVOKE EXECUTE ON FUNCTION trellis_record_number(text, bigint) FROM trellis_public;
      DROP INDEX partner_tax_id, partner_company_key, partner_email_domain;
      ALTER TABLE partner DROP COLUMN tax_id;
    `);
  }
}
