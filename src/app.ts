import { randomUUID } from 'node:crypto';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Logger } from 'pino';
import type { Config } from './config.ts';
import { createLogger } from './logger.ts';
import configPlugin from './plugins/config.ts';
import databasePlugin from './plugins/database.ts';
import errorsPlugin, { answerFrameworkError } from './plugins/errors.ts';
import openapiPlugin from './plugins/openapi.ts';
import requestLoggingPlugin from './plugins/request-logging.ts';
import accessPlugin from './plugins/access.ts';
import shutdownPlugin from './plugins/shutdown.ts';
import { answerClientError } from './http/client-errors.ts';
import securityPlugin from './plugins/security.ts';
import auditRoutes from './routes/audit.ts';
import bulkRoutes from './routes/bulk.ts';
import keyRoutes from './routes/keys.ts';
import etagPlugin from './plugins/etag.ts';
import responseCachePlugin from './plugins/response-cache.ts';
import healthRoutes from './routes/health.ts';
import metaRoutes from './routes/meta.ts';
import monitoringRoutes from './routes/monitoring.ts';
import organisationRoutes from './routes/organisations.ts';
import policyRoutes from './routes/policies.ts';
import regionRoutes from './routes/regions.ts';
import returnRoutes from './routes/returns.ts';
import yearRoutes from './routes/years.ts';

export type AppOptions = {
  config: Config;
  /** The logger to use; by default JSON lines on stdout (pretty on a terminal). */
  logger?: Logger;
};

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Builds the whole service as a plugin graph; `src/server.ts` only starts it. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { config } = options;
  const app = Fastify({
    loggerInstance: (options.logger ?? createLogger(config)) as FastifyBaseLogger,
    // One line per request comes from plugins/request-logging.ts instead of Fastify's two.
    logController: new LogController({ disableRequestLogging: true, requestIdLogLabel: 'requestId' }),
    // Take the caller's X-Request-Id when it is a sane token, so logs can be joined up.
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    bodyLimit: config.bodyLimitBytes,
    requestTimeout: config.requestTimeoutMs,
    clientErrorHandler: answerClientError,
    frameworkErrors: answerFrameworkError,
    return503OnClosing: false, // plugins/shutdown.ts answers with problem+json instead
    routerOptions: { maxParamLength: 200, ignoreTrailingSlash: true },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

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
