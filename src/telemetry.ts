import { createRequire } from 'node:module';
import type { FastifyPluginCallback } from 'fastify';
import type { SpanExporter } from '@opentelemetry/sdk-trace-base';
import pg from 'pg';
import type { Config } from './config.ts';

/*
 * OpenTelemetry tracing, on only when OTEL_EXPORTER_OTLP_ENDPOINT is set (or a test gives an
 * exporter): one trace per request from Fastify's own plugin (@fastify/otel), with a span for
 * every SQL statement under it (@opentelemetry/instrumentation-pg). Off, nothing of the SDK is
 * even loaded: the service runs as if it were not here.
 */

export type Tracing = { plugin: () => FastifyPluginCallback; shutdown: () => Promise<void> };

/** Tracing for this configuration: on only when a collector is named. */
export async function tracingFor(config: Pick<Config, 'otelEndpoint' | 'otelServiceName'>): Promise<Tracing | undefined> {
  return config.otelEndpoint ? startTracing({ serviceName: config.otelServiceName, endpoint: config.otelEndpoint }) : undefined;
}

export async function startTracing(options: { serviceName: string; endpoint?: string; exporter?: SpanExporter }): Promise<Tracing> {
  const [{ NodeTracerProvider }, { BatchSpanProcessor, SimpleSpanProcessor }, { resourceFromAttributes }, { PgInstrumentation }, { FastifyOtelInstrumentation }] = await Promise.all([
    import('@opentelemetry/sdk-trace-node'),
    import('@opentelemetry/sdk-trace-base'),
    import('@opentelemetry/resources'),
    import('@opentelemetry/instrumentation-pg'),
    import('@fastify/otel'),
  ]);
  // OTLP/HTTP: traces go to <endpoint>/v1/traces, as the OTEL_EXPORTER_OTLP_ENDPOINT convention has it.
  const exporter = options.exporter ?? new (await import('@opentelemetry/exporter-trace-otlp-http')).OTLPTraceExporter(
    { ...(options.endpoint ? { url: `${options.endpoint.replace(/\/+$/, '')}/v1/traces` } : {}), timeoutMillis: 2_000 },
  );
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': options.serviceName }),
    // A test's exporter sees each span as it ends; the OTLP one gets them in batches.
    spanProcessors: [options.exporter ? new SimpleSpanProcessor(exporter) : new BatchSpanProcessor(exporter)],
  });
  // The global provider, and the context manager that carries a request's span into its SQL.
  provider.register();

  // The pg instrumentation patches pg when it is required; pg is imported here as an ES module
  // (and may be loaded already), so its patches are applied to the loaded module directly.
  const pgInstrumentation = new PgInstrumentation({ enabled: false, requireParentSpan: true });
  pgInstrumentation.setTracerProvider(provider);
  const require = createRequire(import.meta.url);
  for (const definition of pgInstrumentation.getModuleDefinitions()) {
    if (definition.name === 'pg') definition.patch?.(pg);
    if (definition.name === 'pg-pool') definition.patch?.(require('pg-pool'));
  }

  // Enabled, or its plugin traces nothing; it patches nothing itself (registerOnInitialization is
  // off). A span for the request and one for its handler: a span for each of the ~17 hooks a
  // request passes through cost more than half the throughput of a light read, and said little.
  const fastifyOtel = new FastifyOtelInstrumentation({ instrumentHooks: false });
  fastifyOtel.setTracerProvider(provider);
  return {
    plugin: () => fastifyOtel.plugin() as FastifyPluginCallback,
    // A collector that is slow or gone must not hold up the service's own shutdown: the spans
    // not sent within 2 s are dropped.
    shutdown: () => Promise.race([provider.shutdown().catch(() => undefined), new Promise<void>((resolve) => setTimeout(resolve, 2_000).unref())]),
  };
}
