import { Services } from '../../services';
import { Scopes, Scope } from '../../access/scope';
import { Role } from '../../access/role';
import { SYSTEM_VIEWER } from '../../access/system-viewer';
import { PartnerKind } from '../../modules/partners/partner.entity';
import { SalesPolicyKind } from '../../modules/programs/policy.types';
import { AnnouncementKind } from '../../modules/programs/announcement.types';
import { IncentiveBasis, IncentiveKind, IncentivePeriod } from '../../modules/programs/incentive.types';
import { logger } from '../../logger';

/**
 * The brand's published sales policies and announcements: a partner agreement and rules of engagement
 * (two versions) for everyone, payment terms for distributors, next year's price list published ahead
 * of its day, a draft in the works; news and a campaign. Baltic's manager acknowledged the agreement
 * and the rules; Krak-Tool's has not, so the tracker has both kinds of rows. Published through the
 * services; the versions and news of the past are published on their own days (without notifications, which went out then).
 * Its own marker, so that a demo database made before programs existed gains them at its next start.
 */
const KEY = 'demo-programs';
const NOBODY: { tierIds: string[]; kinds: PartnerKind[]; territoryIds: string[] } = { tierIds: [], kinds: [], territoryIds: [] };

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

export async function seedDemoPrograms(services: Services, scopes: Scopes): Promise<void> {
  try {
    const seeded = await scopes.runSystem('demo data: programs', (system) => seed(services, system));
    if (seeded) logger.info({ policies: seeded }, 'demo policies and announcements loaded');
    const criteria = await scopes.runSystem('demo data: tier criteria', (system) => seedTierCriteria(services, system));
    if (criteria) logger.info({ criteria }, 'demo tier criteria loaded');
    const incentives = await scopes.runSystem('demo data: incentives', (system) => seedIncentives(services, system));
    if (incentives) logger.info(incentives, 'demo incentives loaded and computed');
  } catch (err) {
    logger.error({ err }, 'the demo policies, announcements and tier criteria could not be loaded; Trellis starts without them');
  }
}

/**
 * The demo tiers' criteria over twelve months (the demo's sell-in is in EUR, from about 20,000 to 130,000 a
 * partner): Registered asks nothing; Silver, Gold and Platinum ask for rising sell-in, and the upper two for
 * trained staff as well. Several demo partners sit in tiers their figures no longer support, so the first
 * evaluation ("Evaluate now", or the daily job) has promotions and demotions to propose.
 */
const TIER_CRITERIA: Record<string, { purpose: 'ENTRY' | 'KEEP'; metric: 'SELL_IN' | 'TRAINED_STAFF'; minimum: number; currency?: string }[]> = {
  SILVER: [{ purpose: 'ENTRY', metric: 'SELL_IN', minimum: 30_000, currency: 'EUR' }, { purpose: 'KEEP', metric: 'SELL_IN', minimum: 20_000, currency: 'EUR' }],
  GOLD: [{ purpose: 'ENTRY', metric: 'SELL_IN', minimum: 60_000, currency: 'EUR' }, { purpose: 'ENTRY', metric: 'TRAINED_STAFF', minimum: 2 },
    { purpose: 'KEEP', metric: 'SELL_IN', minimum: 45_000, currency: 'EUR' }],
  PLATINUM: [{ purpose: 'ENTRY', metric: 'SELL_IN', minimum: 100_000, currency: 'EUR' }, { purpose: 'ENTRY', metric: 'TRAINED_STAFF', minimum: 3 },
    { purpose: 'KEEP', metric: 'SELL_IN', minimum: 80_000, currency: 'EUR' }],
};
const CRITERIA_KEY = 'demo-tier-criteria';
const INCENTIVES_KEY = 'demo-incentives';

/**
 * Two incentives running since the start of last year: a 2% quarterly rebate on delivered sell-in from
 * €15,000.00 a quarter for every partner, and €25.00 per converted lead each month for dealers and
 * resellers; computed at once from the demo's orders, so partners see accruals and last quarters' statements.
 */
