import { ApolloServerPlugin } from '@apollo/server';
import { ASTNode, DocumentNode, GraphQLError, Kind, visit } from 'graphql';
import { unsafeTextReason } from '../domain/text';

/**
 * Every string a client sends, as a variable or as a literal in the document, is checked once here,
 * before any resolver runs: NUL, lone surrogates and control characters (domain/text.ts) are bad input
 * for every operation at once, including ones written after this guard.
 */
function badText(field: string, reason: string): GraphQLError {
  return new GraphQLError(`${field}: ${reason}`, {
    extensions: { code: 'BAD_USER_INPUT', field, reason, http: { status: 400 } },
  });
}

/** Walks JSON variables with an explicit stack: a deeply nested variable cannot overflow the call stack. */
function checkVariables(variables: Record<string, unknown> | undefined): void {
  const stack: [unknown, string][] = Object.entries(variables ?? {}).map(([name, value]) => [value, `$${name}`]);
  while (stack.length) {
    const [value, path] = stack.pop()!;
    if (typeof value === 'string') {
      const reason = unsafeTextReason(value);
      if (reason) throw badText(path, reason);
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => stack.push([item, `${path}[${i}]`]));
    } else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        const keyReason = unsafeTextReason(key);
        if (keyReason) throw badText(path, `has a field name that ${keyReason}`);
        stack.push([item, `${path}.${key}`]);
      }
    }
  }
}

/** The argument path of a literal, e.g. createPartner.input.name, from the visitor's ancestors. */
function literalPath(ancestors: readonly (ASTNode | readonly ASTNode[])[]): string {
  const names: string[] = [];
  for (const node of ancestors) {
    if (Array.isArray(node) || !('kind' in node)) continue;
    const named = node as ASTNode;
    if (named.kind === Kind.FIELD) names.push(named.alias?.value ?? named.name.value);
    else if (named.kind === Kind.ARGUMENT || named.kind === Kind.OBJECT_FIELD) names.push(named.name.value);
  }
  return names.join('.') || 'document';
}

/** graphql-js's visit is iterative, so this is safe on any document the parser accepted. */
function checkLiterals(document: ASTNode): void {
  visit(document, {
    StringValue(node, _key, parent, _path, ancestors) {
      const reason = unsafeTextReason(node.value);
      // graphql-js hands the parent apart from the ancestors above it.
      if (reason) throw badText(literalPath(parent ? [...ancestors, parent] : ancestors), reason);
    },
  });
}

export function inputGuardPlugin<T extends object>(): ApolloServerPlugin<T> {
  // Apollo keeps one parsed document per query text: its literals need checking once.
  const checkedDocuments = new WeakSet<DocumentNode>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          checkVariables(request.variables);
          if (!checkedDocuments.has(document)) {
            checkLiterals(document);
            checkedDocuments.add(document);
          }
        },
      };
    },
  };
}
