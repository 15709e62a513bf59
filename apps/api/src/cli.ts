import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { loadConfig } from './config';
import { openDatabase } from './db/database';
import { createServices } from './services';
import { seedDemoData } from './db/seed/demo';
import { Scopes } from './access/scope';
import { Role } from './access/role';
import { DomainError } from './domain/errors';

const USAGE = `Usage:
  pnpm cli create-admin --email EMAIL --name "NAME" [--password PASSWORD]
      Creates an admin. Without --password, prints a one-time invitation link instead.
  pnpm cli seed-demo
      Loads the demo channel once (it is loaded automatically on the embedded database).
  pnpm cli rebuild-kpis [--from YYYY-MM]
      Recomputes the KPI rollups from the orders, leads, service cases, stock counts and MDF claims
      (every month, or from the month given), for when they are in doubt; the job keeps them current otherwise.`;

async function main(): Promise<void> {
  const [command, ...rest] = process.argv.slice(2);
  if (command !== 'create-admin' && command !== 'seed-demo' && command !== 'rebuild-kpis') {
    console.log(USAGE);
    process.exit(command ? 1 : 0);
  }
  const config = loadConfig();
  const database = await openDatabase(config);
  const scopes = new Scopes(database.pools);
  const services = createServices(scopes, config);
  try {
    if (command === 'rebuild-kpis') {
      const { values } = parseArgs({ args: rest, options: { from: { type: 'string' } } });
      if (values.from !== undefined && !/^\d{4}-(0[1-9]|1[0-2])$/.test(values.from)) throw new Error(`--from must be a month as YYYY-MM\n\n${USAGE}`);
      const started = Date.now();
      const cells = await scopes.runSystem('rebuild-kpis', (scope) => services.kpiRollup.rebuild(scope, values.from ? `${values.from}-01` : undefined));
      console.log(`KPI rollups rebuilt: ${cells} partner-months in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
      return;
    }
    if (command === 'seed-demo') {
      console.log((await seedDemoData(services, scopes)) ? 'Demo data loaded.' : 'Demo data was already loaded.');
      return;
    }
    const { values } = parseArgs({ args: rest, options: { email: { type: 'string' }, name: { type: 'string' }, password: { type: 'string' } } });
    if (!values.email || !values.name) throw new Error(`--email and --name are required\n\n${USAGE}`);
    const admin = { email: values.email, displayName: values.name, role: Role.ADMIN, partnerId: null };
    await scopes.runSystem('create-admin', async (scope) => {
      if (values.password) {
        await services.users.createWithPassword(scope, admin, values.password);
        console.log(`Admin ${values.email} created; sign in at ${config.publicUrl}`);
      } else {
        const { url } = await services.users.invite(scope, admin);
        console.log(`Admin ${values.email} created. Set the password here (link valid ${config.invitationTtlHours} h):\n${url}`);
      }
    });
  } finally {
    await database.close();
  }
}

main().catch((err) => {
  console.error(err instanceof DomainError ? `Error: ${err.message}` : err);
  process.exit(1);
});
