import { eventually, openBrowser, seriousViolations, url, useSession, type Browser } from './browser';
import { ApiSession, CITIES, givenAdmin, givenChannelManager, givenPartnerManager, uniqueSuffix, type GivenPartner, type SignedInUser } from './fixtures';

/*
 * A lead from the brand's showroom: the channel manager dispatches it to a partner on the leads board,
 * the partner's manager finds it in the inbox (on a phone) and accepts it; another partner declines one.
 */
let admin: ApiSession;
let cm: SignedInUser;
let manager: SignedInUser & { partner: GivenPartner };
const browsers: Browser[] = [];

async function activated(partnerId: string): Promise<void> {
  for (const move of ['startPartnerOnboarding', 'activatePartner']) {
    await cm.session.request(`mutation Move($input: PartnerTransitionInput!) { ${move}(input: $input) { partner { status } } }`, { input: { partnerId } });
  }
}

/** A request filed in the brand's showroom, as a visitor sends it: answers its reference. */
async function givenBrandLead(contactName: string, where: { postalCode: string; country: string } | null = null): Promise<{ id: string; reference: string }> {
  const { submitShowroomLead } = await new ApiSession().request<{ submitShowroomLead: { leadId: string; reference: string } }>(
    `mutation Send($input: SubmitShowroomLeadInput!) { submitShowroomLead(input: $input) { leadId reference } }`,
    { input: { name: contactName, email: `${uniqueSuffix().toLowerCase()}@customer.e2e.test`, message: 'A quote, please.', consent: true, consentText: 'I agree to be contacted about this request.', items: [], ...where } },
  );
  return { id: submitShowroomLead.leadId, reference: submitShowroomLead.reference };
}

beforeAll(async () => {
  admin = await givenAdmin();
  cm = await givenChannelManager(admin);
  manager = await givenPartnerManager(cm.session, `Dispatch Tools ${uniqueSuffix()}`);
  await activated(manager.partner.id);
});

afterAll(async () => {
  for (const browser of browsers) await browser.close();
});

