import { MigrationInterface, QueryRunner } from 'typeorm';
import { partnerVisible } from './1732400000000-foundation';
import { enqueueFunctionSql } from './1733000000000-dispatch-rules';

/**
 * In-app notifications, one row per recipient: each user reads and marks only its own. A change may notify
 * others (a dispatch tells the partner's managers), which row-level security cannot allow a request to read
 * back: trellis_notify_partner_managers adds them, for partners the caller may see only. Each notification is
 * also mailed by a job (notification_mail).
 *
 * A lead filed in a partner's showroom comes from an anonymous visitor, who may not read the partner's
 * staff nor queue jobs: trellis_showroom_lead_filed, run by the filing, notifies the partner's managers and
 * sets the lead's time to accept (its tier's hours), for a NEW lead filed moments ago only, once.
 */
export class Notifications1733000000001 implements MigrationInterface {
  name = 'Notifications1733000000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE notification (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        -- The recipient's partner (NULL: brand staff): who may notify whom follows it.
        partner_id uuid REFERENCES partner(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('LEAD_NEW', 'LEAD_SLA_WARNING', 'LEAD_EXPIRED')),
        lead_id uuid REFERENCES lead(id) ON DELETE CASCADE,
        -- What the recipient is told about, as it was (a lead that moved on is out of its sight).
        reference text,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        read_at timestamptz
      );
      CREATE INDEX notification_user ON notification (user_id, id DESC);
      CREATE INDEX notification_unread ON notification (user_id) WHERE read_at IS NULL;
      -- Requests read and mark their own; Trellis itself (a system scope: all partners, no user) reads any
      -- to mail it. Notifications are added only through trellis_notify_partner_managers.
      GRANT SELECT, UPDATE (read_at) ON notification TO trellis_app;
      ALTER TABLE notification ENABLE ROW LEVEL SECURITY;
      ALTER TABLE notification FORCE ROW LEVEL SECURITY;
      CREATE POLICY notification_own ON notification FOR SELECT TO trellis_app
        USING (user_id = nullif((SELECT current_setting('trellis.user_id', true)), '')::uuid
               OR ((SELECT current_setting('trellis.user_id', true)) = '' AND (SELECT current_setting('trellis.all_partners', true)) = 'on'));
      CREATE POLICY notification_own_update ON notification FOR UPDATE TO trellis_app
        USING (user_id = nullif((SELECT current_setting('trellis.user_id', true)), '')::uuid)
        WITH CHECK (user_id = nullif((SELECT current_setting('trellis.user_id', true)), '')::uuid);
      CREATE POLICY notification_owner ON notification TO CURRENT_USER USING (true) WITH CHECK (true);

      -- A change tells the active managers of the partners it concerns, each with a mail job: only partners
      -- the caller may see. Answers the recipients (for the live event).
      CREATE FUNCTION trellis_notify_partner_managers(p_kind text, p_partners uuid[], p_leads uuid[], p_references text[])
      RETURNS TABLE (user_id uuid, partner_id uuid)
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
      AS $fn$
      DECLARE
        n record;
      BEGIN
        IF EXISTS (SELECT 1 FROM unnest(p_partners) p WHERE NOT ${partnerVisible('p')}) THEN
          RAISE EXCEPTION 'a partner out of sight' USING ERRCODE = '42501';
        END IF;
        FOR n IN
          INSERT INTO public.notification (user_id, partner_id, kind, lead_id, reference)
          SELECT u.id, u.partner_id, p_kind, l.lead_id, l.reference
            FROM unnest(p_partners, p_leads, p_references) AS l(partner_id, lead_id, reference)
            JOIN public.app_user u ON u.partner_id = l.partner_id AND u.role = 'PARTNER_MANAGER' AND u.active
          RETURNING notification.id, notification.user_id, notification.partner_id
        LOOP
          PERFORM graphile_worker.add_job('notification_mail', json_build_object('notificationId', n.id::text));
          user_id := n.user_id;
          partner_id := n.partner_id;
          RETURN NEXT;
        END LOOP;
      END
      $fn$;
      REVOKE ALL ON FUNCTION trellis_notify_partner_managers(text, uuid[], uuid[], text[]) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION trellis_notify_partner_managers(text, uuid[], uuid[], text[]) TO trellis_app;

      CREATE FUNCTION trellis_showroom_lead_filed(p_lead uuid) RETURNS TABLE (user_id uuid)
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
      AS $fn$
      DECLARE
        l record;
        n record;
      BEGIN
        SELECT le.id, le.reference, le.partner_id, t.lead_accept_hours, e.id AS event_id INTO l
          FROM public.lead le
          JOIN public.lead_event e ON e.lead_id = le.id AND e.action = 'FILED'
          JOIN public.partner p ON p.id = le.partner_id
          LEFT JOIN public.tier t ON t.id = p.tier_id
         WHERE le.id = p_lead AND le.status = 'NEW' AND le.created_at > now() - interval '1 minute'
           AND NOT EXISTS (SELECT 1 FROM public.notification x WHERE x.lead_id = le.id AND x.kind = 'LEAD_NEW');
        IF NOT FOUND THEN RETURN; END IF;
        IF l.lead_accept_hours IS NOT NULL THEN
          PERFORM graphile_worker.add_job('lead_sla_expired', json_build_object('leadId', l.id, 'eventId', l.event_id::text),
            run_at => now() + l.lead_accept_hours * interval '1 hour', job_key => 'lead-sla:' || l.id, job_key_mode => 'replace');
          PERFORM graphile_worker.add_job('lead_sla_warning', json_build_object('leadId', l.id, 'eventId', l.event_id::text),
            run_at => now() + l.lead_accept_hours * interval '45 minutes', job_key => 'lead-sla-warning:' || l.id, job_key_mode => 'replace');
        END IF;
        FOR n IN
          INSERT INTO public.notification (user_id, partner_id, kind, lead_id, reference)
          SELECT u.id, u.partner_id, 'LEAD_NEW', l.id, l.reference FROM public.app_user u
           WHERE u.partner_id = l.partner_id AND u.role = 'PARTNER_MANAGER' AND u.active
          RETURNING notification.id, notification.user_id
        LOOP
          PERFORM graphile_worker.add_job('notification_mail', json_build_object('notificationId', n.id::text));
          user_id := n.user_id;
          RETURN NEXT;
        END LOOP;
      END
      $fn$;
      REVOKE ALL ON FUNCTION trellis_showroom_lead_filed(uuid) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION trellis_showroom_lead_filed(uuid) TO trellis_public, trellis_app;

      ${enqueueFunctionSql(['send_mail', 'lead_sla_expired', 'lead_auto_dispatch', 'lead_sla_warning', 'notification_mail'])}
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP FUNCTION trellis_showroom_lead_filed(uuid);
      DROP FUNCTION trellis_notify_partner_managers(text, uuid[], uuid[], text[]);
      DROP TABLE notification;
      ${enqueueFunctionSql(['send_mail', 'lead_sla_expired', 'lead_auto_dispatch'])}
    `);
  }
}
