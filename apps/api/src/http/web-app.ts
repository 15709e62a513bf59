import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { Router } from 'express';
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
  router.get(/^(?!\/(graphql|images|showroom-logos|assets)\b).*/, (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexHtml);
  });
  return router;
}
