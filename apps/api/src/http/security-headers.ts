import type { Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';
import { Config } from '../config';

type Directives = Record<string, string[]>;

/**
 * The SPA's policy. Scripts only from our own origin: the built index.html has no inline script. Styles
 * need 'unsafe-inline': Mantine renders its CSS variables as a <style> element at run time and sets
 * per-component `style` attributes, which no nonce or hash can cover (nonces do not apply to
 * attributes, and index.html is a static file). Product images may be outside https addresses; the logo
 * and image previews before upload are blob: URLs. The analysts' workbench (GraphiQL's Monaco editors) needs
 * nothing more: its workers are built files of our own origin, which worker-src takes from script-src 'self';
 * its styles are <style> elements ('unsafe-inline' above) and its icon font a file of ours.
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
function isShowroomPage(req: Request): boolean {
  return req.path === '/s' || req.path.startsWith('/s/');
}

/** The two policies: the SPA's everywhere, and the showroom pages' framable one. */
function policies(config: Config): { everywhere: RequestHandler; showroom: RequestHandler } {
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
  return { everywhere, showroom };
}

/**
 * Security headers for every response. Routes with a stricter policy of their own (OCI form pages,
 * logos) set their Content-Security-Policy after this and so replace it.
 */
export function securityHeaders(config: Config): RequestHandler {
  const { everywhere, showroom } = policies(config);
  return (req, res, next) => (isShowroomPage(req) ? showroom : everywhere)(req, res, next);
}

/**
 * The headers helmet sets with the SPA's policy, recorded once at start: the GraphQL endpoint sets them
 * itself in one go instead of running helmet's dozen middlewares on every request. Helmet's policies
 * here depend only on the configuration, never on the request, so one recording holds for all.
 */
export function recordedSecurityHeaders(config: Config): ReadonlyArray<readonly [string, string]> {
  const headers = new Map<string, string>();
  const recorder = {
    setHeader: (name: string, value: string) => headers.set(name, value),
    removeHeader: (name: string) => headers.delete(name),
  };
  let done = false;
  policies(config).everywhere({} as Request, recorder as unknown as Response, (err?: unknown) => {
    if (err) throw err;
    done = true;
  });
  if (!done) throw new Error('helmet did not set its headers synchronously; the GraphQL endpoint cannot record them');
  return [...headers];
}
