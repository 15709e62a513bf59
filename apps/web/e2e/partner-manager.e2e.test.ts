import { eventually, openBrowser, signInThroughUi, url, type Browser } from './browser';
import { baseUrl, givenAdmin, givenPartner, givenPartnerManager, uniqueSuffix, type GivenPartner, type SignedInUser } from './fixtures';

let browser: Browser;
let manager: SignedInUser & { partner: GivenPartner };
let other: GivenPartner;

beforeAll(async () => {
  const admin = await givenAdmin();
  manager = await givenPartnerManager(admin, `Own Tools ${uniqueSuffix()}`);
  other = await givenPartner(admin, { name: `Foreign Trading ${uniqueSuffix()}` });
  browser = await openBrowser();
});

afterAll(async () => {
  await browser?.close();
});

test('a partner manager sees only its own partner and invites an employee', async () => {
  const { page } = browser;
  await signInThroughUi(page, manager.email, manager.password);
  expect(new URL(page.url()).pathname).toBe('/partner');
  await eventually(async () => {
    expect(await page.getByTestId('own-partner-name').innerText()).toBe(manager.partner.name);
  });
  expect(await page.content()).not.toContain(other.name);

  for (const path of ['/channel', '/channel/partners', `/channel/partners/${other.id}`]) {
    await page.goto(url(path));
    await page.getByTestId('not-for-your-role').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('This page is not for your role');
    expect(await page.content()).not.toContain(other.name);
  }

  await page.goto(url('/partner'));
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Staff' }).click();
  await page.waitForURL(url('/partner/staff'));
  const staff = page.getByTestId('staff-member');
  await eventually(async () => expect(await staff.allInnerTexts()).toEqual([expect.stringContaining(manager.displayName)]));

  const employeeName = `Employee ${uniqueSuffix()}`;
  const employeeEmail = `employee-${uniqueSuffix().toLowerCase()}@e2e.test`;
  await page.getByRole('button', { name: 'Invite user' }).click();
  const dialog = page.getByRole('dialog', { name: 'Invite user' });
  await dialog.getByLabel(/^Email/).fill(employeeEmail);
  await dialog.getByLabel(/^Full name/).fill(employeeName);
  await dialog.getByRole('button', { name: 'Send invitation' }).click();

  const link = page.getByTestId('invitation-link');
  await link.waitFor();
  expect(await link.inputValue()).toMatch(new RegExp(`^${baseUrl()}/invitation/[A-Za-z0-9_-]+$`));
  const lines = (text: string) => text.split('\n').map((line) => line.trim()).filter(Boolean);
  await eventually(async () => {
    const members = (await staff.allInnerTexts()).map(lines);
    expect(members).toHaveLength(2);
    // Badges are upper-cased by CSS, and innerText reads what is shown.
    expect(members.find((m) => m[0] === employeeName)).toEqual([employeeName, `${employeeEmail} · Partner employee`, 'INVITED', 'Deactivate']);
  });
  expect(await page.content()).not.toContain(other.name);
});
