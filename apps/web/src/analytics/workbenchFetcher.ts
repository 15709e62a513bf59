import { GraphQLError, Kind, parse, type ExecutionResult } from 'graphql';
import { currentLanguage } from '../i18n';

interface GraphQLParams {
  query: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

/**
 * GraphiQL's fetcher: the analyst's operation to Trellis's own /graphql, exactly as Apollo Client sends the
 * SPA's (apollo.ts): a JSON POST, which the API's CSRF guard takes without a preflight header, with the
 * session cookie (same origin) and the UI's language for catalog texts. No subscriptions: the workbench
 * reads and writes over HTTP only. An answer that is not JSON (a proxy's error page) is shown as an error.
 */
export async function workbenchFetcher(params: GraphQLParams): Promise<ExecutionResult> {
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', accept: 'application/json', 'Accept-Language': currentLanguage() },
    body: JSON.stringify({ query: params.query, operationName: operationNameFor(params), variables: params.variables ?? undefined }),
  });
  const text = await response.text();
  try {
    return JSON.parse(text) as ExecutionResult;
  } catch {
    return { errors: [new GraphQLError(`HTTP ${response.status}: ${text.slice(0, 500)}`)] };
  }
}

/**
 * GraphiQL reads the operation's name from the editor a moment after each edit: run at once after a paste,
 * it may send the name of the operation the editor held before, which the API refuses. A document of one
 * operation needs no name, so a name it does not define is left out.
 */
function operationNameFor({ query, operationName }: GraphQLParams): string | undefined {
  if (!operationName) return undefined;
  try {
    const operations = parse(query).definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
    const defined = operations.some((operation) => operation.name?.value === operationName);
    return defined || operations.length !== 1 ? operationName : undefined;
  } catch {
    return operationName; // not a document: the API says why
  }
}

/**
 * GraphiQL keeps its tabs, history and editor texts in localStorage. Kept per user (a prefix of the user's
 * id), so that whoever signs in next on a shared browser does not find the last analyst's queries.
 */
export function storageOf(userId: string): Storage {
  const prefix = `trellis:workbench:${userId}:`;
  const ownKeys = () => Object.keys(localStorage).filter((key) => key.startsWith(prefix));
  return {
    get length() {
      return ownKeys().length;
    },
    key: (index) => ownKeys()[index]?.slice(prefix.length) ?? null,
    getItem: (key) => localStorage.getItem(prefix + key),
    // A full store throws: GraphiQL's storage catches it and tells the user.
    setItem: (key, value) => localStorage.setItem(prefix + key, value),
    removeItem: (key) => localStorage.removeItem(prefix + key),
    clear: () => ownKeys().forEach((key) => localStorage.removeItem(key)),
  };
}
