import { ProxyTracerProvider, trace } from '@opentelemetry/api';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { createTestApp } from './support/app.ts';

/*
 * Without OTEL_EXPORTER_OTLP_ENDPOINT, tracing is off: no tracer provider is registered, so every
 * OpenTelemetry call in the process is the API's no-op (this file runs in a process of its own).
 */
describe('tracing, when no collector is named', () => {
  it('is off: the service answers, and the global tracer provider stays the no-op one', async () => {
    expect(loadConfig({}).otelEndpoint).toBeUndefined();
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
});
