import { ProxyTracerProvider, trace } from '@opentelemetry/api';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { tracingFor } from '../src/telemetry.ts';
import { createTestApp } from './support/app.ts';

/*
 * Without OTEL_EXPORTER_OTLP_ENDPOINT, tracing is off: no tracer provider is registered, so every
 * OpenTelemetry call in the process is the API's no-op (this file runs in a process of its own).
 */
describe('tracing, when no collector is named', () => {
  it('is off: the service answers, and the global tracer provider stays the no-op one', async () => {
    expect(await tracingFor(loadConfig({}))).toBeUndefined();
    const t = await createTestApp();
    try {
      expect((await t.http.get('/v1/regions')).status).toBe(200);
      const provider = trace.getTracerProvider() as ProxyTracerProvider;
      expect(provider).toBeInstanceOf(ProxyTracerProvider);
      expect(provider.getDelegate().constructor.name).toBe('NoopTracerProvider');
      expect(trace.getActiveSpan()).toBeUndefined();
    } finally {
      await t.close();
    }
  });

  it('reads the collector from OTEL_EXPORTER_OTLP_ENDPOINT, and refuses one that is not an http(s) address', () => {
    expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://otel-collector:4318' })).toMatchObject({ otelEndpoint: 'http://otel-collector:4318', otelServiceName: 'staff-ratio-api' });
    expect(() => loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'otel-collector' })).toThrow(/OTEL_EXPORTER_OTLP_ENDPOINT/);
  });

  it('is on once a collector is named, sending its spans there over OTLP/HTTP', async () => {
    const received: string[] = [];
    const collector = createServer((request, response) => {
      received.push(`${request.method} ${request.url}`);
      request.resume();
      request.on('end', () => response.writeHead(200, { 'content-type': 'application/json' }).end('{}'));
    });
    await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
    const { port } = collector.address() as AddressInfo;
    const tracing = await tracingFor({ otelEndpoint: `http://127.0.0.1:${port}`, otelServiceName: 'staff-ratio-test' });
    expect(tracing).toBeDefined();
    const t = await createTestApp({ tracing });
    try {
      expect((await t.http.get('/v1/regions')).status).toBe(200);
    } finally {
      await t.close();
      await tracing!.shutdown(); // flushes the batch
      collector.close();
    }
    expect(received).toContain('POST /v1/traces');
  });

  it('never holds up the shutdown for a collector that does not answer: spans not sent in 2 s are dropped', async () => {
    const collector = createServer(() => undefined); // accepts, never answers
    await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
    const { port } = collector.address() as AddressInfo;
    const tracing = (await tracingFor({ otelEndpoint: `http://127.0.0.1:${port}`, otelServiceName: 'staff-ratio-test' }))!;
    const t = await createTestApp({ tracing });
    try {
      expect((await t.http.get('/v1/regions')).status).toBe(200);
    } finally {
      await t.close();
    }
    const started = Date.now();
    await tracing.shutdown();
    expect(Date.now() - started).toBeLessThan(3_000);
    collector.closeAllConnections();
    collector.close();
  });
});
