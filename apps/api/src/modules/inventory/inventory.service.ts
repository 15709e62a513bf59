import { Scope } from '../../access/scope';
import { canSeePartner } from '../../access/viewer';
import { Role } from '../../access/role';
import { Connection, decodeCursor, toConnection } from '../../domain/connection';
import { BadInput, Forbidden, NotFound } from '../../domain/errors';
import { instancesOf } from '../../domain/sql';
import { CsvInvalid, CsvRowError, readCsv } from '../catalog/product-csv';
import { CatalogService } from '../catalog/catalog.service';
import { PartnerService } from '../partners/partner.service';
import { InventoryLevel, InventoryReport } from './inventory.types';
import { MAX_ON_HAND } from './inventory.inputs';

/** The most rows of one CSV count. */
export const MAX_CSV_ROWS = 50_000;
const MAX_REPORTED_ERRORS = 1000;

const LEVEL_COLUMNS = `s.partner_id AS "partnerId", s.product_id AS "productId", to_char(s.counted_on, 'YYYY-MM-DD') AS "countedOn",
  s.on_hand AS "onHand", s.reported_at AS "reportedAt"`;

/** A count's day as given (YYYY-MM-DD): a real day, from 2000 to today (UTC, a day's grace for time zones). */
function countedOn(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== day) throw new BadInput('countedOn', 'is not a day of the calendar');
  if (day < '2000-01-01') throw new BadInput('countedOn', 'must be in 2000 or later');
  if (date.getTime() > Date.now() + 86_400_000) throw new BadInput('countedOn', 'must not be in the future');
  return day;
}

/**
 * Partners' stock counts (inventory_snapshot, partner-owned under row-level security): a count per partner,
 * product and day, its latest day being the partner's level. A partner's own people report its counts (a
 * distributor's also its resellers'); brand staff who write may report on a partner's behalf. Counting a
 * product again on the same day corrects it; the same number again writes nothing.
 */
export class InventoryService {
  constructor(
    private readonly partners: PartnerService,
    private readonly catalog: CatalogService,
  ) {}

  async report(scope: Scope, partnerId: string, day: string, lines: readonly { productId: string; onHand: number }[]): Promise<InventoryReport> {
    await this.assertReporter(scope, partnerId);
    const on = countedOn(day);
    const seen = new Set<string>();
    for (const [i, line] of lines.entries()) {
      if (seen.has(line.productId)) throw new BadInput(`lines.${i}.productId`, `names the product of line ${[...seen].indexOf(line.productId) + 1} again; one line per product`);
      seen.add(line.productId);
    }
    const known = new Set((await this.catalog.productsByIds(scope, [...seen])).map((p) => p.id));
    const unknown = lines.findIndex((l) => !known.has(l.productId));
    if (unknown >= 0) throw new BadInput(`lines.${unknown}.productId`, 'names no product of the catalog');
    return this.write(scope, partnerId, on, lines);
  }

  /** A count from CSV (sku,on_hand): every row checked first, and any bad row writes nothing, each reported with its line. */
  async importCsv(scope: Scope, partnerId: string, day: string, csv: string): Promise<InventoryReport> {
    await this.assertReporter(scope, partnerId);
    const on = countedOn(day);
    const read = readCsv(csv);
    if ('reason' in read) throw new CsvInvalid([read]);
    const errors: CsvRowError[] = [];
    const missing = ['sku', 'on_hand'].filter((c) => !read.header.includes(c));
    const unknownColumns = read.header.filter((h) => !['sku', 'on_hand'].includes(h));
    if (missing.length) errors.push({ line: 1, field: missing.join(', '), reason: 'column is missing from the header' });
    if (unknownColumns.length) errors.push({ line: 1, field: unknownColumns.join(', '), reason: 'is not a column Trellis knows (sku, on_hand)' });
    if (read.rows.length === 0) errors.push({ line: 1, field: 'file', reason: 'has no rows' });
    if (read.rows.length > MAX_CSV_ROWS) errors.push({ line: 1, field: 'file', reason: `has more than ${MAX_CSV_ROWS} rows` });
    if (errors.length) throw new CsvInvalid(errors);
    const ids = await this.catalog.productIdsBySku(scope, [...new Set(read.rows.map((r) => r.values.sku))]);
    const lines: { productId: string; onHand: number }[] = [];
    const firstLine = new Map<string, number>();
    for (const { line, values } of read.rows) {
      if (errors.length >= MAX_REPORTED_ERRORS) break;
      const productId = ids.get(values.sku);
      const onHand = /^\d{1,10}$/.test(values.on_hand) ? Number(values.on_hand) : NaN;
      if (!values.sku) errors.push({ line, field: 'sku', reason: 'is required' });
      else if (!productId) errors.push({ line, field: 'sku', reason: `names no product of the catalog: ${values.sku.slice(0, 60)}` });
      else if (firstLine.has(values.sku)) errors.push({ line, field: 'sku', reason: `is counted already on line ${firstLine.get(values.sku)}` });
      if (!(onHand <= MAX_ON_HAND)) errors.push({ line, field: 'on_hand', reason: `must be a whole number from 0 to ${MAX_ON_HAND}` });
      if (values.sku && !firstLine.has(values.sku)) firstLine.set(values.sku, line);
      if (productId && onHand <= MAX_ON_HAND) lines.push({ productId, onHand });
    }
    if (errors.length) throw new CsvInvalid(errors);
    return this.write(scope, partnerId, on, lines);
  }

