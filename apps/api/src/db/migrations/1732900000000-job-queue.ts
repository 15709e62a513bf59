import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * trellis_enqueue(task, payload, run_at, job_key, max_attempts): how a request queues background work in
 * its own transaction. graphile-worker's schema (installed by its own migrations right after these, see
 * db/migrate.ts) belongs to the owner; request roles get no right on it. trellis_app (signed-in work) may
 * call this function, which runs as the owner, accepts only the tasks Trellis has (a new task comes with a
 * migration that adds it), and replaces a waiting job with the same key
 * (a timer set again moves, it does not fire twice). pg_temp comes last: no temporary object can stand in.
 */
export class JobQueue1732900000000 implements MigrationInterface {
  name = 'JobQueue1732900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION trellis_enqueue(task text, payload json, run_at timestamptz, job_key text, max_attempts integer)
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
      REVOKE ALL ON FUNCTION trellis_enqueue(text, json, timestamptz, text, integer) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION trellis_enqueue(text, json, timestamptz, text, integer) TO trellis_app;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION trellis_enqueue(text, json, timestamptz, text, integer)`);
  }
}
