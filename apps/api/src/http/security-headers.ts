import type { Request, RequestHandler } from 'express';
import helmet from 'helmet';
import { Config } from '../config';

type Directives = Record<string, string[]>;

/**
 * The SPA's policy. Scripts only from our own origin: the built index.html has no inline script. Styles
 * need 'unsafe-inline': Mantine renders its CSS variables as a <style> element at run time and sets
 * per-component `style` attributes, which no nonce or hash can cover (nonces do not apply to
 * attributes, and index.html is a static file). Product images may be outside https addresses; the logo
 * and image previews before upload are blob: URLs.
 */
function spaDirectives(config: Config): Directives {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:', 'https:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
    // On plain http (a local start) the upgrade would send the SPA's own requests to a port without TLS.
    ...(config.publicUrl.startsWith('https://') ? { 'upgrade-insecure-requests': [] } : {}),
  };
}

/** Showroom pages (/s/...) are also OCI punch-out catalogs: a shop may frame them and takes the basket back as a form POST. */
export function isShowroomPage(req: Request): boolean {
  return req.path === '/s' || req.path.startsWith('/s/');
}

/**
 * Security headers for every response. Routes with a stricter policy of their own (OCI form pages,
 * logos) set their Content-Security-Policy after this and so replace it.
 */
export function securityHeaders(config: Config): RequestHandler {
  const https = config.publicUrl.startsWith('https://');
  const common = {
    // Invitation and password links carry a token in the address: no other site may see it.
    referrerPolicy: { policy: 'no-referrer' as const },
    // Browsers ignore HSTS over http; sending it there only confuses whoever reads the headers.
    strictTransportSecurity: https ? { maxAge: 180 * 24 * 3600 } : false,
  };
  const everywhere = helmet({
    ...common,
    contentSecurityPolicy: { useDefaults: false, directives: spaDirectives(config) },
    xFrameOptions: { action: 'deny' },
  });
  const showroom = helmet({
    ...common,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        ...spaDirectives(config),
        // The basket posts to the shop's HOOK_URL, any http(s) address the shop names.
        'form-action': ["'self'", 'http:', 'https:'],
        'frame-ancestors': config.showroomFrameAncestors,
      },
    },
    // X-Frame-Options cannot name a list of sites; frame-ancestors above decides.
    xFrameOptions: false,
    // A shop that opened the catalog as a pop-up names its own window as the basket's ~TARGET.
    crossOriginOpenerPolicy: false,
  });
  return (req, res, next) => (isShowroomPage(req) ? showroom : everywhere)(req, res, next);
}
