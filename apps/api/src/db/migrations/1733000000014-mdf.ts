import { MigrationInterface, QueryRunner } from 'typeorm';
import { partnerOwnedTableSql, partnerVisible } from './1732400000000-foundation';

const BRAND_WRITER = `((SELECT current_setting('trellis.role', true)) IN ('ADMIN', 'CHANNEL_MANAGER'))`;
const BRAND_READER = `((SELECT current_setting('trellis.all_partners', true)) = 'on')`;

/**
 * Marketing development funds. A fund (brand-owned) is allocated to partners (mdf_allocation); a partner's
 * manager asks for money for an activity (mdf_request), the channel manager approves it (the money is
 * reserved) or not; after the activity the partner claims the actual cost with proof (mdf_claim with its
 * files), the claim is approved and paid; at the claim deadline what was not claimed returns to the fund.
 *
 * Every movement is a line of mdf_ledger (append-only: INSERT and SELECT only). The balances kept on the
 * fund, allocation and request rows are the sums of their lines, written in the same transaction, and their
 * CHECKs are the invariants (allocated <= budget, approved <= allocation, claimed <= approved, paid <=
 * claimed): a write that would break one fails in PostgreSQL even if the code's conditional update did not
 * refuse it first. Amounts are integer minor units in the fund's currency.
 */
export class Mdf1733000000014 implements MigrationInterface {
  name = 'Mdf1733000000014';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE mdf_fund (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(name) BETWEEN 3 AND 200),
        purpose text NOT NULL DEFAULT '' CHECK (length(purpose) <= 2000),
        currency char(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
        period_start date NOT NULL,
        period_end date NOT NULL,
        claim_deadline date NOT NULL,
        total_budget_minor bigint NOT NULL CHECK (total_budget_minor > 0),
        allocated_minor bigint NOT NULL DEFAULT 0,
        eligible_tier_ids uuid[] NOT NULL DEFAULT '{}',
        activity_types text[] NOT NULL CHECK (cardinality(activity_types) > 0),
        expired_at timestamptz,
        created_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (period_start <= period_end AND period_end <= claim_deadline),
        CHECK (allocated_minor BETWEEN 0 AND total_budget_minor)
      );
      CREATE INDEX mdf_fund_created ON mdf_fund (created_at DESC, id DESC);
      GRANT SELECT, INSERT (name, purpose, currency, period_start, period_end, claim_deadline, total_budget_minor, eligible_tier_ids, activity_types, created_by),
        UPDATE (allocated_minor, expired_at) ON mdf_fund TO trellis_app;

      CREATE TABLE mdf_allocation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        fund_id uuid NOT NULL REFERENCES mdf_fund(id),
        partner_id uuid NOT NULL REFERENCES partner(id),
        amount_minor bigint NOT NULL DEFAULT 0,
        approved_minor bigint NOT NULL DEFAULT 0,
        claimed_minor bigint NOT NULL DEFAULT 0,
        paid_minor bigint NOT NULL DEFAULT 0,
        expired_minor bigint NOT NULL DEFAULT 0 CHECK (expired_minor >= 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (fund_id, partner_id),
        UNIQUE (id, partner_id),
        CHECK (0 <= paid_minor AND paid_minor <= claimed_minor AND claimed_minor <= approved_minor AND approved_minor <= amount_minor)
      );
      CREATE INDEX mdf_allocation_partner ON mdf_allocation (partner_id);
      GRANT SELECT, INSERT (fund_id, partner_id), UPDATE (amount_minor, approved_minor, claimed_minor, paid_minor, expired_minor) ON mdf_allocation TO trellis_app;
      ${partnerOwnedTableSql('mdf_allocation')}

