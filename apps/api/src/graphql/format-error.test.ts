import { ApolloServer } from '@apollo/server';
import { buildSchema, GraphQLError } from 'graphql';
import { formatError } from './format-error';
import { requestLogPlugin } from './request-log';
import { logger } from '../logger';

/** A PostgreSQL error as TypeORM hands it over: SQL, parameters and the driver's fields. */
function queryFailed(driverError: Record<string, string>) {
  return Object.assign(new Error('new row for relation "lead_item" violates check constraint'), {
    name: 'QueryFailedError',
    query: 'INSERT INTO lead_item (quantity) VALUES ($1)',
    parameters: ['secret-password', 'jan@example.com'],
    driverError,
  });
}

const format = (original: Error) => formatError({ message: original.message, path: ['x'] }, new GraphQLError(original.message, { originalError: original }));

describe('formatError', () => {
  it("maps PostgreSQL's data exceptions and check / foreign-key violations to BAD_USER_INPUT without SQL", () => {
    expect(format(queryFailed({ code: '23514', table: 'lead_item', constraint: 'lead_item_quantity_check' }))).toEqual({
      message: 'quantity: is not an allowed value', path: ['x'], extensions: { code: 'BAD_USER_INPUT', field: 'quantity', reason: 'is not an allowed value' },
    });
    expect(format(queryFailed({ code: '23503', table: 'offer', constraint: 'offer_product_id_fkey' })).extensions).toEqual({
      code: 'BAD_USER_INPUT', field: 'productId', reason: 'refers to something that does not exist',
    });
    const cases: [string, string][] = [['22001', 'is too long'], ['22003', 'is out of range'], ['22P02', 'is not in the expected format'],
      ['22007', 'is not a valid date or time'], ['22008', 'is not a valid date or time'], ['22021', 'contains characters that cannot be stored'], ['2201W', 'is not a valid value']];
    for (const [code, reason] of cases) {
      expect(format(queryFailed({ code }))).toEqual({ message: `A value ${reason}`, path: ['x'], extensions: { code: 'BAD_USER_INPUT', reason } });
    }
    expect(format(queryFailed({ code: '42P01' })).extensions).toEqual({ code: 'INTERNAL' });
  });

  it('answers a deadlock or serialization failure (PostgreSQL undid the change) with CONFLICT and retry, without SQL', () => {
    for (const code of ['40P01', '40001']) {
      expect(format(queryFailed({ code }))).toEqual({
        message: 'Another change got in the way and nothing was saved; please try again', path: ['x'], extensions: { code: 'CONFLICT', retry: true },
      });
    }
  });

  it('masks a GraphQL error without a code (a null for a non-null field) as INTERNAL', () => {
    const error = new GraphQLError('Cannot return null for non-nullable field Query.x.', { path: ['x'] });
    expect(formatError({ message: error.message, path: ['x'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }, error)).toEqual({
      message: 'Internal error', path: ['x'], extensions: { code: 'INTERNAL' },
    });
  });
});

describe("graphql-js's refusals without a code", () => {
  it('answers a refusal before execution (too many bad variable items) as BAD_USER_INPUT', () => {
    const error = new GraphQLError('Too many errors processing variables, error limit reached. Execution aborted.');
    expect(formatError({ message: error.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, error)).toEqual({
      message: error.message, extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});

describe('the request log', () => {
  it('logs an unexpected error once with the request id the client gets, without parameters or variables', async () => {
    const server = new ApolloServer({
      schema: buildSchema('type Query { x(password: String): String }'),
      rootValue: { x: () => { throw queryFailed({ code: '42P01' }); } },
      formatError,
      plugins: [requestLogPlugin()],
    });
    await server.start();
    const logged = jest.spyOn(logger, 'error').mockImplementation(() => undefined);
    try {
      const response = await server.executeOperation({ query: 'query($p: String) { x(password: $p) }', variables: { p: 'hunter2-password' } });
      const result = response.body.kind === 'single' ? response.body.singleResult : null;
      const requestId = result!.errors![0].extensions!.requestId;
      expect(result!.errors).toEqual([{ message: 'Internal error', path: ['x'], extensions: { code: 'INTERNAL', requestId: expect.stringMatching(/^[0-9a-f-]{36}$/) } }]);
      expect(response.http.headers.get('x-request-id')).toBe(requestId);
      expect(logged).toHaveBeenCalledTimes(1);
      const [fields, message] = logged.mock.calls[0] as unknown as [Record<string, unknown>, string];
      expect([message, fields.requestId, fields.path]).toEqual(['unexpected error', requestId, ['x']]);
      expect(fields.err).toMatchObject({ type: 'QueryFailedError', code: '42P01', query: 'INSERT INTO lead_item (quantity) VALUES ($1)' });
      const text = JSON.stringify(fields);
      for (const secret of ['secret-password', 'jan@example.com', 'hunter2-password']) expect(text).not.toContain(secret);
    } finally {
      logged.mockRestore();
      await server.stop();
    }
  });
});
