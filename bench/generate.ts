// The channel at scale, generated with set-based SQL (generate_series): one statement per table, so that
// 100k partners take seconds, not the minutes that the services (one INSERT per row) would take.
// Deterministic: one connection, setseed() first, then random() in a fixed order of statements.
import { Client } from 'pg';

export interface Scale {
  partners: number;
  usersPerPartner: number;
}

export interface Generated {
  ms: number;
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
const STEPS: [label: string, sql: string][] = [
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

/** Loads the channel into an empty database; returns null when bench data of the same scale is already there. */
export async function generate(url: string, scale: Scale, passwordHash: string, log: (line: string) => void): Promise<Generated | null> {
  // Trellis itself (no viewer): the row-level-security policies let this connection see and write every row.
  const client = new Client({ connectionString: url, options: '-c trellis.all_partners=on' });
  await client.connect();
  try {
    const [meta] = (await client.query(`SELECT value FROM trellis_meta WHERE key = $1`, [META_KEY])).rows;
    const [{ n }] = (await client.query(`SELECT count(*)::int AS n FROM partner`)).rows;
    if (meta && meta.value.partners === scale.partners && meta.value.usersPerPartner === scale.usersPerPartner) return null;
    if (n > 0) throw new BenchError(`The database already holds ${n} partners that the bench did not generate at this scale; use an empty database (or a fresh --data-dir).`);
    const values = {
      cities: JSON.stringify(CITIES), cityCount: CITIES.length, territories: JSON.stringify(TERRITORY_NAMES),
      legal: JSON.stringify(LEGAL), prefixes: PREFIXES, trades: TRADES, first: FIRST, last: LAST, streets: STREETS,
      hash: passwordHash, partners: scale.partners, usersPerPartner: scale.usersPerPartner,
    };
    const started = performance.now();
    await client.query('BEGIN');
    for (const [label, sql] of STEPS) {
      const t0 = performance.now();
      const used = Object.fromEntries(Object.entries(values).filter(([k]) => sql.includes(`$${k}`)));
      const result = await client.query(...bind(sql, used));
      log(`  ${label.padEnd(24)} ${String(result.rowCount ?? '').padStart(8)} rows  ${(performance.now() - t0).toFixed(0).padStart(6)} ms`);
    }
    await client.query(`INSERT INTO trellis_meta (key, value) VALUES ($1, $2)`, [META_KEY, JSON.stringify(scale)]);
    await client.query('COMMIT');
    // Fresh statistics and visibility maps: otherwise autovacuum would do it in the middle of a measurement.
    const t0 = performance.now();
    await client.query('VACUUM (ANALYZE) tier, territory, partner, partner_territory, app_user, partner_change');
    log(`  ${'vacuum analyze'.padEnd(39)} ${(performance.now() - t0).toFixed(0).padStart(6)} ms`);
    const ms = performance.now() - started;
    const counts = (await client.query(`SELECT
        (SELECT count(*) FROM partner)::int AS partners,
        (SELECT count(*) FROM partner WHERE kind = 'DISTRIBUTOR')::int AS distributors,
        (SELECT count(*) FROM partner WHERE parent_id IS NOT NULL)::int AS "partners with a parent",
        (SELECT count(*) FROM app_user)::int AS users,
        (SELECT count(*) FROM partner_territory)::int AS "partner territories",
        (SELECT count(*) FROM partner_change)::int AS "partner changes"`)).rows[0] as Record<string, number>;
    return { ms, counts };
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    await client.end();
  }
}
