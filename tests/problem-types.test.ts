import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problemTypes } from '../src/errors/problem.ts';
import { createTestApp, type TestApp } from './support/app.ts';

/*
 * Every problem answer's `type` is an absolute URI that resolves, on this service, to what the
 * problem means and what to do about it (RFC 9457 §3.1.1).
 */

let t: TestApp;
let behindProxy: TestApp;
beforeAll(async () => {
  [t, behindProxy] = await Promise.all([createTestApp(), createTestApp({ config: { publicUrl: 'https://staff-ratio.example.nhs.uk' } })]);
});
afterAll(() => Promise.all([t.close(), behindProxy.close()]));

const anonymous = () => request(t.app.server);

describe('problem types', () => {
  it('are absolute URIs of this service, and each one an answer carries resolves to its description', async () => {
    const answers = await Promise.all([
      anonymous().get('/v1/regions'), // 401
      anonymous().get('/v1/nowhere'), // 404
      t.http.get('/v1/regions?nonsense=1'), // 400 validation
      t.http.put('/v1/organisations/ZZ999/returns/2025-26').set('content-type', 'text/plain').send('x'), // 415
    ]);
    for (const answer of answers) {
      expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
      const type = new URL(answer.body.type);
      // supertest sends each request to the app on its own port: the type names the one it came to.
      expect(type.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const described = await anonymous().get(type.pathname);
      expect(described.status, answer.body.type).toBe(200);
      expect(new URL(described.body.type).pathname).toBe(type.pathname);
      expect(described.body.status, answer.body.type).toContain(answer.status);
      expect(described.body.title.length).toBeGreaterThan(0);
    }
  });

  it('are listed, every one the service can answer with, and an unknown one is 404', async () => {
    const list = await anonymous().get('/problems');
    expect(list.status).toBe(200);
    const listed = list.body.data.map((entry: { type: string }) => new URL(entry.type).pathname).sort();
    expect(listed).toEqual(Object.values(problemTypes).sort());
    const unknown = await anonymous().get('/problems/no-such-problem');
    expect(unknown.status).toBe(404);
    expect(new URL(unknown.body.type).pathname).toBe('/problems/not-found');
    expect((await anonymous().get('/problems/%3Cscript%3E')).status).toBe(400);
  });

  it("live under PUBLIC_URL when the operator sets it, whatever the request's Host says, even for what Node refuses itself", async () => {
    const res = await request(behindProxy.app.server).get('/v1/regions').set('host', 'evil.example');
    expect(res.status).toBe(401);
    expect(res.body.type).toBe('https://staff-ratio.example.nhs.uk/problems/unauthorized');
    const tooLarge = await request(behindProxy.app.server).get('/v1').set('x-padding', 'p'.repeat(20_000));
    expect(tooLarge.status).toBe(431);
    expect(JSON.parse(tooLarge.text).type).toBe('https://staff-ratio.example.nhs.uk/problems/request-too-large');
  });

  it('name the address the request came to without PUBLIC_URL, and are described there under the same address', async () => {
    const res = await anonymous().get('/v1/regions').set('host', 'api.test:8443');
    expect(res.body.type).toBe('http://api.test:8443/problems/unauthorized');
    const described = await anonymous().get('/problems/unauthorized').set('host', 'api.test:8443');
    expect(described.body.type).toBe('http://api.test:8443/problems/unauthorized');
    // Its URIs depend on Host: no shared cache keeps it, and a browser keeps one per Host.
    expect(described.headers.vary).toMatch(/host/i);
    expect(described.headers['cache-control']).toBe('private, max-age=3600');
    expect((await request(behindProxy.app.server).get('/problems/unauthorized')).headers['cache-control']).toBe('public, max-age=86400');
  });

  it('never name a site a hostile Host header makes up: anything but a host name and port leaves the type relative', async () => {
    for (const host of ['evil.example/phish#', 'evil.example/x?y=', 'a b', 'evil.example:99999999']) {
      const res = await anonymous().get('/v1/regions').set('host', host);
      expect(res.body.type, host).toBe('/problems/unauthorized');
    }
  });
});
