import { randomUUID } from 'node:crypto';
import { Services } from '../../services';
import { Scopes, Scope } from '../../access/scope';
import { Role } from '../../access/role';
import { SYSTEM_VIEWER } from '../../access/system-viewer';
import { MdfActivityType, MdfPaymentMethod } from '../../modules/mdf/mdf.types';
import { AllocateMdfInput, CreateMdfClaimInput, CreateMdfFundInput, RequestMdfInput } from '../../modules/mdf/mdf.inputs';
import { logger } from '../../logger';

/**
 * The demo channel's marketing development fund: this half-year's budget allocated to the four named
 * partners, with a request at every stage (submitted, sent back for changes, approved with a claim waiting,
 * approved with a claim paid), made through the services as the partners' managers and the channel manager
 * would. Its own marker, so that a demo database made before MDF existed gains it at its next start.
 */
const KEY = 'demo-mdf';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

export async function seedDemoMdf(services: Services, scopes: Scopes): Promise<void> {
  try {
    const seeded = await scopes.runSystem('demo data: MDF', (system) => seed(services, system));
    if (seeded) logger.info('demo MDF fund loaded');
  } catch (err) {
    // A convenience, like the demo orders: Trellis starts without it and says why.
    logger.error({ err }, 'the demo MDF fund could not be loaded; Trellis starts without it');
  }
}

async function seed(services: Services, system: Scope): Promise<boolean> {
  await system.query(`SELECT pg_advisory_xact_lock(hashtext('trellis.demo-mdf'))`);
  if ((await system.query(`SELECT 1 FROM trellis_meta WHERE key = $1`, [KEY]))[0]) return false;
  const [channelManager] = await system.query<{ id: string; email: string }>(`SELECT id, email FROM app_user WHERE email = 'channel@trellis.demo'`);
  const managers = await system.query<{ partnerId: string; code: string; userId: string; email: string }>(
    `SELECT p.id AS "partnerId", p.code, m.id AS "userId", m.email FROM partner p
       JOIN app_user m ON m.partner_id = p.id AND m.role = 'PARTNER_MANAGER' AND m.email LIKE 'manager@%.demo'
      WHERE p.code IN ('BALTIC', 'KRAKTOOL', 'RHEIN', 'MORAVA') ORDER BY p.code`);
  if (!channelManager || managers.length < 4) return false;
  const brand = system.as({ ...SYSTEM_VIEWER, userId: channelManager.id, role: Role.CHANNEL_MANAGER, email: channelManager.email });
  const manager = (code: string) => {
    const m = managers.find((x) => x.code === code)!;
    return { partnerId: m.partnerId, scope: system.as({ userId: m.userId, role: Role.PARTNER_MANAGER, email: m.email, displayName: m.email, partnerId: m.partnerId,
      visiblePartnerIds: [m.partnerId], via: 'SESSION' }) };
  };
  const mdf = services.mdf;
  const fund = await mdf.createFund(brand, Object.assign(new CreateMdfFundInput(), {
    name: 'Cordless line launch', purpose: 'Events, campaigns and training that bring customers to the new cordless tools',
    currency: 'EUR', totalBudget: '60000.00', periodStart: day(-60), periodEnd: day(120), claimDeadline: day(150), eligibleTierIds: [],
    activityTypes: [MdfActivityType.EVENT, MdfActivityType.DIGITAL_CAMPAIGN, MdfActivityType.TRADE_SHOW, MdfActivityType.TRAINING, MdfActivityType.PRINT],
  }));
  for (const [code, amount] of [['BALTIC', '12000.00'], ['KRAKTOOL', '10000.00'], ['RHEIN', '15000.00'], ['MORAVA', '8000.00']] as const) {
    await mdf.allocate(brand, Object.assign(new AllocateMdfInput(), { fundId: fund.id, partnerId: manager(code).partnerId, amount }));
  }
  const request = (code: string, input: Partial<RequestMdfInput>) => mdf.requestFunds(manager(code).scope, Object.assign(new RequestMdfInput(), {
    fundId: fund.id, partnerId: manager(code).partnerId, description: '', expectedLeads: 0, expectedRevenue: '0', startsOn: day(-20), endsOn: day(-18), ...input,
  }));
  const claim = async (code: string, requestId: string, amount: string, note: string) => {
    const made = await mdf.createClaim(manager(code).scope, Object.assign(new CreateMdfClaimInput(), { requestId, amount, note, idempotencyKey: randomUUID() }));
    const proof = Buffer.from(`Invoice for ${note}\nAmount: ${amount} EUR\n`).toString('base64');
    await mdf.addClaimFile(manager(code).scope, made.id, 'invoice.txt', proof);
    return mdf.submitClaim(manager(code).scope, made.id);
  };

  // KRAKTOOL: an open day, approved a little lower, claimed and paid.
  const openDay = await request('KRAKTOOL', { activityType: MdfActivityType.EVENT, title: 'Cordless open day in the Kraków shop',
    description: 'Demonstrations of the 18 V line with the brand\'s trainer, catering for 80 guests.', plannedCost: '4000.00', requested: '3000.00',
    expectedLeads: 40, expectedRevenue: '45000.00' });
  await mdf.approveRequest(brand, openDay.id, '2800.00');
  const paid = await claim('KRAKTOOL', openDay.id, '2600.00', 'the open day: hall, catering and printed leaflets');
  await mdf.approveClaim(brand, paid.id, '2400.00');
  await mdf.payClaim(brand, paid.id, MdfPaymentMethod.CREDIT_NOTE, 'CN-2026-0141', randomUUID());

  // RHEIN: a trade show stand, approved in full; its claim waits for the channel manager.
  const fair = await request('RHEIN', { activityType: MdfActivityType.TRADE_SHOW, title: 'Stand at the regional building trade fair',
    description: '24 m² stand with the full cordless range.', plannedCost: '9000.00', requested: '6000.00', expectedLeads: 120, expectedRevenue: '150000.00',
    startsOn: day(-12), endsOn: day(-10) });
  await mdf.approveRequest(brand, fair.id, null);
  await claim('RHEIN', fair.id, '4200.00', 'the trade fair stand and its transport');

  // BALTIC: a digital campaign waiting for approval.
  await request('BALTIC', { activityType: MdfActivityType.DIGITAL_CAMPAIGN, title: 'Search and social campaign for the 18 V drills',
    plannedCost: '3000.00', requested: '2500.00', expectedLeads: 200, expectedRevenue: '60000.00', startsOn: day(10), endsOn: day(40) });

  // MORAVA: a training sent back for changes.
  const training = await request('MORAVA', { activityType: MdfActivityType.TRAINING, title: 'Product training for installers',
    plannedCost: '2000.00', requested: '2000.00', expectedLeads: 15, expectedRevenue: '20000.00', startsOn: day(20), endsOn: day(20) });
  await mdf.askForChanges(brand, training.id, 'Please split the trainer\'s fee from the venue costs; the fund pays half of the venue.');

  await system.query(`INSERT INTO trellis_meta (key, value) VALUES ($1, $2)`, [KEY, JSON.stringify({ fundId: fund.id })]);
  return true;
}
