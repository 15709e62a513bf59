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
      Loads the demo channel once (it is loaded automatically on the embedded database).`;

async function main(): Promise<void> {
  const [command, ...rest] = process.argv.slice(2);
  if (command !== 'create-admin' && command !== 'seed-demo') {
    console.log(USAGE);
    process.exit(command ? 1 : 0);
  }
  const config = loadConfig();
  const database = await openDatabase(config);
  const scopes = new Scopes(database.pools);
  const services = createServices(scopes, config);
  try {
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
