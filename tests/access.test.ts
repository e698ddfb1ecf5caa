import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { buildApp } from '../src/app.ts';
import { KEY_CACHE_MS } from '../src/plugins/access.ts';
import { createTestApp, httpAs, testConfig, TEST_ADMIN_KEY, type Http, type TestApp } from './support/app.ts';
import { countRows, createOrganisation, putReturn } from './support/fixtures.ts';

let t: TestApp;
const as: Record<'admin' | 'analyst' | 'submitter', Http> = {} as never;
const keys: Record<string, { id: string; key: string }> = {};

async function newKey(role: string, organisations: string[] = [], name = `${role} key`) {
  const res = await t.http.post('/v1/api-keys').send({ name, role, organisations });
  expect(res.status).toBe(201);
  return { id: res.body.id as string, key: res.body.key as string };
}

beforeAll(async () => {
  // 2024-25 is the current year, 2023-24 the previous one: both writable by submitters without a window.
  t = await createTestApp({ today: '2024-06-01' });
  await createOrganisation(t.http, { odsCode: 'OWN1' });
  await createOrganisation(t.http, { odsCode: 'OWN2' });
  await createOrganisation(t.http, { odsCode: 'OTHER' });
  await putReturn(t.http, 'OWN1', '2024-25', { staffWte: 1000, qualifiedWte: 1 });
  await putReturn(t.http, 'OTHER', '2024-25', { staffWte: 2000, qualifiedWte: 1 });
  keys.admin = await newKey('admin');
  keys.analyst = await newKey('analyst');
  keys.submitter = await newKey('submitter', ['OWN1', 'OWN2']);
  as.admin = httpAs(t.app, keys.admin.key);
  as.analyst = httpAs(t.app, keys.analyst.key);
  as.submitter = httpAs(t.app, keys.submitter.key);
});
afterAll(() => t.close());

describe('who may call without a key', () => {
  it.each(['/health/live', '/health/ready', '/v1', '/docs/json'])('anyone may GET %s', async (path) => {
    expect((await request(t.app.server).get(path)).status).toBe(200);
  });

  it.each([
    ['GET', '/v1/regions'],
    ['GET', '/v1/monitoring/2024-25/summary'],
    ['PUT', '/v1/organisations/OWN1/returns/2024-25'],
    ['POST', '/v1/api-keys'],
    ['GET', '/v1/audit'],
  ])('%s %s needs a key: 401 problem+json with WWW-Authenticate', async (method, path) => {
    const res = await request(t.app.server)[method.toLowerCase() as 'get'](path);
    expect(res.status).toBe(401);
    expect(res.headers['www-authenticate']).toMatch(/^Bearer/);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
  });

  it.each([
    ['a malformed header', 'Token abc'],
    ['a bearer with nothing after it', 'Bearer '],
    ['a key of the wrong shape', 'Bearer not-a-key'],
    ['a well-formed key nobody issued', `Bearer sr_${'A'.repeat(43)}`],
  ])('refuses %s with 401', async (_name, header) => {
    const res = await request(t.app.server).get('/v1/regions').set('authorization', header);
    expect(res.status).toBe(401);
  });
});

