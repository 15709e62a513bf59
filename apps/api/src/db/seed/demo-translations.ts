import { Scopes } from '../../access/scope';
import { logger } from '../../logger';

/**
 * The demo catalog in Polish, German and Czech: every product's name, description and attributes, every
 * category's name and every showroom's welcome text. Its own marker, so that a demo database made before
 * the catalog spoke these languages gains them at its next start.
 */
const KEY = 'demo-catalog-languages';
type Texts = { pl: string; de: string; cs: string };
type Language = keyof Texts;
const LANGUAGES: Language[] = ['pl', 'de', 'cs'];

const CATEGORIES: Record<string, Texts> = {
  DRILL: { pl: 'Wiercenie', de: 'Bohren', cs: 'Vrtání' },
  'DRILL-CD': { pl: 'Wiertarko-wkrętarki akumulatorowe', de: 'Akku-Bohrschrauber', cs: 'Aku vrtací šroubováky' },
  'DRILL-HD': { pl: 'Młotowiertarki', de: 'Schlagbohrmaschinen', cs: 'Příklepové vrtačky' },
  'DRILL-BIT': { pl: 'Wiertła', de: 'Bohrer', cs: 'Vrtáky' },
  CUT: { pl: 'Cięcie', de: 'Sägen und Trennen', cs: 'Řezání' },
  'CUT-CS': { pl: 'Pilarki tarczowe', de: 'Handkreissägen', cs: 'Okružní pily' },
  'CUT-JS': { pl: 'Wyrzynarki', de: 'Stichsägen', cs: 'Přímočaré pily' },
  'CUT-AG': { pl: 'Szlifierki kątowe', de: 'Winkelschleifer', cs: 'Úhlové brusky' },
  'CUT-BL': { pl: 'Brzeszczoty i tarcze', de: 'Sägeblätter und Scheiben', cs: 'Pilové listy a kotouče' },
  FIX: { pl: 'Mocowanie', de: 'Befestigen', cs: 'Upevňování' },
  'FIX-ID': { pl: 'Zakrętarki udarowe', de: 'Schlagschrauber', cs: 'Rázové utahováky' },
  'FIX-SD': { pl: 'Wkrętarki', de: 'Schrauber', cs: 'Šroubováky' },
  'FIX-NL': { pl: 'Gwoździarki', de: 'Nagler', cs: 'Hřebíkovačky' },
  MEAS: { pl: 'Pomiary', de: 'Messen', cs: 'Měření' },
  'MEAS-LL': { pl: 'Lasery krzyżowe', de: 'Linienlaser', cs: 'Křížové lasery' },
  'MEAS-DM': { pl: 'Dalmierze', de: 'Entfernungsmesser', cs: 'Dálkoměry' },
  POWER: { pl: 'Akumulatory i ładowarki', de: 'Akkus und Ladegeräte', cs: 'Akumulátory a nabíječky' },
  ACC: { pl: 'Akcesoria', de: 'Zubehör', cs: 'Příslušenství' },
};

