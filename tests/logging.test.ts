import { afterAll, beforeAll, expect, it } from 'vitest';
import net, { type AddressInfo } from 'node:net';
import { captureLogs, createTestApp, httpAs, TEST_ADMIN_KEY, type TestApp } from './support/app.ts';

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

it("names an error answer's problem type and the key's id (never the key) on its request's line", async () => {
  const created = await t.http.post('/v1/api-keys').send({ name: 'log analyst', role: 'analyst' });
  expect(created.status).toBe(201);
  const refused = await httpAs(t.app, created.body.key).post('/v1/regions').set('x-request-id', 'log-test-403').send({ code: 'Y97', name: 'x' });
  expect(refused.status).toBe(403);
  const missing = await t.http.get('/v1/organisations/NOPE1').set('x-request-id', 'log-test-404');
  expect(missing.status).toBe(404);
  const line = (id: string) => logs.lines.find((l) => l.clientRequestId === id && l.msg === 'request completed');
  expect(line('log-test-403')).toMatchObject({ statusCode: 403, keyId: created.body.id, problemType: refused.body.type });
  expect(line('log-test-404')).toMatchObject({ statusCode: 404, keyId: 'bootstrap', problemType: missing.body.type });
  expect(JSON.stringify(logs.lines)).not.toContain(created.body.key);
  expect(JSON.stringify(logs.lines)).not.toContain(TEST_ADMIN_KEY);
});

it('never logs or audits a key sent as X-Request-Id', async () => {
  const key = `sr_${'r'.repeat(43)}`;
  const res = await t.http.post('/v1/regions').set('x-request-id', key).send({ code: 'Y98', name: 'Never stored' });
  expect(res.status).toBe(400);
  expect(JSON.stringify(logs.lines)).not.toContain(key);
  const regions = await t.http.get('/v1/regions');
  expect(regions.body.data.map((r: { code: string }) => r.code)).not.toContain('Y98');
});

it('logs a client that cut its upload short as such, never as a database outage or an error', async () => {
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = t.app.server.address() as AddressInfo;
  const before = logs.lines.length;
  await new Promise<void>((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => {
      socket.write(`PUT /v1/organisations/RJ1/returns/2024-25 HTTP/1.1\r\nhost: x\r\nauthorization: Bearer ${TEST_ADMIN_KEY}\r\ncontent-type: application/json\r\ncontent-length: 500\r\n\r\n{"staffWte": 1`);
      setTimeout(() => (socket.destroy(), resolve()), 100);
    });
  });
  await new Promise((resolve) => setTimeout(resolve, 300));
  const written = logs.lines.slice(before);
  expect(written.some((line) => line.msg === 'the client closed the connection before its request was complete' || String(line.msg).startsWith('request aborted'))).toBe(true);
  expect(written.filter((line) => (line.level as number) >= 40)).toEqual([]);
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