test('the channel manager dispatches a brand lead; the partner manager accepts, qualifies and converts it on a phone', async () => {
  const contact = `Piotr Zieliński ${uniqueSuffix(4)}`;
  const lead = await givenBrandLead(contact);

  const phone = await openBrowser({ width: 390, height: 844 });
  browsers.push(phone);
  await useSession(phone.context, manager.session);
  await phone.page.goto(url('/partner/leads'));
  await phone.page.getByTestId('lead-count').filter({ hasText: /lead/ }).waitFor();
  await phone.page.evaluate(() => ((window as unknown as { inboxMark?: string }).inboxMark = 'still the same page'));

  const desk = await openBrowser();
  browsers.push(desk);
  await useSession(desk.context, cm.session);
  await desk.page.goto(url('/channel/leads'));
  const card = desk.page.getByTestId('lead').filter({ hasText: contact });
  await card.waitFor();
  expect(await card.getByTestId('lead-reference').innerText()).toBe(lead.reference);
  // The board's filters: a showroom lead is not among the partners' own; back to any source, it is.
  await desk.page.getByLabel('Source').selectOption('PARTNER');
  await eventually(async () => expect(await card.count()).toBe(0));
  await desk.page.getByLabel('Source').selectOption('');
  await card.waitFor();
  expect(await seriousViolations(desk.page)).toEqual([]);
  await card.getByLabel('Dispatch to a partner').fill(manager.partner.name.slice(0, 12));
  await desk.page.getByRole('option', { name: new RegExp(manager.partner.name) }).click();
  await card.getByRole('button', { name: 'Dispatch', exact: true }).click();
  // The board shows unassigned leads by default: the dispatched one leaves it.
  await eventually(async () => expect(await desk.page.getByTestId('lead').filter({ hasText: contact }).count()).toBe(0));

  // The partner's inbox was open all along: the lead arrives live, without a reload.
  const inbox = phone.page.getByTestId('lead').filter({ hasText: contact });
  await inbox.waitFor();
  expect(await phone.page.evaluate(() => (window as unknown as { inboxMark?: string }).inboxMark)).toBe('still the same page');
  // And a notification, live too: the bell counts it; opening it from the list marks it read.
  const bell = phone.page.getByTestId('notification-bell');
  await eventually(async () => expect(await bell.getAttribute('aria-label')).toBe('Notifications: 1 unread'));
  await bell.click();
  const notice = phone.page.getByTestId('notification').filter({ hasText: `New lead ${lead.reference} is waiting for you` });
  expect(await notice.getAttribute('data-unread')).toBe('true');
  expect(await seriousViolations(phone.page)).toEqual([]);
  await notice.click();
  await eventually(async () => expect(await bell.getAttribute('aria-label')).toBe('Notifications: 0 unread'));
  expect(await inbox.locator('[data-status]').getAttribute('data-status')).toBe('DISPATCHED');
  await inbox.getByRole('button', { name: 'Accept' }).click();
  await eventually(async () => expect(await inbox.locator('[data-status]').getAttribute('data-status')).toBe('ACCEPTED'));
  expect(await inbox.getByRole('button', { name: 'Accept' }).count()).toBe(0);
  // The manager works it: it is handed to the manager, then worked on.
  await inbox.getByLabel('Worked by').selectOption({ label: manager.displayName });
  await eventually(async () => expect(await inbox.getByLabel('Worked by').inputValue()).not.toBe(''));

  await inbox.getByRole('button', { name: 'Qualify' }).click();
  await inbox.getByLabel('Score (0–100)').fill('70');
  await inbox.getByLabel('Budget confirmed').check();
  await inbox.getByLabel('Need confirmed').check();
  await inbox.getByLabel('Buying when').selectOption('NOW');
  expect(await seriousViolations(phone.page)).toEqual([]);
  await inbox.getByRole('button', { name: 'Save qualification' }).click();
  await eventually(async () => expect(await inbox.locator('[data-status]').getAttribute('data-status')).toBe('QUALIFIED'));
  await inbox.getByRole('button', { name: 'Convert to a sale' }).click();
  await inbox.getByLabel('Value of the sale').fill('1249,50');
  await inbox.getByRole('button', { name: 'Record the sale' }).click();
  await eventually(async () => expect(await inbox.locator('[data-status]').getAttribute('data-status')).toBe('CONVERTED'));

  const { leads } = await cm.session.request<{ leads: { edges: { node: { id: string; status: string; history: { action: string; actor: { id: string } | null }[] } }[] } }>(
    `{ leads(first: 50, statuses: [CONVERTED]) { edges { node { id status qualificationScore budgetConfirmed authorityConfirmed needConfirmed timing
        convertedValue { amount currency } assignee { displayName } history { action actor { id } } } } } }`,
  );
  const converted = leads.edges.map((e) => e.node).find((n) => n.id === lead.id)! as unknown as Record<string, unknown> & { history: { action: string }[] };
  expect(converted.history.map((h) => h.action)).toEqual(['FILED', 'DISPATCHED', 'ACCEPTED', 'ASSIGNED', 'QUALIFIED', 'CONVERTED']);
  expect(converted.assignee).toEqual({ displayName: manager.displayName });
  expect(converted).toMatchObject({
    qualificationScore: 70, budgetConfirmed: true, authorityConfirmed: false, needConfirmed: true, timing: 'NOW', convertedValue: { amount: '1249.50', currency: 'PLN' },
  });
});

test('a partner manager declines a lead with a reason: it goes back to the board', async () => {
  const contact = `Maria Wójcik ${uniqueSuffix(4)}`;
  const lead = await givenBrandLead(contact);
  await cm.session.request(`mutation D($input: DispatchLeadInput!) { dispatchLead(input: $input) { lead { id } } }`, {
    input: { leadId: lead.id, partnerId: manager.partner.id },
  });
  const desk = await openBrowser();
  browsers.push(desk);
  await useSession(desk.context, manager.session);
  await desk.page.goto(url('/partner/leads'));
  const card = desk.page.getByTestId('lead').filter({ hasText: contact });
  await card.getByRole('button', { name: 'Decline' }).click();
  await card.getByLabel(/^Why decline/).fill('Outside our region');
  await card.getByRole('button', { name: 'Decline and hand back' }).click();
  await eventually(async () => expect(await desk.page.getByTestId('lead').filter({ hasText: contact }).count()).toBe(0));

  const { leads } = await cm.session.request<{ leads: { edges: { node: { id: string; history: { action: string; reason: string | null }[] } }[] } }>(
    `{ leads(first: 50, statuses: [UNASSIGNED]) { edges { node { id history { action reason } } } } }`,
  );
  expect(leads.edges.map((e) => e.node).find((n) => n.id === lead.id)!.history.slice(-1)).toEqual([{ action: 'DECLINED', reason: 'Outside our region' }]);
});

