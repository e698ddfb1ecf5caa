import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, httpAs, type Http, type TestApp } from './support/app.ts';
import { countRows, createOrganisation, putReturn, sql } from './support/fixtures.ts';

/*
 * What attackers and careless callers sent, each answered with a clear 4xx that changes nothing.
 * Today is fixed: 2025-26 is the current reporting year, 2024-25 the previous, 2026-27 the next.
 */

let t: TestApp;
let submitter: Http;
let analyst: Http;
const TODAY = '2025-06-01';
const good = { staffWte: 1000, qualifiedWte: 1 };

beforeAll(async () => {
  t = await createTestApp({ today: TODAY });
  for (const odsCode of ['HX1', 'HX2', 'HX3']) await createOrganisation(t.http, { odsCode, name: `Hostile ${odsCode}` });
  await createOrganisation(t.http, { odsCode: 'HXC', name: 'Closed 2022', closedOn: '2022-03-31' });
  const key = await t.http.post('/v1/api-keys').send({ name: 'HX lead', role: 'submitter', organisations: ['HX1', 'HX2', 'HXC'] });
  submitter = httpAs(t.app, key.body.key);
  analyst = httpAs(t.app, (await t.http.post('/v1/api-keys').send({ name: 'HX analyst', role: 'analyst' })).body.key);
});
afterAll(() => t.close());

const stored = () => countRows(t.db.url, 'return_revisions');

describe('which years a return may be written for', () => {
  it.each(['2098-99', '2027-28', '2030-31'])('refuses %s, after next year, from anyone (422), storing nothing', async (year) => {
    const before = await stored();
    for (const http of [submitter, t.http]) {
      const res = await putReturn(http, 'HX1', year, good);
      expect(res.status).toBe(422);
      expect(res.body.errors).toEqual([{ pointer: '/path/year', message: expect.stringMatching(/latest year that accepts returns is 2026-27/) }]);
    }
    expect(await stored()).toBe(before);
  });

  it('lets a submitter write the current and the previous year when no window is set, and nothing older', async () => {
    expect((await putReturn(submitter, 'HX1', '2025-26', good)).status).toBe(201);
    expect((await putReturn(submitter, 'HX1', '2024-25', good)).status).toBe(201);
    for (const year of ['2023-24', '1990-91', '2026-27']) {
      const res = await putReturn(submitter, 'HX1', year, good);
      expect(res.status).toBe(409);
      expect(res.body.detail).toMatch(/No reporting window is set/);
    }
    expect((await putReturn(t.http, 'HX1', '2026-27', good)).status).toBe(201); // an admin may write next year
  });

  it('applies a set window to submitters over HTTP: upcoming and closed refuse (409), open accepts', async () => {
    await t.http.put('/v1/years/2026-27').send({ opensOn: '2026-04-01', deadline: '2026-06-30', closesOn: '2026-07-31' }); // upcoming
    await t.http.put('/v1/years/2023-24').send({ opensOn: '2024-04-01', deadline: '2024-06-30', closesOn: '2024-07-31' }); // closed
    await t.http.put('/v1/years/2024-25').send({ opensOn: '2025-04-01', deadline: '2025-06-30', closesOn: '2025-07-31' }); // open
    for (const [year, status] of [['2026-27', 'upcoming'], ['2023-24', 'closed']] as const) {
      const res = await putReturn(submitter, 'HX2', year, good);
      expect(res.status).toBe(409);
      expect(res.body.detail).toContain(`window is ${status}`);
    }
    expect((await putReturn(submitter, 'HX2', '2024-25', good)).status).toBe(201);
    expect((await putReturn(analyst, 'HX2', '2024-25', good)).status).toBe(403);
  });

  it('leaves policies free to start after the last real year: a far-future return cannot block them', async () => {
    await putReturn(submitter, 'HX1', '2098-99', good);
    const policy = await t.http.post('/v1/policies').send({ effectiveFrom: '2027-28', flagThreshold: 1700, targetRatio: 1200, title: 'Review' });
    expect(policy.status).toBe(201);
  });

  it("refuses a closed organisation's return (422), so no one can flip the national figures through it", async () => {
    const summaryBefore = (await t.http.get('/v1/monitoring/2025-26/summary')).body.groups[0];
    const res = await putReturn(submitter, 'HXC', '2025-26', { staffWte: 100_000, qualifiedWte: 0 });
    expect(res.status).toBe(422);
    const summaryAfter = (await t.http.get('/v1/monitoring/2025-26/summary')).body.groups[0];
    expect(summaryAfter).toEqual(summaryBefore);
  });
});

