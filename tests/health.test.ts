import { createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { buildApp } from '../src/app.ts';
import { findFreePort } from '../src/db/embedded.ts';
import { createTestApp, testConfig, type TestApp } from './support/app.ts';

describe('health checks', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('reports live and ready when the database answers', async () => {
    const live = await t.http.get('/health/live');
    expect(live.status).toBe(200);
    expect(live.body).toEqual({ status: 'ok' });
    const ready = await t.http.get('/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({ status: 'ok', checks: { database: 'ok' } });
  });

  it('serves GET /v1 with the name, version and docs link, without a key', async () => {
    const res = await t.http.get('/v1');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ name: 'staff-ratio-api', docs: '/docs', version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
  });
});

describe('readiness without a database', () => {
  it('answers 503 problem+json when nothing listens where the database should be', async () => {
    const port = await findFreePort();
    const app = await buildApp({ config: testConfig({ databaseUrl: `postgresql://nobody:x@127.0.0.1:${port}/none` }) });
    await app.ready();
    try {
      const res = await request(app.server).get('/health/ready');
      expect(res.status).toBe(503);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body.detail).toMatch(/database/i);
      const live = await request(app.server).get('/health/live');
      expect(live.status).toBe(200);
    } finally {
      await app.close();
    }
  });

  it('answers 503 within a few seconds when the database accepts but never replies', async () => {
    // A TCP server that swallows everything: a stalled database, not a refused one.
    const sockets = new Set<Socket>();
    const stalled: Server = createServer((socket) => {
      sockets.add(socket);
      socket.on('error', () => undefined);
    });
    await new Promise<void>((resolve) => stalled.listen(0, '127.0.0.1', resolve));
    const address = stalled.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const app = await buildApp({ config: testConfig({ databaseUrl: `postgresql://nobody:x@127.0.0.1:${port}/none` }) });
    await app.ready();
    try {
      const started = Date.now();
      const res = await request(app.server).get('/health/ready');
      const elapsed = Date.now() - started;
      expect(res.status).toBe(503);
      expect(elapsed).toBeLessThan(5_000);
    } finally {
      for (const socket of sockets) socket.destroy();
      stalled.close();
      await app.close();
    }
  });
});