      ALTER TABLE mdf_fund ENABLE ROW LEVEL SECURITY;
      ALTER TABLE mdf_fund FORCE ROW LEVEL SECURITY;
      -- Partners read the funds they have money in (the allocation's own row-level security decides which).
      CREATE POLICY mdf_fund_read ON mdf_fund FOR SELECT TO trellis_app
        USING (${BRAND_READER} OR EXISTS (SELECT 1 FROM mdf_allocation a WHERE a.fund_id = mdf_fund.id AND ${partnerVisible('a.partner_id')}));
      CREATE POLICY mdf_fund_insert ON mdf_fund FOR INSERT TO trellis_app WITH CHECK ${BRAND_WRITER};
      CREATE POLICY mdf_fund_update ON mdf_fund FOR UPDATE TO trellis_app USING ${BRAND_WRITER} WITH CHECK ${BRAND_WRITER};
      CREATE POLICY mdf_fund_owner ON mdf_fund TO CURRENT_USER USING (true) WITH CHECK (true);

      CREATE SEQUENCE mdf_request_number_seq;
      CREATE TABLE mdf_request (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        number text NOT NULL UNIQUE DEFAULT ('MDF-' || to_char(now() AT TIME ZONE 'UTC', 'YYYY') || '-' || lpad(nextval('mdf_request_number_seq')::text, 6, '0')),
        fund_id uuid NOT NULL REFERENCES mdf_fund(id),
        allocation_id uuid NOT NULL,
        partner_id uuid NOT NULL,
        activity_type text NOT NULL,
        title text NOT NULL CHECK (length(title) BETWEEN 3 AND 200),
        description text NOT NULL DEFAULT '' CHECK (length(description) <= 5000),
        starts_on date NOT NULL,
        ends_on date NOT NULL CHECK (starts_on <= ends_on),
        planned_cost_minor bigint NOT NULL CHECK (planned_cost_minor > 0),
        requested_minor bigint NOT NULL CHECK (requested_minor > 0 AND requested_minor <= planned_cost_minor),
        expected_leads int NOT NULL DEFAULT 0 CHECK (expected_leads >= 0),
        expected_revenue_minor bigint NOT NULL DEFAULT 0 CHECK (expected_revenue_minor >= 0),
        status text NOT NULL DEFAULT 'SUBMITTED' CHECK (status IN ('SUBMITTED', 'CHANGES_REQUESTED', 'APPROVED', 'REJECTED', 'CLOSED')),
        approved_minor bigint NOT NULL DEFAULT 0,
        claimed_minor bigint NOT NULL DEFAULT 0,
        decision_reason text CHECK (length(decision_reason) <= 1000),
        submitted_by uuid REFERENCES app_user(id),
        submitted_at timestamptz NOT NULL DEFAULT now(),
        decided_by uuid REFERENCES app_user(id),
        decided_at timestamptz,
        closed_at timestamptz,
        UNIQUE (id, partner_id),
        FOREIGN KEY (allocation_id, partner_id) REFERENCES mdf_allocation (id, partner_id),
        CHECK (0 <= claimed_minor AND claimed_minor <= approved_minor)
      );
      CREATE INDEX mdf_request_partner ON mdf_request (partner_id, submitted_at DESC, id DESC);
      CREATE INDEX mdf_request_submitted ON mdf_request (submitted_at DESC, id DESC);
      CREATE INDEX mdf_request_fund ON mdf_request (fund_id);
      GRANT SELECT, INSERT (fund_id, allocation_id, partner_id, activity_type, title, description, starts_on, ends_on, planned_cost_minor, requested_minor,
          expected_leads, expected_revenue_minor, submitted_by),
        UPDATE (title, description, starts_on, ends_on, planned_cost_minor, requested_minor, expected_leads, expected_revenue_minor, status, approved_minor,
          claimed_minor, decision_reason, submitted_at, decided_by, decided_at, closed_at) ON mdf_request TO trellis_app;
      ${partnerOwnedTableSql('mdf_request')}

      CREATE SEQUENCE mdf_claim_number_seq;
      CREATE TABLE mdf_claim (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        number text NOT NULL UNIQUE DEFAULT ('MDC-' || to_char(now() AT TIME ZONE 'UTC', 'YYYY') || '-' || lpad(nextval('mdf_claim_number_seq')::text, 6, '0')),
        request_id uuid NOT NULL,
        partner_id uuid NOT NULL,
        amount_minor bigint NOT NULL CHECK (amount_minor > 0),
        approved_minor bigint CHECK (approved_minor > 0 AND approved_minor <= amount_minor),
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED', 'PAID')),
        note text NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
        idempotency_key text NOT NULL CHECK (length(idempotency_key) BETWEEN 8 AND 100),
        decision_reason text CHECK (length(decision_reason) <= 1000),
        payment_method text CHECK (payment_method IN ('CREDIT_NOTE', 'TRANSFER')),
        payment_reference text CHECK (length(payment_reference) BETWEEN 1 AND 100),
        payment_key text CHECK (length(payment_key) BETWEEN 8 AND 100),
        created_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        submitted_at timestamptz,
        decided_by uuid REFERENCES app_user(id),
        decided_at timestamptz,
        paid_at timestamptz,
        UNIQUE (id, partner_id),
        UNIQUE (partner_id, idempotency_key),
        FOREIGN KEY (request_id, partner_id) REFERENCES mdf_request (id, partner_id)
      );
      CREATE INDEX mdf_claim_request ON mdf_claim (request_id, created_at, id);
      CREATE INDEX mdf_claim_created ON mdf_claim (created_at DESC, id DESC);
      GRANT SELECT, INSERT (request_id, partner_id, amount_minor, note, idempotency_key, created_by),
        UPDATE (approved_minor, status, decision_reason, payment_method, payment_reference, payment_key, submitted_at, decided_by, decided_at, paid_at)
        ON mdf_claim TO trellis_app;
      ${partnerOwnedTableSql('mdf_claim')}

      CREATE TABLE mdf_claim_file (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        claim_id uuid NOT NULL,
        partner_id uuid NOT NULL,
        file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 200),
        content_type text NOT NULL CHECK (content_type IN ('image/png', 'image/jpeg', 'image/webp', 'application/pdf', 'text/plain')),
        byte_size int NOT NULL CHECK (byte_size BETWEEN 1 AND 5242880),
        content bytea NOT NULL,
        added_by uuid REFERENCES app_user(id),
        added_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (claim_id, partner_id) REFERENCES mdf_claim (id, partner_id)
      );
      CREATE INDEX mdf_claim_file_claim ON mdf_claim_file (claim_id, added_at, id);
      GRANT SELECT, INSERT (claim_id, partner_id, file_name, content_type, byte_size, content, added_by) ON mdf_claim_file TO trellis_app;
      ${partnerOwnedTableSql('mdf_claim_file')}

