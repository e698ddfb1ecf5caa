import { connect } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './support/app.ts';
import { startService } from './reliability/support/service.ts';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.drop());

it('on SIGTERM finishes the request in flight, drains with 503s, then refuses new connections and exits 0 within 10 s', async () => {
  const service = await startService({ DATABASE_URL: db.url, LOG_LEVEL: 'info' });
  const port = Number(new URL(service.url).port);

  // A request in flight: headers and half the body sent, the rest only after SIGTERM.
  const socket = connect(port, '127.0.0.1');
  await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  let answer = '';
  socket.on('data', (chunk) => (answer += chunk));
  const body = JSON.stringify({ probe: 'in-flight' });
  socket.write(`POST /v1 HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body.slice(0, 5)}`);
  await new Promise((r) => setTimeout(r, 200));

  const signalledAt = Date.now();
  service.signal('SIGTERM');
  await new Promise((r) => setTimeout(r, 300));
  // Draining: a new request is answered 503 problem+json and its connection closed.
  const draining = await fetch(`http://127.0.0.1:${port}/health/ready`);
  const stillLive = await fetch(`http://127.0.0.1:${port}/health/live`);
  await new Promise((r) => setTimeout(r, 1_200));
  const refused = await fetch(`http://127.0.0.1:${port}/health/live`).then(() => false, () => true);
  socket.end(body.slice(5));
  const code = await service.exited;
  const tookMs = Date.now() - signalledAt;

  expect(answer).toMatch(/^HTTP\/1\.1 404/); // the in-flight request got its full answer
  expect(answer).toContain('application/problem+json');
  expect(draining.status).toBe(503);
  expect(draining.headers.get('content-type')).toContain('application/problem+json');
  expect(draining.headers.get('connection')).toBe('close');
  expect(stillLive.status).toBe(200); // up, just not taking work
  expect(stillLive.headers.get('connection')).toBe('close');
  expect(refused).toBe(true); // after the drain, the listener is closed
  expect(code).toBe(0);
  expect(tookMs).toBeLessThan(10_000);
  expect(service.output()).toContain('shutting down');
});
