import { startTestApp, TestApp, codeOf, Credentials, GraphQLResult } from '../../../test/harness';
import { fixtures } from '../../../test/fixtures';
import { Role } from '../../access/role';
import { addMonths, monthOf } from '../../domain/kpi';
import { PartnerStatus } from '../partners/partner.entity';
import { decide, WindowMetrics } from './tier-evaluation';
import { windowOf } from './tier-rules.service';

const ok = <T = Record<string, any>>(result: GraphQLResult, name: string): T => {
  expect([name, result.errors]).toEqual([name, undefined]);
  return result.data![name] as T;
};

const SET = `mutation($input: SetTierCriteriaInput!) { setTierCriteria(input: $input) { tier { id criteria { purpose metric minimum currency } } } }`;
const EVALUATE = `mutation { evaluateTiers { evaluation { evaluated proposed applied superseded windowStart windowEnd } } }`;
const PROPOSALS = `query($status: TierProposalStatus) { tierProposals(first: 100, status: $status) { totalCount edges { node { id status direction partner { id }
  fromTier { id } toTier { id } facts { tierId purpose metric minimum currency value met gap } decidedBy { id } } } } }`;
const APPLY = `mutation($id: ID!) { applyTierProposal(input: { proposalId: $id }) { proposal { id status decidedBy { id } } } }`;
const DISMISS = `mutation($id: ID!) { dismissTierProposal(input: { proposalId: $id, note: "Wait for the next quarter" }) { proposal { id status } } }`;
const STANDING = `query($id: ID!) { tierStanding(partnerId: $id) { tier { id } nextTier { id } windowStart windowEnd figures { metric value currency }
  keep { metric minimum currency value met gap } next { metric minimum currency value met gap } } }`;

const METRICS = (m: Partial<WindowMetrics>): WindowMetrics => ({ SELL_IN: {}, SELL_OUT: {}, LEAD_ACCEPTANCE_RATE: null, WIN_RATE: null, TRAINED_STAFF: 0, ...m });

