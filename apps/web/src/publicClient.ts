import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import i18next from 'i18next';
import { currentLanguage } from './i18n';
import { postGraphQL, requestBody, textOf } from './earlyRequests';

/**
 * The public pages' GraphQL client: the showroom, the locator, a visitor's request and the order-status page
 * ask for a handful of documents and need no normalised cache, live subscriptions or cache policies. Apollo
 * Client (with rxjs and most of graphql-js) loads with the signed-in portals only (portalApollo.tsx), which
 * keeps it off an anonymous visitor's first load. What the public pages relied on stays: identical requests
 * in flight are shared (the entry's prefetch and the page's own query), an answer is kept for the next visit
 * of the same page in this tab (cache first), "Load more" appends to the kept answer, and another UI language
 * asks again for what is on screen (catalog texts come in the request's language).
 */

/** The API refused the request: its GraphQL errors, as ui/errors.ts reads them (like Apollo's CombinedGraphQLErrors). */
export class PublicRequestError extends Error {
  constructor(readonly errors: readonly { message: string; extensions?: Record<string, unknown> }[]) {
    super(errors[0]?.message ?? 'The request was refused');
    this.name = 'PublicRequestError';
  }
}

/** No answer, or one that is not GraphQL: ui/errors.ts says "check your connection". */
export class NetworkRequestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NetworkRequestError';
  }
}

/** One request, no cache: for mutations and for lookups that must be fresh (the order-status page). */
export async function request<TData, TVariables>(document: TypedDocumentNode<TData, TVariables>, variables: NoInfer<TVariables>): Promise<TData> {
  let response: Response;
  try {
    response = await postGraphQL(requestBody(document, variables), currentLanguage());
  } catch (error) {
    throw new NetworkRequestError((error as Error).message);
  }
  let body: { data?: TData | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new NetworkRequestError(`HTTP ${response.status}`);
  }
  if (Array.isArray(body.errors) && body.errors.length > 0) throw new PublicRequestError(body.errors);
  if (!response.ok || !body.data) throw new NetworkRequestError(`HTTP ${response.status}`);
  return body.data;
}

interface Entry {
  data?: unknown;
  error?: unknown;
  loading: boolean;
}

const NOTHING: Entry = { loading: false };
const entries = new Map<string, Entry>();
const inFlight = new Map<string, Promise<unknown>>();
const listeners = new Map<string, Set<() => void>>();
/** The documents and variables of kept answers, to ask again in another language. */
const asked = new Map<string, { document: TypedDocumentNode<unknown, never>; variables: unknown }>();

const keyOf = (document: object, variables: unknown) => `${textOf(document)}\n${JSON.stringify(variables ?? {})}`;

function put(key: string, entry: Entry): void {
  entries.set(key, entry);
  listeners.get(key)?.forEach((listener) => listener());
}

function load<TData>(key: string, document: TypedDocumentNode<TData, never>, variables: unknown, force = false): Promise<TData> {
  const running = inFlight.get(key);
  if (running && !force) return running as Promise<TData>;
  asked.set(key, { document: document as TypedDocumentNode<unknown, never>, variables });
  put(key, { data: entries.get(key)?.data, loading: true });
  const promise: Promise<TData> = request(document, variables as never).then(
    (data) => {
      if (inFlight.get(key) === promise) {
        inFlight.delete(key);
        put(key, { data, loading: false });
      }
      return data;
    },
    (error: unknown) => {
      if (inFlight.get(key) === promise) {
        inFlight.delete(key);
        put(key, { data: entries.get(key)?.data, error, loading: false });
      }
      throw error;
    },
  );
  inFlight.set(key, promise);
  return promise;
}

/** The answer to a query: kept, or shared with the same request in flight, or asked for now. */
export function query<TData, TVariables>(document: TypedDocumentNode<TData, TVariables>, variables: NoInfer<TVariables>): Promise<TData> {
  const key = keyOf(document, variables);
  const entry = entries.get(key);
  if (entry?.data !== undefined && !entry.loading) return Promise.resolve(entry.data as TData);
  return load(key, document as TypedDocumentNode<TData, never>, variables);
}

/** Asks early for what a page will show (the entry, before the first render); a failure is the page's to show. */
export function prefetch<TData, TVariables>(document: TypedDocumentNode<TData, TVariables>, variables: NoInfer<TVariables>): void {
  query(document, variables).catch(() => undefined);
}

