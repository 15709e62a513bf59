import { MigrationInterface, QueryRunner } from 'typeorm';
import { partnerVisible } from './1732400000000-foundation';
import { MONTH, SYSTEM } from './1733000000017-channel-metrics';

/**
 * Orders' KPI figures kept per order. Until now a change to an order marked its (partner, month) cells,
 * and the rollup job recomputed each marked cell from every order in it: 10,000 new order lines over
 * 2,000 partners meant reading some 200,000 lines again, and looking up a cost for each sell-out line.
 *
 * kpi_order_fact holds each order's own part of the figures, per month it counts in (submission,
 * delivery, payment). A change marks the order (kpi_order_dirty); the job recomputes the facts of the
 * marked orders only, and sums each touched cell's facts (an index range of a few dozen rows) into the
 * rollups. A sell-in order is also the cost of the partner's later sell-out lines of its products (gross
 * margin): a change that adds or removes it as a cost marks the time from which sell-out orders' costs
 * may differ (cost_from), and the job recomputes the facts of the partner's sell-out orders from then on
 * (none, for a sell-in placed now).
 *
 * trellis_order_facts(ids) is the one computation of an order's facts, used by the job and to fill the
 * table here; its results equal the cell computation of OrderFigures (the property test holds them equal).
 */
export class OrderFacts1733000000020 implements MigrationInterface {
  name = 'OrderFacts1733000000020';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE kpi_order_fact (
        order_id uuid NOT NULL,
        month date NOT NULL,
        partner_id uuid NOT NULL REFERENCES partner(id) ON DELETE CASCADE,
        currency char(3) NOT NULL,
        sell_in_minor bigint NOT NULL DEFAULT 0,
        sell_out_minor bigint NOT NULL DEFAULT 0,
        costed_sell_out_minor bigint NOT NULL DEFAULT 0,
        sell_out_cost_minor bigint NOT NULL DEFAULT 0,
        sell_out_units bigint NOT NULL DEFAULT 0,
        deliveries int NOT NULL DEFAULT 0,
        delivery_seconds bigint NOT NULL DEFAULT 0,
        payments int NOT NULL DEFAULT 0,
        payment_seconds bigint NOT NULL DEFAULT 0,
        PRIMARY KEY (order_id, month)
      );
      CREATE INDEX kpi_order_fact_cell ON kpi_order_fact (partner_id, month);
      GRANT SELECT, INSERT, UPDATE, DELETE ON kpi_order_fact TO trellis_app;
      ALTER TABLE kpi_order_fact ENABLE ROW LEVEL SECURITY;
      ALTER TABLE kpi_order_fact FORCE ROW LEVEL SECURITY;
      CREATE POLICY kpi_order_fact_read ON kpi_order_fact FOR SELECT TO trellis_app USING ${partnerVisible('partner_id')};
      CREATE POLICY kpi_order_fact_insert ON kpi_order_fact FOR INSERT TO trellis_app WITH CHECK ${SYSTEM};
      CREATE POLICY kpi_order_fact_update ON kpi_order_fact FOR UPDATE TO trellis_app USING ${SYSTEM} WITH CHECK ${SYSTEM};
      CREATE POLICY kpi_order_fact_delete ON kpi_order_fact FOR DELETE TO trellis_app USING ${SYSTEM};
      CREATE POLICY kpi_order_fact_owner ON kpi_order_fact TO CURRENT_USER USING (true) WITH CHECK (true);

