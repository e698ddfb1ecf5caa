import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTracing, type Tracing } from '../src/telemetry.ts';
import { createTestApp, type TestApp } from './support/app.ts';

/*
 * Tracing, with an in-memory exporter in place of the OTLP collector: one trace per request, the
 * request's span at its root, and every SQL statement it ran in a span under it.
 */

const exporter = new InMemorySpanExporter();
let tracing: Tracing;
let t: TestApp;
beforeAll(async () => {
  tracing = await startTracing({ serviceName: 'staff-ratio-test', exporter });
  t = await createTestApp({ tracing });
});
afterAll(async () => {
  await t.close();
  await tracing.shutdown();
});

const isSql = (span: ReadableSpan) => span.attributes['db.system'] === 'postgresql' || span.attributes['db.system.name'] === 'postgresql';
const parentOf = (span: ReadableSpan) => span.parentSpanContext?.spanId;

/** The spans of one trace, and whether `span` descends from `ancestor` within it. */
function descends(spans: ReadableSpan[], span: ReadableSpan, ancestor: ReadableSpan): boolean {
  for (let current: ReadableSpan | undefined = span; current; current = spans.find((s) => s.spanContext().spanId === parentOf(current!))) {
    if (current.spanContext().spanId === ancestor.spanContext().spanId) return true;
  }
  return false;
}

describe('tracing', () => {
  it('makes one trace per request, with the SQL spans under its request span', async () => {
    exporter.reset();
    expect((await t.http.post('/v1/regions').send({ code: 'Y99', name: 'Traced region' })).status).toBe(201);
    expect((await t.http.get('/v1/organisations?limit=5')).status).toBe(200);
    const spans = exporter.getFinishedSpans();
    const traces = new Map<string, ReadableSpan[]>();
    for (const span of spans) traces.set(span.spanContext().traceId, [...(traces.get(span.spanContext().traceId) ?? []), span]);
    expect(traces.size).toBe(2);
    for (const trace of traces.values()) {
      const roots = trace.filter((span) => !parentOf(span));
      expect(roots).toHaveLength(1);
      const root = roots[0]!;
      expect(root.attributes['http.request.method'] ?? root.attributes['http.method']).toMatch(/GET|POST/);
      const sql = trace.filter(isSql);
      expect(sql.length).toBeGreaterThan(0);
      for (const statement of sql) expect(descends(trace, statement, root), `${statement.name} under ${root.name}`).toBe(true);
    }
    // Named as the service, with a span for each handler (the plugin is registered before the routes).
    expect(spans.every((span) => span.resource.attributes['service.name'] === 'staff-ratio-test')).toBe(true);
    expect(spans.some((span) => span.name.startsWith('handler - ') && span.attributes['http.route'] === '/v1/organisations')).toBe(true);
    // No span per lifecycle hook: they cost more than they told.
    expect(spans.filter((span) => /^(onRequest|preParsing|preValidation|preHandler|preSerialization|onSend|onResponse)\b/.test(span.name))).toEqual([]);
    // The insert is among the POST's statements, with its text.
    const statements = spans.filter(isSql).map((span) => String(span.attributes['db.statement'] ?? span.attributes['db.query.text'] ?? ''));
    expect(statements.some((text) => /INSERT INTO (\S+\.)?"?regions"?/i.test(text))).toBe(true);
  });

  it('makes no SQL span outside a request (a statement of its own is not traced as a trace of its own)', async () => {
    exporter.reset();
    await t.app.db.pool.query('SELECT 1');
    expect(exporter.getFinishedSpans().filter(isSql)).toHaveLength(0);
  });
});
