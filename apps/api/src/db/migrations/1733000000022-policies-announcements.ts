import { MigrationInterface, QueryRunner } from 'typeorm';
import { partnerVisible } from './1732400000000-foundation';

const BRAND_WRITER = `((SELECT current_setting('trellis.role', true)) IN ('ADMIN', 'CHANNEL_MANAGER'))`;
const BRAND_READER = `((SELECT current_setting('trellis.all_partners', true)) = 'on')`;
const PARTNER_USER = `((SELECT current_setting('trellis.role', true)) IN ('PARTNER_MANAGER', 'PARTNER_EMPLOYEE'))`;
const PARTNER_MANAGER = `((SELECT current_setting('trellis.role', true)) = 'PARTNER_MANAGER')`;
const VIEWER = `(nullif((SELECT current_setting('trellis.user_id', true)), '')::uuid)`;
const KINDS = `'DISTRIBUTOR', 'RESELLER', 'DEALER', 'SERVICE_PARTNER'`;
const NOTIFICATION_KINDS = `'LEAD_NEW', 'LEAD_SLA_WARNING', 'LEAD_EXPIRED', 'REGISTRATION_APPROVED', 'REGISTRATION_REJECTED', 'CHANNEL_SIGNAL'`;

/** An audience: partners of these tiers, kinds and territories (an empty list: any). */
const AUDIENCE_COLUMNS = `
  audience_tier_ids uuid[] NOT NULL DEFAULT '{}' CHECK (cardinality(audience_tier_ids) <= 20),
  audience_kinds text[] NOT NULL DEFAULT '{}' CHECK (audience_kinds <@ ARRAY[${KINDS}]),
  audience_territory_ids uuid[] NOT NULL DEFAULT '{}' CHECK (cardinality(audience_territory_ids) <= 50)`;

/**
 * Sales policies and announcements: what the brand publishes to its channel, the same text for every
 * partner in its audience (all partners, or those of some tiers, kinds or territories).
 *
 * A policy (price lists and discounts, rules of engagement, conflict rules, payment terms, the partner
 * agreement) is a series of versions: at most one draft, then published versions that never change, each
 * effective from a day. Publishing notifies the managers of every partner in the audience; each partner
 * manager's acknowledgment of a version is a row of its own. An announcement (news, a campaign) is a
 * draft until published; each partner user's reading of it is a receipt.
 *
 * The documents are the brand's and not secret between partners: partner users read the published ones
 * (the services show each partner those of its audience). Acknowledgments and receipts are the partners':
 * row-level security shows a partner's users only their visible partners' rows and lets a user add only
 * its own, for its own partner.
 */
export class PoliciesAnnouncements1733000000022 implements MigrationInterface {
  name = 'PoliciesAnnouncements1733000000022';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE sales_policy (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('PRICE_LIST', 'DISCOUNTS', 'RULES_OF_ENGAGEMENT', 'CONFLICT_RULES', 'PAYMENT_TERMS', 'PARTNER_AGREEMENT', 'OTHER')),
        title text NOT NULL CHECK (length(title) BETWEEN 3 AND 200),
        ${AUDIENCE_COLUMNS},
        first_published_at timestamptz,
        created_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX sales_policy_title ON sales_policy (lower(title), id);