/** By the SKU's line code (TT-<line><series>-NN): the English noun the product's name starts with, and its translations. */
const NOUNS: Record<string, [english: string, texts: Texts]> = {
  CD: ['Cordless Drill Driver', { pl: 'Wiertarko-wkrętarka akumulatorowa', de: 'Akku-Bohrschrauber', cs: 'Aku vrtací šroubovák' }],
  HD: ['Hammer Drill', { pl: 'Młotowiertarka', de: 'Schlagbohrmaschine', cs: 'Příklepová vrtačka' }],
  DB: ['Drill Bit Set', { pl: 'Zestaw wierteł', de: 'Bohrer-Set', cs: 'Sada vrtáků' }],
  CS: ['Circular Saw', { pl: 'Pilarka tarczowa', de: 'Handkreissäge', cs: 'Okružní pila' }],
  JS: ['Jigsaw', { pl: 'Wyrzynarka', de: 'Stichsäge', cs: 'Přímočará pila' }],
  AG: ['Angle Grinder', { pl: 'Szlifierka kątowa', de: 'Winkelschleifer', cs: 'Úhlová bruska' }],
  BL: ['Cutting Disc Pack', { pl: 'Zestaw tarcz tnących', de: 'Trennscheiben-Set', cs: 'Sada řezných kotoučů' }],
  ID: ['Impact Driver', { pl: 'Zakrętarka udarowa', de: 'Schlagschrauber', cs: 'Rázový utahovák' }],
  SD: ['Compact Screwdriver', { pl: 'Wkrętarka kompaktowa', de: 'Kompaktschrauber', cs: 'Kompaktní šroubovák' }],
  NL: ['Brad Nailer', { pl: 'Gwoździarka do sztyftów', de: 'Stiftnagler', cs: 'Hřebíkovačka' }],
  LL: ['Cross Line Laser', { pl: 'Laser krzyżowy', de: 'Kreuzlinienlaser', cs: 'Křížový laser' }],
  DM: ['Laser Distance Meter', { pl: 'Dalmierz laserowy', de: 'Laser-Entfernungsmesser', cs: 'Laserový dálkoměr' }],
  BP: ['Battery Pack', { pl: 'Akumulator', de: 'Akkupack', cs: 'Akumulátor' }],
  AC: ['Tool Case', { pl: 'Walizka narzędziowa', de: 'Werkzeugkoffer', cs: 'Kufr na nářadí' }],
};

const ATTRIBUTE_KEYS: Record<string, Texts> = {
  voltage: { pl: 'napięcie', de: 'Spannung', cs: 'napětí' },
  chuck: { pl: 'uchwyt', de: 'Bohrfutter', cs: 'sklíčidlo' },
  power: { pl: 'moc', de: 'Leistung', cs: 'příkon' },
  pieces: { pl: 'sztuk', de: 'Stück', cs: 'kusů' },
  material: { pl: 'materiał', de: 'Material', cs: 'materiál' },
  blade: { pl: 'tarcza', de: 'Sägeblatt', cs: 'kotouč' },
  stroke: { pl: 'skok', de: 'Hub', cs: 'zdvih' },
  disc: { pl: 'tarcza', de: 'Scheibe', cs: 'kotouč' },
  diameter: { pl: 'średnica', de: 'Durchmesser', cs: 'průměr' },
  torque: { pl: 'moment obrotowy', de: 'Drehmoment', cs: 'točivý moment' },
  gauge: { pl: 'kaliber', de: 'Stärke', cs: 'kalibr' },
  range: { pl: 'zasięg', de: 'Reichweite', cs: 'dosah' },
  colour: { pl: 'kolor', de: 'Farbe', cs: 'barva' },
  capacity: { pl: 'pojemność', de: 'Kapazität', cs: 'kapacita' },
  size: { pl: 'rozmiar', de: 'Größe', cs: 'velikost' },
};

const VALUES: Record<string, Texts> = {
  Masonry: { pl: 'beton', de: 'Stein', cs: 'zdivo' },
  Wood: { pl: 'drewno', de: 'Holz', cs: 'dřevo' },
  red: { pl: 'czerwony', de: 'rot', cs: 'červená' },
  green: { pl: 'zielony', de: 'grün', cs: 'zelená' },
};

const describe: Record<Language, (noun: string, series: string, specs: string) => string> = {
  pl: (noun, series, specs) => `${noun} z linii ${series} do codziennej pracy zawodowej. ${specs}.`,
  de: (noun, series, specs) => `${noun} der Serie ${series} für den täglichen professionellen Einsatz. ${specs}.`,
  cs: (noun, series, specs) => `${noun} řady ${series} pro každodenní profesionální použití. ${specs}.`,
};

