import compression from 'compression';
import express, { Express, Request, Response } from 'express';
import { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { jitGateway } from './graphql/jit-executor';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError } from 'graphql';
import { Config } from './config';
import { logger } from './logger';
import { Context, createContext } from './graphql/context';
import { Scope, Scopes } from './access/scope';
import { MdfLedgerKind } from './modules/mdf/mdf.types';
import type { MdfLedgerFilter } from './modules/mdf/mdf.inputs';
import { purgeExpiredCounters } from './access/counter';
import { TransactionRolledBack } from './access/connection';
import { ViewerCache } from './access/viewer-cache';
import { ViewerListener } from './access/viewer-listener';
import type { Pools } from './access/scope';
import { buildTrellisSchema } from './graphql/schema';
import { formatError } from './graphql/format-error';
import { queryCostPlugin } from './graphql/query-cost';
import { inputGuardPlugin } from './graphql/input-guard';
import { requestLogPlugin } from './graphql/request-log';
import { Viewer } from './access/viewer';
import { sessionCookieIn } from './access/auth.service';
import { createServices, Services } from './services';
import { ociRouter } from './modules/showroom/oci.routes';
import { publicRateLimit } from './graphql/public-rate-limit';
import { introspectionGate } from './graphql/introspection-gate';
import { requestId } from './http/request-id';
import { finalHttpErrors, graphqlHttpErrors, notFound, refuseMalformedPath } from './http/http-errors';
import { recordedSecurityHeaders, securityHeaders } from './http/security-headers';
import { graphqlEndpoint } from './http/graphql-endpoint';
import { webApp } from './http/web-app';
import { startWorker } from './jobs/worker';
import { Mailer } from './access/mailer';
import { databaseUrlOf } from './db/database';
import { EventHub } from './access/events';
import { liveServer, type LiveServer } from './graphql/live';

/** Each request's session cookie, parsed once (admit, prepare and the viewer lookup all ask). */
const sessionCookies = new WeakMap<Request, string | undefined>();

function sessionCookie(req: Request): string | undefined {
  if (!sessionCookies.has(req)) sessionCookies.set(req, parseSessionCookie(req));
  return sessionCookies.get(req);
}

/** The one cookie Trellis reads. */
function parseSessionCookie(req: Request): string | undefined {
  return sessionCookieIn(req.headers.cookie);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const hasCredentials = (req: Request): boolean => Boolean(req.headers.authorization || sessionCookie(req));

function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

async function resolveViewer(req: Request, scope: Scope, services: Services): Promise<Viewer | null> {
  const authorization = req.headers.authorization;
  if (authorization) {
    const [scheme, token] = authorization.split(' ');
    if (scheme !== 'Bearer' || !token) throw unauthenticated('Authorization must be "Bearer <token>"');
    const viewer = await services.auth.viewerFromApiToken(scope, token);
    if (!viewer) throw unauthenticated('The API token is unknown, revoked or expired');
    return viewer;
  }
  const cookie = sessionCookie(req);
  // An expired or ended session is simply anonymous: the SPA then shows the sign-in page.
  return cookie ? services.auth.viewerFromSession(scope, cookie) : null;
}

/**
 * The request's scope on its one connection, given back to the pool whatever happens: the GraphQL plugin
 * ends it with commit or rollback before answering; a request that fails earlier (bad JSON, a refused
 * token, a dropped client) is rolled back when its response closes.
 */
function requestScope(scopes: Scopes, res: Response): Scope {
  const scope = scopes.forRequest(null);
  // The viewer lookup reads (and at most touches a token's last use): no transaction around it.
  scope.connection.autocommit();
  res.on('close', () => void scope.connection.close(false).catch(() => undefined));
  return scope;
}

/**
 * Queries read without a transaction (see ConnectionMode), mutations run in one; each request's
 * transaction is committed when the operation succeeded, rolled back otherwise.
 */
function transactionPlugin(config: Config): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation }) {
          if (operation?.operation === 'query') contextValue.scope.connection.autocommit();
          else contextValue.scope.connection.transactional();
        },
        async willSendResponse({ contextValue, response }) {
          const body = response.body;
          const failed = body.kind === 'single' ? Boolean(body.singleResult.errors?.length) : true;
          try {
            await contextValue.scope.connection.close(!failed);
          } catch (err) {
            // The answer said done, but nothing was saved: it must say so instead.
            if (!(err instanceof TransactionRolledBack) || body.kind !== 'single') throw err;
            logger.error({ err }, 'an operation caught a database error and its transaction was rolled back');
            body.singleResult = { errors: [{ message: 'Nothing was saved: the change failed, please try again', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] };
            response.http.status = 500;
          }
          if (config.exposeStatementCount) {
            response.http.headers.set('x-sql-statements', String(contextValue.scope.stats.statements));
            response.http.headers.set('x-sql-round-trips', String(contextValue.scope.stats.roundTrips));
          }
        },
      };
    },
  };
}

