// The channel at scale, generated with set-based SQL (generate_series): one statement per table, so that
// 100k partners take seconds, not the minutes that the services (one INSERT per row) would take. Then the
// showroom's data: a category tree, products named from word lists (so that full-text search and typos
// matter), images, offers of every partner (2M by default, loaded like a restore: see bulkLoad), showrooms,
// and partner locations spread over Poland, Germany and Czechia for the partner locator.
// Deterministic: one connection, setseed() first, then random() in a fixed order of statements (ids of
// partners and users are random uuids; those of categories and products are derived from their number).
import { Client } from 'pg';

export interface Scale {
  partners: number;
  usersPerPartner: number;
  /** The catalog: products (about 97% active), and offers of each partner (distinct products). */
  products: number;
  offersPerPartner: number;
}

export interface GenerationStep {
  label: string;
  rows: number | null;
  ms: number;
}

export interface Generated {
  ms: number;
  steps: GenerationStep[];
  counts: Record<string, number>;
}

/** A failure the user can fix (arguments, a database that is not empty): reported without a stack. */
export class BenchError extends Error {
  override name = 'BenchError';
}

/** All bench users share this password; its scrypt hash is computed once and reused. */
export const BENCH_PASSWORD = 'bench-password-1';
export const CHANNEL_MANAGER_EMAIL = 'cm1@brand.example';
const META_KEY = 'bench';

// city | country | region | postal code | latitude | longitude | territory
const CITIES = `Warszawa|PL|Mazowieckie|00-001|52.2297|21.0122|PL-CENTRAL
Łódź|PL|Łódzkie|90-001|51.7592|19.456|PL-CENTRAL
Poznań|PL|Wielkopolskie|60-001|52.4064|16.9252|PL-CENTRAL
Gdańsk|PL|Pomorskie|80-001|54.352|18.6466|PL-NORTH
Szczecin|PL|Zachodniopomorskie|70-001|53.4285|14.5528|PL-NORTH
Kraków|PL|Małopolskie|30-001|50.0647|19.945|PL-SOUTH
Katowice|PL|Śląskie|40-001|50.2649|19.0238|PL-SOUTH
Rzeszów|PL|Podkarpackie|35-001|50.0412|21.9991|PL-SOUTH
Berlin|DE|Berlin|10115|52.52|13.405|DE-NORTH
Hamburg|DE|Hamburg|20095|53.5511|9.9937|DE-NORTH
Hannover|DE|Niedersachsen|30159|52.3759|9.732|DE-NORTH
München|DE|Bayern|80331|48.1351|11.582|DE-SOUTH
Stuttgart|DE|Baden-Württemberg|70173|48.7758|9.1829|DE-SOUTH
Köln|DE|Nordrhein-Westfalen|50667|50.9375|6.9603|DE-WEST
Düsseldorf|DE|Nordrhein-Westfalen|40213|51.2277|6.7735|DE-WEST
Frankfurt am Main|DE|Hessen|60311|50.1109|8.6821|DE-WEST
Praha|CZ|Praha|110 00|50.0755|14.4378|CZ
Brno|CZ|Jihomoravský|602 00|49.1951|16.6068|CZ
Ostrava|CZ|Moravskoslezský|702 00|49.8209|18.2625|CZ
Bratislava|SK|Bratislavský|811 01|48.1486|17.1077|SK
Košice|SK|Košický|040 01|48.7164|21.2611|SK
Wien|AT|Wien|1010|48.2082|16.3738|AT
Graz|AT|Steiermark|8010|47.0707|15.4395|AT
Zürich|CH|Zürich|8001|47.3769|8.5417|CH
Genève|CH|Genève|1201|46.2044|6.1432|CH
Lille|FR|Hauts-de-France|59000|50.6292|3.0573|FR-NORTH
Paris|FR|Île-de-France|75001|48.8566|2.3522|FR-NORTH
Lyon|FR|Auvergne-Rhône-Alpes|69001|45.764|4.8357|FR-SOUTH
Marseille|FR|Provence-Alpes-Côte d'Azur|13001|43.2965|5.3698|FR-SOUTH
Milano|IT|Lombardia|20121|45.4642|9.19|IT-NORTH
Torino|IT|Piemonte|10121|45.0703|7.6869|IT-NORTH
Napoli|IT|Campania|80121|40.8518|14.2681|IT-SOUTH
Bari|IT|Puglia|70121|41.1171|16.8719|IT-SOUTH
Amsterdam|NL|Noord-Holland|1011|52.3676|4.9041|BENELUX
Rotterdam|NL|Zuid-Holland|3011|51.9244|4.4777|BENELUX
Antwerpen|BE|Antwerpen|2000|51.2194|4.4025|BENELUX
Manchester|GB|Greater Manchester|M1 1AA|53.4808|-2.2426|UK
Birmingham|GB|West Midlands|B1 1AA|52.4862|-1.8904|UK
Shanghai|CN|Shanghai|200000|31.2304|121.4737|CN-EAST
Hangzhou|CN|Zhejiang|310000|30.2741|120.1551|CN-EAST
Guangzhou|CN|Guangdong|510000|23.1291|113.2644|CN-SOUTH
Shenzhen|CN|Guangdong|518000|22.5431|114.0579|CN-SOUTH
Beijing|CN|Beijing|100000|39.9042|116.4074|CN-NORTH
Tianjin|CN|Tianjin|300000|39.3434|117.3616|CN-NORTH`
  .split('\n')
  .map((line, i) => {
    const [city, country, region, postal, lat, lon, territory] = line.split('|');
    return { n: i + 1, city, country, region, postal, lat: Number(lat), lon: Number(lon), territory };
  });