// Another UI language: what is on screen is asked for again in it (keeping what it shows until the answer
// comes), and kept answers that nothing shows are dropped, so that a page shown again asks anew.
let language: string = currentLanguage();
i18next.on('languageChanged', (next: string) => {
  if (next === language) return; // i18next's own announcement of the first language, or no change
  language = next;
  for (const key of [...entries.keys()]) {
    const wanted = asked.get(key);
    if (listeners.get(key)?.size && wanted) void load(key, wanted.document, wanted.variables, true).catch(() => undefined);
    else {
      entries.delete(key);
      asked.delete(key);
    }
  }
});

export interface PublicQuery<TData, TVariables> {
  data: TData | undefined;
  /** The last answer of earlier variables, while the new ones load. */
  previousData: TData | undefined;
  loading: boolean;
  error: Error | undefined;
  refetch: () => Promise<TData>;
  /** Asks with more variables (the next page) and merges the answer into the kept one. */
  fetchMore: (more: Partial<TVariables>, merge: (kept: TData, next: TData) => TData) => Promise<void>;
}

/** A query of a public page: cache first, shared in flight, asked again after an error when shown anew. */
export function usePublicQuery<TData, TVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: NoInfer<TVariables>,
  { skip = false }: { skip?: boolean } = {},
): PublicQuery<TData, TVariables> {
  const key = skip ? '' : keyOf(document, variables);
  const current = useRef({ document, variables });
  current.current = { document, variables };
  const subscribe = useCallback((listener: () => void) => {
    if (!key) return () => undefined;
    const set = listeners.get(key) ?? new Set();
    listeners.set(key, set);
    set.add(listener);
    return () => {
      set.delete(listener);
      if (!set.size) listeners.delete(key);
    };
  }, [key]);
  const entry = useSyncExternalStore(subscribe, () => (key ? entries.get(key) ?? NOTHING : NOTHING));
  useEffect(() => {
    if (!key) return;
    const kept = entries.get(key);
    if (!kept || (kept.data === undefined && !kept.loading)) {
      void load(key, current.current.document as TypedDocumentNode<TData, never>, current.current.variables).catch(() => undefined);
    }
  }, [key]);
  const data = entry.data as TData | undefined;
  const lastData = useRef<TData | undefined>(undefined);
  const previousData = data === undefined ? lastData.current : undefined;
  useEffect(() => {
    if (data !== undefined) lastData.current = data;
  }, [data]);
  const refetch = useCallback(
    () => load(key, current.current.document as TypedDocumentNode<TData, never>, current.current.variables, true),
    [key],
  );
  const fetchMore = useCallback(async (more: Partial<TVariables>, merge: (kept: TData, next: TData) => TData) => {
    const kept = entries.get(key);
    put(key, { ...kept, loading: true, error: undefined });
    try {
      const next = await request(current.current.document, { ...current.current.variables, ...more });
      const now = entries.get(key);
      put(key, { data: now?.data === undefined ? next : merge(now.data as TData, next), loading: false });
    } catch (error) {
      put(key, { ...entries.get(key), error, loading: false });
    }
  }, [key]);
  return {
    data,
    previousData,
    loading: Boolean(key) && (entry.loading || (entry.data === undefined && entry.error === undefined)),
    error: entry.error as Error | undefined,
    refetch,
    fetchMore,
  };
}

export interface PublicMutation<TData> {
  loading: boolean;
  error: Error | undefined;
  data: TData | undefined;
}

/** A mutation of a public page: its state while it runs; the promise rejects with the refusal. */
export function usePublicMutation<TData, TVariables>(
  document: TypedDocumentNode<TData, TVariables>,
): [(variables: TVariables) => Promise<TData>, PublicMutation<TData>, () => void] {
  const [state, setState] = useState<PublicMutation<TData>>({ loading: false, error: undefined, data: undefined });
  const run = useCallback(async (variables: TVariables) => {
    setState({ loading: true, error: undefined, data: undefined });
    try {
      const data = await request(document, variables);
      setState({ loading: false, error: undefined, data });
      return data;
    } catch (error) {
      setState({ loading: false, error: error as Error, data: undefined });
      throw error;
    }
  }, [document]);
  const reset = useCallback(() => setState({ loading: false, error: undefined, data: undefined }), []);
  return [run, state, reset];
}
