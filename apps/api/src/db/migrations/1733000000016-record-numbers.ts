import { MigrationInterface, QueryRunner } from 'typeorm';

/** The defaults as they were (for down). */
const number = (prefix: string, sequence: string) =>
  `('${prefix}-' || to_char(now() AT TIME ZONE 'UTC', 'YYYY') || '-' || lpad(nextval('${sequence}')::text, 6, '0'))`;

/**
 * Record numbers past 999,999: lpad cuts a longer text to its width, so S-2026-1000000 came out as
 * S-2026-100000 again and the insert failed on the unique number. The numbers of service cases, MDF
 * requests and MDF claims now grow a digit instead (as leads' and orders' numbers do, trellis_*_number),
 * through one function that reads the sequence once. Also indexes the MDF ledger by request and claim:
 * the foreign keys' checks and the ledger check read by them.
 */
export class RecordNumbers1733000000016 implements MigrationInterface {
  name = 'RecordNumbers1733000000016';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION trellis_record_number(prefix text, n bigint) RETURNS text LANGUAGE sql STABLE PARALLEL SAFE
        AS $fn$ SELECT prefix || '-' || to_char(now() AT TIME ZONE 'UTC', 'YYYY') || '-' || lpad(n::text, greatest(6, length(n::text)), '0') $fn$;
      ALTER TABLE service_case ALTER COLUMN number SET DEFAULT trellis_record_number('S', nextval('service_case_number_seq'));
      ALTER TABLE mdf_request ALTER COLUMN number SET DEFAULT trellis_record_number('MDF', nextval('mdf_request_number_seq'));
      ALTER TABLE mdf_claim ALTER COLUMN number SET DEFAULT trellis_record_number('MDC', nextval('mdf_claim_number_seq'));
      GRANT EXECUTE ON FUNCTION trellis_record_number(text, bigint) TO trellis_app;
      CREATE INDEX mdf_ledger_request ON mdf_ledger (request_id) WHERE request_id IS NOT NULL;
      CREATE INDEX mdf_ledger_claim ON mdf_ledger (claim_id) WHERE claim_id IS NOT NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX mdf_ledger_request, mdf_ledger_claim;
      ALTER TABLE service_case ALTER COLUMN number SET DEFAULT ${number('S', 'service_case_number_seq')};
      ALTER TABLE mdf_request ALTER COLUMN number SET DEFAULT ${number('MDF', 'mdf_request_number_seq')};
      ALTER TABLE mdf_claim ALTER COLUMN number SET DEFAULT ${number('MDC', 'mdf_claim_number_seq')};
      DROP FUNCTION trellis_record_number(text, bigint);
    `);
  }
}
