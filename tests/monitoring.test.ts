import { Decimal } from 'decimal.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { createTestApp, type TestApp } from './support/app.ts';
import { createOrganisation, putReturn } from './support/fixtures.ts';

/*
 * The independent check: a dataset built here, its aggregates computed here a second, simple
 * way (plain loops over the submitted figures), compared field by field with the API's.
 */

type Org = { odsCode: string; regionCode: string; type: string; openedOn: string | null; closedOn: string | null };
type Submitted = { odsCode: string; year: number; staff: string; qualified: string };

function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const regions = ['Y56', 'Y60', 'Y61'];
const types = ['acute', 'mental_health', 'community', 'icb'];
const years = [2017, 2023, 2024];
const POLICY = { flag: 1730, target: 1250 };
const random = prng(42);

const orgs: Org[] = Array.from({ length: 24 }, (_, i) => ({
  odsCode: `M${String(i).padStart(2, '0')}`,
  regionCode: regions[i % 3]!,
  type: types[i % 4]!,
  openedOn: i === 20 ? '2024-06-01' : null, // opened during 2024-25: not expected in 2023-24
  closedOn: i === 21 ? '2023-09-30' : i === 22 ? '2020-03-31' : null, // closed in 2023-24; long closed
}));

/** The current figures per organisation and year, after any amendments. */
const current = new Map<string, Submitted>();
const submissions: Submitted[] = [];
for (const year of years) {
  for (const [i, org] of orgs.entries()) {
    if (i === 5 && year === 2024) continue; // a missing return
    if (i === 22) continue; // long closed: never reports
    if (i === 20 && year !== 2024) continue;
    if (i === 21 && year === 2024) continue; // closed in 2023-24: a return for 2024-25 is refused
    const staff = new Decimal(Math.round((500 + random() * 9500) * 100)).div(100);
    const zero = i === 7 || (i === 9 && year === 2024);
    const qualified = zero ? new Decimal(0) : staff.div(800 + random() * 1600).toDecimalPlaces(2).plus(0.01);
    const entry = { odsCode: org.odsCode, year, staff: staff.toFixed(2), qualified: qualified.toFixed(2) };
    submissions.push(entry);
    current.set(`${org.odsCode}:${year}`, entry);
    if (i % 6 === 1) {
      // An amendment: only the latest figures count.
      const amended = { ...entry, staff: staff.plus(123.45).toFixed(2) };
      submissions.push(amended);
      current.set(`${org.odsCode}:${year}`, amended);
    }
  }
}

const yearStart = (y: number) => `${y}-04-01`;
const yearEnd = (y: number) => `${y + 1}-03-31`;
const expectedIn = (org: Org, y: number) =>
  (org.openedOn === null || org.openedOn <= yearEnd(y)) && (org.closedOn === null || org.closedOn >= yearStart(y));

function band(staff: Decimal, qualified: Decimal): string {
  if (qualified.isZero()) return 'flagged';
  if (staff.lte(qualified.mul(POLICY.target))) return 'meets_target';
  if (staff.gte(qualified.mul(POLICY.flag))) return 'flagged';
  return 'short_of_target';
}

function percentile(sorted: number[], p: number): number | null {
  if (!sorted.length) return null;
  const position = p * (sorted.length - 1);
  const lower = Math.floor(position);
  const upper = Math.min(lower + 1, sorted.length - 1);
  return sorted[lower]! + (position - lower) * (sorted[upper]! - sorted[lower]!);
}

type GroupBy = 'national' | 'region' | 'type';
const keyOf = (org: Org, by: GroupBy) => (by === 'national' ? 'national' : by === 'region' ? org.regionCode : org.type);

