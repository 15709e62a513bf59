import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { startTestApp, TestApp } from './harness';
import { fixtures } from './fixtures';
import { Role } from '../src/access/role';
import { loadConfig, ConfigError } from '../src/config';
import { rawRequest } from './raw-http';

const SPA_CSP =
  "default-src 'self';script-src 'self';style-src 'self' 'unsafe-inline';img-src 'self' data: blob: https:;font-src 'self' data:;connect-src 'self';object-src 'none';base-uri 'none'";
const MAIN_JS = `export const catalog = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => ({ sku: `SKU-${i}`, name: `Cordless drill ${i}` })))};\n`;
const LAZY_JS = `export const lazy = ${JSON.stringify(Array.from({ length: 200 }, (_, i) => `partner portal text ${i}`))};\n`;

/** A built SPA as apps/web's build leaves it: hashed assets with .br and .gz beside them (see precompress.ts). */
function givenWebDist(): string {
  const dist = mkdtempSync(path.join(tmpdir(), 'trellis-web-'));
  mkdirSync(path.join(dist, 'assets'));
  writeFileSync(path.join(dist, 'index.html'), `<!doctype html><html><head><script type="module" src="/assets/index-AbC123.js"></script></head><body><div id="root"></div></body></html>`);
  writeFileSync(path.join(dist, 'assets/index-AbC123.js'), MAIN_JS);
  writeFileSync(path.join(dist, 'assets/index-AbC123.js.br'), brotliCompressSync(MAIN_JS));
  writeFileSync(path.join(dist, 'assets/index-AbC123.js.gz'), gzipSync(MAIN_JS));
  writeFileSync(path.join(dist, 'assets/Lazy-XyZ789.js'), LAZY_JS);
  writeFileSync(path.join(dist, 'assets/index-AbC123.js.map'), '{"sources":["src/main.tsx"]}');
  return dist;
}

