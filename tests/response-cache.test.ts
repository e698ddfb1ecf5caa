import net, { type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { VersionGate } from '../src/plugins/response-cache.ts';
import { captureLogs, createTestApp, httpAs, testConfig, TEST_ADMIN_KEY, type TestApp } from './support/app.ts';
import { createOrganisation, putReturn } from './support/fixtures.ts';

describe('the version gate', () => {
  it('never answers a caller with a read that started before the call, and shares reads within a turn', async () => {
    const pending: ((v: string) => void)[] = [];
    let reads = 0;
    const gate = new VersionGate(() => {
      reads += 1;
      return new Promise<string>((resolve) => pending.push(resolve));
    });
    const first = gate.fresh();
    const alsoFirst = gate.fresh(); // same turn: shares the read, which has not started yet
    expect(reads).toBe(0);
    await new Promise((r) => setImmediate(r));
    expect(reads).toBe(1);
    const second = gate.fresh(); // read 1 is in flight, so this caller gets a read of its own
    await new Promise((r) => setImmediate(r));
    expect(reads).toBe(2);
    pending[1]!('v2');
    pending[0]!('v1');
    expect(await first).toBe('v1');
    expect(await alsoFirst).toBe('v1');
    expect(await second).toBe('v2');
  });

  it('starts no more reads at once than its bound, and runs a waiting batch when one ends', async () => {
    const pending: ((v: string) => void)[] = [];
    const gate = new VersionGate(() => new Promise<string>((resolve) => pending.push(resolve)), 1);
    const first = gate.fresh();
    await new Promise((r) => setImmediate(r));
    const second = gate.fresh();
    await new Promise((r) => setImmediate(r));
    expect(pending).toHaveLength(1);
    pending[0]!('v1');
    expect(await first).toBe('v1');
    await new Promise((r) => setImmediate(r));
    expect(pending).toHaveLength(2);
    pending[1]!('v2');
    expect(await second).toBe('v2');
  });
});

describe('cached answers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await createOrganisation(t.http, { odsCode: 'C01' });
    await createOrganisation(t.http, { odsCode: 'C02' });
    await putReturn(t.http, 'C01', '2024-25', { staffWte: 1000, qualifiedWte: 1 });
    await putReturn(t.http, 'C02', '2024-25', { staffWte: 3000, qualifiedWte: 1 });
  });
  afterAll(() => t.close());

  it('serves a repeated read from memory, byte for byte, with the same ETag', async () => {
    const first = await t.http.get('/v1/monitoring/2024-25/summary?groupBy=region');
    const second = await t.http.get('/v1/monitoring/2024-25/summary?groupBy=region');
    expect(first.headers['x-cache']).toBe('miss');
    expect(second.headers['x-cache']).toBe('hit');
    expect(second.text).toBe(first.text);
    expect(second.headers.etag).toBe(first.headers.etag);
    expect(second.headers['content-type']).toBe(first.headers['content-type']);
    const notModified = await t.http.get('/v1/monitoring/2024-25/summary?groupBy=region').set('if-none-match', first.headers.etag!);
    expect(notModified.status).toBe(304);
  });

  it('sees a write made on another instance in the very next read', async () => {
    const other = await buildApp({ config: testConfig({ databaseUrl: t.db.url, adminApiKey: TEST_ADMIN_KEY }) });
    await other.ready();
    try {
      const otherHttp = httpAs(other, TEST_ADMIN_KEY);
      for (let i = 0; i < 5; i += 1) {
        const before = await t.http.get('/v1/monitoring/2024-25/summary');
        await t.http.get('/v1/monitoring/2024-25/summary'); // now cached here
        await putReturn(otherHttp, 'C01', '2024-25', { staffWte: 2000 + i, qualifiedWte: 1 });
        const after = await t.http.get('/v1/monitoring/2024-25/summary');
        expect(after.headers['x-cache']).toBe('miss');
        expect(after.body.groups[0].staffWte).toBe(before.body.groups[0].staffWte - (i === 0 ? 1000 : 2000 + i - 1) + 2000 + i);
      }
    } finally {
      await other.close();
    }
  });

  it("keeps a submitter's list apart from everyone else's", async () => {
    await t.http.get('/v1/returns');
    await t.http.get('/v1/returns');
    const key = await t.http.post('/v1/api-keys').send({ name: 'C01 lead', role: 'submitter', organisations: ['C01'] });
    const mine = await httpAs(t.app, key.body.key).get('/v1/returns');
    expect(mine.body.data.map((r: { odsCode: string }) => r.odsCode)).toEqual(['C01']);
  });
});