function expectedGroup(by: GroupBy, key: string, year: number) {
  const members = orgs.filter((o) => keyOf(o, by) === key);
  const returns = members.map((o) => current.get(`${o.odsCode}:${year}`)).filter((r): r is Submitted => Boolean(r));
  const previous = members.map((o) => current.get(`${o.odsCode}:${year - 1}`)).filter((r): r is Submitted => Boolean(r));
  const sum = (rows: Submitted[], field: 'staff' | 'qualified') => rows.reduce((s, r) => s.plus(r[field]), new Decimal(0));
  const staff = sum(returns, 'staff');
  const qualified = sum(returns, 'qualified');
  const hasPolicy = year >= 2018;
  const bands = returns.map((r) => band(new Decimal(r.staff), new Decimal(r.qualified)));
  const gaps = returns.map((r) => Decimal.max(0, new Decimal(r.staff).div(POLICY.target).minus(r.qualified)).toDecimalPlaces(2, Decimal.ROUND_HALF_UP));
  const ratios = returns.filter((r) => !new Decimal(r.qualified).isZero()).map((r) => new Decimal(r.staff).div(r.qualified).toNumber()).sort((a, b) => a - b);
  const pooledRatio = qualified.isZero() ? null : staff.div(qualified).toNumber();
  const previousStaff = sum(previous, 'staff');
  const previousQualified = sum(previous, 'qualified');
  return {
    key,
    organisationsExpected: members.filter((o) => expectedIn(o, year)).length,
    organisationsReported: returns.length,
    staffWte: staff.toNumber(),
    qualifiedWte: qualified.toNumber(),
    ratio: pooledRatio,
    band: hasPolicy ? band(staff, qualified) : null,
    flagged: hasPolicy && band(staff, qualified) === 'flagged',
    gapWte: hasPolicy ? gaps.reduce((s, g) => s.plus(g), new Decimal(0)).toNumber() : null,
    counts: {
      meetsTarget: hasPolicy ? bands.filter((b) => b === 'meets_target').length : 0,
      shortOfTarget: hasPolicy ? bands.filter((b) => b === 'short_of_target').length : 0,
      flagged: hasPolicy ? bands.filter((b) => b === 'flagged').length : 0,
      noQualifiedStaff: returns.filter((r) => new Decimal(r.qualified).isZero()).length,
    },
    distribution: {
      min: ratios[0] ?? null,
      p25: percentile(ratios, 0.25),
      median: percentile(ratios, 0.5),
      p75: percentile(ratios, 0.75),
      max: ratios.at(-1) ?? null,
    },
    previousYear: { ratio: previous.length && !previousQualified.isZero() ? previousStaff.div(previousQualified).toNumber() : null },
  };
}

/** Names a reader sees for each group: the region's own name, England, or the type in words. */
let regionNames: Record<string, string> = {};
const typeNames: Record<string, string> = { acute: 'Acute', mental_health: 'Mental health', community: 'Community', icb: 'Integrated care boards' };
const groupNames: Record<GroupBy, (key: string) => string> = {
  national: () => 'England',
  region: (key) => regionNames[key]!,
  type: (key) => typeNames[key]!,
};

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  for (const org of orgs) await createOrganisation(t.http, { ...org, name: `Monitoring test ${org.odsCode}` });
  for (const s of submissions) {
    const res = await putReturn(t.http, s.odsCode, `${s.year}-${String((s.year + 1) % 100).padStart(2, '0')}`, { staffWte: s.staff, qualifiedWte: s.qualified });
    if (res.status >= 300) throw new Error(JSON.stringify(res.body));
  }
}, 120_000);
beforeAll(async () => {
  const res = await t.http.get('/v1/regions');
  regionNames = Object.fromEntries(res.body.data.map((r: { code: string; name: string }) => [r.code, r.name]));
  expect(Object.keys(regionNames)).toEqual(expect.arrayContaining(regions));
});
afterAll(() => t.close());

