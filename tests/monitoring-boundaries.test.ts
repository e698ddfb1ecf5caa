import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/app.ts';
import { createOrganisation, putReturn } from './support/fixtures.ts';

/*
 * The monitoring rules that live in SQL, each at its boundary, so that a change of `<=` to `<`,
 * of DESC to ASC, or a dropped filter fails here. Every organisation closes by 31 March 2026, so
 * 2026-27 has no groups at all and its policy is read on its own.
 *
 * Policies: 2018-19 (1,730 / 1,250, from the migration), 2024-25 (1,500 / 1,000),
 * 2025-26 (2,000 / 1,700), 2026-27 (1,900 / 1,400), 2027-28 (1,800 / 1,300).
 */

let t: TestApp;
const CLOSES = '2026-03-31';
const policies = [
  ['2024-25', 1500, 1000],
  ['2025-26', 2000, 1700],
  ['2026-27', 1900, 1400],
  ['2027-28', 1800, 1300],
] as const;
const policyRef = (effectiveFrom: string, flagThreshold: number, targetRatio: number) => ({ effectiveFrom, flagThreshold, targetRatio });

beforeAll(async () => {
  t = await createTestApp({ today: '2026-06-15' });
  for (const [effectiveFrom, flagThreshold, targetRatio] of policies) {
    const res = await t.http.post('/v1/policies').send({ effectiveFrom, flagThreshold, targetRatio, title: `Policy ${effectiveFrom}` });
    expect(res.status).toBe(201);
  }
  const orgs = [
    { odsCode: 'BA1', regionCode: 'Y56', openedOn: '2025-03-31', closedOn: CLOSES }, // opened on the last day of 2024-25
    { odsCode: 'BB1', regionCode: 'Y56', openedOn: '2025-04-01', closedOn: CLOSES }, // opened the day after
    { odsCode: 'BC1', regionCode: 'Y60', openedOn: null, closedOn: '2024-04-01' }, // closed on the first day of 2024-25
    { odsCode: 'BD1', regionCode: 'Y60', openedOn: null, closedOn: '2024-03-31' }, // closed the day before
    { odsCode: 'BE1', regionCode: 'Y60', openedOn: null, closedOn: CLOSES }, // reports every year
    { odsCode: 'BF1', regionCode: 'Y56', openedOn: null, closedOn: CLOSES }, // reports in 2024-25
  ];
  for (const org of orgs) await createOrganisation(t.http, org);
  for (const year of ['2023-24', '2024-25', '2025-26']) {
    expect((await putReturn(t.http, 'BE1', year, { staffWte: 1600, qualifiedWte: 1 })).status).toBe(201);
  }
  expect((await putReturn(t.http, 'BF1', '2024-25', { staffWte: 1100, qualifiedWte: 1 })).status).toBe(201);
});
afterAll(() => t.close());

const summary = async (year: string, query = '') => {
  const res = await t.http.get(`/v1/monitoring/${year}/summary${query}`);
  expect(res.status).toBe(200);
  return res.body;
};

describe("the policy for a year is the latest that took effect in or before it", () => {
  it('uses a policy effective from exactly the year asked, not the one before it or the one after', async () => {
    const body = await summary('2024-25');
    expect(body.policy).toEqual(policyRef('2024-25', 1500, 1000));
    // The counts come from each return's stored band (its own year's policy when submitted):
    // BE1's 1:1,600 is flagged only under 2024-25's 1,500.
    expect(body.groups[0]).toMatchObject({ counts: { flagged: 1, shortOfTarget: 1, meetsTarget: 0 } });
    // The pooled band comes from the summary's own policy: Y60 (BE1 alone, 1:1,600) is flagged
    // under 1,500 / 1,000 and would be short of target under 2018-19's 1,730 / 1,250.
    const regions = await summary('2024-25', '?groupBy=region');
    expect(regions.groups.find((g: { key: string }) => g.key === 'Y60')).toMatchObject({ band: 'flagged', gapWte: 0.6 });
  });

  it('uses the 2018-19 policy (the 2019 HEE policy) for a year before the next policy took effect', async () => {
    const body = await summary('2023-24');
    expect(body.policy).toEqual(policyRef('2018-19', 1730, 1250));
    expect(body.groups[0]).toMatchObject({ band: 'short_of_target', counts: { shortOfTarget: 1 } });
  });

  it('reads the policy on its own for a year with no groups, by the same rule', async () => {
    const body = await summary('2026-27');
    expect(body.groups).toEqual([]);
    expect(body.policy).toEqual(policyRef('2026-27', 1900, 1400));
  });

  it('gives each point of a trend the policy of its own year: three policies in one history', async () => {
    const res = await t.http.get('/v1/monitoring/trends?from=2023-24&to=2025-26&groupBy=region');
    expect(res.status).toBe(200);
    const y60 = res.body.groups.find((g: { key: string }) => g.key === 'Y60');
    expect(y60.points.map((p: { year: string; band: string }) => [p.year, p.band])).toEqual([
      ['2023-24', 'short_of_target'], // 1:1,600 under 1,730 / 1,250
      ['2024-25', 'flagged'], // under 1,500 / 1,000
      ['2025-26', 'meets_target'], // under 2,000 / 1,700
    ]);
    expect(y60.points.map((p: { gapWte: number }) => p.gapWte)).toEqual([0.28, 0.6, 0]);
  });
});

describe('who is expected to report: open on any day of the year, both end days included', () => {
  it('counts an organisation opened on the last day or closed on the first day, and not the day after or before', async () => {
    const body = await summary('2024-25', '?groupBy=region');
    const expected = Object.fromEntries(body.groups.map((g: { key: string; organisationsExpected: number }) => [g.key, g.organisationsExpected]));
    expect(expected).toEqual({ Y56: 2, Y60: 2 }); // BA1 + BF1; BC1 + BE1
  });

  it('lists the same organisations as missing in completeness', async () => {
    const res = await t.http.get('/v1/monitoring/2024-25/completeness');
    expect(res.body).toMatchObject({ expected: 4, reported: 2 });
    expect(res.body.missing.map((m: { odsCode: string }) => m.odsCode)).toEqual(['BA1', 'BC1']);
  });

  it('filters completeness by region when asked', async () => {
    const y60 = await t.http.get('/v1/monitoring/2024-25/completeness?region=Y60');
    expect(y60.body).toMatchObject({ expected: 2, reported: 1 });
    expect(y60.body.missing).toEqual([{ odsCode: 'BC1', name: 'Test organisation BC1', regionCode: 'Y60', type: 'acute' }]);
    const y56 = await t.http.get('/v1/monitoring/2024-25/completeness?region=Y56');
    expect(y56.body.missing.map((m: { odsCode: string }) => m.odsCode)).toEqual(['BA1']);
  });
});