const TERRITORY_NAMES: Record<string, string> = {
  'PL-CENTRAL': 'Poland Central', 'PL-NORTH': 'Poland North', 'PL-SOUTH': 'Poland South', 'DE-NORTH': 'Germany North',
  'DE-SOUTH': 'Germany South', 'DE-WEST': 'Germany West', CZ: 'Czechia', SK: 'Slovakia', AT: 'Austria', CH: 'Switzerland',
  'FR-NORTH': 'France North', 'FR-SOUTH': 'France South', 'IT-NORTH': 'Italy North', 'IT-SOUTH': 'Italy South',
  BENELUX: 'Benelux', UK: 'United Kingdom', 'CN-EAST': 'China East', 'CN-SOUTH': 'China South', 'CN-NORTH': 'China North',
  DACH: 'DACH key accounts',
};
const LEGAL: Record<string, string> = {
  PL: 'Sp. z o.o.', DE: 'GmbH', CZ: 's.r.o.', SK: 's.r.o.', AT: 'GmbH', CH: 'AG', FR: 'SARL', IT: 'S.r.l.', NL: 'B.V.', BE: 'BV',
  GB: 'Ltd', CN: 'Co., Ltd.',
};
const PREFIXES = ['Nord', 'Baltic', 'Alpha', 'Vistula', 'Rhein', 'Euro', 'Prime', 'Delta', 'Orion', 'Atlas', 'Falcon', 'Granit',
  'Kobalt', 'Summit', 'Pioneer', 'Vector', 'Zenith', 'Metro', 'Central', 'Golden', 'Iron', 'Star', 'United', 'Royal'];
const TRADES = ['Tools', 'Werkzeuge', 'Narzędzia', 'Hardware', 'Supply', 'Technik', 'Industrial', 'Power Tools', 'Bau', 'Service',
  'Profi', 'Fastening', 'Machines', 'Equipment'];
const FIRST = ['Anna', 'Piotr', 'Katarzyna', 'Jonas', 'Lena', 'Tomas', 'Eva', 'Marco', 'Giulia', 'Louis', 'Chloe', 'Wei', 'Li',
  'Jan', 'Sophie', 'Lukas', 'Martina', 'Pavel', 'Emma', 'Oliver', 'Yan', 'Hana', 'Felix', 'Ines'];
const LAST = ['Nowak', 'Kowalski', 'Weber', 'Schmidt', 'Novak', 'Svoboda', 'Rossi', 'Bianchi', 'Martin', 'Dubois', 'Wang', 'Zhang',
  'Smith', 'Jansen', 'Peeters', 'Huber', 'Meier', 'Horvath', 'Wisniewski', 'Fischer', 'Chen', 'Moreau', 'Keller', 'Lewis'];
const STREETS = ['Main Street', 'Industriestraße', 'ul. Przemysłowa', 'Via Roma', 'Rue de la Gare', 'Hlavní', 'Harbour Road', 'Ringstraße'];

