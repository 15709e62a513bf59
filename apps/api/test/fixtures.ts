import { randomBytes } from 'node:crypto';
import { Scope } from '../src/access/scope';
import { Role } from '../src/access/role';
import { User } from '../src/access/user.entity';
import { Partner, PartnerKind, PartnerStatus } from '../src/modules/partners/partner.entity';
import { TestApp, TEST_PASSWORD } from './harness';

/** Small named builders: each test makes exactly the data it talks about, through the services. */
export function fixtures(app: TestApp) {
  const { services } = app;
  const asSystem = <T>(work: (scope: Scope) => Promise<T>) => app.scopes.runSystem('test fixtures', work);
  const unique = () => randomBytes(3).toString('hex').toUpperCase();

  const givenUser = (role: Role, partnerId: string | null = null, email?: string): Promise<User> =>
    asSystem((scope) =>
      services.users.createWithPassword(
        scope,
        { email: email ?? `${role.toLowerCase()}-${unique().toLowerCase()}@test.example`, displayName: `${role} ${unique()}`, role, partnerId },
        TEST_PASSWORD,
      ),
    );

  const givenPartner = async (spec: { kind?: PartnerKind; status?: PartnerStatus; parentId?: string; name?: string; city?: string; country?: string; tierId?: string; territoryIds?: string[]; ownerId?: string } = {}): Promise<Partner> => {
    const code = `T${unique()}`;
    const partner = await asSystem(async (scope) =>
      (await services.partners.create(scope, {
        code, name: spec.name ?? `Partner ${code}`, kind: spec.kind ?? PartnerKind.RESELLER, city: spec.city ?? 'Kraków',
        country: spec.country ?? 'PL', parentId: spec.parentId, tierId: spec.tierId, territoryIds: spec.territoryIds, ownerId: spec.ownerId,
      })).partner,
    );
    const path: Record<PartnerStatus, PartnerStatus[]> = {
      PROSPECT: [], ONBOARDING: [PartnerStatus.ONBOARDING], ACTIVE: [PartnerStatus.ONBOARDING, PartnerStatus.ACTIVE],
      SUSPENDED: [PartnerStatus.ONBOARDING, PartnerStatus.ACTIVE, PartnerStatus.SUSPENDED], TERMINATED: [PartnerStatus.TERMINATED],
    };
    for (const step of path[spec.status ?? PartnerStatus.ACTIVE]) {
      await asSystem((scope) => services.lifecycle.moveTo(scope, partner.id, step));
    }
    return asSystem((scope) => services.partners.get(scope, partner.id));
  };

  const givenTier = (code = `T${unique()}`) =>
    asSystem((scope) => services.referenceData.saveTier(scope, null, { code, name: `Tier ${code}`, rank: 1, discountPercent: 5, mdfEligible: false, leadPriority: 1 }));

  const givenTerritory = (code = `T${unique()}`) =>
    asSystem((scope) => services.referenceData.saveTerritory(scope, null, { code, name: `Territory ${code}`, countries: ['PL'] }));

  return { givenUser, givenPartner, givenTier, givenTerritory, asSystem };
}
