import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { parse } from 'csv-parse/sync';
import { createTestApp, type TestApp } from './support/app.ts';
import { createOrganisation, putReturn } from './support/fixtures.ts';

let t: TestApp;
// ratio, band: B01 1000 meets; B02 1500 short; B03 2000 flagged; B04 none (no qualified) flagged; B05 in 2023-24
beforeAll(async () => {
  t = await createTestApp();
  await createOrganisation(t.http, { odsCode: 'B01', regionCode: 'Y56', type: 'acute', name: '=HYPERLINK("http://x")' });
  await createOrganisation(t.http, { odsCode: 'B02', regionCode: 'Y56', type: 'mental_health' });
  await createOrganisation(t.http, { odsCode: 'B03', regionCode: 'Y60', type: 'acute' });
  await createOrganisation(t.http, { odsCode: 'B04', regionCode: 'Y60', type: 'community' });
  await createOrganisation(t.http, { odsCode: 'B05', regionCode: 'Y61', type: 'icb' });
  await putReturn(t.http, 'B01', '2024-25', { staffWte: 1000, qualifiedWte: 1 });
  await putReturn(t.http, 'B02', '2024-25', { staffWte: 3000, qualifiedWte: 2 });
  await putReturn(t.http, 'B03', '2024-25', { staffWte: 8000, qualifiedWte: 4 });
  await putReturn(t.http, 'B04', '2024-25', { staffWte: 500, qualifiedWte: 0 });
  await putReturn(t.http, 'B05', '2023-24', { staffWte: 4000, qualifiedWte: 1 });
});
afterAll(() => t.close());

const codes = (res: request.Response) => res.body.data.map((r: { odsCode: string }) => r.odsCode);

describe('GET /v1/returns', () => {
  it('lists current returns newest year first with pagination meta', async () => {
    const res = await t.http.get('/v1/returns');
    expect(res.status).toBe(200);
    expect(codes(res)).toEqual(['B01', 'B02', 'B03', 'B04', 'B05']);
    expect(res.body.meta).toEqual({ total: 5, limit: 50, offset: 0 });
  });

  it('filters by year, region, type and band', async () => {
    expect(codes(await t.http.get('/v1/returns?year=2023-24'))).toEqual(['B05']);
    expect(codes(await t.http.get('/v1/returns?region=Y60'))).toEqual(['B03', 'B04']);
    expect(codes(await t.http.get('/v1/returns?type=acute'))).toEqual(['B01', 'B03']);
    expect(codes(await t.http.get('/v1/returns?band=flagged&year=2024-25'))).toEqual(['B03', 'B04']);
    expect(codes(await t.http.get('/v1/returns?band=short_of_target'))).toEqual(['B02']);
  });

  it('sorts by ratio, worst ratio first (no qualified staff before any ratio), ODS code and largest gap', async () => {
    expect(codes(await t.http.get('/v1/returns?year=2024-25&sort=ratio'))).toEqual(['B01', 'B02', 'B03', 'B04']);
    expect(codes(await t.http.get('/v1/returns?year=2024-25&sort=-ratio'))).toEqual(['B04', 'B03', 'B02', 'B01']);
    expect(codes(await t.http.get('/v1/returns?sort=odsCode'))).toEqual(['B01', 'B02', 'B03', 'B04', 'B05']);
    // gaps: B03 8000/1250-4 = 2.4, B05 2.2, B02 0.4, B04 0.4, B01 0
    expect(codes(await t.http.get('/v1/returns?sort=-gapWte'))).toEqual(['B03', 'B05', 'B02', 'B04', 'B01']);
  });

  it('pages with limit and offset, keeping the total', async () => {
    const res = await t.http.get('/v1/returns?sort=odsCode&limit=2&offset=2');
    expect(codes(res)).toEqual(['B03', 'B04']);
    expect(res.body.meta).toEqual({ total: 5, limit: 2, offset: 2 });
    const beyond = await t.http.get('/v1/returns?limit=2&offset=50');
    expect(beyond.body).toEqual({ data: [], meta: { total: 5, limit: 2, offset: 50 } });
  });

  it('rejects a bad filter, limit or sort with 400 naming the parameter', async () => {
    for (const [query, pointer] of [
      ['year=2024', '/query/year'],
      ['limit=1001', '/query/limit'],
      ['limit=0', '/query/limit'],
      ['offset=-1', '/query/offset'],
      ['sort=name', '/query/sort'],
      ['band=bad', '/query/band'],
    ]) {
      const res = await t.http.get(`/v1/returns?${query}`);
      expect(res.status, query).toBe(400);
      expect(res.body.errors[0].pointer).toBe(pointer);
    }
  });

  it('answers CSV for ?format=csv and for Accept: text/csv, with formulas neutralised', async () => {
    const res = await t.http.get('/v1/returns?format=csv&sort=odsCode');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    const rows = parse(res.text, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(5);
    expect(rows[0]).toMatchObject({ odsCode: 'B01', year: '2024-25', staffWte: '1000', ratioDisplay: '1:1,000', band: 'meets_target' });
    expect(rows[0]!.organisationName).toBe(`'=HYPERLINK("http://x")`);
    const viaAccept = await t.http.get('/v1/returns?sort=odsCode').set('accept', 'text/csv');
    expect(viaAccept.headers['content-type']).toMatch(/^text\/csv/);
    expect(viaAccept.text).toBe(res.text);
  });

  it('tags the list with an ETag that changes when a return changes', async () => {
    const first = await t.http.get('/v1/returns');
    expect((await t.http.get('/v1/returns').set('if-none-match', first.headers.etag!)).status).toBe(304);
    await putReturn(t.http, 'B01', '2024-25', { staffWte: 1001, qualifiedWte: 1 });
    const after = await t.http.get('/v1/returns').set('if-none-match', first.headers.etag!);
    expect(after.status).toBe(200);
    expect(after.headers.etag).not.toBe(first.headers.etag);
  });
});
