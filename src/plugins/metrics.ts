import { createHash, timingSafeEqual } from 'node:crypto';
import fp from 'fastify-plugin';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { z } from 'zod';
import { unauthorized } from '../errors/problem.ts';
import { problemResponses } from '../http/problem-schema.ts';

/*
 * GET /metrics in Prometheus's text format (prom-client): requests and their latency by route
 * and status, the database pool, the response cache, the returns stored, and Node's own process
 * metrics. Who: anyone, unless METRICS_TOKEN is set, then only `Authorization: Bearer <token>`
 * (401 otherwise). It reveals counts and timings, never a figure or a key.
 */

type Options = { countStored: () => Promise<{ returns: number; revisions: number }> };

const digest = (text: string) => createHash('sha256').update(text).digest();

export default fp<Options>(
  async (app, options) => {
    // A registry per app: tests build many apps in one process, each with its own counts.
    const registry = new Registry();
    collectDefaultMetrics({ register: registry });
    const labelNames = ['method', 'route', 'status_code'] as const;
    const requests = new Counter({ name: 'http_requests_total', help: 'HTTP requests answered, by route template and status', labelNames, registers: [registry] });
    const duration = new Histogram({
      name: 'http_request_duration_seconds', help: 'Time to answer an HTTP request, by route template and status', labelNames,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10], registers: [registry],
    });
    const cacheLookups = new Counter({ name: 'staff_ratio_response_cache_lookups_total', help: 'Cacheable reads, answered from the response cache (hit) or computed (miss)', labelNames: ['result'], registers: [registry] });
    const { pool } = app.db;
    new Gauge({
      name: 'staff_ratio_db_pool_connections', help: 'Database pool connections: in use, idle, and requests waiting for one', labelNames: ['state'], registers: [registry],
      collect() {
        this.set({ state: 'in_use' }, pool.totalCount - pool.idleCount);
        this.set({ state: 'idle' }, pool.idleCount);
        this.set({ state: 'waiting' }, pool.waitingCount);
      },
    });
    // Read from the database when scraped, so every instance behind one database reports the same;
    // at most once in 10 s, whoever scrapes and however often (a flood of scrapes must not take
    // the pool from the service).
    let counted: { at: number; counts: Promise<{ returns: number; revisions: number } | null> } | undefined;
    const countStored = () => {
      if (!counted || Date.now() - counted.at > 10_000) counted = { at: Date.now(), counts: options.countStored().catch(() => null) };
      return counted.counts;
    };
    new Gauge({ name: 'staff_ratio_returns_stored', help: 'Returns stored (one per organisation and year), and their revisions', labelNames: ['kind'], registers: [registry],
      async collect() {
        const counts = await countStored();
        if (!counts) return;
        this.set({ kind: 'returns' }, counts.returns);
        this.set({ kind: 'revisions' }, counts.revisions);
      },
    });

    app.addHook('onResponse', async (request, reply) => {
      // The route's template (/v1/organisations/:odsCode), never the raw path: bounded labels.
      const labels = { method: request.method, route: request.routeOptions.url ?? 'unmatched', status_code: String(reply.statusCode) };
      requests.inc(labels);
      duration.observe(labels, reply.elapsedTime / 1000);
      if (request.cacheSlot) cacheLookups.inc({ result: request.cacheSlot.hit ? 'hit' : 'miss' });
    });

    const token = app.config.metricsToken ? digest(app.config.metricsToken) : null;
    app.get(
      '/metrics',
      {
        config: { access: 'public' },
        schema: {
          tags: ['service'],
          operationId: 'getMetrics',
          summary: "The service's metrics in Prometheus's text format",
          description: 'Requests and latency by route and status, the database pool, response cache hits and misses, returns stored, and the process. With METRICS_TOKEN set, needs `Authorization: Bearer <METRICS_TOKEN>`.',
          // METRICS_TOKEN is not an API key: the description says how to send it.
          security: [],
          response: { 200: z.string().describe('text/plain; version=0.0.4'), ...(app.config.metricsToken ? problemResponses(401) : {}) },
        },
      },
      async (request, reply) => {
        if (token) {
          const sent = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '')?.[1];
          if (!sent || !timingSafeEqual(digest(sent), token)) throw unauthorized('The metrics need Authorization: Bearer <METRICS_TOKEN>.');
        }
        return reply.header('cache-control', 'no-store').type(registry.contentType)
          .serializer((payload: unknown) => payload as string).send(await registry.metrics());
      },
    );
  },
  { name: 'metrics', dependencies: ['config', 'database', 'response-cache'] },
);
