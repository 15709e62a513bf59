import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import express, { Request, Router } from 'express';
import expressStaticGzip from 'express-static-gzip';

/**
 * The built SPA, or null when there is none (tests, API-only runs). Hashed files under /assets/ never
 * change, so browsers keep them a year without asking; index.html names the current hashes and is
 * asked for every time. The build writes .br and .gz beside each asset (apps/web/vite.config.ts):
 * compressed once at the strongest level instead of on every first visit.
 */
export function webApp(webDist: string): Router | null {
  const indexHtml = path.join(webDist, 'index.html');
  if (!existsSync(indexHtml)) return null;
  const page = languagePages(webDist, readFileSync(indexHtml, 'utf8'));
  const router = Router();
  // Source maps would publish the source; production builds make none, and stray ones are not served.
  router.get(/\.map$/, (_req, res) => {
    res.status(404).type('text/plain').send('Not found');
  });
  router.use(
    '/assets',
    expressStaticGzip(path.join(webDist, 'assets'), {
      enableBrotli: true,
      orderPreference: ['br', 'gzip'],
      index: false,
      // A missing asset is a 404, not the SPA's page: a stale tab must not run HTML as a script.
      serveStatic: { immutable: true, maxAge: '1y', fallthrough: false },
    }),
  );
  router.use(
    express.static(webDist, {
      index: false,
      maxAge: '1h',
      setHeaders: (res, file) => {
        if (file === indexHtml) res.setHeader('Cache-Control', 'no-cache');
      },
    }),
  );
  // Client-side routes: every other GET is the SPA's page.
  router.get(/^(?!\/(graphql|images|showroom-logos|assets)\b).*/, (req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('Vary', 'Accept-Language, Cookie');
    res.type('html').send(page(req));
  });
  return router;
}

/** The UI languages whose public texts are chunks of their own (apps/web/src/i18n/index.ts). */
const UI_LANGUAGES = ['en', 'pl'] as const;
/** The cookie the SPA sets when a visitor chooses a language (i18n/index.ts): their choice, as the server reads it. */
const LANGUAGE_COOKIE = /(?:^|;\s*)trellis_language=([a-z]{2})/;

/** A showroom's pages (the brand's front page included): their HTML loads the early entry. */
const SHOWROOM_PAGE = /^\/(?:s\/[^/]+(?:\/.*)?)?$/;

/**
 * index.html for a request, asking the browser to fetch the visitor's UI texts with the scripts (a
 * modulepreload of that language's chunk) instead of after them: the SPA waits for its texts before its
 * first render, and on a slow network that wait was one more round trip. The language is the visitor's
 * stored choice (cookie), else the first of Accept-Language the UI speaks, else English, as the SPA picks it.
 * A showroom's page also loads the early entry first (apps/web/src/showroom/early.ts, with the small chunk it
 * imports): it asks for the page's first data while the app's scripts are still arriving, where the app
 * itself could ask only once they had all run. Without a build manifest, the page as built.
 */
function languagePages(webDist: string, html: string): (req: Request) => string {
  const manifestFile = path.join(webDist, '.vite', 'manifest.json');
  if (!existsSync(manifestFile)) return () => html;
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, { file: string; imports?: string[] }>;
  const early = manifest['src/showroom/early.ts'];
  const earlyTags = early
    ? [`<script type="module" async crossorigin src="/${early.file}"></script>`,
      ...(early.imports ?? []).map((key) => manifest[key]).filter(Boolean).map((chunk) => `<link rel="modulepreload" crossorigin href="/${chunk!.file}">`)]
      .map((tag) => `    ${tag}\n`).join('')
    : '';
  const variant = (language: string, showroom: boolean) => {
    const chunk = manifest[`src/i18n/${language}.ts`]?.file;
    let page = chunk ? html.replace('</head>', `  <link rel="modulepreload" crossorigin href="/${chunk}">\n  </head>`) : html;
    // Before the app's own script tag, so that the browser asks for it first.
    if (showroom && earlyTags) page = page.replace(/( *)<script type="module"/, (tag, indent: string) => `${earlyTags.trimStart().replace(/^/, indent)}${tag}`);
    return page.replace('<html lang="en">', `<html lang="${language}">`);
  };
  const pages = new Map<string, string>(UI_LANGUAGES.flatMap((language) => [[`${language}`, variant(language, false)], [`${language} showroom`, variant(language, true)]] as const));
  return (req) => {
    const chosen = LANGUAGE_COOKIE.exec(req.headers.cookie ?? '')?.[1];
    const language = chosen && UI_LANGUAGES.includes(chosen as never) ? chosen : (req.acceptsLanguages(...UI_LANGUAGES) || 'en');
    return pages.get(SHOWROOM_PAGE.test(req.path) ? `${language} showroom` : language) ?? html;
  };
}
