import { Scope } from '../../access/scope';
import { decodeCursor, encodeCursor } from '../../domain/connection';
import { parseAmount } from '../../domain/money';
import { PublicShowroom } from './showroom.service';
import { ShowroomSearchArgs, ShowroomSort } from './showroom-search.inputs';
import { showroomOffer } from './showroom-offer';
import { DEFAULT_LANGUAGE, stemQuery } from '../../domain/language';

export interface ShowroomItemRow {
  id: string;
  sku: string;
  name: string;
  description: string;
  unit: string;
  categoryId: string | null;
  /** As the showroom shows it (net or gross). */
  priceMinor: number;
  /** Without VAT: what OCI transfers. */
  netPriceMinor: number;
  currency: string;
  stock: number | null;
  deliveryDays: number | null;
  partnerSku: string | null;
  available: boolean;
  imageUrl: string | null;
  sortKey: string | number;
}

export interface FacetRow {
  id: string;
  code: string;
  name: string;
  parentId: string | null;
  count: number;
}

export interface ShowroomSearchResult {
  rows: ShowroomItemRow[];
  cursors: string[];
  hasNextPage: boolean;
  totalCount: number;
  facets: FacetRow[];
  minPriceMinor: number | null;
  maxPriceMinor: number | null;
  currency: string | null;
}

/**
 * The showroom's product search in one statement (the showroom lookup before it makes two): the match
 * once, then from it the page with each row's offer and first image, facet counts, total and price range.
 */
