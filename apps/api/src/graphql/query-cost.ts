import { ApolloServerPlugin } from '@apollo/server';
import {
  FragmentDefinitionNode, GraphQLError, GraphQLSchema, Kind, OperationDefinitionNode, SelectionSetNode, getNamedType,
  isCompositeType, isInputType, isInterfaceType, isObjectType, typeFromAST, valueFromAST,
  type GraphQLCompositeType, type GraphQLField, type ValueNode,
} from 'graphql';
import { MAX_PAGE } from '../domain/connection';

/**
 * What a request may cost before anything runs, by the size of the answer it asks for. Each scalar field
 * costs 1; an object field costs 2 plus 1.5 times what its selection costs (deeper data costs more), times
 * the page it asks for: its `first` (or `last`) as the request really gives it, a literal or a variable's
 * value, or the argument's default when it gives none. A fragment costs what its fields cost where it is
 * spread. Checked once the operation and its variables are known (a document-only check, made when the
 * document is validated, cannot see a variable's value: `first: $n` would count as one row).
 */
export interface CostOptions {
  maxCost: number;
  objectCost: number;
  scalarCost: number;
  depthCostFactor: number;
}

/**
 * The limit sits above the SPA's costliest page (a partner's MDF requests at 100 rows, about 44,000), which a
 * test keeps so; the deepest query allowed (armor's depth 10) with a page of 100 at each level is far above it.
 */
export const DEFAULT_COST: CostOptions = { maxCost: 50000, objectCost: 2, scalarCost: 1, depthCostFactor: 1.5 };

const PAGE_ARGUMENTS = ['first', 'last'];

/** The page a field asks for: its literal, its variable's value or its default; 1 when it has none. */
function pageSize(field: GraphQLField<unknown, unknown>, args: readonly { name: { value: string }; value: ValueNode }[], variables: Record<string, unknown>): number {
  for (const name of PAGE_ARGUMENTS) {
    const definition = field.args.find((arg) => arg.name === name);
    if (!definition) continue;
    const given = args.find((arg) => arg.name.value === name);
    const value = (given ? valueFromAST(given.value, definition.type, variables) : undefined) ?? definition.defaultValue;
    // A value the field will refuse (below 1, above the largest page, not a number) costs one row here, so
    // that the answer is the field's own validation error, which names the argument.
    return typeof value === 'number' && Number.isInteger(value) && value > 1 && value <= MAX_PAGE ? value : 1;
  }
  return 1;
}

export function operationCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown> = {},
  options: CostOptions = DEFAULT_COST,
): number {
  // A fragment's cost depends only on its fields and the request's variables: counted once per request.
  const fragmentCosts = new Map<string, number>();

  function selectionCost(selectionSet: SelectionSetNode, type: GraphQLCompositeType): number {
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        // Introspection and __typename cost what a scalar does: the introspection gate decides who may ask.
        const field = isObjectType(type) || isInterfaceType(type) ? type.getFields()[selection.name.value] : undefined;
        const named = field ? getNamedType(field.type) : undefined;
        if (!field || !selection.selectionSet || !named || !isCompositeType(named)) {
          cost += options.scalarCost;
          continue;
        }
        const inner = options.objectCost + options.depthCostFactor * selectionCost(selection.selectionSet, named);
        cost += inner * pageSize(field, selection.arguments ?? [], variables);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const on = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
        cost += selectionCost(selection.selectionSet, on && isCompositeType(on) ? on : type);
      } else {
        const name = selection.name.value;
        let known = fragmentCosts.get(name);
        if (known === undefined) {
          const fragment = fragments[name];
          const on = fragment ? schema.getType(fragment.typeCondition.name.value) : undefined;
          known = fragment && on && isCompositeType(on) ? selectionCost(fragment.selectionSet, on) : 0;
          fragmentCosts.set(name, known);
        }
        cost += known;
      }
    }
    return cost;
  }

  const root = schema.getRootType(operation.operation);
  return root ? selectionCost(operation.selectionSet, root) : 0;
}

/** The request's variables with the operation's own defaults for those it does not give. */
function withDefaults(schema: GraphQLSchema, operation: OperationDefinitionNode, given: Record<string, unknown>): Record<string, unknown> {
  const variables = { ...given };
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    if (variables[name] !== undefined || !definition.defaultValue) continue;
    const type = typeFromAST(schema, definition.type);
    if (type && isInputType(type)) variables[name] = valueFromAST(definition.defaultValue, type);
  }
  return variables;
}

/**
 * Refuses an operation whose cost is over the limit, with both figures, before any resolver runs. Runs after
 * validation, so the document is known to be valid: fragments exist and do not spread themselves.
 */
export function queryCostPlugin<T extends object>(options: CostOptions = DEFAULT_COST): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const definition of document.definitions) {
            if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
          }
          const variables = withDefaults(schema, operation, request.variables ?? {});
          const cost = Math.round(operationCost(schema, operation, fragments, variables, options));
          if (cost > options.maxCost) {
            throw new GraphQLError(
              `This request asks for too much at once (cost ${cost}, at most ${options.maxCost}): ask for fewer rows per page (first) or fewer fields`,
              { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', cost, maxCost: options.maxCost, http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}
