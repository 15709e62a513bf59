import { MigrationInterface, QueryRunner } from 'typeorm';
import { partnerOwnedTableSql } from './1732400000000-foundation';

/** Who may write the brand owner's warehouse: its channel staff (and Trellis itself, which acts as ADMIN); analysts only read. */
const BRAND_WRITER = `((SELECT current_setting('trellis.role', true)) IN ('ADMIN', 'CHANNEL_MANAGER'))`;

/**
 * Orders: sell-in (a partner buys from the brand owner) and sell-out (a partner sells to its customer), each
 * with its lines at the prices the server computed, a number the customer is given (O-2026-000123), an
 * append-only timeline (sales_order_event, timed by PostgreSQL) and the time of each step on the order.
 * A partner's retry of the same request is recognised by its idempotency key and a hash of what it sent.
 * brand_stock is the brand owner's warehouse, which confirmed sell-in orders draw on (sell-out ones draw on
 * the partner's own offer.stock); every signed-in role reads it, brand staff write it.
 *
 * trellis_order_status(number, email) is the public order page's one read: a sell-out order's number,
 * status, steps and shipment, for its customer's email only. It runs as trellis_order_lookup (SECURITY
 * DEFINER, owned by that role, as trellis_open_showroom is owned by trellis_public), which may read exactly
 * those columns of sell-out orders and nothing else: the public role itself reads no order table.
 */
export class Orders1733000000009 implements MigrationInterface {
  name = 'Orders1733000000009';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE SEQUENCE sales_order_number_seq;
      -- O-<year>-<number>: six digits at least, never cut.
      CREATE FUNCTION trellis_order_number(at timestamptz) RETURNS text LANGUAGE sql VOLATILE SET search_path = pg_catalog, public, pg_temp
        AS $fn$ SELECT 'O-' || to_char(at AT TIME ZONE 'UTC', 'YYYY') || '-' || lpad(n::text, greatest(6, length(n::text)), '0')
                  FROM nextval('sales_order_number_seq') n $fn$;

