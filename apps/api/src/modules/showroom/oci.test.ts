// money() lives beside the GraphQL Money type, whose decorators need the metadata polyfill.
import 'reflect-metadata';
import { DomainError } from '../../domain/errors';
import { OciLine, ociCallerFields, ociFields, ociTarget, parseHookUrl, parseOciQuantity, readOciCall, renderOciForm } from './oci';

const DRILL: OciLine = {
  productId: '6f1c2a3e-0000-4000-8000-000000000001', sku: 'DRL-100', name: 'Akku-Bohrschrauber "Pro" 18 V <mit Koffer> & Zubehör',
  description: 'Zwei Akkus.\nLadegerät inklusive.', quantity: 2, unit: 'PCE', priceMinor: 124950, currency: 'EUR', leadTimeDays: 3,
  vendor: 'ACME', vendorMaterial: 'A-77', materialGroup: 'TOOLS', availability: 'NO_STOCK',
};
const SCREWS: OciLine = {
  productId: '6f1c2a3e-0000-4000-8000-000000000002', sku: 'SCR-5', name: 'Screws', description: '', quantity: 1.5, unit: 'KGM',
  priceMinor: 5, currency: 'PLN', leadTimeDays: null, vendor: null, vendorMaterial: 'SCR-5', materialGroup: null, availability: 'AT_PARTNER',
};

/** The error a call throws, to assert its code and field exactly. */
function failure(call: () => unknown): { code: string; field: unknown } {
  try {
    call();
  } catch (err) {
    if (err instanceof DomainError) return { code: err.code, field: err.details.field };
    throw err;
  }
  throw new Error('expected a failure');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"' };
const decode = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (_, ref: string) =>
    ref[0] !== '#' ? ENTITIES[ref] : String.fromCodePoint(ref[1] === 'x' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1))));

/** The hidden inputs of a page, read as an HTML parser reads double-quoted attributes. */
function hiddenInputs(html: string): [string, string][] {
  return [...html.matchAll(/<input type="hidden" name="([^"]*)" value="([^"]*)">/g)].map((m) => [decode(m[1]), decode(m[2])]);
}

describe('OCI fields', () => {
  it('writes every NEW_ITEM field of two lines, numbered from 1, and leaves out the empty optional ones', () => {
    expect(ociFields([DRILL, SCREWS])).toEqual([
      // Cut at the last word that fits in 40 characters; the long text then starts with the whole name.
      ['NEW_ITEM-DESCRIPTION[1]', 'Akku-Bohrschrauber "Pro" 18 V <mit'],
      ['NEW_ITEM-MATNR[1]', 'DRL-100'],
      ['NEW_ITEM-QUANTITY[1]', '2'],
      ['NEW_ITEM-UNIT[1]', 'PCE'],
      ['NEW_ITEM-PRICE[1]', '1249.50'],
      ['NEW_ITEM-PRICEUNIT[1]', '1'],
      ['NEW_ITEM-CURRENCY[1]', 'EUR'],
      ['NEW_ITEM-LEADTIME[1]', '3'],
      ['NEW_ITEM-VENDOR[1]', 'ACME'],
      ['NEW_ITEM-VENDORMAT[1]', 'A-77'],
      ['NEW_ITEM-MATGROUP[1]', 'TOOLS'],
      ['NEW_ITEM-CUST_FIELD1[1]', 'NO_STOCK'],
      ['NEW_ITEM-LONGTEXT_1:132[]', 'Akku-Bohrschrauber "Pro" 18 V <mit Koffer> & Zubehör\nZwei Akkus.\nLadegerät inklusive.'],
      ['NEW_ITEM-EXT_PRODUCT_ID[1]', DRILL.productId],
      ['NEW_ITEM-DESCRIPTION[2]', 'Screws'],
      ['NEW_ITEM-MATNR[2]', 'SCR-5'],
      ['NEW_ITEM-QUANTITY[2]', '1.5'],
      ['NEW_ITEM-UNIT[2]', 'KGM'],
      ['NEW_ITEM-PRICE[2]', '0.05'],
      ['NEW_ITEM-PRICEUNIT[2]', '1'],
      ['NEW_ITEM-CURRENCY[2]', 'PLN'],
      ['NEW_ITEM-VENDORMAT[2]', 'SCR-5'],
      ['NEW_ITEM-CUST_FIELD1[2]', 'AT_PARTNER'],
      ['NEW_ITEM-EXT_PRODUCT_ID[2]', SCREWS.productId],
    ]);
  });

  it('cuts a one-word description by characters, never inside an emoji, and keeps the whole name in the long text', () => {
    const name = `${'x'.repeat(39)}🔧🔧`;
    const fields = ociFields([{ ...DRILL, name, description: '' }]);
    expect(fields[0]).toEqual(['NEW_ITEM-DESCRIPTION[1]', `${'x'.repeat(39)}🔧`]);
    expect(fields.find(([field]) => field.startsWith('NEW_ITEM-LONGTEXT'))).toEqual(['NEW_ITEM-LONGTEXT_1:132[]', name]);
  });

  it('cuts a description at a word: a 40-character name is whole, a longer one ends at its last whole word', () => {
    const short = (name: string) => ociFields([{ ...DRILL, name, description: '' }])[0][1];
    expect(short('Schlagbohrmaschine mit Tiefenanschlag 40')).toBe('Schlagbohrmaschine mit Tiefenanschlag 40');
    expect(short('Schlagbohrmaschine mit Tiefenanschlag 400 W')).toBe('Schlagbohrmaschine mit Tiefenanschlag');
    expect(short('Młotowiertarka udarowa SDS-plus 800 W z walizką')).toBe('Młotowiertarka udarowa SDS-plus 800 W z');
    // Nothing cut, no long text.
    expect(ociFields([{ ...DRILL, name: 'Drill', description: '' }]).some(([field]) => field.startsWith('NEW_ITEM-LONGTEXT'))).toBe(false);
  });

  it('writes quantities with at most 3 decimals and 11 digits, and refuses the rest naming the line', () => {
    const quantity = (q: number) => ociFields([{ ...SCREWS, quantity: q }])[2][1];
    expect([quantity(0.001), quantity(12.25), quantity(99999999999.999)]).toEqual(['0.001', '12.25', '99999999999.999']);
    for (const bad of [0, -1, 1.0005, 1e-7, 1e11, NaN, Infinity]) {
      expect(failure(() => ociFields([DRILL, { ...SCREWS, quantity: bad }]))).toEqual({ code: 'BAD_USER_INPUT', field: 'items[1].quantity' });
    }
    expect(ociFields([{ ...SCREWS, priceMinor: 9999999999999 }])[4][1]).toBe('99999999999.99');
    expect(failure(() => ociFields([{ ...SCREWS, priceMinor: 10000000000000 }]))).toEqual({ code: 'BAD_USER_INPUT', field: 'items[0].price' });
  });

  it('reads QUANTITY as sent by procurement systems ("1.000"), 1 when absent', () => {
    expect([parseOciQuantity('1.000'), parseOciQuantity(' 2.5 '), parseOciQuantity(undefined)]).toEqual([1, 2.5, 1]);
    for (const bad of ['1,5', 'abc', '-1', '0', '1.0001', '']) {
      expect(failure(() => parseOciQuantity(bad))).toEqual({ code: 'BAD_USER_INPUT', field: 'QUANTITY' });
    }
  });
});

