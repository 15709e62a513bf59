// The public showroom's first load on a throttled phone: Lighthouse's "slow 4G" (150 ms round trips,
// 1.6 Mbit/s down, 750 kbit/s up) and a 4x slower CPU, through chromium's DevTools protocol. For each page,
// N cold visits (a new profile each: nothing cached); milliseconds from navigation until the awaited element is
// in the page. Figures, not pass/fail: on a loaded 2-core
// machine a 4x CPU slowdown varies too much to assert on (apps/web/e2e/first-load.e2e.test.ts asserts the
// bytes). Target: the first product card within 2,500 ms.
// Usage (against a running Trellis, e.g. the README's first command, which loads the demo data):
//   node -r @swc-node/register first-load.ts [--url http://127.0.0.1:4810] [--slug baltic] [--runs 3]
import { createRequire } from 'node:module';
import path from 'node:path';

// playwright-core and Debian's chromium are the browser tests' (apps/web); the bench borrows them.
const fromWeb = createRequire(path.join(__dirname, '../apps/web/package.json'));

interface CdpSession {
  send(method: string, params?: object): Promise<unknown>;
  on(event: 'Network.responseReceived', listener: (event: { requestId: string; response: { url: string } }) => void): void;
}
interface Page {
  addInitScript(script: { content: string }): Promise<void>;
  goto(url: string): Promise<unknown>;
  // Functions, not strings: the page's CSP (script-src 'self') refuses eval.
  waitForFunction(predicate: () => boolean, arg?: unknown, options?: { timeout: number }): Promise<unknown>;
  evaluate<T>(read: () => T): Promise<T>;
}
interface Browser {
  newContext(options: object): Promise<{ newPage(): Promise<Page>; newCDPSession(page: Page): Promise<CdpSession>; close(): Promise<void> }>;
  close(): Promise<void>;
}
const { chromium } = fromWeb('playwright-core') as { chromium: { launch(options: object): Promise<Browser> } };

const PAGES = [
  { name: 'brand front page', path: () => '/', shown: 'main h1' },
  { name: 'showroom, first product card', path: (slug: string) => `/s/${slug}`, shown: '[data-testid="product-card"]' },
];

function args() {
  const out = { url: 'http://127.0.0.1:4810', slug: 'baltic', runs: 3 };
  const argv = process.argv.slice(2).filter((a) => a !== '--');
  for (let i = 0; i < argv.length; i += 2) {
    if (argv[i] === '--url') out.url = argv[i + 1].replace(/\/$/, '');
    else if (argv[i] === '--slug') out.slug = argv[i + 1];
    else if (argv[i] === '--runs') out.runs = Number(argv[i + 1]);
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  return out;
}

/** One cold visit: milliseconds until `shown` is in the page, and how many scripts came before. */
async function visit(browser: Browser, address: string, shown: string): Promise<{ ms: number; scripts: number }> {
  const context = await browser.newContext({ viewport: { width: 360, height: 780 }, locale: 'en-GB', serviceWorkers: 'block' });
  try {
    return await measure(context, address, shown);
  } finally {
    await context.close(); // a page left open would go on using the (throttled) CPU during the next visit
  }
}

async function measure(context: Awaited<ReturnType<Browser['newContext']>>, address: string, shown: string): Promise<{ ms: number; scripts: number }> {
  const page = await context.newPage();
  const selector = JSON.stringify(shown);
  await page.addInitScript({
    content: `new MutationObserver((_, observer) => {
      if (!document.querySelector(${selector})) return;
      observer.disconnect();
      requestAnimationFrame(() => (window.__shownAt = performance.now()));
    }).observe(document, { childList: true, subtree: true });`,
  });
  const cdp = await context.newCDPSession(page);
  const scripts = new Set<string>();
  cdp.on('Network.responseReceived', ({ response }) => {
    if (new URL(response.url).pathname.endsWith('.js')) scripts.add(response.url);
  });
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(address);
  await page.waitForFunction(() => (globalThis as { __shownAt?: number }).__shownAt !== undefined, undefined, { timeout: 60_000 });
  const ms = await page.evaluate(() => (globalThis as unknown as { __shownAt: number }).__shownAt);
  return { ms, scripts: scripts.size };
}

async function main() {
  const options = args();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic'],
  });
  try {
    for (const target of PAGES) {
      const address = `${options.url}${target.path(options.slug)}`;
      const runs = [];
      for (let i = 0; i < options.runs; i++) runs.push(await visit(browser, address, target.shown));
      const times = runs.map((r) => Math.round(r.ms)).sort((a, b) => a - b);
      const last = runs[runs.length - 1];
      console.log(
        `${target.name.padEnd(30)} ${address}\n  shown after ${times.join(', ')} ms (median ${times[Math.floor(times.length / 2)]} ms); ` +
          `${last.scripts} scripts (their bytes: apps/web/e2e/first-load.e2e.test.ts)`,
      );
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