async function seedIncentives(services: Services, system: Scope): Promise<Record<string, number> | null> {
  await system.query(`SELECT pg_advisory_xact_lock(hashtext('trellis.demo-incentives'))`);
  if ((await system.query(`SELECT 1 FROM trellis_meta WHERE key = $1`, [INCENTIVES_KEY]))[0]) return null;
  const [channel] = await system.query<{ id: string; email: string; displayName: string }>(
    `SELECT id, email, display_name AS "displayName" FROM app_user WHERE email = 'channel@trellis.demo'`);
  if (!channel) return null;
  const cm = system.as({ ...SYSTEM_VIEWER, userId: channel.id, role: Role.CHANNEL_MANAGER, email: channel.email, displayName: channel.displayName });
  const since = `${new Date().getUTCFullYear() - 1}-01-01`;
  const rebate = await services.incentives.create(cm, { name: 'Sell-in rebate', description: 'Two percent back on every quarter in which you buy at least €15,000.00 from us.',
    kind: IncentiveKind.REBATE, basis: IncentiveBasis.SELL_IN, currency: 'EUR', rateBasisPoints: 200, threshold: '15000.00', period: IncentivePeriod.QUARTER, startsOn: since, audience: NOBODY });
  const bonus = await services.incentives.create(cm, { name: 'Lead conversion bonus', description: 'For every lead you turn into a customer.', kind: IncentiveKind.LEAD_BONUS,
    currency: 'EUR', bonus: '25.00', threshold: '0', period: IncentivePeriod.MONTH, startsOn: since, audience: { ...NOBODY, kinds: [PartnerKind.DEALER, PartnerKind.RESELLER] } });
  for (const p of [rebate, bonus]) await services.incentives.publish(cm, p.id);
  const computed = await services.incentives.compute(system);
  await system.query(`INSERT INTO trellis_meta (key, value) VALUES ($1, $2)`, [INCENTIVES_KEY, JSON.stringify(computed)]);
  return { ...computed };
}

async function seedTierCriteria(services: Services, system: Scope): Promise<number> {
  await system.query(`SELECT pg_advisory_xact_lock(hashtext('trellis.demo-tier-criteria'))`);
  if ((await system.query(`SELECT 1 FROM trellis_meta WHERE key = $1`, [CRITERIA_KEY]))[0]) return 0;
  const tiers = await system.query<{ id: string; code: string }>(`SELECT id, code FROM tier WHERE code = ANY($1::text[])`, [Object.keys(TIER_CRITERIA)]);
  let count = 0;
  for (const tier of tiers) {
    const criteria = TIER_CRITERIA[tier.code].map((c) => ({ ...c, currency: c.currency ?? null })) as never;
    count += (await services.tierRules.setCriteria(system, { tierId: tier.id, criteria })).length;
  }
  await system.query(`INSERT INTO trellis_meta (key, value) VALUES ($1, $2)`, [CRITERIA_KEY, JSON.stringify({ criteria: count })]);
  return count;
}

