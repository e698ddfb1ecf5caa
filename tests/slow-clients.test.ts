import net, { type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_ADMIN_KEY, type TestApp } from './support/app.ts';

/*
 * A client that trickles its request, or opens connection after connection, holds sockets and
 * memory: the service bounds both (HEADERS_TIMEOUT_MS, REQUEST_TIMEOUT_MS, MAX_CONNECTIONS).
 */

let t: TestApp;
let port = 0;
beforeAll(async () => {
  t = await createTestApp({ config: { headersTimeoutMs: 1_000, requestTimeoutMs: 2_000, maxConnections: 5 } });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  port = (t.app.server.address() as AddressInfo).port;
});
afterAll(() => t.close());

/** Writes `head` then one byte of `trickle` every `everyMs` until the server closes the socket. */
function trickle(head: string, trickleText: string, everyMs: number): Promise<{ closedAfterMs: number; answer: string }> {
  return new Promise((resolve) => {
    const started = performance.now();
    let answer = '';
    const socket = net.connect(port, '127.0.0.1', () => {
      socket.write(head);
      let i = 0;
      const timer = setInterval(() => {
        if (socket.destroyed || i >= trickleText.length) return clearInterval(timer);
        socket.write(trickleText[i]!);
        i += 1;
      }, everyMs);
      socket.on('close', () => clearInterval(timer));
    });
    socket.on('data', (chunk) => (answer += chunk.toString()));
    socket.on('error', () => undefined);
    socket.on('close', () => resolve({ closedAfterMs: performance.now() - started, answer }));
  });
}

describe('slow clients', () => {
  it('closes a connection whose headers trickle in past HEADERS_TIMEOUT_MS, answering 408', async () => {
    const { closedAfterMs, answer } = await trickle('GET /v1/regions HTTP/1.1\r\nhost: x\r\n', `x-slow: ${'a'.repeat(100)}`, 200);
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect(closedAfterMs).toBeGreaterThanOrEqual(900);
    expect(closedAfterMs).toBeLessThan(3_000); // the limit, plus at most one check a second
  });

  it('closes a connection whose body trickles in past REQUEST_TIMEOUT_MS, answering 408', async () => {
    const head = `PUT /v1/organisations/RJ1/returns/2024-25 HTTP/1.1\r\nhost: x\r\nauthorization: Bearer ${TEST_ADMIN_KEY}\r\ncontent-type: application/json\r\ncontent-length: 500\r\n\r\n`;
    const { closedAfterMs, answer } = await trickle(head, `{"comment": "${'b'.repeat(480)}"}`, 100);
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect(closedAfterMs).toBeGreaterThanOrEqual(1_900);
    expect(closedAfterMs).toBeLessThan(4_000);
  });
});

describe('the connection cap', () => {
  it('refuses connections beyond MAX_CONNECTIONS at once, and takes new ones when others close', async () => {
    const open = (): Promise<net.Socket> =>
      new Promise((resolve) => {
        const socket = net.connect(port, '127.0.0.1', () => resolve(socket));
        socket.on('error', () => undefined);
      });
    const held = await Promise.all(Array.from({ length: 5 }, open));
    await new Promise((resolve) => setTimeout(resolve, 100));
    const extra = await open();
    const closed = await new Promise<boolean>((resolve) => {
      extra.on('close', () => resolve(true));
      extra.write(`GET /health/live HTTP/1.1\r\nhost: x\r\n\r\n`);
      setTimeout(() => resolve(false), 1_000);
    });
    expect(closed).toBe(true);
    for (const socket of held) socket.destroy();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const res = await fetch(`http://127.0.0.1:${port}/health/live`);
    expect(res.status).toBe(200);
  });
});