describe('the tier rule', () => {
  const tiers = [{ id: 'silver', rank: 2 }, { id: 'gold', rank: 3 }, { id: 'base', rank: 1 }];
  const criteria = [
    { tierId: 'silver', purpose: 'ENTRY' as const, metric: 'SELL_IN' as const, minimum: 100_000, currency: 'EUR' },
    { tierId: 'silver', purpose: 'KEEP' as const, metric: 'SELL_IN' as const, minimum: 60_000, currency: 'EUR' },
    { tierId: 'gold', purpose: 'ENTRY' as const, metric: 'SELL_IN' as const, minimum: 500_000, currency: 'EUR' },
    { tierId: 'gold', purpose: 'ENTRY' as const, metric: 'LEAD_ACCEPTANCE_RATE' as const, minimum: 80, currency: null },
    { tierId: 'gold', purpose: 'KEEP' as const, metric: 'SELL_IN' as const, minimum: 300_000, currency: 'EUR' },
  ];

  it('promotes to the best tier whose entry it meets, demotes to the best lower tier whose keep it meets, and leaves the rest', () => {
    const d = (tier: string | null, m: Partial<WindowMetrics>) => {
      const r = decide(tiers, criteria, tier, METRICS(m));
      return r && [r.direction, r.fromTierId, r.toTierId, r.facts.map((f) => [f.tierId, f.purpose, f.metric, f.value, f.met, f.gap])];
    };
    // "base" has no criteria: every partner meets its entry.
    expect(d(null, {})).toEqual(['PROMOTION', null, 'base', []]);
    expect(d('base', { SELL_IN: { EUR: 120_000 } })).toEqual(['PROMOTION', 'base', 'silver', [['silver', 'ENTRY', 'SELL_IN', 120_000, true, 0]]]);
    expect(d('silver', { SELL_IN: { EUR: 600_000 }, LEAD_ACCEPTANCE_RATE: 79.9 })).toBeNull();
    expect(d('silver', { SELL_IN: { EUR: 600_000 }, LEAD_ACCEPTANCE_RATE: 80 })).toEqual(['PROMOTION', 'silver', 'gold',
      [['gold', 'ENTRY', 'SELL_IN', 600_000, true, 0], ['gold', 'ENTRY', 'LEAD_ACCEPTANCE_RATE', 80, true, 0]]]);
    expect(d('gold', { SELL_IN: { EUR: 200_000 } })).toEqual(['DEMOTION', 'gold', 'silver',
      [['gold', 'KEEP', 'SELL_IN', 200_000, false, 100_000], ['silver', 'KEEP', 'SELL_IN', 200_000, true, 0]]]);
    // Sell-in in another currency does not count towards a EUR minimum; no lower tier keeps it but the one without criteria.
    expect(d('silver', { SELL_IN: { PLN: 900_000 } })).toEqual(['DEMOTION', 'silver', 'base', [['silver', 'KEEP', 'SELL_IN', 0, false, 60_000]]]);
    // A rate without any lead is no figure: not met.
    expect(d('silver', { SELL_IN: { EUR: 900_000 } })).toBeNull();
    // The same figures give the same answer for any partner: the rule reads nothing else.
    expect(decide(tiers, criteria, 'gold', METRICS({ SELL_IN: { EUR: 1 } }))).toEqual(decide(tiers, criteria, 'gold', METRICS({ SELL_IN: { EUR: 1 } })));
  });

  it('measures whole months up to the last one that ended', () => {
    expect(windowOf(12, new Date('2026-12-01T10:00:00Z'))).toEqual({ firstMonth: '2025-12-01', lastMonth: '2026-11-01', start: '2025-12-01', end: '2026-11-30' });
    expect(windowOf(3, new Date('2027-03-31T23:59:00Z'))).toEqual({ firstMonth: '2026-12-01', lastMonth: '2027-02-01', start: '2026-12-01', end: '2027-02-28' });
  });
});

