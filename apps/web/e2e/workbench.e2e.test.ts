import type { Page } from 'playwright-core';
import { eventually, openBrowser, seriousViolations, signInThroughUi, url, type Browser } from './browser';
import { acceptInvitation, baseUrl, givenAdmin, givenChannelManager, givenPartner, PASSWORD, uniqueSuffix } from './fixtures';
import { sourceOf } from './first-load';
import { toCsv } from '../src/ui/csv';

/**
 * The analysts' GraphQL workbench: GraphiQL with Monaco, served by Trellis itself (no other origin), run
 * with the analyst's session, its schema docs from introspection, the analyst's saved queries beside it.
 * GraphiQL and Monaco load with the workbench tab only.
 */
let browser: Browser;
let analyst: { email: string; displayName: string };
let partnerName: string;

beforeAll(async () => {
  const admin = await givenAdmin();
  const manager = await givenChannelManager(admin);
  partnerName = `Workbench Partner ${uniqueSuffix(6)}`;
  await givenPartner(manager.session, { name: partnerName });
  const suffix = uniqueSuffix().toLowerCase();
  analyst = { email: `wb-${suffix}@e2e.test`, displayName: `Analyst ${suffix}` };
  const { inviteBrandUser } = await admin.request<{ inviteBrandUser: { invitationUrl: string } }>(
    `mutation Invite($input: InviteBrandUserInput!) { inviteBrandUser(input: $input) { invitationUrl } }`,
    { input: { ...analyst, role: 'ANALYST' } },
  );
  await acceptInvitation(inviteBrandUser.invitationUrl, PASSWORD);
  browser = await openBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/**
 * What a Monaco editor shows, without its white space: it wraps long lines and draws spaces as no-break
 * spaces or dots, so only the rest compares reliably.
 */
async function editorText(page: Page, editor: 'query' | 'response'): Promise<string> {
  const selector = editor === 'query' ? '.graphiql-query-editor .view-lines' : '.graphiql-response .view-lines';
  return compact(await page.locator(selector).first().innerText());
}

const compact = (text: string) => text.replace(/[\s\u00a0\u00b7]+/g, '');

/** Replaces the operation editor's text, as a paste would (typing would meet Monaco's bracket completion). */
async function writeQuery(page: Page, text: string): Promise<void> {
  await page.locator('.graphiql-query-editor .monaco-editor').first().click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}

/**
 * Serious and critical axe findings outside GraphiQL's own markup. GraphiQL 5.4 itself has some that
 * Trellis cannot fix from outside: its tabs are list items with the tab role holding buttons
 * (nested-interactive) and Monaco's light theme draws some tokens and line numbers below 4.5:1.
 */
function trellisViolations(page: Page): Promise<string[]> {
  return seriousViolations(page, '.graphiql-container');
}

async function run(page: Page): Promise<void> {
  await page.locator('.graphiql-execute-button').click();
}

test('an analyst runs, saves and reopens a query, and a write is refused', async () => {
  const { page } = browser;
  const requests: string[] = [];
  const policyViolations: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) policyViolations.push(message.text());
  });
  await signInThroughUi(page, analyst.email, PASSWORD);
  expect(new URL(page.url()).pathname).toBe('/analytics');
  await page.getByTestId('partner-row').first().waitFor();
  // The partners tab has loaded no part of the workbench.
  const workbenchFiles = () => requests.map((address) => new URL(address).pathname.slice(1)).filter((file) => sourceOf(file) === 'src/analytics/Workbench.tsx' || /monaco|\.worker-/.test(file));
  expect(workbenchFiles()).toEqual([]);

  await page.getByRole('tab', { name: 'GraphQL workbench' }).click();
  await page.locator('.graphiql-query-editor .monaco-editor').first().waitFor();
  expect(new URL(page.url()).search).toBe('?tab=workbench');
  await page.getByText('No saved queries yet').waitFor();
  const QUERY = `query PartnerNames { partners(first: 50, filter: { search: "${partnerName}" }) { edges { node { name } } } }`;
  await writeQuery(page, QUERY);
  await run(page);
  await eventually(async () => expect(await editorText(page, 'response')).toContain(compact(`"name": "${partnerName}"`)));

  // The schema's docs, from introspection with the analyst's session.
  await page.getByRole('button', { name: /Show Documentation Explorer/i }).click();
  await page.locator('.graphiql-doc-explorer').getByText('Root Types').waitFor();
  expect(await trellisViolations(page)).toEqual([]);

  await page.getByLabel('Name', { exact: true }).fill('Partner names');
  await page.getByRole('button', { name: 'Save query' }).click();
  await page.getByRole('button', { name: 'Open “Partner names” in the editor' }).waitFor();

  await page.reload();
  await page.locator('.graphiql-query-editor .monaco-editor').first().waitFor();
  await writeQuery(page, '{ viewer { email } }');
  await eventually(async () => expect(await editorText(page, 'query')).toBe(compact('{ viewer { email } }')));
  await page.getByRole('button', { name: 'Open “Partner names” in the editor' }).click();
  await eventually(async () => expect(await editorText(page, 'query')).toBe(compact(QUERY)));

  // Analysts read, never write business data: the API refuses, and the workbench shows its answer.
  await writeQuery(page, 'mutation Spy { updateDispatchRules(input: { territoryWeight: 0, requireTerritory: false }) { rules { territoryWeight } } }');
  await run(page);
  await eventually(async () => expect(await editorText(page, 'response')).toContain('"code":"FORBIDDEN"'));

  // Monaco's workers came bundled from Trellis itself: nothing from another origin, nothing the policy refused.
  expect(requests.filter((address) => !address.startsWith(baseUrl()) && !/^(data|blob):/.test(address))).toEqual([]);
  expect(workbenchFiles().filter((file) => /\.worker-/.test(file)).length).toBeGreaterThanOrEqual(2);
  expect(policyViolations).toEqual([]);
});

