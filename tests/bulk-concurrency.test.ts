import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, httpAs, TEST_ADMIN_KEY, type TestApp } from './support/app.ts';

/*
 * Bulk files are heavy: only a few may run at once, per key and overall (that they do not stall
 * other callers is measured against the real service in tests/reliability/bulk-load.test.ts).
 */

/** POSTs a body with Node's client (no test-client buffering), resolving with status and text. */
function post(port: number, key: string, body: string, query = ''): Promise<{ status: number; text: string; retryAfter: string | undefined }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { port, host: '127.0.0.1', method: 'POST', path: `/v1/returns/bulk${query}`, headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        let text = '';
        res.setEncoding('utf8').on('data', (chunk: string) => (text += chunk)).on('end', () => resolve({ status: res.statusCode!, text, retryAfter: res.headers['retry-after'] as string | undefined }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}


describe('how many bulk files run at once', () => {
  let t: TestApp;
  let port = 0;
  beforeAll(async () => {
    t = await createTestApp({ today: '2025-06-01', config: { bulkConcurrencyPerKey: 1, bulkConcurrencyTotal: 2 } });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    port = (t.app.server.address() as AddressInfo).port;
  });
  afterAll(() => t.close());

  /** Starts a bulk request whose body never finishes arriving: it holds its place until closed. */
  function holdOpen(key: string): Promise<net.Socket> {
    return new Promise((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.write(`POST /v1/returns/bulk HTTP/1.1\r\nhost: x\r\nauthorization: Bearer ${key}\r\ncontent-type: application/json\r\ncontent-length: 100000\r\n\r\n{"rows":[`);
        setTimeout(() => resolve(socket), 100);
      });
      socket.on('error', () => undefined);
    });
  }

  it('answers 429 with Retry-After beyond the per-key and the overall bound, and frees places when requests end', async () => {
    const other = (await t.http.post('/v1/api-keys').send({ name: 'second loader', role: 'admin' })).body.key as string;
    const third = (await t.http.post('/v1/api-keys').send({ name: 'third loader', role: 'admin' })).body.key as string;
    const body = JSON.stringify({ rows: [{ odsCode: 'NONE1', year: '2025-26', staffWte: 10, qualifiedWte: 1 }] });

    const first = await holdOpen(TEST_ADMIN_KEY);
    const sameKey = await post(port, TEST_ADMIN_KEY, body, '?dryRun=true');
    expect(sameKey.status).toBe(429);
    expect(sameKey.retryAfter).toBe('2');
    expect(JSON.parse(sameKey.text).detail).toMatch(/already has 1 bulk request running/);

    const second = await holdOpen(other);
    const overall = await post(port, third, body, '?dryRun=true');
    expect(overall.status).toBe(429);
    expect(overall.retryAfter).toBe('2');
    expect(JSON.parse(overall.text).detail).toMatch(/at most 2 at once/);

    first.destroy();
    second.destroy();
    // The places come back as soon as the dropped requests are answered (bounded wait).
    let status = 429;
    for (let tries = 0; status === 429 && tries < 50; tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      status = (await post(port, TEST_ADMIN_KEY, body, '?dryRun=true')).status;
    }
    expect(status).toBe(200);
    expect((await post(port, third, body, '?dryRun=true')).status).toBe(200);
    expect((await httpAs(t.app, TEST_ADMIN_KEY).get('/v1/regions')).status).toBe(200);
  });
});
