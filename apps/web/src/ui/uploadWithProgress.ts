import { CombinedGraphQLErrors, type ApolloClient, type TypedDocumentNode } from '@apollo/client';
import { getMainDefinition } from '@apollo/client/utilities';
import { print, type FormattedExecutionResult } from 'graphql';
import { currentLanguage } from '../i18n';
import { ViewerQuery } from './viewer';

export interface UploadProgress {
  /** Bytes of the request sent so far. */
  loaded: number;
  /** Bytes of the whole request; 0 while the browser does not know. */
  total: number;
}

interface UploadOptions {
  /** The request's bytes on their way: as often as the browser reports them. */
  onUploadProgress(progress: UploadProgress): void;
  /** Every byte is sent: the server is now doing the work. */
  onUploaded(): void;
  /** Aborts the request (e.g. the page is left); the promise then rejects with an AbortError. */
  signal?: AbortSignal;
}

/**
 * One GraphQL mutation with a large variable (a CSV file), sent with XMLHttpRequest instead of the Apollo
 * link because fetch cannot report upload progress. It goes where the link sends everything, and as it does:
 * same-origin with the session cookie, JSON, the Accept header of Apollo's HttpLink and the UI's language.
 * Resolves with the answer's data; rejects with CombinedGraphQLErrors (so that errors.ts reads it as any
 * Apollo error), or with a plain Error when no GraphQL answer came back.
 */
export function sendWithUploadProgress<TData, TVariables>(
  client: ApolloClient,
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  { onUploadProgress, onUploaded, signal }: UploadOptions,
): Promise<TData> {
  return new Promise<TData>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/graphql');
    // Same-origin, as the Apollo link's credentials: the session cookie goes by itself (no token lives in the page).
    xhr.setRequestHeader('content-type', 'application/json');
    xhr.setRequestHeader('accept', 'application/graphql-response+json,application/json;q=0.9');
    xhr.setRequestHeader('Accept-Language', currentLanguage());
    xhr.upload.onprogress = (event) => onUploadProgress({ loaded: event.loaded, total: event.lengthComputable ? event.total : 0 });
    xhr.upload.onload = () => onUploaded();
    xhr.onerror = () => reject(new Error('The request failed'));
    xhr.onabort = () => reject(new DOMException('The upload was cancelled', 'AbortError'));
    xhr.onload = () => {
      let result: FormattedExecutionResult<TData>;
      try {
        result = JSON.parse(xhr.responseText) as FormattedExecutionResult<TData>;
      } catch {
        reject(new Error(`The server answered ${xhr.status} without a GraphQL result`));
        return;
      }
      if (result.errors?.length) {
        // As apollo.ts's sessionEnded link: a session that ended signs the SPA out.
        if (result.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) client.cache.writeQuery({ query: ViewerQuery, data: { viewer: null } });
        reject(new CombinedGraphQLErrors(result));
      } else if (result.data) resolve(result.data);
      else reject(new Error(`The server answered ${xhr.status} without data`));
    };
    if (signal) {
      if (signal.aborted) return reject(new DOMException('The upload was cancelled', 'AbortError'));
      signal.addEventListener('abort', () => xhr.abort(), { once: true });
    }
    xhr.send(JSON.stringify({ operationName: getMainDefinition(document).name?.value, query: print(document), variables }));
  });
}
