import { startTestApp, TestApp, Credentials, codeOf } from '../../../test/harness';
import { fixtures } from '../../../test/fixtures';
import { countUpdates } from '../../../test/write-counter';
import { Role } from '../../access/role';
import { PartnerStatus } from './partner.entity';

const CREATE = `mutation($input: CreatePartnerInput!) { createPartner(input: $input) { partner { id taxId } } }`;
const UPDATE = `mutation($input: UpdatePartnerProfileInput!) { updatePartnerProfile(input: $input) { partner { id taxId } } }`;
const READ = `query($id: ID!) { partner(id: $id) { id taxId } }`;

/*
 * A partner's tax id: written by brand staff on create or in the profile, stored as applications compare
 * it (letters and digits, upper case), read by whoever may read the partner.
 */
describe('partner tax id', () => {
  let app: TestApp;
  let f: ReturnType<typeof fixtures>;
  let cm: Credentials;
  let updatesOf: Awaited<ReturnType<typeof countUpdates>>;

  beforeAll(async () => {
    app = await startTestApp();
    f = fixtures(app);
    cm = await app.signIn((await f.givenUser(Role.CHANNEL_MANAGER)).email);
    updatesOf = await countUpdates(app, { partner: 'id' });
  });
  afterAll(() => app.close());

  const stored = async (id: string) => (await app.dataSource.query(`SELECT tax_id FROM partner WHERE id = $1`, [id]))[0].tax_id as string | null;
  const profileHistory = async (id: string) =>
    (await app.dataSource.query(`SELECT summary FROM partner_change WHERE partner_id = $1 AND kind = 'PROFILE' ORDER BY at, id`, [id]))
      .map((r: { summary: string }) => r.summary) as string[];

  it('is stored as compared when a partner is created; a blank one is none', async () => {
    const written = await app.gql(CREATE, { input: { code: 'TAX-1', name: 'Tax One', kind: 'RESELLER', city: 'Kraków', country: 'PL', taxId: ' pl 779-23-08/495 ' } }, cm);
    expect(written.errors).toBeUndefined();
    expect(written.data!.createPartner.partner.taxId).toBe('PL7792308495');
    expect(await stored(written.data!.createPartner.partner.id)).toBe('PL7792308495');
    const blank = await app.gql(CREATE, { input: { code: 'TAX-2', name: 'Tax Two', kind: 'RESELLER', city: 'Kraków', country: 'PL', taxId: '   ' } }, cm);
    expect(blank.data!.createPartner.partner.taxId).toBeNull();
  });

  it('refuses a malformed tax id naming the field, and creates nothing', async () => {
    const before = await app.dataSource.query(`SELECT count(*)::int AS n FROM partner`);
    const short = await app.gql(CREATE, { input: { code: 'TAX-3', name: 'Tax Three', kind: 'DEALER', city: 'Brno', country: 'CZ', taxId: 'CZ-1' } }, cm);
    expect(short.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'taxId', reason: 'must have 4 to 20 letters and digits' });
    const symbols = await app.gql(CREATE, { input: { code: 'TAX-3', name: 'Tax Three', kind: 'DEALER', city: 'Brno', country: 'CZ', taxId: 'CZ#12345678' } }, cm);
    expect(symbols.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'taxId' });
    const long = await app.gql(CREATE, { input: { code: 'TAX-3', name: 'Tax Three', kind: 'DEALER', city: 'Brno', country: 'CZ', taxId: '1'.repeat(41) } }, cm);
    expect(codeOf(long)).toBe('BAD_USER_INPUT');
    expect(long.errors![0].extensions!.fields.map((e: { field: string }) => e.field)).toEqual(['taxId']);
    expect(await app.dataSource.query(`SELECT count(*)::int AS n FROM partner`)).toEqual(before);
  });

  it('is changed in the profile once: the same number written otherwise writes nothing; null clears it', async () => {
    const partner = await f.givenPartner();
    const set = await app.gql(UPDATE, { input: { partnerId: partner.id, taxId: 'DE 123 456 789' } }, cm);
    expect(set.data!.updatePartnerProfile.partner).toEqual({ id: partner.id, taxId: 'DE123456789' });
    expect(await profileHistory(partner.id)).toEqual(['changed taxId']);

    const writes = await updatesOf('partner', partner.id);
    const same = await app.gql(UPDATE, { input: { partnerId: partner.id, taxId: 'de-123-456-789' } }, cm);
    expect(same.data!.updatePartnerProfile.partner).toEqual({ id: partner.id, taxId: 'DE123456789' });
    expect([await updatesOf('partner', partner.id), await profileHistory(partner.id)]).toEqual([writes, ['changed taxId']]);

    const bad = await app.gql(UPDATE, { input: { partnerId: partner.id, taxId: 'X1' } }, cm);
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'taxId' });
    expect(await stored(partner.id)).toBe('DE123456789');

    const cleared = await app.gql(UPDATE, { input: { partnerId: partner.id, taxId: null } }, cm);
    expect(cleared.data!.updatePartnerProfile.partner).toEqual({ id: partner.id, taxId: null });
    expect(await profileHistory(partner.id)).toEqual(['changed taxId', 'changed taxId']);
    // Leaving it out keeps it as it is.
    await app.gql(UPDATE, { input: { partnerId: partner.id, taxId: 'DE123456789' } }, cm);
    await app.gql(UPDATE, { input: { partnerId: partner.id, city: 'Köln' } }, cm);
    expect(await stored(partner.id)).toBe('DE123456789');
  });

  it("is read by the partner's own people, and by no other partner's", async () => {
    const own = await f.givenPartner({ status: PartnerStatus.ACTIVE });
    const other = await f.givenPartner({ status: PartnerStatus.ACTIVE });
    await app.gql(UPDATE, { input: { partnerId: own.id, taxId: 'PL1234567890' } }, cm);
    const manager = await app.signIn((await f.givenUser(Role.PARTNER_MANAGER, own.id)).email);
    const stranger = await app.signIn((await f.givenUser(Role.PARTNER_MANAGER, other.id)).email);
    expect((await app.gql(READ, { id: own.id }, manager)).data!.partner).toEqual({ id: own.id, taxId: 'PL1234567890' });
    const foreign = await app.gql(READ, { id: own.id }, stranger);
    expect([codeOf(foreign), foreign.data]).toEqual(['NOT_FOUND', null]);
    // Partner users do not write profiles, their own included.
    const written = await app.gql(UPDATE, { input: { partnerId: own.id, taxId: 'PL0000000000' } }, manager);
    expect(codeOf(written)).toBe('FORBIDDEN');
    expect(await stored(own.id)).toBe('PL1234567890');
  });
});
