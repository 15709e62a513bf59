import { startTestApp, TestApp, codeOf } from '../../test/harness';
import { fixtures } from '../../test/fixtures';
import { Role } from '../access/role';

const SCHEMA = `{ __schema { queryType { name } } }`;
const TYPE = `{ __type(name: "Partner") { name } }`;
const IN_FRAGMENT = `query { ...Peek } fragment Peek on Query { __schema { types { name } } }`;

describe('introspection', () => {
  let app: TestApp;
  let f: ReturnType<typeof fixtures>;

  beforeAll(async () => {
    app = await startTestApp();
    f = fixtures(app);
  });
  afterAll(() => app.close());

  it('is refused to anonymous visitors as 401 UNAUTHENTICATED, also when hidden in a fragment', async () => {
    for (const query of [SCHEMA, TYPE, IN_FRAGMENT]) {
      const res = await app.gql(query);
      expect([res.status, codeOf(res), res.data]).toEqual([401, 'UNAUTHENTICATED', null]);
      expect(res.errors![0].message).toBe('Sign in to read the schema');
    }
  });

  it('keeps __typename and the public showroom open to anonymous visitors', async () => {
    const typename = await app.gql(`{ __typename }`);
    expect([typename.status, typename.data]).toEqual([200, { __typename: 'Query' }]);
    const showroom = await app.gql(`{ showroom { slug __typename } }`);
    expect([showroom.status, showroom.errors, showroom.data]).toEqual([200, undefined, { showroom: { slug: 'brand', __typename: 'PublicShowroom' } }]);
  });

  it('is open to signed-in users and to API tokens', async () => {
    const analyst = await app.signIn((await f.givenUser(Role.ANALYST)).email);
    const bySession = await app.gql(SCHEMA, {}, analyst);
    expect([bySession.status, bySession.data]).toEqual([200, { __schema: { queryType: { name: 'Query' } } }]);
    const created = await app.gql(`mutation { createApiToken(input: { name: "workbench" }) { token } }`, {}, analyst);
    const byToken = await app.gql(TYPE, {}, { token: created.data!.createApiToken.token });
    expect([byToken.status, byToken.data]).toEqual([200, { __type: { name: 'Partner' } }]);
  });
});