describe('OCI caller', () => {
  it('reads the parameters whatever their case, the first of repeated ones, and ignores empty ones', () => {
    expect(readOciCall({ hook_url: 'https://shop.example/h', Function: 'VALIDATE', productid: ['A', 'B'], '~target': '', '~OKCODE': 'X', ReturnTarget: 'r' }))
      .toEqual({ hookUrl: 'https://shop.example/h', function: 'VALIDATE', productId: 'A', okCode: 'X', returnTarget: 'r' });
  });

  it('posts into returntarget, else ~TARGET, else _top', () => {
    expect(ociTarget({ returnTarget: 'r', target: 't' })).toBe('r');
    expect(ociTarget({ returnTarget: '', target: 't' })).toBe('t');
    expect(ociTarget({})).toBe('_top');
  });

  it('answers ~OkCode (ADDI by default), ~TARGET when given, and ~CALLER CTLG', () => {
    expect(ociCallerFields({})).toEqual([['~OkCode', 'ADDI'], ['~CALLER', 'CTLG']]);
    expect(ociCallerFields({ okCode: 'NEXT', target: '_parent' })).toEqual([['~OkCode', 'NEXT'], ['~TARGET', '_parent'], ['~CALLER', 'CTLG']]);
  });

  it('accepts only absolute http and https hook URLs', () => {
    expect(parseHookUrl('https://srm.example:8443/sap/bc/srm?sap-client=100').href).toBe('https://srm.example:8443/sap/bc/srm?sap-client=100');
    expect(parseHookUrl('HTTP://SRM.example/h').href).toBe('http://srm.example/h');
    for (const bad of ['javascript:alert(1)', 'JavaScript:alert(1)', 'ftp://x', '/relative/hook', '//srm.example/h', 'data:text/html,x', undefined, '']) {
      expect(failure(() => parseHookUrl(bad))).toEqual({ code: 'BAD_USER_INPUT', field: 'HOOK_URL' });
    }
  });
});

describe('OCI form page', () => {
  const hostile = `"><script>alert('x')</script>&amp;`;

  it('escapes every name, value, target and the action, so that they round-trip through HTML parsing', () => {
    const fields: [string, string][] = [['NEW_ITEM-DESCRIPTION[1]', hostile], [hostile, 'line 1\r\nline 2'], ['~CALLER', 'CTLG']];
    const html = renderOciForm({ hookUrl: `https://shop.example/h?a=1&b="'<>`, target: hostile, fields, title: hostile, autoSubmit: false });
    expect(hiddenInputs(html)).toEqual(fields);
    const form = /<form id="oci" method="post" action="([^"]*)" target="([^"]*)" accept-charset="utf-8">/.exec(html)!;
    expect([decode(form[1]), decode(form[2])]).toEqual([`https://shop.example/h?a=1&b="'<>`, hostile]);
    // Nothing the data brought in opens a tag or a script: the only tags are the page's own.
    expect(html.match(/<[a-z!/][^>]*>/gi)!.map((tag) => tag.match(/^<\/?!?\w+/)![0])).toEqual([
      '<!DOCTYPE', '<html', '<head', '<meta', '<meta', '<title', '</title', '</head', '<body', '<form',
      '<input', '<input', '<input', '</form', '</body', '</html',
    ]);
  });

  it('auto-submits with the nonce only when asked, with a button for browsers without scripts', () => {
    const page = { hookUrl: 'https://shop.example/h', target: '_top', fields: [] as [string, string][], title: 'T' };
    const auto = renderOciForm({ ...page, autoSubmit: true, nonce: 'n0nce' });
    expect(auto).toContain(`<noscript><button type="submit">Transfer to shop</button></noscript>\n</form>\n<script nonce="n0nce">document.getElementById('oci').submit();</script>`);
    const read = renderOciForm({ ...page, autoSubmit: false });
    expect(read).not.toMatch(/script|button/);
  });
});
