import { MigrationInterface, QueryRunner } from 'typeorm';

/** Brand staff file leads of their own (source CHANNEL): they draw references too. */
export class ChannelLeads1733000000004 implements MigrationInterface {
  name = 'ChannelLeads1733000000004';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`GRANT USAGE ON SEQUENCE lead_reference_seq TO trellis_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`REVOKE USAGE ON SEQUENCE lead_reference_seq FROM trellis_app`);
  }
}
