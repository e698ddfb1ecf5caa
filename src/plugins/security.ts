import { createHash } from 'node:crypto';
import fp from 'fastify-plugin';
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import { HttpProblem, problemTypes } from '../errors/problem.ts';

/**
 * Security headers, CORS for the configured dashboard origins, and a request budget per API key
 * (per address for calls without one), answered with 429, Retry-After and RateLimit-* headers.
 */
export default fp(
  async (app) => {
    await app.register(helmet, {
      // The API serves JSON; only the docs page needs scripts, and it sends its own policy.
      contentSecurityPolicy: { directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
      crossOriginResourcePolicy: { policy: 'same-site' },
    });
    await app.register(cors, {
      origin: app.config.corsOrigins.length ? app.config.corsOrigins : false,
      methods: ['GET', 'HEAD', 'PUT', 'POST', 'PATCH', 'DELETE'],
      allowedHeaders: ['Authorization', 'Content-Type', 'If-Match', 'If-None-Match', 'Idempotency-Key', 'X-Request-Id'],
      exposedHeaders: ['ETag', 'Location', 'Retry-After', 'X-Request-Id', 'X-Total-Count', 'RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset'],
      maxAge: 600,
    });
    await app.register(rateLimit, {
      max: app.config.rateLimitPerMinute,
      timeWindow: 60_000,
      enableDraftSpec: true,
      keyGenerator: (request) => {
        const header = request.headers.authorization;
        return header ? `key:${createHash('sha256').update(header).digest('base64url').slice(0, 22)}` : `ip:${request.ip}`;
      },
      allowList: (request) => request.url.startsWith('/health/'),
      errorResponseBuilder: (_request, context) =>
        new HttpProblem({
          status: 429,
          type: problemTypes.tooManyRequests,
          title: 'Too many requests',
          detail: `More than ${context.max} requests in a minute; try again in ${Math.ceil(context.ttl / 1000)} s.`,
        }),
    });
  },
  { name: 'security', dependencies: ['config'] },
);
