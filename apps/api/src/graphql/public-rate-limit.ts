import type { Request, Response, RequestHandler } from 'express';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

/**
 * A brake on anonymous traffic (the public showroom and OCI calls), per client address. Counted in
 * memory, per instance: a shared counter would cost a database write for every public read. The one
 * public write, the lead form, has its own shared limit in PostgreSQL.
 */
export interface PublicLimit {
  /** Middleware counting every request that `exempt` does not spare. */
  (exempt: (req: Request, res: Response) => boolean): RequestHandler;
  /** Counts one request; false once it has answered 429 (for handlers outside the middleware chain). */
  admit(req: Request, res: Response): Promise<boolean>;
}

export function publicRateLimit(requestsPerMinute: number): PublicLimit {
  const limiter = new RateLimiterMemory({ points: requestsPerMinute, duration: 60 });
  const admit = (req: Request, res: Response): Promise<boolean> =>
    limiter.consume(req.ip ?? 'unknown').then(
      () => true,
      (rejection: RateLimiterRes) => {
        const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
        res.setHeader('Retry-After', String(seconds));
        res.status(429).json({
          errors: [{ message: `Too many requests; try again in ${seconds} seconds`, extensions: { code: 'LIMIT_EXCEEDED', retryAfterSeconds: seconds } }],
        });
        return false;
      },
    );
  const middleware = (exempt: (req: Request, res: Response) => boolean): RequestHandler => (req, res, next) => {
    if (exempt(req, res)) return next();
    void admit(req, res).then((admitted) => admitted && next());
  };
  return Object.assign(middleware, { admit });
}
