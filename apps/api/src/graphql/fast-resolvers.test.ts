import { GraphQLObjectType, type GraphQLResolveInfo } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { buildTrellisSchema, directFields, resolvers } from './schema';
import { ALL_ROLES, Role } from '../access/role';
import { Unauthenticated } from '../domain/errors';
import { Partner } from '../modules/partners/partner.entity';

const schema = buildTrellisSchema();
const resolveOf = (type: string, field: string) => (schema.getType(type) as GraphQLObjectType).getFields()[field].resolve!;
const info = {} as GraphQLResolveInfo;

describe('field resolvers called without the middleware chain', () => {
  it('covers every field resolver without arguments or middlewares, each with the roles it declares', () => {
    const storage = getMetadataStorage();
    const expected = storage.fieldResolvers
      .filter((r) => (resolvers as readonly Function[]).includes(r.target))
      .filter((r) => r.kind === 'external' && !r.middlewares?.length && r.params!.every((p) => ['root', 'context', 'info'].includes(p.kind)))
      .map((r) => `${storage.objectTypes.find((t) => t.target === r.getObjectType!())!.name}.${r.schemaName}`)
      .sort();
    expect(directFields.map((f) => `${f.type}.${f.field}`).sort()).toEqual(expected);
    const partnerFields = directFields.filter((f) => f.type === 'Partner');
    expect(partnerFields.map((f) => f.field).sort()).toEqual(['children', 'history', 'nextStatuses', 'onboarding', 'owner', 'parent', 'territories', 'tier', 'users']);
    for (const field of partnerFields) expect([field.field, [...field.roles!].sort()]).toEqual([field.field, [...ALL_ROLES].sort()]);
  });

  it('checks access first: anonymous is UNAUTHENTICATED, a role not declared is refused, and the resolver is not reached', () => {
    const loaders = new Proxy({}, { get: () => { throw new Error('the resolver ran'); } });
    const partner = Object.assign(new Partner(), { id: '00000000-0000-4000-8000-000000000001', parentId: null });
    expect(() => resolveOf('Partner', 'children')(partner, {}, { viewer: null, loaders }, info)).toThrow(Unauthenticated);
    const restricted = directFields.find((f) => f.roles !== undefined && f.roles.length > 0 && f.roles.length < ALL_ROLES.length);
    expect(restricted).toBeDefined();
    const outsider = ALL_ROLES.find((role) => !restricted!.roles!.includes(role))!;
    const viewer = { role: outsider, userId: 'u', partnerId: null };
    expect(() => resolveOf(restricted!.type, restricted!.field)({}, {}, { viewer, loaders }, info)).toThrow("Access denied! You don't have permission for this action!");
  });

  it('calls the resolver with the root and context once access is granted', async () => {
    const partner = Object.assign(new Partner(), { id: '00000000-0000-4000-8000-000000000001', parentId: null });
    const viewer = { role: Role.CHANNEL_MANAGER, userId: 'u', partnerId: null };
    const asked: string[][] = [];
    const loaders = { childrenByPartnerId: { load: async (id: string) => (asked.push([id]), ['child']) } };
    await expect(resolveOf('Partner', 'children')(partner, {}, { viewer, loaders }, info)).resolves.toEqual(['child']);
    expect(asked).toEqual([[partner.id]]);
    expect(resolveOf('Partner', 'parent')(partner, {}, { viewer, loaders }, info)).toBeNull();
  });
});
