import { startTestApp, TestApp, codeOf, Credentials } from '../../../test/harness';
import { fixtures } from '../../../test/fixtures';
import { Role } from '../../access/role';

const START = `mutation($csv: String!) { startProductImport(input: { csv: $csv }) { productImport { id status totalRows errors { line field reason } } } }`;
const STATUS = `query($id: ID!) { productImport(id: $id) { status totalRows processedRows createdCount updatedCount errors { line field reason } } }`;
const HEADER = 'sku,name,description,unit,list_price,currency,category_code,active,attributes,image_url';

describe('catalog', () => {
  let app: TestApp;
  let f: ReturnType<typeof fixtures>;
  let cm: Credentials;

  beforeAll(async () => {
    app = await startTestApp();
    f = fixtures(app);
    cm = await app.signIn((await f.givenUser(Role.CHANNEL_MANAGER)).email);
    const category = await app.gql(`mutation { createCategory(input: { code: "DRILLS", name: "Drills" }) { category { id code } } }`, {}, cm);
    expect(category.data!.createCategory.category.code).toBe("DRILLS");
  });
  afterAll(() => app.close());

  async function importCsv(csv: string) {
    const started = await app.gql(START, { csv }, cm);
    expect(started.errors).toBeUndefined();
    const { id, status } = started.data!.startProductImport.productImport;
    if (status === 'FAILED') return started.data!.startProductImport.productImport;
    for (let i = 0; i < 200; i++) {
      const current = (await app.gql(STATUS, { id }, cm)).data!.productImport;
      if (current.status !== 'RUNNING') return current;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('import did not finish');
  }

  it('reports every bad row with its line and reason, and writes nothing', async () => {
    const csv = [
      HEADER,
      'D-100,Cordless drill 18V,Compact,PCE,199.00,EUR,DRILLS,true,voltage=18V;weight=1.4 kg,https://img.example/d100.png',
      ',No SKU,,PCE,10.00,EUR,,,,',
      'D-101,X,,PCE,10.00,EUR,,,,',
      'D-102,Hammer drill,,PIECE,12.345,euro,NOPE,maybe,broken,ftp://x',
      'D-100,Duplicate,,PCE,5.00,EUR,,,,',
    ].join('\n');
    const result = await importCsv(csv);
    expect(result.status).toBe('FAILED');
    expect(result.errors).toEqual([
      { line: 3, field: 'sku', reason: 'must be 1 to 40 letters, digits, dots, dashes, slashes or underscores' },
      { line: 4, field: 'name', reason: 'must be 2 to 200 characters' },
      { line: 5, field: 'unit', reason: 'must be an ISO unit code of at most 3 characters, e.g. PCE' },
      { line: 5, field: 'list_price', reason: 'must be an amount with at most two decimals, like 1249.00' },
      { line: 5, field: 'currency', reason: 'must be a three-letter ISO currency code' },
      { line: 5, field: 'category_code', reason: 'names no category (NOPE)' },
      { line: 5, field: 'active', reason: 'must be true or false' },
      { line: 5, field: 'attributes', reason: 'must be key=value pairs separated by semicolons' },
      { line: 5, field: 'image_url', reason: 'must be an http(s) URL' },
      { line: 6, field: 'sku', reason: 'repeats the SKU of line 2' },
    ]);
    expect(await app.dataSource.query(`SELECT sku FROM product WHERE sku LIKE 'D-10_'`)).toEqual([]);
  });

  it('refuses a header without the required columns, and a file that is not CSV', async () => {
    const noPrice = await importCsv('sku,name,colour\nA-1,Thing,red');
    expect(noPrice.errors).toEqual([
      { line: 1, field: 'list_price, currency', reason: 'column is missing from the header' },
      { line: 1, field: 'colour', reason: expect.stringMatching(/^is not a column Trellis knows/) },
    ]);
    const ragged = await importCsv(`${HEADER}\nA-1,Thing,,PCE,1.00,EUR,,true,,,extra,columns`);
    expect(ragged.errors).toEqual([{ line: 2, field: 'file', reason: expect.stringMatching(/^is not valid CSV/) }]);
  });

  it('creates and updates by SKU with progress to DONE, leaving products absent from the file as they are', async () => {
    const rows = Array.from({ length: 1200 }, (_, i) => `BULK-${String(i).padStart(4, '0')},Bulk product ${i},,PCE,${i}.50,EUR,DRILLS,true,,`);
    const first = await importCsv([HEADER, ...rows].join('\n'));
    expect(first).toMatchObject({ status: 'DONE', totalRows: 1200, processedRows: 1200, createdCount: 1200, updatedCount: 0, errors: [] });
    const second = await importCsv([HEADER, 'BULK-0001,Renamed product,New text,SET,99.99,PLN,,false,colour=red,https://img.example/1.png', 'NEW-1,Brand new,,PCE,1.00,EUR,,,,'].join('\n'));
    expect(second).toMatchObject({ status: 'DONE', totalRows: 2, createdCount: 1, updatedCount: 1 });
    const [renamed] = await app.dataSource.query(`SELECT name, description, unit, list_price, currency, active, attributes, category_id FROM product WHERE sku = 'BULK-0001'`);
    expect(renamed).toEqual({ name: 'Renamed product', description: 'New text', unit: 'SET', list_price: '9999', currency: 'PLN', active: false, attributes: { colour: 'red' }, category_id: null });
    const [untouched] = await app.dataSource.query(`SELECT name, list_price FROM product WHERE sku = 'BULK-0002'`);
    expect(untouched).toEqual({ name: 'Bulk product 2', list_price: '250' });
    expect((await app.dataSource.query(`SELECT count(*)::int AS n FROM product WHERE sku LIKE 'BULK-%' OR sku = 'NEW-1'`))[0].n).toBe(1201);
  });

  it('changes only the columns a file has: a price list keeps descriptions, categories, attributes and status', async () => {
    await importCsv([HEADER, 'KEEP-1,Kept product,Long text,SET,10.00,EUR,DRILLS,false,colour=blue,'].join('\n'));
    const result = await importCsv('sku,name,list_price,currency\nKEEP-1,Kept product,12.00,EUR');
    expect(result).toMatchObject({ status: 'DONE', updatedCount: 1 });
    const [row] = await app.dataSource.query(`SELECT p.list_price, p.description, p.unit, c.code, p.active, p.attributes FROM product p LEFT JOIN category c ON c.id = p.category_id WHERE p.sku = 'KEEP-1'`);
    expect(row).toEqual({ list_price: '1200', description: 'Long text', unit: 'SET', code: 'DRILLS', active: false, attributes: { colour: 'blue' } });
  });

  it('exports the catalog as CSV that imports back without writing a row', async () => {
    await importCsv([HEADER, 'EXP-1,Exported product,New text,SET,99.99,PLN,DRILLS,false,colour=red,https://img.example/1.png'].join('\n'));
    // xmin names the transaction that wrote the row version: an import that changes nothing leaves it.
    const exported = `SELECT p.xmin::text AS version, p.name, p.description, p.unit, p.list_price, p.currency, p.active, p.attributes, p.category_id FROM product p WHERE p.sku = 'EXP-1'`;
    const [before] = await app.dataSource.query(exported);
    const csv = (await app.gql(`{ productsCsv }`, {}, cm)).data!.productsCsv as string;
    const lines = csv.trim().split('\n');
    // The other languages' columns follow (catalog-languages.test.ts); this product has no translation.
    expect(lines[0]).toBe(`${HEADER},name_pl,description_pl,attributes_pl,name_de,description_de,attributes_de,name_cs,description_cs,attributes_cs`);
    expect(lines).toContain('EXP-1,Exported product,New text,SET,99.99,PLN,DRILLS,false,colour=red,https://img.example/1.png,,,,,,,,,');
    const [{ n }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM product`);
    expect(lines.length - 1).toBe(n);
    const again = await importCsv(csv);
    expect(again).toMatchObject({ status: 'DONE', createdCount: 0, updatedCount: n });
    expect((await app.dataSource.query(exported))[0]).toEqual(before);
  });

  it('validates products: names the field, and refuses a taken SKU', async () => {
    const CREATE = `mutation($input: ProductInput!) { createProduct(input: $input) { product { id sku listPrice { amount currency amountMinor } attributes { key value } } } }`;
    const ok = await app.gql(CREATE, { input: { sku: 'P-1', name: 'Angle grinder', listPrice: { amount: '89.9', currency: 'EUR' }, attributes: [{ key: 'disc', value: '125 mm' }] } }, cm);
    expect(ok.data!.createProduct.product).toMatchObject({ sku: 'P-1', listPrice: { amount: '89.90', currency: 'EUR', amountMinor: 8990 }, attributes: [{ key: 'disc', value: '125 mm' }] });
    const taken = await app.gql(CREATE, { input: { sku: 'P-1', name: 'Again', listPrice: { amount: '1', currency: 'EUR' } } }, cm);
    expect(taken.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'sku' });
    const bad = await app.gql(CREATE, { input: { sku: 'P 2', name: 'Bad', unit: 'PIECE', listPrice: { amount: '-1', currency: 'eur' } } }, cm);
    expect(bad.errors![0].extensions!.fields.map((e: { field: string }) => e.field).sort()).toEqual(['listPrice.amount', 'listPrice.currency', 'sku', 'unit']);
  });

  it('stores uploaded images in PostgreSQL, checks their type, and serves them', async () => {
    const product = await f.givenProduct();
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a5c70000000049454e44ae426082', 'hex');
    const ADD = `mutation($input: AddProductImageInput!) { addProductImage(input: $input) { image { id src } } }`;
    const added = await app.gql(ADD, { input: { productId: product.id, base64: png.toString('base64'), contentType: 'image/png' } }, cm);
    const { src } = added.data!.addProductImage.image;
    expect(src).toMatch(/^\/images\/[0-9a-f-]{36}$/);
    const served = await fetch(`${app.url}${src}`);
    expect([served.status, served.headers.get('content-type')]).toEqual([200, 'image/png']);
    expect(Buffer.from(await served.arrayBuffer()).equals(png)).toBe(true);
    const fake = await app.gql(ADD, { input: { productId: product.id, base64: Buffer.from('<html>').toString('base64'), contentType: 'image/png' } }, cm);
    expect(fake.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'base64', reason: 'is not a image/png file' });
  });

  it('keeps partner users to reading the catalog', async () => {
    const partner = await f.givenPartner();
    const pm = await app.signIn((await f.givenUser(Role.PARTNER_MANAGER, partner.id)).email);
    const product = await f.givenProduct();
    expect((await app.gql(`query($id: ID!) { product(id: $id) { id } }`, { id: product.id }, pm)).data!.product.id).toBe(product.id);
    expect(codeOf(await app.gql(START, { csv: HEADER }, pm))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(`mutation { createCategory(input: { code: "X", name: "Xx" }) { category { id } } }`, {}, pm))).toBe('FORBIDDEN');
  });
});
