import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { createTestApp, type TestApp } from './support/app.ts';
import { countRows, createOrganisation, sql } from './support/fixtures.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await createOrganisation(t.http, { odsCode: 'RJ1', name: 'Guy’s and St Thomas’ NHS Foundation Trust', type: 'acute', regionCode: 'Y56' });
  await createOrganisation(t.http, { odsCode: 'RX1', name: 'Nottingham University Hospitals', type: 'acute', regionCode: 'Y60' });
  await createOrganisation(t.http, { odsCode: 'RHA', name: 'Nottinghamshire Healthcare', type: 'mental_health', regionCode: 'Y60' });
  await createOrganisation(t.http, { odsCode: 'OLD1', name: 'Closed Trust', type: 'community', regionCode: 'Y60', openedOn: '2001-04-01', closedOn: '2020-03-31', successorOdsCode: 'RHA' });
});
afterAll(() => t.close());

const codes = (res: request.Response) => res.body.data.map((o: { odsCode: string }) => o.odsCode);

describe('organisations', () => {
  it('creates an organisation with 201 and reads it back', async () => {
    const res = await t.http.post('/v1/organisations').send({ odsCode: 'RTH', name: 'Oxford', type: 'acute', regionCode: 'Y59', openedOn: '2001-04-01' });
    expect(res.status).toBe(201);
    expect(res.headers.location).toBe('/v1/organisations/RTH');
    expect(res.body).toMatchObject({ odsCode: 'RTH', name: 'Oxford', type: 'acute', regionCode: 'Y59', openedOn: '2001-04-01', closedOn: null, successorOdsCode: null });
    const read = await t.http.get('/v1/organisations/RTH');
    expect(read.body).toEqual(res.body);
  });

  it('answers 409 for an ODS code already taken, changing nothing', async () => {
    const res = await t.http.post('/v1/organisations').send({ odsCode: 'RJ1', name: 'Impostor', type: 'icb', regionCode: 'Y58' });
    expect(res.status).toBe(409);
    const [row] = await sql<{ name: string }>(t.db.url, `SELECT name FROM organisations WHERE ods_code = 'RJ1'`);
    expect(row!.name).toContain('Guy');
  });

  it.each([
    ['an ODS code with a hyphen', { odsCode: 'rj-9', name: 'x', type: 'acute', regionCode: 'Y56' }, 400, '/body/odsCode'],
    ['a six-character ODS code', { odsCode: 'ABCDEF', name: 'x', type: 'acute', regionCode: 'Y56' }, 400, '/body/odsCode'],
    ['an unknown type', { odsCode: 'ZZ1', name: 'x', type: 'hospital', regionCode: 'Y56' }, 400, '/body/type'],
    ['a bad date', { odsCode: 'ZZ1', name: 'x', type: 'acute', regionCode: 'Y56', openedOn: '2020-02-30' }, 400, '/body/openedOn'],
    ['a date in year 0001', { odsCode: 'ZZ1', name: 'x', type: 'acute', regionCode: 'Y56', openedOn: '0001-01-01' }, 400, '/body/openedOn'],
    ['a date before 2000', { odsCode: 'ZZ1', name: 'x', type: 'acute', regionCode: 'Y56', closedOn: '1999-12-31' }, 400, '/body/closedOn'],
    ['a date after 2100', { odsCode: 'ZZ1', name: 'x', type: 'acute', regionCode: 'Y56', closedOn: '2101-01-01' }, 400, '/body/closedOn'],
    ['a NUL in the name', { odsCode: 'ZZ1', name: 'a\u0000b', type: 'acute', regionCode: 'Y56' }, 400, '/body/name'],
    ['an unpaired surrogate in the name', { odsCode: 'ZZ1', name: 'a\ud800b', type: 'acute', regionCode: 'Y56' }, 400, '/body/name'],
    ['an unknown region', { odsCode: 'ZZ1', name: 'x', type: 'acute', regionCode: 'Y99' }, 422, '/body/regionCode'],
    ['an unknown successor', { odsCode: 'ZZ1', name: 'x', type: 'acute', regionCode: 'Y56', successorOdsCode: 'NONE' }, 422, '/body/successorOdsCode'],
    ['closing before opening', { odsCode: 'ZZ1', name: 'x', type: 'acute', regionCode: 'Y56', openedOn: '2020-01-01', closedOn: '2019-01-01' }, 422, '/body/closedOn'],
  ])('rejects %s, storing nothing', async (_name, body, status, pointer) => {
    const before = await countRows(t.db.url, 'organisations');
    const res = await t.http.post('/v1/organisations').send(body);
    expect(res.status).toBe(status);
    expect(res.body.errors.map((e: { pointer: string }) => e.pointer)).toContain(pointer);
    expect(await countRows(t.db.url, 'organisations')).toBe(before);
  });

  it('changes only the fields given with PATCH, and refuses a new ODS code', async () => {
    const res = await t.http.patch('/v1/organisations/RX1').send({ name: 'Nottingham University Hospitals NHS Trust', closedOn: null });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ odsCode: 'RX1', name: 'Nottingham University Hospitals NHS Trust', type: 'acute', regionCode: 'Y60' });
    expect(res.body.updatedAt > res.body.createdAt).toBe(true);
    const rename = await t.http.patch('/v1/organisations/RX1').send({ odsCode: 'RX2' });
    expect(rename.status).toBe(400);
    const bad = await t.http.patch('/v1/organisations/RX1').send({ regionCode: 'Y99' });
    expect(bad.status).toBe(422);
    expect((await t.http.get('/v1/organisations/RX1')).body.regionCode).toBe('Y60');
    expect((await t.http.patch('/v1/organisations/NOPE').send({ name: 'x' })).status).toBe(404);
  });

  it('reads an ODS code written in lower case as upper case (zl1 is ZL1), in a body and in a path', async () => {
    const created = await t.http.post('/v1/organisations').send({ odsCode: 'zl1', name: 'Lower', type: 'acute', regionCode: 'Y61' });
    expect(created.status).toBe(201);
    expect(created.body.odsCode).toBe('ZL1');
    expect((await t.http.get('/v1/organisations/zl1')).body.odsCode).toBe('ZL1');
    expect((await t.http.post('/v1/organisations').send({ odsCode: 'ZL1', name: 'Again', type: 'acute', regionCode: 'Y61' })).status).toBe(409);
  });

  it('filters by region, type, whether open today, and a search on name or code', async () => {
    expect(codes(await t.http.get('/v1/organisations?region=Y60'))).toEqual(['OLD1', 'RHA', 'RX1']);
    expect(codes(await t.http.get('/v1/organisations?type=mental_health'))).toEqual(['RHA']);
    expect(codes(await t.http.get('/v1/organisations?active=false'))).toEqual(['OLD1']);
    expect(codes(await t.http.get('/v1/organisations?active=true&region=Y60'))).toEqual(['RHA', 'RX1']);
    expect(codes(await t.http.get('/v1/organisations?q=nottingham'))).toEqual(['RHA', 'RX1']);
    expect(codes(await t.http.get('/v1/organisations?q=rj'))).toEqual(['RJ1']);
  });

  it('records mergers: the closed organisation names its successor', async () => {
    const res = await t.http.get('/v1/organisations/OLD1');
    expect(res.body).toMatchObject({ closedOn: '2020-03-31', successorOdsCode: 'RHA' });
  });

  it('answers CSV with a header row and one row per organisation', async () => {
    const res = await t.http.get('/v1/organisations?region=Y60&format=csv');
    const lines = res.text.trim().split('\r\n');
    expect(lines[0]).toBe('odsCode,name,type,regionCode,openedOn,closedOn,successorOdsCode');
    expect(lines).toHaveLength(4);
    expect(res.headers['x-total-count']).toBe('3');
  });

  it('answers 404 problem+json for an unknown ODS code', async () => {
    const res = await t.http.get('/v1/organisations/ZZZ');
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
  });
});
