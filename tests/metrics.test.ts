import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoData } from '../src/demo/load.ts';
import { createTestApp, type TestApp } from './support/app.ts';
import { countRows, createOrganisation } from './support/fixtures.ts';

/*
 * GET /metrics: each figure is checked against what the test did to a fresh app, or against the
 * database itself.
 */

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ config: { rateLimitPerMinute: 3 } });
  await loadDemoData(t.app.db.pool);
});
afterAll(() => t.close());

const scrape = async (app = t) => {
  const res = await request(app.app.server).get('/metrics');
  expect(res.status).toBe(200);
  return res.text;
};
/** A sample's value: `name{labels} value`, the labels written as Prometheus writes them. */
const sample = (text: string, name: string, labels: string) => {
  const line = text.split('\n').find((l) => l.startsWith(`${name}{`) && l.includes(labels));
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
};

describe('the metrics', () => {
  it('count requests and their latency by route template and status', async () => {
    for (const code of ['ZD001', 'ZD002']) expect((await t.http.get(`/v1/organisations/${code}`)).status).toBe(200);
    expect((await request(t.app.server).get('/v1/regions')).status).toBe(401);
    expect((await request(t.app.server).get('/v1/nowhere/ZZ123')).status).toBe(404);
    const text = await scrape();
    expect(text).toMatch(/^# HELP http_requests_total /m);
    expect(sample(text, 'http_requests_total', 'method="GET",route="/v1/organisations/:odsCode",status_code="200"')).toBe(2);
    expect(sample(text, 'http_requests_total', 'method="GET",route="/v1/regions",status_code="401"')).toBe(1);
    expect(sample(text, 'http_request_duration_seconds_count', 'method="GET",route="/v1/organisations/:odsCode",status_code="200"')).toBe(2);
    expect(sample(text, 'http_request_duration_seconds_bucket', 'le="+Inf",method="GET",route="/v1/organisations/:odsCode",status_code="200"')).toBe(2);
    // In seconds: a read of one organisation takes well under a second.
    expect(sample(text, 'http_request_duration_seconds_bucket', 'le="1",method="GET",route="/v1/organisations/:odsCode",status_code="200"')).toBe(2);
    // No raw paths as labels: an unknown path counts as `unmatched`, and the codes never appear.
    expect(sample(text, 'http_requests_total', 'method="GET",route="unmatched",status_code="404"')).toBe(1);
    expect(text).not.toContain('ZD001');
    expect(text).not.toContain('ZZ123');
  });

  it('count response cache hits and misses, and show the database pool', async () => {
    const before = await scrape();
    const hits = sample(before, 'staff_ratio_response_cache_lookups_total', 'result="hit"') ?? 0;
    const misses = sample(before, 'staff_ratio_response_cache_lookups_total', 'result="miss"') ?? 0;
    const fresh = await createTestApp();
    try {
      // A fresh app with its own cache: the first read computes, the second is served from it.
      await loadDemoData(fresh.app.db.pool);
      expect((await fresh.http.get('/v1/monitoring/2024-25/summary')).status).toBe(200);
      expect((await fresh.http.get('/v1/monitoring/2024-25/summary')).status).toBe(200);
      const text = await scrape(fresh);
      expect(sample(text, 'staff_ratio_response_cache_lookups_total', 'result="miss"')).toBe(1);
      expect(sample(text, 'staff_ratio_response_cache_lookups_total', 'result="hit"')).toBe(1);
      // Between requests: the pool's connections are idle, none in use, nobody waiting.
      expect(sample(text, 'staff_ratio_db_pool_connections', 'state="in_use"')).toBe(0);
      expect(sample(text, 'staff_ratio_db_pool_connections', 'state="idle"')).toBeGreaterThan(0);
      expect(sample(text, 'staff_ratio_db_pool_connections', 'state="waiting"')).toBe(0);
    } finally {
      await fresh.close();
    }
    // The first app's cache was not touched by the other's reads.
    const after = await scrape();
    expect(sample(after, 'staff_ratio_response_cache_lookups_total', 'result="hit"') ?? 0).toBe(hits);
    expect(sample(after, 'staff_ratio_response_cache_lookups_total', 'result="miss"') ?? 0).toBe(misses);
  });

  it('give the returns and revisions stored, as the database counts them', async () => {
    const text = await scrape();
    expect(sample(text, 'staff_ratio_returns_stored', 'kind="returns"')).toBe(await countRows(t.db.url, 'annual_returns'));
    expect(sample(text, 'staff_ratio_returns_stored', 'kind="revisions"')).toBe(await countRows(t.db.url, 'return_revisions'));
    expect(await countRows(t.db.url, 'annual_returns')).toBeGreaterThan(1000);
  });

  it('count the stored returns at most once in 10 s, however often they are scraped (a flood of scrapes cannot take the pool)', async () => {
    const fresh = await createTestApp();
    try {
      expect(sample(await scrape(fresh), 'staff_ratio_returns_stored', 'kind="returns"')).toBe(0);
      await createOrganisation(fresh.http, { odsCode: 'ZQ701' });
      expect((await fresh.http.put('/v1/organisations/ZQ701/returns/2024-25').send({ staffWte: 1000, qualifiedWte: 1 })).status).toBe(201);
      const scrapes = await Promise.all(Array.from({ length: 20 }, () => scrape(fresh)));
      for (const text of scrapes) expect(sample(text, 'staff_ratio_returns_stored', 'kind="returns"')).toBe(0);
      expect(await countRows(fresh.db.url, 'annual_returns')).toBe(1);
    } finally {
      await fresh.close();
    }
  });

  it('are never rate limited (the budget here is 3 a minute), with or without a trailing slash, and never cached', async () => {
    for (let i = 0; i < 6; i += 1) {
      const res = await request(t.app.server).get(i % 2 ? '/metrics/' : '/metrics');
      expect(res.status).toBe(200);
      expect(res.headers['cache-control']).toBe('no-store');
    }
  });

  it('need the token when METRICS_TOKEN is set, and refuse a wrong one', async () => {
    const guarded = await createTestApp({ config: { metricsToken: 'scrape-token-0123456789' } });
    try {
      const get = (authorization?: string) => {
        const call = request(guarded.app.server).get('/metrics');
        return authorization ? call.set('authorization', authorization) : call;
      };
      expect((await get()).status).toBe(401);
      expect((await get('Bearer scrape-token-wrong-000000')).status).toBe(401);
      expect((await get('Bearer scrape-token-0123456789')).status).toBe(200);
      expect((await get('Bearer scrape-token-0123456789')).text).toContain('http_requests_total');
    } finally {
      await guarded.close();
    }
  });
});
