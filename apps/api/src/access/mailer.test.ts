import { ParsedMail } from 'mailparser';
import { startTestSmtp, TestSmtp } from '../../test/smtp';
import { startTestApp, TestApp, codeOf } from '../../test/harness';
import { fixtures } from '../../test/fixtures';
import { Role } from './role';
import { smtpUrlWithTimeouts } from './mailer';

/** Waits until the job queue is empty (the worker polls every 2 s and is woken by each new job). */
async function queueDrained(app: TestApp): Promise<void> {
  for (const deadline = Date.now() + 15_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 100))) {
    const [{ n }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM graphile_worker._private_jobs`);
    if (n === 0) return;
  }
  throw new Error('jobs still queued after 15 s');
}

/** A real SMTP server on loopback (test/smtp.ts) stands in for the mail relay, the one thing outside Trellis here. */
describe('invitation emails', () => {
  let smtp: TestSmtp;
  let app: TestApp;
  let f: ReturnType<typeof fixtures>;
  let received: ParsedMail[];

  beforeAll(async () => {
    smtp = await startTestSmtp();
    received = smtp.received;
    app = await startTestApp({ smtpUrl: smtp.url, mailFrom: 'Trellis <no-reply@test.example>', workers: 1 });
    f = fixtures(app);
  });
  afterAll(async () => {
    await app.close();
    await smtp.close();
  });

  it("emails the first partner manager's one-time link after the partner is committed", async () => {
    const cm = await app.signIn((await f.givenUser(Role.CHANNEL_MANAGER)).email);
    const result = await app.gql(
      `mutation($input: CreatePartnerInput!) { createPartner(input: $input) { firstManagerInvitation { invitationUrl } } }`,
      { input: { code: 'MAIL-1', name: 'Mail Partner', kind: 'DEALER', city: 'Ostrava', country: 'CZ', firstManager: { email: 'boss@mail.example', displayName: 'Boss Mail' } } },
      cm,
    );
    const url = result.data!.createPartner.firstManagerInvitation.invitationUrl;
    await queueDrained(app); // sent by a job queued in the mutation's transaction
    expect(received).toHaveLength(1);
    expect(received[0].to).toMatchObject({ text: 'boss@mail.example' });
    expect(received[0].from?.value).toEqual([{ name: 'Trellis', address: 'no-reply@test.example' }]);
    expect(received[0].subject).toBe('Your Trellis invitation');
    expect(received[0].text).toContain(url);
  });

  it('sends nothing when the mutation fails and rolls back', async () => {
    const cm = await app.signIn((await f.givenUser(Role.CHANNEL_MANAGER)).email);
    const taken = await f.givenUser(Role.ANALYST);
    const before = received.length;
    const result = await app.gql(
      `mutation($input: CreatePartnerInput!) { createPartner(input: $input) { partner { id } } }`,
      { input: { code: 'MAIL-2', name: 'Rolled Back', kind: 'DEALER', city: 'Ostrava', country: 'CZ', firstManager: { email: taken.email, displayName: 'Taken Email' } } },
      cm,
    );
    expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(await app.dataSource.query(`SELECT id FROM partner WHERE code = 'MAIL-2'`)).toEqual([]);
    expect(await app.dataSource.query(`SELECT id FROM graphile_worker._private_jobs`)).toEqual([]);
    await queueDrained(app);
    expect(received.length).toBe(before);
  });
});

describe('SMTP timeouts', () => {
  it('adds short timeouts to SMTP_URL, keeping its other settings and any timeout it names', () => {
    expect(smtpUrlWithTimeouts('smtp://user:p%40ss@mail.example:587?ignoreTLS=true&socketTimeout=20000')).toBe(
      'smtp://user:p%40ss@mail.example:587?ignoreTLS=true&socketTimeout=20000&connectionTimeout=5000&greetingTimeout=5000',
    );
  });
});
