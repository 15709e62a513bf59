import { In } from 'typeorm';
import { startTestApp, TestApp } from '../../../test/harness';
import { fixtures } from '../../../test/fixtures';
import { Role } from '../../access/role';
import { User } from '../../access/user.entity';
import { Partner, PartnerKind } from './partner.entity';
import { Tier } from './tier.entity';
import { Territory } from './territory.entity';

/*
 * The partner pages' reads are plain SQL with their own column lists (see partner.service.ts): each must
 * answer what the entity holds, every column with the same name and type, so that a column added to an
 * entity and forgotten in its SQL shows here rather than as a null in GraphQL.
 */
describe('plain SQL reads of partners, tiers, territories and users', () => {
  let app: TestApp;
  let f: ReturnType<typeof fixtures>;

  beforeAll(async () => {
    app = await startTestApp();
    f = fixtures(app);
  });
  afterAll(() => app.close());

  it('answer what TypeORM reads into the entities', async () => {
    const owner = await f.givenUser(Role.CHANNEL_MANAGER);
    const tier = await f.givenTier();
    const territory = await f.givenTerritory();
    const distributor = await f.givenPartner({ kind: PartnerKind.DISTRIBUTOR, tierId: tier.id, ownerId: owner.id, latitude: 50.06, longitude: 19.94, postalCode: '31-000' });
    const reseller = await f.givenPartner({ parentId: distributor.id, territoryIds: [territory.id] });
    const staff = await f.givenUser(Role.PARTNER_MANAGER, distributor.id);
    const { user: invited } = await app.scopes.runSystem('test', (scope) =>
      app.services.users.invite(scope, { email: 'invited@test.example', displayName: 'Invited One', role: Role.PARTNER_EMPLOYEE, partnerId: distributor.id }));
    const partnerIds = [distributor.id, reseller.id];
    const userIds = [owner.id, staff.id, invited.id];

    await app.scopes.runSystem('test', async (scope) => {
      const { partners, users, referenceData } = app.services;
      const manager = await scope.manager();
      const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));

      expect(byId(await partners.byIds(scope, partnerIds))).toEqual(byId(await manager.findBy(Partner, { id: In(partnerIds) })));
      expect(await partners.childrenOf(scope, [distributor.id])).toEqual(await manager.findBy(Partner, { parentId: distributor.id }));
      expect(await partners.territoriesOf(scope, partnerIds)).toEqual([{ ...(await manager.findOneByOrFail(Territory, { id: territory.id })), partnerId: reseller.id }]);
      expect(await referenceData.tiersByIds(scope, [tier.id])).toEqual([await manager.findOneByOrFail(Tier, { id: tier.id })]);

      const read = byId(await users.byIds(scope, userIds));
      // Instances, as the entities are: type-graphql would otherwise copy each row for every field resolver.
      expect(read.every((u) => u instanceof User)).toBe(true);
      expect((await partners.byIds(scope, partnerIds)).every((p) => p instanceof Partner)).toBe(true);
      expect(read).toEqual(byId(await manager.findBy(User, { id: In(userIds) })));
      expect(read.map((u) => u.invited)).toEqual(byId([owner, staff, invited]).map((u) => u.id === invited.id));
      expect(await users.usersOfPartners(scope, [distributor.id])).toEqual(
        await manager.find(User, { where: { partnerId: distributor.id }, order: { displayName: 'ASC', id: 'ASC' } }));
    });
  });
});