describe('a cold answer under simultaneous readers', () => {
  let t: TestApp;
  let computations = 0;
  beforeAll(async () => {
    t = await createTestApp({ ready: false });
    t.app.get('/test/slow-aggregate', { config: { cache: true, access: 'any' } }, async () => {
      computations += 1;
      await new Promise((resolve) => setTimeout(resolve, 300));
      return { computedAt: performance.now() };
    });
    await t.app.ready();
  });
  afterAll(() => t.close());

  it('is computed once, and every reader gets the same bytes', async () => {
    const answers = await Promise.all(Array.from({ length: 12 }, () => t.http.get('/test/slow-aggregate')));
    expect(answers.map((a) => a.status)).toEqual(Array(12).fill(200));
    expect(computations).toBe(1);
    expect(answers.filter((a) => a.headers['x-cache'] === 'miss')).toHaveLength(1);
    // The others waited for it ('shared'), or came after it was stored ('hit') on a slow machine.
    expect(answers.filter((a) => ['shared', 'hit'].includes(a.headers['x-cache']!))).toHaveLength(11);
    expect(new Set(answers.map((a) => a.text)).size).toBe(1);
  });
});

describe('a reader who drops the connection', () => {
  let t: TestApp;
  let slowCalls = 0;
  let port = 0;
  beforeAll(async () => {
    t = await createTestApp({ ready: false });
    // The first computation of each round takes longer than a follower may wait (1 s): only a
    // flight settled when its client goes away lets the next reader answer in time.
    t.app.get('/test/slow-summary', { config: { cache: true, access: 'any' } }, async () => {
      slowCalls += 1;
      if (slowCalls % 4 === 1) await new Promise((resolve) => setTimeout(resolve, 1_500));
      return { computedAt: performance.now() };
    });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    port = (t.app.server.address() as AddressInfo).port;
    await createOrganisation(t.http, { odsCode: 'D01' });
    await putReturn(t.http, 'D01', '2024-25', { staffWte: 1000, qualifiedWte: 1 });
  });
  afterAll(() => t.close());

  /** Sends a GET on a raw socket and resets it (SO_LINGER 0) after `afterMs`, without reading the answer. */
  function getThenReset(path: string, afterMs: number, headers: Record<string, string> = {}) {
    return new Promise<void>((resolve, reject) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        const lines = Object.entries({ host: 'localhost', authorization: `Bearer ${TEST_ADMIN_KEY}`, ...headers }).map(([k, v]) => `${k}: ${v}\r\n`);
        socket.write(`GET ${path} HTTP/1.1\r\n${lines.join('')}\r\n`);
        setTimeout(() => {
          socket.resetAndDestroy();
          resolve();
        }, afterMs);
      });
      socket.on('error', reject);
    });
  }

  const cases: [name: string, path: string, afterMs: number, headers: Record<string, string>, status: number][] = [
    ['before its handler runs', '/v1/monitoring/2024-25/summary?groupBy=region', 0, {}, 200],
    ['while its answer is computed (a 200)', '/test/slow-summary', 50, {}, 200],
    ['while a 304 is computed (If-None-Match: *)', '/test/slow-summary?', 50, { 'if-none-match': '*' }, 200],
    ['on a 304 for a real aggregate', '/v1/monitoring/2024-25/summary?groupBy=type', 0, { 'if-none-match': '*' }, 200],
    ['on a 400', '/v1/returns?limit=abc', 0, {}, 400],
    ['on a 404', '/v1/organisations/D01/returns/2019-20', 0, {}, 404],
  ];

  it.each(cases)('leaves no one waiting when it goes %s: the same URL answers within a second', async (_name, path, afterMs, headers, status) => {
    slowCalls = 0;
    await getThenReset(path, afterMs, headers);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const started = performance.now();
    const res = await t.http.get(path).timeout(1_000);
    expect(res.status).toBe(status);
    expect(performance.now() - started).toBeLessThan(1_000);
    // And several readers at once, too.
    const many = await Promise.all(Array.from({ length: 5 }, () => t.http.get(path).timeout(1_000)));
    expect(many.map((r) => r.status)).toEqual(Array(5).fill(status));
  });

  it('logs a request whose client went away', async () => {
    const logs = captureLogs();
    const other = await createTestApp({ logger: logs.logger, ready: false });
    try {
      other.app.get('/test/slow', { config: { access: 'any' } }, async () => {
        await new Promise((resolve) => setTimeout(resolve, 200));
        return { ok: true };
      });
      await other.app.listen({ port: 0, host: '127.0.0.1' });
      const otherPort = (other.app.server.address() as AddressInfo).port;
      await new Promise<void>((resolve) => {
        const socket = net.connect(otherPort, '127.0.0.1', () => {
          socket.write(`GET /test/slow HTTP/1.1\r\nhost: x\r\nauthorization: Bearer ${TEST_ADMIN_KEY}\r\n\r\n`);
          setTimeout(() => (socket.resetAndDestroy(), resolve()), 50);
        });
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(logs.lines.some((line) => line.msg === 'request aborted: the client closed the connection before the answer' && line.url === '/test/slow')).toBe(true);
    } finally {
      await other.close();
    }
  });
});
