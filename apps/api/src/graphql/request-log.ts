import { randomUUID } from 'node:crypto';
import { ApolloServerPlugin } from '@apollo/server';
import { logger } from '../logger';
import { isUnexpected, loggableError } from './format-error';

/**
 * The id the HTTP edge gave the request (http/request-id.ts, in res.locals, which also judged a proxy's
 * id), so that its log lines and ours name the same request; one of our own where GraphQL runs without it.
 */
function requestIdOf(context: object): string {
  const edge = (context as { res?: { locals?: { requestId?: unknown } } }).res?.locals?.requestId;
  return typeof edge === 'string' ? edge : randomUUID();
}

/**
 * Logs every error formatError masks as INTERNAL, with the request id that the client also receives
 * (header x-request-id and the error's extensions), so that a report can be matched with its log line.
 * Variables are not logged: they carry passwords, tokens and personal data.
 */
export function requestLogPlugin<T extends object>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart({ contextValue }) {
      const requestId = requestIdOf(contextValue);
      return {
        async didEncounterErrors({ errors, operationName }) {
          for (const error of errors) {
            if (!isUnexpected(error)) continue;
            logger.error({ requestId, operationName, path: error.path, err: loggableError(error.originalError ?? error) }, 'unexpected error');
          }
        },
        async willSendResponse({ response }) {
          response.http.headers.set('x-request-id', requestId);
          if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
          response.body.singleResult.errors = response.body.singleResult.errors.map((e) =>
            e.extensions?.code === 'INTERNAL' ? { ...e, extensions: { ...e.extensions, requestId } } : e,
          );
        },
      };
    },
  };
}
