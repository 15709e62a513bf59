import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { GraphQLError, GraphQLSchema, Kind, OperationTypeNode, parse, type DocumentNode } from 'graphql';
import { WebSocketServer } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import { logger } from '../logger';
import type { Scopes } from '../access/scope';
import type { Viewer } from '../access/viewer';
import { EventHub, type LiveContext, type LiveEvent, type Verdict } from '../access/events';
import type { AuthService } from '../access/auth.service';
import { sessionCookieIn } from '../access/auth.service';
import { formatError } from './format-error';

/** The credential a live connection was opened with: judged again for every event it is sent. */
type Credential = { kind: 'session'; value: string } | { kind: 'token'; value: string };

/** Subscriptions one connection may hold at once. */
const MAX_SUBSCRIPTIONS = 10;
/** Largest message a client may send (a subscription document and its variables). */
const MAX_MESSAGE_BYTES = 16 * 1024;
const CLOSE_FORBIDDEN = 4403;
const CLOSE_UNAUTHORIZED = 4401;


/**
 * A browser sends its cookies with a WebSocket opened by any site: a cookie-carried connection must come
 * from Trellis's own pages (same origin as the request, or PUBLIC_URL's).
 */
function sameOrigin(req: IncomingMessage, publicUrl: string): boolean {
  const origin = req.headers.origin;
  if (!origin) return true; // not a browser
  try {
    const host = new URL(origin).host;
    return host === req.headers.host || origin === new URL(publicUrl).origin;
  } catch {
    return false;
  }
}

export interface LiveOptions {
  schema: GraphQLSchema;
  scopes: Scopes;
  auth: AuthService;
  hub: EventHub;
  publicUrl: string;
}

export interface LiveServer {
  /** Takes WebSocket upgrades of /graphql on this HTTP server. */
  attach(server: Server): void;
  /** Closes every live connection (going away) and stops taking new ones. */
  close(): Promise<void>;
}

/**
 * GraphQL subscriptions over WebSocket (graphql-ws) on the same port as the API. A connection is signed in
 * by the session cookie (from Trellis's own origin) or by `authorization: "Bearer <token>"` in its init
 * payload; only subscriptions are served (queries and mutations go over HTTP, with their transaction).
 * Every event is judged for each subscriber when it is delivered: the credential must still be valid
 * (a signed-out session or a revoked token closes the connection with 4401) and the viewer must see one
 * of the event's partners.
 */
export function liveServer(options: LiveOptions): LiveServer {
  const { schema, scopes, auth, hub, publicUrl } = options;
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  const credentials = new WeakMap<object, Credential>();
  const viewers = new WeakMap<object, Viewer>();
  const open = new WeakMap<object, number>();

  /** The viewer a credential names now, or null; on a connection of its own, given back at once. */
  const viewerOf = async (credential: Credential): Promise<Viewer | null> => {
    const scope = scopes.forRequest(null);
    scope.connection.autocommit();
    try {
      return credential.kind === 'session' ? await auth.viewerFromSession(scope, credential.value) : await auth.viewerFromApiToken(scope, credential.value);
    } finally {
      await scope.connection.close(true).catch(() => undefined);
    }
  };

  useServer<Record<string, unknown>, { viewer: Viewer }>(
    {
      schema,
      async onConnect(ctx) {
        const token = typeof ctx.connectionParams?.authorization === 'string' ? /^Bearer (\S+)$/.exec(ctx.connectionParams.authorization)?.[1] : undefined;
        const cookie = sessionCookieIn(ctx.extra.request.headers.cookie);
        let credential: Credential;
        if (token) credential = { kind: 'token', value: token };
        else if (cookie && sameOrigin(ctx.extra.request, publicUrl)) credential = { kind: 'session', value: cookie };
        else return false; // 4403 Forbidden
        const viewer = await viewerOf(credential).catch((err: unknown) => {
          logger.warn({ err }, 'a live connection could not be signed in');
          return null;
        });
        if (!viewer) return false;
        credentials.set(ctx, credential);
        viewers.set(ctx, viewer);
        return true;
      },
      onSubscribe(ctx, _id, payload) {
        let document: DocumentNode;
        try {
          document = parse(payload.query, { maxTokens: 1000 });
        } catch (err) {
          return [err instanceof GraphQLError ? err : new GraphQLError('The subscription could not be read')];
        }
        const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
        if (operations.length !== 1 || operations[0].operation !== OperationTypeNode.SUBSCRIPTION) {
          return [new GraphQLError('Only one subscription per message; queries and mutations go over HTTP', { extensions: { code: 'BAD_REQUEST' } })];
        }
        const count = open.get(ctx) ?? 0;
        if (count >= MAX_SUBSCRIPTIONS) {
          return [new GraphQLError(`At most ${MAX_SUBSCRIPTIONS} subscriptions per connection`, { extensions: { code: 'LIMIT_EXCEEDED' } })];
        }
        open.set(ctx, count + 1);
        return undefined; // graphql-ws parses and validates it against the schema
      },
      onComplete(ctx) {
        open.set(ctx, Math.max(0, (open.get(ctx) ?? 1) - 1));
      },
      context(ctx): LiveContext {
        const credential = credentials.get(ctx)!;
        const socket = ctx.extra.socket;
        const judge = async (event: LiveEvent): Promise<Verdict> => {
          const viewer = await viewerOf(credential);
          if (!viewer) {
            socket.close(CLOSE_UNAUTHORIZED, 'Unauthorized: the session or token has ended');
            return 'revoked';
          }
          viewers.set(ctx, viewer);
          const sees = viewer.visiblePartnerIds === 'ALL' || event.partnerIds.some((id) => (viewer.visiblePartnerIds as readonly string[]).includes(id));
          return sees ? 'deliver' : 'skip';
        };
        return { viewer: viewers.get(ctx)!, live: { subscribe: (topic) => hub.subscribe(topic, judge) } };
      },
      onNext(_ctx, _id, _payload, _args, result) {
        // The same masking as over HTTP: domain errors keep their code, anything else says nothing inside.
        if (!result.errors?.length) return undefined;
        return { ...result, errors: result.errors.map((e) => formatError(e instanceof GraphQLError ? e.toJSON() : (e as never), e)) } as never;
      },
      onError(_ctx, _id, _payload, errors) {
        return errors.map((e) => formatError(e.toJSON(), e)) as never;
      },
    },
    wss,
  );

  let attached: Server | undefined;
  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (new URL(req.url ?? '/', 'http://x').pathname !== '/graphql') {
      socket.destroy();
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  };
  return {
    attach(server) {
      attached = server;
      server.on('upgrade', onUpgrade);
    },
    async close() {
      attached?.off('upgrade', onUpgrade);
      for (const client of wss.clients) client.close(1001, 'Going away');
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      for (const client of wss.clients) client.terminate();
    },
  };
}

export { CLOSE_FORBIDDEN };
