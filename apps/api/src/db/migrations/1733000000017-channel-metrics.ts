import { MigrationInterface, QueryRunner } from 'typeorm';
import { partnerVisible } from './1732400000000-foundation';
import { enqueueFunctionSql } from './1733000000000-dispatch-rules';

/** The tasks requests could queue before this migration, and the two it adds (kpi_rollup on request, kpi_signals after a build). */
const TASKS = ['send_mail', 'lead_sla_expired', 'lead_auto_dispatch', 'lead_sla_warning', 'notification_mail', 'lead_import'];

const BRAND_WRITER = `((SELECT current_setting('trellis.role', true)) IN ('ADMIN', 'CHANNEL_MANAGER'))`;
const BRAND_READER = `((SELECT current_setting('trellis.all_partners', true)) = 'on')`;
/** Trellis itself (a system scope: ADMIN with no user): the only writer of rollups and signals. */
export const SYSTEM = `((SELECT current_setting('trellis.role', true)) = 'ADMIN' AND (SELECT current_setting('trellis.user_id', true)) = '')`;

/** The first day of a timestamp's month (UTC), as a date. */
export const MONTH = (column: string) => `(date_trunc('month', ${column} AT TIME ZONE 'UTC'))::date`;

/**
 * Channel performance: KPI rollups, quotas, market sizes, signal rules and signals.
 *
 * Rollups hold, per partner and calendar month (UTC), the sums a KPI is computed from (never ratios, so
 * that months add up to quarters, partners to tiers and territories): kpi_partner_month the counts and
 * durations, kpi_partner_money the money per currency. A change to what they are computed from marks its
 * cells in kpi_dirty (statement-level triggers on the source tables, written in the change's own
 * transaction); the kpi_rollup job recomputes the marked cells from the source tables through each
 * module's service and replaces them. kpi_dirty has no unique key on purpose: writers append and never
 * wait on each other; the job takes what it finds and deletes it.
 */
export class ChannelMetrics1733000000017 implements MigrationInterface {
  name = 'ChannelMetrics1733000000017';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE kpi_dirty (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        partner_id uuid NOT NULL,
        month date NOT NULL,
        -- Whose figures changed: O orders, L leads, S service cases, I stock counts, M MDF claims.
        source char(1) NOT NULL CHECK (source IN ('O', 'L', 'S', 'I', 'M'))
      );
      -- Only Trellis's own work reads and clears the queue; the triggers below fill it as its owner.
      ALTER TABLE kpi_dirty ENABLE ROW LEVEL SECURITY;
      ALTER TABLE kpi_dirty FORCE ROW LEVEL SECURITY;
      GRANT SELECT, DELETE ON kpi_dirty TO trellis_app;
      CREATE POLICY kpi_dirty_system ON kpi_dirty TO trellis_app USING ${SYSTEM};
      CREATE POLICY kpi_dirty_owner ON kpi_dirty TO CURRENT_USER USING (true) WITH CHECK (true);
      -- How many cells wait, for anyone who may ask for a refresh (a count, nothing of whose cells).
      CREATE FUNCTION trellis_kpi_pending() RETURNS int LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
        AS $fn$ SELECT count(*)::int FROM (SELECT DISTINCT partner_id, month FROM public.kpi_dirty) d $fn$;
      REVOKE ALL ON FUNCTION trellis_kpi_pending() FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION trellis_kpi_pending() TO trellis_app;

      CREATE TABLE kpi_partner_month (
        partner_id uuid NOT NULL REFERENCES partner(id) ON DELETE CASCADE,
        month date NOT NULL CHECK (extract(day FROM month) = 1),
        sell_out_units bigint NOT NULL DEFAULT 0,
        counted_products int NOT NULL DEFAULT 0,
        stocked_products int NOT NULL DEFAULT 0,
        stock_units bigint NOT NULL DEFAULT 0,
        deliveries int NOT NULL DEFAULT 0,
        delivery_seconds bigint NOT NULL DEFAULT 0,
        payments int NOT NULL DEFAULT 0,
        payment_seconds bigint NOT NULL DEFAULT 0,
        cases_opened int NOT NULL DEFAULT 0,
        first_responses int NOT NULL DEFAULT 0,
        first_response_seconds bigint NOT NULL DEFAULT 0,
        resolutions int NOT NULL DEFAULT 0,
        resolution_seconds bigint NOT NULL DEFAULT 0,
        ratings int NOT NULL DEFAULT 0,
        rating_sum int NOT NULL DEFAULT 0,
        leads_dispatched int NOT NULL DEFAULT 0,
        leads_accepted int NOT NULL DEFAULT 0,
        accept_seconds bigint NOT NULL DEFAULT 0,
        leads_declined int NOT NULL DEFAULT 0,
        leads_expired int NOT NULL DEFAULT 0,
        leads_won int NOT NULL DEFAULT 0,
        leads_lost int NOT NULL DEFAULT 0,
        computed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (partner_id, month)
      );
      CREATE INDEX kpi_partner_month_month ON kpi_partner_month (month);

