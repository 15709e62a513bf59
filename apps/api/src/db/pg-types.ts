import { types } from 'pg';

const TIMESTAMPTZ = 1184;
const defaultTimestamptz = types.getTypeParser(TIMESTAMPTZ, 'text') as (text: string) => Date | number | null;

const ZERO = 48;
const digit = (text: string, at: number): number => {
  const d = text.charCodeAt(at) - ZERO;
  return d >= 0 && d <= 9 ? d : NaN;
};
const two = (text: string, at: number): number => digit(text, at) * 10 + digit(text, at + 1);

/**
 * timestamptz as pg's own parser reads it, with a fast path for what PostgreSQL sends (DateStyle ISO):
 * "2026-11-30 20:00:21.123456+00", the fraction and the offset's minutes optional. pg's parser runs
 * four regular expressions per value: on a page of partners with their people, reading timestamps was
 * 4% of the API's CPU. Anything else (years before 1000 or after 9999, BC, infinity, offsets with
 * seconds) goes to pg's parser, and a test holds both to the same instants.
 */
export function parseTimestamptz(text: string): Date | number | null {
  const length = text.length;
  if (length < 22 || text.charCodeAt(4) !== 45 || text.charCodeAt(10) !== 32 || text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58) {
    return defaultTimestamptz(text);
  }
  const year = two(text, 0) * 100 + two(text, 2);
  let at = 19;
  let ms = 0;
  if (text.charCodeAt(at) === 46) {
    // milliseconds: the fraction's first three digits (pg's parser ends with the same for every fraction)
    at += 1;
    let d: number;
    for (let scale = 100; !Number.isNaN((d = digit(text, at))); at += 1, scale /= 10) if (scale >= 1) ms += d * scale;
  }
  const sign = text.charCodeAt(at) === 43 ? 1 : text.charCodeAt(at) === 45 ? -1 : 0;
  let offsetMinutes = two(text, at + 1) * 60;
  if (length === at + 6 && text.charCodeAt(at + 3) === 58) offsetMinutes += two(text, at + 4);
  else if (length !== at + 3) return defaultTimestamptz(text);
  const time = Date.UTC(year, two(text, 5) - 1, two(text, 8), two(text, 11), two(text, 14), two(text, 17), ms);
  if (sign === 0 || year < 1000 || !Number.isFinite(time) || !Number.isFinite(offsetMinutes)) return defaultTimestamptz(text);
  return new Date(time - sign * offsetMinutes * 60_000);
}

/** The type parsers of Trellis's pools: pg's own, timestamptz read faster. */
export const pgTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === TIMESTAMPTZ && format !== 'binary') return parseTimestamptz;
    return types.getTypeParser(oid, format ?? 'text');
  },
};
