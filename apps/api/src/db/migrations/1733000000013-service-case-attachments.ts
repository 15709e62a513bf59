import { MigrationInterface, QueryRunner } from 'typeorm';
import { partnerOwnedTableSql } from './1732400000000-foundation';

/**
 * Files a partner's people add to a service case (a photo of the damage, a receipt as PDF, a log as text):
 * partner-owned like the case, kept in the database with the case (at most 10 of 5 MB each), never changed
 * once added. The type is read from the bytes on the way in; the byte count is kept for listing.
 */
export class ServiceCaseAttachments1733000000013 implements MigrationInterface {
  name = 'ServiceCaseAttachments1733000000013';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE service_case_attachment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL,
        partner_id uuid NOT NULL,
        file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 200),
        content_type text NOT NULL CHECK (content_type IN ('image/png', 'image/jpeg', 'image/webp', 'application/pdf', 'text/plain')),
        byte_size int NOT NULL CHECK (byte_size BETWEEN 1 AND 5242880),
        content bytea NOT NULL,
        added_by uuid REFERENCES app_user(id),
        added_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (case_id, partner_id) REFERENCES service_case (id, partner_id)
      );
      CREATE INDEX service_case_attachment_case ON service_case_attachment (case_id, added_at, id);
      GRANT SELECT, INSERT (case_id, partner_id, file_name, content_type, byte_size, content, added_by) ON service_case_attachment TO trellis_app;
      ${partnerOwnedTableSql('service_case_attachment')}
      -- A case opened with the article that already helped links it in its INSERT (it took an UPDATE).
      GRANT INSERT (solution_article_id) ON service_case TO trellis_app;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`REVOKE INSERT (solution_article_id) ON service_case FROM trellis_app; DROP TABLE service_case_attachment`);
  }
}
