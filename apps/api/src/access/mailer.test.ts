import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { simpleParser, ParsedMail } from 'mailparser';
import { startTestApp, TestApp, codeOf } from '../../test/harness';
import { fixtures } from '../../test/fixtures';
import { Role } from './role';

/** A real SMTP server on loopback stands in for the mail relay, the one thing outside Trellis here. */
describe('invitation emails', () => {
  let smtp: SMTPServer;
  let app: TestApp;
  let f: ReturnType<typeof fixtures>;
  const received: ParsedMail[] = [];

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, _session, done) {
        simpleParser(stream).then((mail) => {
          received.push(mail);
          done();
        }, done);
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', () => resolve()));
    const port = (smtp.server.address() as AddressInfo).port;
    app = await startTestApp({ smtpUrl: `smtp://127.0.0.1:${port}?ignoreTLS=true`, mailFrom: 'Trellis <no-reply@test.example>' });
    f = fixtures(app);
  });
  afterAll(async () => {
    await app.close();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  it("emails the first partner manager's one-time link after the partner is committed", async () => {
    const cm = await app.signIn((await f.givenUser(Role.CHANNEL_MANAGER)).email);
    const result = await app.gql(
      `mutation($input: CreatePartnerInput!) { createPartner(input: $input) { firstManagerInvitation { invitationUrl } } }`,
      { input: { code: 'MAIL-1', name: 'Mail Partner', kind: 'DEALER', city: 'Ostrava', country: 'CZ', firstManager: { email: 'boss@mail.example', displayName: 'Boss Mail' } } },
      cm,
    );
    const url = result.data!.createPartner.firstManagerInvitation.invitationUrl;
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
    expect(received.length).toBe(before);
  });
});
