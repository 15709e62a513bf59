import fc from 'fast-check';
import {
  GraphQLInputType, GraphQLString, isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType,
} from 'graphql';

/**
 * Values for GraphQL arguments, generated from the argument's type alone, so that an operation added
 * tomorrow is covered without a test change. Each value is mostly plausible (so that validation passes
 * and the call reaches the service and PostgreSQL) and sometimes hostile.
 */
export interface ValuePools {
  /** Ids of real rows: the caller's own, another partner's, users, products, leads. */
  ids: string[];
  /** Plausible values by field or argument name (a heuristic: unknown names get generic text). */
  byName: Record<string, fc.Arbitrary<unknown>>;
}

const UUID = fc.uuid();
const cursor = (key: unknown) => Buffer.from(JSON.stringify(key)).toString('base64url');

/** Cursors that decode to JSON of the wrong types, lengths or shapes; most look like ours (a key and an id). */
export const forgedCursor = fc
  .oneof(
    { arbitrary: fc.tuple(fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constantFrom('2026-02-31T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 'yesterday', 'epoch', 1e300, 1.5)), fc.oneof(UUID, fc.string())), weight: 4 },
    { arbitrary: fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }), weight: 1 },
    { arbitrary: fc.jsonValue({ maxDepth: 2 }), weight: 1 },
  )
  .map(cursor);

const LONE_SURROGATES = ['\ud800', '\udbff', '\udc00', '\udfff'];

/** Text PostgreSQL, the validators or the SQL could choke on. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('', ' ', '   \t ', '\n', 'a\u0000b', '\u0000', 'x\u0007y', '\u001b[2J', '\u007f', '😀', 'Zażółć gęślą jaźń', "'; DROP TABLE partner; --", '%_\\', 'null', '0', '-1', '1e309', 'NaN', '9'.repeat(40), '-0.000', '2026-13-45', 'javascript:alert(1)'),
  fc.tuple(fc.string({ maxLength: 8 }), fc.constantFrom(...LONE_SURROGATES), fc.string({ maxLength: 8 })).map(([a, s, b]) => a + s + b),
  fc.tuple(fc.string({ maxLength: 8 }), fc.integer({ min: 0, max: 31 }), fc.string({ maxLength: 8 })).map(([a, c, b]) => a + String.fromCharCode(c) + b),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.constantFrom('x'.repeat(100_000), `${'é'.repeat(50_000)}`),
  forgedCursor,
);

const hostileInt = fc.oneof(fc.constantFrom(0, -1, -2147483648, 2147483647, 2147483648, 1e20, -1e20, 1.5, -0.5), fc.integer());
const hostileFloat = fc.oneof(fc.constantFrom(0, -1, 1e308, -1e308, 5e-324, 100.001, 1.0005, 2 ** 53 + 2, -(2 ** 63)), fc.double({ noNaN: true, noDefaultInfinity: true }));
/** Values of the wrong JSON type for any argument: GraphQL's coercion must refuse them cleanly. */
const wrongType = fc.constantFrom<unknown>('true', 1, 1.5, [], {}, { a: 1 }, [null]);

const plainText = fc.stringMatching(/^[A-Za-z][A-Za-z ]{2,18}[a-z]$/);

function validScalar(name: string, fieldName: string, pools: ValuePools): fc.Arbitrary<unknown> {
  const named = pools.byName[fieldName];
  if (named) return named;
  switch (name) {
    case 'ID': return pools.ids.length ? fc.constantFrom(...pools.ids) : UUID;
    case 'Int': return fc.integer({ min: 1, max: 20 });
    case 'Float': return fc.double({ min: 0, max: 50, noNaN: true });
    case 'Boolean': return fc.boolean();
    case 'DateTimeISO': return fc.date({ noInvalidDate: true }).map((d) => d.toISOString());
    default: return plainText;
  }
}

function hostileScalar(name: string, pools: ValuePools): fc.Arbitrary<unknown> {
  switch (name) {
    case 'ID': return fc.oneof(UUID, hostileString, fc.constantFrom(...pools.ids.slice(0, 1), 12345));
    case 'Int': return hostileInt;
    case 'Float': return hostileFloat;
    case 'Boolean': return wrongType;
    default: return hostileString;
  }
}

/**
 * One value of a GraphQL input type; `fieldName` picks a plausible pool. Wild values may be hostile at
 * every level; tame ones are plausible throughout. Depth-limited for recursive inputs.
 */
export function valueOf(type: GraphQLInputType, fieldName: string, pools: ValuePools, wild: boolean, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) {
    const inner = valueOf(type.ofType, fieldName, pools, wild, depth);
    return wild ? fc.oneof({ arbitrary: inner, weight: 30 }, { arbitrary: fc.constant(null), weight: 1 }) : inner;
  }
  const value = nullableValueOf(type, fieldName, pools, wild, depth);
  return fc.oneof({ arbitrary: value, weight: wild ? 6 : 12 }, { arbitrary: fc.constant(null), weight: 1 });
}

