import { Services } from '../../services';
import { Scopes } from '../../access/scope';
import { showroomPartners } from '../../modules/showroom/showroom.service';
import { Role } from '../../access/role';
import { Viewer } from '../../access/viewer';
import { random } from './random';
import { productPicture } from './demo-pictures';
import { logger } from '../../logger';
import { seedDemoTranslations } from './demo-translations';
import { seedDemoOrders } from './demo-orders';
import { seedDemoMdf } from './demo-mdf';
import { seedDemoHistory } from './demo-history';

/** The demo catalog: a power-tool maker's range, and the partners' offers, showrooms and first leads. */
const TREE: [code: string, name: string, parent: string | null][] = [
  ['DRILL', 'Drilling', null], ['DRILL-CD', 'Cordless drills', 'DRILL'], ['DRILL-HD', 'Hammer drills', 'DRILL'], ['DRILL-BIT', 'Drill bits', 'DRILL'],
  ['CUT', 'Cutting', null], ['CUT-CS', 'Circular saws', 'CUT'], ['CUT-JS', 'Jigsaws', 'CUT'], ['CUT-AG', 'Angle grinders', 'CUT'], ['CUT-BL', 'Blades and discs', 'CUT'],
  ['FIX', 'Fastening', null], ['FIX-ID', 'Impact drivers', 'FIX'], ['FIX-SD', 'Screwdrivers', 'FIX'], ['FIX-NL', 'Nailers', 'FIX'],
  ['MEAS', 'Measuring', null], ['MEAS-LL', 'Laser levels', 'MEAS'], ['MEAS-DM', 'Distance meters', 'MEAS'],
  ['POWER', 'Batteries and chargers', null], ['ACC', 'Accessories', null],
];

const LINES: [category: string, prefix: string, noun: string, basePrice: number, attributes: Record<string, string[]>][] = [
  ['DRILL-CD', 'CD', 'Cordless Drill Driver', 129, { voltage: ['12 V', '18 V'], chuck: ['10 mm', '13 mm'] }],
  ['DRILL-HD', 'HD', 'Hammer Drill', 179, { power: ['710 W', '900 W', '1100 W'], chuck: ['13 mm'] }],
  ['DRILL-BIT', 'DB', 'Drill Bit Set', 19, { pieces: ['7', '15', '32'], material: ['HSS', 'Masonry', 'Wood'] }],
  ['CUT-CS', 'CS', 'Circular Saw', 159, { blade: ['165 mm', '190 mm', '235 mm'] }],
  ['CUT-JS', 'JS', 'Jigsaw', 99, { stroke: ['20 mm', '26 mm'] }],
  ['CUT-AG', 'AG', 'Angle Grinder', 79, { disc: ['115 mm', '125 mm', '230 mm'] }],
  ['CUT-BL', 'BL', 'Cutting Disc Pack', 12, { diameter: ['115 mm', '125 mm', '230 mm'], pieces: ['10', '25'] }],
  ['FIX-ID', 'ID', 'Impact Driver', 149, { torque: ['180 Nm', '210 Nm'] }],
  ['FIX-SD', 'SD', 'Compact Screwdriver', 59, { voltage: ['3.6 V', '12 V'] }],
  ['FIX-NL', 'NL', 'Brad Nailer', 229, { gauge: ['16 Ga', '18 Ga'] }],
  ['MEAS-LL', 'LL', 'Cross Line Laser', 139, { range: ['15 m', '30 m'], colour: ['red', 'green'] }],
  ['MEAS-DM', 'DM', 'Laser Distance Meter', 69, { range: ['30 m', '50 m', '100 m'] }],
  ['POWER', 'BP', 'Battery Pack', 59, { voltage: ['12 V', '18 V'], capacity: ['2.0 Ah', '4.0 Ah', '5.5 Ah'] }],
  ['ACC', 'AC', 'Tool Case', 29, { size: ['S', 'M', 'L'] }],
];

