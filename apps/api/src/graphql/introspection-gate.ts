import type { ApolloServerPlugin } from '@apollo/server';
import { BREAK, DocumentNode, GraphQLError, visit } from 'graphql';
import type { Context } from './context';

/** Apollo hands every request of one query text the same parsed document: each is walked once. */
const schemaReaders = new WeakMap<DocumentNode, boolean>();

function readsSchema(document: DocumentNode): boolean {
  let known = schemaReaders.get(document);
  if (known === undefined) {
    known = walkForSchema(document);
    schemaReaders.set(document, known);
  }
  return known;
}

/** Whether the document reads the schema itself; `__typename` is every client's and stays open. */
function walkForSchema(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') {
        found = true;
        return BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/**
 * The schema is a map of everything Trellis can do; anonymous visitors (the showroom) need none of it.
 * Signed-in users and API tokens may introspect: the analysts' workbench and their tools use it. A
 * plugin rather than a validation rule because rules do not see who asks, and the validated document
 * is cached for everyone.
 */
export function introspectionGate(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, contextValue }) {
          if (contextValue.viewer || !readsSchema(document)) return;
          throw new GraphQLError('Sign in to read the schema', { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
        },
      };
    },
  };
}
