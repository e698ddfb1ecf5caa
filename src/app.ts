import { randomUUID } from 'node:crypto';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { Config } from './config.ts';
import type { Tracing } from './telemetry.ts';
import { createLogger } from './logger.ts';
import configPlugin from './plugins/config.ts';
import databasePlugin from './plugins/database.ts';
import errorsPlugin, { answerFrameworkError } from './plugins/errors.ts';
import openapiPlugin from './plugins/openapi.ts';
import requestLoggingPlugin from './plugins/request-logging.ts';
import accessPlugin from './plugins/access.ts';
import { findActorByKeyHash } from './modules/access/service.ts';
import shutdownPlugin from './plugins/shutdown.ts';
import { clientErrorAnswerer } from './http/client-errors.ts';
import problemRoutes from './modules/service/problems.routes.ts';
import metricsPlugin from './plugins/metrics.ts';
import { decodeUtf8, parseJsonBody } from './http/json-body.ts';
import { todayUtc } from './domain/years.ts';
import securityPlugin from './plugins/security.ts';
import auditRoutes from './modules/access/audit.routes.ts';
import bulkRoutes from './modules/returns/bulk.routes.ts';
import keyRoutes from './modules/access/keys.routes.ts';
import etagPlugin from './plugins/etag.ts';
import responseCachePlugin from './plugins/response-cache.ts';
import healthRoutes from './modules/service/health.routes.ts';
import metaRoutes from './modules/service/meta.routes.ts';
import monitoringRoutes, { progressRoutes } from './modules/monitoring/routes.ts';
import analysisRoutes from './modules/analysis/routes.ts';
import pageRoutes, { reportRoutes } from './modules/pages/routes.ts';
import chartRoutes from './modules/charts/routes.ts';
import organisationRoutes from './modules/reference/organisations.routes.ts';
import policyRoutes from './modules/policies/routes.ts';
import regionRoutes from './modules/reference/regions.routes.ts';
import returnRoutes from './modules/returns/routes.ts';
import { countStored } from './modules/returns/service.ts';
import approvalRoutes from './modules/returns/approvals.routes.ts';
import publicationRoutes from './modules/publications/routes.ts';
import libraryServiceRoutes from './modules/library-services/routes.ts';
import { writeServiceRows } from './modules/library-services/service.ts';
import yearRoutes from './modules/years/routes.ts';

export type AppOptions = {
  config: Config;
  /** The logger to use; by default JSON lines on stdout (pretty on a terminal). */
  logger?: Logger;
  /** What time it is: the system clock unless a test fixes it (window rules depend on today). */
  clock?: () => Date;
  /** OpenTelemetry tracing (src/telemetry.ts), when it is on: its Fastify plugin goes first. */
  tracing?: Tracing;
};

declare module 'fastify' {
  interface FastifyInstance {
    /** Today's date (UTC), YYYY-MM-DD, from the app's clock. */
    today(): string;
  }
}

/** Builds the whole service as a plugin graph; `src/server.ts` only starts it. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { config } = options;
  const app = Fastify({
    loggerInstance: (options.logger ?? createLogger(config)) as FastifyBaseLogger,
    // One line per request comes from plugins/request-logging.ts instead of Fastify's two.
    logController: new LogController({ disableRequestLogging: true, requestIdLogLabel: 'requestId' }),
    // The server makes every request id (the audit trail names requests by it); the caller's
    // own X-Request-Id is kept beside it (plugins/request-logging.ts).
    genReqId: () => randomUUID(),
    bodyLimit: config.bodyLimitBytes,
    // A number of hops is read by Fastify at run time but not typed: the same, as a function.
    trustProxy: typeof config.trustProxy === 'number' ? trustHops(config.trustProxy) : config.trustProxy,
    // Slow clients: headers must arrive within headersTimeoutMs and the whole request within
    // requestTimeoutMs, checked every second (Node's default check runs every 30 s, which let a
    // trickled body hold a socket for 75 s against a 30 s limit).
    requestTimeout: config.requestTimeoutMs,
    keepAliveTimeout: config.keepAliveTimeoutMs,
    http: { headersTimeout: config.headersTimeoutMs, requestTimeout: config.requestTimeoutMs, connectionsCheckingInterval: 1_000 },
    clientErrorHandler: clientErrorAnswerer(config.publicUrl),
    frameworkErrors: answerFrameworkError,
    return503OnClosing: false, // plugins/shutdown.ts answers with problem+json instead
    routerOptions: { maxParamLength: 200, ignoreTrailingSlash: true },
  });
  // More connections than this are refused at once (each one costs memory and a socket).
  app.server.maxConnections = config.maxConnections;
  const clock = options.clock ?? (() => new Date());
  app.decorate('today', () => todayUtc(clock()));
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // Numbers are read from the body's text (a WTE of 1000.1000000000000001 must be refused, not
  // rounded to 1000.1) and prototype-poisoning keys are refused, as Fastify's parser does.
  // Bodies are JSON (or CSV where a route says so): plain text is 415, not a confusing 400.
  app.removeContentTypeParser('text/plain');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, async (_request: unknown, body: string | Buffer) =>
    parseJsonBody(decodeUtf8(body as Buffer)),
  );

  // Unknown query parameters are refused on every API route (400 naming them): a misspelt
  // `dryRun` must never write, and a misspelt filter must never answer unfiltered figures.
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/docs')) return;
    const query = route.schema?.querystring;
    if (query === undefined) route.schema = { ...route.schema, querystring: z.object({}).strict() };
    else if (query instanceof z.ZodObject) route.schema = { ...route.schema, querystring: query.strict() };
  });

  // Before every other plugin and route, so that each is traced.
  if (options.tracing) await app.register(options.tracing.plugin());
  await app.register(configPlugin, { config });
  await app.register(requestLoggingPlugin);
  await app.register(errorsPlugin);
  await app.register(shutdownPlugin);
  await app.register(securityPlugin);
  await app.register(databasePlugin);
  await app.register(openapiPlugin);
  // The access check is cross-cutting; the key lookup it needs is the access module's.
  await app.register(accessPlugin, { findActor: (hash) => findActorByKeyHash(app.db.pool, hash) });
  await app.register(etagPlugin);
  await app.register(responseCachePlugin);
  await app.register(metricsPlugin, { countStored: () => countStored(app.db.pool) });

  await app.register(healthRoutes);
  await app.register(problemRoutes);
  await app.register(pageRoutes);
  // The API under /v1, written once: each module's routes are relative to it.
  await app.register(async (v1) => {
    await v1.register(metaRoutes);
    await v1.register(regionRoutes);
    await v1.register(organisationRoutes);
    await v1.register(policyRoutes);
    await v1.register(yearRoutes);
    await v1.register(returnRoutes);
    await v1.register(approvalRoutes);
    // Files may carry library services' rows: the library services module writes them.
    await v1.register(bulkRoutes, { serviceRows: writeServiceRows });
    await v1.register(monitoringRoutes);
    await v1.register(progressRoutes);
    await v1.register(analysisRoutes);
    await v1.register(chartRoutes);
    await v1.register(reportRoutes);
    await v1.register(publicationRoutes);
    await v1.register(libraryServiceRoutes);
    await v1.register(keyRoutes);
    await v1.register(auditRoutes);
  }, { prefix: '/v1' });

  return app;
}

function trustHops(hops: number) {
  return (_address: string, hop: number) => hop < hops;
}
