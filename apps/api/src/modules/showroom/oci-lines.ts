import { Scope } from '../../access/scope';
import { likePattern } from '../../domain/sql';
import { isUUID } from 'class-validator';
import { BadInput } from '../../domain/errors';
import { ShowroomService, showroomPartners } from './showroom.service';
import { OciCallerParams, OciLine, OciTransfer, ociTransfer, parseHookUrl } from './oci';

/** A basket line the shop asks for: by product id (what we sent as EXT_PRODUCT_ID) or else by SKU. */
export interface OciItem {
  productId?: string | null;
  sku?: string | null;
  quantity: number;
}

interface LineRow {
  productId: string;
  sku: string;
  name: string;
  description: string;
  unit: string;
  priceMinor: string;
  currency: string;
  leadTimeDays: number | null;
  vendorMaterial: string;
  materialGroup: string | null;
}

/**
 * The lines a showroom offers, priced as it shows them. $1 is the showroom's partner: its offered lines
 * at its net price, lead time and article number; or null for the brand's showroom: every active
 * product at list price, with the quickest delivery among active partners that offer it (no partner
 * is named, so none of their prices or stock is told).
 */
const SHOWROOM_LINES = `
  SELECT p.id AS "productId", p.sku, p.name, p.description, p.unit, c.code AS "materialGroup",
         coalesce(o.price, p.list_price) AS "priceMinor", coalesce(o.currency, p.currency) AS currency,
         CASE WHEN $1::uuid IS NULL
              THEN (SELECT min(a.delivery_days) FROM public_offer_availability a WHERE a.product_id = p.id)
              ELSE o.delivery_days END AS "leadTimeDays",
         coalesce(o.partner_sku, p.sku) AS "vendorMaterial"
    FROM product p
    LEFT JOIN offer o ON o.product_id = p.id AND o.partner_id = $1 AND o.offered
    LEFT JOIN category c ON c.id = p.category_id
   WHERE p.active AND ($1::uuid IS NULL OR o.partner_id IS NOT NULL)`;


/**
 * What OCI transfers from a showroom: current price and availability, read with the public role of the
 * showroom the slug names (as in findPublic): its partner's offered lines and nothing else.
 */
export class OciCatalog {
  constructor(private readonly showrooms: ShowroomService) {}

  /** The basket's lines in the order asked; an item the showroom does not offer names items[i]. */
  async lines(scope: Scope, slug: string, items: OciItem[]): Promise<OciLine[]> {
    const showroom = await this.showrooms.findPublic(scope, slug);
    const keys = items.map((item, i) => itemKey(item, i));
    const rows: LineRow[] = items.length === 0 ? [] : await scope.publicFor(showroomPartners(showroom)).query(
      `${SHOWROOM_LINES} AND (p.id = ANY($2::uuid[]) OR p.sku = ANY($3::text[]))`,
      [showroom.partner?.id ?? null, keys.flatMap((k) => k.productId ?? []), keys.flatMap((k) => k.sku ?? [])],
    );
    const byId = new Map(rows.map((row) => [row.productId, row]));
    const bySku = new Map(rows.map((row) => [row.sku, row]));
    return keys.map((key, i) => {
      const row = key.productId ? byId.get(key.productId) : bySku.get(key.sku!);
      if (!row) throw new BadInput(`items[${i}]`, `${key.productId ?? key.sku} is not offered in this showroom`);
      return toLine(row, items[i].quantity, showroom.partner?.code ?? null);
    });
  }

  /** BACKGROUND_SEARCH: the showroom's products whose name, SKU or partner article number holds the words, best match first. */
  async search(scope: Scope, slug: string, text: string, limit = 50): Promise<OciLine[]> {
    const showroom = await this.showrooms.findPublic(scope, slug);
    const rows: LineRow[] = await scope.publicFor(showroomPartners(showroom)).query(
      `${SHOWROOM_LINES}
          AND (trellis_unaccent(lower(p.name)) LIKE trellis_unaccent(lower($3)) OR trellis_unaccent(lower(p.sku)) LIKE trellis_unaccent(lower($3))
               OR lower(o.partner_sku) LIKE lower($3) OR p.search @@ websearch_to_tsquery('simple', trellis_unaccent($2)))
        ORDER BY ts_rank(p.search, websearch_to_tsquery('simple', trellis_unaccent($2))) DESC, p.name, p.id
        LIMIT $4`,
      [showroom.partner?.id ?? null, text, likePattern(text), limit],
    );
    return rows.map((row) => toLine(row, 1, showroom.partner?.code ?? null));
  }

  /** The shop's basket form for these items, priced now (the SPA's "Transfer to shop", OCI VALIDATE). */
  async transfer(scope: Scope, slug: string, call: OciCallerParams & { hookUrl: string }, items: OciItem[]): Promise<OciTransfer> {
    const hookUrl = parseHookUrl(call.hookUrl);
    return ociTransfer(hookUrl, call, await this.lines(scope, slug, items));
  }
}

/** productId wins when both are given; an id that is not a uuid can match nothing, so it is refused here. */
function itemKey(item: OciItem, i: number): { productId?: string; sku?: string } {
  if (item.productId) {
    if (!isUUID(item.productId, 'all')) throw new BadInput(`items[${i}]`, `${item.productId} is not a product id`);
    return { productId: item.productId.toLowerCase() };
  }
  if (item.sku) return { sku: item.sku };
  throw new BadInput(`items[${i}]`, 'must name a productId or a sku');
}

function toLine(row: LineRow, quantity: number, vendor: string | null): OciLine {
  return { ...row, priceMinor: Number(row.priceMinor), quantity, vendor };
}