/** Statements in order; each runs on the same connection so that random() follows setseed(). */
const STEPS: [label: string, sql: string, bulkTable?: string][] = [
  ['seed', `SELECT setseed(0.4242)`],
  ['tiers', `INSERT INTO tier (code, name, rank, discount_percent, mdf_eligible, lead_priority) VALUES
      ('REGISTERED', 'Registered', 1, 0, false, 0), ('SILVER', 'Silver', 2, 5, false, 10),
      ('GOLD', 'Gold', 3, 10, true, 20), ('PLATINUM', 'Platinum', 4, 15, true, 30)`],
  ['territories', `INSERT INTO territory (code, name, countries, regions)
      SELECT t.code, t.name, coalesce(array_agg(DISTINCT c.country) FILTER (WHERE c.country IS NOT NULL), '{DE,AT,CH}'),
             coalesce(array_agg(DISTINCT c.region) FILTER (WHERE c.region IS NOT NULL), '{}')
        FROM jsonb_each_text($territories::jsonb) AS t(code, name)
        LEFT JOIN jsonb_to_recordset($cities::jsonb) AS c(country text, region text, territory text) ON c.territory = t.code
       GROUP BY t.code, t.name`],
  ['brand users', `INSERT INTO app_user (email, display_name, role, password_hash, has_password)
      SELECT e, n, r, $hash::text, true FROM (VALUES ('admin@brand.example', 'Ada Admin', 'ADMIN'),
        ('analyst@brand.example', 'Li Wei', 'ANALYST')) v(e, n, r)
      UNION ALL SELECT 'cm' || k || '@brand.example', 'Channel Manager ' || k, 'CHANNEL_MANAGER', $hash::text, true
        FROM generate_series(1, 5) k`],
  ['partners', `WITH cities AS (SELECT * FROM jsonb_to_recordset($cities::jsonb)
                   AS c(n int, city text, country text, region text, postal text, lat float8, lon float8)),
        legal AS (SELECT * FROM jsonb_each_text($legal::jsonb) AS l(country, form)),
        refs AS (SELECT (SELECT array_agg(id ORDER BY rank) FROM tier) AS tiers,
                        (SELECT array_agg(id ORDER BY email) FROM app_user WHERE role = 'CHANNEL_MANAGER') AS cms),
        picks AS MATERIALIZED (
          SELECT i, 1 + floor(random() * $cityCount::int)::int AS ci, random() AS rk, random() AS rs, random() AS rt,
                 now() - random() * interval '3 years' AS created
            FROM generate_series(1, $partners::int) i)
      INSERT INTO partner (code, name, kind, status, tier_id, owner_id, email, phone, website, street, city, postal_code,
                           region, country, latitude, longitude, created_at, updated_at)
      SELECT 'P' || (1000000 + i),
             ($prefixes::text[])[1 + floor(random() * cardinality($prefixes::text[]))::int] || ' ' ||
               ($trades::text[])[1 + floor(random() * cardinality($trades::text[]))::int] || ' ' || c.city || ' ' || l.form,
             CASE WHEN i % 10 = 1 THEN 'DISTRIBUTOR' WHEN rk < 0.5 THEN 'RESELLER' WHEN rk < 0.88 THEN 'DEALER' ELSE 'SERVICE_PARTNER' END,
             CASE WHEN rs < 0.72 THEN 'ACTIVE' WHEN rs < 0.82 THEN 'ONBOARDING' WHEN rs < 0.90 THEN 'PROSPECT'
                  WHEN rs < 0.96 THEN 'SUSPENDED' ELSE 'TERMINATED' END,
             CASE WHEN rs BETWEEN 0.82 AND 0.90 THEN NULL ELSE refs.tiers[1 + floor(rt * 4)::int] END,
             refs.cms[1 + floor(random() * 5)::int],
             'office@p' || (1000000 + i) || '.example', '+' || (10000000000 + floor(random() * 89999999999))::bigint,
             'https://p' || (1000000 + i) || '.example',
             ($streets::text[])[1 + floor(random() * cardinality($streets::text[]))::int] || ' ' || (1 + floor(random() * 200))::int,
             c.city, c.postal, c.region, c.country,
             round((c.lat + (random() - 0.5) * 0.1)::numeric, 5), round((c.lon + (random() - 0.5) * 0.1)::numeric, 5),
             created, created + random() * (now() - created)
        FROM picks JOIN cities c ON c.n = picks.ci JOIN legal l ON l.country = c.country CROSS JOIN refs`],
  // About 60% of resellers and dealers buy through a distributor of their own country (two-tier distribution).
  ['parents', `WITH d AS (SELECT id, country, row_number() OVER (PARTITION BY country ORDER BY code) AS n,
                              count(*) OVER (PARTITION BY country) AS cnt FROM partner WHERE kind = 'DISTRIBUTOR'),
        counts AS (SELECT DISTINCT country, cnt FROM d),
        pick AS MATERIALIZED (SELECT p.id, p.country, 1 + floor(random() * counts.cnt)::int AS n
                                FROM partner p JOIN counts USING (country)
                               WHERE p.kind IN ('RESELLER', 'DEALER') AND random() < 0.6)
      UPDATE partner p SET parent_id = d.id FROM pick JOIN d ON d.country = pick.country AND d.n = pick.n WHERE p.id = pick.id`],
  ['territories of partners', `INSERT INTO partner_territory (partner_id, territory_id)
      SELECT p.id, t.id FROM partner p
        JOIN jsonb_to_recordset($cities::jsonb) AS c(city text, country text, territory text) ON c.city = p.city AND c.country = p.country
        JOIN territory t ON t.code = c.territory
      UNION ALL
      SELECT p.id, (SELECT array_agg(id ORDER BY code) FROM territory)[1 + floor(random() * (SELECT count(*) FROM territory))::int]
        FROM partner p CROSS JOIN generate_series(1, 2) k WHERE random() < 0.4
      ON CONFLICT DO NOTHING`],
  ['partner users', `INSERT INTO app_user (email, display_name, role, partner_id, password_hash, has_password, created_at)
      SELECT lower(f) || '.' || lower(l) || '.' || k || '@p' || substr(code, 2) || '.example', f || ' ' || l,
             CASE WHEN k = 1 THEN 'PARTNER_MANAGER' ELSE 'PARTNER_EMPLOYEE' END, id, $hash::text, true, created_at
        FROM (SELECT p.id, p.code, p.created_at, k,
                     ($first::text[])[1 + floor(random() * cardinality($first::text[]))::int] AS f,
                     ($last::text[])[1 + floor(random() * cardinality($last::text[]))::int] AS l
                FROM partner p CROSS JOIN generate_series(1, $usersPerPartner::int) k) x`],
  ['partner history', `INSERT INTO partner_change (partner_id, actor_id, kind, summary, at)
      SELECT id, owner_id, 'CREATED', 'created as ' || kind || ' ' || code, created_at FROM partner
      UNION ALL
      SELECT p.id, p.owner_id, (ARRAY['STATUS', 'TIER', 'PROFILE', 'OWNER'])[k],
             (ARRAY['moved to ACTIVE', 'tier changed', 'changed phone, email', 'owner reassigned'])[k],
             p.created_at + random() * (now() - p.created_at)
        FROM partner p CROSS JOIN generate_series(1, 4) k WHERE random() < 0.6`],
];

