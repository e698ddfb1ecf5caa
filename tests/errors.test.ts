import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { createTestApp, TEST_ADMIN_KEY, type TestApp } from './support/app.ts';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({ config: { bodyLimitBytes: 1024 }, ready: false });
  // Routes that exist only in this test, to reach each kind of failure.
  const app = t.app.withTypeProvider<ZodTypeProvider>();
  app.post(
    '/test/echo',
    { schema: { body: z.object({ staffWte: z.number().positive(), name: z.string() }), querystring: z.object({ limit: z.coerce.number().int().max(10).optional() }) } },
    async (req) => req.body,
  );
  app.get('/test/boom', async () => {
    throw new Error('relation "secret_table" does not exist at /srv/app/src/x.ts:12');
  });
  await t.app.ready();
});
afterAll(() => t.close());

function expectProblem(res: request.Response, status: number) {
  expect(res.status).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.body).toMatchObject({ status, type: expect.any(String), title: expect.any(String), detail: expect.any(String) });
  expect(res.body.instance).toEqual(expect.stringMatching(/^\//));
  expect(res.body.requestId).toBe(res.headers['x-request-id']);
}

describe('every error is answered as RFC 9457 problem+json', () => {
  it('answers an unknown path with 404', async () => {
    const res = await t.http.get('/v1/nowhere');
    expectProblem(res, 404);
    expect(res.body.instance).toBe('/v1/nowhere');
  });

  it('answers a URL the router cannot decode with 400, and an over-long path segment with 414', async () => {
    const badEncoding = await t.http.get('/v1/organisations/%E0%A4%A');
    expect(badEncoding.status).toBe(400);
    expect(badEncoding.headers['content-type']).toContain('application/problem+json');
    expect(badEncoding.body).toMatchObject({ status: 400, type: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/problems\/bad-request$/) });
    const long = await t.http.get(`/v1/organisations/${'A'.repeat(500)}`);
    expect(long.status).toBe(414);
    expect(long.body).toMatchObject({ status: 414, type: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/problems\/request-too-large$/) });
  });

  it('answers a request line or headers over 16 KB with 431 problem+json from the HTTP parser', async () => {
    const res = await t.http.get('/v1').set('x-padding', 'p'.repeat(20_000));
    expect(res.status).toBe(431);
    expect(res.headers['content-type']).toBe('application/problem+json');
    expect(JSON.parse(res.text)).toMatchObject({ status: 431, type: '/problems/request-too-large' });
  });

  it('answers malformed JSON with 400 and no parser internals', async () => {
    const res = await t.http.post('/test/echo').set('content-type', 'application/json').send('{"staffWte": 1,');
    expectProblem(res, 400);
    expect(res.body.type).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/problems\/malformed-body$/);
    expect(JSON.stringify(res.body)).not.toMatch(/Unexpected|position|SyntaxError/);
  });

  it('answers an unsupported media type with 415', async () => {
    const res = await t.http.post('/test/echo').set('content-type', 'application/xml').send('<a/>');
    expectProblem(res, 415);
  });

  it('answers a body over the limit with 413', async () => {
    const res = await t.http
      .post('/test/echo')
      .set('content-type', 'application/json')
      .send(JSON.stringify({ name: 'x'.repeat(2048), staffWte: 1 }));
    expectProblem(res, 413);
    expect(res.body.detail).toContain('1024 bytes');
  });

  it('lists each invalid field with a JSON Pointer into the request', async () => {
    const bodyRes = await t.http.post('/test/echo').send({ staffWte: -1 });
    expectProblem(bodyRes, 400);
    expect(bodyRes.body.errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual(['/body/name', '/body/staffWte']);
    for (const error of bodyRes.body.errors) expect(error.message).toEqual(expect.any(String));
    const queryRes = await t.http.post('/test/echo?limit=99').send({ staffWte: 1, name: 'ok' });
    expectProblem(queryRes, 400);
    expect(queryRes.body.errors.map((e: { pointer: string }) => e.pointer)).toEqual(['/query/limit']);
  });

  it('answers an unexpected error with 500 and no internals', async () => {
    const res = await t.http.get('/test/boom');
    expectProblem(res, 500);
    const text = JSON.stringify(res.body);
    expect(text).not.toMatch(/secret_table|\/srv\/app|stack|x\.ts/);
    expect(res.body.detail).toContain(res.body.requestId);
  });

  it("makes every request id itself, and echoes a sane X-Request-Id of the client's beside it", async () => {
    const given = await t.http.get('/v1').set('x-request-id', 'trace-123');
    expect(given.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(given.headers['x-client-request-id']).toBe('trace-123');
    const made = await t.http.get('/v1');
    expect(made.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(made.headers['x-request-id']).not.toBe(given.headers['x-request-id']);
    expect(made.headers['x-client-request-id']).toBeUndefined();
    const unsafe = await t.http.get('/v1').set('x-request-id', 'bad id with spaces');
    expect(unsafe.headers['x-client-request-id']).toBeUndefined();
  });

  it.each([['a key of the issued shape', `sr_${'k'.repeat(43)}`], ['the bootstrap admin key', TEST_ADMIN_KEY]])(
    'refuses a request id that is %s (400), and never echoes it',
    async (_name, key) => {
      const res = await t.http.get('/v1').set('x-request-id', key);
      expectProblem(res, 400);
      expect(res.body.errors).toEqual([{ pointer: '/headers/x-request-id', message: 'must not be an API key' }]);
      expect(JSON.stringify(res.headers) + res.text).not.toContain(key);
    },
  );

  it('refuses a request id with a key inside it, however it is wrapped', async () => {
    for (const id of [`req:sr_${'w'.repeat(43)}`, `sr_${'w'.repeat(43)}-retry1`, `x${TEST_ADMIN_KEY}y`]) {
      const res = await t.http.get('/v1').set('x-request-id', id);
      expectProblem(res, 400);
      expect(JSON.stringify(res.headers) + res.text).not.toContain(id);
    }
  });

  it('keeps a fragment out of the problem instance too (the router reads # like ?)', async () => {
    const key = `sr_${'h'.repeat(43)}`;
    const res = await request(t.app.server).get(`/v1/nothing#api_key=${key}`);
    expectProblem(res, 404);
    expect(res.text).not.toContain(key);
  });

  it('keeps query strings out of the problem instance (a key sent as ?api_key= is never echoed)', async () => {
    const key = `sr_${'q'.repeat(43)}`;
    const res = await t.http.get(`/v1/regions?api_key=${key}`);
    expectProblem(res, 400);
    expect(res.body.instance).toBe('/v1/regions');
    expect(res.body.errors).toEqual([{ pointer: '/query/api_key', message: expect.stringMatching(/not a parameter/) }]);
    expect(res.text).not.toContain(key);
  });
});
