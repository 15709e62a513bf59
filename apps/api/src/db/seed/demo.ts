import { Services } from '../../services';
import { Scopes } from '../../access/scope';
import { Role } from '../../access/role';
import { PartnerKind, PartnerStatus } from '../../modules/partners/partner.entity';
import { logger } from '../../logger';
import { random } from './random';
import { seedDemoCatalog } from './demo-catalog';
import { seedDemoInteractions } from './demo-interactions';
import { seedDemoApplications } from './demo-applications';
import { seedDemoPrograms } from './demo-programs';
import {
  DEMO_ADDRESSES, DEMO_BRAND_USERS, demoTaxId, DEMO_CITIES, DEMO_NAMED_PARTNERS, DEMO_PASSWORD, DEMO_STREETS, DEMO_TERRITORIES, DEMO_TIERS, DemoAddress, DemoCity, NAME_PARTS,
} from './demo-fixtures';

const SEED_KEY = 'demo-data';

/** Loads the demo channel once, through the services, in one transaction: all of it or nothing. */
export async function seedDemoData(services: Services, scopes: Scopes): Promise<boolean> {
  const [done] = await scopes.runSystem('demo data', (scope) => scope.query(`SELECT 1 FROM trellis_meta WHERE key = $1`, [SEED_KEY]));
  if (done) {
    // A start interrupted after the partners but before the catalog finishes the catalog now.
    await seedDemoCatalog(services, scopes);
    await seedDemoInteractions(services, scopes);
    await seedDemoApplications(services, scopes);
    await seedDemoPrograms(services, scopes);
    return false;
  }
  const started = Date.now();
  await scopes.runSystem('demo data: partners', async (scope) => {
    const manager = await scope.manager();
    // Two instances starting together: the second waits here, then finds the marker and stops.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('trellis.demo-seed'))`);
    const [again] = await manager.query(`SELECT 1 FROM trellis_meta WHERE key = $1`, [SEED_KEY]);
    if (again) return;
    const rnd = random(20261124);
    const tiers = new Map<string, string>();
    for (const tier of DEMO_TIERS) tiers.set(tier.code, (await services.referenceData.saveTier(scope, null, tier)).id);
    const territories = new Map<string, string>();
    for (const t of DEMO_TERRITORIES) territories.set(t.code, (await services.referenceData.saveTerritory(scope, null, t)).id);
    const brand = new Map<string, string>();
    for (const u of DEMO_BRAND_USERS) {
      brand.set(u.email, (await services.users.createWithPassword(scope, { ...u, role: u.role as Role, partnerId: null }, DEMO_PASSWORD)).id);
    }
    const owners = [brand.get('channel@trellis.demo')!, brand.get('channel2@trellis.demo')!];
    const cityOf = (name: string) => DEMO_CITIES.find((c) => c.city === name)!;

    // Addresses draw from a generator of their own, so that the rest of the channel stays as it was.
    const places = random(20261130);
    const partnersIn = new Map<string, number>();
    const addressIn = (city: DemoCity, number: number): DemoAddress => {
      const nth = partnersIn.get(city.city) ?? 0;
      partnersIn.set(city.city, nth + 1);
      const listed = DEMO_ADDRESSES[city.city]?.[nth];
      if (listed) return listed;
      // 1.5 to 9 km from the centre in any direction (a degree of longitude shrinks with the latitude).
      const [km, bearing] = [1.5 + places.next() * 7.5, places.next() * 2 * Math.PI];
      const latitude = city.latitude + (km * Math.cos(bearing)) / 111.2;
      const longitude = city.longitude + (km * Math.sin(bearing)) / (111.2 * Math.cos((city.latitude * Math.PI) / 180));
      return {
        street: `${places.pick(DEMO_STREETS[city.country]!)} ${number}`, postalCode: city.postalCode, city: city.city,
        latitude: Math.round(latitude * 10_000) / 10_000, longitude: Math.round(longitude * 10_000) / 10_000,
      };
    };

    const createPartner = async (spec: { code: string; name: string; kind: PartnerKind; city: DemoCity; tier: string; parentId?: string; owner: string; taxId?: string }) => {
      const address = addressIn(spec.city, 1 + Math.floor(rnd.next() * 120));
      const { partner } = await services.partners.create(scope, {
        code: spec.code, name: spec.name, kind: spec.kind, city: address.city, country: spec.city.country,
        region: spec.city.region, postalCode: address.postalCode, latitude: address.latitude, longitude: address.longitude, street: address.street,
        email: `office@${spec.code.toLowerCase()}.example`, phone: `+${40 + Math.floor(rnd.next() * 50)} ${100000000 + Math.floor(rnd.next() * 899999999)}`,
        tierId: tiers.get(spec.tier), parentId: spec.parentId ?? null, ownerId: spec.owner,
        territoryIds: [territories.get(spec.city.territory)!], taxId: spec.taxId ?? demoTaxId(spec.city.country, spec.code),
      });
      return partner;
    };
    const moveTo = async (partnerId: string, target: PartnerStatus) => {
      const path: Record<PartnerStatus, PartnerStatus[]> = {
        PROSPECT: [], ONBOARDING: [PartnerStatus.ONBOARDING], ACTIVE: [PartnerStatus.ONBOARDING, PartnerStatus.ACTIVE],
        SUSPENDED: [PartnerStatus.ONBOARDING, PartnerStatus.ACTIVE, PartnerStatus.SUSPENDED],
        TERMINATED: [PartnerStatus.ONBOARDING, PartnerStatus.ACTIVE, PartnerStatus.TERMINATED],
      };
      for (const step of path[target]) await services.lifecycle.moveTo(scope, partnerId, step);
    };

    const byCode = new Map<string, string>();
    for (const named of DEMO_NAMED_PARTNERS) {
      const partner = await createPartner({
        ...named, city: cityOf(named.city), owner: owners[0], parentId: 'parent' in named ? byCode.get(named.parent) : undefined,
      });
      byCode.set(named.code, partner.id);
      await moveTo(partner.id, PartnerStatus.ACTIVE);
      for (const role of [Role.PARTNER_MANAGER, Role.PARTNER_EMPLOYEE]) {
        const who = role === Role.PARTNER_MANAGER ? 'manager' : 'employee';
        await services.users.createWithPassword(
          scope,
          { email: `${who}@${named.users}.demo`, displayName: `${named.name.split(' ')[0]} ${who === 'manager' ? 'Manager' : 'Employee'}`, role, partnerId: partner.id },
          DEMO_PASSWORD,
        );
      }
    }

    // Generated partners: distributors per country first, then resellers and dealers under some of them.
    const statuses = [PartnerStatus.ACTIVE, PartnerStatus.ACTIVE, PartnerStatus.ACTIVE, PartnerStatus.ONBOARDING, PartnerStatus.PROSPECT, PartnerStatus.SUSPENDED, PartnerStatus.TERMINATED];
    const distributors = new Map<string, string[]>([['PL', [byCode.get('BALTIC')!]]]);
    let n = 0;
    for (const kind of [PartnerKind.DISTRIBUTOR, PartnerKind.RESELLER, PartnerKind.DEALER, PartnerKind.SERVICE_PARTNER]) {
      const count = kind === PartnerKind.DISTRIBUTOR ? 5 : kind === PartnerKind.SERVICE_PARTNER ? 6 : 12;
      for (let i = 0; i < count; i++) {
        const city = rnd.pick(DEMO_CITIES);
        const parts = NAME_PARTS[city.country as keyof typeof NAME_PARTS];
        const code = `${city.country}${kind.slice(0, 1)}${String(++n).padStart(3, '0')}`;
        const parents = distributors.get(city.country) ?? [];
        const parentId = kind !== PartnerKind.DISTRIBUTOR && kind !== PartnerKind.SERVICE_PARTNER && parents.length && rnd.next() < 0.7 ? rnd.pick(parents) : undefined;
        const partner = await createPartner({
          code, kind, city, parentId, owner: rnd.pick(owners), tier: rnd.pick(DEMO_TIERS).code,
          name: `${rnd.pick(parts.prefix)} ${city.city} ${rnd.pick(parts.suffix)}`,
        });
        if (kind === PartnerKind.DISTRIBUTOR) distributors.set(city.country, [...parents, partner.id]);
        await moveTo(partner.id, kind === PartnerKind.DISTRIBUTOR ? PartnerStatus.ACTIVE : rnd.pick(statuses));
      }
    }
    // Spread the history over the last two years so that timelines have a real shape.
    await manager.query(`
      WITH aged AS (SELECT id, now() - (random_days || ' days')::interval AS born
                      FROM (SELECT id, (abs(hashtext(code)) % 700) + 30 AS random_days FROM partner) p)
      UPDATE partner SET created_at = aged.born FROM aged WHERE partner.id = aged.id`);
    await manager.query(`
      WITH ordered AS (
        SELECT c.id, p.created_at + (row_number() OVER (PARTITION BY c.partner_id ORDER BY c.at, c.id) - 1) * interval '9 days' AS at
          FROM partner_change c JOIN partner p ON p.id = c.partner_id)
      UPDATE partner_change c SET at = ordered.at FROM ordered WHERE c.id = ordered.id`);
    await manager.query(`UPDATE partner p SET updated_at = (SELECT max(at) FROM partner_change c WHERE c.partner_id = p.id)`);
    await manager.query(`INSERT INTO trellis_meta (key, value) VALUES ($1, $2)`, [SEED_KEY, JSON.stringify({ seed: 20261124 })]);
  });
  logger.info({ ms: Date.now() - started }, 'demo data loaded');
  await seedDemoCatalog(services, scopes);
  await seedDemoInteractions(services, scopes);
  await seedDemoApplications(services, scopes);
  await seedDemoPrograms(services, scopes);
  return true;
}