describe("the SPA's page in the visitor's language", () => {
  let app: TestApp;
  let dist: string;
  beforeAll(async () => {
    dist = givenWebDist();
    writeFileSync(path.join(dist, 'index.html'),
      `<!doctype html>\n<html lang="en">\n  <head>\n    <title>T</title>\n    <script type="module" crossorigin src="/assets/index-AbC123.js"></script>\n  </head>\n  <body></body>\n</html>\n`);
    mkdirSync(path.join(dist, '.vite'));
    writeFileSync(path.join(dist, '.vite/manifest.json'), JSON.stringify({
      'src/i18n/en.ts': { file: 'assets/en-E1.js', src: 'src/i18n/en.ts', isDynamicEntry: true },
      'src/i18n/pl.ts': { file: 'assets/pl-P1.js', src: 'src/i18n/pl.ts', isDynamicEntry: true },
      'src/showroom/early.ts': { file: 'assets/early-Q1.js', src: 'src/showroom/early.ts', isEntry: true, imports: ['_queries-Q2.js'] },
      '_queries-Q2.js': { file: 'assets/queries-Q2.js' },
    }));
    app = await startTestApp({ webDist: dist });
  });
  afterAll(async () => {
    await app.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it("preloads the texts of the visitor's chosen language, else of the first language of Accept-Language the UI speaks, else English", async () => {
    const page = async (headers: Record<string, string>) => {
      const res = await rawRequest(app.url, '/s/baltic', { headers });
      const html = res.body.toString();
      return [String(res.headers.vary).replace(', Accept-Encoding', ''), /<html lang="(\w+)">/.exec(html)?.[1], /rel="modulepreload" crossorigin href="(\/assets\/(?:en|pl)-[^"]+)"/.exec(html)?.[1]];
    };
    expect(await page({})).toEqual(['Accept-Language, Cookie', 'en', '/assets/en-E1.js']);
    expect(await page({ 'accept-language': 'pl-PL,pl;q=0.9,en;q=0.8' })).toEqual(['Accept-Language, Cookie', 'pl', '/assets/pl-P1.js']);
    expect(await page({ 'accept-language': 'de-DE,de;q=0.9' })).toEqual(['Accept-Language, Cookie', 'en', '/assets/en-E1.js']);
    expect(await page({ 'accept-language': 'de, en;q=0.5, pl;q=0.7' })).toEqual(['Accept-Language, Cookie', 'pl', '/assets/pl-P1.js']);
    // The visitor's own choice wins over the browser's; a cookie naming no language of the UI is ignored.
    expect(await page({ 'accept-language': 'pl', cookie: 'a=1; trellis_language=en' })).toEqual(['Accept-Language, Cookie', 'en', '/assets/en-E1.js']);
    expect(await page({ 'accept-language': 'pl', cookie: 'trellis_language=xx' })).toEqual(['Accept-Language, Cookie', 'pl', '/assets/pl-P1.js']);
  });
  it("loads the early entry (the first data's requests) before the app on a showroom's pages, and on no other page", async () => {
    const scripts = async (route: string) => {
      const html = (await rawRequest(app.url, route, {})).body.toString();
      return [...html.matchAll(/<(script|link)[^>]*(?:src|href)="([^"]+)"/g)].map((m) => `${m[1]} ${m[2]}`);
    };
    const withEarly = ['script /assets/early-Q1.js', 'link /assets/queries-Q2.js', 'script /assets/index-AbC123.js', 'link /assets/en-E1.js'];
    for (const route of ['/', '/s/baltic', '/s/baltic/p/DR-18', '/s/baltic/basket']) expect([route, await scripts(route)]).toEqual([route, withEarly]);
    for (const route of ['/signin', '/channel', '/partner/leads', '/order-status', '/become-a-partner']) {
      expect([route, await scripts(route)]).toEqual([route, ['script /assets/index-AbC123.js', 'link /assets/en-E1.js']]);
    }
    // It is an async module script, fetched with the app's own crossorigin mode.
    const html = (await rawRequest(app.url, '/s/baltic', {})).body.toString();
    expect(html).toContain('<script type="module" async crossorigin src="/assets/early-Q1.js"></script>');
  });
});

describe('security headers, compression and caching', () => {
  let app: TestApp;
  let dist: string;

  beforeAll(async () => {
    dist = givenWebDist();
    app = await startTestApp({ webDist: dist, showroomFrameAncestors: ['https://shop.example', 'https://*.procure.example'] });
  });
  afterAll(async () => {
    await app.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('sends the SPA a CSP without inline scripts, refuses framing and referrers, and forbids sniffing', async () => {
    for (const route of ['/', '/partner/showroom', '/invitation/abc', '/graphql?query=%7B__typename%7D']) {
      const res = await rawRequest(app.url, route, { headers: { 'apollo-require-preflight': 'true' } });
      expect([route, res.status]).toEqual([route, 200]);
      expect(res.headers['content-security-policy']).toBe(`${SPA_CSP};form-action 'self';frame-ancestors 'none'`);
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['cross-origin-opener-policy']).toBe('same-origin');
      // Plain http: an HSTS header there would only mislead.
      expect(res.headers['strict-transport-security']).toBeUndefined();
    }
  });

  it('lets the configured shops frame showroom pages and the basket post to any http(s) HOOK_URL', async () => {
    for (const route of ['/s/acme', '/s/acme/p/D-1?HOOK_URL=https%3A%2F%2Fshop.example%2Fhook']) {
      const res = await rawRequest(app.url, route);
      expect(res.status).toBe(200);
      expect(res.headers['content-security-policy']).toBe(`${SPA_CSP};form-action 'self' http: https:;frame-ancestors https://shop.example https://*.procure.example`);
      expect([res.headers['x-frame-options'], res.headers['cross-origin-opener-policy']]).toEqual([undefined, undefined]);
      expect(res.headers['referrer-policy']).toBe('no-referrer');
    }
  });

  it("keeps the OCI answers' own stricter policy: helmet runs first, the route's header wins", async () => {
    const partner = await fixtures(app).givenPartner();
    await app.dataSource.query(`INSERT INTO showroom (partner_id, slug, display_name, enabled) VALUES ($1, 'framed', 'Framed', true)`, [partner.id]);
    const res = await rawRequest(app.url, '/s/framed?FUNCTION=BACKGROUND_SEARCH&SEARCHSTRING=drill&HOOK_URL=https%3A%2F%2Fshop.example%2Fhook');
    expect([res.status, res.headers['content-type']]).toEqual([200, 'text/html; charset=utf-8']);
    expect(res.headers['content-security-policy']).toBe("default-src 'none'; form-action https://shop.example; base-uri 'none'");
    expect([res.headers['referrer-policy'], res.headers['x-content-type-options']]).toEqual(['no-referrer', 'nosniff']);
  });

  it('serves hashed assets precompressed (br, then gzip) and cached for a year, index.html never cached', async () => {
    const br = await rawRequest(app.url, '/assets/index-AbC123.js', { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect([br.status, br.headers['content-encoding'], br.headers['cache-control'], br.headers.vary]).toEqual([200, 'br', 'public, max-age=31536000, immutable', 'Accept-Encoding']);
    expect(br.headers['content-type']).toBe('text/javascript; charset=UTF-8');
    expect(brotliDecompressSync(br.body).toString()).toBe(MAIN_JS);
    const gz = await rawRequest(app.url, '/assets/index-AbC123.js', { headers: { 'accept-encoding': 'gzip' } });
    expect([gz.headers['content-encoding'], gunzipSync(gz.body).toString()]).toEqual(['gzip', MAIN_JS]);
    const plain = await rawRequest(app.url, '/assets/index-AbC123.js');
    expect([plain.headers['content-encoding'], plain.text]).toEqual([undefined, MAIN_JS]);
    // An asset the build left uncompressed is compressed on the way out.
    const lazy = await rawRequest(app.url, '/assets/Lazy-XyZ789.js', { headers: { 'accept-encoding': 'br' } });
    expect([lazy.headers['content-encoding'], brotliDecompressSync(lazy.body).toString()]).toEqual(['br', LAZY_JS]);
    const index = await rawRequest(app.url, '/partner/offers', { headers: { 'accept-encoding': 'br' } });
    expect([index.status, index.headers['cache-control'], index.headers['content-type']]).toEqual([200, 'no-cache', 'text/html; charset=utf-8']);
  });

  it('serves no source maps, and no HTML in place of a missing asset', async () => {
    const map = await rawRequest(app.url, '/assets/index-AbC123.js.map');
    expect([map.status, map.text]).toEqual([404, 'Not found']);
    const missing = await rawRequest(app.url, '/assets/index-OldHash.js');
    expect([missing.status, missing.headers['content-type'], missing.text]).toEqual([404, 'text/plain; charset=utf-8', 'Not Found']);
  });

  it('compresses GraphQL responses with brotli or gzip', async () => {
    const creds = await app.signIn((await fixtures(app).givenUser(Role.ANALYST)).email);
    const body = JSON.stringify({ query: '{ __schema { types { name description } } }' });
    const ask = (encoding: string) => rawRequest(app.url, '/graphql', { method: 'POST', headers: { 'content-type': 'application/json', cookie: creds.cookie!, 'accept-encoding': encoding }, body });
    const [br, gz] = [await ask('br, gzip'), await ask('gzip')];
    expect([br.status, br.headers['content-encoding'], gz.headers['content-encoding']]).toEqual([200, 'br', 'gzip']);
    const schema = JSON.parse(brotliDecompressSync(br.body).toString());
    expect(schema.data.__schema.types.length).toBeGreaterThan(50);
    expect(gunzipSync(gz.body).toString()).toBe(brotliDecompressSync(br.body).toString());
    expect(br.body.length).toBeLessThan(Buffer.byteLength(JSON.stringify(schema)) / 3);
  });
});

describe('SHOWROOM_FRAME_ANCESTORS', () => {
  it('defaults to any site (OCI shops are not known in advance) and accepts self, none or origins', () => {
    expect(loadConfig({}).showroomFrameAncestors).toEqual(['*']);
    expect(loadConfig({ SHOWROOM_FRAME_ANCESTORS: 'none' }).showroomFrameAncestors).toEqual(["'none'"]);
    expect(loadConfig({ SHOWROOM_FRAME_ANCESTORS: "'self' https://shop.example, https://*.sap.example:8443" }).showroomFrameAncestors).toEqual(["'self'", 'https://shop.example', 'https://*.sap.example:8443']);
  });

  it('refuses anything a browser would misread', () => {
    for (const bad of ['javascript:alert(1)', "https://shop.example; script-src 'unsafe-inline'", 'none https://shop.example', 'shop.example']) {
      expect(() => loadConfig({ SHOWROOM_FRAME_ANCESTORS: bad })).toThrow(ConfigError);
    }
  });
});