      CREATE TABLE mdf_ledger (
        id bigserial PRIMARY KEY,
        fund_id uuid NOT NULL REFERENCES mdf_fund(id),
        allocation_id uuid NOT NULL,
        partner_id uuid NOT NULL,
        request_id uuid REFERENCES mdf_request(id),
        claim_id uuid REFERENCES mdf_claim(id),
        kind text NOT NULL CHECK (kind IN ('ALLOCATE', 'RESERVE', 'RELEASE', 'CLAIM', 'PAY', 'EXPIRE')),
        amount_minor bigint NOT NULL CHECK (amount_minor <> 0 AND (kind = 'ALLOCATE' OR amount_minor > 0)),
        currency char(3) NOT NULL,
        actor_id uuid REFERENCES app_user(id),
        note text CHECK (length(note) <= 1000),
        at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (allocation_id, partner_id) REFERENCES mdf_allocation (id, partner_id)
      );
      CREATE INDEX mdf_ledger_fund ON mdf_ledger (fund_id, id);
      CREATE INDEX mdf_ledger_partner ON mdf_ledger (partner_id, id);
      CREATE INDEX mdf_ledger_allocation ON mdf_ledger (allocation_id);
      GRANT SELECT, INSERT (fund_id, allocation_id, partner_id, request_id, claim_id, kind, amount_minor, currency, actor_id, note) ON mdf_ledger TO trellis_app;
      GRANT USAGE ON SEQUENCE mdf_ledger_id_seq, mdf_request_number_seq, mdf_claim_number_seq TO trellis_app;
      ${partnerOwnedTableSql('mdf_ledger')}
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE mdf_ledger, mdf_claim_file, mdf_claim, mdf_request, mdf_allocation, mdf_fund; DROP SEQUENCE mdf_request_number_seq, mdf_claim_number_seq`);
  }
}
