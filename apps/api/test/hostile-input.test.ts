import fc from 'fast-check';
import { getNamedType, GraphQLField, GraphQLObjectType, GraphQLOutputType, isLeafType, isNonNullType, isObjectType } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { startTestApp, TestApp, Credentials } from './harness';
import { fixtures } from './fixtures';
import { fingerprinter } from './db-fingerprint';
import { argumentsOf, forgedCursor, literalOf, ValuePools } from './hostile-values';
import { Role } from '../src/access/role';
import { PartnerKind } from '../src/modules/partners/partner.entity';
import { buildTrellisSchema } from '../src/graphql/schema';
import { publicOperations } from '../src/access/access-decorators';
import { DATABASE_REASONS } from '../src/graphql/format-error';

/**
 * Every Query and Mutation field of the emitted schema, called by every role its access declaration
 * admits (anonymous for @Public), with arguments generated from their types: the API answers a typed
 * 4xx or data, never a 5xx or INTERNAL, never SQL or a stack, and a call that fails writes nothing.
 */
const SEED = 20261130;
// About 750 calls in all, each operation and caller reached with a fixed seed: the file stays near 40 s.
const RUNS_PER_CALLER = 3;
const RUNS_PER_OPERATION = 12;
const ALLOWED = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'CONFLICT', 'LIMIT_EXCEEDED', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST']);
const LEAK = /\b(SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM)\b|relation "|violates|syntax error at|QueryFailedError|\n\s+at |\.ts:\d+/;

const schema = buildTrellisSchema();

/** Who may call each operation, from the same declarations the access snapshot test reads. */
function accessOf(kind: 'query' | 'mutation', name: string): (Role | null)[] {
  const storage = getMetadataStorage();
  const op = (kind === 'query' ? storage.queries : storage.mutations).find((o) => o.schemaName === name)!;
  const key = `${op.target.name}.${op.methodName}`;
  if (publicOperations.has(key)) return [null];
  const roles = storage.authorizedFields.find((a) => `${a.target.name}.${a.fieldName}` === key)?.roles
    ?? storage.authorizedResolver.find((a) => a.target.name === op.target.name)?.roles ?? [];
  return (roles.length ? roles : Object.values(Role)) as Role[];
}

/** The smallest selection that still runs the type's field resolvers: leaves, and __typename below. */
function selectionOf(type: GraphQLOutputType, depth = 0): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (!isObjectType(named) || depth > 1) return '{ __typename }';
  const fields = Object.values((named as GraphQLObjectType).getFields()).filter((f) => f.args.every((a) => !isNonNullType(a.type)));
  const selected = fields.map((f) => `${f.name} ${selectionOf(f.type, depth + 1)}`);
  return `{ __typename ${selected.join(' ')} }`;
}

/** The call with its arguments as variables, or (inline) as literals in the document. */
function requestOf(kind: string, field: GraphQLField<unknown, unknown>, values: Record<string, unknown>, inline: boolean) {
  const given = field.args.filter((a) => a.name in values);
  const vars = inline ? '' : given.map((a) => `$${a.name}: ${a.type}`).join(', ');
  const args = given.map((a) => `${a.name}: ${inline ? literalOf(values[a.name], a.type) : `$${a.name}`}`).join(', ');
  const query = `${kind}${vars ? `(${vars})` : ''} { ${field.name}${args ? `(${args})` : ''} ${selectionOf(field.type)} }`;
  return { query, variables: inline ? {} : values };
}

const operations = (['query', 'mutation'] as const).flatMap((kind) => {
  const root = kind === 'query' ? schema.getQueryType()! : schema.getMutationType()!;
  return Object.values(root.getFields()).map((field) => ({ kind, field, callers: accessOf(kind, field.name) }));
});