      CREATE TABLE kpi_partner_money (
        partner_id uuid NOT NULL REFERENCES partner(id) ON DELETE CASCADE,
        month date NOT NULL CHECK (extract(day FROM month) = 1),
        currency char(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
        sell_in_minor bigint NOT NULL DEFAULT 0,
        sell_out_minor bigint NOT NULL DEFAULT 0,
        costed_sell_out_minor bigint NOT NULL DEFAULT 0,
        sell_out_cost_minor bigint NOT NULL DEFAULT 0,
        mdf_paid_minor bigint NOT NULL DEFAULT 0,
        mdf_revenue_minor bigint NOT NULL DEFAULT 0,
        computed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (partner_id, month, currency)
      );
      CREATE INDEX kpi_partner_money_month ON kpi_partner_money (month, currency);

      -- Partners read their own rollups; only Trellis writes them.
      DO $$ DECLARE t text; BEGIN
        FOREACH t IN ARRAY ARRAY['kpi_partner_month', 'kpi_partner_money'] LOOP
          EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO trellis_app', t);
          EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
          EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
          EXECUTE format('CREATE POLICY %I ON %I FOR SELECT TO trellis_app USING ${partnerVisible('partner_id').replace(/'/g, "''")}', t || '_read', t);
          EXECUTE format('CREATE POLICY %I ON %I FOR INSERT TO trellis_app WITH CHECK ${SYSTEM.replace(/'/g, "''")}', t || '_insert', t);
          EXECUTE format('CREATE POLICY %I ON %I FOR UPDATE TO trellis_app USING ${SYSTEM.replace(/'/g, "''")} WITH CHECK ${SYSTEM.replace(/'/g, "''")}', t || '_update', t);
          EXECUTE format('CREATE POLICY %I ON %I FOR DELETE TO trellis_app USING ${SYSTEM.replace(/'/g, "''")}', t || '_delete', t);
          EXECUTE format('CREATE POLICY %I ON %I TO CURRENT_USER USING (true) WITH CHECK (true)', t || '_owner', t);
        END LOOP;
      END $$;

      -- Sales quotas: sell-in revenue a partner is to reach in a month or a quarter.
      CREATE TABLE partner_quota (
        partner_id uuid NOT NULL REFERENCES partner(id) ON DELETE CASCADE,
        period_kind text NOT NULL CHECK (period_kind IN ('MONTH', 'QUARTER')),
        period_start date NOT NULL,
        amount_minor bigint NOT NULL CHECK (amount_minor > 0 AND amount_minor <= 100000000000000),
        currency char(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
        set_by uuid REFERENCES app_user(id),
        set_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (partner_id, period_kind, period_start),
        CHECK (extract(day FROM period_start) = 1 AND (period_kind = 'MONTH' OR extract(month FROM period_start)::int % 3 = 1))
      );
      GRANT SELECT, INSERT, UPDATE (amount_minor, currency, set_by, set_at), DELETE ON partner_quota TO trellis_app;
      ALTER TABLE partner_quota ENABLE ROW LEVEL SECURITY;
      ALTER TABLE partner_quota FORCE ROW LEVEL SECURITY;
      CREATE POLICY partner_quota_read ON partner_quota FOR SELECT TO trellis_app USING ${partnerVisible('partner_id')};
      CREATE POLICY partner_quota_insert ON partner_quota FOR INSERT TO trellis_app WITH CHECK ${BRAND_WRITER};
      CREATE POLICY partner_quota_update ON partner_quota FOR UPDATE TO trellis_app USING ${BRAND_WRITER} WITH CHECK ${BRAND_WRITER};
      CREATE POLICY partner_quota_delete ON partner_quota FOR DELETE TO trellis_app USING ${BRAND_WRITER};
      CREATE POLICY partner_quota_owner ON partner_quota TO CURRENT_USER USING (true) WITH CHECK (true);

      -- What a territory's market is worth in a year, as the channel manager estimates it (for market share).
      CREATE TABLE territory_market (
        territory_id uuid NOT NULL REFERENCES territory(id) ON DELETE CASCADE,
        year int NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        amount_minor bigint NOT NULL CHECK (amount_minor > 0 AND amount_minor <= 100000000000000),
        currency char(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
        set_by uuid REFERENCES app_user(id),
        set_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (territory_id, year)
      );
      GRANT SELECT, INSERT, UPDATE (amount_minor, currency, set_by, set_at), DELETE ON territory_market TO trellis_app;
      ALTER TABLE territory_market ENABLE ROW LEVEL SECURITY;
      ALTER TABLE territory_market FORCE ROW LEVEL SECURITY;
      CREATE POLICY territory_market_read ON territory_market FOR SELECT TO trellis_app USING ${BRAND_READER};
      CREATE POLICY territory_market_write ON territory_market FOR ALL TO trellis_app USING ${BRAND_WRITER} WITH CHECK ${BRAND_WRITER};
      CREATE POLICY territory_market_owner ON territory_market TO CURRENT_USER USING (true) WITH CHECK (true);

      -- The rules that say a channel must change, one row per kind, with the thresholds the channel manager tunes.
      CREATE TABLE signal_rule (
        kind text PRIMARY KEY,
        enabled boolean NOT NULL DEFAULT true,
        thresholds jsonb NOT NULL,
        updated_by uuid REFERENCES app_user(id),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      GRANT SELECT, UPDATE (enabled, thresholds, updated_by, updated_at) ON signal_rule TO trellis_app;
      ALTER TABLE signal_rule ENABLE ROW LEVEL SECURITY;
      ALTER TABLE signal_rule FORCE ROW LEVEL SECURITY;
      CREATE POLICY signal_rule_read ON signal_rule FOR SELECT TO trellis_app USING ${BRAND_READER};
      CREATE POLICY signal_rule_write ON signal_rule FOR UPDATE TO trellis_app USING ${BRAND_WRITER} WITH CHECK ${BRAND_WRITER};
      CREATE POLICY signal_rule_owner ON signal_rule TO CURRENT_USER USING (true) WITH CHECK (true);

      -- A rule that fired for a partner in a period, with the numbers that made it fire. Brand staff only:
      -- signals are the brand's judgement of a partner, not the partner's data.
      CREATE TABLE channel_signal (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL REFERENCES signal_rule(kind),
        partner_id uuid NOT NULL REFERENCES partner(id) ON DELETE CASCADE,
        period date NOT NULL CHECK (extract(day FROM period) = 1),
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'ACKNOWLEDGED', 'CLEARED')),
        facts jsonb NOT NULL,
        raised_at timestamptz NOT NULL DEFAULT now(),
        evaluated_at timestamptz NOT NULL DEFAULT now(),
        acknowledged_by uuid REFERENCES app_user(id),
        acknowledged_at timestamptz,
        note text CHECK (length(note) <= 2000),
        UNIQUE (kind, partner_id, period),
        CHECK ((status = 'ACKNOWLEDGED') = (acknowledged_at IS NOT NULL) OR status = 'CLEARED')
      );
      CREATE INDEX channel_signal_open ON channel_signal (raised_at DESC, id DESC) WHERE status = 'OPEN';
      CREATE INDEX channel_signal_partner ON channel_signal (partner_id, raised_at DESC, id DESC);
      GRANT SELECT, INSERT, UPDATE (status, facts, raised_at, evaluated_at, acknowledged_by, acknowledged_at, note) ON channel_signal TO trellis_app;
      ALTER TABLE channel_signal ENABLE ROW LEVEL SECURITY;
      ALTER TABLE channel_signal FORCE ROW LEVEL SECURITY;
      CREATE POLICY channel_signal_read ON channel_signal FOR SELECT TO trellis_app USING ${BRAND_READER};
      CREATE POLICY channel_signal_insert ON channel_signal FOR INSERT TO trellis_app WITH CHECK ${SYSTEM};
      CREATE POLICY channel_signal_update ON channel_signal FOR UPDATE TO trellis_app USING ${BRAND_WRITER} WITH CHECK ${BRAND_WRITER};
      CREATE POLICY channel_signal_owner ON channel_signal TO CURRENT_USER USING (true) WITH CHECK (true);

      ALTER TABLE notification DROP CONSTRAINT notification_kind_check;
      ALTER TABLE notification ADD CONSTRAINT notification_kind_check
        CHECK (kind IN ('LEAD_NEW', 'LEAD_SLA_WARNING', 'LEAD_EXPIRED', 'REGISTRATION_APPROVED', 'REGISTRATION_REJECTED', 'CHANNEL_SIGNAL'));

      -- Tells each partner's owning channel manager (partner.owner_id, when an active brand user) of a new
      -- signal, with its mail. Trellis's own work only (the signal job).
      CREATE FUNCTION trellis_notify_partner_owners(p_partners uuid[], p_references text[])
      RETURNS TABLE (user_id uuid, partner_id uuid)
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
      AS $fn$
      DECLARE
        n record;
      BEGIN
        IF NOT ${SYSTEM} THEN
          RAISE EXCEPTION 'only Trellis notifies owners' USING ERRCODE = '42501';
        END IF;
        FOR n IN
          INSERT INTO public.notification (user_id, partner_id, kind, reference)
          SELECT u.id, NULL, 'CHANNEL_SIGNAL', l.reference
            FROM unnest(p_partners, p_references) AS l(partner_id, reference)
            JOIN public.partner p ON p.id = l.partner_id
            JOIN public.app_user u ON u.id = p.owner_id AND u.active AND u.partner_id IS NULL AND u.role IN ('ADMIN', 'CHANNEL_MANAGER')
          RETURNING notification.id, notification.user_id
        LOOP
          PERFORM graphile_worker.add_job('notification_mail', json_build_object('notificationId', n.id::text));
          user_id := n.user_id;
          partner_id := NULL;
          RETURN NEXT;
        END LOOP;
      END
      $fn$;
      REVOKE ALL ON FUNCTION trellis_notify_partner_owners(uuid[], text[]) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION trellis_notify_partner_owners(uuid[], text[]) TO trellis_app;

      -- A tier's figures summed over all its partners (and its monthly quotas), for a partner manager's benchmark: only sums and the
      -- number of partners, and nothing for a tier of fewer than three partners with figures (two would let
      -- one partner work out the other's). The caller must be brand staff or see a partner of that tier.
      CREATE FUNCTION trellis_tier_benchmark(p_tier uuid, p_from date, p_to date, p_currency text)
      RETURNS TABLE (month date, partners int, sell_in_minor bigint, sell_out_minor bigint, costed_sell_out_minor bigint, sell_out_cost_minor bigint,
                     mdf_paid_minor bigint, mdf_revenue_minor bigint, sell_out_units bigint, stocked_products bigint, stock_units bigint,
                     deliveries bigint, delivery_seconds bigint, payments bigint, payment_seconds bigint, cases_opened bigint, first_responses bigint,
                     first_response_seconds bigint, resolutions bigint, resolution_seconds bigint, ratings bigint, rating_sum bigint,
                     leads_dispatched bigint, leads_accepted bigint, accept_seconds bigint, leads_declined bigint, leads_expired bigint, leads_won bigint, leads_lost bigint,
                     stock_cells bigint, quota_minor bigint, quota_sell_in_minor bigint)
      LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
      AS $fn$
      BEGIN
        IF NOT (${BRAND_READER} OR EXISTS (SELECT 1 FROM public.partner p WHERE p.tier_id = p_tier AND ${partnerVisible('p.id')})) THEN
          RAISE EXCEPTION 'a tier out of sight' USING ERRCODE = '42501';
        END IF;
        RETURN QUERY
        WITH members AS (SELECT p.id FROM public.partner p WHERE p.tier_id = p_tier AND p.status = 'ACTIVE'),
        months AS (SELECT m::date AS month FROM generate_series(p_from, p_to, interval '1 month') m),
        cells AS (
          SELECT ms.month, count(DISTINCT k.partner_id)::int AS partners,
                 sum(k.sell_out_units)::bigint AS sell_out_units, sum(k.stocked_products)::bigint AS stocked_products, sum(k.stock_units)::bigint AS stock_units,
                 sum(k.deliveries)::bigint AS deliveries, sum(k.delivery_seconds)::bigint AS delivery_seconds, sum(k.payments)::bigint AS payments,
                 sum(k.payment_seconds)::bigint AS payment_seconds, sum(k.cases_opened)::bigint AS cases_opened, sum(k.first_responses)::bigint AS first_responses,
                 sum(k.first_response_seconds)::bigint AS first_response_seconds, sum(k.resolutions)::bigint AS resolutions,
                 sum(k.resolution_seconds)::bigint AS resolution_seconds, sum(k.ratings)::bigint AS ratings, sum(k.rating_sum)::bigint AS rating_sum,
                 sum(k.leads_dispatched)::bigint AS leads_dispatched, sum(k.leads_accepted)::bigint AS leads_accepted, sum(k.accept_seconds)::bigint AS accept_seconds,
                 sum(k.leads_declined)::bigint AS leads_declined, sum(k.leads_expired)::bigint AS leads_expired, sum(k.leads_won)::bigint AS leads_won,
                 sum(k.leads_lost)::bigint AS leads_lost,
                 count(*) FILTER (WHERE k.counted_products > 0)::bigint AS stock_cells
            FROM months ms
            JOIN public.kpi_partner_month k ON k.month = ms.month AND k.partner_id IN (SELECT id FROM members)
           GROUP BY ms.month
        ),
        money AS (
          SELECT ms.month, sum(m.sell_in_minor)::bigint AS sell_in_minor, sum(m.sell_out_minor)::bigint AS sell_out_minor,
                 sum(m.costed_sell_out_minor)::bigint AS costed_sell_out_minor, sum(m.sell_out_cost_minor)::bigint AS sell_out_cost_minor,
                 sum(m.mdf_paid_minor)::bigint AS mdf_paid_minor, sum(m.mdf_revenue_minor)::bigint AS mdf_revenue_minor
            FROM months ms
            JOIN public.kpi_partner_money m ON m.month = ms.month AND m.currency = p_currency AND m.partner_id IN (SELECT id FROM members)
           GROUP BY ms.month
        ),
        quotas AS (
          SELECT q.period_start AS month, sum(q.amount_minor)::bigint AS quota_minor, coalesce(sum(s.sell_in_minor), 0)::bigint AS quota_sell_in_minor
            FROM public.partner_quota q
            LEFT JOIN public.kpi_partner_money s ON s.partner_id = q.partner_id AND s.month = q.period_start AND s.currency = p_currency
           WHERE q.partner_id IN (SELECT id FROM members) AND q.period_kind = 'MONTH' AND q.currency = p_currency AND q.period_start BETWEEN p_from AND p_to
           GROUP BY q.period_start
        )
        SELECT ms.month, (SELECT count(*)::int FROM members),
               coalesce(mo.sell_in_minor, 0), coalesce(mo.sell_out_minor, 0), coalesce(mo.costed_sell_out_minor, 0), coalesce(mo.sell_out_cost_minor, 0),
               coalesce(mo.mdf_paid_minor, 0), coalesce(mo.mdf_revenue_minor, 0), coalesce(c.sell_out_units, 0), coalesce(c.stocked_products, 0),
               coalesce(c.stock_units, 0), coalesce(c.deliveries, 0), coalesce(c.delivery_seconds, 0), coalesce(c.payments, 0), coalesce(c.payment_seconds, 0),
               coalesce(c.cases_opened, 0), coalesce(c.first_responses, 0), coalesce(c.first_response_seconds, 0), coalesce(c.resolutions, 0),
               coalesce(c.resolution_seconds, 0), coalesce(c.ratings, 0), coalesce(c.rating_sum, 0), coalesce(c.leads_dispatched, 0),
               coalesce(c.leads_accepted, 0), coalesce(c.accept_seconds, 0), coalesce(c.leads_declined, 0), coalesce(c.leads_expired, 0),
               coalesce(c.leads_won, 0), coalesce(c.leads_lost, 0), coalesce(c.stock_cells, 0), coalesce(qu.quota_minor, 0), coalesce(qu.quota_sell_in_minor, 0)
          FROM months ms LEFT JOIN cells c ON c.month = ms.month LEFT JOIN money mo ON mo.month = ms.month LEFT JOIN quotas qu ON qu.month = ms.month
         WHERE (SELECT count(*) FROM members) >= 3
         ORDER BY ms.month;
      END
      $fn$;
      REVOKE ALL ON FUNCTION trellis_tier_benchmark(uuid, date, date, text) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION trellis_tier_benchmark(uuid, date, date, text) TO trellis_app;

      -- Indexes the per-cell computations read through.
      CREATE INDEX sales_order_partner_submitted ON sales_order (partner_id, submitted_at) WHERE submitted_at IS NOT NULL;
      CREATE INDEX sales_order_partner_delivered ON sales_order (partner_id, delivered_at) WHERE delivered_at IS NOT NULL;
      CREATE INDEX sales_order_partner_paid ON sales_order (partner_id, paid_at) WHERE paid_at IS NOT NULL;
      CREATE INDEX sales_order_line_partner_product ON sales_order_line (partner_id, product_id);
      CREATE INDEX lead_event_partner_at ON lead_event (partner_id, at) WHERE partner_id IS NOT NULL;
      CREATE INDEX lead_mdf_partner_changed ON lead (partner_id, status_changed_at) WHERE mdf_request_id IS NOT NULL;
      CREATE INDEX service_case_partner_closed ON service_case (partner_id, closed_at) WHERE closed_at IS NOT NULL;
      CREATE INDEX mdf_claim_partner_paid ON mdf_claim (partner_id, paid_at) WHERE paid_at IS NOT NULL;

      -- Marking cells. Each function runs as its owner (requests have no right on kpi_dirty) and appends
      -- the distinct (partner, month) pairs a statement touched.
      -- An order counts in the months of its submission, delivery and payment. A sell-in order's price is
      -- also the cost of the partner's later sell-out lines of that product (gross margin): a change that
      -- adds or removes it as a cost (placed, submitted, cancelled, removed) marks every month since.
      CREATE FUNCTION trellis_kpi_orders_inserted() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
      AS $fn$
      BEGIN
        INSERT INTO public.kpi_dirty (source, partner_id, month)
        SELECT DISTINCT 'O', x.partner_id, x.month FROM (
          SELECT n.partner_id, ${MONTH('n.submitted_at')} AS month FROM new_rows n WHERE n.submitted_at IS NOT NULL
          UNION ALL SELECT n.partner_id, ${MONTH('n.delivered_at')} FROM new_rows n WHERE n.delivered_at IS NOT NULL
          UNION ALL SELECT n.partner_id, ${MONTH('n.paid_at')} FROM new_rows n WHERE n.paid_at IS NOT NULL
          UNION ALL SELECT n.partner_id, m::date FROM new_rows n, generate_series(${MONTH('n.submitted_at')}, ${MONTH('now()')}, interval '1 month') m
           WHERE n.kind = 'SELL_IN' AND n.submitted_at IS NOT NULL
        ) x;
        RETURN NULL;
      END
      $fn$;
      CREATE FUNCTION trellis_kpi_orders_deleted() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
      AS $fn$
      BEGIN
        INSERT INTO public.kpi_dirty (source, partner_id, month)
        SELECT DISTINCT 'O', x.partner_id, x.month FROM (
          SELECT n.partner_id, ${MONTH('n.submitted_at')} AS month FROM old_rows n WHERE n.submitted_at IS NOT NULL
          UNION ALL SELECT n.partner_id, ${MONTH('n.delivered_at')} FROM old_rows n WHERE n.delivered_at IS NOT NULL
          UNION ALL SELECT n.partner_id, ${MONTH('n.paid_at')} FROM old_rows n WHERE n.paid_at IS NOT NULL
          UNION ALL SELECT n.partner_id, m::date FROM old_rows n, generate_series(${MONTH('n.submitted_at')}, ${MONTH('now()')}, interval '1 month') m
           WHERE n.kind = 'SELL_IN' AND n.submitted_at IS NOT NULL
        ) x;
        RETURN NULL;
      END
      $fn$;

      -- An update marks the months of the old and the new row, when what the figures read changed.
      CREATE FUNCTION trellis_kpi_orders_updated() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
      AS $fn$
      BEGIN
        WITH pairs AS (
          SELECT o, n FROM old_rows o JOIN new_rows n ON n.id = o.id
           WHERE (o.partner_id, o.kind, o.status, o.currency, o.net_minor, o.submitted_at, o.delivered_at, o.paid_at, o.invoiced_at)
                 IS DISTINCT FROM (n.partner_id, n.kind, n.status, n.currency, n.net_minor, n.submitted_at, n.delivered_at, n.paid_at, n.invoiced_at)
        ),
        changed AS (
          SELECT (p.o).partner_id, (p.o).kind, (p.o).submitted_at, (p.o).delivered_at, (p.o).paid_at,
                 ((p.o).status IN ('DRAFT', 'CANCELLED')) IS DISTINCT FROM ((p.n).status IN ('DRAFT', 'CANCELLED'))
                   OR (p.o).submitted_at IS DISTINCT FROM (p.n).submitted_at OR (p.o).partner_id IS DISTINCT FROM (p.n).partner_id
                   OR (p.o).currency IS DISTINCT FROM (p.n).currency AS cost_changed
            FROM pairs p
          UNION ALL
          SELECT (p.n).partner_id, (p.n).kind, (p.n).submitted_at, (p.n).delivered_at, (p.n).paid_at,
                 ((p.o).status IN ('DRAFT', 'CANCELLED')) IS DISTINCT FROM ((p.n).status IN ('DRAFT', 'CANCELLED'))
                   OR (p.o).submitted_at IS DISTINCT FROM (p.n).submitted_at OR (p.o).partner_id IS DISTINCT FROM (p.n).partner_id
                   OR (p.o).currency IS DISTINCT FROM (p.n).currency
            FROM pairs p
        )
        INSERT INTO public.kpi_dirty (source, partner_id, month)
        SELECT DISTINCT 'O', x.partner_id, x.month FROM (
          SELECT r.partner_id, ${MONTH('r.submitted_at')} AS month FROM changed r WHERE r.submitted_at IS NOT NULL
          UNION ALL SELECT r.partner_id, ${MONTH('r.delivered_at')} FROM changed r WHERE r.delivered_at IS NOT NULL
          UNION ALL SELECT r.partner_id, ${MONTH('r.paid_at')} FROM changed r WHERE r.paid_at IS NOT NULL
          UNION ALL SELECT r.partner_id, m::date FROM changed r, generate_series(${MONTH('r.submitted_at')}, ${MONTH('now()')}, interval '1 month') m
           WHERE r.kind = 'SELL_IN' AND r.submitted_at IS NOT NULL AND r.cost_changed
        ) x;
        RETURN NULL;
      END
      $fn$;

      CREATE TRIGGER sales_order_kpi_insert AFTER INSERT ON sales_order REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION trellis_kpi_orders_inserted();
      CREATE TRIGGER sales_order_kpi_update AFTER UPDATE ON sales_order REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION trellis_kpi_orders_updated();
      CREATE TRIGGER sales_order_kpi_delete AFTER DELETE ON sales_order REFERENCING OLD TABLE AS old_rows
        FOR EACH STATEMENT EXECUTE FUNCTION trellis_kpi_orders_deleted();

      -- Lines: written with their order (whose trigger marks the months) and never changed by requests; a
      -- line added or removed on its own (by hand) marks its order's months all the same.
      CREATE FUNCTION trellis_kpi_order_lines() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
      AS $fn$
      BEGIN
        INSERT INTO public.kpi_dirty (source, partner_id, month)
        SELECT DISTINCT 'O', o.partner_id, m::date
          FROM (SELECT DISTINCT order_id FROM rows) l
          JOIN public.sales_order o ON o.id = l.order_id
          CROSS JOIN LATERAL generate_series(${MONTH('o.submitted_at')},
            CASE WHEN o.kind = 'SELL_IN' THEN ${MONTH('now()')} ELSE ${MONTH('o.submitted_at')} END, interval '1 month') m
         WHERE o.submitted_at IS NOT NULL;
        RETURN NULL;
      END
      $fn$;
      CREATE TRIGGER sales_order_line_kpi_insert AFTER INSERT ON sales_order_line REFERENCING NEW TABLE AS rows
        FOR EACH STATEMENT EXECUTE FUNCTION trellis_kpi_order_lines();
      CREATE TRIGGER sales_order_line_kpi_delete AFTER DELETE ON sales_order_line REFERENCING OLD TABLE AS rows
        FOR EACH STATEMENT EXECUTE FUNCTION trellis_kpi_order_lines();

      -- Lead events count in the month they happened, for the partner they concern.
      CREATE FUNCTION trellis_kpi_lead_events() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
      AS $fn$
      BEGIN
        INSERT INTO public.kpi_dirty (source, partner_id, month)
        SELECT DISTINCT 'L', partner_id, ${MONTH('at')} FROM rows WHERE partner_id IS NOT NULL;
        RETURN NULL;
      END
      $fn$;
      CREATE TRIGGER lead_event_kpi_insert AFTER INSERT ON lead_event REFERENCING NEW TABLE AS rows
        FOR EACH STATEMENT EXECUTE FUNCTION trellis_kpi_lead_events();
      -- A removed arrival also changes the time to accept of the acceptances after it (perhaps in a later month).
      CREATE FUNCTION trellis_kpi_lead_events_deleted() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
      AS $fn$
      BEGIN
        INSERT INTO public.kpi_dirty (source, partner_id, month)
        SELECT DISTINCT 'L', x.partner_id, x.month FROM (
          SELECT partner_id, ${MONTH('at')} AS month FROM rows WHERE partner_id IS NOT NULL
          UNION ALL
          SELECT e.partner_id, ${MONTH('e.at')} FROM rows r
            JOIN public.lead_event e ON e.lead_id = r.lead_id AND e.partner_id = r.partner_id AND e.id > r.id AND e.action = 'ACCEPTED'
           WHERE r.partner_id IS NOT NULL AND r.action IN ('DISPATCHED', 'FILED')
        ) x;
        RETURN NULL;
      END
      $fn$;
      CREATE TRIGGER lead_event_kpi_delete AFTER DELETE ON lead_event REFERENCING OLD TABLE AS rows
        FOR EACH STATEMENT EXECUTE FUNCTION trellis_kpi_lead_events_deleted();

      -- A lead credited to an MDF activity counts its converted revenue in the month it last changed status.
      CREATE FUNCTION trellis_kpi_leads() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
      AS $fn$
      BEGIN
        INSERT INTO public.kpi_dirty (source, partner_id, month)
        SELECT DISTINCT 'L', partner_id, ${MONTH('status_changed_at')} FROM rows WHERE partner_id IS NOT NULL AND mdf_request_id IS NOT NULL;
        RETURN NULL;
      END
      $fn$;
      CREATE FUNCTION trellis_kpi_leads_updated() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
      AS $fn$
      BEGIN
        INSERT INTO public.kpi_dirty (source, partner_id, month)
        SELECT DISTINCT 'L', x.partner_id, ${MONTH('x.status_changed_at')} FROM (
          SELECT o.partner_id, o.status_changed_at, o.mdf_request_id FROM old_rows o JOIN new_rows n ON n.id = o.id
           WHERE (o.partner_id, o.status, o.status_changed_at, o.mdf_request_id, o.converted_value_minor, o.converted_currency)
                 IS DISTINCT FROM (n.partner_id, n.status, n.status_changed_at, n.mdf_request_id, n.converted_value_minor, n.converted_currency)
          UNION ALL
          SELECT n.partner_id, n.status_changed_at, n.mdf_request_id FROM old_rows o JOIN new_rows n ON n.id = o.id
           WHERE (o.partner_id, o.status, o.status_changed_at, o.mdf_request_id, o.converted_value_minor, o.converted_currency)
                 IS DISTINCT FROM (n.partner_id, n.status, n.status_changed_at, n.mdf_request_id, n.converted_value_minor, n.converted_currency)
        ) x WHERE x.partner_id IS NOT NULL AND x.mdf_request_id IS NOT NULL;
        RETURN NULL;
      END
      $fn$;
      CREATE TRIGGER lead_kpi_insert AFTER INSERT ON lead REFERENCING NEW TABLE AS rows
        FOR EACH STATEMENT EXECUTE FUNCTION trellis_kpi_leads();
      CREATE TRIGGER lead_kpi_update AFTER UPDATE ON lead REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION trellis_kpi_leads_updated();
      CREATE TRIGGER lead_kpi_delete AFTER DELETE ON lead REFERENCING OLD TABLE AS rows
        FOR EACH STATEMENT EXECUTE FUNCTION trellis_kpi_leads();

      -- Service cases count in the month they were opened (responses, resolutions) and closed (ratings).
      CREATE FUNCTION trellis_kpi_cases() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
      AS $fn$
      BEGIN
        INSERT INTO public.kpi_dirty (source, partner_id, month)
        SELECT DISTINCT 'S', x.partner_id, x.month FROM (
          SELECT partner_id, ${MONTH('opened_at')} AS month FROM rows
          UNION ALL SELECT partner_id, ${MONTH('closed_at')} FROM rows WHERE closed_at IS NOT NULL
        ) x;
        RETURN NULL;
      END
      $fn$;
      CREATE FUNCTION trellis_kpi_cases_updated() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
      AS $fn$
      BEGIN
        INSERT INTO public.kpi_dirty (source, partner_id, month)
        SELECT DISTINCT 'S', x.partner_id, x.month FROM (
          SELECT r.partner_id, ${MONTH('r.opened_at')} AS month FROM (
            SELECT o.partner_id, o.opened_at FROM old_rows o JOIN new_rows n ON n.id = o.id
             WHERE (o.partner_id, o.opened_at, o.first_response_at, o.resolved_at, o.closed_at, o.satisfaction)
                   IS DISTINCT FROM (n.partner_id, n.opened_at, n.first_response_at, n.resolved_at, n.closed_at, n.satisfaction)
            UNION ALL
            SELECT n.partner_id, n.opened_at FROM old_rows o JOIN new_rows n ON n.id = o.id
             WHERE (o.partner_id, o.opened_at, o.first_response_at, o.resolved_at, o.closed_at, o.satisfaction)
                   IS DISTINCT FROM (n.partner_id, n.opened_at, n.first_response_at, n.resolved_at, n.closed_at, n.satisfaction)
          ) r
        ) x;
        INSERT INTO public.kpi_dirty (source, partner_id, month)
        SELECT DISTINCT 'S', r.partner_id, ${MONTH('r.closed_at')} FROM (
          SELECT o.partner_id, o.closed_at FROM old_rows o JOIN new_rows n ON n.id = o.id
           WHERE (o.closed_at, o.satisfaction, o.partner_id) IS DISTINCT FROM (n.closed_at, n.satisfaction, n.partner_id)
          UNION ALL
          SELECT n.partner_id, n.closed_at FROM old_rows o JOIN new_rows n ON n.id = o.id
           WHERE (o.closed_at, o.satisfaction, o.partner_id) IS DISTINCT FROM (n.closed_at, n.satisfaction, n.partner_id)
        ) r WHERE r.closed_at IS NOT NULL;
        RETURN NULL;
      END
      $fn$;
      CREATE TRIGGER service_case_kpi_insert AFTER INSERT ON service_case REFERENCING NEW TABLE AS rows
        FOR EACH STATEMENT EXECUTE FUNCTION trellis_kpi_cases();
      CREATE TRIGGER service_case_kpi_update AFTER UPDATE ON service_case REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION trellis_kpi_cases_updated();
      CREATE TRIGGER service_case_kpi_delete AFTER DELETE ON service_case REFERENCING OLD TABLE AS rows
        FOR EACH STATEMENT EXECUTE FUNCTION trellis_kpi_cases();

      -- A count is the level until the next count of that product: it counts in every month from its day on.
      CREATE FUNCTION trellis_kpi_inventory() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
      AS $fn$
      BEGIN
        INSERT INTO public.kpi_dirty (source, partner_id, month)
        SELECT DISTINCT 'I', r.partner_id, m::date
          FROM (SELECT partner_id, min(counted_on) AS first_day FROM rows GROUP BY partner_id) r,
               generate_series(date_trunc('month', r.first_day)::date, GREATEST(date_trunc('month', r.first_day), ${MONTH('now()')})::date, interval '1 month') m;
        RETURN NULL;
      END
      $fn$;
      CREATE TRIGGER inventory_snapshot_kpi_insert AFTER INSERT ON inventory_snapshot REFERENCING NEW TABLE AS rows
        FOR EACH STATEMENT EXECUTE FUNCTION trellis_kpi_inventory();
      CREATE TRIGGER inventory_snapshot_kpi_update AFTER UPDATE ON inventory_snapshot REFERENCING NEW TABLE AS rows
        FOR EACH STATEMENT EXECUTE FUNCTION trellis_kpi_inventory();
      CREATE TRIGGER inventory_snapshot_kpi_delete AFTER DELETE ON inventory_snapshot REFERENCING OLD TABLE AS rows
        FOR EACH STATEMENT EXECUTE FUNCTION trellis_kpi_inventory();

      -- MDF claims count in the month they were paid.
      CREATE FUNCTION trellis_kpi_claims() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
      AS $fn$
      BEGIN
        INSERT INTO public.kpi_dirty (source, partner_id, month)
        SELECT DISTINCT 'M', partner_id, ${MONTH('paid_at')} FROM rows WHERE paid_at IS NOT NULL;
        RETURN NULL;
      END
      $fn$;
      CREATE TRIGGER mdf_claim_kpi_insert AFTER INSERT ON mdf_claim REFERENCING NEW TABLE AS rows
        FOR EACH STATEMENT EXECUTE FUNCTION trellis_kpi_claims();
      CREATE TRIGGER mdf_claim_kpi_update AFTER UPDATE ON mdf_claim REFERENCING NEW TABLE AS rows
        FOR EACH STATEMENT EXECUTE FUNCTION trellis_kpi_claims();
      CREATE TRIGGER mdf_claim_kpi_delete AFTER DELETE ON mdf_claim REFERENCING OLD TABLE AS rows
        FOR EACH STATEMENT EXECUTE FUNCTION trellis_kpi_claims();

      ${enqueueFunctionSql([...TASKS, 'kpi_rollup', 'kpi_signals'])}

      INSERT INTO signal_rule (kind, thresholds) VALUES
        ('QUOTA_COMPLETION_LOW', '{"minCompletion": 0.7}'),
        ('SALES_DECLINING', '{"periods": 3, "minDropPercent": 5}'),
        ('DISTRIBUTION_LOW', '{"minRate": 0.2}'),
        ('PAYMENT_PERIOD_LONG', '{"maxDays": 45, "periods": 3}'),
        ('INVENTORY_HIGH', '{"maxDays": 90, "periods": 2}'),
        ('SATISFACTION_FALLING', '{"minScore": 3.5, "maxDrop": 0.5}'),
        ('CHANNEL_COST_RISING', '{"periods": 3, "maxCostShare": 0.1}'),
        ('PRICE_PRESSURE', '{"periods": 3, "minMargin": 0.15}'),
        ('NEW_CHANNEL_RISING', '{"maxAgeMonths": 12, "minGrowthPercent": 50, "minSellOut": 100000}'),
        ('CHANNEL_CONFLICTS', '{"maxConflicts": 2}'),
        ('MARKET_SHARE_LOW', '{"minShare": 0.1}');
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ${enqueueFunctionSql(TASKS)}
      DROP TRIGGER sales_order_kpi_insert ON sales_order; DROP TRIGGER sales_order_kpi_update ON sales_order; DROP TRIGGER sales_order_kpi_delete ON sales_order;
      DROP TRIGGER sales_order_line_kpi_insert ON sales_order_line; DROP TRIGGER sales_order_line_kpi_delete ON sales_order_line;
      DROP TRIGGER lead_event_kpi_insert ON lead_event; DROP TRIGGER lead_event_kpi_delete ON lead_event;
      DROP TRIGGER lead_kpi_insert ON lead; DROP TRIGGER lead_kpi_update ON lead; DROP TRIGGER lead_kpi_delete ON lead;
      DROP TRIGGER service_case_kpi_insert ON service_case; DROP TRIGGER service_case_kpi_update ON service_case; DROP TRIGGER service_case_kpi_delete ON service_case;
      DROP TRIGGER inventory_snapshot_kpi_insert ON inventory_snapshot; DROP TRIGGER inventory_snapshot_kpi_update ON inventory_snapshot; DROP TRIGGER inventory_snapshot_kpi_delete ON inventory_snapshot;
      DROP TRIGGER mdf_claim_kpi_insert ON mdf_claim; DROP TRIGGER mdf_claim_kpi_update ON mdf_claim; DROP TRIGGER mdf_claim_kpi_delete ON mdf_claim;
      DROP FUNCTION trellis_kpi_orders_inserted(), trellis_kpi_orders_updated(), trellis_kpi_orders_deleted(), trellis_kpi_order_lines(),
        trellis_kpi_lead_events(), trellis_kpi_lead_events_deleted(), trellis_kpi_leads(), trellis_kpi_leads_updated(), trellis_kpi_cases(), trellis_kpi_cases_updated(),
        trellis_kpi_inventory(), trellis_kpi_claims(), trellis_kpi_pending(), trellis_tier_benchmark(uuid, date, date, text), trellis_notify_partner_owners(uuid[], text[]);
      DROP INDEX sales_order_partner_submitted, sales_order_partner_delivered, sales_order_partner_paid, sales_order_line_partner_product,
        lead_event_partner_at, lead_mdf_partner_changed, service_case_partner_closed, mdf_claim_partner_paid;
      DELETE FROM notification WHERE kind = 'CHANNEL_SIGNAL';
      ALTER TABLE notification DROP CONSTRAINT notification_kind_check;
      ALTER TABLE notification ADD CONSTRAINT notification_kind_check
        CHECK (kind IN ('LEAD_NEW', 'LEAD_SLA_WARNING', 'LEAD_EXPIRED', 'REGISTRATION_APPROVED', 'REGISTRATION_REJECTED'));
      DROP TABLE channel_signal, signal_rule, territory_market, partner_quota, kpi_partner_money, kpi_partner_month, kpi_dirty;
    `);
  }
}
