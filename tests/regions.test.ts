import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/app.ts';
import { countRows } from './support/fixtures.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

it('has the seven NHS England regions after migration', async () => {
  const res = await t.http.get('/v1/regions');
  expect(res.status).toBe(200);
  expect(res.body.data).toEqual([
    { code: 'Y56', name: 'London' },
    { code: 'Y58', name: 'South West' },
    { code: 'Y59', name: 'South East' },
    { code: 'Y60', name: 'Midlands' },
    { code: 'Y61', name: 'East of England' },
    { code: 'Y62', name: 'North West' },
    { code: 'Y63', name: 'North East and Yorkshire' },
  ]);
  expect(res.body.meta).toEqual({ total: 7, limit: 50, offset: 0 });
});

it('adds a region, and refuses a duplicate or a malformed code without changing anything', async () => {
  const created = await t.http.post('/v1/regions').send({ code: 'Y54', name: 'North of England (historic)' });
  expect(created.status).toBe(201);
  expect(created.body).toEqual({ code: 'Y54', name: 'North of England (historic)' });
  const duplicate = await t.http.post('/v1/regions').send({ code: 'Y56', name: 'Another London' });
  expect(duplicate.status).toBe(409);
  const malformed = await t.http.post('/v1/regions').send({ code: 'y5', name: 'x' });
  expect(malformed.status).toBe(400);
  expect(malformed.body.errors[0].pointer).toBe('/body/code');
  expect(await countRows(t.db.url, 'regions')).toBe(8);
  expect(await countRows(t.db.url, 'regions', `code = 'Y56' AND name = 'London'`)).toBe(1);
});
