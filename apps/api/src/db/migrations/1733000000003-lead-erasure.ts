import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Personal data of end customers: a channel manager erases a lead's contact details on request, and a
 * daily job erases those of leads past the retention period. The lead stays (status, partner, products,
 * value, history), so that counts and KPIs hold; ERASED in its history says who and when.
 */
export class LeadErasure1733000000003 implements MigrationInterface {
  name = 'LeadErasure1733000000003';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE lead ADD COLUMN erased_at timestamptz;
      ALTER TABLE lead_event DROP CONSTRAINT lead_event_action_check;
      ALTER TABLE lead_event ADD CONSTRAINT lead_event_action_check
        CHECK (action IN ('FILED', 'DISPATCHED', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'ASSIGNED', 'QUALIFIED', 'CONVERTED', 'DISQUALIFIED', 'LOST', 'ERASED'));
      CREATE INDEX lead_retention ON lead (created_at) WHERE erased_at IS NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX lead_retention;
      DELETE FROM lead_event WHERE action = 'ERASED';
      ALTER TABLE lead_event DROP CONSTRAINT lead_event_action_check;
      ALTER TABLE lead_event ADD CONSTRAINT lead_event_action_check
        CHECK (action IN ('FILED', 'DISPATCHED', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'ASSIGNED', 'QUALIFIED', 'CONVERTED', 'DISQUALIFIED', 'LOST'));
      ALTER TABLE lead DROP COLUMN erased_at;
    `);
  }
}
