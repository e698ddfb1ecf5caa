import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/app.ts';
import { createOrganisation, putReturn } from './support/fixtures.ts';

/*
 * GET /v1/monitoring/projections. The national data lie on an exact straight line, so what the
 * projection must say is known in advance: pooled staff 100,000 + 2,000k and pooled qualified
 * 50 + 5k in year 2019 + k (k = 0..4), split between two organisations. The target (1:1,250) is
 * first met when 100,000 + 2,000k <= 1,250 (50 + 5k), i.e. k >= 8.82: k = 9, 2028-29.
 * WB1's figures (region Y60, the only integrated care board) are off any line and checked against
 * a least-squares fit computed here.
 */

let t: TestApp;
const line = (k: number) => ({ staff: 100_000 + 2_000 * k, qualified: 50 + 5 * k });
const Y60 = [
  ['2019-20', 5000, 3.1],
  ['2020-21', 5400, 3.0],
  ['2021-22', 5300, 3.6],
  ['2022-23', 5900, 3.7],
  ['2023-24', 6050, 4.2],
] as const;

beforeAll(async () => {
  t = await createTestApp();
  await createOrganisation(t.http, { odsCode: 'LN1', regionCode: 'Y56' });
  await createOrganisation(t.http, { odsCode: 'LN2', regionCode: 'Y56', type: 'community' });
  await createOrganisation(t.http, { odsCode: 'WB1', regionCode: 'Y60', type: 'icb' });
  await createOrganisation(t.http, { odsCode: 'SH1', regionCode: 'Y58' });
  for (let k = 0; k <= 4; k += 1) {
    const year = `${2019 + k}-${String(20 + k).padStart(2, '0')}`;
    const { staff, qualified } = line(k);
    // Split unevenly between LN1 and LN2 (minus what Y60 and Y58 report that year), so only the sums lie on the line.
    const [, wbStaff, wbQualified] = Y60[k]!;
    const shStaff = k >= 3 ? 1000 : 0;
    const rest = { staff: staff - wbStaff - shStaff, qualified: qualified - wbQualified - (shStaff ? 1 : 0) };
    const ln1Staff = Math.round(rest.staff * (0.6 + 0.01 * k) * 100) / 100;
    const ln1Qualified = Math.round(rest.qualified * 0.7 * 100) / 100;
    for (const [ods, body] of [
      ['LN1', { staffWte: ln1Staff, qualifiedWte: ln1Qualified }],
      ['LN2', { staffWte: Math.round((rest.staff - ln1Staff) * 100) / 100, qualifiedWte: Math.round((rest.qualified - ln1Qualified) * 100) / 100 }],
      ['WB1', { staffWte: wbStaff, qualifiedWte: wbQualified }],
      ...(shStaff ? [['SH1', { staffWte: shStaff, qualifiedWte: 1 }] as const] : []),
    ] as const) {
      const res = await putReturn(t.http, ods, year, body);
      expect(res.status, JSON.stringify(res.body)).toBe(201);
    }
  }
});
afterAll(() => t.close());