  /** The latest count of each partner and product the viewer may see, by partner and product. */
  async levels(scope: Scope, filter: { partnerId?: string | null; productId?: string | null }, first: number, after?: string | null): Promise<Connection<InventoryLevel>> {
    // Like a partner's offers: a partner the viewer may not see is NOT_FOUND, not an empty list.
    if (filter.partnerId) await this.partners.get(scope, filter.partnerId);
    const params: unknown[] = [];
    const conditions: string[] = [];
    const add = (condition: (p: string) => string, value: unknown) => conditions.push(condition(`$${params.push(value)}`));
    if (filter.partnerId) add((p) => `s.partner_id = ${p}::uuid`, filter.partnerId);
    if (filter.productId) add((p) => `s.product_id = ${p}::uuid`, filter.productId);
    const latest = `SELECT DISTINCT ON (s.partner_id, s.product_id) ${LEVEL_COLUMNS} FROM inventory_snapshot s
                    ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''} ORDER BY s.partner_id, s.product_id, s.counted_on DESC`;
    const page = [...params];
    let keyset = '';
    if (after) {
      const [partnerId, productId] = decodeCursor(after, ['uuid', 'uuid']);
      keyset = `WHERE ("partnerId", "productId") > ($${page.push(partnerId)}::uuid, $${page.push(productId)}::uuid)`;
    }
    const rows = await scope.query<InventoryLevel>(
      `SELECT * FROM (${latest}) l ${keyset} ORDER BY "partnerId", "productId" LIMIT $${page.push(first + 1)}`, page);
    const count = async () => (await scope.query<{ n: number }>(`SELECT count(*)::int AS n FROM (${latest}) l`, params))[0].n;
    return toConnection(instancesOf(InventoryLevel, rows), first, count, (l) => [l.partnerId, l.productId]);
  }

  private async write(scope: Scope, partnerId: string, on: string, lines: readonly { productId: string; onHand: number }[]): Promise<InventoryReport> {
    let changed = 0;
    // Sorted by product before chunking: parallel reports of the same partner lock their rows in one order.
    const all = [...lines].sort((a, b) => (a.productId < b.productId ? -1 : 1));
    for (let i = 0; i < all.length; i += 5000) {
      const sorted = all.slice(i, i + 5000);
      const { affected } = await scope.execute(
        `INSERT INTO inventory_snapshot AS s (partner_id, product_id, counted_on, on_hand, reported_by)
         SELECT $1, w.product_id, $2::date, w.on_hand, nullif($5, '')::uuid FROM unnest($3::uuid[], $4::int[]) AS w(product_id, on_hand)
         ON CONFLICT (partner_id, product_id, counted_on) DO UPDATE SET on_hand = EXCLUDED.on_hand, reported_by = EXCLUDED.reported_by, reported_at = now()
           WHERE s.on_hand <> EXCLUDED.on_hand`,
        [partnerId, on, sorted.map((l) => l.productId), sorted.map((l) => l.onHand), scope.user.userId], 'inventory.report');
      changed += affected;
    }
    return { changedCount: changed, unchangedCount: lines.length - changed };
  }

  /** NOT_FOUND for a partner the viewer may not see; FORBIDDEN for analysts. */
  private async assertReporter(scope: Scope, partnerId: string): Promise<void> {
    await this.partners.get(scope, partnerId);
    const viewer = scope.user;
    if (!canSeePartner(viewer, partnerId)) throw new NotFound('Partner', partnerId);
    if (viewer.role === Role.ANALYST) throw new Forbidden('Analysts read stock counts; they do not report them');
  }
}

declare module '../../access/request-context' {
  interface Services {
    inventory: InventoryService;
  }
}
