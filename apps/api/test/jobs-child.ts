// A separate process for the restart test in jobs.test.ts: `enqueue` queues a timer and waits to be killed
// (with a worker running, as in an API instance); `run` only runs jobs, until it is stopped.
import 'reflect-metadata';
import { Client } from 'pg';
import { Mailer } from '../src/access/mailer';
import { startWorker } from '../src/jobs/worker';

async function main(): Promise<void> {
  const [mode, url, smtpUrl, delayMs] = process.argv.slice(2);
  const worker = await startWorker(url, 1, { mailer: new Mailer(smtpUrl, 'Trellis <jobs@test.example>') });
  // The timer's time counts from here, once this process is up: a slow start cannot make it fire before the kill.
  const runAt = new Date(Date.now() + Number(delayMs || 0));
  if (mode === 'enqueue') {
    const client = new Client({ connectionString: url });
    await client.connect();
    await client.query(`SELECT trellis_enqueue('send_mail', $1::json, $2::timestamptz, 'restart-timer', NULL)`, [
      JSON.stringify({ to: 'timer@test.example', subject: 'Timer', text: 'fired' }),
      runAt.toISOString(),
    ]);
    await client.end();
  }
  process.stdout.write(`timer ${runAt.toISOString()}\nready\n`); // "ready" last: the line before it is whole
  process.on('SIGTERM', () => void worker.stop().then(() => process.exit(0)));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
