import { MigrationInterface, QueryRunner } from 'typeorm';
import { partnerVisible } from './1732400000000-foundation';

const ADMIN = `((SELECT current_setting('trellis.role', true)) = 'ADMIN')`;
const BRAND_WRITER = `((SELECT current_setting('trellis.role', true)) IN ('ADMIN', 'CHANNEL_MANAGER'))`;
const BRAND_READER = `((SELECT current_setting('trellis.all_partners', true)) = 'on')`;
const METRICS = `'SELL_IN', 'SELL_OUT', 'LEAD_ACCEPTANCE_RATE', 'WIN_RATE', 'TRAINED_STAFF'`;

/**
 * Tiers that keep themselves right. Each tier has criteria over the KPIs that exist: to enter it (ENTRY)
 * and to stay in it (KEEP), each a minimum of one metric over the program's window of whole months. A
 * job measures every partner (tier_standing: the figures, as of the evaluation), proposes promotions and
 * demotions with the numbers behind them (tier_proposal, at most one open per partner), and applies them
 * itself when the program says so; otherwise a channel manager confirms or dismisses each.
 *
 * Criteria and the program are public to everyone signed in (the same rules for every partner); only
 * admins write them. A partner's users read their own standing; proposals are the brand's until decided.
 */
export class TierRules1733000000024 implements MigrationInterface {
  name = 'TierRules1733000000024';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE tier ADD COLUMN mdf_share_percent numeric(5,2) NOT NULL DEFAULT 0 CHECK (mdf_share_percent BETWEEN 0 AND 100);

      CREATE TABLE tier_criterion (
        tier_id uuid NOT NULL REFERENCES tier(id) ON DELETE CASCADE,
        purpose text NOT NULL CHECK (purpose IN ('ENTRY', 'KEEP')),
        metric text NOT NULL CHECK (metric IN (${METRICS})),
        minimum bigint NOT NULL CHECK (minimum BETWEEN 0 AND 1000000000000000),
        currency char(3) CHECK (currency ~ '^[A-Z]{3}$'),
        PRIMARY KEY (tier_id, purpose, metric),
        CHECK ((metric IN ('SELL_IN', 'SELL_OUT')) = (currency IS NOT NULL)),
        CHECK (metric NOT IN ('LEAD_ACCEPTANCE_RATE', 'WIN_RATE') OR minimum <= 100)
      );
      GRANT SELECT, INSERT, UPDATE, DELETE ON tier_criterion TO trellis_app;
      ALTER TABLE tier_criterion ENABLE ROW LEVEL SECURITY;
      ALTER TABLE tier_criterion FORCE ROW LEVEL SECURITY;
      CREATE POLICY tier_criterion_read ON tier_criterion FOR SELECT TO trellis_app USING (true);
      CREATE POLICY tier_criterion_insert ON tier_criterion FOR INSERT TO trellis_app WITH CHECK ${ADMIN};
      CREATE POLICY tier_criterion_update ON tier_criterion FOR UPDATE TO trellis_app USING ${ADMIN} WITH CHECK ${ADMIN};
      CREATE POLICY tier_criterion_delete ON tier_criterion FOR DELETE TO trellis_app USING ${ADMIN};
      CREATE POLICY tier_criterion_owner ON tier_criterion TO CURRENT_USER USING (true) WITH CHECK (true);

