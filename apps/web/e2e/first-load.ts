import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { webDist } from './server';

/** One file of vite's build manifest (dist/.vite/manifest.json), keyed by its source or by "_<shared chunk>". */
interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
}

/**
 * Pages and layouts that only a signed-in user sees, and their texts (src/i18n/*-portal.ts): none of their code
 * may reach an anonymous visitor.
 */
export const SIGNED_IN_SOURCES = /^src\/(channel|partner|analytics|account)\/|^src\/ui\/(AppLayout|RoleGate)\.tsx$|^src\/i18n\/[a-z]+-portal\.ts$/;

function readManifest(dist = webDist): Record<string, ManifestChunk> {
  return JSON.parse(readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
}

function staticClosure(manifest: Record<string, ManifestChunk>, keys: string[]): Set<string> {
  const seen = new Set<string>();
  const walk = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const next of manifest[key]?.imports ?? []) walk(next);
  };
  keys.forEach(walk);
  return seen;
}

/**
 * The files that only the signed-in pages load: the lazy chunks of the portals (and of the sign-in and
 * account pages) with what they alone import. A chunk that the public pages share with them is not one.
 */
export function portalOnlyScripts(dist = webDist): Set<string> {
  const manifest = readManifest(dist);
  const keys = Object.keys(manifest);
  const entries = keys.filter((key) => manifest[key].isEntry || manifest[key].isDynamicEntry);
  const signedIn = staticClosure(manifest, entries.filter((key) => SIGNED_IN_SOURCES.test(manifest[key].src ?? '')));
  const publicChunks = staticClosure(manifest, entries.filter((key) => !SIGNED_IN_SOURCES.test(manifest[key].src ?? '')));
  return new Set([...signedIn].filter((key) => !publicChunks.has(key)).map((key) => manifest[key].file));
}

/** The source module a built file was made for (dynamic entries and the entry), when it has one. */
export function sourceOf(file: string, dist = webDist): string | undefined {
  return Object.values(readManifest(dist)).find((chunk) => chunk.file === file)?.src;
}

/** What the server sends a browser that accepts gzip: the .gz the build wrote, or the file itself when small. */
function gzipBytes(file: string, dist: string): number {
  const full = path.join(dist, file);
  return existsSync(`${full}.gz`) ? statSync(`${full}.gz`).size : statSync(full).size;
}

export interface FirstLoad {
  scripts: { file: string; source?: string; gzipBytes: number }[];
  gzipBytes: number;
  /** Milliseconds from the start of navigation until the awaited element was in the page. */
  shownAtMs: number;
  lang: string;
}

export interface FirstLoadOptions {
  /** The language the visitor chose before (kept as the SPA keeps it: storage and cookie). */
  language?: string;
  dist?: string;
}

/**
 * Opens `address` in a page with an empty cache, waits until `shown` (a CSS selector) is in the page and the
 * network is quiet, and lists every script the server sent on the way, sized as gzipped.
 */
export async function firstLoad(page: Page, address: string, shown: string, options: FirstLoadOptions = {}): Promise<FirstLoad> {
  const dist = options.dist ?? webDist;
  const files: string[] = [];
  page.on('response', (response) => {
    const { pathname } = new URL(response.url());
    if (response.request().resourceType() === 'script' || pathname.endsWith('.js')) files.push(pathname.slice(1));
  });
  await page.addInitScript((selector: string) => {
    const marks = window as unknown as { __shownAt?: number };
    new MutationObserver((_changes, observer) => {
      if (!document.querySelector(selector)) return;
      observer.disconnect();
      requestAnimationFrame(() => (marks.__shownAt = performance.now()));
    }).observe(document, { childList: true, subtree: true });
  }, shown);
  if (options.language) {
    // As the SPA keeps a choice: in the tab's storage, and in a cookie from which the server preloads that language's texts.
    await page.addInitScript((language: string) => localStorage.setItem('trellis.language', language), options.language);
    await page.context().addCookies([{ name: 'trellis_language', value: options.language, url: new URL(address).origin }]);
  }
  await page.goto(address);
  await page.locator(shown).first().waitFor({ timeout: 30_000 });
  await page.waitForFunction(() => (window as unknown as { __shownAt?: number }).__shownAt !== undefined);
  await page.waitForLoadState('networkidle');
  const shownAtMs = await page.evaluate(() => (window as unknown as { __shownAt: number }).__shownAt);
  const lang = await page.evaluate(() => document.documentElement.lang);
  const scripts = [...new Set(files)].map((file) => ({ file, source: sourceOf(file, dist), gzipBytes: gzipBytes(file, dist) }));
  return { scripts, gzipBytes: scripts.reduce((sum, s) => sum + s.gzipBytes, 0), shownAtMs, lang };
}