export interface TrellisApp {
  app: Express;
  services: Services;
  scopes: Scopes;
  /** Viewers resolved recently (see access/viewer-cache.ts). */
  viewerCache: ViewerCache;
  viewerListener: ViewerListener;
  /** This instance's end of live events (LISTEN), and its subscribers. */
  hub: EventHub;
  /** GraphQL subscriptions over WebSocket: attach it to the HTTP server; close it before that server. */
  live: LiveServer;
  stop(): Promise<void>;
}

export async function createApp(config: Config, pools: Pools): Promise<TrellisApp> {
  // A commit of this instance that changed a viewer clears the cache before it answers; the listener
  // hears every instance's changes (and disables the cache while it cannot).
  const viewerCache = new ViewerCache(config.viewerCacheSeconds);
  const scopes = new Scopes(pools, () => viewerCache.clear());
  const hub = new EventHub();
  const viewerListener = new ViewerListener(databaseUrlOf(pools), viewerCache, hub);
  await viewerListener.start();
  const services = createServices(scopes, config, viewerCache);
  // Background jobs on a pool of their own (jobs/worker.ts); WORKERS=0 leaves them to `pnpm worker`.
  const mailer = new Mailer(config.smtpUrl, config.mailFrom);
  const worker = config.workers > 0 ? await startWorker(databaseUrlOf(pools), config.workers, { mailer, publicUrl: config.publicUrl, leadRetentionDays: config.leadRetentionDays, leads: { scopes, lifecycle: services.leadLifecycle, imports: services.leadImports }, mdf: services.mdf, analytics: { rollup: services.kpiRollup, signals: services.signals }, onboarding: services.onboarding, tierRules: services.tierRules, incentives: services.incentives }) : null;
  const armor = new ApolloArmor({
    maxDepth: { n: 10 },
    maxAliases: { n: 20 },
    // Armor counts tokens by parsing in parsingDidStart, outside Apollo's error handling (HTTP 500);
    // graphql-js's own maxTokens (parseOptions below) fails the parse itself: a 400 GRAPHQL_PARSE_FAILED.
    maxTokens: { enabled: false },
    // Armor's cost limit reads page sizes from the document only (a variable counts as one row):
    // graphql/query-cost.ts checks the cost with the request's variables instead.
    costLimit: { enabled: false },
  }).protect();
  const apollo = new ApolloServer<Context>({
    // Queries and mutations run compiled by graphql-jit (graphql/jit-executor.ts); the schema comes with it.
    gateway: jitGateway(buildTrellisSchema()),
    formatError,
    introspection: true,
    // main.ts owns graceful shutdown, in order: HTTP server, GraphQL, pool, embedded PostgreSQL.
    stopOnTerminationSignals: false,
    ...armor,
    // Whatever NODE_ENV says (the README's start sets none): no server paths in any answer.
    includeStacktraceInErrorResponses: false,
    parseOptions: { maxTokens: 4000 },
    // Trellis sets no cache hints; the cache-control plugin's per-field bookkeeping cost ~20% CPU (bench).
    plugins: [...armor.plugins, queryCostPlugin(), inputGuardPlugin(), requestLogPlugin(), ApolloServerPluginCacheControlDisabled(), introspectionGate(), transactionPlugin(config)],
  });
  await apollo.start();
  const live = liveServer({ schema: buildTrellisSchema(), scopes, auth: services.auth, hub, publicUrl: config.publicUrl });

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', /^\d+$/.test(config.trustProxy) ? Number(config.trustProxy) : config.trustProxy);
  const publicLimit = publicRateLimit(config.publicRequestsPerMinute);
  // First, and outside the middleware chain below: the chain's cost showed in every GraphQL request.
  // Its failures (bad JSON, too large) and malformed paths below /graphql still end in graphqlHttpErrors.
  app.use(
    '/graphql',
    graphqlEndpoint({
      apollo,
      securityHeaders: recordedSecurityHeaders(config),
      // Catalog CSV files and images travel inside GraphQL variables. The body is read before the request
      // takes a connection: a slow upload must not hold one.
      bodyLimit: 25 * 1024 * 1024,
      // Requests without credentials are counted before their body is read; those whose credentials turn
      // out to be nobody's, once they are resolved below.
      admit: (req, res) => hasCredentials(req) || publicLimit.admit(req, res),
      async prepare(req, res) {
        const anonymous = requestScope(scopes, res);
        let scope: Scope;
        try {
          const viewer = await resolveViewer(req, anonymous, services);
          scope = viewer ? anonymous.as(viewer) : anonymous;
          // Counted from here: the credential check is the same for every request.
          anonymous.stats.statements = 0;
        } catch (err) {
          if (!(err instanceof GraphQLError)) throw err;
          // A token that is nobody's spends the anonymous budget too: else junk tokens would pass unlimited.
          if (!(await publicLimit.admit(req, res))) return undefined;
          res.status(401).json({ errors: [{ message: err.message, extensions: { code: 'UNAUTHENTICATED' } }] });
          return undefined;
        }
        if (scope.viewer === null && hasCredentials(req) && !(await publicLimit.admit(req, res))) return undefined;
        return scope;
      },
      context: async (req, res, scope): Promise<Context> => createContext(services, scope, req, res),
    }),
  );
  app.use(requestId(), refuseMalformedPath(), securityHeaders(config), compression());
  app.get('/healthz', async (_req, res) => {
    await scopes.read((scope) => scope.query('SELECT 1'));
    res.json({ ok: true });
  });
  app.use('/graphql', graphqlHttpErrors());
  app.get('/images/:id', async (req, res) => {
    const id = req.params.id;
    const image = /^[0-9a-f-]{36}$/i.test(id) ? await scopes.read((scope) => services.catalog.imageContent(scope, id)) : null;
    if (!image) {
      res.status(404).type('text/plain').send('No such image');
      return;
    }
    res.setHeader('Cache-Control', 'public, max-age=86400, immutable');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.type(image.contentType).send(image.content);
  });
  // OCI calls on showroom addresses (/s/<slug>?FUNCTION=...), answered before the SPA takes the rest.
  app.use('/s', publicLimit(() => false));
  app.use(ociRouter({ scopes, showrooms: services.showrooms, catalog: services.ociCatalog }));
  app.get('/showroom-logos/:slug', async (req, res) => {
    const slug = req.params.slug;
    const logo = /^[a-z0-9-]{2,40}$/.test(slug) ? await scopes.read((scope) => services.showrooms.logo(scope, slug)) : null;
    if (!logo) {
      res.status(404).type('text/plain').send('No such logo');
      return;
    }
    res.setHeader('Cache-Control', 'public, max-age=3600');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    // Logos stored before SVG was refused may carry scripts; as a document they get no power at all.
    res.setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; sandbox");
    res.type(logo.contentType).send(logo.content);
  });
  // A service case's file, for a signed-in viewer who may see the case (row-level security decides).
  /**
   * Work of a plain HTTP route as the request's signed-in viewer, on one connection without a transaction
   * (reads only): null when there is no viewer, a refused token counting as none.
   */
  const asViewer = <T>(req: Request, work: (scope: Scope) => Promise<T>): Promise<T | null> => {
    const scope = scopes.forRequest(null);
    scope.connection.autocommit();
    return scope.within(async (anonymous) => {
      const viewer = await resolveViewer(req, anonymous, services).catch((err: unknown) => {
        if (err instanceof GraphQLError) return null;
        throw err;
      });
      return viewer ? work(anonymous.as(viewer)) : null;
    });
  };
  // Files of service cases and MDF claims: served to a signed-in viewer whose row-level security shows the
  // row, and 404 to everyone else (no session, another partner's file, no such id).
  type FileContent = { fileName: string; contentType: string; content: Buffer } | null;
  const files: [string, (scope: Scope, id: string) => Promise<FileContent>][] = [
    ['/service-attachments/:id', (scope, id) => services.serviceCases.attachmentContent(scope, id)],
    ['/mdf-claim-files/:id', (scope, id) => services.mdf.claimFileContent(scope, id)],
  ];
  for (const [route, contentOf] of files) {
    app.get(route, async (req, res, next) => {
      try {
        const id = req.params.id as string;
        const file = UUID.test(id) ? await asViewer(req, (scope) => contentOf(scope, id)) : null;
        res.setHeader('Cache-Control', 'private, no-store');
        if (!file) {
          res.status(404).type('text/plain').send('No such file');
          return;
        }
        res.setHeader('X-Content-Type-Options', 'nosniff');
        // A PDF or text is a download, never a page of this origin; pictures show inline, without any power.
        res.setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; sandbox");
        const ascii = file.fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
        const disposition = file.contentType.startsWith('image/') ? 'inline' : 'attachment';
        res.setHeader('Content-Disposition', `${disposition}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`);
        res.type(file.contentType === 'text/plain' ? 'text/plain; charset=utf-8' : file.contentType).send(file.content);
      } catch (err) {
        next(err);
      }
    });
  }
  // The MDF ledger as journal lines (CSV) for the finance export: the viewer's own rows (row-level security),
  // filtered by fund, partner and kind; a malformed filter is a 400 naming it, no session a 401.
  app.get('/mdf-ledger.csv', async (req, res, next) => {
    try {
      const filter: Record<string, string | undefined> = {};
      for (const name of ['fundId', 'partnerId', 'kind'] as const) {
        const value = req.query[name];
        if (value === undefined || value === '') continue;
        const valid = typeof value === 'string' && (name === 'kind' ? (Object.values(MdfLedgerKind) as string[]).includes(value) : UUID.test(value));
        if (!valid) {
          res.status(400).type('text/plain').send(name === 'kind' ? `kind must be one of ${Object.values(MdfLedgerKind).join(', ')}` : `${name} must be an id`);
          return;
        }
        filter[name] = value;
      }
      const csv = await asViewer(req, (scope) => services.mdf.ledgerCsv(scope, filter as MdfLedgerFilter));
      res.setHeader('Cache-Control', 'private, no-store');
      if (csv === null) {
        res.status(401).type('text/plain').send('Sign in to export the ledger');
        return;
      }
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Content-Disposition', `attachment; filename="mdf-ledger.csv"`);
      res.type('text/csv; charset=utf-8').send(csv);
    } catch (err) {
      next(err);
    }
  });
  const web = webApp(config.webDist);
  if (web) app.use(web);
  app.use(notFound(), finalHttpErrors());
  // Sign-in and lead counters that expired long ago, purged now and every ten minutes.
  const purge = () => void purgeExpiredCounters(scopes).catch((err) => logger.warn({ err }, 'purging expired counters failed'));
  purge();
  const purging = setInterval(purge, 10 * 60_000).unref();
  return {
    app,
    services,
    scopes,
    viewerCache,
    viewerListener,
    hub,
    live,
    async stop() {
      clearInterval(purging);
      await live.close();
      hub.stop();
      await worker?.stop();
      await viewerListener.stop();
      await apollo.stop();
      mailer.close();
    },
  };
}
