import { startTestApp, TestApp, codeOf, Credentials } from '../../../test/harness';
import { fixtures } from '../../../test/fixtures';
import { Role } from '../../access/role';
import { tasks } from '../../jobs/worker';
import { Mailer } from '../../access/mailer';

const ERASE = `mutation($input: LeadReasonInput!) { eraseLeadPersonalData(input: $input) {
  lead { id status contactName company email phone postalCode message erasedAt partner { id } items { quantity } } } }`;

describe("erasing end customers' personal data", () => {
  let app: TestApp;
  let f: ReturnType<typeof fixtures>;
  let cm: Credentials;

  beforeAll(async () => {
    app = await startTestApp({ leadsPerIpPerHour: 10_000 });
    f = fixtures(app);
    cm = await app.signIn((await f.givenUser(Role.CHANNEL_MANAGER)).email);
  });
  afterAll(() => app.close());

  const historyOf = async (leadId: string) =>
    (await app.dataSource.query(`SELECT action, reason FROM lead_event WHERE lead_id = $1 ORDER BY id`, [leadId])) as { action: string; reason: string | null }[];

  it('erases a lead\'s contact details on request and keeps the lead; again records nothing; only channel managers may', async () => {
    const partner = await f.givenPartner();
    const product = await f.givenProduct();
    const leadId = await f.givenLead({ name: 'Jan Kowalski', company: 'Kowalski i Syn', email: 'jan@kowalski.example', phone: '+48 600 000 000',
      postalCode: '30-001', country: 'PL', message: 'Call me at home', items: [{ productId: product.id, quantity: '2' }] });
    await app.gql(`mutation($input: DispatchLeadInput!) { dispatchLead(input: $input) { lead { id } } }`, { input: { leadId, partnerId: partner.id } }, cm);
    const manager = await app.signIn((await f.givenUser(Role.PARTNER_MANAGER, partner.id)).email);
    expect(codeOf(await app.gql(ERASE, { input: { leadId, reason: 'Asked by the customer' } }, manager))).toBe('FORBIDDEN');

    const erased = await app.gql(ERASE, { input: { leadId, reason: 'Asked by the customer' } }, cm);
    expect(erased.errors).toBeUndefined();
    expect(erased.data!.eraseLeadPersonalData.lead).toMatchObject({
      id: leadId, status: 'DISPATCHED', contactName: '(erased)', company: null, email: 'erased@erased.invalid', phone: null, postalCode: null, message: '',
      partner: { id: partner.id }, items: [{ quantity: '2.000' }],
    });
    expect(erased.data!.eraseLeadPersonalData.lead.erasedAt).toEqual(expect.any(String));
    // Nothing of the customer is left in the lead's row.
    const [row] = await app.dataSource.query(`SELECT l::text AS t FROM lead l WHERE id = $1`, [leadId]);
    for (const trace of ['Kowalski', 'kowalski.example', '600 000', '30-001', 'Call me']) expect(row.t).not.toContain(trace);
    expect((await historyOf(leadId)).map((e) => e.action)).toEqual(['FILED', 'DISPATCHED', 'ERASED']);

    const again = await app.gql(ERASE, { input: { leadId, reason: 'Twice' } }, cm);
    expect(again.errors).toBeUndefined();
    expect((await historyOf(leadId)).map((e) => e.action)).toEqual(['FILED', 'DISPATCHED', 'ERASED']);
    expect(codeOf(await app.gql(ERASE, { input: { leadId: '00000000-0000-4000-8000-000000000000', reason: 'x x' } }, cm))).toBe('NOT_FOUND');
  });

  it('erases, by the daily job, the leads filed before the retention period, and only those', async () => {
    const [old, recent] = [await f.givenLead({ name: 'Old Customer', email: 'old@customer.example' }), await f.givenLead({ name: 'New Customer' })];
    await app.dataSource.query(`UPDATE lead SET created_at = now() - interval '731 days' WHERE id = $1`, [old]);
    const run = tasks({ mailer: new Mailer(undefined, 'x'), leadRetentionDays: 730, leads: { scopes: app.scopes, lifecycle: app.services.leadLifecycle } });
    await run.lead_retention({});
    const rows = await app.dataSource.query(`SELECT id, contact_name AS name, erased_at IS NOT NULL AS erased FROM lead WHERE id = ANY($1) ORDER BY name`, [[old, recent]]);
    expect(rows).toEqual([{ id: old, name: '(erased)', erased: true }, { id: recent, name: 'New Customer', erased: false }]);
    expect((await historyOf(old)).slice(-1)).toEqual([{ action: 'ERASED', reason: 'Retention period over' }]);
    // Run again: nothing more to do, nothing recorded.
    await run.lead_retention({});
    expect((await historyOf(old)).filter((e) => e.action === 'ERASED')).toHaveLength(1);
  });
});
