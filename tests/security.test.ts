import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { captureLogs, createTestApp, httpAs, TEST_ADMIN_KEY, type TestApp } from './support/app.ts';

describe('security headers and the docs page', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('sends security headers with API answers', async () => {
    const res = await t.http.get('/v1/regions');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'none'");
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['strict-transport-security']).toMatch(/max-age=/);
    expect(res.headers['access-control-allow-origin']).toBeUndefined(); // no CORS unless configured
  });

  it('keeps the interactive docs working: the page, its scripts and a policy that allows them', async () => {
    const page = await request(t.app.server).get('/docs');
    expect(page.status).toBe(200);
    const csp = page.headers['content-security-policy'];
    expect(csp).toMatch(/script-src[^;]*'self'/);
    const scripts = [...page.text.matchAll(/src="(?:\.\/|\/docs\/)(static\/[^"]+\.js)"/g)].map((m) => m[1]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const src of scripts) {
      const script = await request(t.app.server).get(`/docs/${src}`);
      expect(script.status, src).toBe(200);
    }
  });
});

describe('CORS for dashboards', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ config: { corsOrigins: ['https://dashboard.example.nhs.uk'] } });
  });
  afterAll(() => t.close());

  it('allows the configured origin, with a preflight that needs no key, and no other origin', async () => {
    const preflight = await request(t.app.server)
      .options('/v1/returns')
      .set('origin', 'https://dashboard.example.nhs.uk')
      .set('access-control-request-method', 'GET')
      .set('access-control-request-headers', 'authorization');
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('https://dashboard.example.nhs.uk');
    expect(preflight.headers['access-control-allow-headers']).toMatch(/authorization/i);
    const allowed = await t.http.get('/v1/regions').set('origin', 'https://dashboard.example.nhs.uk');
    expect(allowed.headers['access-control-allow-origin']).toBe('https://dashboard.example.nhs.uk');
    expect(allowed.headers['access-control-expose-headers']).toMatch(/ETag/);
    const other = await t.http.get('/v1/regions').set('origin', 'https://evil.example.com');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('rate limits', () => {
  it('answers 429 problem+json with Retry-After and RateLimit headers past the budget per key', async () => {
    const t = await createTestApp({ config: { rateLimitPerMinute: 5 } });
    try {
      const answers = [];
      for (let i = 0; i < 6; i += 1) answers.push(await t.http.get('/v1/regions'));
      expect(answers.slice(0, 5).map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
      // As the current IETF draft writes them: the policy (quota q in window w seconds) and its state.
      expect(answers[0]!.headers['ratelimit-policy']).toBe('"per-minute";q=5;w=60');
      expect(answers[0]!.headers['ratelimit']).toMatch(/^"per-minute";r=4;t=(60|[1-5]\d|[1-9])$/);
      expect(answers[4]!.headers['ratelimit']).toMatch(/^"per-minute";r=0;t=\d+$/);
      expect(answers[0]!.headers['ratelimit-limit']).toBeUndefined();
      const refused = answers[5]!;
      expect(refused.status).toBe(429);
      expect(refused.headers['ratelimit']).toMatch(/^"per-minute";r=0;t=\d+$/);
      expect(refused.headers['ratelimit-policy']).toBe('"per-minute";q=5;w=60');
      expect(refused.headers['content-type']).toMatch(/problem\+json/);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      // Another key has its own budget; health checks are never limited.
      const key = (await request(t.app.server).post('/v1/api-keys').set('authorization', `Bearer ${TEST_ADMIN_KEY}`).send({ name: 'x', role: 'analyst' }));
      expect(key.status).toBe(429); // the admin key is spent
      expect((await request(t.app.server).get('/health/live')).status).toBe(200);
    } finally {
      await t.close();
    }
  });

  it('gives each key a budget of its own: one spent key leaves another whole', async () => {
    const t = await createTestApp({ config: { rateLimitPerMinute: 3 } });
    try {
      const analyst = (await t.http.post('/v1/api-keys').send({ name: 'a', role: 'analyst' })).body.key as string;
      for (let i = 0; i < 2; i += 1) expect((await t.http.get('/v1/regions')).status).toBe(200);
      expect((await t.http.get('/v1/regions')).status).toBe(429);
      const other = await request(t.app.server).get('/v1/regions').set('authorization', `Bearer ${analyst}`);
      expect(other.status).toBe(200);
      expect(other.headers['ratelimit']).toMatch(/^"per-minute";r=2;t=\d+$/);
    } finally {
      await t.close();
    }
  });

  it('cuts an address off after 100 failed authentications in a minute, while a valid key keeps working', async () => {
    const logs = captureLogs();
    const t = await createTestApp({ logger: logs.logger });
    try {
      const analyst = (await t.http.post('/v1/api-keys').send({ name: 'analyst', role: 'analyst' })).body.key as string;
      const statuses: number[] = [];
      for (let i = 0; i < 100; i += 1) {
        statuses.push((await request(t.app.server).get('/v1/regions').set('authorization', `Bearer sr_${String(i).padStart(43, 'x')}`)).status);
      }
      expect(new Set(statuses)).toEqual(new Set([401]));
      // Another bad key, or none, from the same address: cut off.
      for (const header of [`Bearer sr_${'y'.repeat(43)}`, undefined]) {
        const call = request(t.app.server).get('/v1/regions');
        const cut = await (header ? call.set('authorization', header) : call);
        expect(cut.status).toBe(429);
        expect(Number(cut.headers['retry-after'])).toBeGreaterThan(0);
        expect(cut.body.title).toMatch(/failed authentications/);
      }
      // Valid keys from that address are not locked out: the bootstrap key and a stored one.
      expect((await t.http.get('/v1/regions')).status).toBe(200);
      expect((await request(t.app.server).get('/v1/regions').set('authorization', `Bearer ${analyst}`)).status).toBe(200);
      // Keys never reach the logs, good or bad.
      const written = JSON.stringify(logs.lines);
      expect(written).not.toContain(TEST_ADMIN_KEY);
      expect(written).not.toContain('sr_000');
      expect(logs.lines.length).toBeGreaterThan(100);
    } finally {
      await t.close();
    }
  });
});

describe('CORS preflights', () => {
  it('answers preflights without a key and never counts them as failed authentications', async () => {
    // No CORS origins configured: no plugin answers the preflight before the access check.
    const t = await createTestApp({ config: { authFailuresPerMinute: 5 } });
    try {
      for (let i = 0; i < 20; i += 1) {
        const preflight = await request(t.app.server)
          .options('/v1/returns')
          .set('origin', 'https://dashboard.example.nhs.uk')
          .set('access-control-request-method', 'GET');
        expect(preflight.status).not.toBe(401);
        expect(preflight.status).not.toBe(429);
      }
      const afterwards = await request(t.app.server).get('/v1/regions');
      expect(afterwards.status).toBe(401); // a failure, not yet a cut-off: the preflights did not count
    } finally {
      await t.close();
    }
  });
});

describe('body limits', () => {
  it('answers 413 to a return larger than the configured limit, before reading it', async () => {
    const t = await createTestApp({ config: { bodyLimitBytes: 2048 } });
    try {
      const res = await httpAs(t.app, TEST_ADMIN_KEY)
        .put('/v1/organisations/RJ1/returns/2024-25')
        .send({ staffWte: 1000, qualifiedWte: 1, comment: 'x'.repeat(5000) });
      expect(res.status).toBe(413);
      expect(res.headers['content-type']).toMatch(/problem\+json/);
    } finally {
      await t.close();
    }
  });
});
