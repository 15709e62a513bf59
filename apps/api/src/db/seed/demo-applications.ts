import { Services } from '../../services';
import { Scopes, Scope } from '../../access/scope';
import { Role } from '../../access/role';
import { SYSTEM_VIEWER } from '../../access/system-viewer';
import { PartnerKind } from '../../modules/partners/partner.entity';
import { ApplyForPartnershipInput } from '../../modules/programs/application.inputs';
import { ApplicationLanguage } from '../../modules/programs/application.types';
import { logger } from '../../logger';

/**
 * Four "Become a partner" applications for the channel manager's inbox: three waiting (one of them the
 * named demo dealer Rhein Werkzeug again, under another legal form: a duplicate by tax id and name) and one rejected
 * with its reason. Filed through the service as the public form files them, the same on every machine.
 * Its own marker, so that a demo database made before applications existed gains them at its next start.
 */
const KEY = 'demo-applications';
const CONSENT = 'I agree that Trellis Power Tools processes these data to assess my application.';

const APPLICATIONS: (Omit<ApplyForPartnershipInput, 'consent' | 'consentText' | 'references' | 'message' | 'territory'> & { references?: string; message?: string; territory?: string })[] = [
  { companyName: 'Budmax Narzędzia Sp. z o.o.', kind: PartnerKind.RESELLER, country: 'PL', city: 'Poznań', postalCode: '61-001', website: 'https://www.budmax-narzedzia.example',
    taxId: 'PL 781-100-20-30', territory: 'Wielkopolska', contactName: 'Marta Zielińska', contactEmail: 'marta.zielinska@budmax-narzedzia.example', contactPhone: '+48 601 200 300',
    references: 'Sells Bosch and Makita since 2012; 3 stores', message: 'We would like to add your cordless range to our stores.', language: ApplicationLanguage.PL },
  { companyName: 'Rhein Werkzeug AG', kind: PartnerKind.DEALER, country: 'DE', city: 'Mainz', postalCode: '55116', website: 'https://rhein-werkzeug.example',
    taxId: 'DE 298 765 432', territory: 'Rheinland-Pfalz', contactName: 'Jonas Weber', contactEmail: 'jonas.weber@rhein-werkzeug.example',
    message: 'A second location of our family business.', language: ApplicationLanguage.EN },
  { companyName: 'Stavmat Technika s.r.o.', kind: PartnerKind.SERVICE_PARTNER, country: 'CZ', city: 'Ostrava', postalCode: '702 00',
    taxId: 'CZ27483920', territory: 'Moravskoslezský kraj', contactName: 'Petr Novák', contactEmail: 'novak@stavmat-technika.example', contactPhone: '+420 601 123 456',
    references: 'Authorised service for two other brands', language: ApplicationLanguage.EN },
  { companyName: 'Eastern Trading Co., Ltd.', kind: PartnerKind.DISTRIBUTOR, country: 'CN', city: 'Shenzhen', taxId: '91440300MA5F000000',
    territory: 'Europe', contactName: 'Li Wei', contactEmail: 'li.wei@eastern-trading.example', message: 'Exclusive distribution for Europe.', language: ApplicationLanguage.EN },
];
const REJECTED = { index: 3, reason: 'We do not appoint distributors outside our sales regions.' };

export async function seedDemoApplications(services: Services, scopes: Scopes): Promise<void> {
  try {
    const seeded = await scopes.runSystem('demo data: applications', (system) => seed(services, system));
    if (seeded) logger.info({ applications: seeded }, 'demo partner applications loaded');
  } catch (err) {
    logger.error({ err }, 'the demo partner applications could not be loaded; Trellis starts without them');
  }
}

async function seed(services: Services, system: Scope): Promise<number> {
  await system.query(`SELECT pg_advisory_xact_lock(hashtext('trellis.demo-applications'))`);
  if ((await system.query(`SELECT 1 FROM trellis_meta WHERE key = $1`, [KEY]))[0]) return 0;
  const [channel] = await system.query<{ id: string; email: string; displayName: string }>(
    `SELECT id, email, display_name AS "displayName" FROM app_user WHERE email = 'channel@trellis.demo'`);
  if (!channel) return 0;
  const references: string[] = [];
  for (const [i, application] of APPLICATIONS.entries()) {
    const input = { references: '', message: '', territory: '', ...application, consent: true, consentText: CONSENT } as ApplyForPartnershipInput;
    references.push((await services.applications.apply(system.publicFor([]), input, `demo-${i}`)).reference);
  }
  const [rejected] = await system.query<{ id: string }>(`SELECT id FROM partner_application WHERE number = $1`, [references[REJECTED.index]]);
  const manager = system.as({ ...SYSTEM_VIEWER, userId: channel.id, role: Role.CHANNEL_MANAGER, email: channel.email, displayName: channel.displayName });
  await services.applications.reject(manager, { applicationId: rejected.id, reason: REJECTED.reason });
  await system.query(`INSERT INTO trellis_meta (key, value) VALUES ($1, $2)`, [KEY, JSON.stringify({ applications: references.length })]);
  return references.length;
}
