/**
 * Security headers (CSP with scripts only from this origin, nosniff, no X-Powered-By), the Host check
 * (write-access.ts) and a per-IP rate limit. The client IP is the socket's unless TRUST_PROXY names the
 * proxies to believe.
 */
import type { Express } from 'express';
import { rateLimit } from 'express-rate-limit';
import helmet from 'helmet';
import type { Config } from '../../core/config.ts';
import { hostCheck } from './write-access.ts';

export function applySecurity(app: Express, options: Pick<Config, 'trustProxy' | 'rateLimitPerMinute' | 'host' | 'allowedHosts'>): void {
  app.disable('x-powered-by');
  app.set('trust proxy', options.trustProxy === false ? false : options.trustProxy);
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          connectSrc: ["'self'"],
          fontSrc: ["'self'", 'data:'],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
        },
      },
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.use(hostCheck(options));
  app.use(
    '/api',
    rateLimit({
      windowMs: 60_000,
      limit: options.rateLimitPerMinute,
      standardHeaders: 'draft-7',
      legacyHeaders: false,
      // Ignoring X-Forwarded-For without TRUST_PROXY is deliberate, not a misconfiguration to warn about.
      validate: { xForwardedForHeader: false },
      handler: (_req, res) => {
        res.status(429).json({ error: { code: 'RATE_LIMITED', message: 'Too many requests from this address; slow down and retry in a minute.' } });
      },
    }),
  );
}
