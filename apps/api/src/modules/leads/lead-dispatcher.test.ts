import { startTestApp, TestApp, codeOf, Credentials } from '../../../test/harness';
import { fixtures } from '../../../test/fixtures';
import { Role } from '../../access/role';
import { tasks } from '../../jobs/worker';
import { Mailer } from '../../access/mailer';

const KRAKOW = { latitude: 50.068, longitude: 19.918 }; // the gazetteer's postal area 30-0 (Kraków-Krowodrza)
const WARSZAWA = { latitude: 52.2297, longitude: 21.0122 };
const NOWY_TARG = { latitude: 49.4775, longitude: 20.032 }; // postal area 34

const AUTO = `mutation($input: AutoDispatchLeadsInput!) { autoDispatchLeads(input: $input) {
  dispatched { id status partner { id } } notDispatched { leadId reason status } } }`;
const EXPLAINED = `query($id: ID!) { lead(id: $id) { id history { action explanation {
  considered rules { territoryWeight categoryWeight tierWeight distanceWeight capacityWeight requireTerritory maxDistanceKm updatedAt }
  candidates { partner { id } rank total territoryPoints categoryPoints tierPoints distancePoints capacityPoints inTerritory categoryShare distanceKm openLeads maxOpenLeads chosen } } } } }`;
const RULES = `{ dispatchRules { territoryWeight categoryWeight tierWeight distanceWeight capacityWeight requireTerritory maxDistanceKm redispatch updatedAt } }`;
const UPDATE_RULES = `mutation($input: DispatchRulesInput!) { updateDispatchRules(input: $input) { rules { territoryWeight maxDistanceKm redispatch updatedAt } } }`;

/** Great-circle distance in km, as the dispatcher computes it. */
function km(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const r = (d: number) => (d * Math.PI) / 180;
  return 6371 * 2 * Math.asin(Math.sqrt(Math.sin(r(b.latitude - a.latitude) / 2) ** 2
    + Math.cos(r(a.latitude)) * Math.cos(r(b.latitude)) * Math.sin(r(b.longitude - a.longitude) / 2) ** 2));
}

