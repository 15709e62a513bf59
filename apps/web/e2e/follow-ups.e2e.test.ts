import type { Locator, Page } from 'playwright-core';
import { eventually, openBrowser, seriousViolations, url, useSession, visibleText, type Browser } from './browser';
import { givenAdmin, givenChannelManager, givenPartnerManager, uniqueSuffix, type ApiSession, type GivenPartner, type SignedInUser } from './fixtures';

/*
 * Follow-ups from end to end: a channel manager's interaction with a task due yesterday and one due next
 * week; the follow-ups page lists exactly those two as theirs (another manager's task only under everyone's),
 * the first marked overdue in words; "Done" moves it from the open list to the done one, and the home page's
 * count follows. On the timeline the manager corrects the interaction (a field error from the API shows at
 * its field), adds a follow-up and completes it there, and a service case's entry links to its page. A
 * partner's manager cannot open the page.
 */
let cm: SignedInUser;
let other: SignedInUser;
let manager: SignedInUser & { partner: GivenPartner };
let interactionId: string;
let overdueTask: { id: string; title: string };
let laterTask: { id: string; title: string };
let othersTask: { id: string; title: string };
let serviceCaseId: string;
const suffix = uniqueSuffix(4);
const browsers: Browser[] = [];

/** A day `offset` days from today, in this machine's zone (the browser's too), as the API writes days. */
function day(offset: number): string {
  const at = new Date(Date.now() + offset * 86_400_000);
  return new Date(at.getTime() - at.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

interface Recorded { recordInteraction: { interaction: { id: string; tasks: { id: string; title: string }[] } } }

async function record(session: ApiSession, partnerId: string, subject: string, outcome: string, tasks: { title: string; dueOn: string }[]) {
  const { recordInteraction } = await session.request<Recorded>(
    `mutation Record($input: RecordInteractionInput!) { recordInteraction(input: $input) { interaction { id tasks { id title } } } }`,
    { input: { partnerId, kind: 'VISIT', occurredAt: new Date(Date.now() - 3_600_000).toISOString(), subject, outcome, participants: ['Ewa Nowak'], tasks } },
  );
  return recordInteraction.interaction;
}

beforeAll(async () => {
  const admin = await givenAdmin();
  cm = await givenChannelManager(admin);
  other = await givenChannelManager(admin);
  manager = await givenPartnerManager(cm.session, `Follow-up Partner ${suffix}`);
  const visit = await record(cm.session, manager.partner.id, `Quarterly review ${suffix}`, 'Shelf space agreed', [
    { title: `Send the price list ${suffix}`, dueOn: day(-1) },
    { title: `Book the product training ${suffix}`, dueOn: day(7) },
  ]);
  interactionId = visit.id;
  // Tasks come back by due day.
  [overdueTask, laterTask] = visit.tasks as [{ id: string; title: string }, { id: string; title: string }];
  const othersVisit = await record(other.session, manager.partner.id, `Store check ${suffix}`, '', [{ title: `Count the displays ${suffix}`, dueOn: day(-2) }]);
  othersTask = othersVisit.tasks[0]!;
  const { openServiceCase } = await manager.session.request<{ openServiceCase: { serviceCase: { id: string } } }>(
    `mutation Open($input: OpenServiceCaseInput!) { openServiceCase(input: $input) { serviceCase { id } } }`,
    { input: { partnerId: manager.partner.id, description: 'The drill stops after a minute', severity: 'LOW', customer: { name: 'Olga Buyer', email: `olga-${suffix.toLowerCase()}@customer.example` } } },
  );
  serviceCaseId = openServiceCase.serviceCase.id;
}, 120_000);

afterAll(async () => {
  for (const browser of browsers) await browser.close();
});

async function browserAs(session: ApiSession, viewport?: { width: number; height: number }): Promise<Page> {
  const browser = await openBrowser(viewport);
  browsers.push(browser);
  await useSession(browser.context, session);
  return browser.page;
}

const items = (page: Page) => page.getByTestId('follow-up');
const titlesOf = (page: Page) => page.getByTestId('follow-up-title').allInnerTexts();
const idsOf = (page: Page) => items(page).evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-task-id')));
const choose = (control: Locator, label: string) => control.getByText(label, { exact: true }).click();

test("the follow-ups page lists the manager's open tasks, marks the overdue one, and moves a done one to the done list", async () => {
  const page = await browserAs(cm.session);
  await page.goto(url('/channel'));
  const home = page.getByTestId('overdue-follow-ups');
  await eventually(async () => expect(await home.innerText()).toBe('1 of your follow-ups is overdue'));
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Follow-ups' }).click();
  await page.waitForURL((u) => u.pathname === '/channel/follow-ups');
  // The page is a chunk of its own: the address changes before it renders.
  await eventually(async () => expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Follow-ups'));
  expect(await page.title()).toBe('Follow-ups · Channel manager portal · Trellis');

  // Mine and open by default: exactly these two, by due day; the other manager's task is not among them.
  await eventually(async () => expect(await titlesOf(page)).toEqual([overdueTask.title, laterTask.title]));
  expect(await idsOf(page)).toEqual([overdueTask.id, laterTask.id]);
  const [first, second] = [items(page).nth(0), items(page).nth(1)];
  // Badges are written in capitals.
  expect(await first.getByTestId('task-state').innerText()).toBe('OVERDUE');
  expect(await second.getByTestId('task-state').innerText()).toBe('OPEN');
  expect(await visibleText(first)).toContain(`From: Visit “Quarterly review ${suffix}”`);
  expect(await visibleText(first)).toContain('For nobody yet');
  expect(await first.getByRole('link', { name: manager.partner.name }).getAttribute('href')).toBe(`/channel/partners/${manager.partner.id}`);
  expect(await page.getByText('2 shown').count()).toBe(1);
  expect(await seriousViolations(page)).toEqual([]);

  // Overdue alone: the first one.
  await choose(page.getByTestId('follow-ups-state'), 'Overdue');
  await eventually(async () => expect(await idsOf(page)).toEqual([overdueTask.id]));
  expect(new URL(page.url()).search).toBe('?show=overdue');

  // Everyone's overdue ones include the other manager's task as well.
  await choose(page.getByTestId('follow-ups-whose'), 'Everyone’s');
  await eventually(async () => expect(await idsOf(page)).toEqual(expect.arrayContaining([othersTask.id, overdueTask.id])));
  expect(await idsOf(page)).not.toContain(laterTask.id);
  await choose(page.getByTestId('follow-ups-whose'), 'Mine');
  await choose(page.getByTestId('follow-ups-state'), 'Open');
  await eventually(async () => expect(await idsOf(page)).toEqual([overdueTask.id, laterTask.id]));

  await page.getByRole('button', { name: `Mark “${overdueTask.title}” done` }).click();
  await eventually(async () => expect(await idsOf(page)).toEqual([laterTask.id]));
  await page.reload();
  await eventually(async () => expect(await idsOf(page)).toEqual([laterTask.id]));

  await choose(page.getByTestId('follow-ups-state'), 'Done');
  await eventually(async () => expect(await idsOf(page)).toEqual([overdueTask.id]));
  const done = await visibleText(items(page).nth(0));
  expect(done).toContain(`by ${cm.displayName}`);
  expect(await items(page).nth(0).getByTestId('task-state').innerText()).toBe('DONE');
  expect(await items(page).getByRole('button').count()).toBe(0);

  // The API agrees, and the home page's count follows.
  const { interaction } = await cm.session.request<{ interaction: { tasks: { id: string; doneAt: string | null }[] } }>(
    `query($id: ID!) { interaction(id: $id) { tasks { id doneAt } } }`, { id: interactionId });
  expect(interaction.tasks.map((t) => [t.id, t.doneAt !== null])).toEqual([[overdueTask.id, true], [laterTask.id, false]]);
  await page.goto(url('/channel'));
  await eventually(async () => expect(await home.innerText()).toBe('None of your follow-ups is overdue'));
}, 120_000);

test('on a phone the follow-ups page fits the screen', async () => {
  const phone = await browserAs(cm.session, { width: 360, height: 780 });
  await phone.goto(url('/channel/follow-ups'));
  await eventually(async () => expect(await idsOf(phone)).toEqual([laterTask.id]));
  expect(await phone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  expect(await seriousViolations(phone)).toEqual([]);
}, 60_000);

test('on the timeline an interaction is corrected, its follow-ups added and completed, and a service case links to its page', async () => {
  const page = await browserAs(cm.session);
  await page.goto(url(`/channel/partners/${manager.partner.id}`));
  const timeline = page.getByTestId('partner-timeline');
  const visit = timeline.getByTestId('timeline-entry').filter({ hasText: `Visit: Quarterly review ${suffix}` });
  await eventually(async () => expect(await visit.count()).toBe(1));
  expect(await visit.getByText('Shelf space agreed').count()).toBe(1);
  // Its tasks with their state: one done, one open.
  expect(await visit.getByTestId('task-state').allInnerTexts()).toEqual(['DONE', 'OPEN']);

  await visit.getByRole('button', { name: `Correct “Quarterly review ${suffix}”` }).click();
  const form = page.getByTestId('interaction-edit-form');
  expect(await form.getByLabel(/^Outcome/).inputValue()).toBe('Shelf space agreed');
  // Two emoji pass the page's check (four UTF-16 units) but not the API's (two characters): its reason shows at the field.
  await form.getByLabel(/^Subject/).fill('🙂🙂');
  await form.getByRole('button', { name: 'Save correction' }).click();
  await eventually(async () => expect(await form.getByLabel(/^Subject/).getAttribute('aria-invalid')).toBe('true'));
  expect(await form.getByText('must have at least 3 characters besides spaces').count()).toBe(1);
  await form.getByLabel(/^Subject/).fill(`Quarterly review ${suffix}`);
  await form.getByLabel(/^Outcome/).fill('Shelf space agreed, price list sent');
  await form.getByRole('button', { name: 'Save correction' }).click();
  await eventually(async () => expect(await page.getByTestId('interaction-edit-form').count()).toBe(0));
  await eventually(async () => expect(await visit.getByText('Shelf space agreed, price list sent', { exact: true }).count()).toBe(1));
  expect(await visit.getByText('Shelf space agreed', { exact: true }).count()).toBe(0);

  // A follow-up added on the timeline, then completed there.
  await visit.getByRole('button', { name: 'Add a follow-up' }).click();
  const add = visit.getByTestId('add-task-form');
  await add.getByLabel(/^Task/).fill(`Check the shelf ${suffix}`);
  await add.getByLabel(/^Due/).fill(day(3));
  await add.getByRole('button', { name: 'Add' }).click();
  await eventually(async () => expect(await visit.getByTestId('interaction-task').count()).toBe(3));
  const added = visit.getByTestId('interaction-task').filter({ hasText: `Check the shelf ${suffix}` });
  expect(await added.getByTestId('task-state').innerText()).toBe('OPEN');
  await added.getByRole('button', { name: `Mark “Check the shelf ${suffix}” done` }).click();
  await eventually(async () => expect(await added.getByTestId('task-state').innerText()).toBe('DONE'));
  expect(await seriousViolations(page)).toEqual([]);

  // The service case's entry links to the case's page.
  const caseEntry = timeline.getByTestId('timeline-entry').filter({ has: page.getByText('Service', { exact: true }) }).first();
  const link = caseEntry.getByTestId('timeline-entry-link');
  expect(await link.getAttribute('href')).toBe(`/channel/service/${serviceCaseId}`);
  await link.click();
  await page.waitForURL((u) => u.pathname === `/channel/service/${serviceCaseId}`);

  // The correction reached the API; the follow-ups page lists the new task under done.
  const { interaction } = await cm.session.request<{ interaction: { outcome: string; subject: string } }>(
    `query($id: ID!) { interaction(id: $id) { outcome subject } }`, { id: interactionId });
  expect(interaction).toEqual({ outcome: 'Shelf space agreed, price list sent', subject: `Quarterly review ${suffix}` });
  // Latest done first: the task just done here, then the one done on the follow-ups page before.
  await page.goto(url('/channel/follow-ups?show=done'));
  await eventually(async () => expect(await titlesOf(page)).toEqual([`Check the shelf ${suffix}`, overdueTask.title]));
}, 120_000);

test("a partner's manager cannot open the follow-ups page", async () => {
  const page = await browserAs(manager.session, { width: 360, height: 780 });
  await page.goto(url('/channel/follow-ups'));
  await page.getByTestId('not-for-your-role').waitFor();
  expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('This page is not for your role');
  expect(await page.getByTestId('follow-up').count()).toBe(0);
  expect(await page.getByText(overdueTask.title).count()).toBe(0);
}, 60_000);