const SHAPE_OF: Record<string, Parameters<typeof productPicture>[0]> = {
  DRILL: 'drill', CUT: 'saw', FIX: 'driver', MEAS: 'laser', POWER: 'box', ACC: 'box',
};
const SERIES_COLOUR: Record<string, [number, number, number]> = {
  'Heavy Duty': [150, 40, 40], Pro: [30, 100, 60], Plus: [30, 80, 150], Compact: [20, 120, 120], Basic: [80, 80, 90],
};

const CURRENCY: Record<string, [string, number]> = { PL: ['PLN', 4.3], DE: ['EUR', 1], CZ: ['CZK', 25], CN: ['CNY', 7.8] };
const CONSENT = 'I agree that the partner and the brand owner contact me about this request.';
const KEY = 'demo-catalog';

const asPartnerManager = (partnerId: string): Viewer => ({
  userId: '', role: Role.PARTNER_MANAGER, email: 'demo@trellis.local', displayName: 'Demo data', partnerId, visiblePartnerIds: [partnerId], via: 'SESSION',
});

export async function seedDemoCatalog(services: Services, scopes: Scopes): Promise<void> {
  const read = <T>(sql: string, params: unknown[] = []) => scopes.runSystem('demo data', (scope) => scope.query<T>(sql, params));
  if ((await read(`SELECT 1 FROM trellis_meta WHERE key = $1`, [KEY]))[0]) {
    await seedDemoTranslations(scopes);
    await seedDemoOrders(services, scopes);
    await seedDemoMdf(services, scopes);
    return seedDemoHistory(scopes);
  }
  const started = Date.now();
  const rnd = random(7);
  const products = await read<{ id: string; sku: string; price: number }>(
    `SELECT id, sku, (list_price / 100.0)::float8 AS price FROM product ORDER BY sku`,
  );
  // Categories and products in one transaction, skipped when an earlier, interrupted start made them.
  const pictures = new Map<string, string>();
  if (products.length === 0) await scopes.runSystem('demo data: catalog', async (scope) => {
    const ids = new Map<string, string>();
    for (const [code, name, parent] of TREE) {
      const category = await services.catalog.saveCategory(scope, null, { code, name, parentId: parent ? ids.get(parent) : null, position: ids.size });
      ids.set(code, category.id);
    }
    for (const [category, prefix, noun, basePrice, attributes] of LINES) {
      const variants = Object.entries(attributes).reduce<Record<string, string>[]>(
        (all, [key, values]) => all.flatMap((a) => values.map((v) => ({ ...a, [key]: v }))), [{}]);
      for (const [series, tier, letter] of [['Heavy Duty', 1.6, 'H'], ['Pro', 1.35, 'X'], ['Plus', 1.1, 'P'], ['Compact', 0.95, 'C'], ['Basic', 0.85, 'B']] as const) {
        for (const [i, variant] of variants.entries()) {
          const sku = `TT-${prefix}${letter}-${String(i + 1).padStart(2, '0')}`;
          const price = Math.round(basePrice * tier * (1 + i * 0.07)) - 0.01;
          const product = await services.catalog.saveProduct(scope, null, {
            sku, name: `${noun} ${series} ${Object.values(variant).join(' ')}`.trim(), unit: category === 'DRILL-BIT' || category === 'CUT-BL' ? 'SET' : 'PCE',
            description: `${series} line ${noun.toLowerCase()} for professional daily use. ${Object.entries(variant).map(([k, v]) => `${k}: ${v}`).join(', ')}.`,
            listPrice: { amount: price.toFixed(2), currency: 'EUR' }, categoryId: ids.get(category), active: rnd.next() > 0.03,
            attributes: Object.entries(variant).map(([key, value]) => ({ key, value })),
          });
          products.push({ id: product.id, sku, price });
          const picture = `${category.split('-')[0]}|${series}`;
          if (!pictures.has(picture)) {
            pictures.set(picture, productPicture(SHAPE_OF[category.split('-')[0]], [232, 238, 244], SERIES_COLOUR[series]).toString('base64'));
          }
          await services.catalog.addImage(scope, { productId: product.id, base64: pictures.get(picture), contentType: 'image/png' });
        }
      }
    }
  });
  const partners = await read<{ id: string; code: string; country: string; name: string; named: boolean }>(
    `SELECT id, code, country, name, code IN ('BALTIC', 'KRAKTOOL', 'RHEIN', 'MORAVA') AS named FROM partner WHERE status = 'ACTIVE' ORDER BY code`,
  );
  for (const partner of partners) {
    const [currency, rate] = CURRENCY[partner.country] ?? ['EUR', 1];
    const lines = products.filter(() => rnd.next() < (partner.named ? 0.8 : 0.45)).map((p) => {
      const price = (p.price * rate * (0.85 + rnd.next() * 0.25)).toFixed(2);
      return `${p.sku},${price},${currency},${Math.floor(rnd.next() * 40)},${1 + Math.floor(rnd.next() * 10)},${partner.code}-${p.sku.slice(3)}`;
    });
    await scopes.runSystem('demo data: offers', async (scope) => {
      await services.offers.importCsv(scope, partner.id, ['sku,price,currency,stock,delivery_days,partner_sku', ...lines].join('\n'));
      if (partner.named || rnd.next() < 0.5) {
        await services.showrooms.save(scope, {
          partnerId: partner.id, slug: partner.code.toLowerCase(), displayName: partner.name, accentColor: rnd.pick(['#1c7ed6', '#2f9e44', '#e8590c', '#862e9c']),
          welcomeText: `Welcome to ${partner.name}: professional tools, advice and service near you.`, contactEmail: `shop@${partner.code.toLowerCase()}.example`,
          enabled: true, pricesGross: partner.country === 'PL', vatPercent: partner.country === 'PL' ? 23 : 0,
        });
      }
    }, asPartnerManager(partner.id));
  }
  await scopes.runSystem('demo data: leads', async (scope) => {
    await scope.query(`SELECT pg_advisory_xact_lock(hashtext('trellis.demo-catalog'))`);
    if ((await scope.query(`SELECT 1 FROM trellis_meta WHERE key = $1`, [KEY]))[0]) return;
    const named = partners.filter((p) => p.named);
    for (let n = 0; n < 8; n++) {
      const partner = named[n % named.length];
      const showroom = await services.showrooms.findPublic(scope, n < 6 ? partner.code.toLowerCase() : null);
      const offered = await scope.query<{ product_id: string }>(`SELECT o.product_id FROM offer o JOIN product p ON p.id = o.product_id AND p.active WHERE o.partner_id = $1 AND o.offered ORDER BY o.product_id LIMIT 3 OFFSET $2`, [partner.id, n]);
      const target = { partnerId: showroom.partner?.id ?? null, country: showroom.partner?.country ?? null };
      await services.leads.submitFromShowroom(scope.publicFor(showroomPartners(showroom)), target, {
          name: rnd.pick(['Anna Wiśniewska', 'Tomasz Nowak', 'Klaus Becker', 'Petra Nováková', 'Wang Fang', 'Marek Zieliński']),
          company: rnd.pick(['Budimex Serwis', 'Holzbau Meyer', 'Stavby Brno', null]), email: `buyer${n}@customer.example`, phone: null,
          postalCode: null, country: null, message: 'Please send a quote with delivery times.', consent: true, consentText: CONSENT,
          items: offered.map((o) => ({ productId: o.product_id, quantity: String(1 + (n % 5)) })), website: null,
        }, `demo-seed-${n}`);
    }
    await scope.query(`UPDATE lead SET created_at = date_trunc('milliseconds', now() - (abs(hashtext(id::text)) % 700) * interval '1 day')`);
    // The leads' history is append-only and timed by PostgreSQL (lead_event.at): it keeps the seeding time.
    await scope.query(`UPDATE lead SET consent_given_at = created_at, status_changed_at = created_at`);
    await scope.query(`INSERT INTO trellis_meta (key, value) VALUES ($1, $2)`, [KEY, JSON.stringify({ products: products.length })]);
  });
  logger.info({ ms: Date.now() - started, products: products.length }, 'demo catalog loaded');
  await seedDemoTranslations(scopes);
  await seedDemoOrders(services, scopes);
  await seedDemoMdf(services, scopes);
  await seedDemoHistory(scopes);
}
