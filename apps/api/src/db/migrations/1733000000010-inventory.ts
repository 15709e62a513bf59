import { MigrationInterface, QueryRunner } from 'typeorm';
import { partnerOwnedTableSql } from './1732400000000-foundation';

/**
 * Partners' stock counts: one row per partner, product and day counted (a product counted again that day is
 * corrected in place), the latest day being the partner's level. Partner-owned under row-level security;
 * the channel inventory and the average-inventory and distribution-rate figures read it.
 */
export class Inventory1733000000010 implements MigrationInterface {
  name = 'Inventory1733000000010';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE inventory_snapshot (
        partner_id uuid NOT NULL REFERENCES partner(id),
        product_id uuid NOT NULL REFERENCES product(id) ON DELETE CASCADE,
        counted_on date NOT NULL CHECK (counted_on >= DATE '2000-01-01'),
        on_hand integer NOT NULL CHECK (on_hand BETWEEN 0 AND 1000000000),
        reported_by uuid REFERENCES app_user(id),
        reported_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (partner_id, product_id, counted_on)
      );
      CREATE INDEX inventory_snapshot_product ON inventory_snapshot (product_id, partner_id, counted_on DESC);
      GRANT SELECT, INSERT, UPDATE (on_hand, reported_by, reported_at) ON inventory_snapshot TO trellis_app;
      ${partnerOwnedTableSql('inventory_snapshot')}
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE inventory_snapshot`);
  }
}