const welcome: Record<Language, (name: string) => string> = {
  pl: (name) => `Witamy w ${name}: profesjonalne narzędzia, doradztwo i serwis blisko Ciebie.`,
  de: (name) => `Willkommen bei ${name}: Profi-Werkzeug, Beratung und Service in Ihrer Nähe.`,
  cs: (name) => `Vítejte v ${name}: profesionální nářadí, poradenství a servis ve vašem okolí.`,
};

const SERIES = ['Heavy Duty', 'Pro', 'Plus', 'Compact', 'Basic'];

interface ProductText { id: string; sku: string; name: string; attributes: Record<string, string> }

/** A demo product's texts in one language, or null for a product the demo did not make (its name is not the line's). */
export function translateDemoProduct(product: ProductText, language: Language): { name: string; description: string; attributes: Record<string, string> } | null {
  const line = /^TT-([A-Z]{2})[A-Z]-\d+$/.exec(product.sku)?.[1];
  const noun = line ? NOUNS[line] : undefined;
  if (!noun || !product.name.startsWith(`${noun[0]} `)) return null;
  const series = SERIES.find((s) => product.name.startsWith(`${noun[0]} ${s}`));
  if (!series) return null;
  const value = (v: string) => VALUES[v]?.[language] ?? v;
  const attributes = Object.fromEntries(Object.entries(product.attributes).map(([k, v]) => [ATTRIBUTE_KEYS[k]?.[language] ?? k, value(v)]));
  const values = Object.values(product.attributes).map(value);
  const name = `${noun[1][language]} ${series} ${values.join(' ')}`.trim();
  const specs = Object.entries(attributes).map(([k, v]) => `${k}: ${v}`).join(', ');
  return { name, description: describe[language](noun[1][language], series, specs), attributes };
}

export async function seedDemoTranslations(scopes: Scopes): Promise<void> {
  await scopes.runSystem('demo data: catalog languages', async (scope) => {
    await scope.query(`SELECT pg_advisory_xact_lock(hashtext('trellis.demo-catalog-languages'))`);
    if ((await scope.query(`SELECT 1 FROM trellis_meta WHERE key = $1`, [KEY]))[0]) return;
    const products = await scope.query<ProductText>(`SELECT id, sku, name, attributes FROM product ORDER BY sku`);
    // Written in bulk, not product by product through the catalog service: the same rows, in two statements.
    const rows = products.flatMap((p) => LANGUAGES.flatMap((language) => {
      const t = translateDemoProduct(p, language);
      return t ? [{ product_id: p.id, language, ...t }] : [];
    }));
    await scope.query(
      `INSERT INTO product_translation (product_id, language, name, description, attributes)
       SELECT r.product_id, r.language, r.name, r.description, r.attributes
         FROM jsonb_to_recordset($1::jsonb) AS r(product_id uuid, language text, name text, description text, attributes jsonb)
       ON CONFLICT (product_id, language) DO NOTHING`,
      [JSON.stringify(rows)],
    );
    await scope.query(
      `UPDATE category c SET translations = t.names FROM jsonb_each($1::jsonb) AS t(code, names) WHERE c.code = t.code AND c.translations = '{}'`,
      [JSON.stringify(CATEGORIES)],
    );
    const showrooms = await scope.query<{ partner_id: string; display_name: string }>(`SELECT partner_id, display_name FROM showroom WHERE welcome_texts = '{}'`);
    for (const s of showrooms) {
      const texts = Object.fromEntries(LANGUAGES.map((l) => [l, welcome[l](s.display_name)]));
      await scope.query(`UPDATE showroom SET welcome_texts = $2 WHERE partner_id = $1`, [s.partner_id, JSON.stringify(texts)]);
    }
    await scope.query(`INSERT INTO trellis_meta (key, value) VALUES ($1, $2)`, [KEY, JSON.stringify({ products: rows.length / LANGUAGES.length })]);
    logger.info({ translations: rows.length }, 'demo catalog languages loaded');
  });
}