describe('text and dates that cannot be stored faithfully', () => {
  it.each([
    ['a NUL in a comment', { ...good, comment: 'a\u0000b' }, '/body/comment'],
    ['a NUL in the staff source', { ...good, staffSource: 'ESR\u0000' }, '/body/staffSource'],
    ['an unpaired surrogate in a comment', { ...good, comment: 'before \ud800 after' }, '/body/comment'],
    ['a lone low surrogate in the staff source', { ...good, staffSource: '\udc00' }, '/body/staffSource'],
    ['a snapshot date in year 0000', { ...good, staffSnapshotDate: '0000-01-01' }, '/body/staffSnapshotDate'],
    ['a snapshot date in year 0001', { ...good, staffSnapshotDate: '0001-01-01' }, '/body/staffSnapshotDate'],
    ['a snapshot date before 2000', { ...good, staffSnapshotDate: '1999-12-31' }, '/body/staffSnapshotDate'],
    ['a snapshot date after 2100', { ...good, staffSnapshotDate: '9999-12-31' }, '/body/staffSnapshotDate'],
  ])('refuses %s with 400 and a pointer, storing nothing', async (_name, body, pointer) => {
    const before = await stored();
    const res = await putReturn(t.http, 'HX3', '2025-26', body);
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    expect(res.body.errors.map((e: { pointer: string }) => e.pointer)).toEqual([pointer]);
    expect(await stored()).toBe(before);
  });

  it('accepts the first and last dates and text with real astral characters', async () => {
    for (const date of ['2000-01-01', '2100-12-31']) {
      const res = await putReturn(t.http, 'HX3', '2025-26', { ...good, staffSnapshotDate: date, comment: `as at ${date} 📚` });
      expect(res.status).toBeLessThan(300);
      expect(res.body.comment).toBe(`as at ${date} 📚`);
    }
  });

  it('refuses a search with a NUL (400), and reads % and _ in a search literally', async () => {
    expect((await t.http.get('/v1/organisations').query({ q: 'a\u0000b' })).status).toBe(400);
    for (const q of ['%', '_', '\\']) {
      const res = await t.http.get('/v1/organisations').query({ q });
      expect(res.status).toBe(200);
      expect(res.body.meta.total).toBe(0);
    }
    expect((await t.http.get('/v1/organisations').query({ q: 'Hostile' })).body.meta.total).toBe(3);
  });

  it('refuses an audit `since` outside 2000 to 2100 (400)', async () => {
    expect((await t.http.get('/v1/audit').query({ since: '0000-01-01T00:00:00Z' })).status).toBe(400);
  });
});

describe('numbers are read exactly as written', () => {
  it.each([
    ['NUM1', '1000.1000000000000001', 400],
    ['NUM2', '12345.678', 400],
    ['NUM3', '1e3', 201],
    ['NUM4', '1000.10', 201],
  ])('%s: staffWte %s answers %i', async (odsCode, number, status) => {
    await createOrganisation(t.http, { odsCode });
    const res = await putReturn(t.http, odsCode, '2025-26', `{"staffWte": ${number}, "qualifiedWte": 1}`);
    expect(res.status).toBe(status);
    if (status === 400) expect(res.body.errors[0]).toEqual({ pointer: '/body/staffWte', message: 'must have at most 2 decimal places' });
  });

  it.each(['1e3', '0x10', '10.0', '-1', ' 5'])('refuses limit=%s (400): a page size is written in plain digits', async (limit) => {
    const res = await t.http.get('/v1/organisations').query({ limit });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].pointer).toBe('/query/limit');
  });

  it('refuses a body with a prototype-poisoning key (400), as Fastify does', async () => {
    const res = await putReturn(t.http, 'HX3', '2025-26', '{"staffWte": 1000, "qualifiedWte": 1, "__proto__": {"admin": true}}');
    expect(res.status).toBe(400);
  });
});