const projections = async (query: string) => {
  const res = await t.http.get(`/v1/monitoring/projections?${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
};

/** Ordinary least squares, written out here in plain doubles. */
function fit(xs: number[], ys: number[]) {
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b) / n;
  const my = ys.reduce((a, b) => a + b) / n;
  const slope = xs.reduce((s, x, i) => s + (x - mx) * (ys[i]! - my), 0) / xs.reduce((s, x) => s + (x - mx) ** 2, 0);
  return (x: number) => my + slope * (x - mx);
}

describe('a projection fitted to a straight line', () => {
  it('projects the line itself, meets the target in 2028-29 and knows the WTE needed by 2030-31', async () => {
    const body = await projections('to=2030-31');
    expect(body.to).toBe('2030-31');
    expect(body.method).toMatch(/least squares/);
    const [england] = body.groups;
    expect(england.basis).toMatchObject({ from: '2019-20', to: '2023-24', years: 5 });
    expect(england.basis.points.map((p: { staffWte: number; qualifiedWte: number }) => [p.staffWte, p.qualifiedWte]))
      .toEqual([0, 1, 2, 3, 4].map((k) => [line(k).staff, line(k).qualified]));
    expect(england.points.map((p: { year: string }) => p.year)).toEqual(['2024-25', '2025-26', '2026-27', '2027-28', '2028-29', '2029-30', '2030-31']);
    england.points.forEach((p: { staffWte: number; qualifiedWte: number; ratio: number; band: string }, i: number) => {
      const { staff, qualified } = line(5 + i);
      expect(p.staffWte).toBe(staff);
      expect(p.qualifiedWte).toBe(qualified);
      expect(p.ratio).toBe(staff / qualified);
      expect(p.band).toBe(staff / qualified <= 1250 ? 'meets_target' : staff / qualified >= 1730 ? 'flagged' : 'short_of_target');
    });
    expect(england.targetMetIn).toBe('2028-29');
    // Staff at 2030-31 (k = 11) is 122,000: 122,000 / 1,250 = 97.6 qualified, 27.6 more than 2023-24's 70.
    expect(england.wteNeeded).toEqual({ byYear: '2030-31', qualifiedWte: 97.6, additionalWte: 27.6 });
  });

  it('fits the last `years` reported years only, and the same line from 3 of them', async () => {
    const body = await projections('years=3&to=2026-27');
    expect(body.groups[0].basis).toMatchObject({ from: '2021-22', to: '2023-24', years: 3 });
    expect(body.groups[0].points.map((p: { staffWte: number }) => p.staffWte)).toEqual([line(5).staff, line(6).staff, line(7).staff]);
    expect(body.groups[0].targetMetIn).toBeNull();
  });

  it('matches a least-squares fit computed here for a group whose figures are off any line', async () => {
    const body = await projections('groupBy=type&to=2027-28');
    expect(body.groups.map((g: { key: string; name: string }) => [g.key, g.name])).toEqual([['acute', 'Acute'], ['community', 'Community'], ['icb', 'Integrated care boards']]);
    const y60 = body.groups.find((g: { key: string }) => g.key === 'icb');
    const xs = Y60.map((_, k) => 2019 + k);
    const staff = fit(xs, Y60.map((r) => r[1]));
    const qualified = fit(xs, Y60.map((r) => r[2]));
    expect(y60.points.map((p: { year: string }) => p.year)).toEqual(['2024-25', '2025-26', '2026-27', '2027-28']);
    y60.points.forEach((p: { staffWte: number; qualifiedWte: number; ratio: number }, i: number) => {
      expect(p.staffWte).toBeCloseTo(staff(2024 + i), 2);
      expect(p.qualifiedWte).toBeCloseTo(qualified(2024 + i), 2);
      expect(p.ratio).toBeCloseTo(staff(2024 + i) / qualified(2024 + i), 6);
    });
    const needed = Math.round((staff(2027) / 1250) * 100) / 100;
    expect(y60.wteNeeded.qualifiedWte).toBeCloseTo(needed, 2);
    expect(y60.wteNeeded.additionalWte).toBeCloseTo(Math.max(0, needed - 4.2), 2);
  });
});

describe('what a projection refuses', () => {
  it('refuses fewer than 3 basis years (422), and leaves out a group with fewer than 3 reported years, naming it and its years', async () => {
    const few = await t.http.get('/v1/monitoring/projections?years=2');
    expect(few.status).toBe(422);
    expect(few.body.detail).toMatch(/at least 3/);
    expect(few.body.errors).toEqual([{ pointer: '/query/years', message: 'must be at least 3' }]);
    // Y58 reported in 2022-23 and 2023-24 only: the other regions are projected.
    const region = await projections('groupBy=region');
    expect(region.groups.map((g: { key: string }) => g.key)).toEqual(['Y56', 'Y60']);
    expect(region.omitted).toEqual([{ key: 'Y58', name: 'South West', years: ['2022-23', '2023-24'] }]);
    expect(region.method).toContain('fewer than 3 reported years is not projected');
    // When no group has 3 years: 422, naming one.
    const none = await t.http.get('/v1/monitoring/projections?groupBy=region&until=2020-21');
    expect(none.status).toBe(422);
    expect(none.body.detail).toMatch(/at least 3 reported years: London has 2 \(2019-20, 2020-21\), and 1 other group as few/);
  });

  it('ends the basis at the latest year with returns up to `until`, never at an empty year, and projects no further than 2098-99', async () => {
    const far = await projections('until=2060-61&to=2030-31');
    expect(far.groups[0].basis.to).toBe('2023-24');
    expect(far.method).toContain('counted back from 2023-24 (the latest year with returns up to 2060-61, as asked by until)');
    const beyond = await t.http.get('/v1/monitoring/projections?until=2060-61&to=2075-76');
    expect(beyond.status).toBe(422);
    expect(beyond.body.errors).toEqual([{ pointer: '/query/to', message: 'must be from 2024-25 to 2073-74' }]);
    const before = await t.http.get('/v1/monitoring/projections?until=2010-11');
    expect(before.status).toBe(422);
    expect(before.body.errors[0].pointer).toBe('/query/until');
  });

  it('answers CSV: the basis as actual rows and each projected year, per group', async () => {
    const res = await t.http.get('/v1/monitoring/projections?to=2025-26&format=csv');
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    const lines = res.text.trim().split('\r\n');
    expect(lines[0]).toBe('key,name,year,kind,organisationsReported,staffWte,qualifiedWte,ratio,band');
    expect(lines.slice(1).map((l) => l.split(',').slice(2, 6).join(','))).toEqual([
      '2019-20,actual,3,100000', '2020-21,actual,3,102000', '2021-22,actual,3,104000', '2022-23,actual,4,106000', '2023-24,actual,4,108000',
      '2024-25,projected,,110000', '2025-26,projected,,112000',
    ]);
  });

  it('refuses a `to` that is not after the basis, and a key-less caller', async () => {
    const res = await t.http.get('/v1/monitoring/projections?to=2023-24');
    expect(res.status).toBe(422);
    expect(res.body.errors[0].pointer).toBe('/query/to');
    expect((await t.http.get('/v1/monitoring/projections?to=2023-25')).status).toBe(400);
    expect((await t.http.get('/v1/monitoring/projections?years=3.5')).status).toBe(400);
    expect((await request(t.app.server).get('/v1/monitoring/projections')).status).toBe(401);
  });
});

describe('a year still being reported', () => {
  it('pulls the lines when included, and `until` leaves it out of the basis', async () => {
    expect((await putReturn(t.http, 'LN1', '2024-25', { staffWte: 1000, qualifiedWte: 1 })).status).toBe(201);
    const latest = await projections('to=2030-31');
    expect(latest.groups[0].basis).toMatchObject({ from: '2020-21', to: '2024-25' });
    expect(latest.groups[0].basis.points.at(-1)).toMatchObject({ organisationsReported: 1, staffWte: 1000 });
    const until = await projections('to=2030-31&until=2023-24');
    expect(until.groups[0].basis).toMatchObject({ from: '2019-20', to: '2023-24' });
    expect(until.groups[0].targetMetIn).toBe('2028-29');
    expect(until.method).toContain('as asked by until');
  });
});

describe('what the review added: every rule pinned at the route', () => {
  it('gives each basis point its pooled ratio (staff ÷ qualified) and its band', async () => {
    const [england] = (await projections('to=2030-31&until=2023-24')).groups;
    expect(england.basis.points.map((p: { ratio: number }) => p.ratio)).toEqual([0, 1, 2, 3, 4].map((k) => line(k).staff / line(k).qualified));
    expect(england.basis.points.map((p: { band: string }) => p.band)).toEqual(['flagged', 'flagged', 'flagged', 'short_of_target', 'short_of_target']); // 1:1,733 in 2021-22
  });

  it('projects to five years after the basis by default, and at most 50', async () => {
    const body = await projections('until=2023-24');
    expect(body.to).toBe('2028-29');
    expect(body.groups[0].points.map((p: { year: string }) => p.year)).toEqual(['2024-25', '2025-26', '2026-27', '2027-28', '2028-29']);
    expect((await t.http.get('/v1/monitoring/projections?until=2023-24&to=2073-74')).status).toBe(200);
    const far = await t.http.get('/v1/monitoring/projections?until=2023-24&to=2074-75');
    expect(far.status).toBe(422);
    expect(far.body.errors[0].pointer).toBe('/query/to');
  });

  it("bands each projected year under that year's policy, and the WTE needed under the policy at `to`", async () => {
    expect((await t.http.post('/v1/policies').send({ effectiveFrom: '2026-27', flagThreshold: 1900, targetRatio: 1400, title: 'Review' })).status).toBe(201);
    const [england] = (await projections('to=2030-31&until=2023-24')).groups;
    // 2025-26: 112,000 / 80 = 1,400, short of the old 1,250; 2026-27: 114,000 / 85 = 1,341, meets the new 1,400.
    expect(england.points.slice(0, 3).map((p: { band: string }) => p.band)).toEqual(['short_of_target', 'short_of_target', 'meets_target']);
    expect(england.targetMetIn).toBe('2026-27');
    // 122,000 / 1,400 = 87.142857 -> 87.14; 17.14 more than 70.
    expect(england.wteNeeded).toEqual({ byYear: '2030-31', qualifiedWte: 87.14, additionalWte: 17.14 });
  });

  it('rounds projected WTE half up to 2 places, takes the ratio from the unrounded values, and never needs fewer than it has', async () => {
    await createOrganisation(t.http, { odsCode: 'RND1', regionCode: 'Y56', type: 'ambulance' });
    for (const [year, staffWte, qualifiedWte] of [['2021-22', 1000, 1], ['2022-23', 1000, 1], ['2023-24', 1002, 1.02]] as const) {
      expect((await putReturn(t.http, 'RND1', year, { staffWte, qualifiedWte })).status).toBe(201);
    }
    const body = await projections('groupBy=type&to=2024-25&until=2023-24');
    const ambulance = body.groups.find((g: { key: string }) => g.key === 'ambulance');
    // Fitted at 2024-25: staff 3,008/3 = 1,002.666..., qualified 3.08/3 = 1.02666...
    expect(ambulance.points).toEqual([{ year: '2024-25', staffWte: 1002.67, qualifiedWte: 1.03, ratio: expect.closeTo(3008 / 3.08, 9), band: 'meets_target' }]);
    // 1,002.67 / 1,250 = 0.80 needed, fewer than the 1.02 it had: none more.
    expect(ambulance.wteNeeded).toEqual({ byYear: '2024-25', qualifiedWte: 0.8, additionalWte: 0 });
  });
});
