import { startTestApp, TestApp, codeOf, Credentials } from './harness';
import { fixtures } from './fixtures';
import { Role } from '../src/access/role';
import { PartnerKind } from '../src/modules/partners/partner.entity';

/*
 * The cross-partner isolation matrix: role x operation x another partner's id. A by-id read or write of
 * another partner's row answers exactly NOT_FOUND and changes nothing; role gating (FORBIDDEN) has rows
 * of its own. The channel below is built once and never changed: every refused write is checked to
 * leave it as it was. Row-level security itself is tested in row-level-security.test.ts.
 */
type Who = 'aManager' | 'aEmployee' | 'a1Manager';
type Kind = 'partner' | 'user' | 'token' | 'lead' | 'registration' | 'order' | 'case' | 'shipment' | 'mdfRequest' | 'mdfClaim' | 'interaction' | 'policy' | 'policyVersion' | 'announcement' | 'incentive';

describe('cross-partner isolation', () => {
  let app: TestApp;
  const ids: Record<string, string> = {};
  const leads: Record<string, string> = {};
  const orders: Record<string, string> = {};
  const as = {} as Record<Who, Credentials>;
  const brandAs: Record<string, Credentials> = {};
  let sku: string;

  beforeAll(async () => {
    app = await startTestApp({ leadsPerIpPerHour: 10_000 });
    const f = fixtures(app);
    const a = await f.givenPartner({ kind: PartnerKind.DISTRIBUTOR, name: 'Own Distributor' });
    const a1 = await f.givenPartner({ parentId: a.id, name: 'Own Reseller' });
    const b = await f.givenPartner({ kind: PartnerKind.DISTRIBUTOR, name: 'Foreign Distributor' });
    const b1 = await f.givenPartner({ parentId: b.id, name: 'Foreign Reseller' });
    Object.assign(ids, { a: a.id, a1: a1.id, b: b.id, b1: b1.id });
    const product = await f.givenProduct();
    [ids.product, sku] = [product.id, product.sku];
    for (const key of ['a', 'a1', 'b', 'b1']) {
      const { slug } = await f.givenShowroom(ids[key]);
      await f.givenOffer(ids[key], product.id);
      leads[key] = await f.givenLead({ slug, items: [{ productId: product.id, quantity: '1' }] });
      ids[`lead:${key}`] = leads[key];
      ids[`registration:${key}`] = (await f.givenRegistration(ids[key], `Shared Customer ${key}`)).id;
      orders[key] = ids[`order:${key}`] = (await f.givenOrder(ids[key], [{ productId: product.id, quantity: 1 }])).id;
      ids[`shipment:${key}`] = (await app.dataSource.query(`INSERT INTO sales_order_shipment (order_id, partner_id, carrier, tracking_reference)
        VALUES ($1, $2, 'DHL', $3) RETURNING id`, [orders[key], ids[key], `ISO-${key}`]))[0].id;
      ids[`case:${key}`] = (await app.dataSource.query(`INSERT INTO service_case (partner_id, customer_name, customer_email, description, severity)
        VALUES ($1, 'Case Customer', 'case@x.example', 'It broke', 'LOW') RETURNING id`, [ids[key]]))[0].id;
      ids[`attachment:${key}`] = (await app.dataSource.query(`INSERT INTO service_case_attachment (case_id, partner_id, file_name, content_type, byte_size, content)
        VALUES ($1, $2, 'note.txt', 'text/plain', 4, 'note') RETURNING id`, [ids[`case:${key}`], ids[key]]))[0].id;
      await app.dataSource.query(`INSERT INTO inventory_snapshot (partner_id, product_id, counted_on, on_hand) VALUES ($1, $2, '2026-11-01', 4)`, [ids[key], product.id]);
    }
    const users = {
      aManager: await f.givenUser(Role.PARTNER_MANAGER, a.id),
      aEmployee: await f.givenUser(Role.PARTNER_EMPLOYEE, a.id),
      a1Manager: await f.givenUser(Role.PARTNER_MANAGER, a1.id),
      bEmployee: await f.givenUser(Role.PARTNER_EMPLOYEE, b.id),
      b1Employee: await f.givenUser(Role.PARTNER_EMPLOYEE, b1.id),
    };
    for (const [key, user] of Object.entries(users)) ids[key] = user.id;
    for (const key of ['aManager', 'aEmployee', 'a1Manager'] as const) as[key] = await app.signIn(users[key].email);
    const tokenOf = async (creds: Credentials) => (await app.gql(`mutation { createApiToken(input: { name: "t" }) { apiToken { id } } }`, {}, creds)).data!.createApiToken.apiToken.id;
    ids.aToken = await tokenOf(as.aEmployee);
    ids.bToken = await tokenOf(await app.signIn(users.bEmployee.email));
    // A lead import of the brand's (it stays RUNNING: no job worker runs here).
    const channel = await app.signIn((await f.givenUser(Role.CHANNEL_MANAGER)).email);
    ids.leadImport = (await app.gql(`mutation($csv: String!) { startLeadImport(input: { csv: $csv }) { leadImport { id } } }`,
      { csv: 'name,email,consentText\nBrand Lead,brand@x.example,Agreed by phone\n' }, channel)).data!.startLeadImport.leadImport.id;
    // MDF: one fund, each partner with an allocation, an approved request, a submitted claim with a file, and their ledger lines.
    ids.fund = (await app.gql(`mutation { createMdfFund(input: { name: "Isolation fund", currency: "EUR", totalBudget: "10000.00", periodStart: "2027-01-01",
      periodEnd: "2027-12-31", claimDeadline: "2028-01-31", activityTypes: [EVENT] }) { fund { id } } }`, {}, channel)).data!.createMdfFund.fund.id;
    for (const key of ['a', 'a1', 'b', 'b1']) {
      const [row] = await app.dataSource.query(
        `WITH a AS (INSERT INTO mdf_allocation (fund_id, partner_id, amount_minor, approved_minor) VALUES ($1, $2, 100000, 50000) RETURNING id),
              r AS (INSERT INTO mdf_request (fund_id, allocation_id, partner_id, activity_type, title, starts_on, ends_on, planned_cost_minor, requested_minor, status, approved_minor)
                    SELECT $1, a.id, $2, 'EVENT', 'Isolation event', '2027-03-01', '2027-03-02', 50000, 50000, 'APPROVED', 50000 FROM a RETURNING id, allocation_id),
              c AS (INSERT INTO mdf_claim (request_id, partner_id, amount_minor, status, idempotency_key, submitted_at) SELECT r.id, $2, 20000, 'SUBMITTED', 'isolation-' || $3, now() FROM r RETURNING id),
              x AS (INSERT INTO mdf_claim_file (claim_id, partner_id, file_name, content_type, byte_size, content) SELECT c.id, $2, 'proof.txt', 'text/plain', 5, 'proof' FROM c RETURNING id),
              l AS (INSERT INTO mdf_ledger (fund_id, allocation_id, partner_id, request_id, kind, amount_minor, currency)
                    SELECT $1, r.allocation_id, $2, NULL, 'ALLOCATE', 100000, 'EUR' FROM r UNION ALL SELECT $1, r.allocation_id, $2, r.id, 'RESERVE', 50000, 'EUR' FROM r RETURNING id)
         SELECT (SELECT id FROM r) AS request, (SELECT id FROM c) AS claim, (SELECT id FROM x) AS file, (SELECT count(*) FROM l) AS lines`, [ids.fund, ids[key], key]);
      Object.assign(ids, { [`mdfRequest:${key}`]: row.request, [`mdfClaim:${key}`]: row.claim, [`mdfFile:${key}`]: row.file });
    }
    await app.dataSource.query(`UPDATE mdf_fund SET allocated_minor = 400000 WHERE id = $1`, [ids.fund]);
    // Interactions: each partner with a shared one (with a follow-up task) and one that is not shared.
    for (const key of ['a', 'a1', 'b', 'b1']) {
      for (const shared of [true, false]) {
        const recorded = await app.gql(`mutation($input: RecordInteractionInput!) { recordInteraction(input: $input) { interaction { id } } }`, { input: {
          partnerId: ids[key], kind: 'VISIT', occurredAt: '2026-10-01T10:00:00Z', subject: `Isolation visit ${key}`, shared, tasks: [{ title: 'Follow up', dueOn: '2026-10-08' }] } }, channel);
        ids[`${shared ? 'interaction' : 'interactionHidden'}:${key}`] = recorded.data!.recordInteraction.interaction.id;
      }
    }
    ids.interactionTask = (await app.dataSource.query(`SELECT id FROM interaction_task WHERE interaction_id = $1`, [ids['interaction:a']]))[0].id;
    // The workbench's saved queries: two analysts, each with one of its own.
    for (const key of ['analystA', 'analystB']) {
      const analyst = await f.givenUser(Role.ANALYST);
      ids[key] = analyst.id;
      brandAs[key] = await app.signIn(analyst.email);
      ids[`savedQuery:${key}`] = (await app.gql(`mutation { saveQuery(input: { name: "Mine", query: "{ viewer { id } }" }) { savedQuery { id } } }`, {}, brandAs[key])).data!.saveQuery.savedQuery.id;
    }
    // Channel performance: each partner's quota for 2026-11, a signal about partner b, a territory with a market size; the orders above in the rollups.
    brandAs.channel = channel;
    for (const key of ['a', 'a1', 'b', 'b1']) {
      await app.dataSource.query(`INSERT INTO partner_quota (partner_id, period_kind, period_start, amount_minor, currency) VALUES ($1, 'MONTH', '2026-11-01', 100000, 'EUR')`, [ids[key]]);
    }
    ids.signal = (await app.dataSource.query(`INSERT INTO channel_signal (kind, partner_id, period, facts) VALUES ('CHANNEL_CONFLICTS', $1, '2026-10-01', '[]') RETURNING id`, [ids.b]))[0].id;
    ids.territory = (await f.givenTerritory()).id;
    await app.dataSource.query(`INSERT INTO territory_market (territory_id, year, amount_minor, currency) VALUES ($1, 2026, 100000000, 'EUR')`, [ids.territory]);
    // Recruitment: an application filed anonymously; onboarding: partner a's training ticked (row-level security reads it for a's users only).
    const applied = await app.gql(`mutation($input: ApplyForPartnershipInput!) { applyForPartnership(input: $input) { reference } }`, { input: {
      companyName: 'Applicant Tools', kind: 'DEALER', country: 'PL', city: 'Kraków', taxId: 'PL5252525252', contactName: 'Ann Applicant',
      contactEmail: 'ann@applicant.example', consent: true, consentText: 'I agree to the processing of my data.' } });
    ids.application = (await app.dataSource.query(`SELECT id FROM partner_application WHERE number = $1`, [applied.data!.applyForPartnership.reference]))[0].id;
    await app.dataSource.query(`INSERT INTO partner_onboarding_step (partner_id, step, how) SELECT unnest($1::uuid[]), 'TRAINING', 'MANUAL'`, [[ids.a, ids.b]]);
    // Programs: a policy and an announcement for distributors (a, b), one for resellers (a1, b1), drafts for everyone; partner b's acknowledgment and receipt.
    const publishPolicy = async (kinds: string[], publish: boolean) => {
      const created = (await app.gql(`mutation($input: CreateSalesPolicyInput!) { createSalesPolicy(input: $input) { policy { id draft { id } } } }`, { input: {
        kind: 'OTHER', title: `For ${kinds.join(' ') || 'everyone'}`, body: 'Terms', effectiveOn: '2099-01-01', audience: { kinds } } }, channel)).data!.createSalesPolicy.policy;
      if (publish) await app.gql(`mutation($id: ID!) { publishSalesPolicyVersion(input: { versionId: $id }) { version { id } } }`, { id: created.draft.id }, channel);
      return [created.id, created.draft.id];
    };
    [ids['policy:distributors'], ids['policyVersion:distributors']] = await publishPolicy(['DISTRIBUTOR'], true);
    [ids['policy:resellers'], ids['policyVersion:resellers']] = await publishPolicy(['RESELLER'], true);
    [ids['policy:draft'], ids['policyVersion:draft']] = await publishPolicy([], false);
    [ids['policy:everyone'], ids['policyVersion:everyone']] = await publishPolicy([], true);
    const announce = async (kinds: string[], publish: boolean) => {
      const id = (await app.gql(`mutation($input: CreateAnnouncementInput!) { createAnnouncement(input: $input) { announcement { id } } }`, { input: {
        kind: 'NEWS', title: `News for ${kinds.join(' ') || 'everyone'}`, body: 'News', audience: { kinds } } }, channel)).data!.createAnnouncement.announcement.id;
      if (publish) await app.gql(`mutation($id: ID!) { publishAnnouncement(input: { announcementId: $id }) { announcement { id } } }`, { id }, channel);
      return id;
    };
    ids['announcement:distributors'] = await announce(['DISTRIBUTOR'], true);
    ids['announcement:resellers'] = await announce(['RESELLER'], true);
    ids['announcement:draft'] = await announce([], false);
    ids['announcement:everyone'] = await announce([], true);
    await app.dataSource.query(`INSERT INTO policy_acknowledgment (version_id, user_id, partner_id) VALUES ($1, $2, $3)`, [ids['policyVersion:distributors'], users.bEmployee.id, ids.b]);
    await app.dataSource.query(`INSERT INTO announcement_read (announcement_id, user_id, partner_id) VALUES ($1, $2, $3)`, [ids['announcement:distributors'], users.bEmployee.id, ids.b]);
    // Incentives: a lead bonus for distributors (a, b) and one for resellers (a1, b1), computed; a statement for every partner.
    const incentive = async (kinds: string[]) => {
      const id = (await app.gql(`mutation($input: CreateIncentiveProgramInput!) { createIncentiveProgram(input: $input) { program { id } } }`, { input: {
        name: `Bonus for ${kinds.join(' ')}`, kind: 'LEAD_BONUS', currency: 'EUR', bonus: '10.00', period: 'MONTH', startsOn: '2026-11-01', audience: { kinds } } }, channel)).data!.createIncentiveProgram.program.id;
      await app.gql(`mutation($id: ID!) { publishIncentiveProgram(input: { programId: $id }) { program { id } } }`, { id }, channel);
      return id;
    };
    ids['incentive:distributors'] = await incentive(['DISTRIBUTOR']);
    ids['incentive:resellers'] = await incentive(['RESELLER']);
    await app.scopes.runSystem('test incentives', (scope) => app.services.incentives.compute(scope));
    for (const key of ['a', 'a1', 'b', 'b1']) {
      ids[`statement:${key}`] = (await app.dataSource.query(`INSERT INTO incentive_statement (program_id, partner_id, period_start, period_end, base_minor, lead_count, earned_minor, currency)
        VALUES ($1, $2, '2026-10-01', '2026-10-31', 0, 1, 1000, 'EUR') RETURNING id`, [ids[key] === ids.a || ids[key] === ids.b ? ids['incentive:distributors'] : ids['incentive:resellers'], ids[key]]))[0].id;
    }
    // Tiers: a tier with a criterion, every partner measured, and an open proposal for partner b.
    ids.tier = (await f.givenTier()).id;
    await app.dataSource.query(`INSERT INTO tier_criterion (tier_id, purpose, metric, minimum, currency) VALUES ($1, 'ENTRY', 'TRAINED_STAFF', 0, NULL)`, [ids.tier]);
    await app.scopes.runSystem('test tiers', (scope) => app.services.tierRules.evaluate(scope));
    ids.tierProposal = (await app.dataSource.query(`SELECT id FROM tier_proposal WHERE partner_id = $1`, [ids.b]))[0].id;
    await app.scopes.runSystem('test rollup', (scope) => app.services.kpiRollup.refresh(scope));
  });
  afterAll(() => app.close());

  const roleOf: Record<Who, Role> = { aManager: Role.PARTNER_MANAGER, aEmployee: Role.PARTNER_EMPLOYEE, a1Manager: Role.PARTNER_MANAGER };
  const visible: Record<Who, string[]> = { aManager: ['a', 'a1'], aEmployee: ['a', 'a1'], a1Manager: ['a1'] };
  const foreign: Record<Kind, Record<Who, string[]>> = {
    partner: { aManager: ['b', 'b1'], aEmployee: ['b', 'b1'], a1Manager: ['a', 'b', 'b1'] },
    user: { aManager: ['bEmployee', 'b1Employee'], aEmployee: ['bEmployee', 'b1Employee'], a1Manager: ['aEmployee', 'bEmployee', 'b1Employee'] },
    token: { aManager: ['bToken'], aEmployee: ['bToken'], a1Manager: ['aToken', 'bToken'] },
    lead: { aManager: ['lead:b', 'lead:b1'], aEmployee: ['lead:b', 'lead:b1'], a1Manager: ['lead:a', 'lead:b', 'lead:b1'] },
    registration: { aManager: ['registration:b', 'registration:b1'], aEmployee: ['registration:b', 'registration:b1'], a1Manager: ['registration:a', 'registration:b', 'registration:b1'] },
    order: { aManager: ['order:b', 'order:b1'], aEmployee: ['order:b', 'order:b1'], a1Manager: ['order:a', 'order:b', 'order:b1'] },
    case: { aManager: ['case:b', 'case:b1'], aEmployee: ['case:b', 'case:b1'], a1Manager: ['case:a', 'case:b', 'case:b1'] },
    shipment: { aManager: ['shipment:b', 'shipment:b1'], aEmployee: ['shipment:b', 'shipment:b1'], a1Manager: ['shipment:a', 'shipment:b', 'shipment:b1'] },
    mdfRequest: { aManager: ['mdfRequest:b', 'mdfRequest:b1'], aEmployee: ['mdfRequest:b', 'mdfRequest:b1'], a1Manager: ['mdfRequest:a', 'mdfRequest:b', 'mdfRequest:b1'] },
    mdfClaim: { aManager: ['mdfClaim:b', 'mdfClaim:b1'], aEmployee: ['mdfClaim:b', 'mdfClaim:b1'], a1Manager: ['mdfClaim:a', 'mdfClaim:b', 'mdfClaim:b1'] },
    // A partner's manager reads the shared interactions of its partners: another partner's, and its own that are not shared, are not there.
    interaction: { aManager: ['interaction:b', 'interaction:b1', 'interactionHidden:a', 'interactionHidden:a1'], aEmployee: [],
      a1Manager: ['interaction:a', 'interaction:b', 'interaction:b1', 'interactionHidden:a1'] },
    // Published documents reach their audience's partners (by the viewer's own partner); drafts reach no partner.
    policy: { aManager: ['policy:resellers', 'policy:draft'], aEmployee: ['policy:resellers', 'policy:draft'], a1Manager: ['policy:distributors', 'policy:draft'] },
    policyVersion: { aManager: ['policyVersion:resellers', 'policyVersion:draft'], aEmployee: [], a1Manager: ['policyVersion:distributors', 'policyVersion:draft'] },
    incentive: { aManager: ['incentive:resellers'], aEmployee: ['incentive:resellers'], a1Manager: ['incentive:distributors'] },
    announcement: { aManager: ['announcement:resellers', 'announcement:draft'], aEmployee: ['announcement:resellers', 'announcement:draft'],
      a1Manager: ['announcement:distributors', 'announcement:draft'] },
  };

  /** Everything the channel's partners own, as one digest: a refused write must leave it as it was. */
  const digest = async (): Promise<string> =>
    (await app.dataSource.query(
      `SELECT md5(concat_ws('|',
         (SELECT string_agg(p::text, ',' ORDER BY p.id) FROM partner p WHERE p.id = ANY($1)),
         (SELECT string_agg(pt::text, ',' ORDER BY pt.partner_id, pt.territory_id) FROM partner_territory pt WHERE pt.partner_id = ANY($1)),
         (SELECT string_agg(o::text, ',' ORDER BY o.partner_id, o.product_id) FROM offer o WHERE o.partner_id = ANY($1)),
         (SELECT string_agg(s::text, ',' ORDER BY s.partner_id) FROM showroom s WHERE s.partner_id = ANY($1)),
         (SELECT string_agg(l::text, ',' ORDER BY l.id) FROM lead l WHERE l.partner_id = ANY($1)),
         (SELECT string_agg(concat_ws(':', u.id, u.active, u.role, u.display_name), ',' ORDER BY u.id) FROM app_user u WHERE u.partner_id = ANY($1)),
         (SELECT string_agg(concat_ws(':', t.id, t.revoked_at), ',' ORDER BY t.id) FROM api_token t JOIN app_user u ON u.id = t.user_id WHERE u.partner_id = ANY($1)),
         (SELECT count(*) FROM partner_change c WHERE c.partner_id = ANY($1)),
         (SELECT string_agg(concat_ws(':', e.lead_id, e.action), ',' ORDER BY e.id) FROM lead_event e WHERE e.partner_id = ANY($1)),
         (SELECT string_agg(concat_ws(':', t.partner_id, t.turn), ',' ORDER BY t.partner_id) FROM partner_lead_turn t),
         (SELECT count(*) FROM lead_dispatch_explanation),
         (SELECT r::text FROM dispatch_rules r),
         (SELECT string_agg(concat_ws(':', d.id, d.status, d.decided_at), ',' ORDER BY d.id) FROM deal_registration d),
         (SELECT string_agg(concat_ws(':', i.id, i.status, i.processed_rows), ',' ORDER BY i.id) FROM lead_import i),
         (SELECT count(*) FROM lead),
         (SELECT string_agg(concat_ws(':', o.id, o.status, o.status_changed_at, o.carrier, o.invoice_number, o.paid_at, o.lead_id), ',' ORDER BY o.id) FROM sales_order o),
         (SELECT count(*) FROM sales_order_line),
         (SELECT count(*) FROM sales_order_event),
         (SELECT string_agg(concat_ws(':', s.product_id, s.on_hand), ',' ORDER BY s.product_id) FROM brand_stock s),
         (SELECT string_agg(concat_ws(':', i.partner_id, i.product_id, i.counted_on, i.on_hand, i.reported_at), ',' ORDER BY i.partner_id, i.product_id, i.counted_on) FROM inventory_snapshot i),
         (SELECT string_agg(concat_ws(':', c.id, c.status, c.status_changed_at, c.solution_article_id), ',' ORDER BY c.id) FROM service_case c),
         (SELECT count(*) FROM service_case_event),
         (SELECT count(*) FROM service_case_attachment),
         (SELECT string_agg(concat_ws(':', s.id, s.delivered_at), ',' ORDER BY s.id) FROM sales_order_shipment s),
         (SELECT string_agg(f::text, ',' ORDER BY f.id) FROM mdf_fund f),
         (SELECT string_agg(a::text, ',' ORDER BY a.id) FROM mdf_allocation a),
         (SELECT string_agg(r::text, ',' ORDER BY r.id) FROM mdf_request r),
         (SELECT string_agg(c::text, ',' ORDER BY c.id) FROM mdf_claim c),
         (SELECT count(*) FROM mdf_claim_file),
         (SELECT count(*) FROM mdf_ledger),
         (SELECT string_agg(i::text, ',' ORDER BY i.id) FROM interaction i),
         (SELECT string_agg(t::text, ',' ORDER BY t.id) FROM interaction_task t),
         (SELECT string_agg(q::text, ',' ORDER BY q.partner_id, q.period_kind, q.period_start) FROM partner_quota q),
         (SELECT string_agg(m::text, ',' ORDER BY m.territory_id, m.year) FROM territory_market m),
         (SELECT string_agg(r::text, ',' ORDER BY r.kind) FROM signal_rule r),
         (SELECT string_agg(s::text, ',' ORDER BY s.id) FROM channel_signal s),
         (SELECT string_agg(a::text, ',' ORDER BY a.id) FROM partner_application a),
         (SELECT string_agg(o::text, ',' ORDER BY o.partner_id, o.step) FROM partner_onboarding_step o),
         (SELECT string_agg(x::text, ',' ORDER BY x.id) FROM sales_policy x),
         (SELECT string_agg(concat_ws(':', v.id, v.status, v.body, v.effective_on, v.published_at), ',' ORDER BY v.id) FROM sales_policy_version v),
         (SELECT string_agg(a::text, ',' ORDER BY a.version_id, a.user_id) FROM policy_acknowledgment a),
         (SELECT string_agg(concat_ws(':', n.id, n.status, n.title, n.body, n.published_at), ',' ORDER BY n.id) FROM announcement n),
         (SELECT string_agg(r::text, ',' ORDER BY r.announcement_id, r.user_id) FROM announcement_read r),
         (SELECT count(*) FROM notification),
         (SELECT string_agg(c::text, ',' ORDER BY c.tier_id, c.purpose, c.metric) FROM tier_criterion c),
         (SELECT string_agg(concat_ws(':', i.id, i.status, i.name, i.bonus_minor, i.computed_at, i.settled_through), ',' ORDER BY i.id) FROM incentive_program i),
         (SELECT string_agg(a::text, ',' ORDER BY a.program_id, a.partner_id, a.period_start) FROM incentive_accrual a),
         (SELECT string_agg(s::text, ',' ORDER BY s.id) FROM incentive_statement s),
         (SELECT string_agg(concat_ws(':', t.auto_apply, t.window_months, t.updated_at), ',') FROM tier_program t),
         (SELECT string_agg(t::text, ',' ORDER BY t.partner_id) FROM tier_standing t),
         (SELECT string_agg(concat_ws(':', t.id, t.status, t.decided_at, t.facts), ',' ORDER BY t.id) FROM tier_proposal t),
         (SELECT string_agg(concat_ws(':', p.id, p.tier_id), ',' ORDER BY p.id) FROM partner p),
         (SELECT count(*) FROM graphile_worker.jobs WHERE task_identifier = 'kpi_rollup'))) AS digest`,
      [[ids.a, ids.a1, ids.b, ids.b1]],
    ))[0].digest;

  type Build = (id: string) => [string, Record<string, unknown>];
  const leadMove = (name: string, extra = ''): Build => (id) => [`mutation($id: ID!) { ${name}(input: { leadId: $id${extra} }) { lead { id status } } }`, { id }];
  const LEAD_MOVES: [string, 'lead', Role[], Build][] = [
    ['acceptLead', 'lead', [Role.PARTNER_MANAGER], leadMove('acceptLead')],
    ['declineLead', 'lead', [Role.PARTNER_MANAGER], leadMove('declineLead', ', reason: "Not ours"')],
    ['qualifyLead', 'lead', [Role.PARTNER_MANAGER, Role.PARTNER_EMPLOYEE],
      leadMove('qualifyLead', ', score: 50, budgetConfirmed: true, authorityConfirmed: true, needConfirmed: true, timing: NOW')],
    ['convertLead', 'lead', [Role.PARTNER_MANAGER, Role.PARTNER_EMPLOYEE], leadMove('convertLead', ', value: { amount: "10.00", currency: "EUR" }')],
    ['disqualifyLead', 'lead', [Role.PARTNER_MANAGER, Role.PARTNER_EMPLOYEE], leadMove('disqualifyLead', ', reason: "Spam"')],
    ['markLeadLost', 'lead', [Role.PARTNER_MANAGER, Role.PARTNER_EMPLOYEE], leadMove('markLeadLost', ', reason: "Gone"')],
    ['assignLead', 'lead', [Role.PARTNER_MANAGER], (id) => [`mutation($id: ID!, $u: ID!) { assignLead(input: { leadId: $id, userId: $u }) { lead { id } } }`, { id, u: ids.aEmployee }]],
  ];
  const PM = [Role.PARTNER_MANAGER];
  const PARTNER_ROLES = [Role.PARTNER_MANAGER, Role.PARTNER_EMPLOYEE];
  const orderMove = (name: string, extra = ''): Build => (id) => [`mutation($id: ID!) { ${name}(input: { orderId: $id${extra} }) { order { id status } } }`, { id }];
  const ORDER_MOVES: [string, 'order', Role[], Build][] = [
    ['submitOrder', 'order', PARTNER_ROLES, orderMove('submitOrder')],
    ['confirmOrder', 'order', PM, orderMove('confirmOrder')],
    ['startFulfilment', 'order', PARTNER_ROLES, orderMove('startFulfilment')],
    ['shipOrder', 'order', PARTNER_ROLES, orderMove('shipOrder', ', carrier: "DHL", trackingReference: "JD0001"')],
    ['markDelivered', 'order', PARTNER_ROLES, orderMove('markDelivered')],
    ['cancelOrder', 'order', PARTNER_ROLES, orderMove('cancelOrder', ', reason: "Not ours"')],
    ['recordInvoice', 'order', PM, orderMove('recordInvoice', ', invoiceNumber: "INV-1", invoicedAt: "2026-01-01T00:00:00Z", dueAt: "2026-02-01T00:00:00Z"')],
    ['recordPayment', 'order', PM, orderMove('recordPayment', ', paidAt: "2026-01-15T00:00:00Z"')],
  ];
  const createOrder: Build = (id) => [`mutation($id: ID!, $p: ID!) { createOrder(input: { kind: SELL_OUT, partnerId: $id, idempotencyKey: "isolation-key",
    customer: { name: "Spy Customer", email: "spy@x.example" }, lines: [{ productId: $p, quantity: 1 }] }) { order { id } } }`, { id, p: ids.product }];
  const MDF_PARTNER_OPS: [string, Kind, Role[], Build][] = [
    ['mdfRequest', 'mdfRequest', PARTNER_ROLES, (id) => [`query($id: ID!) { mdfRequest(id: $id) { id claims { id files { id } } } }`, { id }]],
    ['mdfClaim', 'mdfClaim', PARTNER_ROLES, (id) => [`query($id: ID!) { mdfClaim(id: $id) { id files { id } } }`, { id }]],
    ['requestMdf', 'partner', PM, (id) => [`mutation($id: ID!, $f: ID!) { requestMdf(input: { fundId: $f, partnerId: $id, activityType: EVENT, title: "Spy event",
      startsOn: "2027-05-01", endsOn: "2027-05-02", plannedCost: "10.00", requested: "10.00" }) { request { id } } }`, { id, f: ids.fund }]],
    ['resubmitMdfRequest', 'mdfRequest', PM, (id) => [`mutation($id: ID!) { resubmitMdfRequest(input: { requestId: $id, requested: "1.00" }) { request { id } } }`, { id }]],
    ['closeMdfRequest', 'mdfRequest', PM, (id) => [`mutation($id: ID!) { closeMdfRequest(input: { requestId: $id }) { request { id status } } }`, { id }]],
    ['createMdfClaim', 'mdfRequest', PM, (id) => [`mutation($id: ID!) { createMdfClaim(input: { requestId: $id, amount: "1.00", idempotencyKey: "isolation-spy" }) { claim { id } } }`, { id }]],
    ['addMdfClaimFile', 'mdfClaim', PM, (id) => [`mutation($id: ID!) { addMdfClaimFile(input: { claimId: $id, fileName: "spy.txt", contentBase64: "c3B5" }) { file { id } } }`, { id }]],
    ['submitMdfClaim', 'mdfClaim', PM, (id) => [`mutation($id: ID!) { submitMdfClaim(input: { claimId: $id }) { claim { id } } }`, { id }]],
    ['attributeLeadToMdf', 'lead', PARTNER_ROLES, (id) => [`mutation($id: ID!) { attributeLeadToMdf(input: { leadId: $id }) { lead { id } } }`, { id }]],
  ];
  const byId: [string, Kind, Role[], Build][] = [
    ['markShipmentDelivered', 'shipment', PARTNER_ROLES, (id) => [`mutation($id: ID!) { markShipmentDelivered(input: { shipmentId: $id }) { order { id status } } }`, { id }]],
    ['serviceCase', 'case', PARTNER_ROLES, (id) => [`query($id: ID!) { serviceCase(id: $id) { id events { action } } }`, { id }]],
    ['startServiceCase', 'case', PARTNER_ROLES, (id) => [`mutation($id: ID!) { startServiceCase(input: { caseId: $id }) { serviceCase { id status } } }`, { id }]],
    ['addServiceCaseAttachment', 'case', PARTNER_ROLES, (id) => [`mutation($id: ID!) { addServiceCaseAttachment(input: { caseId: $id, fileName: "spy.txt",
      contentBase64: "c3B5" }) { attachment { id } } }`, { id }]],
    ['resolveServiceCase', 'case', PARTNER_ROLES, (id) => [`mutation($id: ID!) { resolveServiceCase(input: { caseId: $id }) { serviceCase { id status } } }`, { id }]],
    ['openServiceCase', 'partner', PARTNER_ROLES, (id) => [`mutation($id: ID!) { openServiceCase(input: { partnerId: $id, description: "Spy case", severity: LOW,
      customer: { name: "Spy", email: "spy@x.example" } }) { serviceCase { id } } }`, { id }]],
    ['order', 'order', PARTNER_ROLES, (id) => [`query($id: ID!) { order(id: $id) { id lines { quantity } events { action } } }`, { id }]],
    ['createOrder', 'partner', PARTNER_ROLES, createOrder],
    ['fulfilLead', 'lead', PM, (id) => [`mutation($id: ID!) { fulfilLead(input: { leadId: $id, idempotencyKey: "isolation-key" }) { order { id } } }`, { id }]],
    ...ORDER_MOVES,
    ['dealRegistration', 'registration', PARTNER_ROLES, (id) => [`query($id: ID!) { dealRegistration(id: $id) { id conflicts { kind } } }`, { id }]],
    ['partner', 'partner', PARTNER_ROLES, (id) => [`query($id: ID!) { partner(id: $id) { id name } }`, { id }]],
    ['partner onboarding', 'partner', PARTNER_ROLES, (id) => [`query($id: ID!) { partner(id: $id) { id onboarding { completed steps { code done how } } } }`, { id }]],
    ['lead', 'lead', PARTNER_ROLES, (id) => [`query($id: ID!) { lead(id: $id) { id history { action } } }`, { id }]],
    ['offers', 'partner', PARTNER_ROLES, (id) => [`query($id: ID!) { offers(partnerId: $id, first: 5) { totalCount edges { node { partner { id } } } } }`, { id }]],
    ['inventory', 'partner', PARTNER_ROLES, (id) => [`query($id: ID!) { inventory(partnerId: $id, first: 5) { totalCount edges { node { partnerId onHand } } } }`, { id }]],
    ['reportInventory', 'partner', PARTNER_ROLES, (id) => [`mutation($id: ID!, $p: ID!) { reportInventory(input: { partnerId: $id, countedOn: "2026-11-02", lines: [{ productId: $p, onHand: 9 }] }) { report { changedCount } } }`, { id, p: ids.product }]],
    ['importInventory', 'partner', PARTNER_ROLES, (id) => [`mutation($id: ID!, $csv: String!) { importInventory(input: { partnerId: $id, countedOn: "2026-11-02", csv: $csv }) { report { changedCount } } }`, { id, csv: `sku,on_hand\n${sku},9\n` }]],
    ['showroomSettings', 'partner', PARTNER_ROLES, (id) => [`query($id: ID!) { showroomSettings(partnerId: $id) { slug } }`, { id }]],
    ['invitePartnerUser', 'partner', PM, (id) => [`mutation($id: ID!) { invitePartnerUser(input: { partnerId: $id, email: "spy@x.example", displayName: "Spy Spy", role: PARTNER_EMPLOYEE }) { user { id } } }`, { id }]],
    ['saveOffer', 'partner', PM, (id) => [`mutation($id: ID!, $p: ID!) { saveOffer(input: { partnerId: $id, productId: $p, price: { amount: "1.00", currency: "EUR" }, stock: 1, deliveryDays: 1 }) { offer { stock } } }`, { id, p: ids.product }]],
    ['importOffers', 'partner', PM, (id) => [`mutation($id: ID!, $csv: String!) { importOffers(input: { partnerId: $id, csv: $csv }) { result { updatedCount } } }`, { id, csv: `sku,price,currency\n${sku},1.00,EUR\n` }]],
    ['saveShowroom', 'partner', PM, (id) => [`mutation($id: ID!) { saveShowroom(input: { partnerId: $id, slug: "taken-over", displayName: "Mine", accentColor: "#000000", welcomeText: "", enabled: false, pricesGross: false, vatPercent: 0 }) { showroom { slug } } }`, { id }]],
    ['deactivateUser', 'user', PM, (id) => [`mutation($id: ID!) { deactivateUser(input: { userId: $id }) { user { id } } }`, { id }]],
    ['revokeApiToken', 'token', PARTNER_ROLES, (id) => [`mutation($id: ID!) { revokeApiToken(input: { apiTokenId: $id }) { apiToken { id } } }`, { id }]],
    ...LEAD_MOVES,
    ...MDF_PARTNER_OPS,
  ];
  // Reads of interactions and the timeline: a distributor's manager reads its reseller's too, so these are not manager-only partner operations.
  const INTERACTION_READS: [string, Kind, Role[], Build][] = [
    ['interaction', 'interaction', PM, (id) => [`query($id: ID!) { interaction(id: $id) { id subject tasks { id } } }`, { id }]],
    ['interactions', 'partner', PM, (id) => [`query($id: ID!) { interactions(partnerId: $id, first: 5) { totalCount edges { node { id } } } }`, { id }]],
    ['partnerTimeline', 'partner', PM, (id) => [`query($id: ID!) { partnerTimeline(partnerId: $id, first: 50) { edges { node { key subjectId } } } }`, { id }]],
  ];
  const PROGRAM_OPS: [string, Kind, Role[], Build][] = [
    ['salesPolicy', 'policy', PARTNER_ROLES, (id) => [`query($id: ID!) { salesPolicy(id: $id) { id title versions { id body } } }`, { id }]],
    ['acknowledgeSalesPolicy', 'policyVersion', PM, (id) => [`mutation($id: ID!) { acknowledgeSalesPolicy(input: { versionId: $id }) { version { id } } }`, { id }]],
    ['announcement', 'announcement', PARTNER_ROLES, (id) => [`query($id: ID!) { announcement(id: $id) { id body readAt } }`, { id }]],
    ['markAnnouncementRead', 'announcement', PARTNER_ROLES, (id) => [`mutation($id: ID!) { markAnnouncementRead(input: { announcementId: $id }) { announcement { id } } }`, { id }]],
    ['tierStanding', 'partner', PARTNER_ROLES, (id) => [`query($id: ID!) { tierStanding(partnerId: $id) { figures { value } keep { value } } }`, { id }]],
    ['incentiveProgram', 'incentive', PARTNER_ROLES, (id) => [`query($id: ID!) { incentiveProgram(id: $id) { id myAccruals { earned { amount } } } }`, { id }]],
    ['incentiveAccruals', 'partner', PARTNER_ROLES, (id) => [`query($id: ID!, $p: ID!) { incentiveAccruals(programId: $p, partnerId: $id, first: 5) { edges { node { earned { amount } } } } }`,
      { id, p: ids['incentive:distributors'] }]],
    ['incentiveStatements', 'partner', PARTNER_ROLES, (id) => [`query($id: ID!) { incentiveStatements(partnerId: $id, first: 5) { edges { node { number } } } }`, { id }]],
  ];
  const notFoundCells = (Object.keys(roleOf) as Who[]).flatMap((who) =>
    [...byId, ...INTERACTION_READS, ...PROGRAM_OPS].filter(([, , roles]) => roles.includes(roleOf[who])).flatMap(([name, kind, , build]) => foreign[kind][who].map((target) => [who, name, target, build] as const)),
  );

  it.each(notFoundCells)('%s: %s of foreign %s answers NOT_FOUND and changes nothing', async (who, _name, target, build) => {
    const before = await digest();
    const result = await app.gql(...build(ids[target]), as[who]);
    expect(codeOf(result)).toBe('NOT_FOUND');
    expect(JSON.stringify(result.data ?? {})).not.toContain(ids[target]);
    expect(await digest()).toBe(before);
  });

  /** Operations a role may not call at all: FORBIDDEN for any id, its own partner's included. */
  const brandOnly: [string, Build][] = [
    'updatePartnerProfile', 'startPartnerOnboarding', 'activatePartner', 'suspendPartner', 'terminatePartner',
  ].map((name) => [name, (id) => [`mutation($id: ID!) { ${name}(input: { partnerId: $id${name === 'updatePartnerProfile' ? ', name: "Taken"' : ''} }) { partner { id } } }`, { id }]] as [string, Build]);
  brandOnly.push(
    ['assignPartnerTier', (id) => [`mutation($id: ID!) { assignPartnerTier(input: { partnerId: $id }) { partner { id } } }`, { id }]],
    ['assignPartnerOwner', (id) => [`mutation($id: ID!, $o: ID!) { assignPartnerOwner(input: { partnerId: $id, ownerId: $o }) { partner { id } } }`, { id, o: ids.aManager }]],
    ['setPartnerParent', (id) => [`mutation($id: ID!) { setPartnerParent(input: { partnerId: $id }) { partner { id } } }`, { id }]],
    ['setPartnerTerritories', (id) => [`mutation($id: ID!) { setPartnerTerritories(input: { partnerId: $id, territoryIds: [] }) { partner { id } } }`, { id }]],
    ['dispatchLead', (id) => [`mutation($id: ID!, $lead: ID!) { dispatchLead(input: { leadId: $lead, partnerId: $id }) { lead { id } } }`, { id, lead: leads.a }]],
    ['autoDispatchLeads', () => [`mutation($lead: ID!) { autoDispatchLeads(input: { leadIds: [$lead] }) { dispatched { id } } }`, { lead: leads.b }]],
    ['dispatchCandidates', () => [`query($lead: ID!) { dispatchCandidates(leadId: $lead) { considered } }`, { lead: leads.b }]],
    ['dispatchRules', () => [`{ dispatchRules { territoryWeight } }`, {}]],
    ['createLead', () => [`mutation { createLead(input: { name: "Spy Lead", email: "spy@x.example", consentText: "Agreed by phone" }) { lead { id } } }`, {}]],
    ['eraseLeadPersonalData', () => [`mutation($lead: ID!) { eraseLeadPersonalData(input: { leadId: $lead, reason: "Asked" }) { lead { id } } }`, { lead: leads.a }]],
    ['approveDealRegistration', () => [`mutation($id: ID!) { approveDealRegistration(input: { registrationId: $id }) { registration { id } } }`, { id: ids['registration:b'] }]],
    ['rejectDealRegistration', () => [`mutation($id: ID!) { rejectDealRegistration(input: { registrationId: $id, reason: "Nope" }) { registration { id } } }`, { id: ids['registration:b'] }]],
    ['updateDispatchRules', () => [`mutation { updateDispatchRules(input: { territoryWeight: 0, requireTerritory: false }) { rules { territoryWeight } } }`, {}]],
    ['startLeadImport', () => [`mutation($csv: String!) { startLeadImport(input: { csv: $csv, dispatch: true }) { leadImport { id status } } }`,
      { csv: 'name,email,consentText\nSpy Lead,spy@x.example,Agreed by phone\n' }]],
    ['leadImport', () => [`query($id: ID!) { leadImport(id: $id) { id status errors { reason } } }`, { id: ids.leadImport }]],
    ['leadImports', () => [`{ leadImports { id } }`, {}]],
    ['createMdfFund', () => [`mutation { createMdfFund(input: { name: "Spy fund", currency: "EUR", totalBudget: "1.00", periodStart: "2027-01-01", periodEnd: "2027-01-02",
      claimDeadline: "2027-01-03", activityTypes: [EVENT] }) { fund { id } } }`, {}]],
    ['allocateMdf', (id) => [`mutation($id: ID!, $f: ID!) { allocateMdf(input: { fundId: $f, partnerId: $id, amount: "5000.00" }) { allocation { id } } }`, { id, f: ids.fund }]],
    ['allocateMdfByRule', () => [`mutation($f: ID!) { allocateMdfByRule(input: { fundId: $f, amount: "100.00", rule: EQUAL }) { shares { basis } } }`, { f: ids.fund }]],
    ['expireMdfFund', () => [`mutation($f: ID!) { expireMdfFund(input: { fundId: $f }) { fund { id } } }`, { f: ids.fund }]],
    ['mdfLedgerCheck', () => [`query($f: ID!) { mdfLedgerCheck(id: $f) }`, { f: ids.fund }]],
    ['approveMdfRequest', () => [`mutation($id: ID!) { approveMdfRequest(input: { requestId: $id }) { request { id } } }`, { id: ids['mdfRequest:a'] }]],
    ['rejectMdfRequest', () => [`mutation($id: ID!) { rejectMdfRequest(input: { requestId: $id, reason: "Nope" }) { request { id } } }`, { id: ids['mdfRequest:a'] }]],
    ['askMdfRequestChanges', () => [`mutation($id: ID!) { askMdfRequestChanges(input: { requestId: $id, reason: "Nope" }) { request { id } } }`, { id: ids['mdfRequest:b'] }]],
    ['approveMdfClaim', () => [`mutation($id: ID!) { approveMdfClaim(input: { claimId: $id }) { claim { id } } }`, { id: ids['mdfClaim:a'] }]],
    ['rejectMdfClaim', () => [`mutation($id: ID!) { rejectMdfClaim(input: { claimId: $id, reason: "Nope" }) { claim { id } } }`, { id: ids['mdfClaim:a'] }]],
    ['payMdfClaim', () => [`mutation($id: ID!) { payMdfClaim(input: { claimId: $id, method: TRANSFER, reference: "X", idempotencyKey: "isolation-pay" }) { claim { id } } }`, { id: ids['mdfClaim:b'] }]],
    // A workbench's saved queries are brand staff's own preferences: partners have none.
    ['savedQueries', () => [`{ savedQueries { id query } }`, {}]],
    ['saveQuery', () => [`mutation { saveQuery(input: { name: "Spy", query: "{ viewer { id } }" }) { savedQuery { id } } }`, {}]],
    ['deleteSavedQuery', () => [`mutation($id: ID!) { deleteSavedQuery(input: { savedQueryId: $id }) { deletedSavedQueryId } }`, { id: ids['savedQuery:analystA'] }]],
  );
  // Interactions are the brand's records: partners neither write them nor see their follow-up tasks.
  brandOnly.push(
    ['recordInteraction', (id) => [`mutation($id: ID!) { recordInteraction(input: { partnerId: $id, kind: CALL, occurredAt: "2026-10-02T10:00:00Z", subject: "Spy call" }) { interaction { id } } }`, { id }]],
    ['updateInteraction', () => [`mutation($id: ID!) { updateInteraction(input: { interactionId: $id, kind: CALL, occurredAt: "2026-10-02T10:00:00Z", subject: "Spy call", shared: true }) { interaction { id } } }`,
      { id: ids['interaction:a'] }]],
    ['addInteractionTask', () => [`mutation($id: ID!) { addInteractionTask(input: { interactionId: $id, title: "Spy task", dueOn: "2026-10-09" }) { task { id } } }`, { id: ids['interaction:a'] }]],
    ['completeInteractionTask', () => [`mutation($id: ID!) { completeInteractionTask(input: { taskId: $id }) { task { id } } }`, { id: ids.interactionTask }]],
    ['interactionTasks', () => [`{ interactionTasks(first: 10) { edges { node { id } } } }`, {}]],
  );
  // Recruitment is the brand's: partners neither read applications nor decide them; onboarding steps are ticked by channel writers only.
  brandOnly.push(
    ['partnerApplications', () => [`{ partnerApplications(first: 10) { edges { node { id contactEmail } } } }`, {}]],
    ['partnerApplication', () => [`query($id: ID!) { partnerApplication(id: $id) { id duplicates { reasons } } }`, { id: ids.application }]],
    ['approvePartnerApplication', () => [`mutation($id: ID!) { approvePartnerApplication(input: { applicationId: $id, code: "SPY" }) { partner { id } } }`, { id: ids.application }]],
    ['rejectPartnerApplication', () => [`mutation($id: ID!) { rejectPartnerApplication(input: { applicationId: $id, reason: "Spy" }) { application { id } } }`, { id: ids.application }]],
    ['completeOnboardingStep', (id) => [`mutation($id: ID!) { completeOnboardingStep(input: { partnerId: $id, step: "TRAINING" }) { partner { id } } }`, { id }]],
  );
  // Channel performance: quotas, market sizes, signals and their rules are brand staff's; only brand staff who write change them.
  // Programs: the brand writes policies and announcements and alone reads who acknowledged or read them.
  brandOnly.push(
    ['createSalesPolicy', () => [`mutation { createSalesPolicy(input: { kind: OTHER, title: "Spy terms", body: "Spy", effectiveOn: "2099-01-01" }) { policy { id } } }`, {}]],
    ['updateSalesPolicy', () => [`mutation($id: ID!) { updateSalesPolicy(input: { policyId: $id, title: "Taken", audience: {} }) { policy { id } } }`, { id: ids['policy:distributors'] }]],
    ['saveSalesPolicyDraft', () => [`mutation($id: ID!) { saveSalesPolicyDraft(input: { policyId: $id, body: "Spy", effectiveOn: "2099-01-01" }) { version { id } } }`, { id: ids['policy:distributors'] }]],
    ['publishSalesPolicyVersion', () => [`mutation($id: ID!) { publishSalesPolicyVersion(input: { versionId: $id }) { version { id } } }`, { id: ids['policyVersion:draft'] }]],
    ['createAnnouncement', () => [`mutation { createAnnouncement(input: { kind: NEWS, title: "Spy news", body: "Spy" }) { announcement { id } } }`, {}]],
    ['updateAnnouncement', () => [`mutation($id: ID!) { updateAnnouncement(input: { announcementId: $id, kind: NEWS, title: "Taken", body: "Spy" }) { announcement { id } } }`, { id: ids['announcement:draft'] }]],
    ['publishAnnouncement', () => [`mutation($id: ID!) { publishAnnouncement(input: { announcementId: $id }) { announcement { id } } }`, { id: ids['announcement:draft'] }]],
    ['SalesPolicyVersion.acknowledgmentSummary', () => [`query($id: ID!) { salesPolicy(id: $id) { latestVersion { acknowledgmentSummary { partners } } } }`, { id: ids['policy:everyone'] }]],
    ['SalesPolicyVersion.partnerAcknowledgments', () => [`query($id: ID!) { salesPolicy(id: $id) { latestVersion { partnerAcknowledgments(first: 10) { edges { node { partner { id } } } } } } }`, { id: ids['policy:everyone'] }]],
    ['SalesPolicy.draft', () => [`query($id: ID!) { salesPolicy(id: $id) { draft { id } } }`, { id: ids['policy:everyone'] }]],
    ['Announcement.readSummary', () => [`query($id: ID!) { announcement(id: $id) { readSummary { usersRead } } }`, { id: ids['announcement:everyone'] }]],
    ['createIncentiveProgram', () => [`mutation { createIncentiveProgram(input: { name: "Spy", kind: LEAD_BONUS, currency: "EUR", bonus: "1.00", period: MONTH, startsOn: "2026-11-01" }) { program { id } } }`, {}]],
    ['updateIncentiveProgram', () => [`mutation($id: ID!) { updateIncentiveProgram(input: { programId: $id, name: "Spy", kind: LEAD_BONUS, currency: "EUR", bonus: "1.00", period: MONTH, startsOn: "2026-11-01" }) { program { id } } }`, { id: ids['incentive:distributors'] }]],
    ['publishIncentiveProgram', () => [`mutation($id: ID!) { publishIncentiveProgram(input: { programId: $id }) { program { id } } }`, { id: ids['incentive:distributors'] }]],
    ['computeIncentives', () => [`mutation { computeIncentives { computation { programs } } }`, {}]],
    ['tierProposals', () => [`{ tierProposals(first: 10) { edges { node { id facts { value } } } } }`, {}]],
    ['evaluateTiers', () => [`mutation { evaluateTiers { evaluation { proposed } } }`, {}]],
    ['applyTierProposal', () => [`mutation($id: ID!) { applyTierProposal(input: { proposalId: $id }) { proposal { id } } }`, { id: ids.tierProposal }]],
    ['dismissTierProposal', () => [`mutation($id: ID!) { dismissTierProposal(input: { proposalId: $id }) { proposal { id } } }`, { id: ids.tierProposal }]],
    ['setTierCriteria', () => [`mutation($id: ID!) { setTierCriteria(input: { tierId: $id, criteria: [] }) { tier { id } } }`, { id: ids.tier }]],
    ['updateTierProgram', () => [`mutation { updateTierProgram(input: { autoApply: true, windowMonths: 3 }) { program { autoApply } } }`, {}]],
    ['Announcement.readReceipts', () => [`query($id: ID!) { announcement(id: $id) { readReceipts(first: 10) { edges { node { user { id } } } } } }`, { id: ids['announcement:everyone'] }]],
  );
  const ANALYTICS_MUTATIONS: [string, Build][] = [
    ['setPartnerQuota', (id) => [`mutation($id: ID!) { setPartnerQuota(input: { partnerId: $id, period: "2026-11", amount: { amount: "1.00", currency: "EUR" } }) { quota { partnerId } } }`, { id }]],
    ['removePartnerQuota', (id) => [`mutation($id: ID!) { removePartnerQuota(input: { partnerId: $id, period: "2026-11" }) { removed } }`, { id }]],
    ['importPartnerQuotas', () => [`mutation($csv: String!) { importPartnerQuotas(input: { csv: $csv }) { rows changed } }`,
      { csv: 'partner_code,period,amount,currency\nNOBODY,2026-11,1.00,EUR\n' }]],
    ['setTerritoryMarket', () => [`mutation($t: ID!) { setTerritoryMarket(input: { territoryId: $t, year: 2026, amount: { amount: "1.00", currency: "EUR" } }) { market { year } } }`, { t: ids.territory }]],
    ['updateSignalRule', () => [`mutation { updateSignalRule(input: { kind: CHANNEL_CONFLICTS, enabled: false }) { rule { kind } } }`, {}]],
    ['acknowledgeChannelSignal', () => [`mutation($id: ID!) { acknowledgeChannelSignal(input: { id: $id, note: "Seen" }) { signal { id } } }`, { id: ids.signal }]],
    ['refreshChannelMetrics', () => [`mutation { refreshChannelMetrics { pendingCells } }`, {}]],
  ];
  brandOnly.push(
    ...ANALYTICS_MUTATIONS,
    ['channelSignals', (id) => [`query($id: ID!) { channelSignals(partnerId: $id, first: 5) { totalCount edges { node { id } } } }`, { id }]],
    ['signalRules', () => [`{ signalRules { kind } }`, {}]],
    ['territoryMarkets', () => [`{ territoryMarkets { territoryId } }`, {}]],
  );
  const managerOnly = byId.filter(([, kind, roles]) => kind === 'partner' && roles.length === 1).map(([name, , , build]) => [name, build] as [string, Build]);
  const forbiddenCells = (Object.keys(roleOf) as Who[]).flatMap((who) =>
    [...brandOnly, ...(roleOf[who] === Role.PARTNER_EMPLOYEE ? managerOnly : [])].flatMap(([name, build]) =>
      [visible[who][0], foreign.partner[who][0]].map((target) => [who, name, target, build] as const)),
  );
  // A distributor's manager sees its reseller, but runs only its own partner's staff, offers, showroom and leads.
  forbiddenCells.push(...managerOnly.map(([name, build]) => ['aManager' as Who, name, 'a1', build] as const));
  forbiddenCells.push(...LEAD_MOVES.map(([name, , , build]) => ['aManager' as Who, name, 'lead:a1', build] as const));
  // The employee may not take or hand back a lead; the manager does.
  forbiddenCells.push(...LEAD_MOVES.filter(([, , roles]) => roles.length === 1).map(([name, , , build]) => ['aEmployee' as Who, name, 'lead:a', build] as const));
  // Nor act on its reseller's orders, or place them; the employee neither confirms nor bills its own.
  forbiddenCells.push(...ORDER_MOVES.map(([name, , , build]) => ['aManager' as Who, name, 'order:a1', build] as const));
  forbiddenCells.push(['aManager', 'createOrder', 'a1', createOrder], ['aEmployee', 'createOrder', 'a1', createOrder]);
  forbiddenCells.push(...ORDER_MOVES.filter(([, , roles]) => roles.length === 1).map(([name, , , build]) => ['aEmployee' as Who, name, 'order:a', build] as const));

  // MDF money is spent by the partner's own manager: not by the distributor's manager for its reseller, nor by an employee.
  forbiddenCells.push(...MDF_PARTNER_OPS.filter(([, kind, roles]) => kind !== 'partner' && roles.length === 1)
    .flatMap(([name, kind, , build]) => [['aManager' as Who, name, `${kind}:a1`, build] as const, ['aEmployee' as Who, name, `${kind}:a`, build] as const]));

  // Interactions are read by partners' managers only: an employee may not, even its own partner's shared ones.
  forbiddenCells.push(...INTERACTION_READS.map(([name, kind, , build]) => ['aEmployee' as Who, name, kind === 'partner' ? 'a' : 'interaction:a', build] as const));
  // Only a partner's managers acknowledge policies, even those its partner sees.
  forbiddenCells.push(['aEmployee', 'acknowledgeSalesPolicy', 'policyVersion:distributors', PROGRAM_OPS[1][3]]);

  forbiddenCells.push(['aManager', 'attributeLeadToMdf', 'lead:a1', (id) => [`mutation($id: ID!) { attributeLeadToMdf(input: { leadId: $id }) { lead { id } } }`, { id }]]);

  // Channel performance is read by partners' managers only: an employee may not, even its own partner's.
  forbiddenCells.push(
    ['aEmployee', 'channelMetrics', 'a', (id) => [`query($id: ID!) { channelMetrics(groupBy: PARTNER, from: "2026-12", to: "2026-12", filter: { partnerIds: [$id] }) { groupKey } }`, { id }]],
    ['aEmployee', 'channelComparison', 'a', (id) => [`query($id: ID!) { channelComparison(period: "2026-12", filter: { partnerIds: [$id] }) { groupKey } }`, { id }]],
    ['aEmployee', 'tierBenchmark', 'a', () => [`{ tierBenchmark(from: "2026-12", to: "2026-12") { tierId } }`, {}]],
  );

  it.each(forbiddenCells)('%s: %s on partner %s is FORBIDDEN and changes nothing', async (who, _name, target, build) => {
    const before = await digest();
    expect(codeOf(await app.gql(...build(ids[target]), as[who]))).toBe('FORBIDDEN');
    expect(await digest()).toBe(before);
  });

  it.each(ANALYTICS_MUTATIONS)('analyst: %s is FORBIDDEN and changes nothing', async (_name, build) => {
    const before = await digest();
    expect(codeOf(await app.gql(...build(ids.b), brandAs.analystA))).toBe('FORBIDDEN');
    expect(await digest()).toBe(before);
  });

  it("brand staff who write set and remove any partner's quota by its id", async () => {
    const before = await digest();
    const set = await app.gql(`mutation($id: ID!) { setPartnerQuota(input: { partnerId: $id, period: "2026-12", amount: { amount: "2.00", currency: "EUR" } }) { quota { partnerId period } } }`,
      { id: ids.b1 }, brandAs.channel);
    expect([set.errors, set.data!.setPartnerQuota.quota]).toEqual([undefined, { partnerId: ids.b1, period: '2026-12' }]);
    const removed = await app.gql(`mutation($id: ID!) { removePartnerQuota(input: { partnerId: $id, period: "2026-12" }) { removed } }`, { id: ids.b1 }, brandAs.channel);
    expect([removed.errors, removed.data!.removePartnerQuota]).toEqual([undefined, { removed: true }]);
    expect(await digest()).toBe(before);
  });

  it.each(['aManager', 'a1Manager'] as const)("%s reads channel metrics of exactly its visible partners, and no other tier's benchmark", async (who) => {
    const metrics = async (groupBy: string, creds: Credentials, partnerIds: string[] | null = null) => {
      const result = await app.gql(`query($g: MetricGroupBy!, $ids: [ID!]) { channelMetrics(groupBy: $g, from: "2026-11", to: "2026-12", filter: { partnerIds: $ids }) {
        groupKey period partnerCount figures { sellOut { amountMinor } quota { amountMinor } } } }`, { g: groupBy, ids: partnerIds }, creds);
      expect(result.errors).toBeUndefined();
      return result.data!.channelMetrics as { groupKey: string; period: string; partnerCount: number; figures: { sellOut: { amountMinor: number }; quota: { amountMinor: number } | null } }[];
    };
    const mine = visible[who].map((k) => ids[k]).sort();
    const byPartner = await metrics('PARTNER', as[who]);
    expect([...new Set(byPartner.map((r) => r.groupKey))].sort()).toEqual(mine);
    expect(await metrics('PARTNER', as[who], [ids.b, ids.b1])).toEqual([]);
    const kinds = await metrics('KIND', as[who]);
    const expectedKinds = who === 'aManager' ? [['DISTRIBUTOR', 1], ['RESELLER', 1]] : [['RESELLER', 1]];
    expect([...new Map(kinds.map((r) => [r.groupKey, r.partnerCount])).entries()].sort()).toEqual(expectedKinds);
    // The channel as a partner's manager sees it: its own partners' sums, as brand staff see them partner by partner.
    const brand = await metrics('PARTNER', brandAs.channel);
    expect([...new Set(brand.map((r) => r.groupKey))].sort()).toEqual(['a', 'a1', 'b', 'b1'].map((k) => ids[k]).sort());
    const sumOf = (period: string) => brand.filter((r) => r.period === period && mine.includes(r.groupKey)).reduce((n, r) => n + r.figures.sellOut.amountMinor, 0);
    const channel = await metrics('CHANNEL', as[who]);
    expect(channel.map((r) => [r.groupKey, r.period, r.partnerCount, r.figures.sellOut.amountMinor, r.figures.quota?.amountMinor ?? null])).toEqual([
      ['CHANNEL', '2026-11', mine.length, sumOf('2026-11'), 100000 * mine.length], ['CHANNEL', '2026-12', mine.length, sumOf('2026-12'), null],
    ]);
    expect(sumOf('2026-12')).toBeGreaterThan(0);
    // Its partners have no tier: no benchmark; another tier is NOT_FOUND.
    const own = await app.gql(`{ tierBenchmark(from: "2026-11", to: "2026-12") { tierId periods { period } } }`, {}, as[who]);
    expect([own.errors, own.data!.tierBenchmark]).toEqual([undefined, { tierId: null, periods: [] }]);
    const tier = await fixtures(app).givenTier();
    const other = await app.gql(`query($t: ID) { tierBenchmark(tierId: $t, from: "2026-11", to: "2026-12") { tierId periods { period } } }`, { t: tier.id }, as[who]);
    expect([codeOf(other), other.data]).toEqual(['NOT_FOUND', null]);
  });

  it("brand staff's saved queries are each user's own: another's id is NOT_FOUND and stays, the list holds only one's own", async () => {
    const stored = () => app.dataSource.query(`SELECT id, user_id AS "userId", query FROM saved_query ORDER BY id`);
    const before = await stored();
    expect(before).toHaveLength(2);
    for (const [who, other] of [['analystA', 'analystB'], ['analystB', 'analystA']]) {
      const listed = await app.gql(`{ savedQueries { id } }`, {}, brandAs[who]);
      expect(listed.data!.savedQueries).toEqual([{ id: ids[`savedQuery:${who}`] }]);
      const deleted = await app.gql(`mutation($id: ID!) { deleteSavedQuery(input: { savedQueryId: $id }) { deletedSavedQueryId } }`, { id: ids[`savedQuery:${other}`] }, brandAs[who]);
      expect([codeOf(deleted), deleted.data]).toEqual(['NOT_FOUND', null]);
    }
    expect(await stored()).toEqual(before);
  });

  it.each(Object.keys(roleOf) as Who[])('%s cannot read the channel-wide change feed: FORBIDDEN', async (who) => {
    const result = await app.gql(`{ recentPartnerChanges { id } }`, {}, as[who]);
    expect(codeOf(result)).toBe('FORBIDDEN');
  });

  it.each(Object.keys(roleOf) as Who[])('%s lists exactly its visible partners, their leads and offers', async (who) => {
    // Each visible partner's checklist shows its own ticks only (a and b have TRAINING ticked).
    const checklists = await app.gql(`{ partners(first: 100) { edges { node { id onboarding { steps { code how } } } } } }`, {}, as[who]);
    const ticked = checklists.data!.partners.edges.filter((e: { node: { onboarding: { steps: { how: string | null }[] } } }) => e.node.onboarding.steps.some((s) => s.how === 'MANUAL'));
    expect(ticked.map((e: { node: { id: string } }) => e.node.id)).toEqual(visible[who].includes('a') ? [ids.a] : []);
    const partners = await app.gql(`{ partners(first: 100) { totalCount edges { node { id parent { id } children { id } } } } }`, {}, as[who]);
    const nodes: { id: string; parent: { id: string } | null; children: { id: string }[] }[] = partners.data!.partners.edges.map((e: { node: unknown }) => e.node);
    const mine = visible[who].map((k) => ids[k]).sort();
    expect([nodes.map((n) => n.id).sort(), partners.data!.partners.totalCount]).toEqual([mine, mine.length]);
    // A reseller's distributor is not among what its users see: the parent answers null.
    expect(nodes.flatMap((n) => [n.parent?.id, ...n.children.map((c) => c.id)]).filter((id) => id && !mine.includes(id))).toEqual([]);
    const listed = await app.gql(`{ leads(first: 100) { edges { node { id partner { id } } } } }`, {}, as[who]);
    expect(listed.data!.leads.edges.map((e: { node: { id: string } }) => e.node.id).sort()).toEqual(visible[who].map((k) => leads[k]).sort());
    const ordered = await app.gql(`{ orders(first: 100) { totalCount edges { node { id partner { id } lines { quantity } events { action } } } } }`, {}, as[who]);
    expect(ordered.data!.orders.edges.map((e: { node: { id: string } }) => e.node.id).sort()).toEqual(visible[who].map((k) => orders[k]).sort());
    const cases = await app.gql(`{ serviceCases(first: 100) { totalCount edges { node { id partner { id } events { action } attachments { id } } } } }`, {}, as[who]);
    expect(cases.data!.serviceCases.edges.map((e: { node: { id: string } }) => e.node.id).sort()).toEqual(visible[who].map((k) => ids[`case:${k}`]).sort());
    const files = cases.data!.serviceCases.edges.flatMap((e: { node: { attachments: { id: string }[] } }) => e.node.attachments.map((a) => a.id));
    expect(files.sort()).toEqual(visible[who].map((k) => ids[`attachment:${k}`]).sort());
    // Downloads follow the same rows: a file of a partner the viewer may not see is not there.
    const downloads: string[] = [];
    for (const key of ['a', 'a1', 'b', 'b1']) {
      const res = await fetch(`${app.url}/service-attachments/${ids[`attachment:${key}`]}`, { headers: { cookie: as[who].cookie! } });
      if (res.status === 200) downloads.push(key);
      else expect([key, res.status]).toEqual([key, 404]);
    }
    expect(downloads).toEqual([...visible[who]].sort());
    const requests = await app.gql(`{ mdfRequests(first: 100) { edges { node { id partner { id } allocation { id } claims { id files { id } } } } } }`, {}, as[who]);
    expect(requests.data!.mdfRequests.edges.map((e: { node: { id: string } }) => e.node.id).sort()).toEqual(visible[who].map((k) => ids[`mdfRequest:${k}`]).sort());
    const claims = await app.gql(`{ mdfClaims(first: 100) { edges { node { id files { id } } } } }`, {}, as[who]);
    expect(claims.data!.mdfClaims.edges.map((e: { node: { id: string } }) => e.node.id).sort()).toEqual(visible[who].map((k) => ids[`mdfClaim:${k}`]).sort());
    const lines = await app.gql(`{ mdfLedger(first: 100) { edges { node { partner { id } } } } }`, {}, as[who]);
    expect([...new Set(lines.data!.mdfLedger.edges.map((e: { node: { partner: { id: string } } }) => e.node.partner.id))].sort()).toEqual(visible[who].map((k) => ids[k]).sort());
    const fundsSeen = await app.gql(`{ mdfFunds(first: 10) { edges { node { id allocations { partner { id } } } } } }`, {}, as[who]);
    expect(fundsSeen.data!.mdfFunds.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([ids.fund]);
    expect(fundsSeen.data!.mdfFunds.edges[0].node.allocations.map((a: { partner: { id: string } }) => a.partner.id).sort()).toEqual(visible[who].map((k) => ids[k]).sort());
    const proofs: string[] = [];
    for (const key of ['a', 'a1', 'b', 'b1']) {
      const res = await fetch(`${app.url}/mdf-claim-files/${ids[`mdfFile:${key}`]}`, { headers: { cookie: as[who].cookie! } });
      if (res.status === 200) proofs.push(key);
      else expect([key, res.status]).toEqual([key, 404]);
    }
    expect(proofs).toEqual([...visible[who]].sort());
    const interactions = await app.gql(`{ interactions(first: 100) { totalCount edges { node { id shared partner { id } tasks { id } } } } }`, {}, as[who]);
    if (roleOf[who] === Role.PARTNER_MANAGER) {
      const nodes = interactions.data!.interactions.edges.map((e: { node: { id: string; shared: boolean; tasks: unknown[] } }) => e.node);
      expect([nodes.map((n: { id: string }) => n.id).sort(), nodes.flatMap((n: { tasks: unknown[] }) => n.tasks)]).toEqual([visible[who].map((k) => ids[`interaction:${k}`]).sort(), []]);
      for (const key of visible[who]) {
        const line = await app.gql(`query($id: ID!) { partnerTimeline(partnerId: $id, first: 100) { edges { node { source subjectId } } } }`, { id: ids[key] }, as[who]);
        const seen = line.data!.partnerTimeline.edges.filter((e: { node: { source: string } }) => e.node.source === 'INTERACTION').map((e: { node: { subjectId: string } }) => e.node.subjectId);
        expect([key, seen]).toEqual([key, [ids[`interaction:${key}`]]]);
      }
    } else {
      expect(codeOf(interactions)).toBe('FORBIDDEN');
    }
    // Policies and announcements: the published ones of the viewer's own partner's audience; another partner's acknowledgment or receipt never shows.
    const own = who === 'a1Manager' ? 'resellers' : 'distributors';
    const library = await app.gql(`{ salesPolicies(first: 100) { edges { node { id latestVersion { acknowledgment { mine partner } } } } } }`, {}, as[who]);
    expect(library.data!.salesPolicies.edges.map((e: { node: { id: string } }) => e.node.id).sort()).toEqual([ids[`policy:${own}`], ids['policy:everyone']].sort());
    expect(library.data!.salesPolicies.edges.map((e: { node: { latestVersion: unknown } }) => e.node.latestVersion))
      .toEqual([{ acknowledgment: { mine: null, partner: null } }, { acknowledgment: { mine: null, partner: null } }]);
    const news = await app.gql(`{ announcements(first: 100) { edges { node { id readAt } } } }`, {}, as[who]);
    expect(news.data!.announcements.edges.map((e: { node: { id: string } }) => e.node.id).sort()).toEqual([ids[`announcement:${own}`], ids['announcement:everyone']].sort());
    expect(news.data!.announcements.edges.map((e: { node: { readAt: unknown } }) => e.node.readAt)).toEqual([null, null]);
    // Incentives: the programs of the viewer's partner's audience; accruals and statements of its visible partners only.
    const programs = await app.gql(`{ incentivePrograms(first: 10) { edges { node { id } } } }`, {}, as[who]);
    expect(programs.data!.incentivePrograms.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([ids[`incentive:${own}`]]);
    const statementsSeen = await app.gql(`{ incentiveStatements(first: 100) { edges { node { partner { id } } } } }`, {}, as[who]);
    expect(statementsSeen.data!.incentiveStatements.edges.map((e: { node: { partner: { id: string } } }) => e.node.partner.id).sort()).toEqual(visible[who].map((k) => ids[k]).sort());
    const accrued = await app.gql(`query($p: ID!) { incentiveAccruals(programId: $p, first: 100) { edges { node { partner { id } } } } }`, { p: ids[`incentive:${own}`] }, as[who]);
    const accruedFor = who === 'a1Manager' ? ['a1'] : ['a'];
    expect([...new Set(accrued.data!.incentiveAccruals.edges.map((e: { node: { partner: { id: string } } }) => e.node.partner.id))].sort()).toEqual(accruedFor.map((k) => ids[k]).sort());
    // Each visible partner's tier standing is there; its figures are its own.
    for (const key of visible[who]) {
      const standing = await app.gql(`query($id: ID!) { tierStanding(partnerId: $id) { partner { id } figures { metric } } }`, { id: ids[key] }, as[who]);
      expect([key, standing.errors, standing.data!.tierStanding.partner]).toEqual([key, undefined, { id: ids[key] }]);
    }
    const counted = await app.gql(`{ inventory(first: 100) { totalCount edges { node { partnerId partner { id } product { id } } } } }`, {}, as[who]);
    expect(counted.data!.inventory.edges.map((e: { node: { partnerId: string } }) => e.node.partnerId).sort()).toEqual(visible[who].map((k) => ids[k]).sort());
    for (const key of visible[who]) {
      const offers = await app.gql(`query($id: ID!) { offers(partnerId: $id, first: 5) { edges { node { partner { id } } } } }`, { id: ids[key] }, as[who]);
      expect([key, offers.data!.offers.edges.map((e: { node: { partner: { id: string } } }) => e.node.partner.id)]).toEqual([key, [ids[key]]]);
    }
  });
});