      -- The unit prices of counted sell-in lines, by what a sell-out line's cost looks up: the partner's latest
      -- sell-in of the product in the currency at or before the sell-out (one index probe, where the order and
      -- line tables need a probe of every line of that product and of each line's order). Kept with the facts.
      CREATE TABLE kpi_sell_in_price (
        order_id uuid NOT NULL,
        product_id uuid NOT NULL,
        partner_id uuid NOT NULL REFERENCES partner(id) ON DELETE CASCADE,
        currency char(3) NOT NULL,
        submitted_at timestamptz NOT NULL,
        unit_price_minor bigint NOT NULL,
        PRIMARY KEY (order_id, product_id)
      );
      CREATE INDEX kpi_sell_in_price_latest ON kpi_sell_in_price (partner_id, product_id, currency, submitted_at DESC, order_id DESC) INCLUDE (unit_price_minor);
      GRANT SELECT, INSERT, UPDATE, DELETE ON kpi_sell_in_price TO trellis_app;
      ALTER TABLE kpi_sell_in_price ENABLE ROW LEVEL SECURITY;
      ALTER TABLE kpi_sell_in_price FORCE ROW LEVEL SECURITY;
      CREATE POLICY kpi_sell_in_price_read ON kpi_sell_in_price FOR SELECT TO trellis_app USING ${partnerVisible('partner_id')};
      CREATE POLICY kpi_sell_in_price_insert ON kpi_sell_in_price FOR INSERT TO trellis_app WITH CHECK ${SYSTEM};
      CREATE POLICY kpi_sell_in_price_update ON kpi_sell_in_price FOR UPDATE TO trellis_app USING ${SYSTEM} WITH CHECK ${SYSTEM};
      CREATE POLICY kpi_sell_in_price_delete ON kpi_sell_in_price FOR DELETE TO trellis_app USING ${SYSTEM};
      CREATE POLICY kpi_sell_in_price_owner ON kpi_sell_in_price TO CURRENT_USER USING (true) WITH CHECK (true);

      -- The price rows of these orders (sell-in orders that count, submitted).
      CREATE FUNCTION trellis_sell_in_prices(p_orders uuid[])
      RETURNS TABLE (order_id uuid, product_id uuid, partner_id uuid, currency char(3), submitted_at timestamptz, unit_price_minor bigint)
      LANGUAGE sql STABLE
      AS $fn$
        SELECT o.id, l.product_id, l.partner_id, o.currency, o.submitted_at, l.unit_price_minor
          FROM unnest(p_orders) AS x(id)
          JOIN sales_order o ON o.id = x.id
          JOIN sales_order_line l ON l.order_id = o.id
         WHERE o.kind = 'SELL_IN' AND o.status NOT IN ('DRAFT', 'CANCELLED') AND o.submitted_at IS NOT NULL
      $fn$;
      GRANT EXECUTE ON FUNCTION trellis_sell_in_prices(uuid[]) TO trellis_app;

      -- Orders whose facts wait to be recomputed: appended by the triggers below, taken by the rollup job.
      CREATE TABLE kpi_order_dirty (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        order_id uuid NOT NULL,
        partner_id uuid NOT NULL,
        -- A sell-in order that came or went as a cost: the partner's sell-out orders submitted from then on.
        cost_from timestamptz
      );
      ALTER TABLE kpi_order_dirty ENABLE ROW LEVEL SECURITY;
      ALTER TABLE kpi_order_dirty FORCE ROW LEVEL SECURITY;
      GRANT SELECT, DELETE ON kpi_order_dirty TO trellis_app;
      CREATE POLICY kpi_order_dirty_system ON kpi_order_dirty TO trellis_app USING ${SYSTEM};
      CREATE POLICY kpi_order_dirty_owner ON kpi_order_dirty TO CURRENT_USER USING (true) WITH CHECK (true);

      -- How many cells wait (a count, nothing of whose): the marked cells and the months of the marked
      -- orders, and one for each marked order that is gone.
      CREATE OR REPLACE FUNCTION trellis_kpi_pending() RETURNS int LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
        AS $fn$
          WITH orders AS (SELECT DISTINCT order_id FROM public.kpi_order_dirty)
          SELECT ((SELECT count(*) FROM (
                    SELECT partner_id, month FROM public.kpi_dirty
                    UNION
                    SELECT o.partner_id, v.month FROM orders d JOIN public.sales_order o ON o.id = d.order_id
                     CROSS JOIN LATERAL (VALUES (${MONTH('o.submitted_at')}), (${MONTH('o.delivered_at')}), (${MONTH('o.paid_at')})) AS v(month)
                     WHERE v.month IS NOT NULL) c)
                + (SELECT count(*) FROM orders d WHERE NOT EXISTS (SELECT 1 FROM public.sales_order o WHERE o.id = d.order_id)))::int
        $fn$;

      -- One order's facts, per month it counts in. Only placed orders that are not cancelled count. A sell-out
      -- line's cost is its quantity at the unit price of the partner's latest sell-in of that product in that
      -- currency submitted at or before the sell-out order (a line without one is left out of the margin).
      CREATE FUNCTION trellis_order_facts(p_orders uuid[])
      RETURNS TABLE (order_id uuid, month date, partner_id uuid, currency char(3), sell_in_minor bigint, sell_out_minor bigint,
                     costed_sell_out_minor bigint, sell_out_cost_minor bigint, sell_out_units bigint, deliveries int,
                     delivery_seconds bigint, payments int, payment_seconds bigint)
      LANGUAGE sql STABLE
      AS $fn$
        WITH o AS MATERIALIZED (
          SELECT o.* FROM unnest(p_orders) AS x(id)
           CROSS JOIN LATERAL (SELECT o.* FROM sales_order o WHERE o.id = x.id AND o.status NOT IN ('DRAFT', 'CANCELLED') OFFSET 0) o
        ),
        -- kpi_sell_in_price must hold the prices of the sell-in orders that came before (the job writes them first).
        part AS (
          SELECT o.id, ${MONTH('o.submitted_at')} AS month, o.partner_id, o.currency,
                 CASE WHEN o.kind = 'SELL_IN' THEN o.net_minor ELSE 0 END AS sell_in, CASE WHEN o.kind = 'SELL_OUT' THEN o.net_minor ELSE 0 END AS sell_out,
                 coalesce(l.costed, 0) AS costed, coalesce(l.cost, 0) AS cost, coalesce(l.units, 0) AS units,
                 0 AS deliveries, 0::bigint AS delivery_seconds, 0 AS payments, 0::bigint AS payment_seconds
            FROM o
            LEFT JOIN LATERAL (
              SELECT sum(l.line_net_minor) FILTER (WHERE cost.unit_price_minor IS NOT NULL) AS costed,
                     sum(l.quantity * cost.unit_price_minor) AS cost, sum(l.quantity) AS units
                FROM sales_order_line l
                LEFT JOIN LATERAL (
                  SELECT p.unit_price_minor FROM kpi_sell_in_price p
                   WHERE p.partner_id = o.partner_id AND p.product_id = l.product_id AND p.currency = o.currency AND p.submitted_at <= o.submitted_at
                   ORDER BY p.submitted_at DESC, p.order_id DESC LIMIT 1) cost ON true
               WHERE l.order_id = o.id AND o.kind = 'SELL_OUT') l ON true
           WHERE o.submitted_at IS NOT NULL
          UNION ALL
          SELECT o.id, ${MONTH('o.delivered_at')}, o.partner_id, o.currency, 0, 0, 0, 0, 0,
                 1, round(extract(epoch FROM o.delivered_at - o.submitted_at))::bigint, 0, 0
            FROM o WHERE o.kind = 'SELL_OUT' AND o.delivered_at IS NOT NULL AND o.submitted_at IS NOT NULL
          UNION ALL
          SELECT o.id, ${MONTH('o.paid_at')}, o.partner_id, o.currency, 0, 0, 0, 0, 0,
                 0, 0, 1, coalesce(round(extract(epoch FROM o.paid_at - o.invoiced_at)), 0)::bigint
            FROM o WHERE o.kind = 'SELL_IN' AND o.paid_at IS NOT NULL
        )
        SELECT id, month, partner_id, currency, sum(sell_in)::bigint, sum(sell_out)::bigint, sum(costed)::bigint, sum(cost)::bigint,
               sum(units)::bigint, sum(deliveries)::int, sum(delivery_seconds)::bigint, sum(payments)::int, sum(payment_seconds)::bigint
          FROM part GROUP BY id, month, partner_id, currency
      $fn$;
      GRANT EXECUTE ON FUNCTION trellis_order_facts(uuid[]) TO trellis_app;

      -- Marking orders, as the owner (requests have no right on kpi_order_dirty). Inserted and deleted orders:
      -- themselves, and a sell-in's time as a cost.
      CREATE OR REPLACE FUNCTION trellis_kpi_orders_inserted() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
      AS $fn$
      BEGIN
        INSERT INTO public.kpi_order_dirty (order_id, partner_id, cost_from)
        SELECT n.id, n.partner_id, CASE WHEN n.kind = 'SELL_IN' THEN n.submitted_at END FROM new_rows n;
        RETURN NULL;
      END
      $fn$;
      CREATE OR REPLACE FUNCTION trellis_kpi_orders_deleted() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
      AS $fn$
      BEGIN
        INSERT INTO public.kpi_order_dirty (order_id, partner_id, cost_from)
        SELECT n.id, n.partner_id, CASE WHEN n.kind = 'SELL_IN' THEN n.submitted_at END FROM old_rows n;
        RETURN NULL;
      END
      $fn$;
      -- An update marks the order when what its facts read changed; a sell-in whose part as a cost changed
      -- (counted or not, submitted at another time, another partner or currency) marks its time as a cost,
      -- the earlier of before and after, for the partner before and the partner after.
      CREATE OR REPLACE FUNCTION trellis_kpi_orders_updated() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
      AS $fn$
      BEGIN
        WITH pairs AS (
          SELECT o, n FROM old_rows o JOIN new_rows n ON n.id = o.id
           WHERE (o.partner_id, o.kind, o.status, o.currency, o.net_minor, o.submitted_at, o.delivered_at, o.paid_at, o.invoiced_at)
                 IS DISTINCT FROM (n.partner_id, n.kind, n.status, n.currency, n.net_minor, n.submitted_at, n.delivered_at, n.paid_at, n.invoiced_at)
        ),
        changed AS (
          SELECT p.o, p.n,
                 ('SELL_IN' IN ((p.o).kind, (p.n).kind)) AND (
                   ((p.o).status IN ('DRAFT', 'CANCELLED')) IS DISTINCT FROM ((p.n).status IN ('DRAFT', 'CANCELLED'))
                   OR (p.o).submitted_at IS DISTINCT FROM (p.n).submitted_at OR (p.o).partner_id IS DISTINCT FROM (p.n).partner_id
                   OR (p.o).currency IS DISTINCT FROM (p.n).currency OR (p.o).kind IS DISTINCT FROM (p.n).kind) AS cost_changed
            FROM pairs p
        )
        INSERT INTO public.kpi_order_dirty (order_id, partner_id, cost_from)
        SELECT (c.n).id, (c.n).partner_id, CASE WHEN c.cost_changed THEN least((c.o).submitted_at, (c.n).submitted_at) END FROM changed c
        UNION ALL
        SELECT (c.o).id, (c.o).partner_id, least((c.o).submitted_at, (c.n).submitted_at) FROM changed c
         WHERE c.cost_changed AND (c.o).partner_id IS DISTINCT FROM (c.n).partner_id;
        RETURN NULL;
      END
      $fn$;

      -- Lines: their order, and a sell-in order's time as a cost. Lines are written with their order and
      -- never changed by requests; one added, changed or removed by hand marks its order all the same.
      CREATE OR REPLACE FUNCTION trellis_kpi_order_lines() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
      AS $fn$
      BEGIN
        INSERT INTO public.kpi_order_dirty (order_id, partner_id, cost_from)
        SELECT o.id, o.partner_id, CASE WHEN o.kind = 'SELL_IN' THEN o.submitted_at END
          FROM (SELECT DISTINCT order_id FROM rows) l
          JOIN public.sales_order o ON o.id = l.order_id;
        RETURN NULL;
      END
      $fn$;
      CREATE FUNCTION trellis_kpi_order_lines_updated() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
      AS $fn$
      BEGIN
        INSERT INTO public.kpi_order_dirty (order_id, partner_id, cost_from)
        SELECT o.id, o.partner_id, CASE WHEN o.kind = 'SELL_IN' THEN o.submitted_at END
          FROM (SELECT order_id FROM old_rows UNION SELECT order_id FROM new_rows) l
          JOIN public.sales_order o ON o.id = l.order_id;
        RETURN NULL;
      END
      $fn$;
      CREATE TRIGGER sales_order_line_kpi_update AFTER UPDATE ON sales_order_line REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION trellis_kpi_order_lines_updated();

      -- The facts of the orders already there; the cells' marks of orders before this version stay valid
      -- (the job sums those cells from these facts). On a database of millions of order lines this holds
      -- the upgrade's first start for minutes, once.
      INSERT INTO kpi_sell_in_price SELECT * FROM trellis_sell_in_prices(ARRAY(SELECT id FROM sales_order WHERE kind = 'SELL_IN'));
      INSERT INTO kpi_order_fact SELECT * FROM trellis_order_facts(ARRAY(SELECT id FROM sales_order));
      -- Their statistics now, not at autovacuum's next round: the job's first plans read them.
      ANALYZE kpi_sell_in_price, kpi_order_fact;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER sales_order_line_kpi_update ON sales_order_line;
      DROP FUNCTION trellis_kpi_order_lines_updated();
      DROP FUNCTION trellis_order_facts(uuid[]);
      DROP FUNCTION trellis_sell_in_prices(uuid[]);
      DROP TABLE kpi_sell_in_price;
      DROP TABLE kpi_order_dirty;
      DROP TABLE kpi_order_fact;
      CREATE OR REPLACE FUNCTION trellis_kpi_pending() RETURNS int LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
        AS $fn$ SELECT count(*)::int FROM (SELECT DISTINCT partner_id, month FROM public.kpi_dirty) d $fn$;
    `);
    // Marks of whole cells again, as before this version: an order's months, and a sell-in's every month since.
    const cells = (rows: string) => `
      INSERT INTO public.kpi_dirty (source, partner_id, month)
      SELECT DISTINCT 'O', o.partner_id, m::date FROM ${rows} o
       CROSS JOIN LATERAL (SELECT ${MONTH('o.submitted_at')} UNION SELECT ${MONTH('o.delivered_at')} UNION SELECT ${MONTH('o.paid_at')}
         UNION SELECT generate_series(${MONTH('o.submitted_at')}, ${MONTH('now()')}, interval '1 month')::date WHERE o.kind = 'SELL_IN') AS x(m)
       WHERE m IS NOT NULL;`;
    const fn = (name: string, body: string) => `
      CREATE OR REPLACE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
      AS $fn$ BEGIN ${body} RETURN NULL; END $fn$;`;
    await q.query(`
      ${fn('trellis_kpi_orders_inserted', cells('new_rows'))}
      ${fn('trellis_kpi_orders_deleted', cells('old_rows'))}
      ${fn('trellis_kpi_orders_updated', cells('(SELECT * FROM old_rows UNION ALL SELECT * FROM new_rows)'))}
      ${fn('trellis_kpi_order_lines', cells('(SELECT o.* FROM public.sales_order o WHERE o.id IN (SELECT order_id FROM rows))'))}
    `);
  }
}
