/**
 * The public pages' GraphQL requests over fetch, and those sent before the app has loaded. On a slow phone the
 * first view's data used to be asked for only once every script had arrived and run; the early entry
 * (showroom/early.ts, about 2.4 KB gzipped with what it imports, which the page's HTML loads beside the app) sends those requests at once,
 * and the app's first identical request (same body, same language) takes the answer on its way instead of
 * asking again. Each early answer is taken once; one nobody takes is simply never read.
 */

/** An operation of the public pages as the build inlines it (graphqlDocuments.ts): its text and name. */
interface TextDocument {
  __text?: string;
  __name?: string;
}

export function textOf(document: object): string {
  const text = (document as TextDocument).__text;
  if (typeof text !== 'string') throw new Error('publicClient takes the operations of src/showroom only (inlined as text by graphqlDocuments.ts)');
  return text;
}

export function requestBody(document: object, variables: unknown): string {
  return JSON.stringify({ operationName: (document as TextDocument).__name, query: textOf(document), variables });
}

// On the window, not in this module: the early entry and the app may each hold their own copy of it.
const EARLY = '__trellisEarlyRequests';
function early(): Map<string, Promise<Response>> {
  const holder = window as unknown as Record<string, Map<string, Promise<Response>> | undefined>;
  return (holder[EARLY] ??= new Map());
}

function send(body: string, language: string): Promise<Response> {
  return fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', 'Accept-Language': language },
    body,
  });
}

/** Sends a request now, for the app to take later (postGraphQL with the same body and language). */
export function sendEarly(body: string, language: string): void {
  const sent = send(body, language);
  // A failure is the app's to see when it takes the request (or to never see when it asks anew).
  sent.catch(() => undefined);
  early().set(`${language}\n${body}`, sent);
}

/** The answer to a request: the one sent early for the same body and language, or a new one. */
export function postGraphQL(body: string, language: string): Promise<Response> {
  const key = `${language}\n${body}`;
  const sent = early().get(key);
  if (!sent) return send(body, language);
  early().delete(key);
  return sent;
}