test('saved queries are the analyst\'s own: the list shows them after a new sign-in, and one can be deleted', async () => {
  const phone = await openBrowser({ width: 360, height: 740 });
  try {
    const { page } = phone;
    await signInThroughUi(page, analyst.email, PASSWORD);
    await page.goto(url('/analytics?tab=workbench'));
    const open = page.getByRole('button', { name: 'Open “Partner names” in the editor' });
    await open.waitFor();
    await page.locator('.graphiql-query-editor .monaco-editor').first().waitFor();
    // On a phone GraphiQL scrolls sideways inside its own box: the page itself does not.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    await page.getByRole('button', { name: 'Delete “Partner names”' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
    await page.getByText('No saved queries yet').waitFor();
    expect(await open.count()).toBe(0);
    expect(await trellisViolations(page)).toEqual([]);
  } finally {
    await phone.close();
  }
});

test('a CSV export quotes cells per RFC 4180, defuses formulas and starts with a BOM for Excel', () => {
  const rows = [
    { name: 'Plain', note: 'a, "quoted" word', value: -12.5 },
    { name: '=HYPERLINK("http://x.example")', note: '+1+cmd|calc', value: 3 },
    { name: '@SUM(A1)', note: 'two\r\nlines', value: null },
    { name: '-2', note: '\tTabbed', value: 0 },
    { name: 'Zażółć', note: '\rCR', value: undefined },
  ];
  const csv = toCsv([
    { header: 'Name', value: (row: (typeof rows)[number]) => row.name },
    { header: 'Note, with comma', value: (row) => row.note },
    { header: 'Value', value: (row) => row.value },
  ], rows);
  expect(csv).toBe([
    '\uFEFFName,"Note, with comma",Value\r\n',
    'Plain,"a, ""quoted"" word",-12.5\r\n',
    `"'=HYPERLINK(""http://x.example"")",'+1+cmd|calc,3\r\n`,
    `'@SUM(A1),"two\r\nlines",\r\n`,
    `'-2,'\tTabbed,0\r\n`,
    `Zażółć,"'\rCR",\r\n`,
  ].join(''));
});