test('the channel manager dispatches a selection by the rules; each lead\'s history shows every candidate\'s points, also in Polish on a phone', async () => {
  // Two equal partners serving one postal area of their own (no other spec's territory covers it).
  const { createTerritory } = await admin.request<{ createTerritory: { territory: { id: string } } }>(
    `mutation T($input: TerritoryInput!) { createTerritory(input: $input) { territory { id } } }`,
    { input: { code: `E2E-${uniqueSuffix(6)}`, name: `Kraków area ${uniqueSuffix(4)}`, countries: ['PL'], postalPrefixes: ['31'] } },
  );
  const partners = [
    await givenPartnerManager(cm.session, `Rules Tools A ${uniqueSuffix()}`, CITIES.krakow),
    await givenPartnerManager(cm.session, `Rules Tools B ${uniqueSuffix()}`, CITIES.krakow),
  ];
  for (const p of partners) {
    await activated(p.partner.id);
    await cm.session.request(`mutation S($input: SetPartnerTerritoriesInput!) { setPartnerTerritories(input: $input) { partner { id } } }`, {
      input: { partnerId: p.partner.id, territoryIds: [createTerritory.territory.id] },
    });
  }
  const contacts = [`Jan Rulowy ${uniqueSuffix(4)}`, `Ewa Rulowa ${uniqueSuffix(4)}`];
  const leads = [await givenBrandLead(contacts[0], { postalCode: '31-100', country: 'PL' }), await givenBrandLead(contacts[1], { postalCode: '31-200', country: 'PL' })];

  const desk = await openBrowser();
  browsers.push(desk);
  await useSession(desk.context, cm.session);
  await desk.page.goto(url('/channel/leads'));
  // The rules, tuned on the board: more points for distance.
  await desk.page.getByTestId('dispatch-rules-toggle').click();
  const rules = desk.page.getByTestId('dispatch-rules-form');
  await rules.getByLabel('Distance', { exact: true }).fill('20');
  await rules.getByRole('button', { name: 'Save' }).click();
  await desk.page.getByText('Saved').first().waitFor();
  const { dispatchRules } = await cm.session.request<{ dispatchRules: { distanceWeight: number; territoryWeight: number } }>(`{ dispatchRules { distanceWeight territoryWeight } }`);
  expect(dispatchRules).toEqual({ distanceWeight: 20, territoryWeight: 30 });
  for (const contact of contacts) {
    const card = desk.page.getByTestId('lead').filter({ hasText: contact });
    await card.getByTestId('lead-select').check();
  }
  await desk.page.getByRole('button', { name: 'Dispatch 2 selected leads by rules' }).click();
  await eventually(async () => expect(await desk.page.getByTestId('dispatch-outcome').innerText()).toContain('2 leads dispatched.'));
  await eventually(async () => expect(await desk.page.getByTestId('lead').filter({ hasText: contacts[0] }).count()).toBe(0));

  // Equal partners take turns: one lead each.
  const owners: string[] = [];
  for (const lead of leads) {
    const { lead: dispatched } = await cm.session.request<{ lead: { status: string; partner: { id: string } } }>(
      `query L($id: ID!) { lead(id: $id) { status partner { id } } }`, { id: lead.id });
    expect(dispatched.status).toBe('DISPATCHED');
    owners.push(dispatched.partner.id);
  }
  expect([...owners].sort()).toEqual(partners.map((p) => p.partner.id).sort());

  await desk.page.goto(url('/channel/leads?status=DISPATCHED'));
  const card = desk.page.getByTestId('lead').filter({ hasText: contacts[0] });
  await card.getByTestId('lead-history-toggle').click();
  const table = card.getByTestId('dispatch-candidates');
  await table.waitFor();
  expect(await table.locator('tbody tr').count()).toBe(2);
  expect(await table.locator('tbody tr[data-chosen]').count()).toBe(1);
  expect(await seriousViolations(desk.page)).toEqual([]);

  // Filtered by the partner that took the second lead, the board shows that lead and not the first; the
  // partner stays in the address, and a reload shows it by name.
  const second = partners.find((p) => p.partner.id === owners[1])!.partner;
  await desk.page.getByTestId('board-partner').fill(second.name);
  await desk.page.getByRole('option', { name: new RegExp(second.name) }).click();
  await eventually(async () => expect(await desk.page.getByTestId('lead').filter({ hasText: contacts[0] }).count()).toBe(0));
  await desk.page.getByTestId('lead').filter({ hasText: contacts[1] }).waitFor();
  expect(new URL(desk.page.url()).searchParams.get('partner')).toBe(second.id);
  await desk.page.reload();
  await desk.page.getByTestId('lead').filter({ hasText: contacts[1] }).waitFor();
  expect(await desk.page.getByTestId('board-partner').inputValue()).toContain(second.name);
  expect(await desk.page.getByTestId('lead').filter({ hasText: contacts[0] }).count()).toBe(0);

  const phone = await openBrowser({ width: 390, height: 844 });
  browsers.push(phone);
  await useSession(phone.context, cm.session);
  await phone.page.goto(url('/channel/leads?status=DISPATCHED'));
  await phone.page.getByRole('combobox', { name: 'Language' }).selectOption('pl');
  const phoneCard = phone.page.getByTestId('lead').filter({ hasText: contacts[1] });
  await phoneCard.getByRole('button', { name: 'Historia' }).click();
  await phoneCard.getByTestId('dispatch-candidates').waitFor();
  expect(await phoneCard.getByTestId('lead-history').locator('[data-action]').evaluateAll((items) => items.map((i) => i.getAttribute('data-action'))))
    .toEqual(['FILED', 'DISPATCHED']);
  expect(await phoneCard.getByTestId('lead-history').getByText('Przydzielony', { exact: true }).count()).toBe(1);
  expect(await phoneCard.getByText('2 partnerów spełniło reguły; poniżej najlepsi.').count()).toBe(1);
  expect(await seriousViolations(phone.page)).toEqual([]);
});

