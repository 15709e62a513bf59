import 'reflect-metadata';
import { loadConfig, ConfigError } from './config';
import { logger, onStopSignals } from './logger';
import { openDatabase, databaseUrlOf } from './db/database';
import { Mailer } from './access/mailer';
import { startWorker } from './jobs/worker';
import { Scopes } from './access/scope';
import { createServices } from './services';

/**
 * `pnpm worker`: background jobs alone, for scale-out beside API instances started with WORKERS=0. It needs
 * DATABASE_URL: the embedded database belongs to the instance that started it, which runs jobs itself.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.databaseUrl) throw new ConfigError('pnpm worker needs DATABASE_URL; with the embedded database, `pnpm start` runs the jobs itself (WORKERS)');
  const database = await openDatabase(config);
  const mailer = new Mailer(config.smtpUrl, config.mailFrom);
  const scopes = new Scopes(database.pools);
  const services = createServices(scopes, config);
  const worker = await startWorker(databaseUrlOf(database.pools), Math.max(config.workers, 1), { mailer, publicUrl: config.publicUrl, leadRetentionDays: config.leadRetentionDays, leads: { scopes, lifecycle: services.leadLifecycle, imports: services.leadImports }, mdf: services.mdf, analytics: { rollup: services.kpiRollup, signals: services.signals }, onboarding: services.onboarding, tierRules: services.tierRules, incentives: services.incentives });
  onStopSignals('worker stopping', async () => {
    await worker.stop();
    mailer.close();
    await database.close();
  });
}

main().catch((err) => {
  if (err instanceof ConfigError) {
    console.error(`\nThe worker could not start: ${err.message}\n`);
    process.exit(1);
  }
  logger.fatal({ err }, 'the worker failed to start');
  process.exit(1);
});
