import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hours a partner has to accept a dispatched lead, per tier (NULL: no limit). A dispatch queues the
 * lead's timer as a job (lead_sla_expired, one per lead: a new dispatch moves it); a lead still waiting
 * when it fires goes back to dispatch (EXPIRED in its history). trellis_enqueue learns the new task.
 */
export class LeadSla1732900000002 implements MigrationInterface {
  name = 'LeadSla1732900000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE tier ADD COLUMN lead_accept_hours integer CHECK (lead_accept_hours BETWEEN 1 AND 720);
      ALTER TABLE lead_event DROP CONSTRAINT lead_event_action_check;
      ALTER TABLE lead_event ADD CONSTRAINT lead_event_action_check
        CHECK (action IN ('FILED', 'DISPATCHED', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'QUALIFIED', 'CONVERTED', 'DISQUALIFIED', 'LOST'));
      CREATE OR REPLACE FUNCTION trellis_enqueue(task text, payload json, run_at timestamptz, job_key text, max_attempts integer)
      RETURNS void
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
      AS $fn$
      BEGIN
        IF task IS NULL OR task NOT IN ('send_mail', 'lead_sla_expired') THEN
          RAISE EXCEPTION 'unknown task: %', task USING ERRCODE = '22023';
        END IF;
        PERFORM graphile_worker.add_job(task, payload, run_at => run_at, job_key => job_key,
          max_attempts => max_attempts, job_key_mode => 'replace');
      END
      $fn$;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE tier DROP COLUMN lead_accept_hours;
      ALTER TABLE lead_event DROP CONSTRAINT lead_event_action_check;
      DELETE FROM lead_event WHERE action = 'EXPIRED';
      ALTER TABLE lead_event ADD CONSTRAINT lead_event_action_check
        CHECK (action IN ('FILED', 'DISPATCHED', 'ACCEPTED', 'DECLINED', 'QUALIFIED', 'CONVERTED', 'DISQUALIFIED', 'LOST'));
      CREATE OR REPLACE FUNCTION trellis_enqueue(task text, payload json, run_at timestamptz, job_key text, max_attempts integer)
      RETURNS void
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
      AS $fn$
      BEGIN
        IF task IS NULL OR task NOT IN ('send_mail') THEN
          RAISE EXCEPTION 'unknown task: %', task USING ERRCODE = '22023';
        END IF;
        PERFORM graphile_worker.add_job(task, payload, run_at => run_at, job_key => job_key,
          max_attempts => max_attempts, job_key_mode => 'replace');
      END
      $fn$;
    `);
  }
}
