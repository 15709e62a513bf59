import { MigrationInterface, QueryRunner } from 'typeorm';
import { partnerOwnedTableSql, partnerVisible } from './1732400000000-foundation';

/**
 * The lead lifecycle: UNASSIGNED (waiting for dispatch) or NEW (filed in a partner's showroom) ->
 * DISPATCHED -> ACCEPTED -> QUALIFIED -> CONVERTED, or DISQUALIFIED / LOST; a declined lead goes back to
 * UNASSIGNED. Every move is a row of lead_event (who, when, from, to, why). Each lead gets a short
 * reference (L-2026-000123) that the visitor is shown.
 *
 * A partner that declines a lead hands it back to dispatch, and so out of its own sight. Row-level security
 * cannot allow that move (an UPDATE's new row must stay visible to its author), so it is a function:
 * trellis_lead_back_to_dispatch moves a NEW or DISPATCHED lead of one of the caller's visible partners
 * back to UNASSIGNED, and nothing else.
 */
export class LeadLifecycle1732900000001 implements MigrationInterface {
  name = 'LeadLifecycle1732900000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE lead DROP CONSTRAINT lead_status_check;
      UPDATE lead SET status = 'DISQUALIFIED' WHERE status = 'REJECTED';
      ALTER TABLE lead ADD CONSTRAINT lead_status_check
        CHECK (status IN ('UNASSIGNED', 'NEW', 'DISPATCHED', 'ACCEPTED', 'QUALIFIED', 'CONVERTED', 'DISQUALIFIED', 'LOST'));

      CREATE SEQUENCE lead_reference_seq;
      -- L-<year>-<number>: six digits at least, never cut.
      CREATE FUNCTION trellis_lead_reference(at timestamptz) RETURNS text LANGUAGE sql VOLATILE SET search_path = pg_catalog, public, pg_temp
        AS $fn$ SELECT 'L-' || to_char(at AT TIME ZONE 'UTC', 'YYYY') || '-' || lpad(n::text, greatest(6, length(n::text)), '0')
                  FROM nextval('lead_reference_seq') n $fn$;
      ALTER TABLE lead
        ADD COLUMN reference text,
        ADD COLUMN status_changed_at timestamptz NOT NULL DEFAULT now(),
        ADD COLUMN qualification_score smallint CHECK (qualification_score BETWEEN 0 AND 100),
        ADD COLUMN budget_confirmed boolean,
        ADD COLUMN authority_confirmed boolean,
        ADD COLUMN need_confirmed boolean,
        ADD COLUMN timing text CHECK (timing IN ('NOW', 'WITHIN_3_MONTHS', 'WITHIN_12_MONTHS', 'LATER')),
        ADD COLUMN converted_value_minor bigint CHECK (converted_value_minor >= 0),
        ADD COLUMN converted_currency char(3),
        ADD CHECK ((converted_value_minor IS NULL) = (converted_currency IS NULL));
      UPDATE lead SET status_changed_at = created_at;
      UPDATE lead l SET reference = r.reference
        FROM (SELECT id, trellis_lead_reference(created_at) AS reference FROM (SELECT id, created_at FROM lead ORDER BY created_at, id OFFSET 0) s) r
       WHERE r.id = l.id;
      ALTER TABLE lead ALTER COLUMN reference SET NOT NULL, ADD CONSTRAINT lead_reference_key UNIQUE (reference);
      GRANT USAGE ON SEQUENCE lead_reference_seq TO trellis_public;

      -- Only a partner manager, only for a lead of the manager's own partner (not a reseller's), and the
      -- basket's lines go with the lead.
      CREATE FUNCTION trellis_lead_back_to_dispatch(lead_id uuid) RETURNS boolean
      LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
      AS $fn$
        WITH caller AS (
          SELECT u.partner_id FROM public.app_user u
           WHERE u.id = nullif(current_setting('trellis.user_id', true), '')::uuid AND u.active
             AND u.role = 'PARTNER_MANAGER' AND current_setting('trellis.role', true) = 'PARTNER_MANAGER'),
        moved AS (
          UPDATE public.lead l SET status = 'UNASSIGNED', partner_id = NULL, status_changed_at = now()
            FROM caller
           WHERE l.id = lead_id AND l.status IN ('NEW', 'DISPATCHED') AND l.partner_id = caller.partner_id
          RETURNING l.id),
        items AS (UPDATE public.lead_item i SET partner_id = NULL FROM moved WHERE i.lead_id = moved.id RETURNING 1)
        SELECT (SELECT count(*) FROM moved) = 1
      $fn$;
      REVOKE ALL ON FUNCTION trellis_lead_back_to_dispatch(uuid) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION trellis_lead_back_to_dispatch(uuid) TO trellis_app;

      CREATE TABLE lead_event (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        lead_id uuid NOT NULL REFERENCES lead(id) ON DELETE CASCADE,
        -- The partner the move concerns (the lead's partner before or after it); NULL: the brand's alone.
        partner_id uuid REFERENCES partner(id),
        action text NOT NULL CHECK (action IN ('FILED', 'DISPATCHED', 'ACCEPTED', 'DECLINED', 'QUALIFIED', 'CONVERTED', 'DISQUALIFIED', 'LOST')),
        from_status text,
        to_status text NOT NULL,
        actor_id uuid REFERENCES app_user(id),
        reason text,
        at timestamptz NOT NULL DEFAULT clock_timestamp()
      );
      CREATE INDEX lead_event_lead ON lead_event (lead_id, id);
      -- Append-only, and timed by PostgreSQL: no role of a request may set \`at\`, change or delete a row.
      GRANT SELECT, INSERT (lead_id, partner_id, action, from_status, to_status, actor_id, reason) ON lead_event TO trellis_app;
      GRANT INSERT (lead_id, partner_id, action, from_status, to_status, actor_id, reason) ON lead_event TO trellis_public;
      ${partnerOwnedTableSql('lead_event')}
      CREATE POLICY lead_event_public ON lead_event FOR INSERT TO trellis_public
        WITH CHECK (partner_id IS NULL OR ${partnerVisible('partner_id')});
      INSERT INTO lead_event (lead_id, partner_id, action, from_status, to_status, at)
        SELECT id, partner_id, 'FILED', NULL, CASE WHEN partner_id IS NULL THEN 'UNASSIGNED' ELSE 'NEW' END, created_at FROM lead ORDER BY created_at, id;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE lead_event;
      DROP FUNCTION trellis_lead_back_to_dispatch(uuid);
      ALTER TABLE lead DROP COLUMN reference, DROP COLUMN status_changed_at, DROP COLUMN qualification_score,
        DROP COLUMN budget_confirmed, DROP COLUMN authority_confirmed, DROP COLUMN need_confirmed, DROP COLUMN timing,
        DROP COLUMN converted_value_minor, DROP COLUMN converted_currency;
      DROP FUNCTION trellis_lead_reference(timestamptz);
      DROP SEQUENCE lead_reference_seq;
      ALTER TABLE lead DROP CONSTRAINT lead_status_check;
      UPDATE lead SET status = 'REJECTED' WHERE status = 'DISQUALIFIED';
      UPDATE lead SET status = 'NEW' WHERE status = 'DISPATCHED';
      ALTER TABLE lead ADD CONSTRAINT lead_status_check CHECK (status IN ('UNASSIGNED', 'NEW', 'ACCEPTED', 'QUALIFIED', 'CONVERTED', 'LOST', 'REJECTED'));
    `);
  }
}