async function seed(services: Services, system: Scope): Promise<number> {
  await system.query(`SELECT pg_advisory_xact_lock(hashtext('trellis.demo-programs'))`);
  if ((await system.query(`SELECT 1 FROM trellis_meta WHERE key = $1`, [KEY]))[0]) return 0;
  const users = await system.query<{ id: string; email: string; displayName: string; partnerId: string | null; role: Role }>(
    `SELECT id, email, display_name AS "displayName", partner_id AS "partnerId", role FROM app_user
      WHERE email IN ('channel@trellis.demo', 'manager@baltic.demo', 'manager@rhein.demo') ORDER BY email`);
  const byEmail = new Map(users.map((u) => [u.email, u]));
  const channel = byEmail.get('channel@trellis.demo');
  if (!channel) return 0;
  const as = (u: typeof users[number]) => system.as({ ...SYSTEM_VIEWER, userId: u.id, role: u.role, email: u.email, displayName: u.displayName,
    partnerId: u.partnerId, visiblePartnerIds: u.partnerId ? [u.partnerId] : 'ALL' });
  const cm = as(channel);
  // Versions of the past, published on their own days (no notifications: those went out then).
  const publish = async (kind: SalesPolicyKind, title: string, versions: { body: string; note: string; daysAgo: number }[], audience = NOBODY) => {
    const [first] = versions;
    const policy = await services.policies.create(cm, { kind, title, body: first.body, changeNote: first.note, effectiveOn: day(0), audience });
    const ids: string[] = [];
    for (const [i, v] of versions.entries()) {
      const draft = i === 0 ? (await services.policies.versionsOf(cm, [policy.id]))[0]
        : await services.policies.saveDraft(cm, { policyId: policy.id, body: v.body, changeNote: v.note, effectiveOn: day(0) });
      await system.query(
        `UPDATE sales_policy_version SET status = 'PUBLISHED', effective_on = $2::date, published_at = $2::date + time '09:00', published_by = $3, updated_at = $2::date + time '09:00'
          WHERE id = $1 AND status = 'DRAFT'`, [draft.id, day(-v.daysAgo), channel.id]);
      ids.push(draft.id);
    }
    await system.query(`UPDATE sales_policy SET first_published_at = $2::date + time '09:00' WHERE id = $1`, [policy.id, day(-first.daysAgo)]);
    return { policy, ids };
  };

  const agreement = await publish(SalesPolicyKind.PARTNER_AGREEMENT, 'Partner agreement', [{
    daysAgo: 400, note: 'First edition',
    body: 'Partner agreement\n\n1. The partner sells and services the brand\'s products in its territories.\n2. The partner registers every deal it pursues before its first quote.\n3. The brand supports the partner with leads, marketing development funds and training.\n4. Either side may end the agreement with three months\' notice.',
  }]);
  const rules = await publish(SalesPolicyKind.RULES_OF_ENGAGEMENT, 'Rules of engagement', [
    { daysAgo: 380, note: 'First edition', body: 'Rules of engagement\n\n- Register a deal before the first quote.\n- Approved registrations are protected for 90 days.\n- Leads not accepted within the tier\'s time go back to dispatch.' },
    { daysAgo: 45, note: 'Protection extended to 120 days; leads go back after the tier\'s time', body: 'Rules of engagement\n\n- Register a deal before the first quote.\n- Approved registrations are protected for 120 days.\n- Leads not accepted within the tier\'s time go back to dispatch.\n- A conflict between two registrations is decided by the channel manager within five working days.' },
  ]);
  await publish(SalesPolicyKind.PAYMENT_TERMS, 'Payment terms for distributors', [
    { daysAgo: 300, note: 'First edition', body: 'Payment terms\n\nInvoices are due 45 days after delivery. A 2% discount applies to payment within 10 days.' },
  ], { ...NOBODY, kinds: [PartnerKind.DISTRIBUTOR] });
  // Next year's price list: published now, effective from the first of next year.
  const nextYear = `${new Date().getUTCFullYear() + 1}-01-01`;
  const prices = await services.policies.create(cm, { kind: SalesPolicyKind.PRICE_LIST, title: 'Price list and discounts', changeNote: 'Prices of the new year',
    effectiveOn: nextYear, body: 'Price list and discounts\n\nList prices rise by 3% on average. Tier discounts stay: Silver 5%, Gold 8%, Platinum 12%.', audience: NOBODY });
  await services.policies.publish(cm, (await services.policies.versionsOf(cm, [prices.id]))[0].id);
  await services.policies.create(cm, { kind: SalesPolicyKind.CONFLICT_RULES, title: 'Channel conflict rules', changeNote: 'Draft for review',
    effectiveOn: nextYear, body: 'Channel conflict rules\n\nWhen two partners pursue the same customer, the first approved registration wins.', audience: NOBODY });

  // Baltic's manager acknowledged the agreement and both versions of the rules; Rhein's the agreement only.
  for (const [email, versionIds] of [['manager@baltic.demo', [agreement.ids[0], ...rules.ids]], ['manager@rhein.demo', [agreement.ids[0]]]] as const) {
    const manager = byEmail.get(email);
    if (!manager) continue;
    for (const id of versionIds) await services.policies.acknowledge(as(manager), id);
  }

  const news = await services.announcements.create(cm, { kind: AnnouncementKind.NEWS, title: 'New distribution centre in Gliwice',
    body: 'From next month, orders from Poland, Czechia and Slovakia ship from our new distribution centre in Gliwice: one day less on the road.', audience: NOBODY });
  await system.query(`UPDATE announcement SET status = 'PUBLISHED', published_at = now() - interval '12 days', published_by = $2 WHERE id = $1 AND status = 'DRAFT'`, [news.id, channel.id]);
  const campaign = await services.announcements.create(cm, { kind: AnnouncementKind.CAMPAIGN, title: 'Spring campaign: 18 V cordless range',
    body: 'Ten percent off the 18 V cordless range for your customers from 1 March to 30 April. Showroom banners and leaflets are in the MDF catalogue.',
    audience: { ...NOBODY, kinds: [PartnerKind.RESELLER, PartnerKind.DEALER, PartnerKind.DISTRIBUTOR] } });
  await services.announcements.publish(cm, campaign.id);
  await services.announcements.create(cm, { kind: AnnouncementKind.NEWS, title: 'Service training dates', body: 'Draft: the dates of next quarter\'s service trainings.', audience: NOBODY });
  const baltic = byEmail.get('manager@baltic.demo');
  if (baltic) await services.announcements.markRead(as(baltic), news.id);

  await system.query(`INSERT INTO trellis_meta (key, value) VALUES ($1, $2)`, [KEY, JSON.stringify({ policies: 5, announcements: 3 })]);
  return 5;
}
