import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/app.ts';
import { approve, countRows, createOrganisation, putReturn, sql } from './support/fixtures.ts';

/*
 * GET /v1/monitoring/{year}/scenario. Eight organisations whose bands under other thresholds, and
 * with staff grown, are counted by hand below; SM1 and SM2 are a library service's members (staff
 * 1,000 and 500, one qualified specialist between them: 1:1,500).
 */

let t: TestApp;
const YEAR = '2025-26';
const returns = [
  ['SA1', 'Y56', 1000, 1],
  ['SA2', 'Y56', 1400, 1],
  ['SA3', 'Y56', 1800, 1],
  ['SA4', 'Y56', 2500, 2],
  ['SA5', 'Y56', 3000, 0],
  ['SA6', 'Y60', 1600, 1],
] as const;

beforeAll(async () => {
  t = await createTestApp();
  for (const [code, region] of returns) await createOrganisation(t.http, { odsCode: code, regionCode: region });
  await createOrganisation(t.http, { odsCode: 'SM1', regionCode: 'Y56', type: 'community' });
  await createOrganisation(t.http, { odsCode: 'SM2', regionCode: 'Y60', type: 'community' });
  for (const [code, , staffWte, qualifiedWte] of returns) expect((await putReturn(t.http, code, YEAR, { staffWte, qualifiedWte })).status).toBe(201);
  expect((await t.http.post('/v1/library-services').send({ code: 'SVC', name: 'Shared', hostOdsCode: 'SM1', members: [{ odsCode: 'SM1', fromYear: YEAR }, { odsCode: 'SM2', fromYear: YEAR }] })).status).toBe(201);
  expect((await t.http.put(`/v1/library-services/SVC/returns/${YEAR}`).send({ qualifiedWte: 1, members: [{ odsCode: 'SM1', staffWte: 1000 }, { odsCode: 'SM2', staffWte: 500 }] })).status).toBe(201);
});
afterAll(() => t.close());

