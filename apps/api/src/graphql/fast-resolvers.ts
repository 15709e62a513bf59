import { GraphQLObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { AuthenticationError, AuthorizationError, getMetadataStorage, type ResolverData } from 'type-graphql';

type Resolve = GraphQLFieldResolver<unknown, unknown>;
/** The schema's auth checker, which answers at once (a promise here would be a bug: it is refused). */
export type SyncAuthChecker = (data: ResolverData<never>, roles: never[]) => unknown;
type ParamGetter = (root: unknown, context: Record<string, unknown>, info: unknown) => unknown;
/** The parts of type-graphql's parameter metadata read here. */
interface ParamInfo {
  kind: string;
  index: number;
  propertyName?: string;
  getType?: () => unknown;
}

/** Whether a root value needs no conversion: type-graphql would hand it over as it is. */
const NOT_CONVERTED = Symbol('not converted');

/**
 * type-graphql resolves every field resolver through a chain of async middlewares (the @Authorized check
 * is one) and rebuilds its parameters on every call, sorting them first. On a nested list that is
 * thousands of promises per request: on the partners list (bench b) type-graphql was 7% of Node's CPU.
 *
 * A field resolver whose only middleware is its access check and whose parameters are the root object,
 * the context (or a property of it) and the resolve info is called here directly: the same access check
 * (the same errors: UNAUTHENTICATED from the checker, type-graphql's AuthorizationError when the role may
 * not), the same resolver instance's method, the same parameters. A root value that type-graphql would
 * convert (a plain object where the resolver declares a class) takes type-graphql's resolver instead, and
 * so does every resolver with arguments (they are converted and validated) or any other parameter.
 * Queries and mutations keep type-graphql's resolvers: they run once per request.
 */
/** A field now resolved directly: its type, name and the roles it declares (undefined: none). */
export interface DirectField {
  type: string;
  field: string;
  roles: readonly unknown[] | undefined;
}

export function resolveFieldsDirectly(schema: GraphQLSchema, resolverClasses: readonly Function[], authChecker: SyncAuthChecker): DirectField[] {
  const storage = getMetadataStorage();
  const instances = new Map<unknown, Record<string, (...args: unknown[]) => unknown>>();
  const replaced: DirectField[] = [];
  for (const resolver of storage.fieldResolvers) {
    // The schema's own resolver classes only, as type-graphql picks them (the storage is process-wide).
    if (resolver.kind !== 'external' || resolver.middlewares?.length || !resolverClasses.includes(resolver.target)) continue;
    const objectClass = resolver.getObjectType?.();
    const objectType = storage.objectTypes.find((type) => type.target === objectClass);
    const graphqlType = objectType && schema.getType(objectType.name);
    if (!(graphqlType instanceof GraphQLObjectType)) continue;
    const field = graphqlType.getFields()[resolver.schemaName];
    if (!field?.resolve) continue;
    const params = [...(resolver.params as ParamInfo[])].sort((a, b) => a.index - b.index);
    const getters = params.map(paramGetter);
    if (getters.some((getter) => getter === undefined)) continue;
    const typeGraphqlResolve = field.resolve as Resolve;
    const roles = resolver.roles as unknown[] | undefined;
    const target = resolver.target as new () => Record<string, (...args: unknown[]) => unknown>;
    const method = resolver.methodName;
    const call = directCall(getters as ParamGetter[]);
    field.resolve = (root, args, context, info) => {
      if (roles !== undefined) {
        const granted = authChecker({ root, args, context, info } as never, roles as never[]);
        if (typeof granted !== 'boolean') throw new Error(`the auth checker must answer true or false at once, not ${typeof granted}`);
        if (!granted) throw roles.length === 0 ? new AuthenticationError() : new AuthorizationError();
      }
      let instance = instances.get(target);
      if (!instance) instances.set(target, (instance = new target()));
      const values = call(root, context as Record<string, unknown>, info);
      if (values === NOT_CONVERTED) return typeGraphqlResolve(root, args, context, info);
      return instance[method](...(values as unknown[]));
    };
    replaced.push({ type: graphqlType.name, field: field.name, roles });
  }
  return replaced;
}

/** How one parameter is read, or undefined when type-graphql must do it (arguments, pub/sub, custom). */
function paramGetter(param: ParamInfo): ParamGetter | undefined {
  switch (param.kind) {
    case 'context':
      return param.propertyName ? (_root, context) => context[param.propertyName!] : (_root, context) => context;
    case 'info':
      return (_root, _context, info) => info;
    case 'root': {
      const type = param.getType?.();
      const read: ParamGetter = param.propertyName ? (root) => (root as Record<string, unknown>)[param.propertyName!] : (root) => root;
      if (typeof type !== 'function') return read;
      // A class: the value must already be one of its instances (or null), else type-graphql converts it.
      return (root, context, info) => {
        const value = read(root, context, info);
        return value == null || value instanceof (type as new () => unknown) ? value : NOT_CONVERTED;
      };
    }
    default:
      return undefined;
  }
}

function directCall(getters: ParamGetter[]): (root: unknown, context: Record<string, unknown>, info: unknown) => unknown[] | typeof NOT_CONVERTED {
  return (root, context, info) => {
    const values = new Array<unknown>(getters.length);
    for (let i = 0; i < getters.length; i++) {
      const value = getters[i](root, context, info);
      if (value === NOT_CONVERTED) return NOT_CONVERTED;
      values[i] = value;
    }
    return values;
  };
}
