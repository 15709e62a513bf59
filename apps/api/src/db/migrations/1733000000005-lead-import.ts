import { MigrationInterface, QueryRunner } from 'typeorm';
import { brandOnlyTableSql, enqueueFunctionSql } from './1733000000000-dispatch-rules';

const TASKS = ['send_mail', 'lead_sla_expired', 'lead_auto_dispatch', 'lead_sla_warning', 'notification_mail'];

/**
 * Channel managers import leads from CSV files: one row per file, brand-only. A file that fails its checks
 * is FAILED with its problems (at most 200 kept, error_count says how many); a good one keeps its checked
 * rows until the lead_import job has written them (then they are cleared: personal data is not kept
 * twice), and the ids of the leads it made (for dispatch, and to resume it).
 */
export class LeadImport1733000000005 implements MigrationInterface {
  name = 'LeadImport1733000000005';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE lead_import (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        status text NOT NULL CHECK (status IN ('RUNNING', 'FAILED', 'DONE')),
        file_name text CHECK (char_length(file_name) <= 200),
        dispatch boolean NOT NULL DEFAULT false,
        total_rows int NOT NULL DEFAULT 0 CHECK (total_rows >= 0),
        processed_rows int NOT NULL DEFAULT 0 CHECK (processed_rows >= 0),
        created_count int NOT NULL DEFAULT 0 CHECK (created_count >= 0),
        dispatched_count int NOT NULL DEFAULT 0 CHECK (dispatched_count >= 0),
        errors jsonb NOT NULL DEFAULT '[]',
        error_count int NOT NULL DEFAULT 0 CHECK (error_count >= 0),
        rows jsonb,
        lead_ids uuid[],
        created_by uuid NOT NULL REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz,
        CHECK (status <> 'FAILED' OR error_count > 0)
      );
      CREATE INDEX lead_import_recent ON lead_import (created_at DESC, id DESC);
      GRANT SELECT, INSERT, UPDATE ON lead_import TO trellis_app;
      ${brandOnlyTableSql('lead_import')}
      ${enqueueFunctionSql([...TASKS, 'lead_import'])}
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE lead_import;
      ${enqueueFunctionSql(TASKS)}
    `);
  }
}
