import { MigrationInterface, QueryRunner } from 'typeorm';
import { partnerOwnedTableSql } from './1732400000000-foundation';

/**
 * Partial shipments: an order in fulfilment ships in one or more parcels, each with its carrier, tracking
 * reference, lines and delivery. The order is SHIPPED once every unit is on its way and DELIVERED once every
 * parcel is. The single shipment of orders shipped before this migration becomes their one parcel, with all
 * their lines.
 */
export class OrderShipments1733000000012 implements MigrationInterface {
  name = 'OrderShipments1733000000012';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE sales_order_shipment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        order_id uuid NOT NULL,
        partner_id uuid NOT NULL,
        carrier text NOT NULL CHECK (length(carrier) BETWEEN 1 AND 100),
        tracking_reference text NOT NULL CHECK (length(tracking_reference) BETWEEN 1 AND 100),
        shipped_at timestamptz NOT NULL DEFAULT now(),
        delivered_at timestamptz,
        UNIQUE (order_id, carrier, tracking_reference),
        UNIQUE (id, partner_id),
        FOREIGN KEY (order_id, partner_id) REFERENCES sales_order (id, partner_id)
      );
      CREATE INDEX sales_order_shipment_order ON sales_order_shipment (order_id, shipped_at);
      GRANT SELECT, INSERT (order_id, partner_id, carrier, tracking_reference), UPDATE (delivered_at) ON sales_order_shipment TO trellis_app;
      ${partnerOwnedTableSql('sales_order_shipment')}

      CREATE TABLE sales_order_shipment_line (
        shipment_id uuid NOT NULL,
        partner_id uuid NOT NULL,
        product_id uuid NOT NULL REFERENCES product(id),
        quantity integer NOT NULL CHECK (quantity > 0),
        PRIMARY KEY (shipment_id, product_id),
        FOREIGN KEY (shipment_id, partner_id) REFERENCES sales_order_shipment (id, partner_id)
      );
      GRANT SELECT, INSERT ON sales_order_shipment_line TO trellis_app;
      ${partnerOwnedTableSql('sales_order_shipment_line')}

      INSERT INTO sales_order_shipment (order_id, partner_id, carrier, tracking_reference, shipped_at, delivered_at)
        SELECT id, partner_id, carrier, tracking_reference, shipped_at, delivered_at FROM sales_order WHERE shipped_at IS NOT NULL AND carrier IS NOT NULL;
      INSERT INTO sales_order_shipment_line (shipment_id, partner_id, product_id, quantity)
        SELECT s.id, s.partner_id, l.product_id, l.quantity FROM sales_order_shipment s JOIN sales_order_line l ON l.order_id = s.order_id;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE sales_order_shipment_line, sales_order_shipment`);
  }
}
