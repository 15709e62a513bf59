import { createHash } from 'node:crypto';
import { buildSchema, execute, getOperationAST, GraphQLError, GraphQLObjectType, parse, type ExecutionResult } from 'graphql';
import type { GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import { jitExecutor } from './jit-executor';

const schema = buildSchema(`
  input Line { sku: String!, quantity: Int! = 1, note: String = "none" }
  input Order { lines: [Line!]!, rush: Boolean! = false }
  type Total { count: Int!, sum: Int! }
  type Query {
    total(order: Order!): Total!
    failing: Int
    lazyCount: Int!
    items(first: Int! = 2): [Int!]!
  }
`);
const query = schema.getType('Query') as GraphQLObjectType;
const fields = query.getFields();
fields.total.resolve = (_root, { order }: { order: { lines: { quantity: number }[]; rush: boolean } }) =>
  ({ count: order.lines.length, sum: order.lines.reduce((sum, line) => sum + line.quantity, 0) + (order.rush ? 1000 : 0) });
fields.failing.resolve = () => { throw Object.assign(new Error('no such thing'), { extensions: { code: 'NOT_FOUND' } }); };
fields.lazyCount.resolve = (_root, _args, context: { counted: number }) => Promise.resolve(context.counted);
fields.items.resolve = (_root, { first }: { first: number }) => Array.from({ length: first }, (_, i) => i);

/** What Apollo hands the executor: the parsed document, its operation, the hash and the raw variables. */
function requestOf(source: string, variables: Record<string, unknown> = {}, context: object = {}): GatewayGraphQLRequestContext {
  const document = parse(source);
  return {
    source, document, operation: getOperationAST(document)!, operationName: null, context,
    queryHash: createHash('sha256').update(source).digest('hex'), request: { query: source, variables },
  } as unknown as GatewayGraphQLRequestContext;
}

/** graphql-js's own answer to the same request, for comparison. */
const graphqlJs = (source: string, variables: Record<string, unknown> = {}, context: object = {}) =>
  execute({ schema, document: parse(source), variableValues: variables, contextValue: context }) as Promise<ExecutionResult>;

const plain = (result: ExecutionResult) => JSON.parse(JSON.stringify(result));

describe('the compiled executor', () => {
  const { executor, compiledCount } = jitExecutor(schema);
  const TOTAL = 'query($order: Order!) { total(order: $order) { count sum } }';

  it('fills input defaults at every depth as graphql-js does', async () => {
    const variables = { order: { lines: [{ sku: 'A' }, { sku: 'B', quantity: 3 }] } };
    const result = await executor(requestOf(TOTAL, variables));
    expect(result).toEqual({ data: { total: { count: 2, sum: 4 } } });
    expect(plain(result)).toEqual(plain(await graphqlJs(TOTAL, variables)));
  });

  it("answers bad variables with graphql-js's errors, exactly", async () => {
    for (const variables of [{}, { order: { lines: [{ quantity: 2 }] } }, { order: { lines: [{ sku: 'A', quantity: 'many' }], rush: 'yes' } }, { order: { lines: null } }]) {
      const result = await executor(requestOf(TOTAL, variables));
      expect(result.data).toBeUndefined();
      expect(result.errors!.every((e) => e instanceof GraphQLError)).toBe(true);
      expect(plain(result)).toEqual(plain(await graphqlJs(TOTAL, variables)));
    }
  });

  it("gives resolver errors back as graphql-js errors with the path, locations and original error, message writable", async () => {
    const result = await executor(requestOf('{ failing lazyCount }', {}, { counted: 7 }));
    expect(result.data).toEqual({ failing: null, lazyCount: 7 });
    expect(plain(result)).toEqual(plain(await graphqlJs('{ failing lazyCount }', {}, { counted: 7 })));
    const [error] = result.errors!;
    expect(error).toBeInstanceOf(GraphQLError);
    expect([error.message, error.path, error.locations, (error.originalError as { extensions?: unknown }).extensions])
      .toEqual(['no such thing', ['failing'], [{ line: 1, column: 3 }], { code: 'NOT_FOUND' }]);
    error.message = 'rewritten by a plugin';
    expect(error.message).toBe('rewritten by a plugin');
  });

  it('keeps at most 500 compiled operations', async () => {
    const fresh = jitExecutor(schema);
    for (let first = 1; first <= 520; first++) {
      expect(await fresh.executor(requestOf(`{ items(first: ${first % 3 + 1}) a${first}: items }`))).toEqual({ data: { items: Array.from({ length: first % 3 + 1 }, (_, i) => i), [`a${first}`]: [0, 1] } });
    }
    expect(fresh.compiledCount()).toBe(500);
    expect(compiledCount()).toBeGreaterThan(0);
  });
});
