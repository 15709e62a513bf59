import { MigrationInterface, QueryRunner } from 'typeorm';
import { partnerVisible } from './1732400000000-foundation';

const BRAND_WRITER = `((SELECT current_setting('trellis.role', true)) IN ('ADMIN', 'CHANNEL_MANAGER'))`;
const BRAND_READER = `((SELECT current_setting('trellis.all_partners', true)) = 'on')`;
const PARTNER_MANAGER = `((SELECT current_setting('trellis.role', true)) = 'PARTNER_MANAGER')`;

/**
 * Interactions: every contact of the brand's channel staff with a partner (a visit, call, meeting, email or
 * training) with its participants, notes, outcome and follow-up tasks. They are the brand's records: brand
 * staff read all, channel writers write them, and a partner's own manager reads those marked shared (and
 * nothing else: not the unshared ones, not the tasks). Lengths match the input validators; participants
 * are checked by a function, as a CHECK may not read an array's elements with a sub-select.
 *
 * The partner timeline pages each source's events by (time, key) per partner: the indexes below let the
 * order, service and MDF events of one partner be read newest first without scanning all of them.
 */
export class Interactions1733000000018 implements MigrationInterface {
  name = 'Interactions1733000000018';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION trellis_participants_valid(names text[]) RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT cardinality(names) <= 20 AND NOT EXISTS (SELECT 1 FROM unnest(names) n WHERE n IS NULL OR length(n) NOT BETWEEN 1 AND 100)
      $$;
      GRANT EXECUTE ON FUNCTION trellis_participants_valid(text[]) TO trellis_app;

      CREATE TABLE interaction (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partner_id uuid NOT NULL REFERENCES partner(id),
        kind text NOT NULL CHECK (kind IN ('VISIT', 'CALL', 'MEETING', 'EMAIL', 'TRAINING')),
        occurred_at timestamptz NOT NULL CHECK (occurred_at >= '2000-01-01' AND occurred_at < '2100-01-01'),
        subject text NOT NULL CHECK (length(subject) BETWEEN 3 AND 200),
        participants text[] NOT NULL DEFAULT '{}' CHECK (trellis_participants_valid(participants)),
        notes text NOT NULL DEFAULT '' CHECK (length(notes) <= 5000),
        outcome text NOT NULL DEFAULT '' CHECK (length(outcome) <= 1000),
        shared boolean NOT NULL DEFAULT false,
        created_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (id, partner_id)
      );
      CREATE INDEX interaction_partner ON interaction (partner_id, occurred_at DESC, id DESC);
      CREATE INDEX interaction_occurred ON interaction (occurred_at DESC, id DESC);
      GRANT SELECT, INSERT (partner_id, kind, occurred_at, subject, participants, notes, outcome, shared, created_by),
        UPDATE (kind, occurred_at, subject, participants, notes, outcome, shared, updated_at) ON interaction TO trellis_app;
      ALTER TABLE interaction ENABLE ROW LEVEL SECURITY;
      ALTER TABLE interaction FORCE ROW LEVEL SECURITY;
      CREATE POLICY interaction_read ON interaction FOR SELECT TO trellis_app
        USING (${BRAND_READER} OR (shared AND ${PARTNER_MANAGER} AND ${partnerVisible('partner_id')}));
      CREATE POLICY interaction_insert ON interaction FOR INSERT TO trellis_app WITH CHECK ${BRAND_WRITER};
      CREATE POLICY interaction_update ON interaction FOR UPDATE TO trellis_app USING ${BRAND_WRITER} WITH CHECK ${BRAND_WRITER};
      CREATE POLICY interaction_owner ON interaction TO CURRENT_USER USING (true) WITH CHECK (true);

      CREATE TABLE interaction_task (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        interaction_id uuid NOT NULL,
        partner_id uuid NOT NULL,
        title text NOT NULL CHECK (length(title) BETWEEN 3 AND 200),
        due_on date NOT NULL CHECK (due_on BETWEEN '2000-01-01' AND '2100-12-31'),
        assignee_id uuid REFERENCES app_user(id),
        done_at timestamptz,
        done_by uuid REFERENCES app_user(id),
        created_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (interaction_id, partner_id) REFERENCES interaction (id, partner_id)
      );
      CREATE INDEX interaction_task_interaction ON interaction_task (interaction_id, due_on, id);
      CREATE INDEX interaction_task_open ON interaction_task (due_on, id) WHERE done_at IS NULL;
      GRANT SELECT, INSERT (interaction_id, partner_id, title, due_on, assignee_id, created_by), UPDATE (done_at, done_by) ON interaction_task TO trellis_app;
      ALTER TABLE interaction_task ENABLE ROW LEVEL SECURITY;
      ALTER TABLE interaction_task FORCE ROW LEVEL SECURITY;
      CREATE POLICY interaction_task_read ON interaction_task FOR SELECT TO trellis_app USING ${BRAND_READER};
      CREATE POLICY interaction_task_insert ON interaction_task FOR INSERT TO trellis_app WITH CHECK ${BRAND_WRITER};
      CREATE POLICY interaction_task_update ON interaction_task FOR UPDATE TO trellis_app USING ${BRAND_WRITER} WITH CHECK ${BRAND_WRITER};
      CREATE POLICY interaction_task_owner ON interaction_task TO CURRENT_USER USING (true) WITH CHECK (true);

      -- lead_event has its (partner_id, at) index from migration 1733000000017.
      CREATE INDEX sales_order_event_timeline ON sales_order_event (partner_id, at DESC);
      CREATE INDEX service_case_event_timeline ON service_case_event (partner_id, at DESC);
      CREATE INDEX mdf_ledger_timeline ON mdf_ledger (partner_id, at DESC);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX sales_order_event_timeline, service_case_event_timeline, mdf_ledger_timeline;
      DROP TABLE interaction_task, interaction;
      DROP FUNCTION trellis_participants_valid(text[]);
    `);
  }
}