describe('the summary agrees with an independent computation, field by field', () => {
  for (const by of ['national', 'region', 'type'] as const) {
    for (const year of [2023, 2024, 2017]) {
      it(`groupBy=${by} for ${year}`, async () => {
        const label = `${year}-${String((year + 1) % 100).padStart(2, '0')}`;
        const res = await t.http.get(`/v1/monitoring/${label}/summary?groupBy=${by}`);
        expect(res.status).toBe(200);
        expect(res.body.year).toBe(label);
        expect(res.body.policy).toEqual(year >= 2018 ? { effectiveFrom: '2018-19', flagThreshold: 1730, targetRatio: 1250 } : null);
        const keys = [...new Set(orgs.filter((o) => expectedIn(o, year) || current.has(`${o.odsCode}:${year}`)).map((o) => keyOf(o, by)))].sort();
        expect(res.body.groups.map((g: { key: string }) => g.key)).toEqual(keys);
        for (const group of res.body.groups) {
          const expected = expectedGroup(by, group.key, year);
          const { distribution, previousYear, ...rest } = group;
          const { distribution: expectedDistribution, previousYear: expectedPrevious, ...expectedRest } = expected;
          expect(rest).toMatchObject(expectedRest);
          for (const field of ['min', 'p25', 'median', 'p75', 'max'] as const) {
            if (expectedDistribution[field] === null) expect(distribution[field]).toBeNull();
            else expect(distribution[field]).toBeCloseTo(expectedDistribution[field]!, 8);
          }
          expect(previousYear).toEqual(expectedPrevious);
          expect(group.name).toBe(groupNames[by](group.key));
        }
        expect(res.body.groups.length).toBeGreaterThan(0);
      });
    }
  }
});

describe('trends', () => {
  it('gives one point per year per group, oldest first, matching the summaries', async () => {
    const res = await t.http.get('/v1/monitoring/trends?groupBy=region&from=2023-24&to=2024-25');
    expect(res.status).toBe(200);
    expect(res.body.groups.map((g: { key: string; name: string }) => [g.key, g.name])).toEqual(regions.map((r) => [r, regionNames[r]]));
    for (const group of res.body.groups) {
      expect(group.points.map((p: { year: string }) => p.year)).toEqual(['2023-24', '2024-25']);
      for (const point of group.points) {
        const expected = expectedGroup('region', group.key, Number(point.year.slice(0, 4)));
        expect(point).toMatchObject({
          ratio: expected.ratio,
          band: expected.band,
          staffWte: expected.staffWte,
          qualifiedWte: expected.qualifiedWte,
          organisationsReported: expected.organisationsReported,
          gapWte: expected.gapWte,
          counts: expected.counts,
        });
      }
    }
    const national = await t.http.get('/v1/monitoring/trends');
    expect(national.body.groups).toHaveLength(1);
    expect(national.body.groups[0].points.map((p: { year: string }) => p.year)).toEqual(['2017-18', '2023-24', '2024-25']);
    const backwards = await t.http.get('/v1/monitoring/trends?from=2024-25&to=2023-24');
    expect(backwards.status).toBe(400);
  });
});

