import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When tiers were last evaluated is read from the partners' standings (the time the evaluation wrote
 * them) instead of a column of tier_program: only admins may update the program's row, and a channel
 * manager's "Evaluate now" left that column as it was.
 */
export class TierEvaluatedAt1733000000026 implements MigrationInterface {
  name = 'TierEvaluatedAt1733000000026';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE tier_program DROP COLUMN evaluated_at;
      CREATE INDEX tier_standing_evaluated ON tier_standing (evaluated_at DESC);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX tier_standing_evaluated;
      ALTER TABLE tier_program ADD COLUMN evaluated_at timestamptz;
      GRANT UPDATE (evaluated_at) ON tier_program TO trellis_app;
    `);
  }
}