      CREATE TABLE tier_program (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        auto_apply boolean NOT NULL DEFAULT false,
        window_months int NOT NULL DEFAULT 12 CHECK (window_months IN (3, 6, 12, 24)),
        evaluated_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      INSERT INTO tier_program DEFAULT VALUES;
      GRANT SELECT, UPDATE (auto_apply, window_months, evaluated_at, updated_at) ON tier_program TO trellis_app;
      ALTER TABLE tier_program ENABLE ROW LEVEL SECURITY;
      ALTER TABLE tier_program FORCE ROW LEVEL SECURITY;
      CREATE POLICY tier_program_read ON tier_program FOR SELECT TO trellis_app USING (true);
      CREATE POLICY tier_program_update ON tier_program FOR UPDATE TO trellis_app USING ${ADMIN} WITH CHECK ${ADMIN};
      CREATE POLICY tier_program_owner ON tier_program TO CURRENT_USER USING (true) WITH CHECK (true);

      -- Each partner's figures as of the last evaluation: what its tier is judged on.
      CREATE TABLE tier_standing (
        partner_id uuid PRIMARY KEY REFERENCES partner(id),
        window_start date NOT NULL,
        window_end date NOT NULL,
        metrics jsonb NOT NULL,
        evaluated_at timestamptz NOT NULL DEFAULT now()
      );
      GRANT SELECT, INSERT, UPDATE ON tier_standing TO trellis_app;
      ALTER TABLE tier_standing ENABLE ROW LEVEL SECURITY;
      ALTER TABLE tier_standing FORCE ROW LEVEL SECURITY;
      CREATE POLICY tier_standing_read ON tier_standing FOR SELECT TO trellis_app USING ${partnerVisible('partner_id')};
      CREATE POLICY tier_standing_insert ON tier_standing FOR INSERT TO trellis_app WITH CHECK ${BRAND_WRITER};
      CREATE POLICY tier_standing_update ON tier_standing FOR UPDATE TO trellis_app USING ${BRAND_WRITER} WITH CHECK ${BRAND_WRITER};
      CREATE POLICY tier_standing_owner ON tier_standing TO CURRENT_USER USING (true) WITH CHECK (true);

      CREATE TABLE tier_proposal (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partner_id uuid NOT NULL REFERENCES partner(id),
        from_tier_id uuid REFERENCES tier(id) ON DELETE SET NULL,
        to_tier_id uuid REFERENCES tier(id) ON DELETE SET NULL,
        direction text NOT NULL CHECK (direction IN ('PROMOTION', 'DEMOTION')),
        facts jsonb NOT NULL,
        window_start date NOT NULL,
        window_end date NOT NULL,
        status text NOT NULL DEFAULT 'PROPOSED' CHECK (status IN ('PROPOSED', 'APPLIED', 'DISMISSED', 'SUPERSEDED')),
        created_at timestamptz NOT NULL DEFAULT now(),
        decided_at timestamptz,
        decided_by uuid REFERENCES app_user(id),
        decision_note text NOT NULL DEFAULT '' CHECK (length(decision_note) <= 1000)
      );
      CREATE UNIQUE INDEX tier_proposal_open ON tier_proposal (partner_id) WHERE status = 'PROPOSED';
      CREATE INDEX tier_proposal_created ON tier_proposal (created_at DESC, id DESC);
      GRANT SELECT, INSERT (partner_id, from_tier_id, to_tier_id, direction, facts, window_start, window_end, status, decided_at),
        UPDATE (status, decided_at, decided_by, decision_note, facts) ON tier_proposal TO trellis_app;
      ALTER TABLE tier_proposal ENABLE ROW LEVEL SECURITY;
      ALTER TABLE tier_proposal FORCE ROW LEVEL SECURITY;
      CREATE POLICY tier_proposal_read ON tier_proposal FOR SELECT TO trellis_app USING ${BRAND_READER};
      CREATE POLICY tier_proposal_insert ON tier_proposal FOR INSERT TO trellis_app WITH CHECK ${BRAND_WRITER};
      CREATE POLICY tier_proposal_update ON tier_proposal FOR UPDATE TO trellis_app USING ${BRAND_WRITER} WITH CHECK ${BRAND_WRITER};
      CREATE POLICY tier_proposal_owner ON tier_proposal TO CURRENT_USER USING (true) WITH CHECK (true);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE tier_proposal, tier_standing, tier_program, tier_criterion;
      ALTER TABLE tier DROP COLUMN mdf_share_percent;
    `);
  }
}