      CREATE TABLE sales_policy_version (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        policy_id uuid NOT NULL REFERENCES sales_policy(id),
        version int NOT NULL CHECK (version BETWEEN 1 AND 100000),
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'PUBLISHED')),
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 50000),
        change_note text NOT NULL DEFAULT '' CHECK (length(change_note) <= 1000),
        effective_on date NOT NULL CHECK (effective_on BETWEEN '2000-01-01' AND '2100-12-31'),
        published_at timestamptz,
        published_by uuid REFERENCES app_user(id),
        created_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (policy_id, version),
        CHECK ((status = 'PUBLISHED') = (published_at IS NOT NULL))
      );
      -- One draft per policy: two racing "new version" requests cannot both open one.
      CREATE UNIQUE INDEX sales_policy_version_draft ON sales_policy_version (policy_id) WHERE status = 'DRAFT';

      CREATE TABLE policy_acknowledgment (
        version_id uuid NOT NULL REFERENCES sales_policy_version(id),
        user_id uuid NOT NULL REFERENCES app_user(id),
        partner_id uuid NOT NULL REFERENCES partner(id),
        acknowledged_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (version_id, user_id)
      );
      CREATE INDEX policy_acknowledgment_partner ON policy_acknowledgment (partner_id, version_id);

      CREATE TABLE announcement (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('NEWS', 'CAMPAIGN')),
        title text NOT NULL CHECK (length(title) BETWEEN 3 AND 200),
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 20000),
        ${AUDIENCE_COLUMNS},
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'PUBLISHED')),
        published_at timestamptz,
        published_by uuid REFERENCES app_user(id),
        created_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((status = 'PUBLISHED') = (published_at IS NOT NULL))
      );
      CREATE INDEX announcement_published ON announcement (published_at DESC, id DESC) WHERE status = 'PUBLISHED';
      CREATE INDEX announcement_created ON announcement (created_at DESC, id DESC);

      CREATE TABLE announcement_read (
        announcement_id uuid NOT NULL REFERENCES announcement(id),
        user_id uuid NOT NULL REFERENCES app_user(id),
        partner_id uuid NOT NULL REFERENCES partner(id),
        read_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (announcement_id, user_id)
      );
      CREATE INDEX announcement_read_partner ON announcement_read (partner_id, announcement_id);

      GRANT SELECT, INSERT (kind, title, audience_tier_ids, audience_kinds, audience_territory_ids, created_by),
        UPDATE (title, audience_tier_ids, audience_kinds, audience_territory_ids, first_published_at, updated_at) ON sales_policy TO trellis_app;
      GRANT SELECT, INSERT (policy_id, version, body, change_note, effective_on, created_by),
        UPDATE (status, body, change_note, effective_on, published_at, published_by, updated_at) ON sales_policy_version TO trellis_app;
      GRANT SELECT, INSERT (version_id, user_id, partner_id) ON policy_acknowledgment TO trellis_app;
      GRANT SELECT, INSERT (kind, title, body, audience_tier_ids, audience_kinds, audience_territory_ids, created_by),
        UPDATE (kind, title, body, audience_tier_ids, audience_kinds, audience_territory_ids, status, published_at, published_by, updated_at) ON announcement TO trellis_app;
      GRANT SELECT, INSERT (announcement_id, user_id, partner_id) ON announcement_read TO trellis_app;

      ALTER TABLE sales_policy ENABLE ROW LEVEL SECURITY;
      ALTER TABLE sales_policy FORCE ROW LEVEL SECURITY;
      CREATE POLICY sales_policy_read ON sales_policy FOR SELECT TO trellis_app
        USING (${BRAND_READER} OR (first_published_at IS NOT NULL AND ${PARTNER_USER}));
      CREATE POLICY sales_policy_insert ON sales_policy FOR INSERT TO trellis_app WITH CHECK ${BRAND_WRITER};
      CREATE POLICY sales_policy_update ON sales_policy FOR UPDATE TO trellis_app USING ${BRAND_WRITER} WITH CHECK ${BRAND_WRITER};
      CREATE POLICY sales_policy_owner ON sales_policy TO CURRENT_USER USING (true) WITH CHECK (true);

      ALTER TABLE sales_policy_version ENABLE ROW LEVEL SECURITY;
      ALTER TABLE sales_policy_version FORCE ROW LEVEL SECURITY;
      CREATE POLICY sales_policy_version_read ON sales_policy_version FOR SELECT TO trellis_app
        USING (${BRAND_READER} OR (status = 'PUBLISHED' AND ${PARTNER_USER}));
      CREATE POLICY sales_policy_version_insert ON sales_policy_version FOR INSERT TO trellis_app WITH CHECK (${BRAND_WRITER} AND status = 'DRAFT');
      -- A published version never changes: only drafts are updated (publishing is the last update).
      CREATE POLICY sales_policy_version_update ON sales_policy_version FOR UPDATE TO trellis_app USING (${BRAND_WRITER} AND status = 'DRAFT') WITH CHECK ${BRAND_WRITER};
      CREATE POLICY sales_policy_version_owner ON sales_policy_version TO CURRENT_USER USING (true) WITH CHECK (true);

      ALTER TABLE policy_acknowledgment ENABLE ROW LEVEL SECURITY;
      ALTER TABLE policy_acknowledgment FORCE ROW LEVEL SECURITY;
      CREATE POLICY policy_acknowledgment_read ON policy_acknowledgment FOR SELECT TO trellis_app USING ${partnerVisible('partner_id')};
      CREATE POLICY policy_acknowledgment_insert ON policy_acknowledgment FOR INSERT TO trellis_app
        WITH CHECK (${PARTNER_MANAGER} AND user_id = ${VIEWER} AND ${partnerVisible('partner_id')});
      CREATE POLICY policy_acknowledgment_owner ON policy_acknowledgment TO CURRENT_USER USING (true) WITH CHECK (true);

      ALTER TABLE announcement ENABLE ROW LEVEL SECURITY;
      ALTER TABLE announcement FORCE ROW LEVEL SECURITY;
      CREATE POLICY announcement_read_policy ON announcement FOR SELECT TO trellis_app
        USING (${BRAND_READER} OR (status = 'PUBLISHED' AND ${PARTNER_USER}));
      CREATE POLICY announcement_insert ON announcement FOR INSERT TO trellis_app WITH CHECK (${BRAND_WRITER} AND status = 'DRAFT');
      CREATE POLICY announcement_update ON announcement FOR UPDATE TO trellis_app USING (${BRAND_WRITER} AND status = 'DRAFT') WITH CHECK ${BRAND_WRITER};
      CREATE POLICY announcement_owner ON announcement TO CURRENT_USER USING (true) WITH CHECK (true);

      ALTER TABLE announcement_read ENABLE ROW LEVEL SECURITY;
      ALTER TABLE announcement_read FORCE ROW LEVEL SECURITY;
      CREATE POLICY announcement_read_read ON announcement_read FOR SELECT TO trellis_app USING ${partnerVisible('partner_id')};
      CREATE POLICY announcement_read_insert ON announcement_read FOR INSERT TO trellis_app
        WITH CHECK (${PARTNER_USER} AND user_id = ${VIEWER} AND ${partnerVisible('partner_id')});
      CREATE POLICY announcement_read_owner ON announcement_read TO CURRENT_USER USING (true) WITH CHECK (true);

      ALTER TABLE notification DROP CONSTRAINT notification_kind_check;
      ALTER TABLE notification ADD CONSTRAINT notification_kind_check
        CHECK (kind IN (${NOTIFICATION_KINDS}, 'POLICY_PUBLISHED', 'ANNOUNCEMENT_PUBLISHED'));
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DELETE FROM notification WHERE kind IN ('POLICY_PUBLISHED', 'ANNOUNCEMENT_PUBLISHED');
      ALTER TABLE notification DROP CONSTRAINT notification_kind_check;
      ALTER TABLE notification ADD CONSTRAINT notification_kind_check CHECK (kind IN (${NOTIFICATION_KINDS}));
      DROP TABLE announcement_read, announcement, policy_acknowledgment, sales_policy_version, sales_policy;
    `);
  }
}
