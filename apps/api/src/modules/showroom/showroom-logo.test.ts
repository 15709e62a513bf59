import { startTestApp, TestApp, Credentials } from '../../../test/harness';
import { fixtures } from '../../../test/fixtures';
import { Role } from '../../access/role';

const SAVE = `mutation($input: SaveShowroomInput!) { saveShowroom(input: $input) { showroom { slug } } }`;
const LOGO_URL = `query($slug: String!) { showroom(slug: $slug) { logoUrl } }`;
// A 1x1 PNG.
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a5c70000000049454e44ae426082', 'hex');
const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>');
const HTML = Buffer.from('<!doctype html><script>alert(document.cookie)</script>');

describe('showroom logos', () => {
  let app: TestApp;
  let pm: Credentials;
  let partnerId: string;

  const save = (extra: Record<string, unknown>) =>
    app.gql(SAVE, { input: { partnerId, slug: 'logo-shop', displayName: 'Logo Shop', enabled: true, ...extra } }, pm);
  const logoUrl = async () => (await app.gql(LOGO_URL, { slug: 'logo-shop' })).data!.showroom.logoUrl as string | null;

  beforeAll(async () => {
    app = await startTestApp();
    const f = fixtures(app);
    partnerId = (await f.givenPartner()).id;
    pm = await app.signIn((await f.givenUser(Role.PARTNER_MANAGER, partnerId)).email);
    expect((await save({})).errors).toBeUndefined();
  });
  afterAll(() => app.close());

  it('refuses HTML and SVG (scripts) by their bytes, naming logoBase64', async () => {
    for (const content of [HTML, SVG]) {
      const res = await save({ logoBase64: content.toString('base64') });
      expect(res.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'logoBase64', reason: 'must be a PNG, JPEG or WebP image' });
    }
    // A client can no longer declare a type: the input has no such field, the bytes decide.
    const declared = await save({ logoBase64: HTML.toString('base64'), logoContentType: 'image/png' });
    expect([declared.status, declared.errors![0].extensions!.code]).toEqual([400, 'BAD_USER_INPUT']);
    expect(declared.errors![0].message).toMatch(/Field "logoContentType" is not defined/);
    expect(await logoUrl()).toBeNull();
    expect((await fetch(`${app.url}/showroom-logos/logo-shop`)).status).toBe(404);
  });

  it('stores a PNG with the type its bytes show and serves it as such', async () => {
    expect((await save({ logoBase64: PNG.toString('base64') })).errors).toBeUndefined();
    const url = await logoUrl();
    expect(url).toMatch(/^\/showroom-logos\/logo-shop\?v=\d+$/);
    const served = await fetch(`${app.url}${url}`);
    expect([served.status, served.headers.get('content-type'), served.headers.get('x-content-type-options')]).toEqual([200, 'image/png', 'nosniff']);
    expect(served.headers.get('content-security-policy')).toBe("default-src 'none'; style-src 'unsafe-inline'; sandbox");
    expect(Buffer.from(await served.arrayBuffer()).equals(PNG)).toBe(true);
    const [row] = await app.dataSource.query(`SELECT logo_content_type FROM showroom WHERE slug = 'logo-shop'`);
    expect(row.logo_content_type).toBe('image/png');
  });

  it('keeps the logo when saving without one, and removes it on removeLogo', async () => {
    expect((await save({ displayName: 'Logo Shop Renamed' })).errors).toBeUndefined();
    expect(await logoUrl()).not.toBeNull();
    const both = await save({ logoBase64: PNG.toString('base64'), removeLogo: true });
    expect(both.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'removeLogo', reason: 'cannot be combined with a new logo' });
    expect((await save({ removeLogo: true })).errors).toBeUndefined();
    expect(await logoUrl()).toBeNull();
    const gone = await fetch(`${app.url}/showroom-logos/logo-shop`);
    expect([gone.status, await gone.text()]).toEqual([404, 'No such logo']);
  });
});
