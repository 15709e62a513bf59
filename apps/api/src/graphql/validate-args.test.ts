import fc from 'fast-check';
import { getMetadataStorage } from 'type-graphql';
import { buildTrellisSchema } from './schema';
import { forTests, validateArgs } from './validate-args';
import { ByIdArgs } from '../modules/partners/partner.inputs';

/*
 * The plan in validate-args.ts must never pass what class-validator refuses. For every argument and input
 * class of the schema, random objects (values chosen to sit on both sides of the rules: blank and long
 * strings, ids and non-ids, bounds, wrong types, nested objects and lists) get the same verdict from both.
 */
buildTrellisSchema();
const storage = getMetadataStorage();
// Once per class: type-graphql's metadata lives on the global object, which the other test files of the same
// jest worker fill again with their own copies of each class (up to 27 in one run). The last one registered
// is this file's.
const classes = [...new Map([...storage.argumentTypes, ...storage.inputTypes].map((c) => [c.name, c])).values()];
const inputClasses = new Set<unknown>(storage.inputTypes.map((c) => c.target));

const UUID = '3f1c2b9a-8d4e-4f6a-9b2c-1d2e3f4a5b6c';
const edgeStrings = ['', ' ', 'a', 'ab', 'PL', 'pl', 'DE', 'ABC', '00-950', '12', 'x'.repeat(101), 'x'.repeat(201), 'x'.repeat(2001),
  UUID, 'not-a-uuid', 'a@b.co', 'bad@', 'https://example.com/x', 'javascript:alert(1)', '#ff0000', 'EUR', 'PCE', '\u0000', '2026-01-01'];
const primitive: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(...edgeStrings, 0, 1, -1, 2, 20, 50, 100, 101, 1000, 1e9, 1.5, -0.5, 52.2, 181, -91, NaN, true, false, null, undefined),
  fc.string({ maxLength: 12 }),
  fc.integer({ min: -5, max: 300 }),
  fc.array(fc.constantFrom<unknown>(...edgeStrings.slice(0, 16), 3, null), { maxLength: 3 }),
);

function instanceOf(target: Function, depth: number): fc.Arbitrary<object> {
  const meta = classes.find((c) => c.target === target)!;
  const fields = meta.fields ?? [];
  const shape: Record<string, fc.Arbitrary<unknown>> = {};
  for (const field of fields) {
    const type = field.getType() as unknown;
    if (depth > 0 && inputClasses.has(type)) {
      const nested = instanceOf(type as Function, depth - 1);
      shape[field.name] = fc.oneof(nested, fc.array(nested, { maxLength: 3 }), primitive);
    } else {
      shape[field.name] = primitive;
    }
  }
  return fc.record(shape, { requiredKeys: [] }).map((values) => Object.assign(new (target as new () => object)(), values));
}

describe('argument validation plans', () => {
  it.each(classes.map((c) => [c.name, c.target] as const))('%s: the plan and class-validator agree', async (_name, target) => {
    // Passing what class-validator refuses would let bad input through; the reverse would only be slower.
    // Every class here has a plan (no async rules), so the two must agree exactly.
    await fc.assert(
      fc.asyncProperty(instanceOf(target, 2), async (object) => {
        expect(forTests.passes(object)).toBe(await forTests.classValidatorPasses(object));
      }),
      { numRuns: 100, seed: 7 },
    );
  });

  it('passes a valid id without class-validator and refuses a bad one with its error', async () => {
    expect(forTests.passes(Object.assign(new ByIdArgs(), { id: UUID }))).toBe(true);
    expect(forTests.passes(Object.assign(new ByIdArgs(), { id: 'nope' }))).toBe(false);
    await expect(validateArgs(Object.assign(new ByIdArgs(), { id: UUID }))).resolves.toBeUndefined();
    const refusal = await validateArgs(Object.assign(new ByIdArgs(), { id: 'nope' })).then(() => null, (err: unknown) => err);
    expect(refusal).toMatchObject({ message: 'Argument Validation Error', extensions: { code: 'BAD_USER_INPUT' } });
    expect((refusal as { extensions: { validationErrors: { property: string; constraints: object }[] } }).extensions.validationErrors)
      .toEqual([expect.objectContaining({ property: 'id', constraints: { isUuid: 'must be an id' } })]);
  });
});
