import { Field, ID, Int, ObjectType } from 'type-graphql';
import { CsvRowError, ProductRow, productUpdates, TRANSLATED_LANGUAGES, translationUpsert, validateProductCsv } from './product-csv';
import { Scope, Scopes } from '../../access/scope';
import { Viewer } from '../../access/viewer';
import { NotFound } from '../../domain/errors';
import { logger } from '../../logger';

@ObjectType()
export class CsvError {
  @Field(() => Int, { description: 'Line in the file; the header is line 1.' })
  line: number;

  @Field()
  field: string;

  @Field()
  reason: string;
}

@ObjectType({ description: 'A catalog import: validated whole first, then written in one transaction.' })
export class ProductImport {
  @Field(() => ID)
  id: string;

  @Field({ description: 'RUNNING, FAILED (nothing written) or DONE.' })
  status: string;

  @Field(() => Int)
  totalRows: number;

  @Field(() => Int)
  processedRows: number;

  @Field(() => Int)
  createdCount: number;

  @Field(() => Int)
  updatedCount: number;

  @Field(() => [CsvError])
  errors: CsvError[];

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  finishedAt: Date | null;
}

const COLUMNS = `id, status, total_rows AS "totalRows", processed_rows AS "processedRows", created_count AS "createdCount",
  updated_count AS "updatedCount", errors, created_at AS "createdAt", finished_at AS "finishedAt"`;
const CHUNK = 500;

/** Imports products by SKU from CSV; products absent from the file stay as they are. */
export class ProductImportService {
  /**
   * Imports of this instance write one after another: each holds a system connection for its write and
   * takes another for each progress update, so two at a time could hold the whole system pool while
   * waiting for it. Queued imports show RUNNING with nothing processed until their turn.
   */
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly scopes: Scopes) {}

  async start(scope: Scope, csv: string): Promise<ProductImport> {
    const manager = await scope.manager();
    const codes = new Set<string>((await manager.query(`SELECT code FROM category`)).map((c: { code: string }) => c.code));
    const { rows, errors, columns } = validateProductCsv(csv, codes);
    const failed = errors.length > 0;
    const [created]: ProductImport[] = await manager.query(
      `INSERT INTO product_import (status, total_rows, errors, created_by, finished_at)
       VALUES ($1, $2, $3, $4, CASE WHEN $1 = 'FAILED' THEN now() END) RETURNING ${COLUMNS}`,
      [failed ? 'FAILED' : 'RUNNING', failed ? 0 : rows.length, JSON.stringify(errors), scope.user.userId],
    );
    // The write starts once the import row is committed, and runs on after this request has answered.
    if (!failed) {
      const viewer = scope.user;
      scope.afterCommit(async () => {
        this.queue = this.queue.then(() => this.write(viewer, created.id, rows, columns));
      });
    }
    return created;
  }

  /**
   * An import is written in one transaction by the instance that accepted it; if that instance died,
   * nothing was written. At start, imports left RUNNING for longer than any real one takes say so.
   */
  async failInterrupted(): Promise<void> {
    const reason: CsvRowError = { line: 1, field: 'file', reason: 'was interrupted by a restart; nothing was written. Import it again.' };
    await this.scopes.runSystem('product-import: fail interrupted', (scope) => scope.query(
      `UPDATE product_import SET status = 'FAILED', errors = $1, finished_at = now() WHERE status = 'RUNNING' AND created_at < now() - interval '15 minutes'`,
      [JSON.stringify([reason])],
    ));
  }

  async get(scope: Scope, id: string): Promise<ProductImport> {
    const [row]: ProductImport[] = await (await scope.manager()).query(`SELECT ${COLUMNS} FROM product_import WHERE id = $1`, [id]);
    if (!row) throw new NotFound('Import', id);
    return row;
  }

  private async write(viewer: Viewer, importId: string, rows: ProductRow[], columns: string[]): Promise<void> {
    let created = 0;
    let updated = 0;
    // Two system scopes: the write in one transaction, and its progress on another so that readers see it
    // while the write is open. Both come from the system pool, which requests never wait on.
    const progress = (sql: string, params: unknown[]) => this.scopes.runSystem('product-import: progress', (scope) => scope.query(sql, params));
    try {
      await this.scopes.runSystem('product-import: write', async (scope) => {
        const manager = await scope.manager();
        for (let i = 0; i < rows.length; i += CHUNK) {
          const chunk = rows.slice(i, i + CHUNK);
          const result: { inserted: boolean }[] = await manager.query(
            `INSERT INTO product (sku, name, description, unit, list_price, currency, category_id, active, attributes)
             SELECT r.sku, r.name, r.description, r.unit, r.list_price, r.currency, c.id, r.active, r.attributes
               FROM jsonb_to_recordset($1::jsonb) AS r(sku text, name text, description text, unit text, list_price bigint,
                      currency text, category_code text, active boolean, attributes jsonb)
               LEFT JOIN category c ON c.code = r.category_code
             ON CONFLICT (sku) DO UPDATE SET ${productUpdates(columns)}
             RETURNING (xmax = 0) AS inserted`,
            [JSON.stringify(chunk.map((r) => ({ ...r, list_price: r.listPrice, category_code: r.categoryCode })))],
          );
          created += result.filter((r) => r.inserted).length;
          // Unchanged products come back from neither branch of the upsert; they count as updated, as before.
          updated += chunk.length - result.filter((r) => r.inserted).length;
          await manager.query(
            `INSERT INTO product_image (product_id, url, position)
             SELECT p.id, r.image_url, 0 FROM jsonb_to_recordset($1::jsonb) AS r(sku text, image_url text)
               JOIN product p ON p.sku = r.sku
              WHERE r.image_url IS NOT NULL AND NOT EXISTS (SELECT 1 FROM product_image i WHERE i.product_id = p.id AND i.url = r.image_url)`,
            [JSON.stringify(chunk.filter((r) => r.imageUrl).map((r) => ({ sku: r.sku, image_url: r.imageUrl })))],
          );
          // A language's column in the file is the truth for it: an empty name removes that translation.
          for (const language of TRANSLATED_LANGUAGES.filter((l) => columns.includes(`name_${l}`))) {
            const given = chunk.filter((r) => r.translations[language]);
            if (given.length) {
              await manager.query(translationUpsert(columns, language), [JSON.stringify(given.map((r) => ({ sku: r.sku, ...r.translations[language] })))]);
            }
            const removed = chunk.filter((r) => r.translations[language] === null).map((r) => r.sku);
            if (removed.length) {
              await manager.query(
                `DELETE FROM product_translation t USING product p WHERE p.id = t.product_id AND t.language = $1 AND p.sku = ANY($2::text[])`,
                [language, removed],
              );
            }
          }
          await progress(`UPDATE product_import SET processed_rows = $2 WHERE id = $1`, [importId, i + chunk.length]);
        }
      }, viewer);
      await progress(
        `UPDATE product_import SET status = 'DONE', created_count = $2, updated_count = $3, finished_at = now() WHERE id = $1`,
        [importId, created, updated],
      );
    } catch (err) {
      logger.error({ err, importId }, 'product import failed');
      const reason: CsvRowError = { line: 1, field: 'file', reason: 'could not be written; nothing was changed. Try again.' };
      await progress(`UPDATE product_import SET status = 'FAILED', processed_rows = 0, errors = $2, finished_at = now() WHERE id = $1`, [importId, JSON.stringify([reason])])
        .catch(() => undefined);
    }
  }
}
