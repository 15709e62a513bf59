import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * MDF attribution: a lead may be credited to the MDF activity that brought it (a request of the lead's own
 * partner, enforced by the composite foreign key), so that an activity's leads and converted revenue give its
 * return on investment. The partner's people set or clear the link; nothing else of the lead changes with it.
 */
export class MdfAttribution1733000000015 implements MigrationInterface {
  name = 'MdfAttribution1733000000015';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE lead ADD COLUMN mdf_request_id uuid;
      ALTER TABLE lead ADD CONSTRAINT lead_mdf_request_fkey FOREIGN KEY (mdf_request_id, partner_id) REFERENCES mdf_request (id, partner_id);
      CREATE INDEX lead_mdf_request ON lead (mdf_request_id) WHERE mdf_request_id IS NOT NULL;
      GRANT UPDATE (mdf_request_id) ON lead TO trellis_app;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`REVOKE UPDATE (mdf_request_id) ON lead FROM trellis_app; ALTER TABLE lead DROP COLUMN mdf_request_id`);
  }
}
