import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { GraphQLError, GraphQLSchema, Kind, OperationTypeNode, parse, validate, type DocumentNode } from 'graphql';
import { WebSocketServer, type WebSocket } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import type { Scopes } from '../access/scope';
import type { Viewer } from '../access/viewer';
import { EventHub, type LiveContext, type LiveEvent, type Verdict } from '../access/events';
import type { AuthService } from '../access/auth.service';
import { sessionCookieIn } from '../access/auth.service';
import { formatError } from './format-error';
import { LimitExceeded } from '../domain/errors';

/** The credential a live connection was opened with: judged again for every event it is sent. */
type Credential = { kind: 'session'; value: string } | { kind: 'token'; value: string };

interface LiveConnection {
  credential: Credential;
  viewer: Viewer;
  /** Open subscriptions by the client's id: null until its iterator is made. */
  open: Map<string, AsyncIterableIterator<unknown> | null>;
  judge: (event: LiveEvent) => Promise<Verdict>;
}

/** Subscriptions one connection may hold at once. */
const MAX_SUBSCRIPTIONS = 10;
/** Live connections one address may hold at once. */
const MAX_CONNECTIONS_PER_ADDRESS = 50;
/** Refused sign-ins (no or unknown credentials) one address may make in a window before it is refused outright. */
const MAX_REFUSALS = 20;
const REFUSAL_WINDOW_MS = 60_000;
/** Viewer lookups of live connections at once: they take request-pool connections, so few. */
const MAX_LOOKUPS = 4;
/** How long a closing client has to answer before it is cut off. */
const CLOSE_GRACE_MS = 1000;
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
  /** Each connection's credential, viewer and open subscriptions (by the client's subscription id). */
  const connections = new WeakMap<object, LiveConnection>();
  const lookups = new Limiter(MAX_LOOKUPS);
  const perAddress = new Map<string, number>();
  const refusals = new Map<string, { count: number; since: number }>();

  /** The viewer a credential names now, or null; on a pool connection of its own, given back at once. */
  const viewerOf = (credential: Credential): Promise<Viewer | null> =>
    lookups.run(async () => {
      const scope = scopes.forRequest(null);
      scope.connection.autocommit();
      try {
        return credential.kind === 'session' ? await auth.viewerFromSession(scope, credential.value) : await auth.viewerFromApiToken(scope, credential.value);
      } finally {
        await scope.connection.close(true).catch(() => undefined);
      }
    });

  /**
   * A connection's judge of each event, shared by its subscriptions: one lookup of the credential per event
   * (the viewer cache answers most), then whether the viewer may see it.
   */
  const judgeFor = (connection: LiveConnection, socket: WebSocket) => {
    const judged = new WeakMap<LiveEvent, Promise<Viewer | null>>();
    return async (event: LiveEvent): Promise<Verdict> => {
      let lookup = judged.get(event);
      if (!lookup) {
        lookup = viewerOf(connection.credential);
        judged.set(event, lookup);
      }
      const viewer = await lookup;
      if (!viewer) {
        socket.close(CLOSE_UNAUTHORIZED, 'Unauthorized: the session or token has ended');
        return 'revoked';
      }
      connection.viewer = viewer;
      const sees = event.userIds
        ? event.userIds.includes(viewer.userId)
        : viewer.visiblePartnerIds === 'ALL' || event.partnerIds.some((p) => (viewer.visiblePartnerIds as readonly string[]).includes(p));
      return sees ? 'deliver' : 'skip';
    };
  };

  /** Too many refused sign-ins from this address lately (guessing tokens): refused before any lookup. */
  const refusedTooOften = (address: string): boolean => {
    const r = refusals.get(address);
    if (!r || Date.now() - r.since > REFUSAL_WINDOW_MS) return false;
    return r.count >= MAX_REFUSALS;
  };
  const refused = (address: string) => {
    const r = refusals.get(address);
    if (!r || Date.now() - r.since > REFUSAL_WINDOW_MS) refusals.set(address, { count: 1, since: Date.now() });
    else r.count++;
  };

  useServer<Record<string, unknown>, { viewer: Viewer }>(
    {
      schema,
      async onConnect(ctx) {
        const address = addressOf(ctx.extra.request);
        if (refusedTooOften(address)) return false;
        const token = typeof ctx.connectionParams?.authorization === 'string' ? /^Bearer (\S+)$/.exec(ctx.connectionParams.authorization)?.[1] : undefined;
        const cookie = sessionCookieIn(ctx.extra.request.headers.cookie);
        let credential: Credential;
        if (token) credential = { kind: 'token', value: token };
        else if (cookie && sameOrigin(ctx.extra.request, publicUrl)) credential = { kind: 'session', value: cookie };
        else {
          refused(address);
          return false; // 4403 Forbidden
        }
        // A failed lookup (the database away) throws: the client hears 4500 and tries again later.
        const viewer = await viewerOf(credential);
        if (!viewer) {
          refused(address);
          return false;
        }
        const connection: LiveConnection = { credential, viewer, open: new Map(), judge: () => Promise.resolve('skip') };
        connection.judge = judgeFor(connection, ctx.extra.socket);
        connections.set(ctx, connection);
        return true;
      },
      async onSubscribe(ctx, id, payload) {
        const connection = connections.get(ctx)!;
        if (connection.open.has(id)) return [new GraphQLError(`Subscription ${id} is already open`, { extensions: { code: 'BAD_REQUEST' } })];
        if (connection.open.size >= MAX_SUBSCRIPTIONS) {
          const message = `At most ${MAX_SUBSCRIPTIONS} subscriptions per connection`;
          return [new GraphQLError(message, { originalError: new LimitExceeded(message) })];
        }
        // Its place is taken now (checks below wait on the database); given back if it is refused.
        connection.open.set(id, null);
        const refusedWith = (errors: readonly GraphQLError[]) => {
          connection.open.delete(id);
          return errors;
        };
        let document: DocumentNode;
        try {
          document = parse(payload.query, { maxTokens: 1000 });
        } catch (err) {
          return refusedWith([err instanceof GraphQLError ? err : new GraphQLError('The subscription could not be read')]);
        }
        const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
        if (operations.length !== 1 || operations[0].operation !== OperationTypeNode.SUBSCRIPTION) {
          return refusedWith([new GraphQLError('Only one subscription per message; queries and mutations go over HTTP', { extensions: { code: 'BAD_REQUEST' } })]);
        }
        const invalid = validate(schema, document);
        if (invalid.length) return refusedWith(invalid);
        // Still signed in? (An ended session's connection takes no new subscriptions.)
        const viewer = await viewerOf(connection.credential).catch(() => null);
        if (!viewer) {
          ctx.extra.socket.close(CLOSE_UNAUTHORIZED, 'Unauthorized: the session or token has ended');
          return refusedWith([new GraphQLError('The session or token has ended', { extensions: { code: 'UNAUTHENTICATED' } })]);
        }
        connection.viewer = viewer;
        // Its iterator is kept once made (context below), and ended with the subscription or the connection.
        return { schema, document, variableValues: payload.variables ?? undefined, operationName: payload.operationName ?? undefined };
      },
      onComplete(ctx, id) {
        const connection = connections.get(ctx);
        void connection?.open.get(id)?.return?.();
        connection?.open.delete(id);
      },
      onClose(ctx) {
        const connection = connections.get(ctx);
        if (!connection) return;
        for (const iterator of connection.open.values()) void iterator?.return?.();
        connection.open.clear();
      },
      context(ctx, id): LiveContext {
        const connection = connections.get(ctx)!;
        const socket = ctx.extra.socket;
        return {
          viewer: connection.viewer,
          live: {
            subscribe: (topic) => {
              const iterator = hub.subscribe(topic, connection.judge);
              // Closed already (or completed meanwhile): ended at once, never left in the hub.
              if (!connection.open.has(id) || socket.readyState !== socket.OPEN) void iterator.return?.();
              else connection.open.set(id, iterator);
              return iterator;
            },
          },
        };
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
    const address = addressOf(req);
    const held = perAddress.get(address) ?? 0;
    if (held >= MAX_CONNECTIONS_PER_ADDRESS || refusedTooOften(address)) {
      socket.end('HTTP/1.1 429 Too Many Requests\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      perAddress.set(address, held + 1);
      ws.once('close', () => {
        const left = (perAddress.get(address) ?? 1) - 1;
        if (left > 0) perAddress.set(address, left);
        else perAddress.delete(address);
      });
      wss.emit('connection', ws, req);
    });
  };
  return {
    attach(server) {
      attached = server;
      server.on('upgrade', onUpgrade);
    },
    async close() {
      attached?.off('upgrade', onUpgrade);
      for (const client of wss.clients) client.close(1001, 'Going away');
      // A client that does not answer the close is cut off after a short grace, not ws's 30 s.
      const grace = setTimeout(() => {
        for (const client of wss.clients) client.terminate();
      }, CLOSE_GRACE_MS);
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      clearTimeout(grace);
    },
  };
}

/** The client's address (the socket's: WebSocket upgrades are counted per connecting address). */
function addressOf(req: IncomingMessage): string {
  return req.socket.remoteAddress ?? 'unknown';
}

/** At most `max` of its tasks run at once; the others wait their turn. */
class Limiter {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly max: number) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running >= this.max) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.running++;
    try {
      return await task();
    } finally {
      this.running--;
      this.waiting.shift()?.();
    }
  }
}

export { CLOSE_FORBIDDEN };