describe('tier evaluation', () => {
  let app: TestApp;
  let f: ReturnType<typeof fixtures>;
  let cm: Credentials;
  let admin: Credentials;
  let cmId: string;

  beforeAll(async () => {
    app = await startTestApp();
    f = fixtures(app);
    const user = await f.givenUser(Role.CHANNEL_MANAGER);
    cmId = user.id;
    cm = await app.signIn(user.email);
    admin = await app.signIn((await f.givenUser(Role.ADMIN)).email);
  });
  afterAll(() => app.close());

  const month = (back: number) => addMonths(monthOf(new Date()), -back);
  const sellIn = (partnerId: string, back: number, minor: number, currency = 'EUR') => app.dataSource.query(
    `INSERT INTO kpi_partner_money (partner_id, month, currency, sell_in_minor) VALUES ($1, $2, $3, $4)
     ON CONFLICT (partner_id, month, currency) DO UPDATE SET sell_in_minor = kpi_partner_money.sell_in_minor + EXCLUDED.sell_in_minor`, [partnerId, month(back), currency, minor]);
  const leads = (partnerId: string, back: number, dispatched: number, accepted: number) => app.dataSource.query(
    `INSERT INTO kpi_partner_month (partner_id, month, leads_dispatched, leads_accepted) VALUES ($1, $2, $3, $4)`, [partnerId, month(back), dispatched, accepted]);

  it('proposes what the rule says with the figures behind it, records nothing new when nothing changed, and applies or dismisses once', async () => {
    const silver = await f.givenTier({ code: 'SILVER' });
    const gold = await f.givenTier({ code: 'GOLD' });
    await app.dataSource.query(`UPDATE tier SET rank = CASE id WHEN $1 THEN 2 ELSE 3 END WHERE id IN ($1, $2)`, [silver.id, gold.id]);
    ok(await app.gql(SET, { input: { tierId: silver.id, criteria: [
      { purpose: 'ENTRY', metric: 'SELL_IN', minimum: 1000, currency: 'EUR' }, { purpose: 'KEEP', metric: 'SELL_IN', minimum: 600, currency: 'EUR' }] } }, admin), 'setTierCriteria');
    const goldSet = ok(await app.gql(SET, { input: { tierId: gold.id, criteria: [
      { purpose: 'ENTRY', metric: 'SELL_IN', minimum: 5000, currency: 'EUR' }, { purpose: 'ENTRY', metric: 'LEAD_ACCEPTANCE_RATE', minimum: 80 },
      { purpose: 'ENTRY', metric: 'TRAINED_STAFF', minimum: 2 }, { purpose: 'KEEP', metric: 'SELL_IN', minimum: 3000, currency: 'EUR' }] } }, admin), 'setTierCriteria');
    expect(goldSet.tier.criteria).toEqual([
      { purpose: 'ENTRY', metric: 'LEAD_ACCEPTANCE_RATE', minimum: 80, currency: null }, { purpose: 'ENTRY', metric: 'SELL_IN', minimum: 5000, currency: 'EUR' },
      { purpose: 'ENTRY', metric: 'TRAINED_STAFF', minimum: 2, currency: null }, { purpose: 'KEEP', metric: 'SELL_IN', minimum: 3000, currency: 'EUR' },
    ]);

    const rising = await f.givenPartner({ name: 'Rising' });                       // no tier, 3 x 400.00 EUR = 1,200.00: Silver
    const star = await f.givenPartner({ name: 'Star', tierId: silver.id });       // 6,000.00 EUR, 9 of 10 leads, 2 people trained: Gold
    const falling = await f.givenPartner({ name: 'Falling', tierId: gold.id });   // 2,000.00 EUR < 3,000.00: down to Silver (keeps 600.00)
    const steady = await f.givenPartner({ name: 'Steady', tierId: gold.id });     // 3,500.00 EUR: keeps Gold
    const foreign = await f.givenPartner({ name: 'Foreign', tierId: silver.id }); // 100.00 PLN only: no tier
    const old = await f.givenPartner({ name: 'Old' });                            // 10,000.00 EUR 13 months ago: outside the window
    const onboarding = await f.givenPartner({ name: 'New', status: PartnerStatus.ONBOARDING });
    for (const back of [1, 2, 3]) await sellIn(rising.id, back, 40_000);
    await sellIn(star.id, 1, 600_000);
    await leads(star.id, 2, 10, 9);
    await app.gql(`mutation($input: RecordInteractionInput!) { recordInteraction(input: $input) { interaction { id } } }`, { input: {
      partnerId: star.id, kind: 'TRAINING', occurredAt: `${month(2).slice(0, 8)}10T10:00:00.000Z`, subject: 'Product training', participants: ['Ewa Nowak', 'Jan Kowalski', 'ewa nowak '] } }, cm);
    await sellIn(falling.id, 4, 200_000);
    await sellIn(steady.id, 12, 350_000);
    await sellIn(foreign.id, 1, 10_000, 'PLN');
    await sellIn(old.id, 13, 1_000_000);
    await sellIn(onboarding.id, 1, 1_000_000);

    expect(ok(await app.gql(`{ tierProgram { evaluatedAt } }`, {}, cm), 'tierProgram')).toEqual({ evaluatedAt: null });
    const evaluation = ok(await app.gql(EVALUATE, {}, cm), 'evaluateTiers').evaluation;
    expect(typeof ok(await app.gql(`{ tierProgram { evaluatedAt } }`, {}, cm), 'tierProgram').evaluatedAt).toBe('string');
    const window = windowOf(12);
    expect(evaluation).toEqual({ evaluated: 6, proposed: 4, applied: 0, superseded: 0, windowStart: window.start, windowEnd: window.end });
    type Node = { id: string; status: string; direction: string; partner: { id: string }; fromTier: { id: string } | null; toTier: { id: string } | null; facts: Record<string, unknown>[] };
    const proposals = async (status: string | null = 'PROPOSED') => (ok(await app.gql(PROPOSALS, { status }, cm), 'tierProposals').edges as { node: Node }[]).map((e) => e.node);
    const byPartner = new Map((await proposals()).map((p) => [p.partner.id, p]));
    const summary = (p: Node | undefined) => p && [p.direction, p.fromTier?.id ?? null, p.toTier?.id ?? null, p.facts.map((x) => [x.tierId, x.purpose, x.metric, x.value, x.met, x.gap])];
    expect([...byPartner.keys()].sort()).toEqual([rising.id, star.id, falling.id, foreign.id].sort());
    expect(summary(byPartner.get(rising.id))).toEqual(['PROMOTION', null, silver.id, [[silver.id, 'ENTRY', 'SELL_IN', 1200, true, 0]]]);
    expect(summary(byPartner.get(star.id))).toEqual(['PROMOTION', silver.id, gold.id, [
      [gold.id, 'ENTRY', 'LEAD_ACCEPTANCE_RATE', 90, true, 0], [gold.id, 'ENTRY', 'SELL_IN', 6000, true, 0], [gold.id, 'ENTRY', 'TRAINED_STAFF', 2, true, 0]]]);
    expect(summary(byPartner.get(falling.id))).toEqual(['DEMOTION', gold.id, silver.id, [[gold.id, 'KEEP', 'SELL_IN', 2000, false, 1000], [silver.id, 'KEEP', 'SELL_IN', 2000, true, 0]]]);
    expect(summary(byPartner.get(foreign.id))).toEqual(['DEMOTION', silver.id, null, [[silver.id, 'KEEP', 'SELL_IN', 0, false, 600]]]);

    // Again with the same figures: nothing new is recorded.
    const rows = async () => app.dataSource.query(`SELECT id, status, facts::text FROM tier_proposal ORDER BY id`);
    const before = await rows();
    expect(ok(await app.gql(EVALUATE, {}, cm), 'evaluateTiers').evaluation).toMatchObject({ evaluated: 6, proposed: 0, superseded: 0 });
    expect(await rows()).toEqual(before);

    // Where the star stands, as its manager sees it; another partner's standing is not there.
    const manager = await app.signIn((await f.givenUser(Role.PARTNER_MANAGER, star.id)).email);
    const standing = ok(await app.gql(STANDING, { id: star.id }, manager), 'tierStanding');
    expect(standing).toEqual({
      tier: { id: silver.id }, nextTier: { id: gold.id }, windowStart: window.start, windowEnd: window.end,
      figures: [{ metric: 'SELL_IN', value: 6000, currency: 'EUR' }, { metric: 'SELL_OUT', value: 0, currency: 'EUR' }, { metric: 'LEAD_ACCEPTANCE_RATE', value: 90, currency: null },
        { metric: 'WIN_RATE', value: null, currency: null }, { metric: 'TRAINED_STAFF', value: 2, currency: null }],
      keep: [{ metric: 'SELL_IN', minimum: 600, currency: 'EUR', value: 6000, met: true, gap: 0 }],
      next: [{ metric: 'LEAD_ACCEPTANCE_RATE', minimum: 80, currency: null, value: 90, met: true, gap: 0 }, { metric: 'SELL_IN', minimum: 5000, currency: 'EUR', value: 6000, met: true, gap: 0 },
        { metric: 'TRAINED_STAFF', minimum: 2, currency: null, value: 2, met: true, gap: 0 }],
    });
    expect(codeOf(await app.gql(STANDING, { id: rising.id }, manager))).toBe('NOT_FOUND');
    expect(codeOf(await app.gql(PROPOSALS, {}, manager))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(EVALUATE, {}, manager))).toBe('FORBIDDEN');

    // Applied once: the tier changes and its history says so; again: the same answer, nothing more.
    const risingProposal = byPartner.get(rising.id)!;
    const applied = ok(await app.gql(APPLY, { id: risingProposal.id }, cm), 'applyTierProposal').proposal;
    expect(applied).toEqual({ id: risingProposal.id, status: 'APPLIED', decidedBy: { id: cmId } });
    expect(ok(await app.gql(APPLY, { id: risingProposal.id }, cm), 'applyTierProposal').proposal).toEqual(applied);
    expect(await app.dataSource.query(`SELECT tier_id AS "tierId" FROM partner WHERE id = $1`, [rising.id])).toEqual([{ tierId: silver.id }]);
    expect(await app.dataSource.query(`SELECT count(*)::int AS n FROM partner_change WHERE partner_id = $1 AND kind = 'TIER'`, [rising.id])).toEqual([{ n: 1 }]);
    const fallingProposal = byPartner.get(falling.id)!;
    expect(ok(await app.gql(DISMISS, { id: fallingProposal.id }, cm), 'dismissTierProposal').proposal.status).toBe('DISMISSED');
    expect(codeOf(await app.gql(APPLY, { id: fallingProposal.id }, cm))).toBe('CONFLICT');
    expect(await app.dataSource.query(`SELECT tier_id AS "tierId" FROM partner WHERE id = $1`, [falling.id])).toEqual([{ tierId: gold.id }]);

    // New figures: the foreign partner now keeps Silver, so its open demotion is superseded.
    await sellIn(foreign.id, 1, 70_000);
    expect(ok(await app.gql(EVALUATE, {}, cm), 'evaluateTiers').evaluation).toMatchObject({ proposed: 1, superseded: 1 });
    const after = await proposals();
    // The dismissed demotion is proposed again (the figures still say so); the star's promotion is still open.
    expect(after.map((p) => p.partner.id).sort()).toEqual([star.id, falling.id].sort());
    expect((await proposals('SUPERSEDED')).map((p) => p.partner.id)).toEqual([foreign.id]);

    // The program applies its findings itself when told to.
    ok(await app.gql(`mutation { updateTierProgram(input: { autoApply: true, windowMonths: 12 }) { program { autoApply windowMonths } } }`, {}, admin), 'updateTierProgram');
    await sellIn(old.id, 1, 120_000);
    expect(ok(await app.gql(EVALUATE, {}, cm), 'evaluateTiers').evaluation).toMatchObject({ proposed: 1, applied: 1, superseded: 0 });
    expect(await app.dataSource.query(`SELECT tier_id AS "tierId" FROM partner WHERE id = $1`, [old.id])).toEqual([{ tierId: silver.id }]);
  });

  it.each([
    [{ metric: 'SELL_IN', minimum: 10 }, 'criteria[0].currency'],
    [{ metric: 'WIN_RATE', minimum: 10, currency: 'EUR' }, 'criteria[0].currency'],
    [{ metric: 'WIN_RATE', minimum: 101 }, 'criteria[0].minimum'],
    [{ metric: 'TRAINED_STAFF', minimum: 1.5 }, 'criteria[0].minimum'],
    [{ metric: 'SELL_OUT', minimum: 10.005, currency: 'EUR' }, 'criteria[0].minimum'],
  ])('refuses the criterion %j naming %s, changing nothing', async (criterion, field) => {
    const tier = await f.givenTier();
    const result = await app.gql(SET, { input: { tierId: tier.id, criteria: [{ purpose: 'ENTRY', ...criterion }] } }, admin);
    expect([codeOf(result), result.errors?.[0]?.extensions?.field]).toEqual(['BAD_USER_INPUT', field]);
    expect(await app.dataSource.query(`SELECT count(*)::int AS n FROM tier_criterion WHERE tier_id = $1`, [tier.id])).toEqual([{ n: 0 }]);
    expect(codeOf(await app.gql(SET, { input: { tierId: tier.id, criteria: [] } }, cm))).toBe('FORBIDDEN');
  });
});
