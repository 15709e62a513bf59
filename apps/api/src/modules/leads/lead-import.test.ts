import { startTestApp, TestApp, codeOf, Credentials } from '../../../test/harness';
import { fixtures } from '../../../test/fixtures';
import { Role } from '../../access/role';
import { tasks } from '../../jobs/worker';
import { Mailer } from '../../access/mailer';
import { MAX_LEAD_ROWS } from './lead-csv';

const START = `mutation($input: StartLeadImportInput!) { startLeadImport(input: $input) { leadImport {
  id status fileName dispatch totalRows processedRows createdCount dispatchedCount errorCount errors { line field reason } createdBy { id } } } }`;
const IMPORT = `query($id: ID!) { leadImport(id: $id) { id status totalRows processedRows createdCount dispatchedCount errorCount errors { line field reason } finishedAt } }`;
const CONSENT = 'Agreed by phone on 30 Nov 2026';

describe('lead CSV import', () => {
  let app: TestApp;
  let f: ReturnType<typeof fixtures>;
  let cm: Credentials;
  let cmId: string;

  const start = async (csv: string, extra: Record<string, unknown> = {}, as: Credentials = cm) => app.gql(START, { input: { csv, ...extra } }, as);
  const started = async (csv: string, extra: Record<string, unknown> = {}) => {
    const result = await start(csv, extra);
    expect(result.errors).toBeUndefined();
    return result.data!.startLeadImport.leadImport;
  };
  const leadCount = async (): Promise<number> => (await app.dataSource.query(`SELECT count(*)::int AS n FROM lead`))[0].n;
  const queuedJob = async (importId: string) =>
    (await app.dataSource.query(`SELECT t.identifier AS task, j.payload FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id
      WHERE j.key = $1`, [`lead-import:${importId}`]))[0];
  /** Runs the import's queued job as the worker would (no worker runs in tests: jobs wait where they can be seen). */
  const runJob = async (importId: string) => {
    const job = await queuedJob(importId);
    expect(job?.task).toBe('lead_import');
    await tasks({ mailer: new Mailer(undefined, 'x'), leads: { scopes: app.scopes, lifecycle: app.services.leadLifecycle, imports: app.services.leadImports } })
      .lead_import(job.payload);
  };
  const state = async (id: string) => {
    const result = await app.gql(IMPORT, { id }, cm);
    expect(result.errors).toBeUndefined();
    return result.data!.leadImport;
  };
  const leadIdsOf = async (importId: string): Promise<string[]> =>
    (await app.dataSource.query(`SELECT lead_ids::text[] AS ids FROM lead_import WHERE id = $1`, [importId]))[0].ids ?? [];

  beforeAll(async () => {
    app = await startTestApp();
    f = fixtures(app);
    const user = await f.givenUser(Role.CHANNEL_MANAGER);
    cmId = user.id;
    cm = await app.signIn(user.email);
    // Every progress report and end of an import, as committed, in order.
    await app.dataSource.query(`
      CREATE TABLE test_import_log (at bigint GENERATED ALWAYS AS IDENTITY, import_id uuid, status text, processed int);
      CREATE FUNCTION test_log_import() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
        BEGIN INSERT INTO public.test_import_log (import_id, status, processed) VALUES (NEW.id, NEW.status, NEW.processed_rows); RETURN NEW; END $$;
      CREATE TRIGGER test_log_import AFTER UPDATE ON lead_import FOR EACH ROW EXECUTE FUNCTION test_log_import();`);
  });
  afterAll(() => app.close());

  const progressOf = async (importId: string) =>
    (await app.dataSource.query(`SELECT status, processed FROM test_import_log WHERE import_id = $1 ORDER BY at`, [importId])) as { status: string; processed: number }[];

  it('writes a good file in the background: exactly its leads, as the New lead form files them, with references and FILED by the importer', async () => {
    const before = await leadCount();
    // A BOM, CRLF line ends, headers in any case, the board's name for the contact, a quoted value with a comma and a line break.
    const csv = '\ufeffContactName,EMAIL,company,phone,postalCode,country,message,consentText\r\n'
      + `Anna Nowak,anna@firma.example,Firma Sp. z o.o.,+48 600 100 200,30-001,PL,"Drills, 12 pcs\r\nby Friday",${CONSENT}\r\n`
      + `  Jan Kowalski  ,jan@kowalski.example,,,,,,${CONSENT}\r\n`
      + `Eva Novak,eva@novak.example,Novak s.r.o.,,602 00,CZ,Call back,"${CONSENT}"\r\n`;
    const imported = await started(csv, { fileName: 'leads.csv' });
    expect(imported).toEqual({
      id: expect.any(String), status: 'RUNNING', fileName: 'leads.csv', dispatch: false, totalRows: 3, processedRows: 0, createdCount: 0, dispatchedCount: 0,
      errorCount: 0, errors: [], createdBy: { id: cmId },
    });
    expect(await leadCount()).toBe(before);

    await runJob(imported.id);
    expect(await state(imported.id)).toMatchObject({ status: 'DONE', totalRows: 3, processedRows: 3, createdCount: 3, dispatchedCount: 0, errorCount: 0, errors: [] });
    expect(await progressOf(imported.id)).toEqual([{ status: 'RUNNING', processed: 3 }, { status: 'DONE', processed: 3 }]);
    expect(await leadCount()).toBe(before + 3);
    const ids = await leadIdsOf(imported.id);
    const leads = await app.dataSource.query(
      `SELECT id, reference, status, source, partner_id AS "partnerId", contact_name AS "contactName", company, email, phone, postal_code AS "postalCode",
              country, message, consent_text AS "consentText", consent_given_at IS NOT NULL AS consented
         FROM lead WHERE id = ANY($1::uuid[]) ORDER BY reference`, [ids]);
    const common = { status: 'UNASSIGNED', source: 'CHANNEL', partnerId: null, consentText: CONSENT, consented: true };
    expect(leads.map(({ id: _id, reference: _ref, ...lead }: Record<string, unknown>) => lead)).toEqual([
      { ...common, contactName: 'Anna Nowak', company: 'Firma Sp. z o.o.', email: 'anna@firma.example', phone: '+48 600 100 200', postalCode: '30-001', country: 'PL', message: 'Drills, 12 pcs\nby Friday' },
      { ...common, contactName: 'Jan Kowalski', company: null, email: 'jan@kowalski.example', phone: null, postalCode: null, country: null, message: '' },
      { ...common, contactName: 'Eva Novak', company: 'Novak s.r.o.', email: 'eva@novak.example', phone: null, postalCode: '602 00', country: 'CZ', message: 'Call back' },
    ]);
    // References from the one sequence, in the file's order.
    const numbers = leads.map((l: { reference: string }) => {
      expect(l.reference).toMatch(/^L-\d{4}-\d{6}$/);
      return Number(l.reference.slice(7));
    });
    expect(numbers).toEqual([numbers[0], numbers[0] + 1, numbers[0] + 2]);
    const events = await app.dataSource.query(
      `SELECT lead_id AS "leadId", partner_id AS "partnerId", action, from_status AS "fromStatus", to_status AS "toStatus", actor_id AS "actorId", reason
         FROM lead_event WHERE lead_id = ANY($1::uuid[]) ORDER BY lead_id`, [ids]);
    expect(events).toEqual([...ids].sort().map((leadId) => ({ leadId, partnerId: null, action: 'FILED', fromStatus: null, toStatus: 'UNASSIGNED', actorId: cmId, reason: null })));

    // The same customer through the New lead form: the same row and history, apart from id and reference.
    const form = await app.gql(`mutation($input: CreateLeadInput!) { createLead(input: $input) { lead { id } } }`, {
      input: { name: 'Anna Nowak', email: 'anna@firma.example', company: 'Firma Sp. z o.o.', phone: '+48 600 100 200', postalCode: '30-001', country: 'PL',
        message: 'Drills, 12 pcs\nby Friday', consentText: CONSENT },
    }, cm);
    const shape = async (id: string) => (await app.dataSource.query(
      `SELECT to_jsonb(l) - 'id' - 'reference' - 'created_at' - 'status_changed_at' - 'consent_given_at' AS lead,
              (SELECT jsonb_agg(to_jsonb(e) - 'id' - 'lead_id' - 'at') FROM lead_event e WHERE e.lead_id = l.id) AS events
         FROM lead l WHERE l.id = $1`, [id]))[0];
    expect(await shape(leads[0].id)).toEqual(await shape(form.data!.createLead.lead.id));

    // The checked rows (personal data) are not kept once written; a second run of the job writes nothing more.
    expect((await app.dataSource.query(`SELECT rows FROM lead_import WHERE id = $1`, [imported.id]))[0].rows).toBeNull();
    await runJob(imported.id);
    expect(await leadCount()).toBe(before + 4);
  });

  it('fails a file with one bad row whole: every problem with its line, no lead, no job; the form refuses the same values with the same reasons', async () => {
    const before = await leadCount();
    const csv = ['name,email,country,consentText', `Ola Dobra,ola@dobra.example,PL,${CONSENT}`, `X,not-an-email,pl,${CONSENT}`, `Piotr Zly,piotr@zly.example,DE,ok`].join('\n');
    const failed = await started(csv);
    const expected = [
      { line: 3, field: 'name', reason: 'must have at least 2 characters besides spaces' },
      { line: 3, field: 'email', reason: 'must be an email address' },
      { line: 3, field: 'country', reason: 'must be a two-letter ISO country code' },
      { line: 4, field: 'consentText', reason: 'must have at least 5 characters besides spaces' },
    ];
    expect(failed).toMatchObject({ status: 'FAILED', totalRows: 0, errorCount: 4, errors: expected });
    expect(await leadCount()).toBe(before);
    expect(await queuedJob(failed.id)).toBeUndefined();
    const form = await app.gql(`mutation($input: CreateLeadInput!) { createLead(input: $input) { lead { id } } }`,
      { input: { name: 'X', email: 'not-an-email', country: 'pl', consentText: CONSENT } }, cm);
    const formFields = (form.errors![0].extensions!.fields as { field: string; reason: string }[]).map(({ field, reason }) => ({ field: field.replace(/^input\./, ''), reason }));
    expect([codeOf(form), formFields]).toEqual(['BAD_USER_INPUT', expected.slice(0, 3).map(({ field, reason }) => ({ field, reason }))]);
    expect(await leadCount()).toBe(before);
  });

  it('answers one file-level error for a bad header, an empty file, a header alone, too many rows or bytes', async () => {
    const errorsOf = async (csv: string) => {
      const result = await started(csv);
      expect(result.status).toBe('FAILED');
      return result.errors;
    };
    expect(await errorsOf('Name,phone,fax,e-mail\nA,1,2,3\n')).toEqual([
      { line: 1, field: 'email, consentText', reason: 'column is missing from the header' },
      { line: 1, field: 'fax, e-mail', reason: 'is not a column Trellis knows (name, company, email, phone, postalCode, country, message, consentText)' },
    ]);
    expect(await errorsOf('name,contactName,email,consentText\n')).toEqual([{ line: 1, field: 'name', reason: 'column appears more than once in the header' }]);
    expect(await errorsOf('')).toEqual([{ line: 1, field: 'file', reason: 'is empty' }]);
    expect(await errorsOf('\ufeff\r\n')).toEqual([{ line: 1, field: 'file', reason: 'is empty' }]);
    expect(await errorsOf('name,email,consentText\r\n')).toEqual([{ line: 1, field: 'file', reason: 'has a header but no rows' }]);
    const row = (i: number) => `Buyer ${i},b${i}@x.example,${CONSENT}`;
    expect(await errorsOf(['name,email,consentText', ...Array.from({ length: MAX_LEAD_ROWS + 1 }, (_, i) => row(i))].join('\n')))
      .toEqual([{ line: 1, field: 'file', reason: `has ${MAX_LEAD_ROWS + 1} rows; at most ${MAX_LEAD_ROWS} are imported at once` }]);
    expect(await errorsOf(`name,email,consentText,message\nBig One,big@x.example,${CONSENT},${'x'.repeat(5 * 1024 * 1024)}\n`))
      .toEqual([{ line: 1, field: 'file', reason: 'is larger than 5 MB' }]);
    expect(await errorsOf('name,email,consentText\n"Unclosed,a@b.example,x\n')).toEqual([{ line: 2, field: 'file', reason: expect.stringMatching(/^is not valid CSV: /) }]);
  });

  it('refuses an email repeated in the file (in any case) on its later line, and keeps at most 200 problems with their total', async () => {
    const csv = ['name,email,consentText', `Ann One,ann@x.example,${CONSENT}`, `Bob Two,bob@x.example,${CONSENT}`, `Ann Again,ANN@X.example,${CONSENT}`].join('\n');
    expect(await started(csv)).toMatchObject({ status: 'FAILED', errorCount: 1, errors: [{ line: 4, field: 'email', reason: 'repeats the email of line 2' }] });
    const many = ['name,email,consentText', ...Array.from({ length: 250 }, (_, i) => `Buyer ${i},nope${i},${CONSENT}`)].join('\n');
    const failed = await started(many);
    expect([failed.errorCount, failed.errors.length, failed.errors[199]]).toEqual([250, 200, { line: 201, field: 'email', reason: 'must be an email address' }]);
  });

  it('names the field and line of text PostgreSQL cannot store; through GraphQL the whole file is refused as bad input', async () => {
    const csv = (message: string, email = 'a@b.example') => `name,email,message,consentText\nAnn One,${email},${message},${CONSENT}\n`;
    const viaService = (text: string) => app.within({ userId: cmId, role: Role.CHANNEL_MANAGER, email: 'cm@x', displayName: 'CM', partnerId: null, visiblePartnerIds: 'ALL', via: 'SESSION' },
      (scope) => app.services.leadImports.start(scope, { csv: text, dispatch: false }));
    expect((await viaService(csv('a\u0000b'))).errors).toEqual([{ line: 2, field: 'message', reason: 'must not contain NUL characters' }]);
    expect((await viaService(csv('ok', 'a\ud800@b.example'))).errors).toEqual([{ line: 2, field: 'email', reason: 'must be valid Unicode (it contains a lone surrogate)' }]);
    const nul = await start(csv('a\u0000b'));
    expect([nul.status, codeOf(nul), nul.errors![0].extensions!.field]).toEqual([400, 'BAD_USER_INPUT', '$input.csv']);
  });

  it('dispatches the written leads by the rules when asked, and counts those dispatched', async () => {
    const territory = await f.givenTerritory(undefined, { countries: ['CZ'] });
    const partner = await f.givenPartner({ territoryIds: [territory.id], country: 'CZ', city: 'Brno' });
    const csv = ['name,email,country,postalCode,consentText',
      `Jana Brno,jana@brno.example,CZ,602 00,${CONSENT}`, `Petr Brno,petr@brno.example,CZ,602 00,${CONSENT}`,
      `Nobody Near,far@away.example,PT,1000-001,${CONSENT}`].join('\n');
    const imported = await started(csv, { dispatch: true });
    expect(imported).toMatchObject({ status: 'RUNNING', dispatch: true, totalRows: 3 });
    await runJob(imported.id);
    expect(await state(imported.id)).toMatchObject({ status: 'DONE', createdCount: 3, dispatchedCount: 2, errors: [] });
    const leads = await app.dataSource.query(`SELECT email, status, partner_id AS "partnerId" FROM lead WHERE id = ANY($1::uuid[]) ORDER BY email`, [await leadIdsOf(imported.id)]);
    expect(leads).toEqual([
      { email: 'far@away.example', status: 'UNASSIGNED', partnerId: null },
      { email: 'jana@brno.example', status: 'DISPATCHED', partnerId: partner.id },
      { email: 'petr@brno.example', status: 'DISPATCHED', partnerId: partner.id },
    ]);
    const history = await app.dataSource.query(`SELECT e.action, e.actor_id AS "actorId" FROM lead_event e JOIN lead l ON l.id = e.lead_id WHERE l.email = 'jana@brno.example' ORDER BY e.id`);
    expect(history).toEqual([{ action: 'FILED', actorId: cmId }, { action: 'DISPATCHED', actorId: cmId }]);
  });

  it('rolls every lead back when the write fails midway, after progress was reported, and ends FAILED with a reason', async () => {
    // A row that passes every check but that this database refuses (a test-only trigger), in the second chunk.
    await app.dataSource.query(`
      CREATE FUNCTION test_refuse_lead() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN IF NEW.contact_name = 'Refused Buyer' THEN RAISE EXCEPTION 'refused by the test'; END IF; RETURN NEW; END $$;
      CREATE TRIGGER test_refuse_lead BEFORE INSERT ON lead FOR EACH ROW EXECUTE FUNCTION test_refuse_lead();`);
    try {
      const before = await leadCount();
      const rows = Array.from({ length: 600 }, (_, i) => `${i === 550 ? 'Refused Buyer' : `Buyer ${i}`},buyer${i}@bulk.example,${CONSENT}`);
      const imported = await started(['name,email,consentText', ...rows].join('\n'));
      await runJob(imported.id);
      expect(await state(imported.id)).toMatchObject({
        status: 'FAILED', processedRows: 0, createdCount: 0, errorCount: 1,
        errors: [{ line: 1, field: 'file', reason: 'could not be written; no lead was created. Try again.' }],
      });
      expect(await progressOf(imported.id)).toEqual([{ status: 'RUNNING', processed: 500 }, { status: 'FAILED', processed: 0 }]);
      expect(await leadCount()).toBe(before);
      expect(await app.dataSource.query(`SELECT count(*)::int AS n FROM lead WHERE email LIKE '%@bulk.example'`)).toEqual([{ n: 0 }]);
    } finally {
      await app.dataSource.query(`DROP TRIGGER test_refuse_lead ON lead; DROP FUNCTION test_refuse_lead()`);
    }
  });

  it('is for brand staff who may file leads: partners are FORBIDDEN, and row-level security hides imports from them', async () => {
    const imported = await started(`name,email,consentText\nAnn One,ann@one.example,${CONSENT}\n`);
    const partner = await f.givenPartner();
    const manager = await f.givenUser(Role.PARTNER_MANAGER, partner.id);
    const as = await app.signIn(manager.email);
    const analyst = await app.signIn((await f.givenUser(Role.ANALYST)).email);
    for (const who of [as, analyst]) {
      expect(codeOf(await start('name,email,consentText\n', {}, who))).toBe('FORBIDDEN');
      expect(codeOf(await app.gql(IMPORT, { id: imported.id }, who))).toBe('FORBIDDEN');
      expect(codeOf(await app.gql(`{ leadImports { id } }`, {}, who))).toBe('FORBIDDEN');
    }
    const viewer = { userId: manager.id, role: Role.PARTNER_MANAGER, email: manager.email, displayName: 'PM', partnerId: partner.id, visiblePartnerIds: [partner.id], via: 'SESSION' as const };
    await expect(app.within(viewer, (scope) => app.services.leadImports.get(scope, imported.id))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await app.within(viewer, (scope) => app.services.leadImports.recent(scope, 50))).toEqual([]);
    const recent = await app.gql(`{ leadImports(first: 2) { id } }`, {}, cm);
    expect(recent.data!.leadImports[0].id).toBe(imported.id);
    expect(recent.data!.leadImports).toHaveLength(2);
  });
});
