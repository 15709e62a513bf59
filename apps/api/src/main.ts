import 'reflect-metadata';
import { createServer, Server } from 'node:http';
import { loadConfig, ConfigError } from './config';
import { logger, onStopSignals } from './logger';
import { openDatabase, Database } from './db/database';
import { EmbeddedPostgresError } from './db/embedded-postgres';
import { createApp, TrellisApp } from './server';
import { seedDemoData } from './db/seed/demo';

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EADDRINUSE') {
        reject(new ConfigError(`Port ${port} on ${host} is already in use; set PORT to another port, or stop the program that holds it.`));
      } else reject(err);
    });
    server.listen(port, host, () => resolve());
  });
}

async function main(): Promise<void> {
  const started = Date.now();
  const config = loadConfig();
  let database: Database | undefined;
  let trellis: TrellisApp | undefined;
  const server = createServer();
  // The first build of the KPI rollups, in the background: a shutdown stops it between two batches.
  const stopBuild = new AbortController();
  let firstBuild: Promise<void> = Promise.resolve();
  onStopSignals('shutting down', async () => {
    // Live connections first: an upgraded socket would keep the HTTP server from closing.
    await trellis?.live.close();
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    await closed;
    logger.debug('http server closed');
    // Before the job worker stops: a rollup job waits for the build's lock.
    stopBuild.abort();
    await firstBuild;
    await trellis?.stop();
    logger.debug('graphql stopped');
    await database?.close();
    logger.debug('database closed');
  });
  try {
    database = await openDatabase(config);
    trellis = await createApp(config, database.pools);
    await trellis.services.productImports.failInterrupted();
    if (config.seedDemo && (await seedDemoData(trellis.services, trellis.scopes))) logger.info('demo data loaded (README lists the sign-ins)');
    server.on('request', trellis.app);
    trellis.live.attach(server);
    await listen(server, config.port, config.host);
  } catch (err) {
    await trellis?.stop().catch(() => undefined); // its job worker may already hold a job
    await database?.close().catch(() => undefined);
    if (err instanceof ConfigError || err instanceof EmbeddedPostgresError) {
      console.error(`\nTrellis could not start: ${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
  // A database whose data came before the KPI rollups gets them built once, after the start (minutes on a
  // large database must not keep Trellis from serving; the figures fill in when it is done).
  const app = trellis;
  firstBuild = app.scopes.runSystem('kpi rollups: first build', (scope) => app.services.kpiRollup.buildOnce(scope, stopBuild.signal)).then(
    (built) => { if (built) logger.info({ cells: built }, 'KPI rollups built from the existing data'); },
    (err: unknown) => {
      if (stopBuild.signal.aborted) logger.debug('the first build of the KPI rollups stopped with Trellis; the next start builds them');
      else logger.error({ err }, 'the KPI rollups could not be built; run `cli rebuild-kpis`');
    },
  );
  const url = `http://${config.host}:${config.port}`;
  logger.info({ ms: Date.now() - started }, 'started');
  console.log(`\nTrellis is running at ${url}  (GraphQL: ${url}/graphql)\n`);
}

main().catch((err) => {
  logger.fatal({ err }, 'Trellis failed to start');
  process.exit(1);
});
