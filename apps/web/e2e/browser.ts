import axe from 'axe-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { baseUrl, type ApiSession } from './fixtures';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export interface Browser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/** A fresh chromium profile per spec: no cookies or stored language leak between specs. */
export async function openBrowser(viewport = { width: 1280, height: 900 }): Promise<Browser> {
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'trellis-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    args: FLAGS,
    viewport,
    locale: 'en-GB',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(15_000);
  return {
    context,
    page,
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * One chromium for several isolated contexts (each its own cookies and storage, like a fresh profile), for
 * specs that look at the same pages in several ways at once: launching one browser per way costs seconds.
 */
export async function openSharedBrowser(): Promise<{
  newContext(viewport: { width: number; height: number }): Promise<Browser>;
  close(): Promise<void>;
}> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  return {
    async newContext(viewport) {
      const context = await browser.newContext({ viewport, locale: 'en-GB' });
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      return { context, page, close: () => context.close() };
    },
    close: () => browser.close(),
  };
}

export function url(pathname: string): string {
  return `${baseUrl()}${pathname}`;
}

/** Signs in the way a person does: the form, then the role's portal. */
export async function signInThroughUi(page: Page, email: string, password: string): Promise<void> {
  await page.goto(url('/signin'));
  await page.getByLabel('Email').fill(email);
  await page.getByLabel(/^Password/).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((u) => u.pathname !== '/signin');
}

/** Hands a fixture's API session to the browser, for specs about pages rather than about signing in. */
export async function useSession(context: BrowserContext, session: ApiSession): Promise<void> {
  if (!session.cookie) throw new Error('The session has no cookie');
  await context.addCookies([{ ...session.cookie, url: baseUrl(), httpOnly: true, sameSite: 'Lax' }]);
}

/** Retries an assertion until it holds: the page renders asynchronously. */
export async function eventually(assertion: () => Promise<void> | void, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await assertion();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** Text as a reader sees it: Intl writes amounts with no-break spaces ("PLN\u00a0613.77"). */
export async function visibleText(locator: { innerText(): Promise<string> }): Promise<string> {
  return (await locator.innerText()).replace(/\u00a0|\u202f/g, ' ');
}

/** What a page's axe run reports of one violation: its rule, impact and the elements it found. */
interface Finding {
  id: string;
  impact: string | null | undefined;
  targets: string[];
}

/**
 * Serious and critical violations, as "rule: target" lines that say where to look when this fails. `exclude`
 * leaves out markup that is not Trellis's own (a CSS selector).
 *
 * axe-core runs in the page itself, put there once and kept while the page stays (a sweep moves inside the
 * app): @axe-core/playwright's analyze() injects it again into every frame and then opens a blank page to
 * finish the run, about 1.3 s per call against 0.3 s for the run (measured on the partners list). The
 * checks are axe's own, with every rule; only violations are gathered in full, as nothing here reads passes.
 */
export async function seriousViolations(page: Page, exclude?: string): Promise<string[]> {
  // What the user sees once things stop moving: a dialog fading in is text at part opacity, which fails the
  // contrast check for a moment. Endless animations (a loader's spin) do not count.
  await page.waitForFunction(() => document.getAnimations().every((animation) =>
    animation.playState !== 'running' || animation.effect?.getComputedTiming().endTime === Infinity));
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const findings = await page.evaluate(async (excluded): Promise<Finding[]> => {
    const { run } = (window as unknown as { axe: typeof axe }).axe;
    const results = await run(excluded ? { exclude: [excluded] } : document, { resultTypes: ['violations'] });
    return results.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(' ')) }));
  }, exclude ?? null);
  return findings
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.targets.map((target) => `${v.id}: ${target}`));
}
