import { startTestApp, TestApp, Credentials, GraphQLResult } from '../../../test/harness';
import { fixtures } from '../../../test/fixtures';
import { Role } from '../../access/role';

/*
 * The catalog in the visitor's language: texts per language with the default language (English) as the
 * fallback, search in the visitor's language and the fallback with inflection and typos forgiven, and the
 * translations written through the forms, CSV and the showroom settings.
 */
const SEARCH = `query($slug: String, $query: String, $sort: ShowroomSort) {
  showroomSearch(slug: $slug, query: $query, sort: $sort, first: 50) {
    totalCount edges { node { sku name description attributes { key value } category { name } } } facets { code name }
  } }`;
const PRODUCT = `query($id: ID!) { product(id: $id) {
  name description attributes { key value } defaultName defaultDescription defaultAttributes { key value }
  translations { language name description attributes { key value } } category { name defaultName translations { language text } } } }`;
const UPDATE = `mutation($input: UpdateProductInput!) { updateProduct(input: $input) { product { name translations { language name } } } }`;

const PL = { 'accept-language': 'pl-PL,pl;q=0.9,en;q=0.8' };

describe('the catalog in the visitor language', () => {
  let app: TestApp;
  let f: ReturnType<typeof fixtures>;
  let cm: Credentials;
  let pm: Credentials;
  const ids: Record<string, string> = {};

  const search = async (query: string | null, headers: Record<string, string> = PL, slug = 'polska') => {
    const result = await app.gql(SEARCH, { slug, query, sort: query ? 'RELEVANCE' : 'NAME' }, {}, headers);
    expect(result.errors).toBeUndefined();
    return result.data!.showroomSearch;
  };
  const skus = async (query: string, headers: Record<string, string> = PL) =>
    (await search(query, headers)).edges.map((e: { node: { sku: string } }) => e.node.sku).sort();

  beforeAll(async () => {
    app = await startTestApp();
    f = fixtures(app);
    cm = await app.signIn((await f.givenUser(Role.CHANNEL_MANAGER)).email);
    const cutting = await f.givenCategory({ code: 'L-CUT', name: 'Cutting', translations: { pl: 'Cięcie', de: 'Trennen' } });
    const drilling = await f.givenCategory({ code: 'L-DRILL', name: 'Drilling' });
    const products: [string, string, string, Record<string, string>, Record<string, { name: string; description?: string; attributes?: Record<string, string> }>][] = [
      ['AG-1', 'Angle Grinder Pro 125 mm', cutting.id, { disc: '125 mm' }, {
        pl: { name: 'Szlifierka kątowa Pro 125 mm', description: 'Szlifierka do cięcia metalu.', attributes: { tarcza: '125 mm' } },
        de: { name: 'Winkelschleifer Pro 125 mm' },
      }],
      ['CD-1', 'Cordless Drill Driver Plus 18 V', drilling.id, { voltage: '18 V' }, { pl: { name: 'Wiertarko-wkrętarka akumulatorowa Plus 18 V' } }],
      ['HD-1', 'Hammer Drill Pro 900 W', drilling.id, {}, { pl: { name: 'Młotowiertarka Pro 900 W' }, cs: { name: 'Příklepová vrtačka Pro 900 W' } }],
      ['BP-1', 'Battery Pack 18 V 4.0 Ah', drilling.id, {}, { pl: { name: 'Akumulator 18 V 4.0 Ah' } }],
      ['JS-1', 'Jigsaw Compact', cutting.id, {}, {}],
    ];
    for (const [sku, name, categoryId, attributes, translations] of products) {
      ids[sku] = (await f.givenProduct({ sku, name, categoryId, attributes, translations, description: 'Made for professionals.' })).id;
    }
    const partner = await f.givenPartner({ name: 'Polska Narzędzia' });
    await f.givenShowroom(partner.id, { slug: 'polska' });
    for (const sku of Object.keys(ids)) await f.givenOffer(partner.id, ids[sku], { price: '100.00', currency: 'PLN', stock: 1, deliveryDays: 1 });
    pm = await app.signIn((await f.givenUser(Role.PARTNER_MANAGER, partner.id)).email);
    ids.partner = partner.id;
  });
  afterAll(() => app.close());

  it('shows names, descriptions, attributes and categories in Polish, each falling back to English where none is given', async () => {
    const found = await search(null);
    expect(found.edges.map((e: { node: unknown }) => e.node)).toEqual([
      { sku: 'BP-1', name: 'Akumulator 18 V 4.0 Ah', description: 'Made for professionals.', attributes: [], category: { name: 'Drilling' } },
      { sku: 'JS-1', name: 'Jigsaw Compact', description: 'Made for professionals.', attributes: [], category: { name: 'Cięcie' } },
      { sku: 'HD-1', name: 'Młotowiertarka Pro 900 W', description: 'Made for professionals.', attributes: [], category: { name: 'Drilling' } },
      { sku: 'AG-1', name: 'Szlifierka kątowa Pro 125 mm', description: 'Szlifierka do cięcia metalu.', attributes: [{ key: 'tarcza', value: '125 mm' }], category: { name: 'Cięcie' } },
      { sku: 'CD-1', name: 'Wiertarko-wkrętarka akumulatorowa Plus 18 V', description: 'Made for professionals.', attributes: [{ key: 'voltage', value: '18 V' }], category: { name: 'Drilling' } },
    ]);
    expect(found.facets).toEqual([{ code: 'L-CUT', name: 'Cięcie' }, { code: 'L-DRILL', name: 'Drilling' }]);
  });

  it('chooses the language by Accept-Language and its q values, and English for a language the catalog does not speak', async () => {
    const names = async (headers: Record<string, string>) =>
      Object.fromEntries((await search(null, headers)).edges.map((e: { node: { sku: string; name: string } }) => [e.node.sku, e.node.name]));
    expect((await names({ 'accept-language': 'de-AT' }))['AG-1']).toBe('Winkelschleifer Pro 125 mm');
    expect((await names({ 'accept-language': 'fr-FR, cs;q=0.5, de;q=0.4' }))['HD-1']).toBe('Příklepová vrtačka Pro 900 W');
    expect((await names({ 'accept-language': 'fr-FR, cs;q=0.5, de;q=0.4' }))['AG-1']).toBe('Angle Grinder Pro 125 mm');
    expect((await names({ 'accept-language': 'fr' }))['AG-1']).toBe('Angle Grinder Pro 125 mm');
    expect((await names({}))['HD-1']).toBe('Hammer Drill Pro 900 W');
  });

  it('finds Polish words with typos and inflected forms, and English words as the fallback', async () => {
    expect(await skus('szlifierka')).toEqual(['AG-1']);
    expect(await skus('szlifirka')).toEqual(['AG-1']);
    expect(await skus('szlifierki kątowe')).toEqual(['AG-1']);
    expect(await skus('wiertarka')).toEqual(['CD-1', 'HD-1']);
    expect(await skus('wiertarki')).toEqual(['CD-1', 'HD-1']);
    expect(await skus('młotowiertarkę')).toEqual(['HD-1']);
    expect(await skus('mlotowiertarka')).toEqual(['HD-1']);
    expect(await skus('akumulator')).toEqual(['BP-1', 'CD-1']);
    expect(await skus('akumulatory')).toEqual(['BP-1', 'CD-1']);
    expect(await skus('jigsaw')).toEqual(['JS-1']);
    expect(await skus('angle grinder')).toEqual(['AG-1']);
    // An English visitor's search reads English texts only: no Polish word finds anything there.
    expect(await skus('szlifierka', {})).toEqual([]);
    expect(await skus('grinder', {})).toEqual(['AG-1']);
  });

  it('ranks the best Polish match first', async () => {
    const found = await search('akumulator');
    expect(found.edges[0].node.sku).toBe('BP-1');
  });

  it('gives a product its texts in the request language, its own texts, and every translation', async () => {
    const result = await app.gql(PRODUCT, { id: ids['AG-1'] }, cm, PL);
    expect(result.errors).toBeUndefined();
    expect(result.data!.product).toEqual({
      name: 'Szlifierka kątowa Pro 125 mm', description: 'Szlifierka do cięcia metalu.', attributes: [{ key: 'tarcza', value: '125 mm' }],
      defaultName: 'Angle Grinder Pro 125 mm', defaultDescription: 'Made for professionals.', defaultAttributes: [{ key: 'disc', value: '125 mm' }],
      translations: [
        { language: 'PL', name: 'Szlifierka kątowa Pro 125 mm', description: 'Szlifierka do cięcia metalu.', attributes: [{ key: 'tarcza', value: '125 mm' }] },
        { language: 'DE', name: 'Winkelschleifer Pro 125 mm', description: '', attributes: [] },
      ],
      category: { name: 'Cięcie', defaultName: 'Cutting', translations: [{ language: 'PL', text: 'Cięcie' }, { language: 'DE', text: 'Trennen' }] },
    });
    const english = await app.gql(PRODUCT, { id: ids['AG-1'] }, cm);
    expect(english.data!.product).toMatchObject({ name: 'Angle Grinder Pro 125 mm', description: 'Made for professionals.', category: { name: 'Cutting' } });
  });

  it('reads a page of products in Polish with one statement more than in English, whatever the page size', async () => {
    const LIST = `{ products(first: 50) { edges { node { name description attributes { key value } category { name } } } } }`;
    const english = await app.gql(LIST, {}, cm);
    const polish = await app.gql(LIST, {}, cm, PL);
    expect(polish.errors).toBeUndefined();
    expect(polish.statements).toBe(english.statements + 1);
    expect(polish.data!.products.edges.map((e: { node: { name: string } }) => e.node.name)).toContain('Młotowiertarka Pro 900 W');
  });

  it('writes translations with the product: the given set replaces the old, left out they stay, and a repeat changes nothing', async () => {
    const id = (await f.givenProduct({ sku: 'TR-1', name: 'Tool Case M', translations: { pl: { name: 'Walizka M' }, cs: { name: 'Kufr M' } } })).id;
    const input = (translations: unknown) => ({ productId: id, sku: 'TR-1', name: 'Tool Case M', listPrice: { amount: '100.00', currency: 'EUR' }, translations });
    const version = async () => (await app.dataSource.query(`SELECT updated_at FROM product WHERE id = $1`, [id]))[0].updated_at.getTime();
    const replaced = await app.gql(UPDATE, { input: input([{ language: 'PL', name: 'Walizka narzędziowa M' }, { language: 'DE', name: 'Werkzeugkoffer M' }]) }, cm, PL);
    expect(replaced.errors).toBeUndefined();
    expect(replaced.data!.updateProduct.product).toEqual({
      name: 'Walizka narzędziowa M', translations: [{ language: 'PL', name: 'Walizka narzędziowa M' }, { language: 'DE', name: 'Werkzeugkoffer M' }],
    });
    const before = await version();
    const versions = `SELECT language, xmin::text AS v FROM product_translation WHERE product_id = $1 ORDER BY language`;
    const rowsBefore = await app.dataSource.query(versions, [id]);
    const same = await app.gql(UPDATE, { input: input([{ language: 'PL', name: 'Walizka narzędziowa M' }, { language: 'DE', name: 'Werkzeugkoffer M' }]) }, cm);
    expect(same.errors).toBeUndefined();
    expect(await app.dataSource.query(versions, [id])).toEqual(rowsBefore);
    expect(await version()).toBe(before);
    const kept = await app.gql(UPDATE, { input: input(null) }, cm);
    expect(kept.data!.updateProduct.product.translations.map((t: { language: string }) => t.language)).toEqual(['PL', 'DE']);
    const cleared = await app.gql(UPDATE, { input: input([]) }, cm);
    expect(cleared.data!.updateProduct.product.translations).toEqual([]);
  });

  it('refuses translations into the default language, twice the same language, or without a name, naming the field and writing nothing', async () => {
    const id = (await f.givenProduct({ sku: 'TR-2', name: 'Laser Level', translations: { pl: { name: 'Laser krzyżowy' } } })).id;
    const input = (translations: unknown) => ({ productId: id, sku: 'TR-2', name: 'Renamed', listPrice: { amount: '1.00', currency: 'EUR' }, translations });
    const english = await app.gql(UPDATE, { input: input([{ language: 'EN', name: 'Other' }]) }, cm);
    expect(english.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'translations[0].language' });
    const twice = await app.gql(UPDATE, { input: input([{ language: 'PL', name: 'Jeden' }, { language: 'PL', name: 'Dwa' }]) }, cm);
    expect(twice.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'translations[1].language', reason: 'is given twice' });
    const blank = await app.gql(UPDATE, { input: input([{ language: 'DE', name: '  ' }]) }, cm);
    expect(blank.errors![0].extensions!.fields.map((e: { field: string }) => e.field)).toEqual(['translations.0.name']);
    const unknown = await app.gql(UPDATE, { input: input([{ language: 'FR', name: 'Niveau' }]) }, cm);
    expect(unknown.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const rows = await app.dataSource.query(`SELECT p.name, t.language, t.name AS translated FROM product p JOIN product_translation t ON t.product_id = p.id WHERE p.id = $1`, [id]);
    expect(rows).toEqual([{ name: 'Laser Level', language: 'pl', translated: 'Laser krzyżowy' }]);
  });

  it('keeps translation writes to brand-owner staff, in the API and in PostgreSQL', async () => {
    const denied = await app.gql(UPDATE, { input: { productId: ids['JS-1'], sku: 'JS-1', name: 'Jigsaw Compact', listPrice: { amount: '1.00', currency: 'EUR' }, translations: [{ language: 'PL', name: 'Wyrzynarka' }] } }, pm);
    expect(denied.errors![0].extensions!.code).toBe('FORBIDDEN');
    // Row-level security stops a partner's transaction even with no service in the way: it reads translations, and writes none.
    const manager = { userId: '', role: Role.PARTNER_MANAGER, email: 'x', displayName: 'x', partnerId: ids.partner, visiblePartnerIds: [ids.partner], via: 'SESSION' as const };
    const inserted = app.within(manager, (scope) =>
      scope.query(`INSERT INTO product_translation (product_id, language, name) VALUES ($1, 'cs', 'Přímočará pila')`, [ids['JS-1']]));
    await expect(inserted).rejects.toThrow(/row-level security/);
    const touched = await app.within(manager, async (scope) => ({
      read: (await scope.query<{ name: string }>(`SELECT name FROM product_translation WHERE product_id = $1 AND language = 'pl'`, [ids['AG-1']])).map((r) => r.name),
      updated: await scope.query(`UPDATE product_translation SET name = 'X' WHERE product_id = $1 RETURNING 1`, [ids['AG-1']]),
      deleted: await scope.query(`DELETE FROM product_translation WHERE product_id = $1 RETURNING 1`, [ids['AG-1']]),
    }));
    expect(touched).toEqual({ read: ['Szlifierka kątowa Pro 125 mm'], updated: [], deleted: [] });
  });

  it('names categories per language, and keeps the names an update leaves out', async () => {
    const CAT = `mutation($input: UpdateCategoryInput!) { updateCategory(input: $input) { category { name defaultName translations { language text } } } }`;
    const category = await f.givenCategory({ code: 'L-MEAS', name: 'Measuring' });
    const named = await app.gql(CAT, { input: { categoryId: category.id, code: 'L-MEAS', name: 'Measuring', translations: [{ language: 'CS', text: 'Měření' }, { language: 'PL', text: ' ' }] } }, cm, { 'accept-language': 'cs' });
    expect(named.data!.updateCategory.category).toEqual({ name: 'Měření', defaultName: 'Measuring', translations: [{ language: 'CS', text: 'Měření' }] });
    const kept = await app.gql(CAT, { input: { categoryId: category.id, code: 'L-MEAS', name: 'Measurement' } }, cm, { 'accept-language': 'cs' });
    expect(kept.data!.updateCategory.category).toEqual({ name: 'Měření', defaultName: 'Measurement', translations: [{ language: 'CS', text: 'Měření' }] });
    const tooLong = await app.gql(CAT, { input: { categoryId: category.id, code: 'L-MEAS', name: 'Measuring', translations: [{ language: 'DE', text: 'x'.repeat(101) }] } }, cm);
    expect(tooLong.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'translations[0].text' });
  });

  it("shows a showroom's welcome text in the visitor's language, or its own", async () => {
    const SAVE = `mutation($input: SaveShowroomInput!) { saveShowroom(input: $input) { showroom { welcomeText welcomeTexts { language text } } } }`;
    const base = { partnerId: ids.partner, slug: 'polska', displayName: 'Polska Narzędzia', accentColor: '#1c7ed6', welcomeText: 'Welcome!', enabled: true, pricesGross: false, vatPercent: 0 };
    const saved = await app.gql(SAVE, { input: { ...base, welcomeTexts: [{ language: 'PL', text: 'Witamy!' }] } }, pm);
    expect(saved.data!.saveShowroom.showroom).toEqual({ welcomeText: 'Welcome!', welcomeTexts: [{ language: 'PL', text: 'Witamy!' }] });
    const welcome = async (headers: Record<string, string>) => (await app.gql(`{ showroom(slug: "polska") { welcomeText } }`, {}, {}, headers)).data!.showroom.welcomeText;
    expect([await welcome(PL), await welcome({ 'accept-language': 'cs' }), await welcome({})]).toEqual(['Witamy!', 'Welcome!', 'Welcome!']);
    const kept = await app.gql(SAVE, { input: base }, pm);
    expect(kept.data!.saveShowroom.showroom.welcomeTexts).toEqual([{ language: 'PL', text: 'Witamy!' }]);
  });

  it('transfers OCI lines with the texts the buyer saw', async () => {
    const TRANSFER = `query($items: [OciItemInput!]!) { ociTransfer(slug: "polska", hookUrl: "https://shop.example/hook", items: $items) { fields { name value } } }`;
    const fields = async (headers: Record<string, string>) => {
      const result = await app.gql(TRANSFER, { items: [{ productId: ids['AG-1'], quantity: 1 }] }, {}, headers);
      expect(result.errors).toBeUndefined();
      return Object.fromEntries(result.data!.ociTransfer.fields.map((x: { name: string; value: string }) => [x.name, x.value]));
    };
    expect((await fields(PL))['NEW_ITEM-DESCRIPTION[1]']).toBe('Szlifierka kątowa Pro 125 mm');
    expect((await fields({}))['NEW_ITEM-DESCRIPTION[1]']).toBe('Angle Grinder Pro 125 mm');
  });

  it("lists a partner's offers by their names in the request language, page after page, and finds them by those names", async () => {
    const LIST = `query($partnerId: ID!, $search: String, $after: String) { offers(partnerId: $partnerId, first: 2, search: $search, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { product { sku name } } } } }`;
    const names: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const result: GraphQLResult = await app.gql(LIST, { partnerId: ids.partner, after }, pm, PL);
      expect(result.errors).toBeUndefined();
      const offers: { edges: { node: { product: { name: string } } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } = result.data!.offers;
      names.push(...offers.edges.map((e: { node: { product: { name: string } } }) => e.node.product.name));
      if (!offers.pageInfo.hasNextPage) break;
      after = offers.pageInfo.endCursor;
    }
    expect(names).toEqual(['Akumulator 18 V 4.0 Ah', 'Jigsaw Compact', 'Młotowiertarka Pro 900 W', 'Szlifierka kątowa Pro 125 mm', 'Wiertarko-wkrętarka akumulatorowa Plus 18 V']);
    const found = await app.gql(LIST, { partnerId: ids.partner, search: 'szlif' }, pm, PL);
    expect(found.data!.offers).toMatchObject({ totalCount: 1, edges: [{ node: { product: { sku: 'AG-1' } } }] });
    const english = await app.gql(LIST, { partnerId: ids.partner, search: 'szlif' }, pm);
    expect(english.data!.offers.totalCount).toBe(0);
  });

  describe('in CSV', () => {
    const START = `mutation($csv: String!) { startProductImport(input: { csv: $csv }) { productImport { id status errors { line field reason } } } }`;
    const STATUS = `query($id: ID!) { productImport(id: $id) { status createdCount updatedCount errors { line field reason } } }`;
    const importCsv = async (csv: string) => {
      const started = (await app.gql(START, { csv }, cm)).data!.startProductImport.productImport;
      if (started.status === 'FAILED') return started;
      for (let i = 0; i < 200; i++) {
        const current = (await app.gql(STATUS, { id: started.id }, cm)).data!.productImport;
        if (current.status !== 'RUNNING') return current;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error('import did not finish');
    };
    const translationsOf = (sku: string) => app.dataSource.query(
      `SELECT t.language, t.name, t.description, t.attributes FROM product_translation t JOIN product p ON p.id = t.product_id WHERE p.sku = $1 ORDER BY t.language`, [sku]);

    it('imports the language columns a file has, removes a translation whose name is empty, and keeps the languages it leaves out', async () => {
      const first = await importCsv([
        'sku,name,list_price,currency,name_pl,description_pl,attributes_pl,name_de',
        'CSV-1,Jigsaw Basic,99.00,EUR,Wyrzynarka Basic,Do drewna.,skok=20 mm,Stichsäge Basic',
        'CSV-2,Circular Saw Basic,159.00,EUR,Pilarka tarczowa Basic,,,',
      ].join('\n'));
      expect(first).toMatchObject({ status: 'DONE', createdCount: 2, errors: [] });
      expect(await translationsOf('CSV-1')).toEqual([
        { language: 'de', name: 'Stichsäge Basic', description: '', attributes: {} },
        { language: 'pl', name: 'Wyrzynarka Basic', description: 'Do drewna.', attributes: { skok: '20 mm' } },
      ]);
      expect(await translationsOf('CSV-2')).toEqual([{ language: 'pl', name: 'Pilarka tarczowa Basic', description: '', attributes: {} }]);
      // The second file has Polish names only: the Polish description stays, CSV-2 loses its Polish name, German is untouched.
      const second = await importCsv(['sku,name,list_price,currency,name_pl', 'CSV-1,Jigsaw Basic,99.00,EUR,Wyrzynarka Basic 2', 'CSV-2,Circular Saw Basic,159.00,EUR,'].join('\n'));
      expect(second).toMatchObject({ status: 'DONE', createdCount: 0, updatedCount: 2 });
      expect(await translationsOf('CSV-1')).toEqual([
        { language: 'de', name: 'Stichsäge Basic', description: '', attributes: {} },
        { language: 'pl', name: 'Wyrzynarka Basic 2', description: 'Do drewna.', attributes: { skok: '20 mm' } },
      ]);
      expect(await translationsOf('CSV-2')).toEqual([]);
    });

    it('refuses a description without its name column, and a row with a description but no name, writing nothing', async () => {
      const header = await importCsv(['sku,name,list_price,currency,description_cs', 'CSV-3,Tool,1.00,EUR,Popis'].join('\n'));
      expect(header).toMatchObject({ status: 'FAILED', errors: [{ line: 1, field: 'description_cs', reason: 'needs the name column of its language (a translation has a name)' }] });
      const row = await importCsv(['sku,name,list_price,currency,name_cs,description_cs', 'CSV-3,Tool,1.00,EUR,,Popis', 'CSV-4,Tool,1.00,EUR,N,'].join('\n'));
      expect(row).toMatchObject({ status: 'FAILED', errors: [
        { line: 2, field: 'name_cs', reason: 'is needed with a description or attributes in its language' },
        { line: 3, field: 'name_cs', reason: 'must be 2 to 200 characters' },
      ] });
      expect(await app.dataSource.query(`SELECT sku FROM product WHERE sku IN ('CSV-3', 'CSV-4')`)).toEqual([]);
    });

    it('exports every language column, and the export imports back without writing a row', async () => {
      const csv = (await app.gql(`{ productsCsv }`, {}, cm)).data!.productsCsv as string;
      const lines = csv.trim().split('\n');
      expect(lines[0]).toBe('sku,name,description,unit,list_price,currency,category_code,active,attributes,image_url,'
        + 'name_pl,description_pl,attributes_pl,name_de,description_de,attributes_de,name_cs,description_cs,attributes_cs');
      expect(lines).toContain('AG-1,Angle Grinder Pro 125 mm,Made for professionals.,PCE,100.00,EUR,L-CUT,true,disc=125 mm,,'
        + 'Szlifierka kątowa Pro 125 mm,Szlifierka do cięcia metalu.,tarcza=125 mm,Winkelschleifer Pro 125 mm,,,,,');
      const versions = `SELECT t.product_id, t.language, t.xmin::text AS v FROM product_translation t ORDER BY 1, 2`;
      const before = await app.dataSource.query(versions);
      expect(await importCsv(csv)).toMatchObject({ status: 'DONE', createdCount: 0 });
      expect(await app.dataSource.query(versions)).toEqual(before);
    });
  });
});
