import { types } from 'pg';
import { parseTimestamptz, pgTypes } from './pg-types';

const pgParser = types.getTypeParser(1184, 'text') as (text: string) => Date | number | null;
const instant = (value: Date | number | null) => (value instanceof Date ? value.getTime() : value);

describe('timestamptz as PostgreSQL sends it', () => {
  it('reads the usual shapes to the instants that pg reads', () => {
    const texts = [
      '2026-11-30 20:00:21+00',
      '2026-11-30 20:00:21.5+00',
      '2026-11-30 20:00:21.123456+00',
      '2026-11-30 20:00:21.999999+00',
      '2026-11-30 20:00:21.1+01',
      '2026-11-30 20:00:21.12-05',
      '2026-11-30 23:59:59.000001+05:30',
      '2026-01-01 00:00:00-09:30',
      '2024-02-29 12:00:00+14',
      '1970-01-01 00:00:00+00',
      '1000-06-15 08:30:00+00',
      '9999-12-31 23:59:59.999999+00',
    ];
    for (const text of texts) {
      const read = parseTimestamptz(text);
      expect(read).toBeInstanceOf(Date);
      expect([text, instant(read)]).toEqual([text, instant(pgParser(text))]);
    }
    expect((parseTimestamptz('2026-11-30 20:00:21.123456+01') as Date).toISOString()).toBe('2026-11-30T19:00:21.123Z');
  });

  it('agrees with pg on 20,000 random instants, fractions and offsets', () => {
    let x = 0x1234567;
    const random = (n: number) => {
      x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
      return (x >>> 0) % n;
    };
    const pad = (n: number, width: number) => String(n).padStart(width, '0');
    const disagreements: string[] = [];
    for (let i = 0; i < 20_000; i++) {
      const fraction = random(3) === 0 ? '' : `.${pad(random(1_000_000), 6).slice(0, 1 + random(6))}`;
      const hours = random(15);
      const offset = `${random(2) ? '+' : '-'}${pad(hours, 2)}${random(4) === 0 ? `:${pad(random(4) * 15, 2)}` : ''}`;
      const text = `${1000 + random(9000)}-${pad(1 + random(12), 2)}-${pad(1 + random(28), 2)} ${pad(random(24), 2)}:${pad(random(60), 2)}:${pad(random(60), 2)}${fraction}${offset}`;
      if (instant(parseTimestamptz(text)) !== instant(pgParser(text))) disagreements.push(text);
    }
    expect(disagreements).toEqual([]);
  });

  it('leaves every other shape to pg: early years, BC, infinity, offsets with seconds', () => {
    for (const text of ['0099-01-01 00:00:00+00', '0500-03-01 10:00:00+01', '2026-11-30 20:00:21 BC+00', '0044-03-15 12:00:00+00:19:32 BC',
      'infinity', '-infinity', '2026-11-30 20:00:21+01:02:03', '12026-11-30 20:00:21+00']) {
      expect([text, instant(parseTimestamptz(text))]).toEqual([text, instant(pgParser(text))]);
    }
  });

  it('is the pools\' parser for timestamptz only', () => {
    expect(pgTypes.getTypeParser(1184, 'text')).toBe(parseTimestamptz);
    expect(pgTypes.getTypeParser(1184)).toBe(parseTimestamptz);
    for (const oid of [20, 23, 700, 1082, 1114, 1700, 3802]) expect(pgTypes.getTypeParser(oid)).toBe(types.getTypeParser(oid, 'text'));
  });
});