describe('flagged and completeness', () => {
  it('lists flagged organisations worst first: no qualified staff, then the highest ratio', async () => {
    const res = await t.http.get('/v1/monitoring/2024-25/flagged');
    const flagged = [...current.values()]
      .filter((r) => r.year === 2024 && band(new Decimal(r.staff), new Decimal(r.qualified)) === 'flagged')
      .map((r) => ({ odsCode: r.odsCode, ratio: new Decimal(r.qualified).isZero() ? Infinity : new Decimal(r.staff).div(r.qualified).toNumber() }))
      .sort((a, b) => b.ratio - a.ratio || a.odsCode.localeCompare(b.odsCode))
      .map((r) => r.odsCode);
    expect(flagged.length).toBeGreaterThan(2);
    expect(res.body.data.map((r: { odsCode: string }) => r.odsCode)).toEqual(flagged);
    for (const row of res.body.data) {
      const figures = current.get(`${row.odsCode}:2024`)!;
      const gap = Decimal.max(0, new Decimal(figures.staff).div(POLICY.target).minus(figures.qualified)).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
      expect(row.gapWte).toBe(gap.toNumber());
      expect(row.gapWte).toBeGreaterThan(0);
    }
    const inRegion = await t.http.get('/v1/monitoring/2024-25/flagged?region=Y60');
    const flaggedInY60 = flagged.filter((ods) => orgs.find((o) => o.odsCode === ods)!.regionCode === 'Y60');
    expect(flaggedInY60.length).toBeGreaterThan(0);
    expect(flaggedInY60.length).toBeLessThan(flagged.length);
    expect(inRegion.body.data.map((r: { odsCode: string }) => r.odsCode)).toEqual(flaggedInY60);
  });

  it("shows organisations' figures only: never a return's comment, source, warnings, submitter or revision", async () => {
    const figures = current.get('M07:2024')!;
    const private_ = { comment: 'PRIVATE-NOTE post vacant', staffSource: 'PRIVATE-SOURCE ESR' };
    const amended = await putReturn(t.http, 'M07', '2024-25', { staffWte: figures.staff, qualifiedWte: figures.qualified, ...private_ });
    expect(amended.status).toBe(200);
    expect(amended.body.revision).toBeGreaterThan(1);
    const json = await t.http.get('/v1/monitoring/2024-25/flagged?limit=1000');
    const m07 = json.body.data.find((r: { odsCode: string }) => r.odsCode === 'M07');
    expect(Object.keys(m07).sort()).toEqual(['band', 'gapWte', 'name', 'odsCode', 'qualifiedWte', 'ratio', 'ratioDisplay', 'regionCode', 'staffWte', 'type']);
    const csv = await t.http.get('/v1/monitoring/2024-25/flagged?format=csv');
    expect(csv.text.split('\r\n')[0]).toBe('odsCode,name,regionCode,type,staffWte,qualifiedWte,ratio,ratioDisplay,band,gapWte');
    for (const text of [json.text, csv.text]) {
      expect(text).toContain('M07');
      for (const secret of [...Object.values(private_), 'no_qualified_staff', 'submittedBy', 'revision', 'admin key']) expect(text).not.toContain(secret);
    }
  });

  it('lists who was expected to report and has not', async () => {
    const res = await t.http.get('/v1/monitoring/2024-25/completeness');
    const expected = orgs.filter((o) => expectedIn(o, 2024));
    const missing = expected.filter((o) => !current.has(`${o.odsCode}:2024`)).map((o) => o.odsCode);
    expect(res.body).toMatchObject({ year: '2024-25', expected: expected.length, reported: expected.length - missing.length });
    expect(res.body.missing.map((m: { odsCode: string }) => m.odsCode)).toEqual(missing);
    expect(missing).toContain('M05');
    const csv = await t.http.get('/v1/monitoring/2024-25/completeness?format=csv');
    expect((parse(csv.text, { columns: true }) as { odsCode: string }[]).map((r) => r.odsCode)).toEqual(missing);
  });
});

describe('aggregates are live', () => {
  it('includes a return accepted a moment ago in the next read, and changes the ETag', async () => {
    const before = await t.http.get('/v1/monitoring/2024-25/summary');
    expect((await t.http.get('/v1/monitoring/2024-25/summary').set('if-none-match', before.headers.etag!)).status).toBe(304);
    await putReturn(t.http, 'M05', '2024-25', { staffWte: 5000, qualifiedWte: 2 });
    const after = await t.http.get('/v1/monitoring/2024-25/summary').set('if-none-match', before.headers.etag!);
    expect(after.status).toBe(200);
    expect(after.body.groups[0].organisationsReported).toBe(before.body.groups[0].organisationsReported + 1);
    expect(after.body.groups[0].staffWte).toBeCloseTo(before.body.groups[0].staffWte + 5000, 2);
  });

  it('answers the summary as CSV, one row per group', async () => {
    const res = await t.http.get('/v1/monitoring/2024-25/summary?groupBy=region').set('accept', 'text/csv');
    const rows = parse(res.text, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.key)).toEqual(['Y56', 'Y60', 'Y61']);
    const json = await t.http.get('/v1/monitoring/2024-25/summary?groupBy=region');
    expect(json.status).toBe(200);
    expect(json.body.groups.map((g: { key: string }) => g.key)).toEqual(rows.map((r) => r.key));
    for (const [i, group] of json.body.groups.entries()) {
      const row = rows[i]!;
      expect(row).toMatchObject({ key: group.key, name: group.name, ratioDisplay: group.ratioDisplay, band: group.band });
      expect(Number(row.ratio)).toBe(group.ratio);
      expect(Number(row.gapWte)).toBe(group.gapWte);
      expect(Number(row.staffWte)).toBe(group.staffWte);
      expect(Number(row.median)).toBe(group.distribution.median);
      expect(Number(row.previousYearRatio)).toBe(group.previousYear.ratio);
      expect(Number(row.organisationsReported)).toBe(group.organisationsReported);
    }
  });
});
