import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Finer postal areas for the Kraków region, so that a visitor's postal code resolves to its own district
 * and not to the city centre (the locator and dispatch both take the longest matching prefix). Polish
 * codes NN-NNN: the first three digits name a district of the city; the points are each district's
 * approximate centre. Inline, not read from gazetteer/places.csv: a migration must not change afterwards.
 */
const DISTRICTS: [prefix: string, name: string, latitude: number, longitude: number][] = [
  ['300', 'Kraków-Krowodrza', 50.068, 19.918],
  ['301', 'Kraków-Bronowice', 50.081, 19.896],
  ['302', 'Kraków-Zwierzyniec', 50.056, 19.895],
  ['303', 'Kraków-Dębniki', 50.042, 19.92],
  ['304', 'Kraków-Łagiewniki', 50.023, 19.93],
  ['305', 'Kraków-Podgórze', 50.044, 19.953],
  ['306', 'Kraków-Podgórze Duchackie', 50.018, 19.963],
  ['307', 'Kraków-Płaszów', 50.042, 19.99],
  ['308', 'Kraków-Bieżanów-Prokocim', 50.02, 20.01],
  ['310', 'Kraków-Stare Miasto', 50.0617, 19.9373],
  ['311', 'Kraków-Kleparz', 50.068, 19.94],
  ['312', 'Kraków-Prądnik Biały', 50.093, 19.935],
  ['313', 'Kraków-Azory', 50.09, 19.91],
  ['314', 'Kraków-Prądnik Czerwony', 50.082, 19.975],
  ['315', 'Kraków-Grzegórzki', 50.06, 19.96],
  ['316', 'Kraków-Mistrzejowice', 50.095, 20.01],
  ['317', 'Kraków-Nowa Huta', 50.072, 20.06],
  ['318', 'Kraków-Bieńczyce', 50.085, 20.03],
  ['319', 'Kraków-Nowa Huta Centrum', 50.072, 20.038],
  ['320', 'Wieliczka', 49.987, 20.065],
];

export class PostalDistricts1733000000007 implements MigrationInterface {
  name = 'PostalDistricts1733000000007';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `INSERT INTO gazetteer_place (country, kind, name, postal_prefix, region, latitude, longitude)
       SELECT 'PL', 'POSTAL_AREA', name, prefix, 'Małopolskie', latitude, longitude
         FROM jsonb_to_recordset($1::jsonb) AS r(prefix text, name text, latitude float8, longitude float8)`,
      [JSON.stringify(DISTRICTS.map(([prefix, name, latitude, longitude]) => ({ prefix, name, latitude, longitude })))],
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM gazetteer_place WHERE country = 'PL' AND kind = 'POSTAL_AREA' AND postal_prefix = ANY($1::text[])`, [DISTRICTS.map(([p]) => p)]);
  }
}
