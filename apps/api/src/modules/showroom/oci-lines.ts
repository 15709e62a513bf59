import { Scope } from '../../access/scope';
import { isUUID } from 'class-validator';
import { BadInput } from '../../domain/errors';
import { PublicShowroom, ShowroomService, showroomPartners } from './showroom.service';
import { showroomOffer } from './showroom-offer';
import { searchShowroom } from './showroom-search';
import { ShowroomSearchArgs, ShowroomSort } from './showroom-search.inputs';
import { CatalogLanguage, DEFAULT_LANGUAGE } from '../../domain/language';
import { OciAvailability, OciCallerParams, OciLine, OciTransfer, ociTransfer, parseHookUrl } from './oci';

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
  available: boolean;
  stock: number | null;
}

/**
 * The lines a showroom offers, as its pages show them (showroom-offer.ts), at the net price, with texts in
 * the showroom's language where the product has them. $1: the showroom's partner, if any; $4: the language.
 */
function showroomLines(partnerId: string | null, translated: boolean): string {
  const offer = showroomOffer(partnerId ? '$1::uuid' : null);
  const [name, description, join] = translated
    ? ['coalesce(tr.name, pr.name)', `coalesce(nullif(tr.description, ''), pr.description)`,
      'LEFT JOIN product_translation tr ON tr.product_id = pr.id AND tr.language = $4::text']
    : ['pr.name', 'pr.description', ''];
  return `
  SELECT pr.id AS "productId", pr.sku, ${name} AS name, ${description} AS description, pr.unit, c.code AS "materialGroup",
         ${offer.netPrice} AS "priceMinor", ${offer.currency} AS currency, ${offer.deliveryDays('pr.id')} AS "leadTimeDays",
         coalesce(${offer.partnerSku}, pr.sku) AS "vendorMaterial", ${offer.available} AS available, ${offer.stock} AS stock
    FROM ${offer.from}
    LEFT JOIN category c ON c.id = pr.category_id ${join}
   WHERE pr.active${partnerId ? '' : ' AND $1::uuid IS NULL'}`; // the brand's: $1 is null, and still typed
}

/**
 * What OCI transfers from a showroom: current price and availability, read with the public role of the
 * showroom the slug names (as in findPublic): its partner's offered lines and nothing else.
 */
export class OciCatalog {
  constructor(private readonly showrooms: ShowroomService) {}

  /** The basket's lines in the order asked; an item the showroom does not offer names items[i]. */
  async lines(scope: Scope, slug: string, items: OciItem[], language?: CatalogLanguage): Promise<OciLine[]> {
    return this.linesOf(scope, await this.showrooms.findPublic(scope, slug, language), items);
  }

  private async linesOf(scope: Scope, showroom: PublicShowroom, items: OciItem[]): Promise<OciLine[]> {
    const keys = items.map((item, i) => itemKey(item, i));
    const translated = showroom.language !== DEFAULT_LANGUAGE;
    const rows: LineRow[] = items.length === 0 ? [] : await scope.publicFor(showroomPartners(showroom)).query(
      `${showroomLines(showroom.partner?.id ?? null, translated)} AND (pr.id = ANY($2::uuid[]) OR pr.sku = ANY($3::text[]))`,
      [showroom.partner?.id ?? null, keys.flatMap((k) => k.productId ?? []), keys.flatMap((k) => k.sku ?? []), ...(translated ? [showroom.language] : [])],
    );
    const byId = new Map(rows.map((row) => [row.productId, row]));
    const bySku = new Map(rows.map((row) => [row.sku, row]));
    return keys.map((key, i) => {
      const row = key.productId ? byId.get(key.productId) : bySku.get(key.sku!);
      if (!row) throw new BadInput(`items[${i}]`, `${key.productId ?? key.sku} is not offered in this showroom`);
      return toLine(row, items[i].quantity, showroom.partner?.code ?? null);
    });
  }

  /**
   * BACKGROUND_SEARCH: every product the showroom's own search finds for the words (typos forgiven, best
   * match first), as OCI lines; at most `limit`, and `truncated` says when there were more.
   */
  async search(scope: Scope, slug: string, text: string, limit: number, language?: CatalogLanguage): Promise<{ lines: OciLine[]; truncated: boolean }> {
    const showroom = await this.showrooms.findPublic(scope, slug, language);
    const found = await searchShowroom(scope.publicFor(showroomPartners(showroom)), showroom, {
      query: text, first: limit, sort: ShowroomSort.RELEVANCE, inStockOnly: false,
    } as ShowroomSearchArgs);
    // The showroom found once serves both statements.
    const lines = await this.linesOf(scope, showroom, found.rows.map((row) => ({ productId: row.id, quantity: 1 })));
    return { lines, truncated: found.hasNextPage };
  }

  /** The shop's basket form for these items, priced now (the SPA's "Transfer to shop", OCI VALIDATE). */
  async transfer(scope: Scope, slug: string, call: OciCallerParams & { hookUrl: string }, items: OciItem[], language?: CatalogLanguage): Promise<OciTransfer> {
    const hookUrl = parseHookUrl(call.hookUrl);
    return ociTransfer(hookUrl, call, await this.lines(scope, slug, items, language));
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
  return { ...row, priceMinor: Number(row.priceMinor), quantity, vendor, availability: availabilityOf(row) };
}

/** What the showroom says of a line's availability, as OCI's first custom field (at most 10 characters). */
function availabilityOf(row: LineRow): OciAvailability {
  if (row.stock !== null) return row.stock > 0 ? 'IN_STOCK' : 'NO_STOCK';
  return row.available ? 'AT_PARTNER' : 'ON_REQUEST';
}