test('the channel manager erases a customer\'s personal data on request; the lead stays, anonymised', async () => {
  const contact = `Ewa Prywatna ${uniqueSuffix(4)}`;
  const lead = await givenBrandLead(contact);
  const desk = await openBrowser();
  browsers.push(desk);
  await useSession(desk.context, cm.session);
  await desk.page.goto(url('/channel/leads'));
  const card = desk.page.getByTestId('lead').filter({ hasText: contact });
  await card.getByRole('button', { name: 'Erase personal data' }).click();
  const dialog = desk.page.getByRole('dialog');
  await dialog.getByRole('textbox').fill('Asked by the customer by email');
  expect(await seriousViolations(desk.page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Erase' }).click();
  const erased = desk.page.getByTestId('lead').filter({ has: desk.page.getByTestId('lead-reference').getByText(lead.reference, { exact: true }) });
  await eventually(async () => expect(await erased.getByTestId('lead-erased').count()).toBe(1));
  await eventually(async () => expect(await desk.page.getByText(contact).count()).toBe(0));
  const { lead: after } = await cm.session.request<{ lead: { contactName: string; email: string; status: string; history: { action: string; reason: string | null }[] } }>(
    `query L($id: ID!) { lead(id: $id) { contactName email status history { action reason } } }`, { id: lead.id });
  expect(after).toEqual({ contactName: '(erased)', email: 'erased@erased.invalid', status: 'UNASSIGNED',
    history: [{ action: 'FILED', reason: null }, { action: 'ERASED', reason: 'Asked by the customer by email' }] });
});

test('the channel manager files a lead from a phone call; it joins the board, waiting for dispatch', async () => {
  const contact = `Tomasz Telefon ${uniqueSuffix(4)}`;
  const desk = await openBrowser();
  browsers.push(desk);
  await useSession(desk.context, cm.session);
  await desk.page.goto(url('/channel/leads'));
  await desk.page.getByRole('button', { name: 'New lead' }).click();
  const form = desk.page.getByTestId('new-lead-form');
  await form.getByLabel('Contact name').fill(contact);
  await form.getByLabel('Email').fill(`${uniqueSuffix().toLowerCase()}@caller.e2e.test`);
  await form.getByLabel('How the customer agreed to be contacted').fill('Agreed by phone today');
  expect(await seriousViolations(desk.page)).toEqual([]);
  await form.getByRole('button', { name: 'File the lead' }).click();
  const card = desk.page.getByTestId('lead').filter({ hasText: contact });
  await card.waitFor();
  expect(await card.locator('[data-status]').getAttribute('data-status')).toBe('UNASSIGNED');
  expect(await card.innerText()).toContain('Channel');
});
