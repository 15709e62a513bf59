import { MigrationInterface, QueryRunner } from 'typeorm';

/** Rows only brand-owner staff (and Trellis itself, as owner) may see: partners never do, not even their own. */
export function brandOnlyTableSql(table: string): string {
  const brand = `((SELECT current_setting('trellis.all_partners', true)) = 'on')`;
  return `
    ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY;
    ALTER TABLE ${table} FORCE ROW LEVEL SECURITY;
    CREATE POLICY ${table}_brand_only ON ${table} TO trellis_app USING ${brand} WITH CHECK ${brand};
    CREATE POLICY ${table}_owner ON ${table} TO CURRENT_USER USING (true) WITH CHECK (true);`;
}

/** trellis_enqueue (see the job-queue migration) accepting these task names only. */
export function enqueueFunctionSql(tasks: readonly string[]): string {
  return `
    CREATE OR REPLACE FUNCTION trellis_enqueue(task text, payload json, run_at timestamptz, job_key text, max_attempts integer)
    RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $fn$
    BEGIN
      IF task IS NULL OR task NOT IN (${tasks.map((t) => `'${t}'`).join(', ')}) THEN
        RAISE EXCEPTION 'unknown task: %', task USING ERRCODE = '22023';
      END IF;
      PERFORM graphile_worker.add_job(task, payload, run_at => run_at, job_key => job_key,
        max_attempts => max_attempts, job_key_mode => 'replace');
    END
    $fn$;`;
}

/**
 * Automatic dispatch by rules the channel manager tunes (one row: a weight per rule, hard limits):
 * territory match, product-category competence, tier priority, distance to the customer and open-lead
 * capacity give each candidate a score; among equal scores the partner whose turn is oldest wins (round
 * robin, partner_lead_turn). Each automatic choice keeps its explanation: every ranked candidate's score
 * per rule, brand-only (it names other partners). A tier may cap the leads a partner holds open at once.
 * trellis_enqueue learns lead_auto_dispatch (a declined lead goes to the next best partner).
 */
export class DispatchRules1733000000000 implements MigrationInterface {
  name = 'DispatchRules1733000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE dispatch_rules (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        territory_weight int NOT NULL DEFAULT 30 CHECK (territory_weight BETWEEN 0 AND 100),
        category_weight int NOT NULL DEFAULT 30 CHECK (category_weight BETWEEN 0 AND 100),
        tier_weight int NOT NULL DEFAULT 20 CHECK (tier_weight BETWEEN 0 AND 100),
        distance_weight int NOT NULL DEFAULT 15 CHECK (distance_weight BETWEEN 0 AND 100),
        capacity_weight int NOT NULL DEFAULT 5 CHECK (capacity_weight BETWEEN 0 AND 100),
        require_territory boolean NOT NULL DEFAULT true,
        max_distance_km int CHECK (max_distance_km BETWEEN 1 AND 20000),
        redispatch boolean NOT NULL DEFAULT true,
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid REFERENCES app_user(id)
      );
      INSERT INTO dispatch_rules DEFAULT VALUES;
      GRANT SELECT, UPDATE ON dispatch_rules TO trellis_app;
      ${brandOnlyTableSql('dispatch_rules')}

      ALTER TABLE tier ADD COLUMN max_open_leads integer CHECK (max_open_leads BETWEEN 1 AND 100000);

      -- Round robin: each dispatch to a partner takes the next turn (dispatches hold one advisory lock, so
      -- turns are numbered in order); among equals the oldest turn wins.
      CREATE TABLE partner_lead_turn (
        partner_id uuid PRIMARY KEY REFERENCES partner(id) ON DELETE CASCADE,
        turn bigint NOT NULL
      );
      GRANT SELECT, INSERT, UPDATE ON partner_lead_turn TO trellis_app;
      ${brandOnlyTableSql('partner_lead_turn')}

      CREATE TABLE lead_dispatch_explanation (
        event_id bigint PRIMARY KEY REFERENCES lead_event(id) ON DELETE CASCADE,
        lead_id uuid NOT NULL REFERENCES lead(id) ON DELETE CASCADE,
        -- Partners that passed the hard limits (active, territory when required, distance, capacity, not
        -- declined or let expire this lead before); the best of them are listed in candidates.
        considered int NOT NULL,
        rules jsonb NOT NULL,
        candidates jsonb NOT NULL
      );
      CREATE INDEX lead_dispatch_explanation_lead ON lead_dispatch_explanation (lead_id);
      GRANT SELECT, INSERT ON lead_dispatch_explanation TO trellis_app;
      ${brandOnlyTableSql('lead_dispatch_explanation')}

      -- Open leads per partner, counted for capacity.
      CREATE INDEX lead_open_partner ON lead (partner_id) WHERE status IN ('NEW', 'DISPATCHED', 'ACCEPTED', 'QUALIFIED');

      ${enqueueFunctionSql(['send_mail', 'lead_sla_expired', 'lead_auto_dispatch'])}
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE lead_dispatch_explanation;
      DROP TABLE partner_lead_turn;
      DROP TABLE dispatch_rules;
      DROP INDEX lead_open_partner;
      ALTER TABLE tier DROP COLUMN max_open_leads;
      ${enqueueFunctionSql(['send_mail', 'lead_sla_expired'])}
    `);
  }
}
