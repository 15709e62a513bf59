import { MigrationInterface, QueryRunner } from 'typeorm';

/** Done follow-ups are listed latest done first (interactionTasks(open: false)): read in that order. */
export class DoneTasks1733000000021 implements MigrationInterface {
  name = 'DoneTasks1733000000021';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX interaction_task_done ON interaction_task (done_at DESC, id DESC) WHERE done_at IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX interaction_task_done`);
  }
}
