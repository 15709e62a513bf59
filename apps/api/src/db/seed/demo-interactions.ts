import { Services } from '../../services';
import { Scopes, Scope } from '../../access/scope';
import { Role } from '../../access/role';
import { SYSTEM_VIEWER } from '../../access/system-viewer';
import { InteractionKind } from '../../modules/interactions/interaction.types';
import { RecordInteractionInput } from '../../modules/interactions/interaction.inputs';
import { logger } from '../../logger';
import { random } from './random';

/**
 * Two years of the channel managers' contacts with the four named partners: visits, calls, meetings,
 * emails and trainings every three to six weeks, about half of them shared with the partner, follow-up
 * tasks done for the older ones (a few overdue) and open for the last three months. Recorded through the service as the
 * channel managers would, the same on every machine (a fixed seed; days count back from today). Its own
 * marker, so that a demo database made before interactions existed gains them at its next start.
 */
const KEY = 'demo-interactions';

const TOPICS: Record<InteractionKind, { subject: string; outcome: string; task: string }[]> = {
  VISIT: [
    { subject: 'Showroom visit: cordless display', outcome: 'Display moved to the entrance; the 18 V drills get a demo table', task: 'Send the new shelf labels' },
    { subject: 'Quarterly visit with the owner', outcome: 'Agreed a sell-in target for next quarter', task: 'Confirm the quarterly target in writing' },
    { subject: 'Store check after the price change', outcome: 'Prices updated; two products missing from the shelf', task: 'Check stock of the missing products' },
  ],
  CALL: [
    { subject: 'Call about late deliveries', outcome: 'Two orders delayed by the carrier; the partner accepts the new dates', task: 'Ask logistics for the tracking references' },
    { subject: 'Lead follow-up call', outcome: 'Three leads accepted, one declined as outside the territory', task: 'Re-dispatch the declined lead' },
    { subject: 'Call about the service backlog', outcome: 'Spare parts ordered for the open cases', task: 'Check the spare parts delivery' },
  ],
  MEETING: [
    { subject: 'Annual business review', outcome: 'Growth plan agreed: a second showroom and a trained installer team', task: 'Prepare the business plan draft' },
    { subject: 'MDF planning meeting', outcome: 'Two activities to be requested: an open day and a local campaign', task: 'Send the MDF request guidelines' },
    { subject: 'Tier review meeting', outcome: 'On track for the next tier if sell-out grows 10%', task: 'Share the tier criteria' },
  ],
  EMAIL: [
    { subject: 'New price list and promotion calendar', outcome: 'Received and confirmed by the partner', task: 'Check the promotion is live in the showroom' },
    { subject: 'Marketing material for the spring campaign', outcome: 'Banners and leaflets ordered', task: 'Confirm the print order' },
  ],
  TRAINING: [
    { subject: 'Product training: 18 V platform', outcome: 'Six sales staff trained and certified', task: 'Send the certificates' },
    { subject: 'Service training: battery diagnostics', outcome: 'Two technicians trained; diagnostics kit delivered', task: 'Schedule the follow-up session' },
  ],
};
const KINDS = Object.values(InteractionKind);
const PEOPLE: Record<string, string[]> = {
  BALTIC: ['Piotr Wiśniewski', 'Marta Zielińska', 'Tomasz Lewandowski'],
  KRAKTOOL: ['Katarzyna Wójcik', 'Paweł Kamiński'],
  RHEIN: ['Stefan Braun', 'Claudia Fischer', 'Markus Hoffmann'],
  MORAVA: ['Petr Novák', 'Jana Svobodová'],
};

export async function seedDemoInteractions(services: Services, scopes: Scopes): Promise<void> {
  try {
    const seeded = await scopes.runSystem('demo data: interactions', (system) => seed(services, system));
    if (seeded) logger.info({ interactions: seeded }, 'demo interactions loaded');
  } catch (err) {
    // A convenience, like the demo orders: Trellis starts without it and says why.
    logger.error({ err }, 'the demo interactions could not be loaded; Trellis starts without them');
  }
}

async function seed(services: Services, system: Scope): Promise<number> {
  await system.query(`SELECT pg_advisory_xact_lock(hashtext('trellis.demo-interactions'))`);
  if ((await system.query(`SELECT 1 FROM trellis_meta WHERE key = $1`, [KEY]))[0]) return 0;
  const staff = await system.query<{ id: string; email: string; displayName: string }>(
    `SELECT id, email, display_name AS "displayName" FROM app_user WHERE email IN ('channel@trellis.demo', 'channel2@trellis.demo') ORDER BY email`);
  const partners = await system.query<{ id: string; code: string }>(`SELECT id, code FROM partner WHERE code IN ('BALTIC', 'KRAKTOOL', 'RHEIN', 'MORAVA') ORDER BY code`);
  if (staff.length < 2 || partners.length < 4) return 0;
  const as = (user: { id: string; email: string; displayName: string }) =>
    system.as({ ...SYSTEM_VIEWER, userId: user.id, role: Role.CHANNEL_MANAGER, email: user.email, displayName: user.displayName });
  const rnd = random(20261201);
  const now = Date.now();
  const today = new Date(now).toISOString().slice(0, 10);
  const dayOf = (offset: number) => new Date(now + offset * 86_400_000).toISOString().slice(0, 10);
  let count = 0;
  for (const [index, partner] of partners.entries()) {
    // Anna Nowak looks after the Polish partners, Jonas Weber after the others.
    const manager = staff.find((u) => u.email === (partner.code === 'BALTIC' || partner.code === 'KRAKTOOL' ? 'channel@trellis.demo' : 'channel2@trellis.demo'))!;
    const scope = as(manager);
    for (let daysAgo = 728 - index * 5; daysAgo > 2; daysAgo -= 21 + Math.floor(rnd.next() * 22)) {
      const kind = rnd.pick(KINDS);
      const topic = rnd.pick(TOPICS[kind]);
      const occurredAt = new Date(now - daysAgo * 86_400_000);
      occurredAt.setUTCHours(8 + Math.floor(rnd.next() * 8), rnd.pick([0, 15, 30, 45]), 0, 0);
      const people = PEOPLE[partner.code];
      const withTask = rnd.next() < 0.6;
      const interaction = await services.interactions.record(scope, Object.assign(new RecordInteractionInput(), {
        partnerId: partner.id, kind, occurredAt, subject: topic.subject, participants: [manager.displayName, ...people.slice(0, 1 + Math.floor(rnd.next() * people.length))],
        notes: kind === InteractionKind.EMAIL ? '' : `Talked through ${topic.subject.toLowerCase()}.`, outcome: topic.outcome, shared: rnd.next() < 0.5,
        tasks: withTask ? [{ title: topic.task, dueOn: dayOf(-daysAgo + 7 + Math.floor(rnd.next() * 14)), assigneeId: manager.id }] : [],
      }));
      count++;
      // Follow-ups of contacts older than three months are done (but one in ten, now overdue); the recent ones stay open.
      if (withTask && daysAgo > 90 && rnd.next() < 0.9) {
        const [task] = await services.interactions.tasksOfInteractions(scope, [interaction.id]);
        if (task && task.dueOn < today) await services.interactions.completeTask(scope, task.id);
      }
    }
  }
  await system.query(`INSERT INTO trellis_meta (key, value) VALUES ($1, $2)`, [KEY, JSON.stringify({ interactions: count })]);
  return count;
}
