import { randomUUID } from 'node:crypto';
import Fastify, { LogController } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createLogger } from "./logger.js";
import configPlugin from "./plugins/config.js";
import databasePlugin from "./plugins/database.js";
import errorsPlugin, { answerFrameworkError } from "./plugins/errors.js";
import openapiPlugin from "./plugins/openapi.js";
import requestLoggingPlugin from "./plugins/request-logging.js";
import accessPlugin from "./plugins/access.js";
import shutdownPlugin from "./plugins/shutdown.js";
import { answerClientError } from "./http/client-errors.js";
import { decodeUtf8, parseJsonBody } from "./http/json-body.js";
import { todayUtc } from "./domain/years.js";
import securityPlugin from "./plugins/security.js";
import auditRoutes from "./routes/audit.js";
import bulkRoutes from "./routes/bulk.js";
import keyRoutes from "./routes/keys.js";
import etagPlugin from "./plugins/etag.js";
import responseCachePlugin from "./plugins/response-cache.js";
import healthRoutes from "./routes/health.js";
import metaRoutes from "./routes/meta.js";
import monitoringRoutes from "./routes/monitoring.js";
import organisationRoutes from "./routes/organisations.js";
import policyRoutes from "./routes/policies.js";
import regionRoutes from "./routes/regions.js";
import returnRoutes from "./routes/returns.js";
import yearRoutes from "./routes/years.js";
/** Builds the whole service as a plugin graph; `src/server.ts` only starts it. */
export async function buildApp(options) {
    const { config } = options;
    const app = Fastify({
        loggerInstance: (options.logger ?? createLogger(config)),
        // One line per request comes from plugins/request-logging.ts instead of Fastify's two.
        logController: new LogController({ disableRequestLogging: true, requestIdLogLabel: 'requestId' }),
        // The server makes every request id (the audit trail names requests by it); the caller's
        // own X-Request-Id is kept beside it (plugins/request-logging.ts).
        genReqId: () => randomUUID(),
        bodyLimit: config.bodyLimitBytes,
        // Slow clients: headers must arrive within headersTimeoutMs and the whole request within
        // requestTimeoutMs, checked every second (Node's default check runs every 30 s, which let a
        // trickled body hold a socket for 75 s against a 30 s limit).
        requestTimeout: config.requestTimeoutMs,
        keepAliveTimeout: config.keepAliveTimeoutMs,
        http: { headersTimeout: config.headersTimeoutMs, requestTimeout: config.requestTimeoutMs, connectionsCheckingInterval: 1_000 },
        clientErrorHandler: answerClientError,
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
    app.addContentTypeParser('application/json', { parseAs: 'buffer' }, async (_request, body) => parseJsonBody(decodeUtf8(body)));
    // Unknown query parameters are refused on every API route (400 naming them): a misspelt
    // `dryRun` must never write, and a misspelt filter must never answer unfiltered figures.
    app.addHook('onRoute', (route) => {
        if (route.url.startsWith('/docs'))
            return;
        const query = route.schema?.querystring;
        if (query === undefined)
            route.schema = { ...route.schema, querystring: z.object({}).strict() };
        else if (query instanceof z.ZodObject)
            route.schema = { ...route.schema, querystring: query.strict() };
    });
    await app.register(configPlugin, { config });
    await app.register(requestLoggingPlugin);
    await app.register(errorsPlugin);
    await app.register(shutdownPlugin);
    await app.register(securityPlugin);
    await app.register(databasePlugin);
    await app.register(openapiPlugin);
    await app.register(accessPlugin);
    await app.register(etagPlugin);
    await app.register(responseCachePlugin);
    await app.register(healthRoutes);
    await app.register(metaRoutes);
    await app.register(regionRoutes);
    await app.register(organisationRoutes);
    await app.register(policyRoutes);
    await app.register(yearRoutes);
    await app.register(returnRoutes);
    await app.register(bulkRoutes);
    await app.register(monitoringRoutes);
    await app.register(keyRoutes);
    await app.register(auditRoutes);
    return app;
}
//# sourceMappingURL=app.js.map