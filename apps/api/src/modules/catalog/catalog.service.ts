import { Category } from './category.entity';
import { Product, ProductTranslation } from './product.entity';
import { ProductImage } from './product-image.entity';
import { AddProductImageInput, CategoryInput, ProductFilter, ProductInput, ProductTranslationInput } from './catalog.inputs';
import { CATALOG_LANGUAGES, DEFAULT_LANGUAGE, textsByLanguage } from '../../domain/language';
import { Scope } from '../../access/scope';
import { instancesOf, likePattern, updateIfChanged } from '../../domain/sql';
import { Connection, decodeCursor, toConnection } from '../../domain/connection';
import { BadInput, NotFound } from '../../domain/errors';
import { sniffImageType } from '../../domain/image-type';
import { parseAmount } from '../../domain/money';
import { ExportedProduct, MAX_IMPORT_ROWS, productsToCsv } from './product-csv';

const IMAGE_LIMIT = 2 * 1024 * 1024;

/**
 * Every column of the read models under their properties' names, for the plain named statements of the
 * reads that showroom and catalog pages send (TypeORM's query building and hydration cost more than the
 * statements; catalog-reads.test.ts holds them to what TypeORM loads). An image's bytes are never read here.
 */
const CATEGORY_COLUMNS = `c.id, c.code, c.name, c.translations, c.parent_id AS "parentId", c.position`;
const PRODUCT_COLUMNS = `p.id, p.sku, p.name, p.description, p.unit, p.list_price::float8 AS "listPriceMinor", p.currency, p.attributes,
  p.category_id AS "categoryId", p.active, p.created_at AS "createdAt", p.updated_at AS "updatedAt"`;
const IMAGE_COLUMNS = `i.id, i.product_id AS "productId", i.position, i.url, i.content_type AS "contentType"`;

/** A product form's translations, checked: each a language other than the default, once. */
function checkTranslations(input: readonly ProductTranslationInput[]): Omit<ProductTranslation, 'productId'>[] {
  const seen = new Set<string>();
  return input.map((t, i) => {
    if (t.language === DEFAULT_LANGUAGE) throw new BadInput(`translations[${i}].language`, "is the default language, whose texts are the product's own");
    if (seen.has(t.language)) throw new BadInput(`translations[${i}].language`, 'is given twice');
    seen.add(t.language);
    const keys = t.attributes.map((a) => a.key.trim());
    if (new Set(keys).size !== keys.length) throw new BadInput(`translations[${i}].attributes`, 'has the same key twice');
    return {
      language: t.language, name: t.name.trim(), description: t.description,
      attributes: Object.fromEntries(t.attributes.map((a) => [a.key.trim(), a.value])),
    };
  });
}

/** The brand owner's catalog: categories, products and their images. */
export class CatalogService {
  async categories(scope: Scope): Promise<Category[]> {
    const rows = await scope.query<Category>(`SELECT ${CATEGORY_COLUMNS} FROM category c ORDER BY c.position, c.name, c.id`, [], 'category.all');
    return instancesOf(Category, rows);
  }

  /** A category and every category below it (empty when there is no such category). */
  async categorySubtree(scope: Scope, id: string): Promise<string[]> {
    const rows = await scope.query<{ id: string }>(
      `WITH RECURSIVE down(id) AS (SELECT id FROM category WHERE id = $1 UNION SELECT c.id FROM category c JOIN down ON c.parent_id = down.id) SELECT id FROM down`,
      [id], 'category.subtree');
    return rows.map((r) => r.id);
  }

  async categoriesByIds(scope: Scope, ids: readonly string[]): Promise<Category[]> {
    const rows = await scope.query<Category>(`SELECT ${CATEGORY_COLUMNS} FROM category c WHERE c.id = ANY($1::uuid[])`, [ids], 'category.by-ids');
    return instancesOf(Category, rows);
  }