// The catalog: 15 top-level categories, each with two groups of five leaves; a leaf is one kind of tool,
// and its products are named after it, so that searching "hammer drill" finds hammer drills.
// code | top-level name | group name: leaf noun, ... | group name: leaf noun, ...
const CATALOG = `DRL|Drilling|Drills: Cordless Drill Driver, Hammer Drill, Impact Drill, Right Angle Drill, Magnetic Drill Press|Rotary hammers: SDS-plus Rotary Hammer, SDS-max Rotary Hammer, Demolition Hammer, Diamond Core Drill, Mixer Drill
SCR|Screwdriving|Screwdrivers and drivers: Cordless Screwdriver, Drywall Screwdriver, Impact Driver, Impact Wrench, Cordless Ratchet|Fastening tools: Nail Gun, Staple Gun, Rivet Tool, Torque Wrench, Pipe Press Tool
SAW|Sawing|Power saws: Circular Saw, Jigsaw, Reciprocating Saw, Plunge Saw, Band Saw|Stationary saws: Mitre Saw, Table Saw, Panel Saw, Chop Saw, Tile Saw
GRD|Grinding|Angle grinders: Small Angle Grinder, Large Angle Grinder, Cordless Angle Grinder, Straight Grinder, Die Grinder|Polishing and chasing: Rotary Polisher, Concrete Grinder, Bench Grinder, Wall Chaser, Belt Grinder
SND|Sanding and woodworking|Sanders: Orbital Sander, Random Orbit Sander, Belt Sander, Detail Sander, Drywall Sander|Planers and routers: Planer, Router, Trim Router, Biscuit Joiner, Thicknesser
MSR|Measuring|Lasers: Line Laser, Rotary Laser, Laser Distance Meter, Point Laser, Laser Receiver|Detectors and gauges: Wall Scanner, Moisture Meter, Digital Level, Tape Measure, Thermal Camera
HND|Hand tools|Striking and cutting: Claw Hammer, Screwdriver Set, Combination Pliers, Utility Knife, Hacksaw|Wrenches and keys: Spanner Set, Socket Set, Adjustable Wrench, Pipe Wrench, Hex Key Set
GRN|Garden|Trimming and cutting: Hedge Trimmer, Grass Trimmer, Chainsaw, Pole Pruner, Brush Cutter|Lawn care: Lawn Mower, Leaf Blower, Scarifier, Garden Shredder, Pressure Washer
CLN|Cleaning|Vacuums: Wet and Dry Vacuum, Dust Extractor, Cordless Vacuum, Backpack Vacuum, Cyclone Separator|Floor care: Floor Scrubber, Steam Cleaner, Window Vacuum, Push Sweeper, Surface Cleaner
AIR|Compressed air|Compressors: Piston Compressor, Silent Compressor, Cordless Inflator, Air Hose Reel, Air Tool Kit|Air tools: Air Impact Wrench, Air Nailer, Spray Gun, Blow Gun, Air Ratchet
WLD|Welding and heat|Welders: MIG Welder, TIG Welder, Inverter Welder, Plasma Cutter, Spot Welder|Heat tools: Heat Gun, Soldering Station, Glue Gun, Welding Helmet, Gas Torch
WRK|Workwear and safety|Protection: Safety Glasses, Ear Defenders, Work Gloves, Hard Hat, Dust Mask|Clothing: Work Jacket, Work Trousers, Safety Boots, Hi-Vis Vest, Knee Pads
STO|Storage|Cases and bags: Tool Case, Tool Box, Organiser Case, Tool Bag, Stackable Case|Workshop furniture: Tool Trolley, Workbench, Wall Rack, Sawhorse, Shelving Unit
ACC|Accessories|Bits and hole saws: Drill Bit Set, SDS Drill Bit, Hole Saw, Screwdriver Bit Set, Step Drill|Blades and discs: Circular Saw Blade, Jigsaw Blade Set, Cutting Disc, Diamond Blade, Sanding Disc Set
BAT|Batteries and lighting|Batteries and chargers: Battery Pack, Fast Charger, Starter Kit, Battery Adapter, Twin Charger|Site lighting: Work Light, Floodlight, Head Torch, Site Radio, Inspection Lamp`;

const plural = (noun: string): string =>
  /(s|x|ch|sh)$/.test(noun) ? `${noun}es`.replace(/ses$/, 's') : /[^aeiou]y$/.test(noun) ? `${noun.slice(0, -1)}ies` : `${noun}s`;

interface CategoryRow { code: string; name: string; parent: string | null; position: number }
interface LeafRow { n: number; code: string; noun: string; unit: string }

