import { spawn, ChildProcess } from 'node:child_process';
import path from 'node:path';
import { ParsedMail } from 'mailparser';
import { startTestApp, TestApp } from './harness';
import { startTestSmtp, TestSmtp } from './smtp';
import { captured, until } from './processes';
import { enqueue } from '../src/access/jobs';
import { Role } from '../src/access/role';
import { Viewer } from '../src/access/viewer';

/** The job queue: jobs written with the change that causes them, keyed timers, and a restart that loses nothing. */
describe('background jobs', () => {
  let app: TestApp;
  let smtp: TestSmtp;
  let smtpUrl: string;
  let received: ParsedMail[];
  const channelManager: Viewer = { userId: '', role: Role.CHANNEL_MANAGER, email: 'cm@x', displayName: 'cm', partnerId: null, visiblePartnerIds: [], via: 'SESSION' };

  beforeAll(async () => {
    smtp = await startTestSmtp();
    ({ url: smtpUrl, received } = smtp);
    app = await startTestApp(); // no worker: the queue keeps what these tests look at
  });
  afterAll(async () => {
    await app.close();
    await smtp.close();
  });

  const jobs = (to: string) =>
    app.dataSource.query(
      `SELECT t.identifier AS task, j.key, j.run_at AS "runAt", j.payload FROM graphile_worker._private_jobs j
         JOIN graphile_worker._private_tasks t ON t.id = j.task_id WHERE j.payload->>'to' = $1`,
      [to],
    );
  const mail = (to: string, subject = 'Hello') => ({ to, subject, text: 'body' });

  it('queues a job only when its transaction commits', async () => {
    await app.within(channelManager, (scope) => enqueue(scope, 'send_mail', mail('kept@test.example')));
    await expect(
      app.within(channelManager, async (scope) => {
        await enqueue(scope, 'send_mail', mail('dropped@test.example'));
        throw new Error('the change fails');
      }),
    ).rejects.toThrow('the change fails');
    expect(await jobs('kept@test.example')).toEqual([expect.objectContaining({ task: 'send_mail', key: null, payload: mail('kept@test.example') })]);
    expect(await jobs('dropped@test.example')).toEqual([]);
  });

  it('keeps one waiting job per key: queueing again moves the timer and replaces the payload', async () => {
    const first = new Date(Date.now() + 3600_000);
    const second = new Date(Date.now() + 7200_000);
    await app.within(channelManager, (scope) => enqueue(scope, 'send_mail', mail('keyed@test.example', 'first'), { key: 'timer:1', runAt: first }));
    await app.within(channelManager, (scope) => enqueue(scope, 'send_mail', mail('keyed@test.example', 'second'), { key: 'timer:1', runAt: second }));
    const rows = await jobs('keyed@test.example');
    expect(rows).toEqual([expect.objectContaining({ key: 'timer:1', payload: mail('keyed@test.example', 'second') })]);
    expect(new Date(rows[0].runAt).getTime()).toBe(second.getTime());
  });

  it('lets request roles queue only through trellis_enqueue, and only for the tasks Trellis has', async () => {
    await expect(app.within(channelManager, (scope) => scope.query(`SELECT count(*) FROM graphile_worker._private_jobs`))).rejects.toThrow(/permission denied/);
    await expect(app.within(channelManager, (scope) => scope.query(`SELECT graphile_worker.add_job('send_mail', '{}'::json)`))).rejects.toThrow(/permission denied/);
    await expect(
      app.within(channelManager, (scope) => scope.query(`SELECT trellis_enqueue($1, '{}'::json, NULL, NULL, NULL)`, ['drop_table'])),
    ).rejects.toThrow(/unknown task: drop_table/);
    expect(await app.dataSource.query(`SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE task_identifier <> 'send_mail'`)).toEqual([{ n: 0 }]);
  });

  /** A process of test/jobs-child.ts, once it printed its timer's time and "ready". */
  async function child(mode: 'enqueue' | 'run', delayMs: number): Promise<{ proc: ChildProcess; runAt: Date }> {
    const started = captured(spawn(process.execPath, ['-r', '@swc-node/register', path.join(__dirname, 'jobs-child.ts'), mode, app.databaseUrl, smtpUrl, String(delayMs)], {
      cwd: path.join(__dirname, '..'),
      env: { ...process.env, LOG_LEVEL: 'error' },
    }));
    await until(started, 'ready', 30_000);
    return { proc: started.child, runAt: new Date(/timer (\S+)/.exec(started.output())![1]) };
  }

  it('fires a pending timer exactly once after its process is killed and another starts', async () => {
    const { proc: first, runAt } = await child('enqueue', 8_000);
    first.kill('SIGKILL');
    await new Promise((resolve) => first.once('exit', resolve));
    expect(received.filter((m) => m.subject === 'Timer')).toHaveLength(0);
    expect(await jobs('timer@test.example')).toHaveLength(1);

    const { proc: second } = await child('run', 0);
    try {
      const deadline = Date.now() + 30_000;
      while (Date.now() < deadline && ((await jobs('timer@test.example')).length > 0 || received.every((m) => m.subject !== 'Timer'))) {
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      await new Promise((resolve) => setTimeout(resolve, 1500)); // a second firing would arrive by now
      const timers = received.filter((m) => m.subject === 'Timer');
      expect(timers.map((m) => m.text?.trim())).toEqual(['fired']);
      expect(received.find((m) => m.subject === 'Timer')!.date!.getTime()).toBeGreaterThanOrEqual(runAt.getTime() - 1000);
      expect(await jobs('timer@test.example')).toEqual([]);
    } finally {
      second.kill('SIGTERM');
      await new Promise((resolve) => second.once('exit', resolve));
    }
  }, 60_000);
});
