import { MigrationInterface, QueryRunner } from 'typeorm';

/** The partner's staff member working a lead (set by the partner's manager); ASSIGNED in the lead's history. */
export class LeadAssignee1732900000003 implements MigrationInterface {
  name = 'LeadAssignee1732900000003';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE lead ADD COLUMN assignee_id uuid REFERENCES app_user(id);
      ALTER TABLE lead_event DROP CONSTRAINT lead_event_action_check;
      ALTER TABLE lead_event ADD CONSTRAINT lead_event_action_check
        CHECK (action IN ('FILED', 'DISPATCHED', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'ASSIGNED', 'QUALIFIED', 'CONVERTED', 'DISQUALIFIED', 'LOST'));
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE lead DROP COLUMN assignee_id;
      ALTER TABLE lead_event DROP CONSTRAINT lead_event_action_check;
      DELETE FROM lead_event WHERE action = 'ASSIGNED';
      ALTER TABLE lead_event ADD CONSTRAINT lead_event_action_check
        CHECK (action IN ('FILED', 'DISPATCHED', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'QUALIFIED', 'CONVERTED', 'DISQUALIFIED', 'LOST'));
    `);
  }
}
