import fp from 'fastify-plugin';
import type { FastifyRequest } from 'fastify';
import cors from '@fastify/cors';
import helmet from 'helmet';
import rateLimit from '@fastify/rate-limit';
import type { Actor } from './access.ts';
import { tooManyRequests } from '../errors/problem.ts';
import { ConcurrencyLimit } from '../http/concurrency.ts';
import { wantsCsv } from '../http/lists.ts';

/**
 * Security headers, CORS for the configured dashboard origins, and a request budget per API key
 * (per address for calls without one), answered with 429, Retry-After and RateLimit-* headers.
 */
export default fp(
  async (app) => {
    // helmet's own middleware, built once: @fastify/helmet rebuilds it (and re-parses the policy)
    // on every request, which cost about 7% of the CPU of a cached read.
    const securityHeaders = helmet({
      // The API serves JSON; only the docs page needs scripts, and it sends its own policy.
      contentSecurityPolicy: { directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
      crossOriginResourcePolicy: { policy: 'same-site' },
    });
    app.addHook('onRequest', (request, reply, done) => {
      securityHeaders(request.raw, reply.raw, (error) => done(error as Error | undefined));
    });
    await app.register(cors, {
      origin: app.config.corsOrigins.length ? app.config.corsOrigins : false,
      methods: ['GET', 'HEAD', 'PUT', 'POST', 'PATCH', 'DELETE'],
      allowedHeaders: ['Authorization', 'Content-Type', 'If-Match', 'If-None-Match', 'Idempotency-Key', 'X-Request-Id'],
      exposedHeaders: ['ETag', 'Location', 'Retry-After', 'X-Request-Id', 'X-Total-Count', 'RateLimit', 'RateLimit-Policy'],
      maxAge: 600,
    });
    await app.register(rateLimit, {
      max: app.config.rateLimitPerMinute,
      timeWindow: 60_000,
      enableDraftSpec: true,
      // A route-level hook, so it runs after the access check has named the caller's key.
      keyGenerator: (request) => {
        const actor = request.actor as Actor | null;
        if (actor?.keyId) return `key:${actor.keyId}`;
        if (actor?.role === 'admin') return 'key:bootstrap-admin';
        return `ip:${request.ip}`;
      },
      // Health checks and scrapes come from the platform, often: never limited.
      allowList: (request) => request.url.startsWith('/health/') || request.routeOptions.url === '/metrics',
      errorResponseBuilder: (_request, context) =>
        tooManyRequests(`More than ${context.max} requests in a minute; try again in ${Math.ceil(context.ttl / 1000)} s.`),
    });
    // Table files (CSV, XLSX) of whole lists are the heaviest reads: a few at once per caller and
    // overall, 429 beyond, so that a burst of exports cannot starve everyone else. Answers the
    // response cache already holds are served before this (preValidation) and cost nothing.
    const files = new ConcurrencyLimit(2, 4, { one: 'table file', many: 'table files' });
    app.addHook('preHandler', async (request, reply) => {
      if (request.method !== 'GET' || !wantsTableFile(request)) return;
      const actor = request.actor as Actor | null;
      const release = files.acquire(actor?.keyId ? `key:${actor.keyId}` : actor?.role === 'admin' && request.keyed ? 'key:bootstrap-admin' : `ip:${request.ip}`);
      reply.raw.once('close', release);
    });

    // The plugin writes an older draft's RateLimit-Limit/-Remaining/-Reset; the current IETF draft
    // (draft-ietf-httpapi-ratelimit-headers-10/11) names a policy and gives its state in two fields.
    const policy = `"per-minute";q=${app.config.rateLimitPerMinute};w=60`;
    app.addHook('onSend', async (_request, reply, payload) => {
      const remaining = reply.getHeader('ratelimit-remaining');
      if (remaining === undefined) return payload;
      const reset = reply.getHeader('ratelimit-reset');
      reply.removeHeader('ratelimit-limit');
      reply.removeHeader('ratelimit-remaining');
      reply.removeHeader('ratelimit-reset');
      void reply.header('ratelimit-policy', policy).header('ratelimit', `"per-minute";r=${String(remaining)};t=${String(reset ?? 60)}`);
      return payload;
    });
  },
  { name: 'security', dependencies: ['config'] },
);

/** A CSV or XLSX answer: `?format=`, Accept: text/csv, or a chart's table (`/v1/charts/x.csv`). */
function wantsTableFile(request: FastifyRequest): boolean {
  if (/^\/v1\/charts\/[a-z]+\.(csv|xlsx)(\?|$)/.test(request.url)) return true;
  if (!request.routeOptions.schema?.querystring) return false;
  return wantsCsv(request, (request.query as { format?: string } | undefined)?.format);
}