export async function searchShowroom(
  scope: Scope,
  showroom: PublicShowroom,
  args: ShowroomSearchArgs,
  only?: { sku: string },
): Promise<ShowroomSearchResult> {
  const params: unknown[] = [];
  const p = (value: unknown) => `$${params.push(value)}`;
  const partnerId = showroom.partner?.id ?? null;
  const vat = p(showroom.pricesGross ? 1 + showroom.vatPercent / 100 : 1);
  const offer = showroomOffer(partnerId ? p(partnerId) : null);
  // Texts in the showroom's language where the product has them, else the default language's.
  const language = showroom.language !== DEFAULT_LANGUAGE ? `${p(showroom.language)}::text` : null;
  const from = language ? `${offer.from} LEFT JOIN product_translation tr ON tr.product_id = pr.id AND tr.language = ${language}` : offer.from;
  const name = language ? 'coalesce(tr.name, pr.name)' : 'pr.name';
  const description = language ? `coalesce(nullif(tr.description, ''), pr.description)` : 'pr.description';
  const categoryName = language ? `coalesce(c.translations ->> ${language}, c.name)` : 'c.name';
  const price = `round(${offer.netPrice} * ${vat}::numeric)::float8`;
  const currency = offer.currency;
  const inStock = offer.available;
  const where = ['pr.active'];
  if (only) where.push(`pr.sku = ${p(only.sku)}`);
  const text = args.query?.trim();
  let rank = '0::float8';
  if (text) {
    // The words exactly, their stems as prefixes in the visitor's language (Polish, Czech and German
    // inflect), and each name by trigram similarity, so that a typo still finds it.
    const q = p(text);
    const words = `websearch_to_tsquery('simple', trellis_unaccent(${q}))`;
    const stems = stemQuery(text, showroom.language);
    const prefixes = stems ? `to_tsquery('simple', trellis_unaccent(${p(stems)}))` : null;
    const matches = (search: string, nameColumn: string) => [
      `${search} @@ ${words}`,
      ...(prefixes ? [`${search} @@ ${prefixes}`] : []),
      `trellis_unaccent(lower(${q})) <% trellis_unaccent(lower(${nameColumn}))`,
    ].join(' OR ');
    // In another language, the product's own texts and its translation each match through their own indexes.
    where.push(language
      ? `pr.id IN (SELECT id FROM product WHERE ${matches('search', 'name')}
           UNION SELECT product_id FROM product_translation WHERE language = ${language} AND (${matches('search', 'name')}))`
      : `(${matches('pr.search', 'pr.name')})`);
    const searched = language ? `(pr.search || coalesce(tr.search, ''::tsvector))` : 'pr.search';
    rank = `(ts_rank(${searched}, ${words})${prefixes ? ` + 0.5 * ts_rank(${searched}, ${prefixes})` : ''}
      + word_similarity(trellis_unaccent(lower(${q})), trellis_unaccent(lower(${name}))))::float8`;
  }
  if (args.inStockOnly) where.push(inStock);
  const priceOk = [
    args.minPrice ? `${price} >= ${p(parseAmount('minPrice', args.minPrice))}` : null,
    args.maxPrice ? `${price} <= ${p(parseAmount('maxPrice', args.maxPrice))}` : null,
  ].filter(Boolean).join(' AND ') || 'true';
  const categoryOk = args.categoryId
    ? `pr.category_id IN (WITH RECURSIVE sub AS (SELECT id FROM category WHERE id = ${p(args.categoryId)}
         UNION SELECT c.id FROM category c JOIN sub ON c.parent_id = sub.id) SELECT id FROM sub)`
    : 'true';
  const sort = args.sort === ShowroomSort.RELEVANCE && !text ? ShowroomSort.NAME : args.sort;
  // Prices are whole minor units (rounded); relevance is a float.
  const CURSOR_KEY = { RELEVANCE: 'number', NAME: 'text', PRICE_ASC: 'integer', PRICE_DESC: 'integer' } as const;
  const sortKey = { RELEVANCE: `-${rank}`, NAME: name, PRICE_ASC: price, PRICE_DESC: `-${price}` }[sort];

  const pageParams = [...params];
  const q2 = (value: unknown) => `$${pageParams.push(value)}`;
  let after = 'true';
  if (args.after) {
    const [key, id] = decodeCursor(args.after, [CURSOR_KEY[sort], 'uuid']);
    after = `(t."sortKey", t.id) > (${q2(key)}, ${q2(id)}::uuid)`;
  }
  // The brand's delivery days ask every active partner: only the rows shown ask (the page, or the one product).
  const columns = (deliveryDays: string) => `pr.id, pr.sku, ${name} AS name, ${description} AS description, pr.unit, pr.category_id AS "categoryId", ${price} AS "priceMinor",
    ${offer.netPrice}::float8 AS "netPriceMinor", ${currency} AS currency, ${offer.stock} AS stock,
    ${deliveryDays} AS "deliveryDays", ${offer.partnerSku} AS "partnerSku", ${inStock} AS available, ${sortKey} AS "sortKey"`;
  const image = (id: string) =>
    `(SELECT coalesce(i.url, '/images/' || i.id) FROM product_image i WHERE i.product_id = ${id} ORDER BY i.position, i.id LIMIT 1) AS "imageUrl"`;
  if (only) {
    const rows = await scope.query<ShowroomItemRow>(
      `SELECT ${columns(offer.deliveryDays('pr.id'))}, ${image('pr.id')} FROM ${from} WHERE ${where.join(' AND ')} LIMIT 1`,
      pageParams,
      'showroom.product',
    );
    return { rows, cursors: [], hasNextPage: false, totalCount: rows.length, facets: [], minPriceMinor: null, maxPriceMinor: null, currency: null };
  }
  // One statement: the match is computed once, and the page, facets, total and price range all read it.
  const [result] = await scope.query<{ totalCount: number; minPriceMinor: number | null; maxPriceMinor: number | null; currency: string | null; facets: FacetRow[]; page: ShowroomItemRow[] }>(
    `WITH RECURSIVE matched AS MATERIALIZED (
       SELECT ${columns(partnerId ? offer.deliveryDays('pr.id') : 'NULL::int')}, ${priceOk} AS price_ok, ${categoryOk} AS category_ok
         FROM ${from} WHERE ${where.join(' AND ')}),
     up(category_id, ancestor_id) AS (
       SELECT id, id FROM category
       UNION ALL SELECT up.category_id, c.parent_id FROM up JOIN category c ON c.id = up.ancestor_id WHERE c.parent_id IS NOT NULL),
     facets AS (
       SELECT c.id, c.code, ${categoryName} AS name, c.parent_id AS "parentId", count(*)::int AS count
         FROM matched m JOIN up ON up.category_id = m."categoryId" JOIN category c ON c.id = up.ancestor_id
        WHERE m.price_ok GROUP BY c.id),
     page AS (
       SELECT t.id, t.sku, t.name, t.description, t.unit, t."categoryId", t."priceMinor", t."netPriceMinor", t.currency, t.stock,
              ${partnerId ? 't."deliveryDays"' : `${offer.deliveryDays('t.id')} AS "deliveryDays"`}, t."partnerSku", t.available, t."sortKey", ${image('t.id')}
         FROM matched t WHERE t.price_ok AND t.category_ok AND ${after}
        ORDER BY t."sortKey", t.id LIMIT ${q2(args.first + 1)})
     SELECT (SELECT count(*)::int FROM matched WHERE price_ok AND category_ok) AS "totalCount",
            (SELECT min("priceMinor") FROM matched WHERE category_ok) AS "minPriceMinor",
            (SELECT max("priceMinor") FROM matched WHERE category_ok) AS "maxPriceMinor",
            (SELECT min(currency) FROM matched) AS currency,
            coalesce((SELECT json_agg(f ORDER BY f.name) FROM facets f), '[]') AS facets,
            coalesce((SELECT json_agg(p ORDER BY p."sortKey", p.id) FROM page p), '[]') AS page`,
    pageParams,
    'showroom.search',
  );
  const rows: ShowroomItemRow[] = result.page;
  const page = rows.slice(0, args.first);
  return {
    rows: page,
    cursors: page.map((r) => encodeCursor([r.sortKey, r.id])),
    hasNextPage: rows.length > args.first,
    totalCount: result.totalCount,
    facets: result.facets,
    minPriceMinor: result.minPriceMinor,
    maxPriceMinor: result.maxPriceMinor,
    currency: result.currency,
  };
}