describe('every operation, with hostile arguments from its types', () => {
  let app: TestApp;
  const as = new Map<Role | null, Credentials>();
  const pools: ValuePools = { ids: [], byName: {} };
  let print: () => Promise<Record<string, string>>;
  let current: Record<string, string>;
  let cases = 0;
  const outcomes = new Map<string, number>();
  const started = Date.now();

  beforeAll(async () => {
    app = await startTestApp({ publicRequestsPerMinute: 1_000_000, leadsPerIpPerHour: 1_000_000, applicationsPerIpPerHour: 1_000_000, loginMaxFailuresPerIp: 1_000_000 });
    const f = fixtures(app);
    const own = await f.givenPartner({ kind: PartnerKind.DISTRIBUTOR });
    const child = await f.givenPartner({ parentId: own.id });
    const foreign = await f.givenPartner();
    const [tier, territory] = [await f.givenTier(), await f.givenTerritory()];
    as.set(null, {});
    for (const role of Object.values(Role)) {
      const partnerId = role === Role.PARTNER_MANAGER || role === Role.PARTNER_EMPLOYEE ? own.id : null;
      as.set(role, await app.signIn((await f.givenUser(role, partnerId)).email));
    }
    const foreignPm = await app.signIn((await f.givenUser(Role.PARTNER_MANAGER, foreign.id)).email);
    // Users no caller signs in as: deactivating them leaves the callers signed in.
    const spare = [await f.givenUser(Role.PARTNER_EMPLOYEE, own.id), await f.givenUser(Role.PARTNER_EMPLOYEE, foreign.id), await f.givenUser(Role.ANALYST)];
    const spareOwner = await f.givenUser(Role.CHANNEL_MANAGER);
    const built = await buildThroughGraphQL(app, as.get(Role.CHANNEL_MANAGER)!, as.get(Role.PARTNER_MANAGER)!, foreignPm, own.id, foreign.id);
    // Ids by the argument names that take them, so that many calls name a row of the right kind.
    const idsByName: Record<string, string[]> = {
      partnerId: [own.id, child.id, foreign.id], parentId: [own.id, foreign.id], productId: built.productIds,
      categoryId: [built.categoryId], tierId: [tier.id], tierIds: [tier.id], territoryIds: [territory.id],
      userId: [...spare.map((u) => u.id), built.invitedUserId], ownerId: [spareOwner.id],
      imageId: [built.imageId], apiTokenId: [built.apiTokenId], id: [own.id, foreign.id, built.productIds[0], built.applicationId],
      applicationId: [built.applicationId],
    };
    pools.ids = [...new Set(Object.values(idsByName).flat()), built.leadId];
    pools.byName = plausibleValues(built, spare.map((u) => u.email));
    for (const [name, ids] of Object.entries(idsByName)) {
      // Mostly the right kind of row, sometimes any row: an id of another kind must be refused cleanly too.
      pools.byName[name] = fc.oneof({ arbitrary: fc.constantFrom(...ids), weight: 3 }, { arbitrary: fc.constantFrom(...pools.ids), weight: 1 });
    }
    print = await fingerprinter(app.dataSource);
    current = await print();
  });

  afterAll(async () => {
    const seen = [...outcomes].sort(([a], [b]) => a.localeCompare(b)).map(([k, n]) => `${k} ${n}`).join(', ');
    console.log(`hostile-input: ${cases} calls over ${operations.length} operations in ${((Date.now() - started) / 1000).toFixed(1)} s (${seen})`);
    await app?.close();
  });

  /** Background work a successful call started (a product import) must end before the next fingerprint. */
  async function settle(): Promise<void> {
    for (let i = 0; i < 100; i++) {
      const [running] = await app.dataSource.query(`SELECT count(*)::int AS n FROM product_import WHERE status = 'RUNNING'`);
      if (running.n === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  it.each(operations.map((op) => [`${op.kind} ${op.field.name}`, op] as const))('%s', async (_name, op) => {
    // One case in four writes its arguments inline; the rest send variables, as the SPA does.
    const calls = fc.tuple(argumentsOf(op.field.args, pools), fc.nat(3)).map(([values, n]) => requestOf(op.kind, op.field, values, n === 0));
    // Each operation gets about the same number of cases, shared among the roles that may call it.
    const runs = Math.max(RUNS_PER_CALLER, Math.ceil(RUNS_PER_OPERATION / op.callers.length));
    for (const [index, caller] of op.callers.entries()) {
      const credentials = as.get(caller)!;
      await fc.assert(
        fc.asyncProperty(calls, async (request) => {
          cases++;
          const res = await fetch(`${app.url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...(credentials.cookie ? { cookie: credentials.cookie } : {}) },
            body: JSON.stringify(request),
          });
          const text = await res.text();
          expect(res.status).toBeLessThan(500);
          const body = JSON.parse(text) as { errors?: { message: string; extensions?: Record<string, unknown> }[] };
          for (const error of body.errors ?? []) {
            expect(ALLOWED.has(String(error.extensions?.code)) ? 'allowed' : error).toBe('allowed');
            expect(LEAK.test(error.message) ? error.message : 'clean').toBe('clean');
            expect(error.extensions?.stacktrace).toBeUndefined();
            // PostgreSQL's refusal is only the safety net: a bad value that reaches it is a missing validator.
            expect(DATABASE_REASONS.has(String(error.extensions?.reason)) ? error : 'validated').toBe('validated');
          }
          const outcome = body.errors ? String(body.errors[0].extensions?.code) : 'data';
          outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
          if (!body.errors) await settle();
          const after = await print();
          if (body.errors) expect(after).toEqual(current);
          current = after;
        }),
        { numRuns: runs, seed: SEED + index + op.field.name.length * 31, endOnFailure: true },
      );
    }
  });
});

interface Built {
  categoryId: string;
  productIds: string[];
  imageId: string;
  leadId: string;
  apiTokenId: string;
  invitedUserId: string;
  slugs: string[];
  skus: string[];
  invitationToken: string;
  applicationId: string;
  productCsv: string;
  offerCsv: string;
}

/** The rows the calls point at, made as users make them: through GraphQL. */
async function buildThroughGraphQL(app: TestApp, cm: Credentials, pm: Credentials, foreignPm: Credentials, ownId: string, foreignId: string): Promise<Built> {
  const call = async (query: string, variables: Record<string, unknown>, who: Credentials) => {
    const result = await app.gql(query, variables, who);
    if (result.errors) throw new Error(`${query}: ${JSON.stringify(result.errors)}`);
    return result.data!;
  };
  const category = (await call(`mutation($input: CategoryInput!) { createCategory(input: $input) { category { id } } }`, { input: { code: 'HOSTILE', name: 'Hostile' } }, cm)).createCategory.category.id;
  const product = async (sku: string) =>
    (await call(`mutation($input: ProductInput!) { createProduct(input: $input) { product { id } } }`, {
      input: { sku, name: `Product ${sku}`, categoryId: category, listPrice: { amount: '100.00', currency: 'EUR' }, attributes: [{ key: 'Voltage', value: '18 V' }] },
    }, cm)).createProduct.product.id;
  const [p1, p2] = [await product('HOST-1'), await product('HOST-2')];
  const image = (await call(`mutation($input: AddProductImageInput!) { addProductImage(input: $input) { image { id } } }`, { input: { productId: p1, url: 'https://img.example/1.png' } }, cm)).addProductImage.image.id;
  for (const [who, partnerId, productId, slug] of [[pm, ownId, p1, 'hostile-own'], [foreignPm, foreignId, p2, 'hostile-foreign']] as const) {
    await call(`mutation($input: SaveOfferInput!) { saveOffer(input: $input) { offer { productId } } }`, { input: { partnerId, productId, price: { amount: '90.00', currency: 'EUR' }, stock: 3, deliveryDays: 2 } }, who);
    await call(`mutation($input: SaveShowroomInput!) { saveShowroom(input: $input) { showroom { slug } } }`, { input: { partnerId, slug, displayName: `Showroom ${slug}`, enabled: true } }, who);
  }
  const lead = (await call(`mutation($input: SubmitShowroomLeadInput!) { submitShowroomLead(input: $input) { leadId } }`, {
    input: { slug: 'hostile-own', name: 'Jan Kowalski', email: 'jan@example.com', consent: true, consentText: 'I agree to be contacted.', items: [{ productId: p1, quantity: '2' }] },
  }, {})).submitShowroomLead.leadId;
  const token = (await call(`mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { apiToken { id } } }`, { input: { name: 'CI' } }, pm)).createApiToken.apiToken.id;
  const invited = (await call(`mutation($input: InvitePartnerUserInput!) { invitePartnerUser(input: $input) { user { id } invitationUrl } }`, {
    input: { partnerId: ownId, email: 'invitee@example.com', displayName: 'Invitee', role: 'PARTNER_EMPLOYEE' },
  }, pm)).invitePartnerUser;
  const applied = (await call(`mutation($input: ApplyForPartnershipInput!) { applyForPartnership(input: $input) { reference } }`, { input: {
    companyName: 'Hostile Applicant', kind: 'DEALER', country: 'PL', city: 'Kraków', taxId: 'PL 525-252-52-52', contactName: 'Ann Applicant',
    contactEmail: 'ann@hostile-applicant.example', consent: true, consentText: 'I agree to the processing of my data.' } }, {})).applyForPartnership.reference;
  const [{ id: applicationId }] = await app.dataSource.query(`SELECT id FROM partner_application WHERE number = $1`, [applied]);
  return {
    categoryId: category, productIds: [p1, p2], applicationId, imageId: image, leadId: lead, apiTokenId: token, invitedUserId: invited.user.id,
    slugs: ['hostile-own', 'hostile-foreign', 'brand'],
    skus: ['HOST-1', 'HOST-2'],
    invitationToken: invited.invitationUrl.split('/').at(-1),
    productCsv: 'sku,name,description,unit,list_price,currency,category_code,active,attributes,image_url\nHOST-3,Saw,,PCE,10.00,EUR,HOSTILE,true,,\n',
    offerCsv: 'sku,price,currency,stock,delivery_days,partner_sku,offered\nHOST-1,80.00,EUR,1,1,,true\n',
  };
}

/** Plausible values by field name, so that many calls pass validation and reach the database. */
function plausibleValues(built: Built, spareEmails: string[]): Record<string, fc.Arbitrary<unknown>> {
  const code = fc.stringMatching(/^[A-Z][A-Z0-9]{2,7}$/);
  const amount = fc.oneof(fc.constantFrom('0', '0.01', '100.00', '9999999999999.99'), fc.integer({ min: 0, max: 1_000_000 }).map((n) => (n / 100).toFixed(2)));
  return {
    email: fc.oneof(fc.constantFrom(...spareEmails, 'new@example.com'), fc.emailAddress()),
    password: fc.constantFrom('wrong-password', 'a-new-password-1'),
    currentPassword: fc.constant('wrong-password'),
    newPassword: fc.constantFrom('a-new-password-1', 'short'),
    token: fc.constantFrom(built.invitationToken, 'x'.repeat(40)),
    slug: fc.oneof({ arbitrary: fc.constantFrom(...built.slugs), weight: 4 }, { arbitrary: fc.stringMatching(/^[a-z][a-z0-9-]{2,12}$/), weight: 1 }),
    sku: fc.oneof(fc.constantFrom(...built.skus), fc.stringMatching(/^[A-Z0-9-]{3,12}$/)),
    code, country: fc.constantFrom('PL', 'DE', 'CZ', 'XX'), countries: fc.constantFrom('PL', 'DE'),
    currency: fc.constantFrom('EUR', 'PLN', 'XYZ'), amount, minPrice: amount, maxPrice: amount,
    quantity: fc.oneof(fc.constantFrom('1', '2.5', '0', '0.000', '999999999.999'), fc.double({ min: 0, max: 1e6, noNaN: true })),
    consentText: fc.constant('I agree to be contacted about this request.'),
    consent: fc.oneof({ arbitrary: fc.constant(true), weight: 4 }, { arbitrary: fc.constant(false), weight: 1 }),
    hookUrl: fc.constantFrom('https://shop.example/hook', 'http://127.0.0.1:1/h'),
    url: fc.constantFrom('https://img.example/2.png', 'ftp://x'),
    website: fc.constantFrom('https://partner.example'),
    accentColor: fc.constantFrom('#1c7ed6', '#ABCDEF'), unit: fc.constantFrom('PCE', 'KG'),
    contentType: fc.constantFrom('image/png', 'image/gif'), logoContentType: fc.constantFrom('image/svg+xml', 'image/png'),
    base64: fc.constant('iVBORw0KGgo='), logoBase64: fc.constant('PHN2Zy8+'),
    csv: fc.constantFrom(built.productCsv, built.offerCsv, 'sku\n\u00a0'),
    phone: fc.constantFrom('+48 600 100 200'), postalCode: fc.constantFrom('30-001'),
    latitude: fc.double({ min: -90, max: 90, noNaN: true }), longitude: fc.double({ min: -180, max: 180, noNaN: true }),
    first: fc.integer({ min: 1, max: 100 }), radiusKm: fc.integer({ min: 1, max: 500 }), limit: fc.integer({ min: 1, max: 50 }),
    after: fc.oneof(fc.constant(null), forgedCursor), step: fc.constantFrom('TRAINING', 'SHOWROOM', 'NOPE'),
    taxId: fc.constantFrom('PL 525-252-52-52', 'DE123456789', '12'), contactEmail: fc.oneof(fc.constant('applicant@example.com'), fc.emailAddress()), text: fc.constantFrom('Kraków', '30'), query: fc.constantFrom('product', 'drill'),
  };
}