function catalogTree(): { categories: CategoryRow[]; leaves: LeafRow[] } {
  const categories: CategoryRow[] = [];
  const leaves: LeafRow[] = [];
  CATALOG.split('\n').forEach((line, t) => {
    const [code, name, ...groups] = line.split('|');
    categories.push({ code, name, parent: null, position: t });
    groups.forEach((group, g) => {
      const [groupName, nouns] = group.split(': ');
      const groupCode = `${code}-${g + 1}`;
      categories.push({ code: groupCode, name: groupName[0].toUpperCase() + groupName.slice(1), parent: code, position: g });
      nouns.split(', ').forEach((noun, l) => {
        const leafCode = `${groupCode}-${l + 1}`;
        categories.push({ code: leafCode, name: plural(noun), parent: groupCode, position: l });
        const unit = /(Set|Kit)$/.test(noun) ? 'SET' : /(Gloves|Boots|Pads|Glasses|Defenders|Trousers)$/.test(noun) ? 'PR' : 'PCE';
        leaves.push({ n: leaves.length + 1, code: leafCode, noun, unit });
      });
    });
  });
  return { categories, leaves };
}
const TREE = catalogTree();

// Product lines (some with accents, so that "muller" must find "Müller"), specs and description words.
const LINES = ['Trellis', 'Trellis PRO', 'Kobalt', 'Falke', 'Vistula', 'Granit', 'Titan', 'Orion', 'Müller Profi', 'Wróbel',
  'Dvořák', 'Nordwerk', 'Baltic', 'Rhein', 'Summit', 'Zenith'];
const SPECS = ['18V', '12V', '36V', '10.8V', '230V', '600 W', '750 W', '1200 W', '2000 W', '115 mm', '125 mm', '165 mm', '230 mm',
  'Compact', 'Brushless', 'Heavy Duty', 'Kit', 'XL', 'Solo', 'Plus', 'Basic', 'Premium'];
const FEATURES = ['brushless motor', 'keyless chuck', 'LED work light', 'soft-grip handle', 'low vibration', 'dust extraction port',
  'carry case included', 'electronic brake', 'variable speed', 'overload protection', 'metal gearbox', 'quick-change system',
  'belt clip', 'IP54 protection', 'tool-free adjustment', 'kickback control', 'Profi-Qualität', 'wytrzymała obudowa',
  'two batteries included', 'battery not included'];
const AUDIENCES = ['professionals', 'trade use', 'workshops', 'DIY', 'construction sites', 'installers', 'carpenters',
  'electricians', 'plumbers', 'metal workers', 'gardeners', 'facility management'];

/**
 * Strides coprime to the number of products: partner k offers products start, start + stride, ... (mod N),
 * which are distinct without a DISTINCT over 2M rows.
 */
function strides(products: number): number[] {
  const primes = [7919, 10007, 12553, 15269, 17389, 19991, 24571, 27449, 31307, 39119, 45989, 52837, 60013, 69877, 77003, 86243];
  const fit = primes.filter((p) => products % p !== 0);
  return fit.length ? fit : [1];
}

/**
 * A deterministic id from a text: md5 shaped as a version-4 uuid (version and variant digits set), as the
 * API's validators (class-validator isUUID) accept only real uuid versions in arguments like productId.
 */
const uuidOf = (text: string): string => `overlay(overlay(md5(${text}) PLACING '4' FROM 13) PLACING '8' FROM 17)::uuid`;

