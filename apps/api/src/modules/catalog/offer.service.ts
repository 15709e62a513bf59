import { Field, Int, ObjectType } from 'type-graphql';
import { Offer } from './offer.entity';
import { offerUpdates, validateOfferCsv } from './offer-csv';
import { SaveOfferInput } from './offer.inputs';
import { Scope } from '../../access/scope';
import { likePattern } from '../../domain/sql';
import { Role } from '../../access/role';
import { PartnerService } from '../partners/partner.service';
import { Connection, decodeCursor, toConnection } from '../../domain/connection';
import { BadInput, Forbidden, NotFound } from '../../domain/errors';
import { parseAmount } from '../../domain/money';
import { CsvInvalid } from './product-csv';
import { CatalogLanguage, DEFAULT_LANGUAGE } from '../../domain/language';

@ObjectType()
export class ImportOffersResult {
  @Field(() => Int)
  createdCount: number;

  @Field(() => Int)
  updatedCount: number;
}


/** Partner offers: each partner manager maintains its own partner's terms, never another's. */
export class OfferService {
  constructor(private readonly partners: PartnerService) {}

  /** By product name in `language` (the default language's where the product has none there). */
  async list(
    scope: Scope, partnerId: string, search: string | null | undefined, first: number, after?: string | null, language: CatalogLanguage = DEFAULT_LANGUAGE,
  ): Promise<Connection<Offer & { productName: string }>> {
    await this.partners.get(scope, partnerId);
    const manager = await scope.manager();
    const params: unknown[] = [partnerId];
    const translated = language !== DEFAULT_LANGUAGE;
    if (translated) params.push(language);
    const from = translated ? 'offer o JOIN product p ON p.id = o.product_id LEFT JOIN product_translation t ON t.product_id = p.id AND t.language = $2' : 'offer o JOIN product p ON p.id = o.product_id';
    const name = translated ? 'coalesce(t.name, p.name)' : 'p.name';
    let where = 'o.partner_id = $1';
    if (search?.trim()) {
      params.push(likePattern(search.trim()));
      const pattern = `$${params.length}`;
      where += ` AND (trellis_unaccent(lower(p.name)) LIKE trellis_unaccent(${pattern}) OR lower(p.sku) LIKE ${pattern}${translated ? ` OR trellis_unaccent(lower(t.name)) LIKE trellis_unaccent(${pattern})` : ''})`;
    }
    const filterParams = [...params];
    const filter = where;
    if (after) {
      const [afterName, id] = decodeCursor(after, ['text', 'uuid']);
      params.push(afterName, id);
      where += ` AND (${name}, p.id) > ($${params.length - 1}, $${params.length})`;
    }
    params.push(first + 1);
    const rows = await manager.query(
      `SELECT o.partner_id AS "partnerId", o.product_id AS "productId", o.price::float8 AS price, o.currency, o.stock,
              o.delivery_days AS "deliveryDays", o.partner_sku AS "partnerSku", o.offered, o.updated_at AS "updatedAt", ${name} AS "productName"
         FROM ${from}
        WHERE ${where} ORDER BY ${name}, p.id LIMIT $${params.length}`,
      params,
    );
    const count = async () => Number((await manager.query(`SELECT count(*) AS n FROM ${from} WHERE ${filter}`, filterParams))[0].n);
    return toConnection(rows, first, count, (o: Offer & { productName: string }) => [o.productName, o.productId]);
  }

  /** Only the partner's own manager writes its offers; others' offers answer NOT_FOUND or FORBIDDEN. */
  private async assertOwnPartner(scope: Scope, partnerId: string): Promise<void> {
    await this.partners.get(scope, partnerId);
    const viewer = scope.user;
    if (viewer.role !== Role.PARTNER_MANAGER || viewer.partnerId !== partnerId) {
      throw new Forbidden("Only the partner's own partner manager maintains its offers");
    }
  }

  async save(scope: Scope, input: SaveOfferInput): Promise<Offer> {
    await this.assertOwnPartner(scope, input.partnerId);
    const manager = await scope.manager();
    const [product] = await manager.query(`SELECT id FROM product WHERE id = $1`, [input.productId]);
    if (!product) throw new BadInput('productId', 'names no product of the catalog');
    await manager.query(
      `INSERT INTO offer (partner_id, product_id, price, currency, stock, delivery_days, partner_sku, offered)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (partner_id, product_id) DO UPDATE SET price = EXCLUDED.price, currency = EXCLUDED.currency, stock = EXCLUDED.stock,
         delivery_days = EXCLUDED.delivery_days, partner_sku = EXCLUDED.partner_sku, offered = EXCLUDED.offered, updated_at = now()
       WHERE (offer.price, offer.currency, offer.stock, offer.delivery_days, offer.partner_sku, offer.offered)
         IS DISTINCT FROM (EXCLUDED.price, EXCLUDED.currency, EXCLUDED.stock, EXCLUDED.delivery_days, EXCLUDED.partner_sku, EXCLUDED.offered)`,
      [input.partnerId, input.productId, parseAmount('price.amount', input.price.amount), input.price.currency, input.stock,
        input.deliveryDays, input.partnerSku ?? null, input.offered],
    );
    const offer = await manager.findOneBy(Offer, { partnerId: input.partnerId, productId: input.productId });
    if (!offer) throw new NotFound('Offer', input.productId);
    return offer;
  }

  /** All rows or none: the whole file is checked against the catalog before one row is written. */
  async importCsv(scope: Scope, partnerId: string, csv: string): Promise<ImportOffersResult> {
    await this.assertOwnPartner(scope, partnerId);
    const manager = await scope.manager();
    const products: { id: string; sku: string }[] = await manager.query(`SELECT id, sku FROM product`);
    const { rows, errors, columns } = validateOfferCsv(csv, new Map(products.map((p) => [p.sku, p.id])));
    if (errors.length) throw new CsvInvalid(errors);
    // Unchanged rows come back from neither branch of the upsert; they count as updated, as before.
    let created = 0;
    for (let i = 0; i < rows.length; i += 1000) {
      const chunk = rows.slice(i, i + 1000);
      const result: { inserted: boolean }[] = await manager.query(
        `INSERT INTO offer (partner_id, product_id, price, currency, stock, delivery_days, partner_sku, offered)
         SELECT $1, r."productId", r.price, r.currency, r.stock, r."deliveryDays", r."partnerSku", r.offered
           FROM jsonb_to_recordset($2::jsonb) AS r("productId" uuid, price bigint, currency text, stock int, "deliveryDays" int, "partnerSku" text, offered boolean)
         ON CONFLICT (partner_id, product_id) DO UPDATE SET ${offerUpdates(columns)}
         RETURNING (xmax = 0) AS inserted`,
        [partnerId, JSON.stringify(chunk)],
      );
      created += result.filter((r) => r.inserted).length;
    }
    return { createdCount: created, updatedCount: rows.length - created };
  }
}