type Cell = [method: string, path: string, body: object | undefined, admin: number, analyst: number, submitter: number];
// Expected statuses per role; a 2xx for the admin shows the route works, not just that it is allowed.
const matrix: Cell[] = [
  ['GET', '/v1/regions', undefined, 200, 200, 200],
  ['GET', '/v1/organisations', undefined, 200, 200, 200],
  ['GET', '/v1/organisations/OTHER', undefined, 200, 200, 200],
  ['GET', '/v1/policies', undefined, 200, 200, 200],
  ['GET', '/v1/years', undefined, 200, 200, 200],
  ['GET', '/v1/monitoring/2024-25/summary', undefined, 200, 200, 200],
  ['GET', '/v1/monitoring/2024-25/flagged', undefined, 200, 200, 200],
  ['GET', '/v1/monitoring/2024-25/completeness', undefined, 200, 200, 200],
  ['GET', '/v1/monitoring/trends', undefined, 200, 200, 200],
  ['GET', '/v1/organisations/OWN1/returns/2024-25', undefined, 200, 200, 200],
  ['GET', '/v1/organisations/OWN1/returns', undefined, 200, 200, 200],
  ['GET', '/v1/organisations/OWN1/returns/2024-25/revisions', undefined, 200, 200, 200],
  ['GET', '/v1/organisations/OTHER/returns/2024-25', undefined, 200, 200, 403],
  ['GET', '/v1/organisations/OTHER/returns', undefined, 200, 200, 403],
  ['GET', '/v1/organisations/OTHER/returns/2024-25/revisions', undefined, 200, 200, 403],
  ['GET', '/v1/returns', undefined, 200, 200, 200],
  // The submitter creates this one (201); the admin's identical resubmission then answers 200.
  ['PUT', '/v1/organisations/OWN2/returns/2023-24', { staffWte: 900, qualifiedWte: 1 }, 200, 403, 201],
  ['PUT', '/v1/organisations/OTHER/returns/2023-24', { staffWte: 900, qualifiedWte: 1 }, 201, 403, 403],
  ['POST', '/v1/regions', { code: 'X01', name: 'x' }, 201, 403, 403],
  ['POST', '/v1/organisations', { odsCode: 'NEW1', name: 'x', type: 'acute', regionCode: 'Y56' }, 201, 403, 403],
  ['PATCH', '/v1/organisations/OTHER', { name: 'Renamed' }, 200, 403, 403],
  ['POST', '/v1/policies', { effectiveFrom: '2040-41', flagThreshold: 1700, targetRatio: 1200, title: 'x' }, 201, 403, 403],
  ['PUT', '/v1/years/2030-31', { opensOn: '2031-04-01', deadline: '2031-06-30', closesOn: '2031-07-31' }, 201, 403, 403],
  ['GET', '/v1/api-keys', undefined, 200, 403, 403],
  ['POST', '/v1/api-keys', { name: 'n', role: 'analyst' }, 201, 403, 403],
  ['GET', '/v1/audit', undefined, 200, 403, 403],
];

describe('the permission matrix', () => {
  // Non-admins first, so their 403s are checked before the admin's call changes anything.
  for (const role of ['analyst', 'submitter', 'admin'] as const) {
    for (const [method, path, body, ...expected] of matrix) {
      const status = expected[{ admin: 0, analyst: 1, submitter: 2 }[role]]!;
      it(`${role}: ${method} ${path} → ${status}`, async () => {
        const auditBefore = await countRows(t.db.url, 'audit_events');
        let call = as[role][method.toLowerCase() as 'get'](path);
        if (body) call = call.send(body);
        const res = await call;
        expect(res.status).toBe(status);
        if (status === 403) {
          expect(res.headers['content-type']).toMatch(/problem\+json/);
          expect(await countRows(t.db.url, 'audit_events')).toBe(auditBefore); // nothing changed
        }
      });
    }
  }

  it("lists only a submitter's own organisations' returns", async () => {
    const res = await as.submitter.get('/v1/returns');
    expect(res.body.data.map((r: { odsCode: string }) => r.odsCode).sort()).toEqual(['OWN1', 'OWN2']);
    expect(res.body.meta.total).toBe(2);
    const all = await as.analyst.get('/v1/returns');
    expect(all.body.meta.total).toBeGreaterThan(2);
  });

  it('records the submitting key on the revision', async () => {
    const res = await as.submitter.get('/v1/organisations/OWN2/returns/2023-24');
    expect(res.body.submittedBy).toBe('submitter key');
  });
});

describe('revoking a key', () => {
  it('stops the key at once on this instance', async () => {
    const key = await newKey('analyst', [], 'soon revoked');
    const http = httpAs(t.app, key.key);
    expect((await http.get('/v1/regions')).status).toBe(200);
    expect((await t.http.delete(`/v1/api-keys/${key.id}`)).status).toBe(204);
    expect((await http.get('/v1/regions')).status).toBe(401);
    const listed = await t.http.get('/v1/api-keys');
    expect(listed.body.data.find((k: { id: string }) => k.id === key.id).revokedAt).not.toBeNull();
  });

  it('stops the key within a few seconds on another instance sharing the database', async () => {
    const other = await buildApp({ config: testConfig({ databaseUrl: t.db.url, adminApiKey: TEST_ADMIN_KEY }) });
    await other.ready();
    try {
      const key = await newKey('analyst', [], 'revoked elsewhere');
      const elsewhere = httpAs(other, key.key);
      expect((await elsewhere.get('/v1/regions')).status).toBe(200); // now cached there
      await t.http.delete(`/v1/api-keys/${key.id}`);
      const revokedAt = Date.now();
      let status = 200;
      while (status === 200 && Date.now() - revokedAt < 10_000) {
        status = (await elsewhere.get('/v1/regions')).status;
        if (status === 200) await new Promise((r) => setTimeout(r, 100));
      }
      expect(status).toBe(401);
      expect(Date.now() - revokedAt).toBeLessThanOrEqual(KEY_CACHE_MS + 1_000);
    } finally {
      await other.close();
    }
  });
});
