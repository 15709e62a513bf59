import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import express from 'express';
import { graphql } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import { startTestApp, TestApp } from '../../../test/harness';
import { fixtures } from '../../../test/fixtures';
import { PartnerStatus } from '../partners/partner.entity';
import { authChecker } from '../../access/access-decorators';
import { ShowroomService } from './showroom.service';
import { OciCatalog } from './oci-lines';
import { ociRouter } from './oci.routes';
import { OciResolver } from './oci.resolver';

interface Received {
  url: string;
  contentType: string | undefined;
  fields: [string, string][];
}

const listen = (server: Server): Promise<string> =>
  new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"' };
const decode = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (_, ref: string) =>
    ref[0] !== '#' ? ENTITIES[ref] : String.fromCodePoint(ref[1] === 'x' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1))));

/** The form of an OCI page as a browser sees it: double-quoted attributes, entities decoded. */
function readForm(html: string) {
  const form = /<form id="oci" method="post" action="([^"]*)" target="([^"]*)"/.exec(html);
  if (!form) throw new Error(`no OCI form in ${html}`);
  const fields = [...html.matchAll(/<input type="hidden" name="([^"]*)" value="([^"]*)">/g)].map((m) => [decode(m[1]), decode(m[2])] as [string, string]);
  return { action: decode(form[1]), target: decode(form[2]), fields, nonce: /<script nonce="([^"]*)">/.exec(html)?.[1] ?? null };
}

