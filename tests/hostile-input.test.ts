import { createHash } from 'node:crypto';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, httpAs, TEST_ADMIN_KEY, type Http, type TestApp } from './support/app.ts';
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
    // 2023-24 is refused without a window (too old), and accepted while its window is open.
    expect((await putReturn(submitter, 'HX2', '2023-24', good)).status).toBe(409);
    const windows = [
      ['2026-27', { opensOn: '2026-04-01', deadline: '2026-06-30', closesOn: '2026-07-31' }], // upcoming
      ['2024-25', { opensOn: '2024-04-01', deadline: '2024-06-30', closesOn: '2024-07-31' }], // closed
      ['2023-24', { opensOn: '2025-04-01', deadline: '2025-06-30', closesOn: '2025-07-31' }], // open
    ] as const;
    for (const [year, window] of windows) expect((await t.http.put(`/v1/years/${year}`).send(window)).status).toBe(201);
    for (const [year, status] of [['2026-27', 'upcoming'], ['2024-25', 'closed']] as const) {
      const res = await putReturn(submitter, 'HX2', year, good);
      expect(res.status).toBe(409);
      expect(res.body.detail).toContain(`window is ${status}`);
    }
    expect((await putReturn(submitter, 'HX2', '2023-24', good)).status).toBe(201);
    expect((await putReturn(analyst, 'HX2', '2023-24', good)).status).toBe(403);
  });

  it('leaves policies free to start after next year: a far-future return is refused, so it cannot block them', async () => {
    expect((await putReturn(t.http, 'HX1', '2098-99', good)).status).toBe(422);
    const policy = await t.http.post('/v1/policies').send({ effectiveFrom: '2027-28', flagThreshold: 1700, targetRatio: 1200, title: 'Review' });
    expect(policy.status).toBe(201);
  });

  it("says 422 (not open) rather than 409 (window) for a closed organisation's year in a closed window", async () => {
    await t.http.put('/v1/years/2021-22').send({ opensOn: '2022-04-01', deadline: '2022-06-30', closesOn: '2022-07-31' });
    const res = await putReturn(submitter, 'HXC', '2022-23', good);
    expect(res.status).toBe(422);
    expect(res.body.detail).toMatch(/was not open during 2022-23/);
  });

  it("refuses a closed organisation's return (422), so no one can flip the national figures through it", async () => {
    const summaryBefore = (await t.http.get('/v1/monitoring/2025-26/summary')).body.groups[0];
    const before = await stored();
    const res = await putReturn(submitter, 'HXC', '2025-26', { staffWte: 100_000, qualifiedWte: 0 });
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([{ pointer: '/path/year', message: expect.stringMatching(/HXC was not open during 2025-26/) }]);
    expect(await stored()).toBe(before);
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
    for (const since of ['0000-01-01T00:00:00Z', '1999-12-31T23:59:59Z', '2101-01-01T00:00:00Z']) {
      expect((await t.http.get('/v1/audit').query({ since })).status).toBe(400);
    }
    expect((await t.http.get('/v1/audit').query({ since: '2000-01-01T00:00:00Z' })).status).toBe(200);
  });

  it('refuses a body whose bytes are not UTF-8 (400) instead of storing U+FFFD', async () => {
    const before = await stored();
    const bytes = Buffer.concat([Buffer.from('{"staffWte": 1000, "qualifiedWte": 1, "comment": "caf'), Buffer.from([0xe9, 0xed, 0xa0, 0x80]), Buffer.from('"}')]);
    const res = await t.app.inject({
      method: 'PUT',
      url: '/v1/organisations/HX3/returns/2025-26',
      headers: { authorization: `Bearer ${TEST_ADMIN_KEY}`, 'content-type': 'application/json' },
      payload: bytes,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toMatch(/not valid UTF-8/);
    const csv = Buffer.concat([Buffer.from('odsCode,year,staffWte,qualifiedWte,comment\nHX3,2025-26,1000,1,caf'), Buffer.from([0xe9]), Buffer.from('\n')]);
    const file = await t.app.inject({ method: 'POST', url: '/v1/returns/bulk', headers: { authorization: `Bearer ${TEST_ADMIN_KEY}`, 'content-type': 'text/csv' }, payload: csv });
    expect(file.statusCode).toBe(400);
    expect(file.json().detail).toMatch(/^The file is not UTF-8: line 2 has a byte \(0xE9\).*CSV UTF-8/);
    expect(await stored()).toBe(before);
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

  it('accepts the bounds themselves: staffWte 100,000 and qualifiedWte (and each role) 1,000', async () => {
    await createOrganisation(t.http, { odsCode: 'BOUND' });
    const res = await putReturn(t.http, 'BOUND', '2025-26', { staffWte: 100_000, qualifiedWte: 1_000, roles: { clinicalLibrarianWte: 1_000 } });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ staffWte: 100_000, qualifiedWte: 1_000 });
    expect((await putReturn(t.http, 'BOUND', '2025-26', { staffWte: 100_000, qualifiedWte: 1_000, roles: { otherEmbeddedWte: 1_000.01 } })).status).toBe(400);
  });

  it.each(['1e3', '0x10', '10.0', '-1', ' 5'])('refuses limit=%s (400): a page size is written in plain digits', async (limit) => {
    const res = await t.http.get('/v1/organisations').query({ limit });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].pointer).toBe('/query/limit');
  });

  it('refuses a body that names a field twice (400): JSON.parse would silently keep the last value', async () => {
    const before = await stored();
    const res = await putReturn(t.http, 'HX3', '2025-26', '{"staffWte": 1000, "qualifiedWte": 1, "staffWte": 5000}');
    expect(res.status).toBe(400);
    expect(res.body.detail).toMatch(/"staffWte" twice/);
    const policy = await t.http.post('/v1/policies').set('content-type', 'application/json').send('{"effectiveFrom": "2030-31", "flagThreshold": 1700, "targetRatio": 1200, "title": "x", "title": "y"}');
    expect(policy.status).toBe(400);
    expect(await stored()).toBe(before);
  });

  it('refuses a plain-text body with 415, naming JSON', async () => {
    const res = await t.http.put('/v1/organisations/HX3/returns/2025-26').set('content-type', 'text/plain').send('staffWte=1000');
    expect(res.status).toBe(415);
    expect(res.body.detail).toMatch(/application\/json/);
  });

  it('refuses a body with a prototype-poisoning key (400), as Fastify does', async () => {
    const res = await putReturn(t.http, 'HX3', '2025-26', '{"staffWte": 1000, "qualifiedWte": 1, "__proto__": {"admin": true}}');
    expect(res.status).toBe(400);
    expect(res.body.detail).toContain('__proto__');
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
  it("are opaque: a return's tag shows neither the revision id nor the organisation's version time", async () => {
    // Every organisation's revisions share one id sequence: its value must not show in a tag.
    await sql(t.db.url, `SELECT setval('return_revisions_id_seq', 987654)`);
    const res = await putReturn(t.http, 'HX3', '2025-26', { staffWte: 1111, qualifiedWte: 1 });
    const [row] = await sql<{ id: string }>(t.db.url, `SELECT current_revision_id::text AS id FROM annual_returns WHERE ods_code = 'HX3' AND year = 2025`);
    expect(row!.id).toBe('987655');
    expect(res.headers.etag).toMatch(/^"[\x21\x23-\x7e]+"$/); // a strong entity tag, whatever it holds
    expect(res.headers.etag).not.toContain(row!.id);
    // Keyed: not a plain hash of what identifies the version, which anyone could recompute.
    const [org] = await sql<{ version: string }>(t.db.url, `SELECT (extract(epoch FROM updated_at) * 1000)::bigint::text AS version FROM organisations WHERE ods_code = 'HX3'`);
    for (const algorithm of ['sha1', 'sha256']) {
      const plain = createHash(algorithm).update(`${row!.id}.${org!.version}`).digest('base64url').slice(0, 27);
      expect(res.headers.etag).not.toBe(`"${plain}"`);
    }
    expect(res.headers.etag).not.toContain(org!.version);
    expect(res.headers.etag).not.toMatch(/r\d+\.o\d+/);
  });

  it('honours If-None-Match: * on a PUT as "create only" (412 when the return exists)', async () => {
    await createOrganisation(t.http, { odsCode: 'INM1' });
    expect((await putReturn(t.http, 'INM1', '2025-26', good, { 'if-none-match': '*' })).status).toBe(201);
    const before = await stored();
    const again = await putReturn(t.http, 'INM1', '2025-26', { staffWte: 2000, qualifiedWte: 1 }, { 'if-none-match': '*' });
    expect(again.status).toBe(412);
    expect(await stored()).toBe(before);
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
