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


/** Units of one product, as an order needs them from a partner's stock. */
export interface StockNeed {
  productId: string;
  quantity: number;
}

/** Partner offers: each partner manager maintains its own partner's terms, never another's. */
export class OfferService {
  constructor(private readonly partners: PartnerService) {}

  /** When each of these partners' earliest offer still offered was last saved, for onboarding checklists. */
  async firstOfferedAt(scope: Scope, partnerIds: readonly string[]): Promise<Map<string, Date>> {
    const rows = await scope.query<{ partnerId: string; at: Date }>(
      `SELECT partner_id AS "partnerId", min(updated_at) AS at FROM offer WHERE partner_id = ANY($1::uuid[]) AND offered GROUP BY partner_id`,
      [partnerIds], 'offer.first-offered-at');
    return new Map(rows.map((r) => [r.partnerId, r.at]));
  }

  /** What the partner asks for these products, where it offers them and they are active in the catalog (prices as exact text). */
  offeredPrices(scope: Scope, partnerId: string, productIds: readonly string[]): Promise<{ productId: string; price: string; currency: string }[]> {
    return scope.query(
      `SELECT o.product_id AS "productId", o.price::text AS price, o.currency FROM offer o JOIN product p ON p.id = o.product_id
        WHERE o.partner_id = $1 AND o.product_id = ANY($2::uuid[]) AND o.offered AND p.active`,
      [partnerId, productIds], 'order.offers');
  }

  /**
   * Takes units from the partner's stock for a confirmed order: the rows locked in product order (parallel
   * takings of several lines cannot deadlock), every need checked before one unit moves, each decrement
   * conditional all the same, so stock never goes below zero. Answers the first need the stock cannot meet
   * (and takes nothing), or null once every unit is taken. `needs`: one per product, in product order.
   */
  async takeStock(scope: Scope, partnerId: string, needs: readonly StockNeed[]): Promise<{ productId: string; available: number } | null> {
    const productIds = needs.map((n) => n.productId);
    const onHand = new Map((await scope.query<{ productId: string; available: number }>(
      `SELECT product_id AS "productId", stock AS available FROM offer WHERE partner_id = $1 AND product_id = ANY($2::uuid[]) ORDER BY product_id FOR UPDATE`,
      [partnerId, productIds], 'order.lock-offer-stock')).map((s) => [s.productId, s.available]));
    const short = needs.find((n) => (onHand.get(n.productId) ?? 0) < n.quantity);
    if (short) return { productId: short.productId, available: onHand.get(short.productId) ?? 0 };
    const { affected } = await scope.execute(
      `UPDATE offer o SET stock = o.stock - w.q, updated_at = now() FROM unnest($2::uuid[], $3::int[]) AS w(product_id, q)
        WHERE o.partner_id = $1 AND o.product_id = w.product_id AND o.stock >= w.q`,
      [partnerId, productIds, needs.map((n) => n.quantity)], 'order.take-offer-stock');
    // Under the rows' locks every need was checked: a shortfall here is a bug, and the transaction must not commit.
    if (affected !== needs.length) throw new Error(`partner ${partnerId}: ${affected} of ${needs.length} stock rows taken`);
    return null;
  }

  /** Gives back what takeStock took (a cancelled confirmation), the rows locked in the same order. */
  async returnStock(scope: Scope, partnerId: string, needs: readonly StockNeed[]): Promise<void> {
    const productIds = needs.map((n) => n.productId);
    await scope.query(`SELECT 1 FROM offer WHERE partner_id = $1 AND product_id = ANY($2::uuid[]) ORDER BY product_id FOR UPDATE`,
      [partnerId, productIds], 'order.lock-offer-return');
    await scope.execute(
      `UPDATE offer o SET stock = o.stock + w.q, updated_at = now() FROM unnest($2::uuid[], $3::int[]) AS w(product_id, q)
        WHERE o.partner_id = $1 AND o.product_id = w.product_id`, [partnerId, productIds, needs.map((n) => n.quantity)], 'order.return-offer-stock');
  }

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
