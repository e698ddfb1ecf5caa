import { afterAll, beforeAll, expect, it } from 'vitest';
import { captureLogs, createTestApp, type TestApp } from './support/app.ts';

const logs = captureLogs();
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ logger: logs.logger });
});
afterAll(() => t.close());

it("writes one JSON line per request with the server's request id, the client's beside it, and never the credentials", async () => {
  const secret = 'sr_live_this-must-never-appear-in-logs';
  const res = await t.http.get('/v1').set('authorization', `Bearer ${secret}`).set('x-request-id', 'log-test-1');
  const lines = logs.lines.filter((line) => line.clientRequestId === 'log-test-1');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatchObject({ requestId: res.headers['x-request-id'], method: 'GET', url: '/v1', statusCode: 200, msg: 'request completed' });
  expect(JSON.stringify(logs.lines)).not.toContain(secret);
});

it('never logs a query string: a key sent as ?api_key= stays out of the logs', async () => {
  const key = `sr_${'z'.repeat(43)}`;
  const res = await t.http.get(`/v1/regions?api_key=${key}&limit=5`);
  expect(res.status).toBe(400);
  const line = logs.lines.find((entry) => entry.requestId === res.headers['x-request-id'] && entry.msg === 'request completed');
  expect(line).toMatchObject({ url: '/v1/regions', statusCode: 400 });
  expect(JSON.stringify(logs.lines)).not.toContain(key);
});

it('redacts an Authorization header wherever a log line carries one', () => {
  t.app.log.info({ headers: { authorization: 'Bearer sr_live_redact-me' } }, 'headers');
  const line = logs.lines.find((entry) => entry.msg === 'headers');
  expect(JSON.stringify(line)).not.toContain('redact-me');
  expect(line).toMatchObject({ headers: { authorization: '[redacted]' } });
});
