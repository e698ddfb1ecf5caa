import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/app.ts';
import { countRows, createOrganisation, putReturn } from './support/fixtures.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ today: '2027-06-01' }); // 2028-29 is the latest year that takes returns
  await createOrganisation(t.http, { odsCode: 'P01' });
});
afterAll(() => t.close());

it('has the 2019 HEE policy, effective from 2018-19: flag at 1,730, target 1,250', async () => {
  const res = await t.http.get('/v1/policies');
  expect(res.body.data).toEqual([
    expect.objectContaining({ effectiveFrom: '2018-19', flagThreshold: 1730, targetRatio: 1250, title: expect.stringContaining('HEE') }),
  ]);
});

it('applies a new policy from its year on, never changing the bands of earlier years', async () => {
  const earlier = await putReturn(t.http, 'P01', '2024-25', { staffWte: 1600, qualifiedWte: 1 });
  expect(earlier.body.band).toBe('short_of_target');

  const created = await t.http.post('/v1/policies').send({ effectiveFrom: '2027-28', flagThreshold: 1500, targetRatio: 1000, title: 'A stricter review' });
  expect(created.status).toBe(201);
  expect(created.body).toMatchObject({ effectiveFrom: '2027-28', flagThreshold: 1500, targetRatio: 1000 });

  const stillEarlier = await t.http.get('/v1/organisations/P01/returns/2024-25');
  expect(stillEarlier.body).toMatchObject({ band: 'short_of_target', policy: { effectiveFrom: '2018-19' } });
  const between = await putReturn(t.http, 'P01', '2026-27', { staffWte: 1600, qualifiedWte: 1 });
  expect(between.body).toMatchObject({ band: 'short_of_target', policy: { effectiveFrom: '2018-19' } });
  const later = await putReturn(t.http, 'P01', '2028-29', { staffWte: 1600, qualifiedWte: 1 });
  expect(later.body).toMatchObject({ band: 'flagged', gapWte: 0.6, policy: { effectiveFrom: '2027-28', flagThreshold: 1500, targetRatio: 1000 } });
});

it('refuses a policy that would start at or before a year already reported, or before the latest policy', async () => {
  const before = await countRows(t.db.url, 'policies');
  const overReported = await t.http.post('/v1/policies').send({ effectiveFrom: '2028-29', flagThreshold: 1400, targetRatio: 900, title: 'x' });
  expect(overReported.status).toBe(409);
  const beforeLatest = await t.http.post('/v1/policies').send({ effectiveFrom: '2019-20', flagThreshold: 1400, targetRatio: 900, title: 'x' });
  expect(beforeLatest.status).toBe(409);
  const upsideDown = await t.http.post('/v1/policies').send({ effectiveFrom: '2035-36', flagThreshold: 900, targetRatio: 1400, title: 'x' });
  expect(upsideDown.status).toBe(422);
  const badYear = await t.http.post('/v1/policies').send({ effectiveFrom: '2035-37', flagThreshold: 1400, targetRatio: 900, title: 'x' });
  expect(badYear.status).toBe(400);
  expect(await countRows(t.db.url, 'policies')).toBe(before);
});