describe('automatic lead dispatch by rules', () => {
  let app: TestApp;
  let f: ReturnType<typeof fixtures>;
  let cm: Credentials;
  let cmId: string;
  /** Each test's partners serve their own postal area, so that no test's partners are another's candidates. */
  const areaTerritory = (prefix: string) => f.givenTerritory(undefined, { countries: ['PL'], postalPrefixes: [prefix] });
  const partnerIn = async (territoryId: string, spec: { tierId?: string; at?: { latitude: number; longitude: number } } = {}) =>
    f.givenPartner({ territoryIds: [territoryId], tierId: spec.tierId, ...(spec.at ?? KRAKOW) });
  const leadAt = (postalCode: string, items: { productId: string; quantity: string }[] = []) => f.givenLead({ postalCode, country: 'PL', items });
  const auto = (leadIds: string[], as: Credentials = cm) => app.gql(AUTO, { input: { leadIds } }, as);
  const partnerOf = async (leadId: string): Promise<string | null> =>
    (await app.dataSource.query(`SELECT partner_id AS "partnerId" FROM lead WHERE id = $1`, [leadId]))[0].partnerId;
  const historyOf = async (leadId: string) =>
    app.dataSource.query(`SELECT action, partner_id AS "partnerId", actor_id AS "actorId" FROM lead_event WHERE lead_id = $1 ORDER BY id`, [leadId]);
  /** A territory of regions only (fixtures make them with countries and prefixes). */
  const asSystemRegions = (territoryId: string, regions: string[]) =>
    app.dataSource.query(`UPDATE territory SET regions = $2 WHERE id = $1`, [territoryId, regions]);
  const run = () => tasks({ mailer: new Mailer(undefined, 'x'), leads: { scopes: app.scopes, lifecycle: app.services.leadLifecycle } });

  beforeAll(async () => {
    app = await startTestApp({ leadsPerIpPerHour: 10_000 });
    f = fixtures(app);
    const user = await f.givenUser(Role.CHANNEL_MANAGER);
    cmId = user.id;
    cm = await app.signIn(user.email);
  });
  afterAll(() => app.close());

  it('ranks partners by territory, category competence, tier, distance and capacity, dispatches to the best and keeps every candidate\'s points', async () => {
    const territory = await areaTerritory('30');
    const top = await f.givenTier({ leadPriority: 100 });
    const half = await f.givenTier({ leadPriority: 50 });
    const category = await f.givenCategory();
    const product = await f.givenProduct({ categoryId: category.id });
    const other = await f.givenProduct({ categoryId: (await f.givenCategory()).id });
    const best = await partnerIn(territory.id, { tierId: top.id });
    const nearButNoOffer = await partnerIn(territory.id, { tierId: half.id });
    const farWithOffer = await partnerIn(territory.id, { tierId: top.id, at: WARSZAWA });
    const outside = await f.givenPartner({ tierId: top.id, ...KRAKOW }); // no territory: not a candidate while territory is required
    for (const p of [best, farWithOffer, outside]) await f.givenOffer(p.id, product.id);
    await f.givenOffer(nearButNoOffer.id, other.id);
    const leadId = await leadAt('30-059', [{ productId: product.id, quantity: '1' }]);

    const result = await auto([leadId]);
    expect(result.errors).toBeUndefined();
    expect(result.data!.autoDispatchLeads).toEqual({ dispatched: [{ id: leadId, status: 'DISPATCHED', partner: { id: best.id } }], notDispatched: [] });
    expect(await historyOf(leadId)).toEqual([
      { action: 'FILED', partnerId: null, actorId: null },
      { action: 'DISPATCHED', partnerId: best.id, actorId: cmId },
    ]);

    const farPoints = Math.round(15 / (1 + km(KRAKOW, WARSZAWA) / 50) * 100) / 100;
    const lead = (await app.gql(EXPLAINED, { id: leadId }, cm)).data!.lead;
    const explanation = lead.history[1].explanation;
    expect(lead.history[0].explanation).toBeNull();
    expect(explanation.considered).toBe(3);
    expect(explanation.rules).toEqual({ territoryWeight: 30, categoryWeight: 30, tierWeight: 20, distanceWeight: 15, capacityWeight: 5, requireTerritory: true, maxDistanceKm: null, updatedAt: expect.stringMatching(/^\d{4}-/) });
    expect(explanation.candidates).toEqual([
      { partner: { id: best.id }, rank: 1, total: 100, territoryPoints: 30, categoryPoints: 30, tierPoints: 20, distancePoints: 15, capacityPoints: 5,
        inTerritory: true, categoryShare: 1, distanceKm: 0, openLeads: 0, maxOpenLeads: null, chosen: true },
      { partner: { id: farWithOffer.id }, rank: 2, total: Math.round((85 + farPoints) * 100) / 100, territoryPoints: 30, categoryPoints: 30, tierPoints: 20,
        distancePoints: farPoints, capacityPoints: 5, inTerritory: true, categoryShare: 1, distanceKm: Math.round(km(KRAKOW, WARSZAWA) * 10) / 10, openLeads: 0,
        maxOpenLeads: null, chosen: false },
      { partner: { id: nearButNoOffer.id }, rank: 3, total: 60, territoryPoints: 30, categoryPoints: 0, tierPoints: 10, distancePoints: 15, capacityPoints: 5,
        inTerritory: true, categoryShare: 0, distanceKm: 0, openLeads: 0, maxOpenLeads: null, chosen: false },
    ]);

    // The chosen partner sees its lead and its history, never the explanation (it names other partners).
    const manager = await app.signIn((await f.givenUser(Role.PARTNER_MANAGER, best.id)).email);
    const asPartner = await app.gql(EXPLAINED, { id: leadId }, manager);
    expect(asPartner.errors).toBeUndefined();
    expect(asPartner.data!.lead).toEqual({ id: leadId, history: [{ action: 'DISPATCHED', explanation: null }] });
    expect(await app.dataSource.query(`SELECT count(*)::int AS n FROM lead_dispatch_explanation WHERE lead_id = $1`, [leadId])).toEqual([{ n: 1 }]);
  });

  it('previews the same ranking without dispatching, and answers NOT_FOUND for a lead the viewer cannot see', async () => {
    const territory = await areaTerritory('35');
    const a = await partnerIn(territory.id, { tierId: (await f.givenTier({ leadPriority: 100 })).id });
    const b = await partnerIn(territory.id, { tierId: (await f.givenTier({ leadPriority: 0 })).id });
    const leadId = await leadAt('35-001');
    const preview = await app.gql(`query($id: ID!) { dispatchCandidates(leadId: $id) { considered candidates { partner { id } rank chosen } } }`, { id: leadId }, cm);
    expect(preview.data!.dispatchCandidates).toEqual({
      considered: 2, candidates: [{ partner: { id: a.id }, rank: 1, chosen: true }, { partner: { id: b.id }, rank: 2, chosen: false }],
    });
    expect(await partnerOf(leadId)).toBeNull();
    const missing = await app.gql(`query($id: ID!) { dispatchCandidates(leadId: $id) { considered } }`, { id: '00000000-0000-4000-8000-000000000000' }, cm);
    expect([codeOf(missing), missing.errors![0].extensions!.id]).toEqual(['NOT_FOUND', '00000000-0000-4000-8000-000000000000']);
  });

  it('hands leads to equal partners in turn: 30 leads in 10 parallel batches give each of 3 partners exactly 10', async () => {
    const territory = await areaTerritory('31');
    const tier = await f.givenTier({ leadPriority: 10 });
    const equals = [await partnerIn(territory.id, { tierId: tier.id }), await partnerIn(territory.id, { tierId: tier.id }), await partnerIn(territory.id, { tierId: tier.id })];
    // One batch first: its three leads go to the three partners, in turn.
    const first = await Promise.all([leadAt('31-001'), leadAt('31-002'), leadAt('31-003')]);
    const firstResult = await auto(first);
    expect(new Set(firstResult.data!.autoDispatchLeads.dispatched.map((l: { partner: { id: string } }) => l.partner.id))).toEqual(new Set(equals.map((p) => p.id)));

    const leads: string[] = [];
    for (let i = 0; i < 27; i++) leads.push(await leadAt(`31-${String(100 + i)}`));
    const batches = Array.from({ length: 9 }, (_, i) => leads.slice(i * 3, i * 3 + 3));
    const results = await Promise.all(batches.map((batch) => auto(batch)));
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    const counts = await app.dataSource.query(
      `SELECT partner_id AS "partnerId", count(*)::int AS n FROM lead WHERE partner_id = ANY($1::uuid[]) GROUP BY partner_id ORDER BY partner_id`, [equals.map((p) => p.id)]);
    expect(counts.map((c: { n: number }) => c.n)).toEqual([10, 10, 10]);
  });

  it('fills a capped partner up to its tier\'s open-lead cap, then the next best; says why it leaves a lead where it is', async () => {
    const territory = await areaTerritory('32');
    const capped = await partnerIn(territory.id, { tierId: (await f.givenTier({ leadPriority: 100, maxOpenLeads: 2 })).id });
    const next = await partnerIn(territory.id, { tierId: (await f.givenTier({ leadPriority: 0 })).id });
    const leads = [await leadAt('32-001'), await leadAt('32-002'), await leadAt('32-003'), await leadAt('32-004')];
    const nobodyServes = await leadAt('36-001');
    const missing = '00000000-0000-4000-8000-00000000abcd';

    const result = (await auto([...leads, nobodyServes, missing, leads[0]])).data!.autoDispatchLeads;
    expect(result.dispatched.map((l: { id: string; partner: { id: string } }) => [l.id, l.partner.id])).toEqual([
      [leads[0], capped.id], [leads[1], capped.id], [leads[2], next.id], [leads[3], next.id],
    ]);
    expect(result.notDispatched).toEqual([
      { leadId: nobodyServes, reason: 'NO_CANDIDATE', status: 'UNASSIGNED' },
      { leadId: missing, reason: 'NOT_FOUND', status: null },
    ]);
    // The second lead's explanation shows the cap filling: one lead open of two.
    const [second] = await app.dataSource.query(`SELECT candidates FROM lead_dispatch_explanation WHERE lead_id = $1`, [leads[1]]);
    expect(second.candidates.map((c: { partnerId: string; openLeads: number; capacityPoints: number }) => [c.partnerId, c.openLeads, c.capacityPoints]))
      .toEqual([[capped.id, 1, 2.5], [next.id, 0, 5]]);
    // Again: nothing waits any more, nothing is written.
    const events = await app.dataSource.query(`SELECT count(*)::int AS n FROM lead_event`);
    const again = (await auto(leads)).data!.autoDispatchLeads;
    expect(again.dispatched).toEqual([]);
    expect(again.notDispatched.map((n: { reason: string; status: string }) => [n.reason, n.status])).toEqual(Array(4).fill(['NOT_WAITING', 'DISPATCHED']));
    expect(await app.dataSource.query(`SELECT count(*)::int AS n FROM lead_event`)).toEqual(events);
  });

  it('never runs out of candidates in a large batch: 45 partners of one lead each take 45 leads', async () => {
    const territory = await areaTerritory('39');
    const tier = await f.givenTier({ leadPriority: 10, maxOpenLeads: 1 });
    const partners = new Set<string>();
    for (let i = 0; i < 45; i++) partners.add((await partnerIn(territory.id, { tierId: tier.id })).id);
    const leads: string[] = [];
    for (let i = 0; i < 45; i++) leads.push(await leadAt(`39-${String(100 + i)}`));
    // Mixed-case ids name the same lead once.
    const result = (await auto([...leads, leads[0].toUpperCase()])).data!.autoDispatchLeads;
    expect(result.notDispatched).toEqual([]);
    expect(result.dispatched.map((l: { id: string }) => l.id)).toEqual(leads);
    expect(new Set(result.dispatched.map((l: { partner: { id: string } }) => l.partner.id))).toEqual(partners);
  });

  it('matches territories by postal prefix in any letter case, and by the region of the customer\'s postal area', async () => {
    const london = await f.givenTerritory(undefined, { countries: ['GB'], postalPrefixes: ['SW1'] });
    const lublin = await f.givenTerritory(undefined, { countries: ['PL'] });
    await asSystemRegions(lublin.id, ['Lubelskie']);
    const gb = await f.givenPartner({ territoryIds: [london.id], country: 'GB' });
    const pl = await partnerIn(lublin.id);
    const [inLondon, inLublin] = [await f.givenLead({ postalCode: 'sw1a 1aa', country: 'GB' }), await leadAt('20-950')];
    const result = (await auto([inLondon, inLublin])).data!.autoDispatchLeads;
    expect(result.dispatched.map((l: { id: string; partner: { id: string } }) => [l.id, l.partner.id])).toEqual([[inLondon, gb.id], [inLublin, pl.id]]);
  });

  it('sends an expired lead to the next best partner, never back to one that let it expire or declined it', async () => {
    const territory = await areaTerritory('34');
    const first = await partnerIn(territory.id, { tierId: (await f.givenTier({ leadPriority: 100, leadAcceptHours: 1 })).id, at: NOWY_TARG });
    const second = await partnerIn(territory.id, { tierId: (await f.givenTier({ leadPriority: 50, leadAcceptHours: 2 })).id, at: NOWY_TARG });
    const third = await partnerIn(territory.id, { tierId: (await f.givenTier({ leadPriority: 0 })).id, at: NOWY_TARG });
    const leadId = await leadAt('34-400');
    await auto([leadId]);
    expect(await partnerOf(leadId)).toBe(first.id);
    const timer = async () => (await app.dataSource.query(`SELECT payload FROM graphile_worker._private_jobs WHERE key = $1`, [`lead-sla:${leadId}`]))[0]?.payload;
    const firstTimer = await timer();

    await run().lead_sla_expired(firstTimer);
    expect(await partnerOf(leadId)).toBeNull();
    // The next best partner is found by a job of its own, queued with the expiry.
    const [redispatch] = await app.dataSource.query(`SELECT payload FROM graphile_worker._private_jobs WHERE key = $1`, [`lead-dispatch:${leadId}`]);
    expect(redispatch.payload).toEqual({ leadId });
    await run().lead_auto_dispatch(redispatch.payload);
    expect(await partnerOf(leadId)).toBe(second.id);
    const secondTimer = await timer();
    expect(secondTimer.eventId).not.toBe(firstTimer.eventId);
    // The old timer, fired late, changes nothing.
    await run().lead_sla_expired(firstTimer);
    expect(await partnerOf(leadId)).toBe(second.id);

    // The second partner declines: a job offers the lead to the last candidate.
    const manager = await app.signIn((await f.givenUser(Role.PARTNER_MANAGER, second.id)).email);
    const declined = await app.gql(`mutation($input: LeadReasonInput!) { declineLead(input: $input) { lead { id } } }`, { input: { leadId, reason: 'No capacity' } }, manager);
    expect(declined.errors).toBeUndefined();
    const [job] = await app.dataSource.query(`SELECT t.identifier AS task, j.payload FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id WHERE j.key = $1`, [`lead-dispatch:${leadId}`]);
    expect(job).toEqual({ task: 'lead_auto_dispatch', payload: { leadId } });
    await run().lead_auto_dispatch(job.payload);
    expect(await partnerOf(leadId)).toBe(third.id);
    expect((await historyOf(leadId)).map((e: { action: string; partnerId: string | null }) => [e.action, e.partnerId])).toEqual([
      ['FILED', null], ['DISPATCHED', first.id], ['EXPIRED', first.id], ['DISPATCHED', second.id], ['DECLINED', second.id], ['DISPATCHED', third.id],
    ]);
    const [last] = await app.dataSource.query(`SELECT considered, candidates FROM lead_dispatch_explanation WHERE lead_id = $1 ORDER BY event_id DESC LIMIT 1`, [leadId]);
    expect([last.considered, last.candidates.map((c: { partnerId: string }) => c.partnerId)]).toEqual([1, [third.id]]);
  });

  it('leaves an expired lead for dispatch by hand when the rules say not to redispatch', async () => {
    const territory = await areaTerritory('37');
    const first = await partnerIn(territory.id, { tierId: (await f.givenTier({ leadPriority: 100, leadAcceptHours: 1 })).id });
    await partnerIn(territory.id, { tierId: (await f.givenTier({ leadPriority: 0 })).id });
    const leadId = await leadAt('37-100');
    await auto([leadId]);
    expect(await partnerOf(leadId)).toBe(first.id);
    await app.gql(UPDATE_RULES, { input: { redispatch: false } }, cm);
    try {
      const [{ payload }] = await app.dataSource.query(`SELECT payload FROM graphile_worker._private_jobs WHERE key = $1`, [`lead-sla:${leadId}`]);
      await run().lead_sla_expired(payload);
      await run().lead_auto_dispatch({ leadId });
      expect(await partnerOf(leadId)).toBeNull();
      expect((await historyOf(leadId)).map((e: { action: string }) => e.action)).toEqual(['FILED', 'DISPATCHED', 'EXPIRED']);
    } finally {
      await app.gql(UPDATE_RULES, { input: { redispatch: true } }, cm);
    }
  });

  it('lets brand staff read the rules and channel managers change them; bad values are refused by field, the same values record nothing', async () => {
    const analyst = await app.signIn((await f.givenUser(Role.ANALYST)).email);
    const partnerManager = await app.signIn((await f.givenUser(Role.PARTNER_MANAGER, (await f.givenPartner()).id)).email);
    const before = (await app.gql(RULES, {}, analyst)).data!.dispatchRules;
    expect(before).toMatchObject({ territoryWeight: 30, categoryWeight: 30, tierWeight: 20, distanceWeight: 15, capacityWeight: 5, requireTerritory: true, maxDistanceKm: null });
    expect(codeOf(await app.gql(RULES, {}, partnerManager))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(UPDATE_RULES, { input: { territoryWeight: 10 } }, analyst))).toBe('FORBIDDEN');
    const bad = await app.gql(UPDATE_RULES, { input: { territoryWeight: 101 } }, cm);
    expect([codeOf(bad), bad.errors![0].extensions!.field]).toEqual(['BAD_USER_INPUT', 'territoryWeight']);
    const nulled = await app.gql(UPDATE_RULES, { input: { categoryWeight: null } }, cm);
    expect([codeOf(nulled), nulled.errors![0].extensions!.field]).toEqual(['BAD_USER_INPUT', 'categoryWeight']);
    expect((await app.gql(UPDATE_RULES, { input: { territoryWeight: 30, redispatch: true } }, cm)).data!.updateDispatchRules.rules.updatedAt).toBe(before.updatedAt);
    const changed = await app.gql(UPDATE_RULES, { input: { maxDistanceKm: 120 } }, cm);
    expect(changed.data!.updateDispatchRules.rules).toMatchObject({ territoryWeight: 30, maxDistanceKm: 120 });
    expect(changed.data!.updateDispatchRules.rules.updatedAt).not.toBe(before.updatedAt);
    const reset = await app.gql(UPDATE_RULES, { input: { maxDistanceKm: null } }, cm);
    expect(reset.data!.updateDispatchRules.rules.maxDistanceKm).toBeNull();
    expect(await app.dataSource.query(`SELECT updated_by AS "by" FROM dispatch_rules`)).toEqual([{ by: cmId }]);
  });

  it('refuses dispatch of a selection to partner staff and analysts, and a bad selection by field', async () => {
    const leadId = await leadAt('30-100');
    const analyst = await app.signIn((await f.givenUser(Role.ANALYST)).email);
    expect(codeOf(await auto([leadId], analyst))).toBe('FORBIDDEN');
    const empty = await auto([]);
    expect([codeOf(empty), empty.errors![0].extensions!.field]).toEqual(['BAD_USER_INPUT', 'leadIds']);
    const notIds = await auto(['x']);
    expect([codeOf(notIds), notIds.errors![0].extensions!.field]).toEqual(['BAD_USER_INPUT', 'leadIds']);
    expect(await partnerOf(leadId)).toBeNull();
  });

  it('takes as many statements for 12 leads as for 3: nothing is asked per lead, per candidate or per timer', async () => {
    const territory = await areaTerritory('36');
    const tier = await f.givenTier({ leadPriority: 5, leadAcceptHours: 24 });
    const category = await f.givenCategory();
    const product = await f.givenProduct({ categoryId: category.id });
    const partners = [];
    for (let i = 0; i < 4; i++) {
      const partner = await partnerIn(territory.id, { tierId: tier.id });
      await f.givenUser(Role.PARTNER_MANAGER, partner.id); // notified of each lead it gets
      partners.push(partner);
    }
    await f.givenOffer(partners[1].id, product.id);
    let postal = 100;
    const leads = async (n: number) => {
      const ids: string[] = [];
      for (let i = 0; i < n; i++) ids.push(await leadAt(`36-${postal++}`, [{ productId: product.id, quantity: '1' }]));
      return ids;
    };
    const [few, many] = [await auto(await leads(3)), await auto(await leads(12))];
    expect([few.errors, many.errors]).toEqual([undefined, undefined]);
    // The partner that offers the lead's product category wins every lead.
    expect([few, many].map((r) => r.data!.autoDispatchLeads.dispatched.map((l: { partner: { id: string } }) => l.partner.id)))
      .toEqual([Array(3).fill(partners[1].id), Array(12).fill(partners[1].id)]);
    const timers = await app.dataSource.query(
      `SELECT count(*)::int AS n FROM graphile_worker._private_jobs j JOIN lead l ON j.key IN ('lead-sla:' || l.id, 'lead-sla-warning:' || l.id)
        WHERE l.partner_id = $1`, [partners[1].id]);
    expect(timers).toEqual([{ n: 30 }]);
    expect(few.statements).toBe(many.statements);
  });
});