/** The showroom's data, after the partners (same connection, same random sequence). */
const CATALOG_STEPS: [label: string, sql: string, bulkTable?: string][] = [
  // Partners of Poland, Germany and Czechia spread over the gazetteer's cities of their country, 10-20 km
  // around each: the partner locator then finds a few partners near most places.
  ['partner locations', `WITH g AS (SELECT country::text, name, region, postal_prefix, latitude, longitude,
                               row_number() OVER (PARTITION BY country ORDER BY id) AS n, count(*) OVER (PARTITION BY country) AS cnt
                          FROM gazetteer_place WHERE kind = 'CITY' AND country IN ('PL', 'DE', 'CZ')),
        counts AS (SELECT DISTINCT country, cnt FROM g),
        pick AS MATERIALIZED (
          SELECT p.id, p.city AS old_city, p.country, 1 + floor(random() * counts.cnt)::int AS n, random() AS rlat, random() AS rlon,
                 lpad(floor(random() * 1000)::int::text, 3, '0') AS digits
            FROM partner p JOIN counts ON counts.country = p.country ORDER BY p.code)
      UPDATE partner p SET city = g.name, region = g.region,
             name = replace(p.name, ' ' || pick.old_city || ' ', ' ' || g.name || ' '),
             postal_code = CASE g.country WHEN 'PL' THEN left(g.postal_prefix || '000', 2) || '-' || pick.digits
                                          WHEN 'CZ' THEN left(g.postal_prefix || '000', 3) || ' ' || left(pick.digits, 2)
                                          ELSE left(g.postal_prefix || '000', 2) || pick.digits END,
             latitude = round((g.latitude + (pick.rlat - 0.5) * 0.3)::numeric, 5),
             longitude = round((g.longitude + (pick.rlon - 0.5) * 0.45)::numeric, 5)
        FROM pick JOIN g ON g.country = pick.country AND g.n = pick.n WHERE p.id = pick.id`],
  // Ids from md5: deterministic, and the offers below find a product's id from its number without a join.
  ['categories', `INSERT INTO category (id, code, name, parent_id, position)
      SELECT ${uuidOf(`'bench-category-' || code`)}, code, name, ${uuidOf(`'bench-category-' || parent`)}, position
        FROM jsonb_to_recordset($categories::jsonb) AS c(code text, name text, parent text, position int)`],
  ['products', `WITH leaves AS (SELECT * FROM jsonb_to_recordset($leaves::jsonb) AS l(n int, code text, noun text, unit text)),
        picks AS MATERIALIZED (
          SELECT i, 1 + floor(random() * $leafCount::int)::int AS li, random() AS r1, random() AS r2, random() AS r3, random() AS r4,
                 random() AS r5, random() AS r6, random() AS r7, random() AS ra, now() - random() * interval '4 years' AS created,
                 -- three distinct features: offsets from 1 to n/2 - 1 never add up to n
                 floor(random() * $featureCount::int)::int AS f1, 1 + floor(random() * ($featureCount::int / 2 - 1))::int AS f2,
                 1 + floor(random() * ($featureCount::int / 2 - 1))::int AS f3
            FROM generate_series(1, $products::int) i)
      INSERT INTO product (id, sku, name, description, unit, list_price, currency, attributes, category_id, active, created_at, updated_at)
      SELECT ${uuidOf(`'bench-product-' || i`)},
             split_part(l.code, '-', 1) || '-' || lpad(i::text, 7, '0'),
             ($lines::text[])[1 + floor(r1 * cardinality($lines::text[]))::int] || ' ' || l.noun || ' ' ||
               ($specs::text[])[1 + floor(r2 * cardinality($specs::text[]))::int] || ' ' ||
               chr(65 + floor(r3 * 26)::int) || chr(65 + floor(r4 * 26)::int) || '-' || (100 + floor(r5 * 9900))::int,
             l.noun || ' for ' || ($audiences::text[])[1 + floor(random() * cardinality($audiences::text[]))::int] || ': ' ||
               ($features::text[])[1 + f1 % $featureCount::int] || ', ' || ($features::text[])[1 + (f1 + f2) % $featureCount::int] || ' and ' ||
               ($features::text[])[1 + (f1 + f2 + f3) % $featureCount::int] || '.',
             l.unit,
             -- list prices from 4.99 to about 2,500 EUR, most of them low
             floor(5 + power(r6, 3) * 2500)::bigint * 100 - 1, 'EUR',
             jsonb_build_object('warrantyYears', 1 + floor(r7 * 3)::int),
             ${uuidOf(`'bench-category-' || l.code`)}, ra >= 0.03, created, created + random() * (now() - created)
        FROM picks JOIN leaves l ON l.n = picks.li`, 'product'],
  ['product images', `INSERT INTO product_image (product_id, position, url, created_at)
      SELECT p.id, k, 'https://cdn.trellis.example/products/' || lower(p.sku) || '/' || k || '.jpg', p.created_at
        FROM (SELECT id, sku, created_at, random() AS r FROM product ORDER BY sku) p
        CROSS JOIN LATERAL generate_series(0, CASE WHEN p.r < 0.1 THEN 2 WHEN p.r < 0.2 THEN 1 ELSE 0 END) k
       WHERE p.r < 0.3`],
  // Partner k offers products start, start + stride, ... (mod N): distinct, and spread over the catalog.
  // In the partner's currency, at 85-110% of the list price; a fifth out of stock, 95% offered. Written
  // partner by partner (generate_series refers to pp, so the join keeps that order), as a partner's
  // catalog import would: its rows share heap pages. The indexes are built afterwards (see bulkLoad).
  ['offers', `WITH pp AS MATERIALIZED (
          SELECT id, country, floor(random() * $products::int)::bigint AS start,
                 ($strides::int[])[1 + floor(random() * cardinality($strides::int[]))::int]::bigint AS stride, 0.85 + random() * 0.25 AS markup,
                 CASE country WHEN 'PL' THEN 4.3 WHEN 'CZ' THEN 25.0 WHEN 'CN' THEN 7.8 WHEN 'GB' THEN 0.85 WHEN 'CH' THEN 0.95 ELSE 1 END AS rate,
                 CASE country WHEN 'PL' THEN 'PLN' WHEN 'CZ' THEN 'CZK' WHEN 'CN' THEN 'CNY' WHEN 'GB' THEN 'GBP' WHEN 'CH' THEN 'CHF' ELSE 'EUR' END AS currency
            FROM partner ORDER BY code),
        src AS (SELECT pp.*, ${uuidOf(`'bench-product-' || (1 + (pp.start + (j - pp.start) * pp.stride) % $products::int)`)} AS product_id
                  FROM pp CROSS JOIN LATERAL generate_series(pp.start, pp.start + $offersPerPartner::int - 1) j)
      INSERT INTO offer (partner_id, product_id, price, currency, stock, delivery_days, partner_sku, offered, updated_at)
      SELECT src.id, src.product_id, round(pr.list_price * src.rate * src.markup)::bigint, src.currency,
             CASE WHEN random() < 0.2 THEN 0 ELSE 1 + floor(power(random(), 2) * 250)::int END,
             (ARRAY[0, 1, 1, 1, 2, 2, 3, 5, 7, 14])[1 + floor(random() * 10)::int],
             CASE WHEN random() < 0.3 THEN 'X' || substr(md5(src.id::text || pr.sku), 1, 10) END,
             random() < 0.95, now() - random() * interval '90 days'
        FROM src JOIN product pr ON pr.id = src.product_id`, 'offer'],
  // About half the active partners have a showroom, nearly all of them enabled; a third show gross prices.
  ['showrooms', `INSERT INTO showroom (partner_id, slug, display_name, accent_color, welcome_text, contact_email, contact_phone,
                                       enabled, prices_gross, vat_percent, updated_at)
      SELECT id, trim(BOTH '-' FROM left(regexp_replace(lower(trellis_unaccent(name)), '[^a-z0-9]+', '-', 'g'), 30)) || '-' || substr(code, 2),
             name, '#' || lpad(to_hex(floor(random() * 16777216)::int), 6, '0'),
             'Welcome to ' || name || ': tools and accessories from stock in ' || city || '.', email, phone,
             random() < 0.95, random() < 0.33,
             CASE country WHEN 'PL' THEN 23 WHEN 'DE' THEN 19 WHEN 'CZ' THEN 21 WHEN 'AT' THEN 20 WHEN 'FR' THEN 20 WHEN 'IT' THEN 22 ELSE 20 END,
             now() - random() * interval '1 year'
        FROM (SELECT * FROM partner WHERE status = 'ACTIVE' ORDER BY code) p
       WHERE random() < 0.5`],
];