function nullableValueOf(type: GraphQLInputType, fieldName: string, pools: ValuePools, wild: boolean, depth: number): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return valueOf(type, fieldName, pools, wild, depth);
  if (isListType(type)) {
    const item = valueOf(type.ofType, fieldName, pools, wild, depth + 1);
    if (!wild) return fc.array(item, { minLength: 1, maxLength: 3 });
    return fc.oneof(
      { arbitrary: fc.array(item, { minLength: 1, maxLength: 3 }), weight: 12 },
      { arbitrary: fc.constant([]), weight: 1 },
      // Past every list limit the API declares (at most 500 items anywhere).
      { arbitrary: item.chain((one) => fc.constant(Array.from({ length: 501 }, () => one))), weight: 1 },
    );
  }
  if (isEnumType(type)) {
    const values = type.getValues().map((v) => v.name);
    if (!wild) return fc.constantFrom(...values);
    return fc.oneof({ arbitrary: fc.constantFrom(...values), weight: 8 }, { arbitrary: fc.constantFrom('NOT_A_VALUE', values[0].toLowerCase(), 1), weight: 1 });
  }
  if (isScalarType(type)) {
    if (!wild) return validScalar(type.name, fieldName, pools);
    return fc.oneof(
      { arbitrary: validScalar(type.name, fieldName, pools), weight: 10 },
      { arbitrary: hostileScalar(type.name, pools), weight: 2 },
      { arbitrary: wrongType, weight: 1 },
    );
  }
  if (isInputObjectType(type)) {
    if (depth > 4) return fc.constant(null);
    const fields = Object.values(type.getFields());
    const shape = Object.fromEntries(fields.map((f) => [f.name, valueOf(f.type, f.name, pools, wild, depth + 1)]));
    // Required fields are always there (a missing one is GraphQL's to refuse, checked below once in a while).
    const required = fields.filter((f) => isNonNullType(f.type) && f.defaultValue === undefined).map((f) => f.name);
    const record = fc.record(shape, { requiredKeys: required });
    if (!wild) return record;
    return fc.oneof(
      { arbitrary: record, weight: 12 },
      { arbitrary: record.map((r) => ({ ...r, notAField: 'x' })), weight: 1 },
      { arbitrary: record.map((r) => Object.fromEntries(Object.entries(r).slice(1))), weight: 1 },
    );
  }
  return wrongType;
}

/** Characters that must never reach PostgreSQL or a validator, slipped into otherwise valid text. */
const POISON = ['\u0000', '\ud800', '\udfff', '\u0007', '\u001b', '\u000b'];

type Json = unknown;

/** Paths to every scalar in a JSON value (small: arguments of one call). */
function leafPaths(value: Json, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leafPaths(v, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leafPaths(v, [...path, k]));
  return value === null || value === undefined ? [] : [path];
}

function replaceAt(value: Json, path: (string | number)[], make: (old: Json) => Json): Json {
  if (!path.length) return make(value);
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, Json>;
  copy[head] = replaceAt(copy[head], rest, make);
  return copy;
}

/**
 * Arguments of one call: all plausible (to reach the service and the database), plausible with one
 * corrupted scalar (so that the hostile value is the only thing wrong and travels as deep as it can),
 * or wild throughout.
 */
export function argumentsOf(args: readonly { name: string; type: GraphQLInputType }[], pools: ValuePools): fc.Arbitrary<Record<string, unknown>> {
  const record = (wild: boolean) => fc.record(Object.fromEntries(args.map((a) => [a.name, valueOf(a.type, a.name, pools, wild)])), { requiredKeys: wild ? [] : args.filter((a) => isNonNullType(a.type)).map((a) => a.name) });
  const corruption = fc.oneof(
    fc.tuple(fc.constantFrom(...POISON), fc.double({ min: 0, max: 1, noNaN: true })).map(([poison, at]) => (old: Json) =>
      typeof old === 'string' ? old.slice(0, Math.floor(old.length * at)) + poison + old.slice(Math.floor(old.length * at)) : poison),
    fc.oneof(hostileString, hostileInt, hostileFloat, wrongType).map((bad) => () => bad),
  );
  const corrupted = fc.tuple(record(false), fc.nat(), corruption).map(([tame, pick, make]) => {
    const paths = leafPaths(tame);
    return paths.length ? (replaceAt(tame, paths[pick % paths.length], make) as Record<string, unknown>) : tame;
  });
  return fc.oneof({ arbitrary: record(false), weight: 3 }, { arbitrary: corrupted, weight: 5 }, { arbitrary: record(true), weight: 1 });
}

/**
 * The same value written as a literal in the document, as a hand-written query would carry it: the
 * input guard must find hostile text there too, not only in variables.
 */
export function literalOf(value: unknown, type: GraphQLInputType): string {
  const nullable = isNonNullType(type) ? type.ofType : type;
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map((v) => literalOf(v, isListType(nullable) ? nullable.ofType : nullable)).join(', ')}]`;
  if (typeof value === 'object') {
    const fields = isInputObjectType(nullable) ? nullable.getFields() : {};
    return `{ ${Object.entries(value).map(([k, v]) => `${k}: ${literalOf(v, fields[k]?.type ?? GraphQLString)}`).join(', ')} }`;
  }
  if (typeof value === 'string' && isEnumType(nullable) && /^[_A-Za-z][_0-9A-Za-z]*$/.test(value)) return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  return JSON.stringify(value);
}