      CREATE TABLE sales_order (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        number text NOT NULL UNIQUE,
        kind text NOT NULL CHECK (kind IN ('SELL_IN', 'SELL_OUT')),
        -- The ordering partner (SELL_IN) or the selling one (SELL_OUT).
        partner_id uuid NOT NULL REFERENCES partner(id),
        status text NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'CONFIRMED', 'IN_FULFILMENT', 'SHIPPED', 'DELIVERED', 'CANCELLED')),
        currency char(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
        net_minor bigint NOT NULL CHECK (net_minor >= 0),
        vat_minor bigint NOT NULL CHECK (vat_minor >= 0),
        gross_minor bigint NOT NULL,
        vat_percent numeric(5,2) NOT NULL DEFAULT 0 CHECK (vat_percent BETWEEN 0 AND 100),
        customer_name text CHECK (length(customer_name) <= 120),
        customer_company text CHECK (length(customer_company) <= 200),
        customer_email text CHECK (length(customer_email) <= 254),
        customer_phone text CHECK (length(customer_phone) <= 30),
        lead_id uuid UNIQUE REFERENCES lead(id),
        idempotency_key text NOT NULL CHECK (length(idempotency_key) BETWEEN 8 AND 100),
        payload_hash text NOT NULL,
        created_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        status_changed_at timestamptz NOT NULL DEFAULT now(),
        submitted_at timestamptz,
        confirmed_at timestamptz,
        fulfilment_started_at timestamptz,
        shipped_at timestamptz,
        delivered_at timestamptz,
        cancelled_at timestamptz,
        cancellation_reason text CHECK (length(cancellation_reason) <= 500),
        carrier text CHECK (length(carrier) <= 100),
        tracking_reference text CHECK (length(tracking_reference) <= 100),
        invoice_number text CHECK (length(invoice_number) <= 60),
        invoiced_at timestamptz,
        due_at timestamptz,
        paid_at timestamptz,
        CHECK (gross_minor = net_minor + vat_minor),
        -- A sell-out order names its customer; a sell-in order has none (the partner is the customer).
        CHECK (CASE kind WHEN 'SELL_OUT' THEN customer_name IS NOT NULL AND customer_email IS NOT NULL
                         ELSE num_nulls(customer_name, customer_company, customer_email, customer_phone, lead_id) = 5 END),
        CHECK ((shipped_at IS NULL) = (carrier IS NULL) AND (carrier IS NULL) = (tracking_reference IS NULL)),
        CHECK ((invoice_number IS NULL) = (invoiced_at IS NULL) AND (invoiced_at IS NULL) = (due_at IS NULL) AND due_at >= invoiced_at),
        CHECK (paid_at IS NULL OR invoice_number IS NOT NULL),
        CHECK ((status = 'CANCELLED') = (cancelled_at IS NOT NULL)),
        UNIQUE (partner_id, idempotency_key),
        UNIQUE (id, partner_id)
      );
      CREATE INDEX sales_order_partner_created ON sales_order (partner_id, created_at DESC, id DESC);
      CREATE INDEX sales_order_created ON sales_order (created_at DESC, id DESC);
      GRANT SELECT, INSERT, UPDATE ON sales_order TO trellis_app;
      GRANT USAGE ON SEQUENCE sales_order_number_seq TO trellis_app;
      ${partnerOwnedTableSql('sales_order')}

      CREATE TABLE sales_order_line (
        order_id uuid NOT NULL,
        partner_id uuid NOT NULL REFERENCES partner(id),
        line_no int NOT NULL CHECK (line_no BETWEEN 1 AND 200),
        product_id uuid NOT NULL REFERENCES product(id),
        quantity int NOT NULL CHECK (quantity BETWEEN 1 AND 100000),
        unit_price_minor bigint NOT NULL CHECK (unit_price_minor >= 0),
        line_net_minor bigint NOT NULL,
        CHECK (line_net_minor = unit_price_minor * quantity),
        PRIMARY KEY (order_id, line_no),
        UNIQUE (order_id, product_id),
        -- A line belongs to its order's partner.
        FOREIGN KEY (order_id, partner_id) REFERENCES sales_order (id, partner_id)
      );
      GRANT SELECT, INSERT ON sales_order_line TO trellis_app;
      ${partnerOwnedTableSql('sales_order_line')}

      CREATE TABLE sales_order_event (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        order_id uuid NOT NULL,
        partner_id uuid NOT NULL REFERENCES partner(id),
        action text NOT NULL CHECK (action IN ('CREATED', 'SUBMITTED', 'CONFIRMED', 'FULFILMENT_STARTED', 'SHIPPED', 'DELIVERED', 'CANCELLED', 'INVOICED', 'PAID')),
        from_status text,
        to_status text NOT NULL,
        actor_id uuid REFERENCES app_user(id),
        note text CHECK (length(note) <= 1000),
        at timestamptz NOT NULL DEFAULT clock_timestamp(),
        FOREIGN KEY (order_id, partner_id) REFERENCES sales_order (id, partner_id)
      );
      CREATE INDEX sales_order_event_order ON sales_order_event (order_id, id);
      -- Append-only, and timed by PostgreSQL: no role of a request may set \`at\`, change or delete a row.
      GRANT SELECT, INSERT (order_id, partner_id, action, from_status, to_status, actor_id, note) ON sales_order_event TO trellis_app;
      ${partnerOwnedTableSql('sales_order_event')}

      CREATE TABLE brand_stock (
        product_id uuid PRIMARY KEY REFERENCES product(id) ON DELETE CASCADE,
        on_hand integer NOT NULL CHECK (on_hand >= 0),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      GRANT SELECT, INSERT, UPDATE ON brand_stock TO trellis_app;
      ALTER TABLE brand_stock ENABLE ROW LEVEL SECURITY;
      ALTER TABLE brand_stock FORCE ROW LEVEL SECURITY;
      CREATE POLICY brand_stock_read ON brand_stock FOR SELECT TO trellis_app USING (true);
      CREATE POLICY brand_stock_insert ON brand_stock FOR INSERT TO trellis_app WITH CHECK ${BRAND_WRITER};
      CREATE POLICY brand_stock_update ON brand_stock FOR UPDATE TO trellis_app USING ${BRAND_WRITER} WITH CHECK ${BRAND_WRITER};
      CREATE POLICY brand_stock_owner ON brand_stock TO CURRENT_USER USING (true) WITH CHECK (true);

      DO $$ BEGIN
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'trellis_order_lookup') THEN CREATE ROLE trellis_order_lookup NOLOGIN; END IF;
        IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
          EXECUTE format('GRANT trellis_order_lookup TO %I', current_user);
        END IF;
      END $$;
      GRANT USAGE ON SCHEMA public TO trellis_order_lookup;
      GRANT SELECT (number, kind, status, customer_email, status_changed_at, submitted_at, confirmed_at, fulfilment_started_at,
        shipped_at, delivered_at, cancelled_at, carrier, tracking_reference) ON sales_order TO trellis_order_lookup;
      CREATE POLICY sales_order_status_lookup ON sales_order FOR SELECT TO trellis_order_lookup USING (kind = 'SELL_OUT');

      -- Nothing for anything else (an unknown number, another email, a sell-in order): the page is no oracle.
      CREATE FUNCTION trellis_order_status(wanted_number text, wanted_email text)
      RETURNS TABLE (number text, status text, last_changed_at timestamptz, steps json, carrier text, tracking_reference text)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
      AS $fn$
        SELECT o.number, o.status, o.status_changed_at,
               (SELECT coalesce(json_agg(json_build_object('status', s.status, 'at', s.at) ORDER BY s.at, s.n), '[]'::json)
                  FROM (VALUES (1, 'SUBMITTED', o.submitted_at), (2, 'CONFIRMED', o.confirmed_at), (3, 'IN_FULFILMENT', o.fulfilment_started_at),
                               (4, 'SHIPPED', o.shipped_at), (5, 'DELIVERED', o.delivered_at), (6, 'CANCELLED', o.cancelled_at)) AS s(n, status, at)
                 WHERE s.at IS NOT NULL),
               o.carrier, o.tracking_reference
          FROM public.sales_order o
         WHERE o.number = wanted_number AND o.kind = 'SELL_OUT' AND lower(o.customer_email) = lower(btrim(wanted_email))
      $fn$;
      GRANT CREATE ON SCHEMA public TO trellis_order_lookup;
      ALTER FUNCTION trellis_order_status(text, text) OWNER TO trellis_order_lookup;
      REVOKE CREATE ON SCHEMA public FROM trellis_order_lookup;
      REVOKE ALL ON FUNCTION trellis_order_status(text, text) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION trellis_order_status(text, text) TO trellis_app, trellis_public;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP FUNCTION trellis_order_status(text, text);
      DROP TABLE brand_stock, sales_order_event, sales_order_line, sales_order;
      REVOKE ALL ON SCHEMA public FROM trellis_order_lookup;
      DROP FUNCTION trellis_order_number(timestamptz);
      DROP SEQUENCE sales_order_number_seq;
    `);
  }
}
