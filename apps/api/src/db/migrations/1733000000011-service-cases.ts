import { MigrationInterface, QueryRunner } from 'typeorm';
import { partnerOwnedTableSql } from './1732400000000-foundation';

/** Who writes solution articles: the brand's channel staff (and Trellis itself, which acts as ADMIN). */
const BRAND_WRITER = `((SELECT current_setting('trellis.role', true)) IN ('ADMIN', 'CHANNEL_MANAGER'))`;
const BRAND_READER = `((SELECT current_setting('trellis.all_partners', true)) = 'on')`;

/**
 * Service: a partner's cases for its customers' problems (service_case, partner-owned, numbered S-2026-000123,
 * with an append-only timeline timed by PostgreSQL) and the brand owner's solution articles, searched by their
 * words (a generated tsvector, 'simple' configuration: the articles come in any language). Partners read
 * published articles only; brand staff read drafts too and write them.
 */
export class ServiceCases1733000000011 implements MigrationInterface {
  name = 'ServiceCases1733000000011';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE solution_article (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL CHECK (length(title) BETWEEN 3 AND 200),
        body text NOT NULL CHECK (length(body) BETWEEN 3 AND 20000),
        product_id uuid REFERENCES product(id) ON DELETE SET NULL,
        published_at timestamptz,
        created_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        words tsvector GENERATED ALWAYS AS (setweight(to_tsvector('simple', title), 'A') || setweight(to_tsvector('simple', body), 'B')) STORED
      );
      CREATE INDEX solution_article_words ON solution_article USING gin (words);
      GRANT SELECT, INSERT, UPDATE (title, body, product_id, published_at, updated_at) ON solution_article TO trellis_app;
      ALTER TABLE solution_article ENABLE ROW LEVEL SECURITY;
      ALTER TABLE solution_article FORCE ROW LEVEL SECURITY;
      CREATE POLICY solution_article_read ON solution_article FOR SELECT TO trellis_app USING (published_at IS NOT NULL OR ${BRAND_READER});
      CREATE POLICY solution_article_insert ON solution_article FOR INSERT TO trellis_app WITH CHECK ${BRAND_WRITER};
      CREATE POLICY solution_article_update ON solution_article FOR UPDATE TO trellis_app USING ${BRAND_WRITER} WITH CHECK ${BRAND_WRITER};
      CREATE POLICY solution_article_owner ON solution_article TO CURRENT_USER USING (true) WITH CHECK (true);

      CREATE SEQUENCE service_case_number_seq;
      CREATE TABLE service_case (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        number text NOT NULL UNIQUE DEFAULT ('S-' || to_char(now() AT TIME ZONE 'UTC', 'YYYY') || '-' || lpad(nextval('service_case_number_seq')::text, 6, '0')),
        partner_id uuid NOT NULL REFERENCES partner(id),
        product_id uuid REFERENCES product(id),
        serial_number text CHECK (length(serial_number) <= 100),
        customer_name text NOT NULL CHECK (length(customer_name) BETWEEN 1 AND 120),
        customer_email text CHECK (length(customer_email) <= 254),
        customer_phone text CHECK (length(customer_phone) <= 30),
        description text NOT NULL CHECK (length(description) BETWEEN 3 AND 5000),
        severity text NOT NULL CHECK (severity IN ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')),
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'IN_PROGRESS', 'WAITING_FOR_CUSTOMER', 'RESOLVED', 'CLOSED')),
        solution_article_id uuid REFERENCES solution_article(id),
        satisfaction smallint CHECK (satisfaction BETWEEN 1 AND 5),
        opened_by uuid REFERENCES app_user(id),
        opened_at timestamptz NOT NULL DEFAULT now(),
        status_changed_at timestamptz NOT NULL DEFAULT now(),
        first_response_at timestamptz,
        resolved_at timestamptz,
        closed_at timestamptz,
        UNIQUE (id, partner_id)
      );
      CREATE INDEX service_case_partner ON service_case (partner_id, opened_at DESC, id DESC);
      CREATE INDEX service_case_opened ON service_case (opened_at DESC, id DESC);
      GRANT SELECT, INSERT (partner_id, product_id, serial_number, customer_name, customer_email, customer_phone, description, severity, opened_by),
        UPDATE (status, status_changed_at, solution_article_id, satisfaction, first_response_at, resolved_at, closed_at) ON service_case TO trellis_app;
      ${partnerOwnedTableSql('service_case')}

      CREATE TABLE service_case_event (
        id bigserial PRIMARY KEY,
        case_id uuid NOT NULL,
        partner_id uuid NOT NULL,
        action text NOT NULL,
        from_status text,
        to_status text NOT NULL,
        actor_id uuid REFERENCES app_user(id),
        note text CHECK (length(note) <= 1000),
        at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (case_id, partner_id) REFERENCES service_case (id, partner_id)
      );
      CREATE INDEX service_case_event_case ON service_case_event (case_id, id);
      GRANT SELECT, INSERT (case_id, partner_id, action, from_status, to_status, actor_id, note) ON service_case_event TO trellis_app;
      GRANT USAGE ON SEQUENCE service_case_event_id_seq, service_case_number_seq TO trellis_app;
      ${partnerOwnedTableSql('service_case_event')}
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE service_case_event, service_case, solution_article; DROP SEQUENCE service_case_number_seq`);
  }
}