describe('OCI on a showroom address', () => {
  let app: TestApp;
  let web: Server;
  let shop: Server;
  let base: string;
  let hook: string;
  const received: Received[] = [];
  const ids: Record<string, string> = {};
  let catalog: OciCatalog;
  let showrooms: ShowroomService;

  const get = (path: string, query: Record<string, string>) => fetch(`${base}${path}?${new URLSearchParams(query)}`, { redirect: 'manual' });

  /** Posts the page's form to its action as a browser does: fields in order, line breaks as CRLF, urlencoded. */
  async function submitAsBrowser(html: string): Promise<Received> {
    const form = readForm(html);
    const crlf = (text: string) => text.replace(/\r\n|\r|\n/g, '\r\n');
    const body = new URLSearchParams(form.fields.map(([name, value]) => [crlf(name), crlf(value)]));
    await fetch(form.action, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: body.toString() });
    return received.pop()!;
  }

  /** The drill's fields; its name is longer than OCI's 40 characters, so the long text starts with the whole of it (then `description`, its line breaks as `newline`). */
  const drillFields = (quantity: string, description: string, newline = '\n'): [string, string][] => [
    ['NEW_ITEM-DESCRIPTION[1]', 'Akku-Bohrschrauber Größe M "Pro" <18V> &'], ['NEW_ITEM-MATNR[1]', 'DRL-100'],
    ['NEW_ITEM-QUANTITY[1]', quantity], ['NEW_ITEM-UNIT[1]', 'PCE'], ['NEW_ITEM-PRICE[1]', '1249.50'], ['NEW_ITEM-PRICEUNIT[1]', '1'],
    ['NEW_ITEM-CURRENCY[1]', 'EUR'], ['NEW_ITEM-LEADTIME[1]', '3'], ['NEW_ITEM-VENDOR[1]', ids.acmeCode], ['NEW_ITEM-VENDORMAT[1]', 'ACME-77'],
    // The partner has none on hand: the showroom says so, and so does the transfer.
    ['NEW_ITEM-MATGROUP[1]', 'TOOLS'], ['NEW_ITEM-CUST_FIELD1[1]', 'NO_STOCK'],
    ['NEW_ITEM-LONGTEXT_1:132[]', `Akku-Bohrschrauber Größe M "Pro" <18V> & Koffer${newline}${description}`], ['NEW_ITEM-EXT_PRODUCT_ID[1]', ids.drill],
  ];

  beforeAll(async () => {
    app = await startTestApp();
    const f = fixtures(app);
    const [acme, closed, suspended] = [await f.givenPartner(), await f.givenPartner(), await f.givenPartner({ status: PartnerStatus.SUSPENDED })];
    Object.assign(ids, { acmeCode: acme.code });
    await f.givenShowroom(acme.id, { slug: 'acme', displayName: 'Acme' });
    await f.givenShowroom(closed.id, { slug: 'closed', displayName: 'Closed', enabled: false });
    const category = await f.givenCategory({ code: 'TOOLS', name: 'Tools' });
    ids.drill = (await f.givenProduct({
      sku: 'DRL-100', name: 'Akku-Bohrschrauber Größe M "Pro" <18V> & Koffer', description: 'Zwei Akkus.\nLadegerät inklusive.', listPrice: '1399.00', categoryId: category.id,
    })).id;
    ids.saw = (await f.givenProduct({ sku: 'SAW/200', name: 'Kreissäge Größe L', listPrice: '450.00' })).id;
    // The saw: not offered by acme; the quickest active partner delivers in 4 days (the suspended one's 1 day does not count).
    await f.givenOffer(acme.id, ids.drill, { price: '1249.50', deliveryDays: 3, partnerSku: 'ACME-77', stock: 0 });
    await f.givenOffer(acme.id, ids.saw, { price: '400.00', deliveryDays: 1, offered: false, stock: 0 });
    await f.givenOffer(closed.id, ids.saw, { price: '410.00', deliveryDays: 4, stock: 0 });
    await f.givenOffer(suspended.id, ids.saw, { price: '390.00', deliveryDays: 1, stock: 0 });
    showrooms = new ShowroomService(app.services.partners, {
      displayName: 'Brand', accentColor: '#1c7ed6', welcomeText: '', contactEmail: null, contactPhone: null, pricesGross: false, vatPercent: 0,
    });
    catalog = new OciCatalog(showrooms);
    const site = express();
    site.use(ociRouter({ scopes: app.scopes, showrooms, catalog }));
    site.get('/s/:slug', (_req, res) => { res.type('text/plain').send('the SPA'); });
    web = createServer(site);
    base = await listen(web);
    shop = createServer((req, res) => {
      let body = '';
      req.setEncoding('utf8').on('data', (chunk: string) => (body += chunk)).on('end', () => {
        received.push({ url: req.url!, contentType: req.headers['content-type'], fields: [...new URLSearchParams(body)] });
        res.end('thanks');
      });
    });
    hook = `${await listen(shop)}/sap/bc/srm/hook?sap-client=100&note=é`;
  });
  afterAll(async () => {
    await new Promise((resolve) => web.close(resolve));
    await new Promise((resolve) => shop.close(resolve));
    await app.close();
  });

  it('VALIDATE answers a page that posts the priced line to HOOK_URL, exactly as the shop receives it', async () => {
    const res = await get('/s/acme', { HOOK_URL: hook, FUNCTION: 'VALIDATE', PRODUCTID: 'DRL-100', QUANTITY: '2.500', '~TARGET': '_parent' });
    expect([res.status, res.headers.get('content-type'), res.headers.get('cache-control'), res.headers.get('x-content-type-options')])
      .toEqual([200, 'text/html; charset=utf-8', 'no-store', 'nosniff']);
    const html = await res.text();
    const form = readForm(html);
    expect(res.headers.get('content-security-policy')).toBe(`default-src 'none'; script-src 'nonce-${form.nonce}'; form-action ${new URL(hook).origin}; base-uri 'none'`);
    expect(form.nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(form.target).toBe('_parent');
    const got = await submitAsBrowser(html);
    expect(got).toEqual({
      url: '/sap/bc/srm/hook?sap-client=100&note=%C3%A9',
      contentType: 'application/x-www-form-urlencoded',
      fields: [['~OkCode', 'ADDI'], ['~TARGET', '_parent'], ['~CALLER', 'CTLG'], ...drillFields('2.5', 'Zwei Akkus.\r\nLadegerät inklusive.', '\r\n')],
    });
  });

  it('VALIDATE by POST, in any case, by product id, on the brand showroom: list price, quickest active delivery, no vendor', async () => {
    const body = new URLSearchParams({ hook_url: hook, function: 'validate', productid: ids.saw, '~okcode': 'ADDI', returntarget: 'basket' });
    const res = await fetch(`${base}/s/brand/`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: body.toString() });
    const html = await res.text();
    expect([res.status, readForm(html).target]).toEqual([200, 'basket']);
    expect((await submitAsBrowser(html)).fields).toEqual([
      ['~OkCode', 'ADDI'], ['~CALLER', 'CTLG'], ['NEW_ITEM-DESCRIPTION[1]', 'Kreissäge Größe L'], ['NEW_ITEM-MATNR[1]', 'SAW/200'],
      ['NEW_ITEM-QUANTITY[1]', '1'], ['NEW_ITEM-UNIT[1]', 'PCE'], ['NEW_ITEM-PRICE[1]', '450.00'], ['NEW_ITEM-PRICEUNIT[1]', '1'],
      ['NEW_ITEM-CURRENCY[1]', 'EUR'], ['NEW_ITEM-LEADTIME[1]', '4'], ['NEW_ITEM-VENDORMAT[1]', 'SAW/200'],
      // No active partner has it on hand: on request, as the brand's showroom says.
      ['NEW_ITEM-CUST_FIELD1[1]', 'ON_REQUEST'], ['NEW_ITEM-EXT_PRODUCT_ID[1]', ids.saw],
    ]);
  });

  it("BACKGROUND_SEARCH answers only the form of the showroom's matching lines, case- and accent-insensitive", async () => {
    const res = await get('/s/acme', { HOOK_URL: hook, FUNCTION: 'BACKGROUND_SEARCH', SEARCHSTRING: 'GROSSE' });
    const html = await res.text();
    expect(res.headers.get('content-security-policy')).toBe(`default-src 'none'; form-action ${new URL(hook).origin}; base-uri 'none'`);
    expect(html).not.toMatch(/<script|<button|<noscript/);
    expect(html.replace(/<(head|title)>.*?<\/\1>|<[^>]*>|\s/gs, '')).toBe('');
    expect(readForm(html).fields).toEqual([['~OkCode', 'ADDI'], ['~CALLER', 'CTLG'], ...drillFields('1', 'Zwei Akkus.\nLadegerät inklusive.')]);
    const brand = readForm(await (await get('/s/brand', { HOOK_URL: hook, FUNCTION: 'BACKGROUND_SEARCH', SEARCHSTRING: 'größe' })).text());
    // Equally relevant lines come in any order: each line's article number with its lead time, and no vendor.
    const field = (name: string, n: number) => brand.fields.find(([key]) => key === `NEW_ITEM-${name}[${n}]`)?.[1];
    expect([1, 2].map((n) => [field('MATNR', n), field('LEADTIME', n), field('VENDOR', n)]).sort())
      .toEqual([['DRL-100', '3', undefined], ['SAW/200', '4', undefined]]);
    expect(field('MATNR', 3)).toBeUndefined();
    expect(res.headers.get('x-trellis-matches')).toBe('1');
  });

  it('BACKGROUND_SEARCH searches as the showroom does, typos forgiven: what a visitor finds, the procurement system finds', async () => {
    const typo = await get('/s/acme', { HOOK_URL: hook, FUNCTION: 'BACKGROUND_SEARCH', SEARCHSTRING: 'bohrschraubr' });
    expect(readForm(await typo.text()).fields.filter(([name]) => name.startsWith('NEW_ITEM-MATNR'))).toEqual([['NEW_ITEM-MATNR[1]', 'DRL-100']]);
    const none = await get('/s/acme', { HOOK_URL: hook, FUNCTION: 'BACKGROUND_SEARCH', SEARCHSTRING: 'kreissäge' });
    // The saw is the brand's, not offered by this partner.
    expect([readForm(await none.text()).fields.filter(([name]) => name.startsWith('NEW_ITEM')), none.headers.get('x-trellis-matches')]).toEqual([[], '0']);
  });

  it('DETAIL redirects to the product page, keeping the return settings', async () => {
    const res = await get('/s/acme', { HOOK_URL: hook, FUNCTION: 'DETAIL', PRODUCTID: ids.drill, '~TARGET': '_parent', '~OkCode': 'ADDI', returntarget: 'x', SEARCHSTRING: 'y' });
    expect([res.status, res.headers.get('location')]).toEqual([
      302, `/s/acme/p/DRL-100?HOOK_URL=${encodeURIComponent(hook)}&%7ETARGET=_parent&%7EOkCode=ADDI&returntarget=x`,
    ]);
    const bySku = await get('/s/brand', { HOOK_URL: hook, FUNCTION: 'DETAIL', PRODUCTID: 'SAW/200' });
    expect(bySku.headers.get('location')).toBe(`/s/brand/p/SAW%2F200?HOOK_URL=${encodeURIComponent(hook)}`);
  });

  it('refuses bad hook URLs, unknown functions, closed showrooms and products the partner does not offer', async () => {
    const answer = async (path: string, query: Record<string, string>) => {
      const res = await get(path, query);
      return [res.status, res.headers.get('content-type'), await res.text()];
    };
    const validate = { FUNCTION: 'VALIDATE', PRODUCTID: 'DRL-100' };
    const badHook = [400, 'text/plain; charset=utf-8', 'HOOK_URL: must be an absolute http or https address'];
    expect(await answer('/s/acme', { ...validate, HOOK_URL: 'javascript:alert(1)' })).toEqual(badHook);
    expect(await answer('/s/acme', { ...validate, HOOK_URL: 'ftp://x' })).toEqual(badHook);
    expect(await answer('/s/acme', validate)).toEqual(badHook);
    expect(await answer('/s/acme', { ...validate, HOOK_URL: hook, FUNCTION: 'DELETE' }))
      .toEqual([400, 'text/plain; charset=utf-8', 'FUNCTION: must be DETAIL, VALIDATE, BACKGROUND_SEARCH']);
    expect(await answer('/s/closed', { ...validate, HOOK_URL: hook })).toEqual([404, 'text/plain; charset=utf-8', 'Showroom closed was not found']);
    expect(await answer('/s/acme', { ...validate, HOOK_URL: hook, PRODUCTID: 'SAW/200' }))
      .toEqual([400, 'text/plain; charset=utf-8', 'items[0]: SAW/200 is not offered in this showroom']);
    expect(await answer('/s/acme', { ...validate, HOOK_URL: hook, QUANTITY: '1.0001' }))
      .toEqual([400, 'text/plain; charset=utf-8', 'QUANTITY: must have at most 3 decimals']);
    expect(received).toEqual([]);
  });

  it('refuses NUL and control characters in the slug and in OCI parameters with a 400 text, before any lookup', async () => {
    const search = { FUNCTION: 'BACKGROUND_SEARCH', HOOK_URL: hook, SEARCHSTRING: 'drill' };
    const text = async (res: Response) => [res.status, await res.text()];
    expect(await text(await get('/s/acme', { ...search, SEARCHSTRING: 'dri\u0000ll' }))).toEqual([400, 'SEARCHSTRING: must not contain NUL characters']);
    expect(await text(await get('/s/ac%00me', search))).toEqual([400, 'slug: must not contain NUL characters']);
    const body = new URLSearchParams({ ...search, '~TARGET': 'a\u0007b' });
    const posted = await fetch(`${base}/s/acme`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: body.toString() });
    expect(await text(posted)).toEqual([400, '~TARGET: must not contain control characters']);
    expect(received).toEqual([]);
  });

  it('leaves a showroom opened without FUNCTION to the SPA; a POST opening is sent there as a GET', async () => {
    expect(await (await get('/s/acme', { HOOK_URL: hook, '~OkCode': 'ADDI' })).text()).toBe('the SPA');
    const body = new URLSearchParams({ HOOK_URL: hook, '~TARGET': '_top' });
    const res = await fetch(`${base}/s/acme`, { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: body.toString() });
    expect([res.status, res.headers.get('location')]).toEqual([303, `/s/acme?${body}`]);
  });

  it('ociTransfer gives the SPA the same form that VALIDATE posts', async () => {
    const schema = buildSchemaSync({ resolvers: [OciResolver], authChecker, validate: { forbidUnknownValues: false } });
    const run = (items: unknown[]) => app.scopes.forRequest(null).within((scope) => graphql({
      schema,
      source: `query($items: [OciItemInput!]!, $hook: String!) { ociTransfer(slug: "acme", hookUrl: $hook, target: "_parent", items: $items) { action target fields { name value } } }`,
      variableValues: { items, hook },
      contextValue: { scope, services: { ...app.services, showrooms, ociCatalog: catalog } },
    }));
    const result = await run([{ productId: ids.drill, quantity: 2.5 }]);
    expect(result.data!.ociTransfer).toEqual({
      action: new URL(hook).href,
      target: '_parent',
      fields: [['~OkCode', 'ADDI'], ['~TARGET', '_parent'], ['~CALLER', 'CTLG'], ...drillFields('2.5', 'Zwei Akkus.\nLadegerät inklusive.')]
        .map(([name, value]) => ({ name, value })),
    });
    const refused = await run([{ sku: 'DRL-100', quantity: 1 }, { sku: 'SAW/200', quantity: 1 }]);
    expect((refused.errors![0].originalError as { details?: unknown }).details).toEqual({ field: 'items[1]', reason: 'SAW/200 is not offered in this showroom' });
  });
});
