import { startTestApp, TestApp } from './harness';
import { fixtures } from './fixtures';
import { Role } from '../src/access/role';
import { LEAK, rawRequest, RawResponse } from './raw-http';

const json = (body: string | Buffer, contentType = 'application/json') => ({ method: 'POST', headers: { 'content-type': contentType }, body });

function expectGraphQLError(res: RawResponse, status: number, message: string) {
  expect([res.status, res.headers['content-type']]).toEqual([status, 'application/json; charset=utf-8']);
  expect(JSON.parse(res.text)).toEqual({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
}

function expectText(res: RawResponse, status: number, text: string) {
  expect([res.status, res.headers['content-type'], res.text]).toEqual([status, 'text/plain; charset=utf-8', text]);
  expect(res.text).not.toMatch(LEAK);
}

describe('malformed HTTP input', () => {
  let app: TestApp;
  const nodeEnv = process.env.NODE_ENV;

  beforeAll(async () => {
    // As `pnpm start` runs it: no NODE_ENV, where express and Apollo print stacks by default.
    delete process.env.NODE_ENV;
    app = await startTestApp();
  });
  afterAll(async () => {
    process.env.NODE_ENV = nodeEnv;
    await app.close();
  });

  it('answers /graphql bodies that are not a JSON object with 400 BAD_REQUEST in GraphQL shape', async () => {
    for (const body of ['{"query": ', 'null', '42', '"text"']) {
      expectGraphQLError(await rawRequest(app.url, '/graphql', json(body)), 400, 'The request body is not a JSON object or array');
    }
  });

  it('answers an unsupported charset with 415 and an oversized body with 413 on /graphql', async () => {
    expectGraphQLError(await rawRequest(app.url, '/graphql', json('{"query":"{ __typename }"}', 'application/json; charset=latin1')), 415, 'The request body has an unsupported charset; send UTF-8');
    const huge = `{"query":"{ __typename }","variables":{"x":"${'a'.repeat(26 * 1024 * 1024)}"}}`;
    expectGraphQLError(await rawRequest(app.url, '/graphql', json(huge)), 413, 'The request body is too large');
  });

  it('answers the same for a signed-in request', async () => {
    const creds = await app.signIn((await fixtures(app).givenUser(Role.ANALYST)).email);
    const res = await rawRequest(app.url, '/graphql', { method: 'POST', headers: { 'content-type': 'application/json', cookie: creds.cookie! }, body: 'null' });
    expectGraphQLError(res, 400, 'The request body is not a JSON object or array');
  });

  it('answers malformed percent-encodings in the address with 400 text/plain on every route', async () => {
    for (const path of ['/s/%E0%A4%A', '/s/%E0%A4%A?FUNCTION=DETAIL&HOOK_URL=https%3A%2F%2Fshop.example%2F', '/images/%zz', '/showroom-logos/%zz', '/partner/%zz']) {
      expectText(await rawRequest(app.url, path), 400, 'The address has a malformed percent-encoding');
    }
    const posted = await rawRequest(app.url, '/s/%zz', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'FUNCTION=DETAIL' });
    expectText(posted, 400, 'The address has a malformed percent-encoding');
  });

  it('answers OCI form posts with a bad charset (415) or too large (413) in text/plain', async () => {
    const form = (body: string, charset = 'utf-8') => ({ method: 'POST', headers: { 'content-type': `application/x-www-form-urlencoded; charset=${charset}` }, body });
    expectText(await rawRequest(app.url, '/s/acme', form('FUNCTION=DETAIL', 'utf-7')), 415, 'The request body has an unsupported charset; send UTF-8');
    expectText(await rawRequest(app.url, '/s/acme', form(`FUNCTION=BACKGROUND_SEARCH&SEARCHSTRING=${'a'.repeat(70 * 1024)}`)), 413, 'The request body is too large');
  });

  it('answers an operation name the document does not define with 400 OPERATION_RESOLUTION_FAILURE, not an internal error', async () => {
    const unknown = await rawRequest(app.url, '/graphql', json(JSON.stringify({ query: 'query A { __typename }', operationName: 'B' })));
    expect([unknown.status, JSON.parse(unknown.text)]).toEqual([400, { errors: [{ message: 'Unknown operation named "B".', extensions: { code: 'OPERATION_RESOLUTION_FAILURE' } }] }]);
    const unnamed = await rawRequest(app.url, '/graphql', json(JSON.stringify({ query: 'query A { __typename } query B { __typename }' })));
    expect([unnamed.status, JSON.parse(unnamed.text).errors[0].extensions.code]).toEqual([400, 'OPERATION_RESOLUTION_FAILURE']);
  });

  it('answers an address nothing serves with 404 text/plain', async () => {
    expectText(await rawRequest(app.url, '/nothing-here'), 404, 'Not found');
  });

  it('answers an unexpected failure with 500, a request id and no detail, and logs it under that id', async () => {
    const failure = new Error('connect ECONNREFUSED at /work/secret/pool.ts:12');
    const spy = jest.spyOn(app.services.catalog, 'imageContent').mockRejectedValueOnce(failure);
    try {
      const res = await rawRequest(app.url, '/images/00000000-0000-4000-8000-000000000000', { headers: { 'x-request-id': 'proxy-id-12345678' } });
      expectText(res, 500, 'Internal error (request proxy-id-12345678)');
      expect(res.headers['x-request-id']).toBe('proxy-id-12345678');
    } finally {
      spy.mockRestore();
    }
  });
});
