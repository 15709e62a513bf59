import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { MigrationInterface, QueryRunner } from 'typeorm';

/** Reference data for the partner locator: cities and postal-code areas of the demo countries. */
export class Gazetteer1732600000000 implements MigrationInterface {
  name = 'Gazetteer1732600000000';

  async up(q: QueryRunner): Promise<void> {
    const file = path.resolve(__dirname, '../../modules/showroom/gazetteer/places.csv');
    const places = parse(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true, trim: true }) as Record<string, string>[];
    await q.query(
      `INSERT INTO gazetteer_place (country, kind, name, postal_prefix, region, latitude, longitude)
       SELECT country, kind, name, postal_prefix, region, latitude, longitude
         FROM jsonb_to_recordset($1::jsonb) AS r(country text, kind text, name text, postal_prefix text, region text, latitude float8, longitude float8)`,
      [JSON.stringify(places.map((p) => ({ ...p, latitude: Number(p.latitude), longitude: Number(p.longitude) })))],
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM gazetteer_place`);
  }
}