  async saveCategory(scope: Scope, id: string | null, input: CategoryInput): Promise<Category> {
    const manager = await scope.manager();
    const clash = await manager.findOneBy(Category, { code: input.code });
    if (clash && clash.id !== id) throw new BadInput('code', 'is already used by another category');
    if (input.parentId) {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('trellis.category-tree'))`);
      const [cycle] = await manager.query(
        `WITH RECURSIVE up(id, parent_id) AS (SELECT id, parent_id FROM category WHERE id = $1
           UNION SELECT c.id, c.parent_id FROM category c JOIN up ON c.id = up.parent_id)
         SELECT count(*) FILTER (WHERE id = $2) AS loops, count(*) AS found FROM up`,
        [input.parentId, id],
      );
      if (Number(cycle.found) === 0) throw new BadInput('parentId', 'names no category');
      if (Number(cycle.loops) > 0) throw new BadInput('parentId', 'would make the category its own ancestor');
    }
    const translations = input.translations ? textsByLanguage('translations', input.translations, 100) : null;
    const values = { code: input.code, name: input.name.trim(), parentId: input.parentId ?? null, position: input.position };
    if (!id) return manager.save(manager.create(Category, { ...values, translations: translations ?? {} }));
    const outcome = await updateIfChanged(manager, 'category', id, {
      code: values.code, name: values.name, parent_id: values.parentId, position: values.position,
      // Left out, the names in other languages stay as they are.
      ...(translations ? { translations: JSON.stringify(translations) } : {}),
    });
    if (outcome === 'MISSING') throw new NotFound('Category', id);
    return manager.findOneByOrFail(Category, { id });
  }

  async products(scope: Scope, filter: ProductFilter | null | undefined, first: number, after?: string | null): Promise<Connection<Product>> {
    const manager = await scope.manager();
    const filtered = () => {
      const qb = manager.createQueryBuilder(Product, 'p');
      if (!filter?.includeInactive) qb.andWhere('p.active');
      if (filter?.categoryId) qb.andWhere('p.category_id = :categoryId', { categoryId: filter.categoryId });
      const search = filter?.search?.trim();
      if (search) {
        qb.andWhere(`(trellis_unaccent(lower(p.name)) LIKE trellis_unaccent(:pattern) OR lower(p.sku) LIKE :pattern
          OR EXISTS (SELECT 1 FROM product_translation t WHERE t.product_id = p.id AND trellis_unaccent(lower(t.name)) LIKE trellis_unaccent(:pattern)))`,
        { pattern: likePattern(search) });
      }
      return qb;
    };
    const page = filtered().orderBy('p.name').addOrderBy('p.id').take(first + 1);
    if (after) {
      const [name, id] = decodeCursor(after, ['text', 'uuid']);
      page.andWhere('(p.name, p.id) > (:afterName, :afterId)', { afterName: name, afterId: id });
    }
    return toConnection(await page.getMany(), first, () => filtered().getCount(), (p) => [p.name, p.id]);
  }

  async product(scope: Scope, id: string): Promise<Product> {
    const [product] = await this.productsByIds(scope, [id]);
    if (!product) throw new NotFound('Product', id);
    return product;
  }

  async productsByIds(scope: Scope, ids: readonly string[]): Promise<Product[]> {
    const rows = await scope.query<Product>(`SELECT ${PRODUCT_COLUMNS} FROM product p WHERE p.id = ANY($1::uuid[])`, [ids], 'product.by-ids');
    return instancesOf(Product, rows);
  }

  /** The ids of the products with these SKUs (those that exist), by SKU. */
  async productIdsBySku(scope: Scope, skus: readonly string[]): Promise<Map<string, string>> {
    const rows = await scope.query<{ id: string; sku: string }>(`SELECT id, sku FROM product WHERE sku = ANY($1::text[])`, [skus], 'product.ids-by-sku');
    return new Map(rows.map((r) => [r.sku, r.id]));
  }

  /** Every translation of these products, in the catalog's order of languages. */
  async translationsOf(scope: Scope, productIds: readonly string[]): Promise<ProductTranslation[]> {
    return scope.query<ProductTranslation>(
      `SELECT t.product_id AS "productId", t.language, t.name, t.description, t.attributes
         FROM product_translation t WHERE t.product_id = ANY($1::uuid[]) ORDER BY t.product_id, array_position($2::text[], t.language)`,
      [productIds, CATALOG_LANGUAGES],
      'product-translation.of-products',
    );
  }

  async imagesOf(scope: Scope, productIds: readonly string[]): Promise<ProductImage[]> {
    const rows = await scope.query<ProductImage>(
      `SELECT ${IMAGE_COLUMNS} FROM product_image i WHERE i.product_id = ANY($1::uuid[]) ORDER BY i.position, i.id`,
      [productIds],
      'product-image.of-products',
    );
    return instancesOf(ProductImage, rows);
  }

  async saveProduct(scope: Scope, id: string | null, input: ProductInput): Promise<Product> {
    const manager = await scope.manager();
    const clash = await manager.findOneBy(Product, { sku: input.sku });
    if (clash && clash.id !== id) throw new BadInput('sku', 'is already used by another product');
    if (input.categoryId && !(await manager.findOneBy(Category, { id: input.categoryId }))) {
      throw new BadInput('categoryId', 'names no category');
    }
    const keys = input.attributes.map((a) => a.key.trim());
    if (new Set(keys).size !== keys.length) throw new BadInput('attributes', 'has the same key twice');
    const translations = input.translations ? checkTranslations(input.translations) : null;
    const values = {
      sku: input.sku,
      name: input.name.trim(),
      description: input.description,
      unit: input.unit,
      listPriceMinor: parseAmount('listPrice.amount', input.listPrice.amount),
      currency: input.listPrice.currency,
      categoryId: input.categoryId ?? null,
      attributes: Object.fromEntries(input.attributes.map((a) => [a.key.trim(), a.value])),
      active: input.active,
    };
    if (!id) {
      const product = await manager.save(manager.create(Product, values));
      if (translations) await this.replaceTranslations(scope, product.id, translations);
      return product;
    }
    const outcome = await updateIfChanged(manager, 'product', id, {
      sku: values.sku, name: values.name, description: values.description, unit: values.unit, list_price: values.listPriceMinor,
      currency: values.currency, category_id: values.categoryId, attributes: JSON.stringify(values.attributes), active: values.active,
    }, 'updated_at');
    if (outcome === 'MISSING') throw new NotFound('Product', id);
    // Left out, the translations stay as they are; given, they are the product's whole set.
    if (translations && (await this.replaceTranslations(scope, id, translations)) && outcome === 'UNCHANGED') {
      await manager.query(`UPDATE product SET updated_at = now() WHERE id = $1`, [id]);
    }
    return manager.findOneByOrFail(Product, { id });
  }

  /** Makes these the product's translations, writing only what differs; whether anything did. */
  private async replaceTranslations(scope: Scope, productId: string, translations: Omit<ProductTranslation, 'productId'>[]): Promise<boolean> {
    const [{ changed }] = await scope.query<{ changed: number }>(
      `WITH wanted AS (
         SELECT * FROM jsonb_to_recordset($2::jsonb) AS w(language text, name text, description text, attributes jsonb)),
       gone AS (
         DELETE FROM product_translation t WHERE t.product_id = $1 AND t.language NOT IN (SELECT language FROM wanted) RETURNING 1),
       written AS (
         INSERT INTO product_translation (product_id, language, name, description, attributes)
         SELECT $1, w.language, w.name, w.description, w.attributes FROM wanted w
         ON CONFLICT (product_id, language) DO UPDATE
           SET name = EXCLUDED.name, description = EXCLUDED.description, attributes = EXCLUDED.attributes
         WHERE (product_translation.name, product_translation.description, product_translation.attributes)
               IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.description, EXCLUDED.attributes)
         RETURNING 1)
       SELECT ((SELECT count(*) FROM gone) + (SELECT count(*) FROM written))::int AS changed`,
      [productId, JSON.stringify(translations)],
      'product-translation.replace',
    );
    return changed > 0;
  }

  async addImage(scope: Scope, input: AddProductImageInput): Promise<ProductImage> {
    const manager = await scope.manager();
    await this.product(scope, input.productId);
    if (Boolean(input.url) === Boolean(input.base64)) throw new BadInput('url', 'give either a URL or an uploaded file');
    const [{ next }] = await manager.query(`SELECT coalesce(max(position) + 1, 0) AS next FROM product_image WHERE product_id = $1`, [input.productId]);
    if (input.url) return manager.save(manager.create(ProductImage, { productId: input.productId, url: input.url, position: next }));
    if (!input.contentType) throw new BadInput('contentType', 'is required with an uploaded file');
    const content = Buffer.from(input.base64!, 'base64');
    if (content.length === 0) throw new BadInput('base64', 'is not base64 file content');
    if (content.length > IMAGE_LIMIT) throw new BadInput('base64', 'must be at most 2 MB');
    if (sniffImageType(content) !== input.contentType) throw new BadInput('base64', `is not a ${input.contentType} file`);
    const [row] = await manager.query(
      `INSERT INTO product_image (product_id, position, content, content_type, byte_size) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [input.productId, next, content, input.contentType, content.length],
    );
    return manager.findOneByOrFail(ProductImage, { id: row.id });
  }

  async removeImage(scope: Scope, imageId: string): Promise<ProductImage> {
    const manager = await scope.manager();
    const image = await manager.findOneBy(ProductImage, { id: imageId });
    if (!image) throw new NotFound('Image', imageId);
    await manager.delete(ProductImage, { id: imageId });
    return image;
  }

  /** Every product in the import layout, by SKU; bounded by the import's own row limit. */
  async exportCsv(scope: Scope): Promise<string> {
    const rows: ExportedProduct[] = await (await scope.manager()).query(
      `SELECT p.sku, p.name, p.description, p.unit, to_char(p.list_price / 100.0, 'FM999999999999990.00') AS list_price,
              p.currency, c.code AS category_code, p.active, p.attributes,
              (SELECT coalesce(jsonb_object_agg(t.language, jsonb_build_object('name', t.name, 'description', t.description, 'attributes', t.attributes)), '{}')
                 FROM product_translation t WHERE t.product_id = p.id) AS translations,
              (SELECT i.url FROM product_image i WHERE i.product_id = p.id AND i.url IS NOT NULL ORDER BY i.position, i.id LIMIT 1) AS image_url
         FROM product p LEFT JOIN category c ON c.id = p.category_id
        ORDER BY p.sku LIMIT $1`,
      [MAX_IMPORT_ROWS],
    );
    return productsToCsv(rows);
  }

  /** An uploaded image's bytes for the public image route, read with the public role. */
  async imageContent(scope: Scope, id: string): Promise<{ content: Buffer; contentType: string } | null> {
    const [row] = await scope.publicFor([]).query<{ content: Buffer; content_type: string }>(
      `SELECT i.content, i.content_type FROM product_image i JOIN product p ON p.id = i.product_id WHERE i.id = $1 AND i.content IS NOT NULL`,
      [id],
      'product-image.content',
    );
    return row ? { content: row.content, contentType: row.content_type } : null;
  }
}