const scenario = async (query: string) => {
  const res = await t.http.get(`/v1/monitoring/${YEAR}/scenario?${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
};

describe('re-banding under other thresholds', () => {
  it('counts the bands as counted by hand under 1:1,500 and 1:2,000, the boundaries inclusive', async () => {
    const body = await scenario('targetRatio=1500&flagThreshold=2000');
    expect(body.policy).toEqual({ targetRatio: 1500, flagThreshold: 2000 });
    expect(body.inForce).toEqual({ effectiveFrom: '2018-19', flagThreshold: 1730, targetRatio: 1250 });
    // Meets (<= 1,500): SA1 1,000, SA2 1,400, SA4 1,250, SM1 and SM2 at the service's 1,500.
    // Short: SA3 1,800, SA6 1,600. Flagged: A5, no qualified staff.
    expect(body.groups[0].counts).toEqual({ meetsTarget: 5, shortOfTarget: 2, flagged: 1, noQualifiedStaff: 1 });
    // Gaps: SA3 0.20, SA5 2.00, SA6 0.0667 -> 0.07, everyone else 0.
    expect(body.groups[0].gapWte).toBe(2.27);
    expect(body.groups[0]).toMatchObject({ staffWte: 12800, qualifiedWte: 7, ratio: 12800 / 7, band: 'short_of_target', organisationsReported: 8 });
  });

  it('grows every organisation\'s staff by (1 + g)^years, holds qualified staff, and shares a service\'s gap by staff', async () => {
    const body = await scenario('targetRatio=1500&flagThreshold=2000&staffGrowth=0.2&yearsAhead=2');
    expect(body.growthFactor).toBe(1.44);
    // × 1.44: SA1 1,440 meets; SA4 1,800 short; SA2 2,016, SA3 2,592, SA6 2,304, the service 2,160 and SA5 flagged.
    expect(body.groups[0].counts).toEqual({ meetsTarget: 1, shortOfTarget: 1, flagged: 6, noQualifiedStaff: 1 });
    // SA2 0.344 -> 0.34, SA3 0.728 -> 0.73, SA4 0.40, SA5 2.88, SA6 0.536 -> 0.54, the service 0.44 shared
    // 1,000 : 500 by largest remainder -> SM1 0.29, SM2 0.15.
    expect(body.groups[0].gapWte).toBe(5.33);
    expect(body.groups[0]).toMatchObject({ staffWte: 18432, qualifiedWte: 7, ratio: 18432 / 7, band: 'flagged' });
    const regions = await scenario('targetRatio=1500&flagThreshold=2000&staffGrowth=0.2&yearsAhead=2&groupBy=region');
    const y60 = regions.groups.find((g: { key: string }) => g.key === 'Y60');
    expect(y60).toMatchObject({ gapWte: 0.69, staffWte: 2100 * 1.44, counts: { meetsTarget: 0, shortOfTarget: 0, flagged: 2, noQualifiedStaff: 0 } });
    const sum = (field: 'gapWte' | 'staffWte') => regions.groups.reduce((total: number, g: Record<string, number>) => total + g[field]!, 0);
    expect(sum('gapWte')).toBeCloseTo(5.33, 10);
    expect(sum('staffWte')).toBeCloseTo(18432, 8);
  });

  it('states each grown staff figure to 2 places, so that regions and types add up to England to the hundredth', async () => {
    const query = 'staffGrowth=0.0337&yearsAhead=7';
    const [national, regions, types] = await Promise.all(['national', 'region', 'type'].map((g) => scenario(`${query}&groupBy=${g}`)));
    const cents = (groups: { staffWte: number; gapWte: number }[], field: 'staffWte' | 'gapWte') => groups.reduce((sum, g) => sum + Math.round(g[field] * 100), 0);
    for (const field of ['staffWte', 'gapWte'] as const) {
      expect(cents(regions.groups, field)).toBe(cents(national.groups, field));
      expect(cents(types.groups, field)).toBe(cents(national.groups, field));
    }
    // Each organisation's grown staff, to 2 places, computed here: 1.0337^7 in exact decimals.
    const factor = [...Array(7)].reduce((f: bigint) => f * 10337n, 1n); // × 10^-28
    const grownCents = (staff: number) => {
      const exact = BigInt(Math.round(staff * 100)) * factor; // cents × 10^28
      return (exact + 5n * 10n ** 27n) / 10n ** 28n; // half up
    };
    const expected = [...returns.map((r) => r[2]), 1000, 500].reduce((sum, staff) => sum + grownCents(staff), 0n);
    expect(BigInt(Math.round(national.groups[0].staffWte * 100))).toBe(expected);
  });

  it("answers exactly the live summary's groups with the year's own policy and no growth", async () => {
    for (const groupBy of ['national', 'region', 'type']) {
      const [what, live] = await Promise.all([scenario(`groupBy=${groupBy}`), t.http.get(`/v1/monitoring/${YEAR}/summary?groupBy=${groupBy}`)]);
      expect(what.policy).toEqual({ targetRatio: 1250, flagThreshold: 1730 });
      const strip = (g: Record<string, unknown>) => ({ ...g, distribution: null });
      expect(what.groups.map(strip)).toEqual(live.body.groups.map(strip));
      what.groups.forEach((g: { distribution: Record<string, number | null> }, i: number) => {
        for (const [k, v] of Object.entries(live.body.groups[i].distribution as Record<string, number | null>)) {
          if (v === null) expect(g.distribution[k]).toBeNull();
          else expect(g.distribution[k]).toBeCloseTo(v, 9);
        }
      });
    }
  });
});

describe('a scenario stores nothing', () => {
  it('writes no row and leaves a published version byte for byte as it was', async () => {
    expect((await approve(t.http, 'SA1', YEAR, 1)).status).toBe(200);
    expect((await t.http.post('/v1/publications').send({ year: YEAR, note: 'First' })).status).toBe(201);
    const published = await t.http.get(`/v1/publications/${YEAR}/versions/1`).set('accept-encoding', 'identity');
    const tables = ['return_revisions', 'annual_returns', 'audit_events', 'publications', 'policies', 'library_service_revisions', 'year_changes'];
    const counts = async () => Promise.all(tables.map((table) => countRows(t.db.url, table)));
    const versions = async () => (await sql<{ v: string }>(t.db.url, 'SELECT sum(version)::text AS v FROM data_versions'))[0]!.v;
    const [before, version] = await Promise.all([counts(), versions()]);
    const status = (await t.http.get(`/v1/monitoring/${YEAR}/summary`)).body.status;
    await scenario('targetRatio=1000&flagThreshold=1100&staffGrowth=0.2&yearsAhead=10');
    expect(await counts()).toEqual(before);
    expect(await versions()).toBe(version);
    expect((await t.http.get(`/v1/monitoring/${YEAR}/summary`)).body.status).toBe(status);
    const after = await t.http.get(`/v1/publications/${YEAR}/versions/1`).set('accept-encoding', 'identity');
    expect(after.text).toBe(published.text);
  });
});

describe('what a scenario refuses', () => {
  it.each([
    ['targetRatio=2000&flagThreshold=1500', 422, /must not be above flagThreshold/],
    ['staffGrowth=0.03', 422, /go together/],
    ['yearsAhead=5', 422, /go together/],
    ['staffGrowth=3e-2&yearsAhead=5', 400, /decimal/],
    ['staffGrowth=0.5&yearsAhead=5', 400, /from -0.2 to 0.2/],
    ['staffGrowth=0.1&yearsAhead=21', 400, /yearsAhead/],
    ['staffGrowth=NaN&yearsAhead=5', 400, /decimal such as 0.03/],
    ['targetRatio=0', 400, /./],
    ['targetRatio=1250.5', 400, /whole number/],
    ['growth=0.03', 400, /growth/],
  ])('answers ?%s with %i', async (query, status, detail) => {
    const res = await t.http.get(`/v1/monitoring/${YEAR}/scenario?${query}`);
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(JSON.stringify(res.body)).toMatch(detail);
  });

  it('needs both thresholds for a year no policy covers, and a key', async () => {
    const none = await t.http.get('/v1/monitoring/2017-18/scenario?targetRatio=1500');
    expect(none.status).toBe(422);
    expect(none.body.errors).toEqual([{ pointer: '/query/flagThreshold', message: 'is required: no policy covers the year' }]);
    expect((await t.http.get('/v1/monitoring/2017-18/scenario?targetRatio=1500&flagThreshold=2000')).status).toBe(200);
    expect((await request(t.app.server).get(`/v1/monitoring/${YEAR}/scenario`)).status).toBe(401);
  });

  it('answers CSV with one row per group', async () => {
    const res = await t.http.get(`/v1/monitoring/${YEAR}/scenario?groupBy=region&targetRatio=1500&flagThreshold=2000&format=csv`);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    const lines = res.text.trim().split('\r\n');
    expect(lines[0]!.split(',').slice(0, 4)).toEqual(['key', 'name', 'organisationsExpected', 'organisationsReported']);
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['Y56', 'Y60']);
  });
});

describe('what the review added', () => {
  it('orders ratios numerically for the distribution (4- and 5-digit ratios)', async () => {
    // × 1.2^10 = 6.1917364224: SA1 6,191.74 … SA3 11,145.13; "11,145" sorts first as text.
    const body = await scenario('staffGrowth=0.2&yearsAhead=10');
    const f = 6.1917364224;
    const grownRatio = (staff: number, qualified: number) => Math.round(staff * f * 100) / 100 / qualified;
    const service = (Math.round(1000 * f * 100) + Math.round(500 * f * 100)) / 100; // its one specialist serves both members
    // SA1, SA2, SA3, SA4, SA6, and the service's ratio for each of its two members (SA5 has none).
    const ratios = [grownRatio(1000, 1), grownRatio(1400, 1), grownRatio(1800, 1), grownRatio(2500, 2), grownRatio(1600, 1), service, service].sort((a, b) => a - b);
    const cont = (p: number) => { const i = p * (ratios.length - 1); const lo = Math.floor(i); return ratios[lo]! + (ratios[Math.ceil(i)]! - ratios[lo]!) * (i - lo); };
    const d = body.groups[0].distribution;
    expect([d.min, d.p25, d.median, d.p75, d.max].map((v: number) => Math.round(v * 1e6))).toEqual([0, 0.25, 0.5, 0.75, 1].map((p) => Math.round(cont(p) * 1e6)));
    expect(d.max).toBeGreaterThan(10_000);
    expect(d.min).toBeLessThan(10_000);
  });

  it('allows a target equal to the flag threshold (only above is refused)', async () => {
    expect((await t.http.get(`/v1/monitoring/${YEAR}/scenario?targetRatio=1500&flagThreshold=1500`)).status).toBe(200);
  });

  it('defaults the thresholds to the latest policy effective not after the year (one effective that very year)', async () => {
    expect((await t.http.post('/v1/policies').send({ effectiveFrom: '2030-31', flagThreshold: 1900, targetRatio: 1400, title: 'Review' })).status).toBe(201);
    const at = async (year: string) => (await t.http.get(`/v1/monitoring/${year}/scenario`)).body;
    expect((await at('2030-31')).policy).toEqual({ targetRatio: 1400, flagThreshold: 1900 });
    expect((await at('2029-30')).policy).toEqual({ targetRatio: 1250, flagThreshold: 1730 });
    expect((await at('2031-32')).inForce).toEqual({ effectiveFrom: '2030-31', targetRatio: 1400, flagThreshold: 1900 });
  });
});
