import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/app.ts';
import { countRows } from './support/fixtures.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

// The rules behind these routes (year format, window status) are pinned in tests/rules/years.test.ts.
it('sets a window with 201, changes it with 200, and lists years with their status', async () => {
  const created = await t.http.put('/v1/years/2019-20').send({ opensOn: '2020-04-01', deadline: '2020-06-30', closesOn: '2020-07-31' });
  expect(created.status).toBe(201);
  expect(created.body).toEqual({ year: '2019-20', opensOn: '2020-04-01', deadline: '2020-06-30', closesOn: '2020-07-31', status: 'closed' });
  const changed = await t.http.put('/v1/years/2019-20').send({ opensOn: '2020-04-01', deadline: '2020-06-30', closesOn: '2099-07-31' });
  expect(changed.status).toBe(200);
  expect(changed.body.status).toBe('open');
  await t.http.put('/v1/years/2098-99').send({ opensOn: '2099-04-01', deadline: '2099-06-30', closesOn: '2099-07-31' });
  const list = await t.http.get('/v1/years');
  expect(list.body.data.map((y: { year: string; status: string }) => [y.year, y.status])).toEqual([['2098-99', 'upcoming'], ['2019-20', 'open']]);
});

it('refuses dates out of order (422) or a malformed year (400), storing nothing', async () => {
  const before = await countRows(t.db.url, 'reporting_years');
  const outOfOrder = await t.http.put('/v1/years/2021-22').send({ opensOn: '2022-04-01', deadline: '2022-03-01', closesOn: '2022-07-31' });
  expect(outOfOrder.status).toBe(422);
  expect(outOfOrder.body.errors[0].pointer).toBe('/body/deadline');
  const badYear = await t.http.put('/v1/years/2021-23').send({ opensOn: '2022-04-01', deadline: '2022-05-01', closesOn: '2022-07-31' });
  expect(badYear.status).toBe(400);
  expect(await countRows(t.db.url, 'reporting_years')).toBe(before);
});
