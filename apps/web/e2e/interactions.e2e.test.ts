import type { Page } from 'playwright-core';
import { eventually, openBrowser, seriousViolations, url, useSession, type Browser } from './browser';
import { givenAdmin, givenChannelManager, givenPartnerManager, uniqueSuffix, type GivenPartner, type SignedInUser } from './fixtures';

/*
 * Interactions from end to end: the channel manager records a visit with a follow-up task on a partner's
 * page, not shared, and sees it on the timeline (and filters it away); the partner's manager, on a phone,
 * does not see it. The channel manager records a shared training; the partner's manager now sees that one,
 * and still not the visit.
 */
let cm: SignedInUser;
let manager: SignedInUser & { partner: GivenPartner };
const browsers: Browser[] = [];

beforeAll(async () => {
  cm = await givenChannelManager(await givenAdmin());
  manager = await givenPartnerManager(cm.session, `Contact Partner ${uniqueSuffix(4)}`);
}, 120_000);

afterAll(async () => {
  for (const browser of browsers) await browser.close();
});

async function browserAs(session: SignedInUser['session'], viewport?: { width: number; height: number }): Promise<Page> {
  const browser = await openBrowser(viewport);
  browsers.push(browser);
  await useSession(browser.context, session);
  return browser.page;
}

/** Fills and sends the record form that is open on the page. */
async function recordInteraction(page: Page, spec: { kind: string; subject: string; participants: string; outcome: string; shared: boolean; task?: [string, string] }) {
  await page.getByTestId('record-interaction').click();
  const form = page.getByTestId('interaction-form');
  await form.getByLabel(/^Kind/).selectOption({ label: spec.kind });
  await form.getByLabel(/^Date and time/).fill('2026-11-20T10:30');
  await form.getByLabel(/^Subject/).fill(spec.subject);
  await form.getByLabel(/^Participants/).fill(spec.participants);
  await form.getByLabel(/^Outcome/).fill(spec.outcome);
  if (spec.shared) await form.getByRole('checkbox', { name: "Share with the partner's managers" }).check();
  if (spec.task) {
    await form.getByRole('button', { name: 'Add a task' }).click();
    await form.getByLabel(/^Task 1/).fill(spec.task[0]);
    await form.getByLabel(/^Due/).fill(spec.task[1]);
  }
  await form.getByRole('button', { name: 'Record' }).click();
  await eventually(async () => expect(await page.getByTestId('interaction-form').count()).toBe(0));
}

const entriesOf = async (page: Page) => page.getByTestId('timeline-entry').allInnerTexts();

test('an interaction recorded on the partner page shows on its timeline, and to the partner only once shared', async () => {
  const visit = `Showroom visit ${uniqueSuffix(4)}`;
  const training = `Product training ${uniqueSuffix(4)}`;

  const desk = await browserAs(cm.session);
  await desk.goto(url(`/channel/partners/${manager.partner.id}`));
  const timeline = desk.getByTestId('partner-timeline');
  await eventually(async () => expect(await timeline.getByText('Nothing on the timeline yet').count()).toBe(1));
  await recordInteraction(desk, { kind: 'Visit', subject: visit, participants: 'Ewa Nowak, Jan Kowalski', outcome: 'Display moved to the entrance', shared: false,
    task: ['Send the shelf labels', '2026-12-01'] });
  await eventually(async () => {
    const [entry] = await entriesOf(desk);
    expect(entry).toContain(`Visit: ${visit}`);
    // Badges are written in capitals.
    expect(entry).toContain('INTERNAL');
    expect(entry).toContain('With Ewa Nowak, Jan Kowalski');
    expect(entry).toContain('Display moved to the entrance');
  });
  expect(await seriousViolations(desk)).toEqual([]);
  // Leaving only orders shown: the visit is filtered away, and the partner has no orders.
  for (const source of ['Interactions', 'Leads', 'Service', 'MDF']) await timeline.getByRole('checkbox', { name: source }).uncheck();
  await eventually(async () => expect(await timeline.getByText('Nothing of these kinds yet').count()).toBe(1));
  await timeline.getByRole('checkbox', { name: 'Interactions' }).check();
  await eventually(async () => expect((await entriesOf(desk)).length).toBe(1));

  // The partner's manager, on a phone, sees no shared contacts yet.
  const phone = await browserAs(manager.session, { width: 390, height: 844 });
  await phone.goto(url('/partner'));
  const shared = phone.getByTestId('shared-interactions');
  await eventually(async () => expect(await shared.getByText('No shared contacts yet').count()).toBe(1));
  expect(await phone.getByText(visit).count()).toBe(0);

  await recordInteraction(desk, { kind: 'Training', subject: training, participants: 'Ewa Nowak', outcome: 'Six sales staff certified', shared: true });
  await eventually(async () => {
    const entries = await entriesOf(desk);
    expect(entries).toHaveLength(2);
    expect(entries.some((e) => e.includes(`Training: ${training}`) && e.includes('SHARED'))).toBe(true);
  });

  await phone.reload();
  await eventually(async () => expect(await shared.getByTestId('shared-interaction').allInnerTexts()).toEqual([expect.stringContaining(training)]));
  expect(await phone.getByText(visit).count()).toBe(0);
  expect(await shared.getByText('Six sales staff certified').count()).toBe(1);
  // Nothing on the phone is wider than the screen.
  expect(await phone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  expect(await seriousViolations(phone)).toEqual([]);

  // The channel manager's page on a phone: the timeline and the open form fit the screen.
  const pocket = await browserAs(cm.session, { width: 390, height: 844 });
  await pocket.goto(url(`/channel/partners/${manager.partner.id}`));
  await eventually(async () => expect((await entriesOf(pocket)).length).toBe(2));
  await pocket.getByTestId('record-interaction').click();
  await pocket.getByTestId('interaction-form').getByRole('button', { name: 'Add a task' }).click();
  expect(await pocket.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  expect(await seriousViolations(pocket)).toEqual([]);
}, 120_000);