describe('unknown query parameters are refused on every route', () => {
  it('never writes for a misspelt dryRun: PUT ?dryrun=true is 400 and stores nothing', async () => {
    const before = await stored();
    const res = await t.http.put('/v1/organisations/HX3/returns/2025-26').query({ dryrun: 'true' }).send({ staffWte: 4321, qualifiedWte: 1 });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ pointer: '/query/dryrun', message: expect.stringMatching(/not a parameter/) }]);
    expect(await stored()).toBe(before);
  });

  it.each(['dry_run', 'Atomic', 'dryrun'])('never applies a bulk file sent with ?%s=true', async (name) => {
    const before = await stored();
    const res = await t.http.post('/v1/returns/bulk').query({ [name]: 'true' }).send({ rows: [{ odsCode: 'HX3', year: '2025-26', staffWte: 4322, qualifiedWte: 1 }] });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].pointer).toBe(`/query/${name}`);
    expect(await stored()).toBe(before);
  });

  it.each([
    '/v1/monitoring/2025-26/summary?regoin=Y56',
    '/v1/monitoring/2025-26/flagged?regoin=Y56',
    '/v1/monitoring/2025-26/completeness?Region=Y56',
    '/v1/returns?yaer=2025-26',
    '/v1/regions?x=1',
    '/health/live?verbose=1',
  ])('refuses GET %s (400) instead of answering unfiltered figures', async (path) => {
    const res = await t.http.get(path);
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
  });
});

describe('ETags', () => {
  it("are opaque: a return's tag holds no revision number, id or time", async () => {
    // Every organisation's revisions share one id sequence: its value must not show in a tag.
    await sql(t.db.url, `SELECT setval('return_revisions_id_seq', 987654)`);
    const res = await putReturn(t.http, 'HX3', '2025-26', { staffWte: 1111, qualifiedWte: 1 });
    const [row] = await sql<{ id: string }>(t.db.url, `SELECT current_revision_id::text AS id FROM annual_returns WHERE ods_code = 'HX3' AND year = 2025`);
    expect(row!.id).toBe('987655');
    expect(res.headers.etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    expect(res.headers.etag).not.toContain(row!.id);
    expect(res.headers.etag).not.toMatch(/r\d+\.o\d+/);
  });

  it('compares If-Match strongly: a weak tag never matches (412), the strong one does', async () => {
    const current = await t.http.get('/v1/organisations/HX3/returns/2025-26');
    const before = await stored();
    const weak = await putReturn(t.http, 'HX3', '2025-26', { staffWte: 1112, qualifiedWte: 1 }, { 'if-match': `W/${current.headers.etag}` });
    expect(weak.status).toBe(412);
    expect(await stored()).toBe(before);
    const strong = await putReturn(t.http, 'HX3', '2025-26', { staffWte: 1112, qualifiedWte: 1 }, { 'if-match': current.headers.etag! });
    expect(strong.status).toBe(200);
  });
});

describe('public routes never answer 500 to odd paths', () => {
  it('sends /docs/static/index.html with a query string to the docs page, not into a redirect loop', async () => {
    const res = await request(t.app.server).get('/docs/static/index.html?x=%00').redirects(0);
    expect(res.status).toBe(302);
    expect(res.headers.location).toBe('/docs/');
  });

  it.each([
    '/docs/static/../../package.json',
    '/docs/static/%2e%2e/%2e%2e/package.json',
    '/docs/static/%00',
    '/docs/static/..%2f..%2fpackage.json',
  ])('answers %s with a 4xx problem', async (path) => {
    const res = await request(t.app.server).get(path);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    expect(res.text).not.toMatch(/"version"|dependencies/);
  });
});
