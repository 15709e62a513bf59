import type { Locator, Page } from 'playwright-core';
import { eventually, openBrowser, seriousViolations, url, useSession, visibleText, type Browser } from './browser';
import {
  givenActivePartnerOfTier, givenAdmin, givenChannelManager, givenMdfFundForTiers, givenPartnerManager, givenTier, uniqueSuffix, type GivenPartner, type SignedInUser,
} from './fixtures';

/*
 * Marketing development funds from end to end: the channel manager creates a fund and allocates 5000.00 of it
 * to a partner; the partner's manager, on a phone, asks for 1500.00 for an event; the channel manager approves
 * 1200.00 in the approval queue; the partner sees 3800.00 still available, claims 1000.00 of actual cost with a
 * PDF as proof (its upload's progress shown) and submits the claim; the channel manager accepts 900.00 and pays
 * it by transfer. Both then read the same balances, the ledger proves them, and lists its four lines.
 */
let cm: SignedInUser;
let manager: SignedInUser & { partner: GivenPartner };
const browsers: Browser[] = [];

beforeAll(async () => {
  cm = await givenChannelManager(await givenAdmin());
  manager = await givenPartnerManager(cm.session, `Marketing Partner ${uniqueSuffix(4)}`);
  for (const move of ['startPartnerOnboarding', 'activatePartner']) {
    await cm.session.request(`mutation Move($input: PartnerTransitionInput!) { ${move}(input: $input) { partner { status } } }`, { input: { partnerId: manager.partner.id } });
  }
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

/** A balance's figures as the page writes them, and as the API's amounts (data-amount). */
async function balanceOf(balance: Locator): Promise<Record<string, [string, string | null]>> {
  const out: Record<string, [string, string | null]> = {};
  for (const name of ['allocated', 'approved', 'claimed', 'paid', 'available']) {
    const figure = balance.getByTestId(`mdf-${name}`);
    out[name] = [await visibleText(figure), await figure.getAttribute('data-amount')];
  }
  return out;
}

const euro = (amount: string) => [amount.replace(/\B(?=(\d{3})+(?!\d))/g, ','), amount] as const;
const expected = (allocated: string, approved: string, claimed: string, paid: string, available: string) => Object.fromEntries(
  Object.entries({ allocated, approved, claimed, paid, available }).map(([k, v]) => { const [text, raw] = euro(v); return [k, [`€${text}`, raw]]; }));

/** A small but real PDF, padded so that its upload reports progress. */
function proofPdf(): Buffer {
  const body = `%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n% ${'proof of performance '.repeat(20_000)}\ntrailer << /Root 1 0 R >>\n%%EOF\n`;
  return Buffer.from(body);
}

test('a fund allocated, a request approved in part, a claim with proof accepted in part and paid: exact balances on both sides and the ledger', async () => {
  const year = new Date().getFullYear();
  const fundName = `Spring campaigns ${uniqueSuffix(4)}`;
  const partnerName = manager.partner.name;

  // The channel manager creates the fund through the form.
  const desk = await browserAs(cm.session);
  await desk.goto(url('/channel/mdf'));
  await desk.getByRole('button', { name: 'New fund' }).click();
  const fundForm = desk.getByTestId('mdf-fund-form');
  await fundForm.getByLabel(/^Name/).fill(fundName);
  await fundForm.getByLabel(/^Budget/).fill('100000.00');
  await fundForm.getByLabel(/^Purpose/).fill('Events and digital campaigns of our partners');
  await fundForm.getByLabel(/^Period starts/).fill(`${year}-01-01`);
  await fundForm.getByLabel(/^Period ends/).fill(`${year}-12-31`);
  await fundForm.getByLabel(/^Claim deadline/).fill(`${year + 1}-03-31`);
  await fundForm.getByRole('checkbox', { name: 'Event' }).check();
  await fundForm.getByRole('checkbox', { name: 'Digital campaign' }).check();
  expect(await seriousViolations(desk)).toEqual([]);
  await fundForm.getByRole('button', { name: 'Create fund' }).click();
  await desk.waitForURL(/\/channel\/mdf\/funds\/[0-9a-f-]{36}$/);
  const fundId = new URL(desk.url()).pathname.split('/').pop()!;
  await eventually(async () => expect(await desk.getByTestId('mdf-fund-title').innerText()).toBe(fundName));
  expect(await visibleText(desk.getByTestId('mdf-fund-budget'))).toBe('€100,000.00');
  expect(await visibleText(desk.getByTestId('mdf-fund-unallocated'))).toBe('€100,000.00');

  // ...and allocates 5000.00 of it to the partner.
  const allocate = desk.getByTestId('mdf-allocate-form');
  await allocate.getByLabel('Partner', { exact: true }).fill(partnerName);
  await desk.getByRole('option', { name: `${partnerName} (Gdańsk)` }).click();
  await allocate.getByLabel(/^Allocation \(EUR\)/).fill('5000.00');
  await allocate.getByRole('button', { name: 'Allocate' }).click();
  const deskBalance = desk.getByTestId('mdf-balance').filter({ hasText: partnerName });
  await eventually(async () => expect(await balanceOf(deskBalance)).toEqual(expected('5000.00', '0.00', '0.00', '0.00', '5000.00')));
  expect(await visibleText(desk.getByTestId('mdf-fund-unallocated'))).toBe('€95,000.00');
  expect(await desk.getByTestId('mdf-ledger-check').getAttribute('data-proven')).toBe('true');
  expect(await seriousViolations(desk)).toEqual([]);

  // The partner's manager, on a phone: the page from the navigation, the fund and its balance.
  const phone = await browserAs(manager.session, { width: 360, height: 780 });
  await phone.goto(url('/partner'));
  await phone.getByRole('button', { name: 'Toggle navigation' }).click();
  await phone.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Marketing funds' }).click();
  await phone.waitForURL(url('/partner/mdf'));
  const phoneFund = phone.getByTestId('mdf-partner-fund').filter({ hasText: fundName });
  await eventually(async () => expect(await balanceOf(phoneFund)).toEqual(expected('5000.00', '0.00', '0.00', '0.00', '5000.00')));
  expect(await phone.getByTestId('mdf-request-count').innerText()).toBe('0 requests');

  // It asks for 1500.00 for an event.
  await phone.getByRole('button', { name: 'Ask for money' }).click();
  const requestForm = phone.getByTestId('mdf-request-form');
  await requestForm.getByLabel(/^Fund/).selectOption({ label: fundName });
  await requestForm.getByLabel(/^Activity type/).selectOption('EVENT');
  await requestForm.getByLabel(/^Title/).fill('Open day at our Gdańsk store');
  await requestForm.getByLabel(/^Description/).fill('A demo day with the new cordless range, local radio and leaflets.');
  await requestForm.getByLabel(/^Starts on/).fill(`${year}-06-01`);
  await requestForm.getByLabel(/^Ends on/).fill(`${year}-06-02`);
  await requestForm.getByLabel(/^Planned cost/).fill('2000.00');
  await requestForm.getByLabel(/^Amount asked/).fill('1500.00');
  await requestForm.getByLabel(/^Expected leads/).fill('40');
  await requestForm.getByLabel(/^Expected revenue/).fill('30000.00');
  expect(await seriousViolations(phone)).toEqual([]);
  await requestForm.getByRole('button', { name: 'Send request' }).click();
  const phoneRequest = phone.getByTestId('mdf-request').filter({ hasText: 'Open day at our Gdańsk store' });
  await eventually(async () => expect(await phoneRequest.getAttribute('data-status')).toBe('SUBMITTED'));
  const number = (await phoneRequest.getAttribute('data-number'))!;
  expect(number).toMatch(/^MDF-\d{4}-\d{6}$/);
  expect(await visibleText(phoneRequest.getByTestId('mdf-request-requested'))).toBe('€1,500.00');
  // Badges show their words in capitals (CSS); their text is as written.
  expect(await phoneRequest.getByTestId('mdf-request-status').textContent()).toBe('Submitted');

  // The channel manager approves 1200.00 of it in the queue (the amount asked is prefilled).
  await desk.goto(url('/channel/mdf/requests'));
  const queued = desk.getByTestId('mdf-request').and(desk.locator(`[data-number="${number}"]`));
  await eventually(async () => expect(await queued.count()).toBe(1));
  expect(await queued.getByTestId('mdf-request-partner').innerText()).toBe(partnerName);
  expect(await seriousViolations(desk)).toEqual([]);
  await queued.getByRole('button', { name: 'Approve' }).click();
  const approveDialog = desk.getByRole('dialog');
  const approveAmount = approveDialog.getByLabel(/^Amount to approve \(EUR\)/);
  expect(await approveAmount.inputValue()).toBe('1500.00');
  await approveAmount.fill('1200.00');
  await approveDialog.getByRole('button', { name: 'Approve' }).click();
  await eventually(async () => expect(await queued.count()).toBe(0));
  await desk.getByTestId('mdf-request-status-filter').selectOption('APPROVED');
  await eventually(async () => expect(await queued.getAttribute('data-status')).toBe('APPROVED'));
  expect(await visibleText(queued.getByTestId('mdf-request-approved'))).toBe('€1,200.00');

  // The partner sees the balance change, and claims 1000.00 with a PDF as proof.
  await phone.reload();
  await eventually(async () => expect(await balanceOf(phoneFund)).toEqual(expected('5000.00', '1200.00', '0.00', '0.00', '3800.00')));
  await eventually(async () => expect(await phoneRequest.getAttribute('data-status')).toBe('APPROVED'));
  expect(await visibleText(phoneRequest.getByTestId('mdf-request-approved'))).toBe('€1,200.00');
  await phoneRequest.getByRole('button', { name: 'Claim the cost' }).click();
  const claimForm = phoneRequest.getByTestId('mdf-claim-form');
  await claimForm.getByLabel(/^Actual cost \(EUR\)/).fill('1000.00');
  await claimForm.getByLabel(/^Note/).fill('Invoices of the radio spot and the leaflets');
  await claimForm.getByRole('button', { name: 'Create claim' }).click();
  const claim = phoneRequest.getByTestId('mdf-claim');
  await eventually(async () => expect(await claim.getAttribute('data-status')).toBe('DRAFT'));
  const claimNumber = (await claim.getAttribute('data-number'))!;
  expect(claimNumber).toMatch(/^MDC-\d{4}-\d{6}$/);
  expect(await claim.getByTestId('mdf-claim-submit').isDisabled()).toBe(true);
  const pdf = proofPdf();
  await claim.locator('input[type=file]').setInputFiles({ name: 'open-day-invoices.pdf', mimeType: 'application/pdf', buffer: pdf });
  const upload = claim.getByTestId('mdf-upload');
  await eventually(async () => expect(await upload.getAttribute('data-state')).toBe('done'), 20_000);
  expect(await upload.getAttribute('data-percent')).toBe('100');
  expect(await upload.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('100');
  expect(await upload.innerText()).toBe('open-day-invoices.pdf: uploaded');
  await eventually(async () => expect(await claim.getByTestId('mdf-claim-file-link').allInnerTexts()).toEqual(['open-day-invoices.pdf']));
  expect(await seriousViolations(phone)).toEqual([]);
  await claim.getByTestId('mdf-claim-submit').click();
  await eventually(async () => expect(await claim.getAttribute('data-status')).toBe('SUBMITTED'));

  // The channel manager reads the proof, accepts 900.00 and pays it by transfer.
  await desk.goto(url('/channel/mdf/requests'));
  const waiting = desk.getByTestId('mdf-claim-queue-SUBMITTED').getByTestId('mdf-claim').and(desk.locator(`[data-number="${claimNumber}"]`));
  await eventually(async () => expect(await waiting.count()).toBe(1));
  expect(await visibleText(waiting.getByTestId('mdf-claim-amount'))).toBe('€1,000.00');
  const fileLink = waiting.getByTestId('mdf-claim-file-link');
  expect(await fileLink.allInnerTexts()).toEqual(['open-day-invoices.pdf']);
  const download = await desk.request.get(url((await fileLink.getAttribute('href'))!));
  expect(download.status()).toBe(200);
  expect(Buffer.compare(await download.body(), pdf)).toBe(0);
  await waiting.getByRole('button', { name: 'Approve' }).click();
  const claimDialog = desk.getByRole('dialog');
  const claimAmount = claimDialog.getByLabel(/^Amount to approve \(EUR\)/);
  expect(await claimAmount.inputValue()).toBe('1000.00');
  await claimAmount.fill('900.00');
  await claimDialog.getByRole('button', { name: 'Approve' }).click();
  await eventually(async () => expect(await waiting.count()).toBe(0));
  const toPay = desk.getByTestId('mdf-claim-queue-APPROVED').getByTestId('mdf-claim').and(desk.locator(`[data-number="${claimNumber}"]`));
  await eventually(async () => expect(await toPay.count()).toBe(1));
  expect(await visibleText(toPay.getByTestId('mdf-claim-approved'))).toBe('€900.00');
  await toPay.getByRole('button', { name: 'Pay' }).click();
  const payDialog = desk.getByRole('dialog');
  await payDialog.getByLabel('Paid by').selectOption('TRANSFER');
  await payDialog.getByLabel(/^Reference/).fill(`TR-${year}-0042`);
  expect(await seriousViolations(desk)).toEqual([]);
  await payDialog.getByRole('button', { name: 'Pay' }).click();
  await eventually(async () => expect(await toPay.count()).toBe(0));

  // Both read the same balances: allocated 5000.00, approved 1200.00, claimed 900.00, paid 900.00.
  const final = expected('5000.00', '1200.00', '900.00', '900.00', '3800.00');
  await desk.goto(url(`/channel/mdf/funds/${fundId}`));
  await eventually(async () => expect(await balanceOf(deskBalance)).toEqual(final));
  expect(await desk.getByTestId('mdf-ledger-check').getAttribute('data-proven')).toBe('true');
  expect(await desk.getByTestId('mdf-ledger-check').innerText()).toContain('Balances proven by the ledger');
  await phone.reload();
  await eventually(async () => expect(await balanceOf(phoneFund)).toEqual(final));
  await eventually(async () => expect(await claim.getAttribute('data-status')).toBe('PAID'));
  expect(await visibleText(claim.getByTestId('mdf-claim-approved'))).toBe('€900.00');
  expect(await claim.getByTestId('mdf-claim-payment').innerText()).toBe(`Bank transfer, TR-${year}-0042`);
  expect(await phone.getByRole('button', { name: 'Approve' }).count()).toBe(0);
  expect(await seriousViolations(phone)).toEqual([]);

  // The ledger lists the four movements, newest first, and downloads as CSV with the filter on screen.
  await desk.goto(url(`/channel/mdf/ledger?fund=${fundId}`));
  const lines = desk.getByTestId('mdf-ledger-line');
  await eventually(async () => expect(await lines.count()).toBe(4));
  const rows = await lines.evaluateAll((nodes) => nodes.map((n) => [n.getAttribute('data-kind'), n.getAttribute('data-amount')]));
  expect(rows).toEqual([['PAY', '900.00'], ['CLAIM', '900.00'], ['RESERVE', '1200.00'], ['ALLOCATE', '5000.00']]);
  expect(await lines.getByTestId('mdf-ledger-kind').allTextContents()).toEqual(['Paid', 'Claimed', 'Reserved', 'Allocated']);
  expect((await lines.getByTestId('mdf-ledger-amount').allInnerTexts()).map((t) => t.replace(/\u00a0/g, ' '))).toEqual(['€900.00', '€900.00', '€1,200.00', '€5,000.00']);
  expect(await desk.getByTestId('mdf-ledger-count').innerText()).toBe('4 lines');
  const csvLink = desk.getByTestId('mdf-ledger-csv');
  expect(await csvLink.getAttribute('href')).toBe(`/mdf-ledger.csv?fundId=${fundId}`);
  const csv = await desk.request.get(url(`/mdf-ledger.csv?fundId=${fundId}`));
  expect(csv.status()).toBe(200);
  const csvKinds = (await csv.text()).trim().split(/\r?\n/).slice(1).map((line) => line.split(',')[7]);
  expect(csvKinds).toEqual(['ALLOCATE', 'RESERVE', 'CLAIM', 'PAY']);
  await desk.getByTestId('mdf-ledger-kind-filter').selectOption('RESERVE');
  await eventually(async () => expect(await lines.count()).toBe(1));
  expect(await csvLink.getAttribute('href')).toBe(`/mdf-ledger.csv?fundId=${fundId}&kind=RESERVE`);
  expect(await seriousViolations(desk)).toEqual([]);
}, 300_000);

/*
 * Sharing by rule, on a phone: a fund only a fresh tier's partners may be given money, three active partners of
 * that tier; the channel manager previews 100.00 shared equally (the odd cent to the partner whose id sorts
 * first, as the API's largest remainders tie), sees a changed input clear the preview, applies it, and reads
 * each partner's allocation on the budget bars.
 */
test('shared equally by rule: a preview with the odd cent, applied to every eligible partner', async () => {
  const tier = await givenTier(await givenAdmin(), `Share tier ${uniqueSuffix(4)}`);
  const partners: GivenPartner[] = [];
  for (const name of ['Alder', 'Birch', 'Cedar']) partners.push(await givenActivePartnerOfTier(cm.session, tier.id, `${name} Marketing ${uniqueSuffix(4)}`));
  const fund = await givenMdfFundForTiers(cm.session, [tier.id], { name: `Shared fund ${uniqueSuffix(4)}`, budget: '1000.00' });
  const byId = [...partners].sort((a, b) => (a.id < b.id ? -1 : 1));
  const shareOf = (p: GivenPartner) => (p.id === byId[0]!.id ? '33.34' : '33.33');

  const desk = await browserAs(cm.session, { width: 360, height: 780 });
  await desk.goto(url(`/channel/mdf/funds/${fund.id}`));
  await eventually(async () => expect(await desk.getByTestId('mdf-fund-title').innerText()).toBe(fund.name));
  const form = desk.getByTestId('mdf-share-form');
  const amount = form.getByLabel(/^Amount to share \(EUR\)/);
  expect(await amount.inputValue()).toBe('');
  expect((await form.innerText()).replace(/\u00a0/g, ' ')).toContain('Unallocated: €1,000.00');
  await form.getByLabel('Rule', { exact: true }).selectOption('EQUAL');
  expect(await form.innerText()).toContain('Every eligible active partner gets the same share.');
  await amount.fill('100.00');
  await form.getByRole('button', { name: 'Preview' }).click();

  const result = desk.getByTestId('mdf-share-result');
  const shares = result.getByTestId('mdf-share');
  await eventually(async () => expect(await shares.count()).toBe(3));
  const rows = async () => {
    const out: [string, string, string][] = [];
    for (let i = 0; i < (await shares.count()); i++) {
      const row = shares.nth(i);
      out.push([await row.getByTestId('mdf-share-partner').innerText(), await visibleText(row.getByTestId('mdf-share-amount-value')), await row.getByTestId('mdf-share-basis').innerText()]);
    }
    return out;
  };
  expect(await rows()).toEqual(byId.map((p) => [p.name, `€${shareOf(p)}`, 'Equal share']));
  expect(await visibleText(result.getByTestId('mdf-share-total'))).toBe('€100.00');
  expect(await result.getByText('Total for 3 partners').count()).toBe(1);
  expect(await desk.getByTestId('mdf-allocations').count()).toBe(0);
  expect(await seriousViolations(desk)).toEqual([]);

  // A changed input clears the preview; the same inputs preview the same shares again.
  await amount.fill('100.0');
  await eventually(async () => expect(await result.count()).toBe(0));
  await amount.fill('100.00');
  await form.getByRole('button', { name: 'Preview' }).click();
  await eventually(async () => expect(await rows()).toEqual(byId.map((p) => [p.name, `€${shareOf(p)}`, 'Equal share'])));

  // Applied: a notice, the preview gone, each partner's allocation on its bar and the fund's unallocated budget.
  await result.getByRole('button', { name: 'Apply' }).click();
  await eventually(async () => expect(await desk.getByText('€100.00 shared among 3 partners').count()).toBe(1));
  await eventually(async () => expect(await result.count()).toBe(0));
  expect(await amount.inputValue()).toBe('');
  for (const partner of partners) {
    const balance = desk.getByTestId('mdf-balance').filter({ hasText: partner.name });
    await eventually(async () => expect(await balanceOf(balance)).toEqual(expected(shareOf(partner), '0.00', '0.00', '0.00', shareOf(partner))));
  }
  expect(await desk.getByTestId('mdf-balance').count()).toBe(3);
  expect(await visibleText(desk.getByTestId('mdf-fund-allocated'))).toBe('€100.00');
  expect(await visibleText(desk.getByTestId('mdf-fund-unallocated'))).toBe('€900.00');
  expect((await form.innerText()).replace(/\u00a0/g, ' ')).toContain('Unallocated: €900.00');
  expect(await desk.getByTestId('mdf-ledger-check').getAttribute('data-proven')).toBe('true');
  expect(await seriousViolations(desk)).toEqual([]);
}, 180_000);
