import { Decimal } from 'decimal.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_FIRST_YEAR, DEMO_LAST_YEAR, demoDataset } from '../src/demo/dataset.ts';
import { loadDemoData } from '../src/demo/load.ts';
import { createTestApp, type TestApp } from './support/app.ts';
import { countRows, createOrganisation } from './support/fixtures.ts';

describe('the synthetic demo dataset', () => {
  const { organisations, returns } = demoDataset();

  it('is the same every time it is generated', () => {
    expect(demoDataset()).toEqual({ organisations, returns });
  });

  it('has about 220 organisations across the seven regions, with a mix of types, all labelled synthetic', () => {
    expect(organisations.length).toBeGreaterThanOrEqual(210);
    expect(organisations.length).toBeLessThanOrEqual(230);
    expect(new Set(organisations.map((o) => o.regionCode)).size).toBe(7);
    expect(new Set(organisations.map((o) => o.type)).size).toBeGreaterThanOrEqual(6);
    for (const o of organisations) expect(o.name).toMatch(/Synthetic .*\(demo data\)/);
  });

  it('starts near 1:1,730 nationally in 2018-19 and improves slowly every year to 2025-26', () => {
    const pooled = (year: number) => {
      const rows = returns.filter((r) => r.year === year);
      const staff = rows.reduce((s, r) => s.plus(r.staffWte), new Decimal(0));
      const qualified = rows.reduce((s, r) => s.plus(r.qualifiedWte), new Decimal(0));
      return staff.div(qualified).toNumber();
    };
    expect(Math.abs(pooled(DEMO_FIRST_YEAR) - 1730)).toBeLessThan(20);
    for (let year = DEMO_FIRST_YEAR + 1; year <= DEMO_LAST_YEAR; year += 1) {
      const change = (pooled(year - 1) - pooled(year)) / pooled(year - 1);
      expect(change).toBeGreaterThan(0);
      expect(change).toBeLessThan(0.05);
    }
  });

  it('has a few organisations with no qualified staff, and mergers', () => {
    expect(new Set(returns.filter((r) => r.qualifiedWte === '0.00').map((r) => r.odsCode)).size).toBeGreaterThanOrEqual(2);
    const merged = organisations.filter((o) => o.successorOdsCode);
    expect(merged.length).toBeGreaterThanOrEqual(2);
    for (const o of merged) {
      expect(o.closedOn).not.toBeNull();
      expect(returns.some((r) => r.odsCode === o.odsCode && r.year > Number(o.closedOn!.slice(0, 4)))).toBe(false);
    }
  });
});

