import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { FragmentDefinitionNode, Kind, OperationDefinitionNode, parse, typeFromAST, getNamedType } from 'graphql';
import { buildTrellisSchema } from './schema';
import { DEFAULT_COST, operationCost } from './query-cost';
import { startTestApp, type TestApp } from '../../test/harness';
import { fixtures } from '../../test/fixtures';
import { Role } from '../access/role';

const schema = buildTrellisSchema();

function costOf(text: string, variables: Record<string, unknown> = {}): number {
  const document = parse(text);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(document.definitions
    .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
    .map((d) => [d.name.value, d]));
  return operationCost(schema, operation, fragments, variables);
}

const PARTNERS = (first: string) => `query($n: Int) { partners(first: ${first}) { edges { node { id name children { id name } } } } }`;

describe('the cost of an operation', () => {
  it('counts a page size given as a variable exactly as the same literal, and the default when none is given', () => {
    // 2 (edges) + 1.5 * (2 (node) + 1.5 * (1 + 1 + (2 + 1.5 * 2)))... worked out by the rule, per row:
    const perRow = 2 + 1.5 * (2 + 1.5 * (1 + 1 + (2 + 1.5 * (1 + 1))));
    const page = (rows: number) => (2 + 1.5 * perRow) * rows;
    expect(costOf(PARTNERS('100'))).toBe(page(100));
    expect(costOf(PARTNERS('$n'), { n: 100 })).toBe(page(100));
    // The argument's default (20) when the variable is not given, or is null, or the argument is left out.
    expect(costOf(PARTNERS('$n'))).toBe(page(20));
    expect(costOf(PARTNERS('$n'), { n: null })).toBe(page(20));
    expect(costOf(`query { partners { edges { node { id name children { id name } } } } }`)).toBe(page(20));
    // A value the field will refuse costs one row here (its own validation answers, naming the argument).
    expect(costOf(PARTNERS('$n'), { n: -5 })).toBe(page(1));
    expect(costOf(PARTNERS('$n'), { n: 101 })).toBe(page(1));
    expect(costOf(PARTNERS('1000000'))).toBe(page(1));
  });

  it('counts a fragment where it is spread, with the variables of the request', () => {
    const inline = costOf(`query($n: Int) { partners(first: $n) { edges { node { id name } } } }`, { n: 40 });
    const spread = costOf(`query($n: Int) { ...Q } fragment Q on Query { partners(first: $n) { edges { node { ...P } } } } fragment P on Partner { id name }`, { n: 40 });
    expect(spread).toBe(inline);
    expect(inline).toBe((2 + 1.5 * (2 + 1.5 * (2 + 1.5 * 2))) * 40);
  });
});

/** Every operation the SPA sends, with every fragment it spreads (gathered from its graphql() documents). */
function spaOperations(): { name: string; operation: OperationDefinitionNode; fragments: Record<string, FragmentDefinitionNode> }[] {
  const root = path.resolve(__dirname, '../../../web/src');
  const files: string[] = [];
  const walk = (dir: string) => readdirSync(dir).forEach((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) { if (entry !== 'gql') walk(full); } else if (/\.tsx?$/.test(entry)) files.push(full);
  });
  walk(root);
  const definitions = files.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/graphql\(`([^`]*)`\)/g)].flatMap((m) => parse(m[1]!).definitions));
  const fragments = Object.fromEntries(definitions
    .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
    .map((d) => [d.name.value, d]));
  return definitions
    .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
    .map((operation) => ({ name: operation.name?.value ?? '?', operation, fragments }));
}

it("passes every operation of the SPA at the largest page every list allows (100 rows), so that the limit refuses no page of Trellis's own", () => {
  const operations = spaOperations();
  expect(operations.length).toBeGreaterThan(150);
  const costs = operations.map(({ name, operation, fragments }) => {
    // Every Int variable at 100: every page size a variable gives is then the largest allowed.
    const variables = Object.fromEntries((operation.variableDefinitions ?? [])
      .filter((d) => getNamedType(typeFromAST(schema, d.type as never)!)?.name === 'Int')
      .map((d) => [d.variable.name.value, 100]));
    return { name, cost: operationCost(schema, operation, fragments, variables) };
  });
  expect(costs.filter(({ cost }) => cost > DEFAULT_COST.maxCost)).toEqual([]);
  // The check measures something: the costliest pages of the SPA are well above a single row's cost.
  expect(Math.max(...costs.map(({ cost }) => cost))).toBeGreaterThan(DEFAULT_COST.maxCost / 10);
});

describe('the limit on a running API', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  const PERSON = 'id email displayName role';
  const PLACE = 'id name code status kind city country street postalCode region phone email website createdAt updatedAt tier { id code name }';
  const WIDE = `query($n: Int) { partners(first: $n) { edges { node { ${PLACE} owner { ${PERSON} } users { ${PERSON} }
    children { ${PLACE} owner { ${PERSON} } users { ${PERSON} } territories { id name } } territories { id name }
    parent { ${PLACE} owner { ${PERSON} } users { ${PERSON} } } } } } }`;

  it('refuses an operation whose page sizes, given as variables, make it too costly, before anything runs, and names both figures', async () => {
    const session = await app.signIn((await fixtures(app).givenUser(Role.CHANNEL_MANAGER)).email);
    expect(costOf(WIDE, { n: 100 })).toBeGreaterThan(DEFAULT_COST.maxCost);
    expect(costOf(WIDE.replace('query($n: Int)', 'query').replace('first: $n', 'first: 100'))).toBe(costOf(WIDE, { n: 100 }));
    // As a variable and as a literal alike.
    const literal = WIDE.replace('query($n: Int)', 'query').replace('first: $n', 'first: 100');
    for (const [query, variables] of [[WIDE, { n: 100 }], [literal, {}]] as const) {
      const response = await app.gql(query, variables, session);
      expect(response.status).toBe(400);
      expect(response.errors).toHaveLength(1);
      const error = response.errors![0]!;
      expect(error.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', maxCost: DEFAULT_COST.maxCost });
      expect(error.extensions!.cost).toBe(Math.round(costOf(WIDE, { n: 100 })));
      expect(error.message).toMatch(/^This request asks for too much at once \(cost \d+, at most 50000\)/);
      expect(response.data ?? null).toBeNull();
      expect(response.statements).toBe(0);
    }
    // A page larger than any list allows is the field's own bad input, not a cost.
    const huge = await app.gql(WIDE, { n: 1000 }, session);
    expect(huge.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['BAD_USER_INPUT', 'first']]);
    // The same with small pages runs.
    const small = await app.gql(WIDE, { n: 2 }, session);
    expect(small.errors).toBeUndefined();
    expect(small.statements).toBeGreaterThan(0);
  });
});
