import { startTestApp, TestApp, Credentials } from './harness';
import { fixtures } from './fixtures';
import { Role } from '../src/access/role';
import { encodeCursor } from '../src/domain/connection';

/** Each class of bad input found by an outside tester, one example each: a typed 4xx, never INTERNAL. */
describe('bad input', () => {
  let app: TestApp;
  let cm: Credentials;
  let pm: Credentials;
  let productId: string;

  const post = (body: string) => fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

  beforeAll(async () => {
    app = await startTestApp();
    const f = fixtures(app);
    const partner = await f.givenPartner();
    cm = await app.signIn((await f.givenUser(Role.CHANNEL_MANAGER)).email);
    pm = await app.signIn((await f.givenUser(Role.PARTNER_MANAGER, partner.id)).email);
    const product = await app.gql(`mutation($input: ProductInput!) { createProduct(input: $input) { product { id } } }`, {
      input: { sku: 'BI-1', name: 'Drill', listPrice: { amount: '10.00', currency: 'EUR' } },
    }, cm);
    productId = product.data!.createProduct.product.id;
    const offer = await app.gql(`mutation($input: SaveOfferInput!) { saveOffer(input: $input) { offer { productId } } }`, {
      input: { partnerId: partner.id, productId, price: { amount: '9.00', currency: 'EUR' }, stock: 5, deliveryDays: 2 },
    }, pm);
    const showroom = await app.gql(`mutation($input: SaveShowroomInput!) { saveShowroom(input: $input) { showroom { slug } } }`, {
      input: { partnerId: partner.id, slug: 'bad-input', displayName: 'Bad Input', enabled: true },
    }, pm);
    expect([offer.errors, showroom.errors]).toEqual([undefined, undefined]);
  });
  afterAll(() => app.close());

  it('answers a syntax error and a document over the token limit with 400 GRAPHQL_PARSE_FAILED', async () => {
    for (const query of ['{ viewer { id }', `{ ${'viewer { id } '.repeat(1500)} }`]) {
      const res = await post(JSON.stringify({ query }));
      const body = await res.json();
      expect([res.status, body.errors[0].extensions.code]).toEqual([400, 'GRAPHQL_PARSE_FAILED']);
    }
  });

  it('answers thousands of nested selections or list literals with a 400, not a stack overflow', async () => {
    const cases: [string, string][] = [
      [`{ ${'viewer { '.repeat(5000)}id${' }'.repeat(5000)} }`, 'GRAPHQL_PARSE_FAILED'],
      [`{ ${'viewer { '.repeat(1300)}id${' }'.repeat(1300)} }`, 'GRAPHQL_VALIDATION_FAILED'],
      [`{ places(text: ${'['.repeat(1900)}"x"${']'.repeat(1900)}) { name } }`, 'GRAPHQL_VALIDATION_FAILED'],
    ];
    for (const [query, code] of cases) {
      const res = await post(JSON.stringify({ query }));
      const body = await res.json();
      expect([res.status, body.errors[0].extensions.code]).toEqual([400, code]);
    }
    const deepVariable = await post(`{"query":"query($t: String!) { places(text: $t) { name } }","variables":{"t":${'['.repeat(50000)}${']'.repeat(50000)}}}`);
    expect([deepVariable.status, (await deepVariable.json()).errors[0].extensions.code]).toEqual([400, 'BAD_USER_INPUT']);
  });

  it('rejects NUL and lone surrogates in variables and in literals, naming the argument, for any operation', async () => {
    const inVariable = await app.gql(`query($text: String!) { places(text: $text) { name } }`, { text: 'Kra\u0000ków' });
    expect([inVariable.status, inVariable.errors![0].extensions]).toEqual([400, { code: 'BAD_USER_INPUT', field: '$text', reason: 'must not contain NUL characters' }]);
    const inLiteral = await app.gql(`{ places(text: "Kra\\u0000ków") { name } }`);
    expect(inLiteral.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'places.text', reason: 'must not contain NUL characters' });
    const email = await app.gql(`mutation($input: SignInInput!) { signIn(input: $input) { user { id } } }`, { input: { email: 'a\ud800@b.example', password: 'x' } });
    expect(email.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: '$input.email', reason: 'must be valid Unicode (it contains a lone surrogate)' });
    const control = await app.gql(`{ showroom(slug: "a\\u0007b") { slug } }`);
    expect(control.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'showroom.slug' });
  });

  it('rejects a well-formed cursor holding a value of the wrong type as BAD_USER_INPUT', async () => {
    const LEADS = `query($after: String) { leads(first: 5, after: $after) { totalCount } }`;
    const uuid = '00000000-0000-4000-8000-000000000000';
    for (const key of [['yesterday', uuid], [12, uuid], ['2026-13-45T00:00:00Z', uuid]]) {
      expect((await app.gql(LEADS, { after: encodeCursor(key) }, pm)).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    }
    const PARTNERS = `query($after: String) { partners(first: 5, after: $after) { totalCount } }`;
    expect((await app.gql(PARTNERS, { after: encodeCursor(['a\u0000', uuid]) }, cm)).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    const SEARCH = `query($after: String, $sort: ShowroomSort) { showroomSearch(slug: "bad-input", sort: $sort, after: $after) { totalCount } }`;
    for (const [sort, key] of [['PRICE_ASC', 1.5], ['PRICE_DESC', 1e300], ['NAME', 12]] as const) {
      expect((await app.gql(SEARCH, { sort, after: encodeCursor([key, uuid]) })).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    }
  });

  it('refuses what a database constraint would refuse before writing: a lead item of quantity 0', async () => {
    const res = await app.gql(`mutation($input: SubmitShowroomLeadInput!) { submitShowroomLead(input: $input) { leadId } }`, {
      input: { slug: 'bad-input', name: 'Jan', email: 'jan@example.com', consent: true, consentText: 'I agree to be contacted.', items: [{ productId, quantity: '0.000' }] },
    });
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'items.0.quantity' });
    const negative = await app.gql(`{ recentPartnerChanges(first: -1) { id } }`, {}, cm);
    expect(negative.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('refuses a whitespace-only name, and stores names trimmed', async () => {
    const CREATE = `mutation($input: CategoryInput!) { createCategory(input: $input) { category { name } } }`;
    const blank = await app.gql(CREATE, { input: { code: 'BLANK', name: '   \t ' } }, cm);
    expect(blank.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    const padded = await app.gql(CREATE, { input: { code: 'PADDED', name: '  Saws  ' } }, cm);
    expect(padded.data!.createCategory.category.name).toBe('Saws');
  });
});