describe('loading the demo dataset', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('loads into an empty database, says so in GET /v1, and does not load twice', async () => {
    const result = await loadDemoData(t.app.db.pool);
    const { organisations, returns } = demoDataset();
    expect(result).toMatchObject({ loaded: true, organisations: organisations.length, returns: returns.length });
    expect(await countRows(t.db.url, 'annual_returns')).toBe(returns.length);
    const info = await t.http.get('/v1');
    expect(info.body.notices).toEqual([expect.stringContaining('SYNTHETIC')]);
    expect(await loadDemoData(t.app.db.pool)).toMatchObject({ loaded: false });
    expect(await countRows(t.db.url, 'annual_returns')).toBe(returns.length);
    const summary = await t.http.get('/v1/monitoring/2018-19/summary');
    expect(summary.body.groups[0].ratioDisplay).toMatch(/^1:1,7[23]\d$/);
  });

  it('holds the annual cycle: 2018-19 to 2024-25 published (2022-23 twice), 2025-26 open with returns in every state', async () => {
    const list = (await t.http.get('/v1/publications?limit=100')).body.data as { year: string; version: number }[];
    const years = [...new Set(list.map((p) => p.year))].sort();
    expect(years).toEqual(['2018-19', '2019-20', '2020-21', '2021-22', '2022-23', '2023-24', '2024-25']);
    expect(list.filter((p) => p.year === '2022-23').map((p) => p.version)).toEqual([2, 1]);
    expect(list.length).toBe(8);
    const first = (await t.http.get('/v1/publications/2018-19/versions/1')).body;
    expect(first.publishedAt).toBe('2019-10-01T09:00:00.000Z');
    expect((await t.http.get('/v1/publications/2022-23/versions/2')).body.publishedAt).toBe('2024-01-15T09:00:00.000Z');
    for (const year of years) expect((await t.http.get(`/v1/monitoring/${year}/summary`)).body.status, year).toBe('published');
    const v2 = (await t.http.get('/v1/publications/2022-23')).body;
    expect(v2.changes.organisations).toHaveLength(1);
    expect(v2.changes.organisations[0].after.qualifiedWte).toBeCloseTo(v2.changes.organisations[0].before.qualifiedWte + 1, 2);
    // Every published year holds every return: all of them were signed off.
    for (const year of years) {
      const latest = (await t.http.get(`/v1/publications/${year}`)).body;
      expect(latest.excluded, year).toEqual([]);
      expect(latest.completeness.reported, year).toBe(latest.completeness.expected);
    }

    expect((await t.http.get('/v1/monitoring/2025-26/summary')).body.status).toBe('provisional');
    const progress = (await t.http.get('/v1/years/2025-26/progress')).body;
    expect(progress.national.approved).toBeGreaterThan(0);
    expect(progress.national.approved).toBeLessThan(progress.national.reported);
    expect(progress.national.reported).toBeLessThan(progress.national.expected);
    const open = (await t.http.get('/v1/returns?year=2025-26&limit=1000')).body.data as { status: string; warnings: { code: string }[]; acknowledgedWarnings: string[] }[];
    const unacknowledged = open.filter((r) => r.warnings.some((w) => !r.acknowledgedWarnings.includes(w.code)));
    expect(unacknowledged.length).toBeGreaterThan(0);
    expect(unacknowledged.every((r) => r.status === 'submitted')).toBe(true);
    expect(open.filter((r) => r.status === 'submitted' && r.warnings.length === 0).length).toBeGreaterThan(0);
  });

  it('has shared library services from 2023-24, one spanning two regions, their members reported through them and published', async () => {
    const services = (await t.http.get('/v1/library-services')).body.data as { code: string; members: { regionCode: string }[] }[];
    expect(services.map((s) => s.code)).toEqual(['DLSEAST', 'DLSMH']);
    expect(new Set(services[0]!.members.map((m) => m.regionCode)).size).toBe(2);
    const service = (await t.http.get('/v1/library-services/DLSEAST/returns/2024-25')).body;
    const member = (await t.http.get('/v1/organisations/ZD031/returns/2024-25')).body;
    expect(member.via).toEqual({ libraryService: 'DLSEAST' });
    expect(member.ratio).toBe(service.ratio);
    expect(service.members.reduce((sum: Decimal, m: { qualifiedWte: number }) => sum.plus(m.qualifiedWte), new Decimal(0)).toNumber()).toBe(service.qualifiedWte);
    expect((await t.http.get('/v1/organisations/ZD031/returns/2022-23')).body.via).toBeNull();
    const published = (await t.http.get('/v1/publications/2024-25')).body.organisations.find((o: { odsCode: string }) => o.odsCode === 'ZD031');
    expect(published.qualifiedWte).toBe(member.qualifiedWte);
  });

  it('refuses a database that already holds organisations, changing nothing', async () => {
    const other = await createTestApp();
    try {
      await createOrganisation(other.http, { odsCode: 'REAL1' });
      expect(await loadDemoData(other.app.db.pool)).toMatchObject({ loaded: false, reason: expect.stringContaining('1 organisations') });
      expect(await countRows(other.db.url, 'organisations')).toBe(1);
      expect((await other.http.get('/v1')).body.notices).toEqual([]);
    } finally {
      await other.close();
    }
  });
});
