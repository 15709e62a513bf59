import { MigrationInterface, QueryRunner } from 'typeorm';
import { partnerVisible } from './1732400000000-foundation';

const BRAND_WRITER = `((SELECT current_setting('trellis.role', true)) IN ('ADMIN', 'CHANNEL_MANAGER'))`;
const BRAND_READER = `((SELECT current_setting('trellis.all_partners', true)) = 'on')`;
const PARTNER_USER = `((SELECT current_setting('trellis.role', true)) IN ('PARTNER_MANAGER', 'PARTNER_EMPLOYEE'))`;
const KINDS = `'DISTRIBUTOR', 'RESELLER', 'DEALER', 'SERVICE_PARTNER'`;

/**
 * Incentives: rebates on sell-in or sell-out (a rate of a period's volume once it reaches a threshold,
 * optionally of one category's products) and bonuses per converted lead, for the partners of an audience.
 * A job computes each partner's accrual per period from the orders and leads (incentive_accrual, the
 * figures as they grow) and, once a period has ended, settles it into a statement (incentive_statement,
 * numbered, never changed again). Programs are the brand's and public to partners once published;
 * accruals and statements are each partner's own.
 */
export class Incentives1733000000025 implements MigrationInterface {
  name = 'Incentives1733000000025';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE incentive_program (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(name) BETWEEN 3 AND 200),
        description text NOT NULL DEFAULT '' CHECK (length(description) <= 5000),
        kind text NOT NULL CHECK (kind IN ('REBATE', 'LEAD_BONUS')),
        basis text CHECK (basis IN ('SELL_IN', 'SELL_OUT')),
        category_id uuid REFERENCES category(id),
        currency char(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
        rate_bp int CHECK (rate_bp BETWEEN 1 AND 10000),
        threshold_minor bigint NOT NULL DEFAULT 0 CHECK (threshold_minor BETWEEN 0 AND 1000000000000000),
        bonus_minor bigint CHECK (bonus_minor BETWEEN 1 AND 100000000000),
        period text NOT NULL CHECK (period IN ('MONTH', 'QUARTER', 'YEAR')),
        starts_on date NOT NULL CHECK (starts_on BETWEEN '2000-01-01' AND '2100-12-31'),
        ends_on date CHECK (ends_on BETWEEN '2000-01-01' AND '2100-12-31' AND ends_on >= starts_on),
        audience_tier_ids uuid[] NOT NULL DEFAULT '{}' CHECK (cardinality(audience_tier_ids) <= 20),
        audience_kinds text[] NOT NULL DEFAULT '{}' CHECK (audience_kinds <@ ARRAY[${KINDS}]),
        audience_territory_ids uuid[] NOT NULL DEFAULT '{}' CHECK (cardinality(audience_territory_ids) <= 50),
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'ACTIVE')),
        published_at timestamptz,
        computed_at timestamptz,
        -- The last day of the last period settled into statements: earlier periods are never computed again.
        settled_through date,
        created_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((kind = 'REBATE') = (basis IS NOT NULL AND rate_bp IS NOT NULL)),
        CHECK ((kind = 'LEAD_BONUS') = (bonus_minor IS NOT NULL)),
        CHECK ((status = 'ACTIVE') = (published_at IS NOT NULL))
      );
      GRANT SELECT, INSERT (name, description, kind, basis, category_id, currency, rate_bp, threshold_minor, bonus_minor, period, starts_on, ends_on,
          audience_tier_ids, audience_kinds, audience_territory_ids, created_by),
        UPDATE (name, description, kind, basis, category_id, currency, rate_bp, threshold_minor, bonus_minor, period, starts_on, ends_on,
          audience_tier_ids, audience_kinds, audience_territory_ids, status, published_at, computed_at, settled_through, updated_at) ON incentive_program TO trellis_app;
      ALTER TABLE incentive_program ENABLE ROW LEVEL SECURITY;
      ALTER TABLE incentive_program FORCE ROW LEVEL SECURITY;
      CREATE POLICY incentive_program_read ON incentive_program FOR SELECT TO trellis_app USING (${BRAND_READER} OR (status = 'ACTIVE' AND ${PARTNER_USER}));
      CREATE POLICY incentive_program_insert ON incentive_program FOR INSERT TO trellis_app WITH CHECK (${BRAND_WRITER} AND status = 'DRAFT');
      -- A published program's terms never change (the service updates drafts; publishing and computing touch only their columns).
      CREATE POLICY incentive_program_update ON incentive_program FOR UPDATE TO trellis_app USING ${BRAND_WRITER} WITH CHECK ${BRAND_WRITER};
      CREATE POLICY incentive_program_owner ON incentive_program TO CURRENT_USER USING (true) WITH CHECK (true);

      CREATE TABLE incentive_accrual (
        program_id uuid NOT NULL REFERENCES incentive_program(id),
        partner_id uuid NOT NULL REFERENCES partner(id),
        period_start date NOT NULL,
        period_end date NOT NULL,
        base_minor bigint NOT NULL DEFAULT 0,
        lead_count int NOT NULL DEFAULT 0,
        earned_minor bigint NOT NULL DEFAULT 0,
        currency char(3) NOT NULL,
        computed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (program_id, partner_id, period_start)
      );
      CREATE INDEX incentive_accrual_partner ON incentive_accrual (partner_id, period_start DESC);
      GRANT SELECT, INSERT, UPDATE, DELETE ON incentive_accrual TO trellis_app;
      ALTER TABLE incentive_accrual ENABLE ROW LEVEL SECURITY;
      ALTER TABLE incentive_accrual FORCE ROW LEVEL SECURITY;
      CREATE POLICY incentive_accrual_read ON incentive_accrual FOR SELECT TO trellis_app USING ${partnerVisible('partner_id')};
      CREATE POLICY incentive_accrual_insert ON incentive_accrual FOR INSERT TO trellis_app WITH CHECK ${BRAND_WRITER};
      CREATE POLICY incentive_accrual_update ON incentive_accrual FOR UPDATE TO trellis_app USING ${BRAND_WRITER} WITH CHECK ${BRAND_WRITER};
      CREATE POLICY incentive_accrual_delete ON incentive_accrual FOR DELETE TO trellis_app USING ${BRAND_WRITER};
      CREATE POLICY incentive_accrual_owner ON incentive_accrual TO CURRENT_USER USING (true) WITH CHECK (true);

      CREATE SEQUENCE incentive_statement_number_seq;
      CREATE TABLE incentive_statement (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        number text NOT NULL UNIQUE DEFAULT trellis_record_number('INC', nextval('incentive_statement_number_seq')),
        program_id uuid NOT NULL REFERENCES incentive_program(id),
        partner_id uuid NOT NULL REFERENCES partner(id),
        period_start date NOT NULL,
        period_end date NOT NULL,
        base_minor bigint NOT NULL,
        lead_count int NOT NULL,
        earned_minor bigint NOT NULL,
        currency char(3) NOT NULL,
        issued_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (program_id, partner_id, period_start)
      );
      CREATE INDEX incentive_statement_partner ON incentive_statement (partner_id, period_start DESC);
      CREATE INDEX incentive_statement_issued ON incentive_statement (issued_at DESC, id DESC);
      GRANT USAGE ON SEQUENCE incentive_statement_number_seq TO trellis_app;
      GRANT SELECT, INSERT (program_id, partner_id, period_start, period_end, base_minor, lead_count, earned_minor, currency) ON incentive_statement TO trellis_app;
      ALTER TABLE incentive_statement ENABLE ROW LEVEL SECURITY;
      ALTER TABLE incentive_statement FORCE ROW LEVEL SECURITY;
      CREATE POLICY incentive_statement_read ON incentive_statement FOR SELECT TO trellis_app USING ${partnerVisible('partner_id')};
      CREATE POLICY incentive_statement_insert ON incentive_statement FOR INSERT TO trellis_app WITH CHECK ${BRAND_WRITER};
      CREATE POLICY incentive_statement_owner ON incentive_statement TO CURRENT_USER USING (true) WITH CHECK (true);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE incentive_statement, incentive_accrual, incentive_program;
      DROP SEQUENCE incentive_statement_number_seq;
    `);
  }
}