/** Replaces $name placeholders with $1..$n, so that the steps above stay readable. */
function bind(sql: string, values: Record<string, unknown>): [string, unknown[]] {
  const names: string[] = [];
  const text = sql.replace(/\$([a-zA-Z]+)/g, (_m, name: string) => {
    if (!(name in values)) throw new Error(`no value for $${name}`);
    const at = names.indexOf(name);
    return `$${at >= 0 ? at + 1 : names.push(name)}`;
  });
  return [text, names.map((n) => values[n])];
}

/**
 * Loads a large table the way a restore does: its indexes (those no foreign key relies on) dropped first
 * and built again afterwards from their own definitions, one sort each instead of millions of random
 * inserts; and, when this connection may (a superuser), without the per-row foreign-key checks, which
 * the statement above satisfies by construction. Inside the generation's transaction: a failure leaves the
 * schema as it was. 66 s -> about 20 s for 2M offers on 2 cores.
 */
export async function bulkLoad(client: Client, table: string, load: () => Promise<number | null>,
  timed: (label: string, work: () => Promise<number | null>) => Promise<void>, label: string): Promise<void> {
  const { rows: indexes } = await client.query(`
    SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def,
           c.conname, pg_get_constraintdef(c.oid) AS condef
      FROM pg_index i
      LEFT JOIN pg_constraint c ON c.conindid = i.indexrelid AND c.conrelid = i.indrelid AND c.contype IN ('p', 'u', 'x')
     WHERE i.indrelid = $1::regclass
       AND NOT EXISTS (SELECT 1 FROM pg_constraint f WHERE f.contype = 'f' AND f.conindid = i.indexrelid)
     ORDER BY i.indexrelid`, [table]);
  const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;
  for (const ix of indexes) {
    await client.query(ix.conname ? `ALTER TABLE ${ident(table)} DROP CONSTRAINT ${ident(ix.conname)}` : `DROP INDEX ${ix.name}`);
  }
  const [{ rolsuper }] = (await client.query(`SELECT rolsuper FROM pg_roles WHERE rolname = current_user`)).rows;
  if (rolsuper) await client.query(`SET LOCAL session_replication_role = replica`);
  await timed(label, load);
  if (rolsuper) await client.query(`SET LOCAL session_replication_role = origin`);
  await timed(`${label}: ${indexes.length} indexes`, async () => {
    for (const ix of indexes) {
      await client.query(ix.conname ? `ALTER TABLE ${ident(table)} ADD CONSTRAINT ${ident(ix.conname)} ${ix.condef}` : ix.def);
    }
    return null;
  });
}

/** The API's marker of built KPI rollups (KpiRollup.buildOnce): set, a start of the API does not build them again. */
export const KPI_BUILT_KEY = 'kpi-rollups-built';

/**
 * The KPI triggers of some tables (migration 1733000000017: they mark cells in kpi_dirty), turned off or on
 * in the caller's transaction: a bulk load would mark millions of cells; the rollups are rebuilt after it.
 */
export async function setKpiTriggers(client: Client, tables: readonly string[], enabled: boolean): Promise<void> {
  const { rows } = await client.query(`
    SELECT c.relname AS table, t.tgname AS trigger FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
     WHERE NOT t.tgisinternal AND t.tgname LIKE '%\\_kpi\\_%' AND c.relname = ANY($1::text[]) ORDER BY 1, 2`, [tables]);
  for (const r of rows) await client.query(`ALTER TABLE "${r.table}" ${enabled ? 'ENABLE' : 'DISABLE'} TRIGGER "${r.trigger}"`);
}

