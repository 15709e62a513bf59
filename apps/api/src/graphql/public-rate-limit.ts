import type { Request, Response, RequestHandler } from 'express';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

/**
 * A brake on anonymous traffic (the public showroom and OCI calls), per client address. Counted in
 * memory, per instance: a shared counter would cost a database write for every public read. The one
 * public write, the lead form, has its own shared limit in PostgreSQL.
 */
export function publicRateLimit(requestsPerMinute: number): (exempt: (req: Request, res: Response) => boolean) => RequestHandler {
  const limiter = new RateLimiterMemory({ points: requestsPerMinute, duration: 60 });
  return (exempt) => (req, res, next) => {
    if (exempt(req, res)) return next();
    limiter.consume(req.ip ?? 'unknown').then(
      () => next(),
      (rejection: RateLimiterRes) => {
        const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
        res.setHeader('Retry-After', String(seconds));
        res.status(429).json({
          errors: [{ message: `Too many requests; try again in ${seconds} seconds`, extensions: { code: 'LIMIT_EXCEEDED', retryAfterSeconds: seconds } }],
        });
      },
    );
  };
}
