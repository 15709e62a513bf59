import { startTestApp, TestApp, codeOf, Credentials } from '../../../test/harness';
import { fixtures } from '../../../test/fixtures';
import { Role } from '../../access/role';
import { articleQuery } from './solution-article.service';

const OPEN = `mutation($input: OpenServiceCaseInput!) { openServiceCase(input: $input) { serviceCase { id number status severity customerName customerEmail serialNumber
  firstResponseAt resolvedAt product { id } solutionArticle { id } events { action fromStatus toStatus } } } }`;
const CASE_FIELDS = `id status satisfaction firstResponseAt resolvedAt closedAt solutionArticle { id title } events { action fromStatus toStatus note }`;
const move = (name: string, extra = '') =>
  `mutation($id: ID!${extra.includes('$x') ? ', $x: Int' : ''}${extra.includes('$a') ? ', $a: ID' : ''}) { ${name}(input: { caseId: $id${extra} }) { serviceCase { ${CASE_FIELDS} } } }`;
const SAVE = `mutation($input: SaveSolutionArticleInput!) { saveSolutionArticle(input: $input) { article { id title publishedAt updatedAt } } }`;
const SEARCH = `query($search: String, $first: Int!, $after: String) { solutionArticles(search: $search, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id title } } } }`;

describe('service cases and solution articles', () => {
  let app: TestApp;
  let f: ReturnType<typeof fixtures>;
  let cm: Credentials;

  beforeAll(async () => {
    app = await startTestApp();
    f = fixtures(app);
    cm = await app.signIn((await f.givenUser(Role.CHANNEL_MANAGER)).email);
  });
  afterAll(() => app.close());

  async function givenPartnerPeople() {
    const partner = await f.givenPartner();
    return {
      partner,
      manager: await app.signIn((await f.givenUser(Role.PARTNER_MANAGER, partner.id)).email),
      employee: await app.signIn((await f.givenUser(Role.PARTNER_EMPLOYEE, partner.id)).email),
    };
  }
  const article = async (title: string, body: string, published = true) =>
    (await app.gql(SAVE, { input: { title, body, published } }, cm)).data!.saveSolutionArticle.article as { id: string; publishedAt: string | null };
  const openCase = async (who: Credentials, partnerId: string, extra: Record<string, unknown> = {}) => app.gql(OPEN, {
    input: { partnerId, description: 'The drill stops after a minute', severity: 'HIGH', customer: { name: 'Olga Buyer', email: 'olga@customer.example' }, ...extra },
  }, who);

  it('takes a case from opening to closing, recording the first response, the resolution, the solution and the satisfaction', async () => {
    const p = await givenPartnerPeople();
    const product = await f.givenProduct();
    const help = await article('Drill stops under load', 'Clean the vents and charge the battery fully.');
    const opened = await openCase(p.employee, p.partner.id, { productId: product.id, serialNumber: ' SN-42 ' });
    expect(opened.errors).toBeUndefined();
    const c = opened.data!.openServiceCase.serviceCase;
    expect(c).toMatchObject({ status: 'OPEN', severity: 'HIGH', customerName: 'Olga Buyer', customerEmail: 'olga@customer.example', serialNumber: 'SN-42',
      firstResponseAt: null, resolvedAt: null, product: { id: product.id }, solutionArticle: null, events: [{ action: 'OPENED', fromStatus: null, toStatus: 'OPEN' }] });
    expect(c.number).toMatch(/^S-\d{4}-\d{6}$/);
    const step = async (name: string, variables: Record<string, unknown> = {}, extra = '', who = p.employee) => {
      const r = await app.gql(move(name, extra), { id: c.id, ...variables }, who);
      expect([name, r.errors]).toEqual([name, undefined]);
      return r.data![name].serviceCase;
    };
    const started = await step('startServiceCase');
    expect([started.status, typeof started.firstResponseAt]).toEqual(['IN_PROGRESS', 'string']);
    await step('waitForCustomer');
    await step('resumeServiceCase', {}, '', p.manager);
    const resolved = await step('resolveServiceCase', { a: help.id }, ', solutionArticleId: $a');
    expect([resolved.status, resolved.solutionArticle, resolved.firstResponseAt]).toEqual(['RESOLVED', { id: help.id, title: 'Drill stops under load' }, started.firstResponseAt]);
    expect(Date.parse(resolved.resolvedAt)).toBeGreaterThanOrEqual(Date.parse(started.firstResponseAt));
    const closed = await step('closeServiceCase', { x: 5 }, ', satisfaction: $x');
    expect([closed.status, closed.satisfaction, typeof closed.closedAt]).toEqual(['CLOSED', 5, 'string']);
    expect(closed.events.map((e: { action: string; fromStatus: string | null; toStatus: string }) => `${e.action}:${e.fromStatus}->${e.toStatus}`)).toEqual([
      'OPENED:null->OPEN', 'STARTED:OPEN->IN_PROGRESS', 'WAITING:IN_PROGRESS->WAITING_FOR_CUSTOMER', 'RESUMED:WAITING_FOR_CUSTOMER->IN_PROGRESS',
      'RESOLVED:IN_PROGRESS->RESOLVED', 'CLOSED:RESOLVED->CLOSED',
    ]);
    // The brand owner sees the same case; closing it again changes nothing.
    const again = await step('closeServiceCase', { x: 5 }, ', satisfaction: $x');
    expect(again.events).toHaveLength(6);
    expect((await app.gql(`query($id: ID!) { serviceCase(id: $id) { status satisfaction } }`, { id: c.id }, cm)).data!.serviceCase).toEqual({ status: 'CLOSED', satisfaction: 5 });
  });

  it('refuses moves the status does not allow, brand staff moving a case, and foreign partners; nothing is written', async () => {
    const p = await givenPartnerPeople();
    const other = await givenPartnerPeople();
    const { id } = (await openCase(p.manager, p.partner.id)).data!.openServiceCase.serviceCase;
    const events = async () => (await app.dataSource.query(`SELECT count(*)::int AS n FROM service_case_event WHERE case_id = $1`, [id]))[0].n;
    expect(codeOf(await app.gql(move('closeServiceCase'), { id }, p.manager))).toBe('CONFLICT');
    expect(codeOf(await app.gql(move('waitForCustomer'), { id }, p.manager))).toBe('CONFLICT');
    expect(codeOf(await app.gql(move('startServiceCase'), { id }, cm))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(move('startServiceCase'), { id }, other.manager))).toBe('NOT_FOUND');
    expect(codeOf(await app.gql(`query($id: ID!) { serviceCase(id: $id) { id } }`, { id }, other.employee))).toBe('NOT_FOUND');
    expect(codeOf(await openCase(other.manager, p.partner.id))).toBe('NOT_FOUND');
    expect(codeOf(await openCase(cm, p.partner.id))).toBe('FORBIDDEN');
    const noContact = await openCase(p.manager, p.partner.id, { customer: { name: 'Nobody' } });
    expect([codeOf(noContact), noContact.errors![0].extensions!.field]).toEqual(['BAD_USER_INPUT', 'customer.email']);
    const badClose = await app.gql(move('closeServiceCase', ', satisfaction: $x'), { id, x: 6 }, p.manager);
    expect([codeOf(badClose), badClose.errors![0].extensions!.field]).toEqual(['BAD_USER_INPUT', 'satisfaction']);
    expect(await events()).toBe(1);
    const listed = (await app.gql(`{ serviceCases(first: 100) { totalCount edges { node { id } } } }`, {}, other.manager)).data!.serviceCases;
    expect(listed.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(id);
  });

  it('takes 30 parallel moves of one case as one: each move once in the timeline, the first response kept', async () => {
    const p = await givenPartnerPeople();
    const { id } = (await openCase(p.employee, p.partner.id)).data!.openServiceCase.serviceCase;
    // 15 starts and 15 resolutions at once: whichever order they take, the case ends RESOLVED with one STARTED at most.
    const answers = await Promise.all(Array.from({ length: 30 }, (_, i) =>
      app.gql(move(i % 2 ? 'resolveServiceCase' : 'startServiceCase'), { id }, i % 3 ? p.employee : p.manager)));
    const codes = answers.map((a) => codeOf(a) ?? 'OK');
    expect(codes.filter((c) => c !== 'OK' && c !== 'CONFLICT')).toEqual([]);
    const rows = await app.dataSource.query(`SELECT action FROM service_case_event WHERE case_id = $1 ORDER BY id`, [id]);
    const actions = rows.map((r: { action: string }) => r.action);
    // Either every start came first (STARTED, then RESOLVED) or a resolution did (later starts are CONFLICT).
    expect([['OPENED', 'STARTED', 'RESOLVED'], ['OPENED', 'RESOLVED']]).toContainEqual(actions);
    const [c] = await app.dataSource.query(`SELECT status, first_response_at IS NOT NULL AS responded, resolved_at IS NOT NULL AS resolved FROM service_case WHERE id = $1`, [id]);
    expect(c).toEqual({ status: 'RESOLVED', responded: true, resolved: true });
    // 30 closings at once: one CLOSED step, every answer CLOSED.
    const closings = await Promise.all(Array.from({ length: 30 }, () => app.gql(move('closeServiceCase', ', satisfaction: $x'), { id, x: 4 }, p.employee)));
    expect(new Set(closings.map((a) => a.data?.closeServiceCase.serviceCase.status ?? codeOf(a)))).toEqual(new Set(['CLOSED']));
    expect((await app.dataSource.query(`SELECT count(*)::int AS n FROM service_case_event WHERE case_id = $1 AND action = 'CLOSED'`, [id]))[0].n).toBe(1);
  });

  it('lists the viewer\'s cases newest first with cursors and a status filter', async () => {
    const p = await givenPartnerPeople();
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await openCase(p.employee, p.partner.id)).data!.openServiceCase.serviceCase.id);
    await app.gql(move('startServiceCase'), { id: ids[1] }, p.employee);
    const page = async (after?: string, status?: string) => (await app.gql(`query($after: String, $filter: ServiceCaseFilter) {
      serviceCases(first: 2, after: $after, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`, { after, filter: status ? { status } : null }, p.manager)).data!.serviceCases;
    const first = await page();
    const second = await page(first.pageInfo.endCursor);
    expect([...first.edges, ...second.edges].map((e: { node: { id: string } }) => e.node.id)).toEqual([...ids].reverse());
    expect([first.totalCount, first.pageInfo.hasNextPage, second.pageInfo.hasNextPage]).toEqual([3, true, false]);
    expect((await page(undefined, 'IN_PROGRESS')).edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([ids[1]]);
  });

  it('finds published articles by the words of a problem, the last as a prefix, title matches first; partners never see drafts', async () => {
    const tag = `zq${Date.now().toString(36)}`;
    const inTitle = await article(`${tag} battery not charging`, 'Check the charger contacts.');
    const inBody = await article(`Charger LED blinks red`, `The ${tag} battery is too warm: let it cool.`);
    const draft = await article(`${tag} battery recall draft`, 'Not yet public.', false);
    const p = await givenPartnerPeople();
    const found = async (search: string, who: Credentials) =>
      ((await app.gql(SEARCH, { search, first: 10 }, who)).data!.solutionArticles.edges as { node: { id: string } }[]).map((e) => e.node.id);
    expect(await found(`${tag} batt`, p.employee)).toEqual([inTitle.id, inBody.id]);
    expect(await found(`${tag} batt`, cm)).toEqual(expect.arrayContaining([inTitle.id, inBody.id, draft.id]));
    expect(await found(`${tag} charging`, p.employee)).toEqual([inTitle.id]);
    expect(await found(`${tag} & !: | ( ) battery`, p.employee)).toEqual([inTitle.id, inBody.id]);
    expect(codeOf(await app.gql(`query($id: ID!) { solutionArticle(id: $id) { id } }`, { id: draft.id }, p.employee))).toBe('NOT_FOUND');
    // A draft cannot be linked as the solution of a case.
    const linked = await openCase(p.employee, p.partner.id, { solutionArticleId: draft.id });
    expect([codeOf(linked), linked.errors![0].extensions!.field]).toEqual(['BAD_USER_INPUT', 'solutionArticleId']);
    // Publishing it makes it found; saving the same content again writes nothing.
    const published = (await app.gql(SAVE, { input: { id: draft.id, title: `${tag} battery recall draft`, body: 'Not yet public.', published: true } }, cm)).data!.saveSolutionArticle.article;
    expect(typeof published.publishedAt).toBe('string');
    const same = (await app.gql(SAVE, { input: { id: draft.id, title: `${tag} battery recall draft`, body: 'Not yet public.', published: true } }, cm)).data!.saveSolutionArticle.article;
    expect(same).toEqual(published);
    expect(await found(`${tag} recall`, p.employee)).toEqual([draft.id]);
    expect(codeOf(await app.gql(SAVE, { input: { title: 'Partner tip', body: 'Mine', published: true } }, p.manager))).toBe('FORBIDDEN');
  });

  describe('attachments', () => {
    const ATTACH = `mutation($input: AddServiceCaseAttachmentInput!) { addServiceCaseAttachment(input: $input) { attachment { id fileName contentType byteSize url } } }`;
    const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(40, 7)]);
    const attach = (who: Credentials, caseId: string, fileName: string, content: Buffer | string) =>
      app.gql(ATTACH, { input: { caseId, fileName, contentBase64: typeof content === 'string' ? content : content.toString('base64') } }, who);
    const download = (id: string, who?: Credentials) => fetch(`${app.url}/service-attachments/${id}`, { headers: who?.cookie ? { cookie: who.cookie } : {} });

    it('keeps photos, PDF documents and text with their type read from the bytes; lists them; a retried upload adds nothing', async () => {
      const p = await givenPartnerPeople();
      const { id } = (await openCase(p.employee, p.partner.id)).data!.openServiceCase.serviceCase;
      const photo = await attach(p.employee, id, 'C:\\photos\\broken chuck.png', PNG);
      expect(photo.errors).toBeUndefined();
      const added = photo.data!.addServiceCaseAttachment.attachment;
      expect(added).toEqual({ id: expect.any(String), fileName: 'broken chuck.png', contentType: 'image/png', byteSize: PNG.length, url: `/service-attachments/${added.id}` });
      const log = (await attach(p.employee, id, 'log.txt', Buffer.from('Fehler 42: Überhitzung\n'))).data!.addServiceCaseAttachment.attachment;
      expect([log.contentType, log.byteSize]).toEqual(['text/plain', Buffer.byteLength('Fehler 42: Überhitzung\n')]);
      const pdf = (await attach(p.manager, id, 'receipt.pdf', Buffer.from('%PDF-1.4\n%%EOF\n'))).data!.addServiceCaseAttachment.attachment;
      expect(pdf.contentType).toBe('application/pdf');
      // The same file under the same name again: the one added before, and nothing written.
      const again = await attach(p.employee, id, 'broken chuck.png', PNG);
      expect(again.data!.addServiceCaseAttachment.attachment.id).toBe(added.id);
      const read = await app.gql(`query($id: ID!) { serviceCase(id: $id) { attachments { id fileName } events { action note } } }`, { id }, cm);
      expect(read.data!.serviceCase.attachments).toEqual([
        { id: added.id, fileName: 'broken chuck.png' }, { id: log.id, fileName: 'log.txt' }, { id: pdf.id, fileName: 'receipt.pdf' },
      ]);
      expect(read.data!.serviceCase.events.map((e: { action: string; note: string | null }) => `${e.action}:${e.note}`)).toEqual([
        'OPENED:null', 'ATTACHED:broken chuck.png', 'ATTACHED:log.txt', 'ATTACHED:receipt.pdf',
      ]);
      // Downloads: the partner's people and brand staff get the bytes; a picture shows inline, a PDF downloads.
      const got = await download(added.id, p.employee);
      expect([got.status, got.headers.get('content-type'), got.headers.get('content-disposition'), got.headers.get('x-content-type-options')])
        .toEqual([200, 'image/png', `inline; filename="broken chuck.png"; filename*=UTF-8''broken%20chuck.png`, 'nosniff']);
      expect(Buffer.from(await got.arrayBuffer()).equals(PNG)).toBe(true);
      const doc = await download(pdf.id, cm);
      expect([doc.status, doc.headers.get('content-disposition')]).toEqual([200, `attachment; filename="receipt.pdf"; filename*=UTF-8''receipt.pdf`]);
      expect((await download(log.id, cm)).headers.get('content-type')).toBe('text/plain; charset=utf-8');
    });

    it('refuses other files, empty and too large ones, closed cases, brand staff and other partners, naming the field; nothing is written', async () => {
      const p = await givenPartnerPeople();
      const other = await givenPartnerPeople();
      const { id } = (await openCase(p.employee, p.partner.id)).data!.openServiceCase.serviceCase;
      const refusal = (r: Awaited<ReturnType<typeof attach>>) => [r.errors?.[0]?.extensions?.code, r.errors?.[0]?.extensions?.field];
      expect(refusal(await attach(p.employee, id, 'page.html', Buffer.from([0x3c, 0x68, 0x31, 0x3e, 0x00, 0x01])))).toEqual(['BAD_USER_INPUT', 'contentBase64']);
      expect(refusal(await attach(p.employee, id, 'tool.exe', Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03])))).toEqual(['BAD_USER_INPUT', 'contentBase64']);
      expect(refusal(await attach(p.employee, id, 'empty.txt', ''))).toEqual(['BAD_USER_INPUT', 'contentBase64']);
      expect(refusal(await attach(p.employee, id, 'x.txt', 'not base64!'))).toEqual(['BAD_USER_INPUT', 'contentBase64']);
      expect(refusal(await attach(p.employee, id, 'big.txt', Buffer.alloc(5 * 1024 * 1024 + 1, 0x61)))).toEqual(['BAD_USER_INPUT', 'contentBase64']);
      expect(refusal(await attach(p.employee, id, '  ', PNG))).toEqual(['BAD_USER_INPUT', 'fileName']);
      expect(refusal(await attach(p.employee, id, 'dir/', PNG))).toEqual(['BAD_USER_INPUT', 'fileName']);
      expect(codeOf(await attach(other.employee, id, 'a.png', PNG))).toBe('NOT_FOUND');
      expect(codeOf(await attach(cm, id, 'a.png', PNG))).toBe('FORBIDDEN');
      const count = async () => (await app.dataSource.query(`SELECT count(*)::int AS n FROM service_case_attachment WHERE case_id = $1`, [id]))[0].n;
      expect(await count()).toBe(0);
      // Ten files at most.
      for (let i = 0; i < 10; i += 1) expect((await attach(p.employee, id, `photo-${i}.png`, Buffer.concat([PNG, Buffer.from([i])]))).errors).toBeUndefined();
      expect(codeOf(await attach(p.employee, id, 'photo-10.png', Buffer.concat([PNG, Buffer.from([10])])))).toBe('CONFLICT');
      expect(await count()).toBe(10);
      // A foreign partner, a stranger and a forged id download nothing.
      const [first] = (await app.dataSource.query(`SELECT id FROM service_case_attachment WHERE case_id = $1 ORDER BY added_at LIMIT 1`, [id])) as { id: string }[];
      expect((await download(first.id, other.manager)).status).toBe(404);
      expect((await download(first.id)).status).toBe(404);
      expect((await download('not-an-id', p.employee)).status).toBe(404);
      // A closed case takes no more files.
      const c2 = (await openCase(p.employee, p.partner.id)).data!.openServiceCase.serviceCase.id;
      await app.gql(move('resolveServiceCase'), { id: c2 }, p.employee);
      await app.gql(move('closeServiceCase'), { id: c2 }, p.employee);
      expect(codeOf(await attach(p.employee, c2, 'late.png', PNG))).toBe('CONFLICT');
    });

    it('loads the files of a page of cases in one statement', async () => {
      const p = await givenPartnerPeople();
      for (let i = 0; i < 3; i += 1) {
        const { id } = (await openCase(p.employee, p.partner.id)).data!.openServiceCase.serviceCase;
        await attach(p.employee, id, 'a.png', PNG);
      }
      const list = `{ serviceCases(first: 3) { edges { node { id attachments { id } } } } }`;
      const bare = await app.gql(`{ serviceCases(first: 3) { edges { node { id } } } }`, {}, p.employee);
      const withFiles = await app.gql(list, {}, p.employee);
      expect(withFiles.data!.serviceCases.edges.map((e: { node: { attachments: unknown[] } }) => e.node.attachments.length)).toEqual([1, 1, 1]);
      expect(withFiles.statements - bare.statements).toBe(1);
    });
  });

  it('builds search queries from letters and digits only', () => {
    expect(articleQuery('Akku lädt nicht')).toBe('akku & lädt & nicht:*');
    expect(articleQuery("x' & y:* | !(z)")).toBe('x & y & z:*');
    expect(articleQuery(' &|!() ')).toBeNull();
  });
});