/** The scale recorded with the data: a later run reuses the data only when every figure matches. */
const sameScale = (a: Partial<Scale> | undefined, b: Scale): boolean =>
  !!a && (Object.keys(b) as (keyof Scale)[]).every((k) => a[k] === b[k]);

/** Loads the channel into an empty database; returns null when bench data of the same scale is already there. */
export async function generate(url: string, scale: Scale, passwordHash: string, log: (line: string) => void): Promise<Generated | null> {
  if (scale.offersPerPartner > scale.products) {
    throw new BenchError(`--offers-per-partner (${scale.offersPerPartner}) cannot exceed --products (${scale.products}): a partner offers distinct products`);
  }
  // Trellis itself (no viewer): the row-level-security policies let this connection see and write every row.
  const client = new Client({ connectionString: url, options: '-c trellis.all_partners=on' });
  await client.connect();
  try {
    const [meta] = (await client.query(`SELECT value FROM trellis_meta WHERE key = $1`, [META_KEY])).rows;
    const [{ n }] = (await client.query(`SELECT count(*)::int AS n FROM partner`)).rows;
    if (sameScale(meta?.value, scale)) return null;
    if (n > 0) throw new BenchError(`The database already holds ${n} partners that the bench did not generate at this scale; use an empty database (or a fresh --data-dir).`);
    const values = {
      cities: JSON.stringify(CITIES), cityCount: CITIES.length, territories: JSON.stringify(TERRITORY_NAMES),
      legal: JSON.stringify(LEGAL), prefixes: PREFIXES, trades: TRADES, first: FIRST, last: LAST, streets: STREETS,
      hash: passwordHash, partners: scale.partners, usersPerPartner: scale.usersPerPartner,
      categories: JSON.stringify(TREE.categories), leaves: JSON.stringify(TREE.leaves), leafCount: TREE.leaves.length,
      lines: LINES, specs: SPECS, features: FEATURES, featureCount: FEATURES.length, audiences: AUDIENCES, products: scale.products,
      offersPerPartner: scale.offersPerPartner, strides: strides(scale.products),
    };
    const steps: GenerationStep[] = [];
    const timed = async (label: string, work: () => Promise<number | null>) => {
      const t0 = performance.now();
      const rows = await work();
      const ms = performance.now() - t0;
      steps.push({ label, rows, ms });
      log(`  ${label.padEnd(24)} ${String(rows ?? '').padStart(9)} rows  ${ms.toFixed(0).padStart(6)} ms`);
    };
    const started = performance.now();
    await client.query('BEGIN');
    // Memory for the offers' hash join and the index builds of this one session.
    await client.query(`SET LOCAL work_mem = '256MB'; SET LOCAL maintenance_work_mem = '256MB'`);
    for (const [label, sql, bulkTable] of [...STEPS, ...CATALOG_STEPS]) {
      const used = Object.fromEntries(Object.entries(values).filter(([k]) => sql.includes(`$${k}`)));
      const run = async () => (await client.query(...bind(sql, used))).rowCount;
      if (bulkTable) await bulkLoad(client, bulkTable, run, timed, label);
      else await timed(label, run);
    }
    await client.query(`INSERT INTO trellis_meta (key, value) VALUES ($1, $2)`, [META_KEY, JSON.stringify(scale)]);
    await client.query('COMMIT');
    // Fresh statistics and visibility maps: otherwise autovacuum would do it in the middle of a measurement
    // (and the locator's and showroom's index-only scans would visit the heap).
    await timed('vacuum analyze', async () => {
      await client.query(`VACUUM (ANALYZE) tier, territory, partner, partner_territory, app_user, partner_change,
                            category, product, product_image, offer, showroom, gazetteer_place`);
      return null;
    });
    const ms = performance.now() - started;
    const counts = (await client.query(`SELECT
        (SELECT count(*) FROM partner)::int AS partners,
        (SELECT count(*) FROM partner WHERE kind = 'DISTRIBUTOR')::int AS distributors,
        (SELECT count(*) FROM partner WHERE parent_id IS NOT NULL)::int AS "partners with a parent",
        (SELECT count(*) FROM app_user)::int AS users,
        (SELECT count(*) FROM partner_territory)::int AS "partner territories",
        (SELECT count(*) FROM partner_change)::int AS "partner changes",
        (SELECT count(*) FROM category)::int AS categories,
        (SELECT count(*) FROM product)::int AS products,
        (SELECT count(*) FROM product_image)::int AS "product images",
        (SELECT count(*) FROM offer)::int AS offers,
        (SELECT count(*) FROM showroom s JOIN partner p ON p.id = s.partner_id WHERE s.enabled AND p.status = 'ACTIVE')::int AS "enabled showrooms",
        (SELECT count(*) FROM partner WHERE status = 'ACTIVE' AND country IN ('PL', 'DE', 'CZ'))::int AS "active partners in PL/DE/CZ"`)).rows[0] as Record<string, number>;
    const [{ missing }] = (await client.query(`SELECT count(*)::int AS missing FROM partner WHERE status = 'ACTIVE' AND (latitude IS NULL OR longitude IS NULL)`)).rows;
    if (missing > 0) throw new Error(`${missing} active partners have no coordinates: the partner locator would not find them`);
    return { ms, steps, counts };
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    await client.end();
  }
}
