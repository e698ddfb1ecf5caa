import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, httpAs, type TestApp } from './support/app.ts';
import { createKey, createOrganisation, putReturn } from './support/fixtures.ts';

/*
 * GET /v1/monitoring/{year}/organisations: ranks, quintiles, vsEngland and change, checked against
 * a computation written here from the figures the test itself submitted (exact, in BigInt
 * hundredths), for a year with ties, organisations without qualified staff, a library service
 * whose members share its ratio, and change at the exact materiality boundary.
 */

let t: TestApp;
const YEAR = '2025-26';
const PREVIOUS = '2024-25';

type Figures = [staff: number, qualified: number];
type Org = { code: string; region: string; type: string; previous?: Figures; current?: Figures };

const orgs: Org[] = [
  // Change at the boundary: 969/10 is exactly 5% below 1020/10, and 1302/10 exactly 5% above 1240/10
  // (as doubles, 96.9 / 102 - 1 is -0.04999999999999993: a float comparison would call it stable).
  { code: 'IMP1', region: 'Y56', type: 'acute', previous: [1020, 10], current: [969, 10] },
  { code: 'WOR1', region: 'Y56', type: 'acute', previous: [1240, 10], current: [1302, 10] },
  { code: 'STB1', region: 'Y56', type: 'acute', previous: [1000, 10], current: [1049.99, 10] },
  { code: 'INTO', region: 'Y56', type: 'community', previous: [1000, 1], current: [1000, 0] },
  { code: 'OUTO', region: 'Y56', type: 'community', previous: [1000, 0], current: [1000, 1] },
  { code: 'NONE', region: 'Y60', type: 'community', previous: [500, 0], current: [600, 0] },
  { code: 'NEWO', region: 'Y60', type: 'acute', current: [2000, 1] },
  // One ratio, three ways (1:1,500): a tie, across two regions.
  { code: 'TIE1', region: 'Y56', type: 'mental_health', previous: [1400, 1], current: [1500, 1] },
  { code: 'TIE2', region: 'Y60', type: 'mental_health', previous: [3000, 2], current: [3000, 2] },
  { code: 'TIE3', region: 'Y60', type: 'mental_health', current: [4500, 3] },
  // Gaps of 10 WTE and more (sorted as numbers, not as text: 19.6 before 9.6).
  { code: 'BIG1', region: 'Y61', type: 'acute', previous: [25000, 1], current: [25000, 0.4] },
  { code: 'BIG2', region: 'Y61', type: 'acute', current: [13000, 0.8] },
  // Members of the library service LSV (their figures come from its return, below).
  { code: 'LSA', region: 'Y56', type: 'acute' },
  { code: 'LSB', region: 'Y60', type: 'specialist' },
];
// A spread of pseudo-random figures (a fixed LCG), some without qualified staff, some repeated.
let seed = 7;
const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
for (let i = 1; i <= 30; i += 1) {
  const staff = Math.round((500 + next() * 9000) * 100) / 100;
  const qualified = i % 9 === 0 ? 0 : Math.round((0.5 + next() * 8) * 100) / 100;
  const region = ['Y58', 'Y61', 'Y62'][i % 3]!;
  const type = ['acute', 'community', 'ambulance', 'icb'][i % 4]!;
  const previous: Figures | undefined = i % 5 === 0 ? undefined : [Math.round(staff * (0.9 + next() * 0.2) * 100) / 100, i % 7 === 0 ? 0 : qualified];
  orgs.push({ code: `R${String(i).padStart(2, '0')}`, region, type, previous, current: i % 11 === 0 ? [staff / 2, qualified / 2].map((v) => Math.round(v * 100) / 100) as Figures : [staff, qualified] });
}
// R22 and R23 share a ratio by construction (a tie among the random ones).
orgs.find((o) => o.code === 'R23')!.current = [orgs.find((o) => o.code === 'R22')!.current![0] * 2, orgs.find((o) => o.code === 'R22')!.current![1] * 2];

const SERVICE = { qualifiedWte: 3, members: [{ odsCode: 'LSA', staffWte: 2000 }, { odsCode: 'LSB', staffWte: 1000.01 }] };

beforeAll(async () => {
  t = await createTestApp();
  for (const org of orgs) await createOrganisation(t.http, { odsCode: org.code, regionCode: org.region, type: org.type });
  for (const org of orgs) {
    for (const [year, figures] of [[PREVIOUS, org.previous], [YEAR, org.current]] as const) {
      if (!figures) continue;
      const res = await putReturn(t.http, org.code, year, { staffWte: figures[0], qualifiedWte: figures[1] });
      expect(res.status, `${org.code} ${year}: ${JSON.stringify(res.body)}`).toBe(201);
    }
  }
  const service = await t.http.post('/v1/library-services').send({
    code: 'LSV', name: 'A shared service', hostOdsCode: 'LSA', members: [{ odsCode: 'LSA', fromYear: YEAR }, { odsCode: 'LSB', fromYear: YEAR }],
  });
  expect(service.status).toBe(201);
  expect((await t.http.put(`/v1/library-services/LSV/returns/${YEAR}`).send(SERVICE)).status).toBe(201);
});
afterAll(() => t.close());

// --- The independent computation -----------------------------------------------------------------

const cents = (wte: number) => BigInt(Math.round(wte * 100));
/** What each organisation's ratio is of: its own figures, or (a member) its service's. */
function basisOf(code: string): { staff: bigint; qualified: bigint } | null {
  if (code === 'LSA' || code === 'LSB') return { staff: cents(3000.01), qualified: cents(SERVICE.qualifiedWte) };
  const figures = orgs.find((o) => o.code === code)!.current;
  return figures ? { staff: cents(figures[0]), qualified: cents(figures[1]) } : null;
}
const reporting = orgs.filter((o) => basisOf(o.code) !== null);
/** -1, 0, 1 as a's ratio is below, equal to, above b's; without qualified staff counts as highest. */
function compare(a: string, b: string): number {
  const x = basisOf(a)!;
  const y = basisOf(b)!;
  if (x.qualified === 0n || y.qualified === 0n) return x.qualified === y.qualified ? 0 : x.qualified === 0n ? 1 : -1;
  const left = x.staff * y.qualified;
  const right = y.staff * x.qualified;
  return left < right ? -1 : left > right ? 1 : 0;
}
const rankAmong = (code: string, among: Org[]) => 1 + among.filter((o) => compare(o.code, code) < 0).length;
const withQualified = reporting.filter((o) => basisOf(o.code)!.qualified > 0n).length;

function expectedDirection(org: Org): string {
  if (org.code === 'LSA' || org.code === 'LSB' || !org.previous) return 'new';
  const [ps, pq] = org.previous.map(cents) as [bigint, bigint];
  const { staff: cs, qualified: cq } = basisOf(org.code)!;
  if (cq === 0n && pq === 0n) return 'stable';
  if (cq === 0n) return 'worsening';
  if (pq === 0n) return 'improving';
  // now / before <= 0.95  <=>  cs * pq * 100 <= 95 * ps * cq
  if (cs * pq * 100n <= 95n * ps * cq) return 'improving';
  if (cs * pq * 100n >= 105n * ps * cq) return 'worsening';
  return 'stable';
}

type Row = {
  odsCode: string; regionCode: string; type: string; ratio: number | null; band: string; gapWte: number; staffWte: number; qualifiedWte: number;
  rank: number; regionRank: number; quintile: number | null; vsEngland: number | null; libraryService: string | null;
  change: { staffWte: number | null; qualifiedWte: number | null; ratio: number | null; previousBand: string | null; direction: string };
};
const list = async (query = '') => {
  const res = await t.http.get(`/v1/monitoring/${YEAR}/organisations?limit=1000${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as { data: Row[]; meta: { total: number }; nationalRatio: number; status: string };
};

describe('ranks, quintiles and the comparison with England', () => {
  it('ranks every reporting organisation by exact ratio, ties sharing a rank, as computed here from the submitted figures', async () => {
    const { data, meta } = await list();
    expect(meta.total).toBe(reporting.length);
    expect(data.map((r) => r.odsCode).sort()).toEqual(reporting.map((o) => o.code).sort());
    for (const row of data) {
      const region = reporting.filter((o) => o.region === row.regionCode);
      const hasQualified = basisOf(row.odsCode)!.qualified > 0n;
      expect({ code: row.odsCode, rank: row.rank, regionRank: row.regionRank, quintile: row.quintile }).toEqual({
        code: row.odsCode,
        rank: hasQualified ? rankAmong(row.odsCode, reporting) : withQualified + 1,
        regionRank: rankAmong(row.odsCode, region),
        quintile: hasQualified ? Math.ceil((5 * rankAmong(row.odsCode, reporting)) / withQualified) : null,
      });
    }
  });

  it('gives tied organisations one rank and skips the ranks they take ("1, 2, 2, 4")', async () => {
    const { data } = await list();
    const byCode = new Map(data.map((r) => [r.odsCode, r]));
    const tied = ['TIE1', 'TIE2', 'TIE3'].map((c) => byCode.get(c)!.rank);
    expect(new Set(tied).size).toBe(1);
    expect(data.filter((r) => r.rank === tied[0]! + 1)).toEqual([]);
    expect(data.some((r) => r.rank === tied[0]! + 3)).toBe(true);
    expect(byCode.get('R22')!.rank).toBe(byCode.get('R23')!.rank);
    // Without qualified staff, all share rank n + 1 and have no quintile.
    const none = data.filter((r) => r.ratio === null);
    expect(none.length).toBeGreaterThanOrEqual(3);
    expect(new Set(none.map((r) => r.rank))).toEqual(new Set([data.filter((r) => r.ratio !== null).length + 1]));
    expect(none.every((r) => r.quintile === null && r.vsEngland === null)).toBe(true);
  });

  it("divides each ratio by the summary's national pooled ratio for vsEngland", async () => {
    const [{ data, nationalRatio }, summary] = await Promise.all([list(), t.http.get(`/v1/monitoring/${YEAR}/summary`)]);
    expect(nationalRatio).toBe(summary.body.groups[0].ratio);
    for (const row of data.filter((r) => r.ratio !== null)) expect(row.vsEngland).toBeCloseTo(row.ratio! / summary.body.groups[0].ratio, 12);
  });

  it("reports a library service's members with their attributed figures and the service's ratio, tied with each other", async () => {
    const { data } = await list();
    const [lsa, lsb] = ['LSA', 'LSB'].map((c) => data.find((r) => r.odsCode === c)!);
    const service = (await t.http.get(`/v1/library-services/LSV/returns/${YEAR}`)).body;
    for (const [row, member] of [[lsa!, service.members[0]], [lsb!, service.members[1]]] as const) {
      expect(row).toMatchObject({ libraryService: 'LSV', ratio: service.ratio, band: service.band, staffWte: member.staffWte, qualifiedWte: member.qualifiedWte, gapWte: member.gapWte });
    }
    expect(lsa!.qualifiedWte + lsb!.qualifiedWte).toBeCloseTo(3, 10);
    expect(lsa!.rank).toBe(lsb!.rank);
    expect(lsa!.regionRank).toBe(rankAmong('LSA', reporting.filter((o) => o.region === 'Y56')));
  });

  it('never lets a filter change a rank', async () => {
    const { data: all } = await list();
    const rankOf = new Map(all.map((r) => [r.odsCode, [r.rank, r.regionRank, r.quintile]]));
    for (const query of ['&region=Y60', '&type=community', '&band=flagged', '&change=worsening', '&region=Y56&change=new']) {
      const { data, meta } = await list(query);
      expect(meta.total).toBe(data.length);
      expect(data.length).toBeGreaterThan(0);
      for (const row of data) expect([row.rank, row.regionRank, row.quintile]).toEqual(rankOf.get(row.odsCode));
    }
  });
});

describe('change against the previous year', () => {
  it('calls each organisation new, improving, stable or worsening as computed here in exact figures', async () => {
    const { data } = await list();
    for (const row of data) expect([row.odsCode, row.change.direction]).toEqual([row.odsCode, expectedDirection(orgs.find((o) => o.code === row.odsCode)!)]);
    const byCode = new Map(data.map((r) => [r.odsCode, r]));
    expect(['IMP1', 'WOR1', 'STB1', 'INTO', 'OUTO', 'NONE', 'NEWO', 'LSA'].map((c) => byCode.get(c)!.change.direction))
      .toEqual(['improving', 'worsening', 'stable', 'worsening', 'improving', 'stable', 'new', 'new']);
  });

  it('gives the differences of staff and qualified WTE, the relative change of the ratio and the previous band', async () => {
    const { data } = await list();
    const byCode = new Map(data.map((r) => [r.odsCode, r]));
    expect(byCode.get('IMP1')!.change).toEqual({ staffWte: -51, qualifiedWte: 0, ratio: expect.closeTo(-0.05, 12), previousBand: 'meets_target', direction: 'improving' });
    expect(byCode.get('TIE1')!.change).toEqual({ staffWte: 100, qualifiedWte: 0, ratio: expect.closeTo(1500 / 1400 - 1, 12), previousBand: 'short_of_target', direction: 'worsening' });
    expect(byCode.get('INTO')!.change).toEqual({ staffWte: 0, qualifiedWte: -1, ratio: null, previousBand: 'meets_target', direction: 'worsening' });
    expect(byCode.get('NEWO')!.change).toEqual({ staffWte: null, qualifiedWte: null, ratio: null, previousBand: null, direction: 'new' });
  });

  it('moves the boundary with ?materiality=, inclusively', async () => {
    const at = async (m: string) => new Map((await list(`&materiality=${m}`)).data.map((r) => [r.odsCode, r.change.direction]));
    expect((await at('0.1')).get('IMP1')).toBe('stable');
    expect((await at('0.05')).get('IMP1')).toBe('improving');
    expect((await at('0.0499')).get('STB1')).toBe('worsening');
    expect((await at('0.05')).get('STB1')).toBe('stable');
  });

  it('lists exactly the flagged organisations getting worse (as computed here), losing every specialist first', async () => {
    const { data } = await list('&change=worsening&band=flagged&sort=-change');
    // Flagged: 1:1,730 or above, or no qualified staff (the 2018-19 policy, in exact hundredths).
    const flagged = (o: Org) => basisOf(o.code)!.qualified === 0n || basisOf(o.code)!.staff >= 1730n * basisOf(o.code)!.qualified;
    const expected = reporting.filter((o) => flagged(o) && expectedDirection(o) === 'worsening').map((o) => o.code).sort();
    expect(expected.length).toBeGreaterThanOrEqual(2);
    expect(data.map((r) => r.odsCode).sort()).toEqual(expected);
    expect(data[0]!.odsCode).toBe('INTO');
  });
});

describe('sorting, paging and formats', () => {
  it('sorts by rank, code, largest gap and largest rise, and pages with a total', async () => {
    const byRank = (await list()).data;
    expect(byRank.map((r) => r.rank)).toEqual([...byRank.map((r) => r.rank)].sort((a, b) => a - b));
    const byCode = (await list('&sort=odsCode')).data.map((r) => r.odsCode);
    expect(byCode).toEqual([...byCode].sort());
    const gaps = (await list('&sort=-gapWte')).data.map((r) => r.gapWte);
    expect(gaps).toEqual([...gaps].sort((a, b) => b - a));
    expect(gaps.slice(0, 2)).toEqual([19.6, 9.6]);
    const page = await t.http.get(`/v1/monitoring/${YEAR}/organisations?limit=5&offset=5`);
    expect(page.body.data.map((r: Row) => r.odsCode)).toEqual(byRank.slice(5, 10).map((r) => r.odsCode));
    expect(page.body.meta).toEqual({ total: reporting.length, limit: 5, offset: 5 });
    const beyond = await t.http.get(`/v1/monitoring/${YEAR}/organisations?offset=500`);
    expect(beyond.body.data).toEqual([]);
    expect(beyond.body.meta.total).toBe(reporting.length);
  });

  it('answers CSV and XLSX with the same rows as JSON, and 304 to a current tag', async () => {
    const { data } = await list();
    const csv = await t.http.get(`/v1/monitoring/${YEAR}/organisations?format=csv`);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const lines = csv.text.trim().split('\r\n');
    expect(lines[0]).toBe('odsCode,name,regionCode,type,staffWte,qualifiedWte,ratio,ratioDisplay,band,gapWte,libraryService,rank,regionRank,quintile,vsEngland,changeStaffWte,changeQualifiedWte,changeRatio,previousBand,direction');
    // Every row's cells, read back by a CSV parser, are the JSON's (negative numbers carry the quote
    // that neutralises a leading '-').
    const records = parse(csv.text, { columns: true }) as Record<string, string>[];
    const cell = (v: unknown) => (v === null ? '' : String(v).startsWith('-') ? `'${String(v)}` : String(v));
    expect(records.map((r) => [r.odsCode, r.ratioDisplay, r.rank, r.regionRank, r.quintile, r.vsEngland, r.changeStaffWte, r.changeRatio, r.direction]))
      .toEqual(data.map((r) => [r.odsCode, (r as unknown as { ratioDisplay: string }).ratioDisplay, r.rank, r.regionRank, r.quintile, r.vsEngland, r.change.staffWte, r.change.ratio, r.change.direction].map(cell)));
    const xlsx = await t.http.get(`/v1/monitoring/${YEAR}/organisations?format=xlsx&sort=odsCode`).buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers['x-total-count']).toBe(String(reporting.length));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.body as never);
    const sheet = book.worksheets[0]!;
    expect(sheet.rowCount).toBe(reporting.length + 1);
    const sorted = [...data].sort((a, b) => a.odsCode.localeCompare(b.odsCode));
    sorted.forEach((r, i) => {
      const row = sheet.getRow(i + 2);
      expect([row.getCell(1).value, row.getCell(5).value, row.getCell(12).value, row.getCell(14).value, row.getCell(20).value]).toEqual([r.odsCode, r.staffWte, r.rank, r.quintile, r.change.direction]);
    });
    // Accept: CSV only when it is wanted at least as much as JSON.
    for (const [accept, type] of [['text/csv', /^text\/csv/], ['application/json, text/csv;q=0', /^application\/json/], ['text/csv;q=0.5, application/json', /^application\/json/], ['text/csv, */*', /^text\/csv/], ['*/*', /^application\/json/]] as const) {
      expect((await t.http.get(`/v1/monitoring/${YEAR}/organisations?limit=1`).set('accept', accept)).headers['content-type'], accept).toMatch(type);
    }
    const first = await t.http.get(`/v1/monitoring/${YEAR}/organisations`);
    expect(first.headers.etag).toBeTruthy();
    expect((await t.http.get(`/v1/monitoring/${YEAR}/organisations`).set('if-none-match', String(first.headers.etag))).status).toBe(304);
    expect(xlsx.headers.etag).toMatch(/^W\//);
    expect((await t.http.get(`/v1/monitoring/${YEAR}/organisations?format=xlsx&sort=odsCode`).set('if-none-match', String(xlsx.headers.etag))).status).toBe(304);
  });

  it('follows a new return at once (a new tag, the new figures)', async () => {
    const before = await t.http.get(`/v1/monitoring/${YEAR}/organisations?sort=odsCode&limit=1`);
    expect((await putReturn(t.http, 'R01', YEAR, { staffWte: 1111.11, qualifiedWte: 1 })).status).toBe(200);
    const after = await t.http.get(`/v1/monitoring/${YEAR}/organisations?sort=odsCode&limit=1`);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    const r01 = (await list()).data.find((r) => r.odsCode === 'R01')!;
    expect(r01.staffWte).toBe(1111.11);
    const [s, q] = orgs.find((o) => o.code === 'R01')!.current!;
    expect((await putReturn(t.http, 'R01', YEAR, { staffWte: s, qualifiedWte: q })).status).toBe(200);
  });
});

describe('who may ask, and what a bad question gets', () => {
  it('answers any valid key, refuses a caller without one, and tells apart what a submitter may see', async () => {
    const submitter = httpAs(t.app, await createKey(t.http, 'submitter', { organisations: ['IMP1'] }));
    expect((await submitter.get(`/v1/monitoring/${YEAR}/organisations?limit=1`)).status).toBe(200);
    const anonymous = await request(t.app.server).get(`/v1/monitoring/${YEAR}/organisations`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers['content-type']).toMatch(/application\/problem\+json/);
    const wrong = await request(t.app.server).get(`/v1/monitoring/${YEAR}/organisations`).set('authorization', 'Bearer not-a-key');
    expect(wrong.status).toBe(401);
  });

  it("never carries a return's comment, sources, warnings or submitter", async () => {
    const res = await t.http.get(`/v1/monitoring/${YEAR}/organisations?limit=1000`);
    for (const row of res.body.data) for (const field of ['comment', 'staffSource', 'warnings', 'submittedBy', 'revision']) expect(row).not.toHaveProperty(field);
  });

  it.each([
    ['materiality=5e-2', '/query/materiality'],
    ['materiality=1', '/query/materiality'],
    ['materiality=0', '/query/materiality'],
    ['sort=ratio', '/query/sort'],
    ['change=better', '/query/change'],
    ['band=red', '/query/band'],
    ['limit=1001', '/query/limit'],
    ['dryRun=true', undefined],
  ])('refuses ?%s with a 400 naming it', async (query, pointer) => {
    const res = await t.http.get(`/v1/monitoring/${YEAR}/organisations?${query}`);
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    if (pointer) expect(res.body.errors.map((e: { pointer: string }) => e.pointer)).toContain(pointer);
    else expect(JSON.stringify(res.body.errors)).toContain('dryRun');
  });

  it('answers an empty list for a year without returns', async () => {
    const res = await t.http.get('/v1/monitoring/2019-20/organisations');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ data: [], meta: { total: 0 }, nationalRatio: null, status: 'provisional' });
  });
});

describe('what the review added: filters, the whole -change order, quintile boundaries and a member\'s change', () => {
const MPREV = '2022-23';
const MCUR = '2023-24';
const QYEAR = '2027-28';
  beforeAll(async () => {
  // A library service in two consecutive years: its ratio rises by exactly 5% (1,500 -> 1,575) while
  // the members' attributed ratios move by +5.3% (MA) and +4.5% (MB).
  await createOrganisation(t.http, { odsCode: 'MEMA', regionCode: 'Y56' });
  await createOrganisation(t.http, { odsCode: 'MEMB', regionCode: 'Y56' });
  expect((await t.http.post('/v1/library-services').send({ code: 'MSV', name: 'Two-year service', hostOdsCode: 'MEMA', members: [{ odsCode: 'MEMA', fromYear: MPREV }, { odsCode: 'MEMB', fromYear: MPREV }] })).status).toBe(201);
  expect((await t.http.put(`/v1/library-services/MSV/returns/${MPREV}`).send({ qualifiedWte: 1, members: [{ odsCode: 'MEMA', staffWte: 1000 }, { odsCode: 'MEMB', staffWte: 500 }] })).status).toBe(201);
  expect((await t.http.put(`/v1/library-services/MSV/returns/${MCUR}`).send({ qualifiedWte: 1, members: [{ odsCode: 'MEMA', staffWte: 1100 }, { odsCode: 'MEMB', staffWte: 475 }] })).status).toBe(201);
  // Ten organisations alone in a year, ratios 1,010 .. 1,100: n = 10, so 5 × rank ÷ n is whole at even ranks.
  for (let i = 1; i <= 10; i += 1) {
    const code = `Q${String(i).padStart(2, '0')}`;
    await createOrganisation(t.http, { odsCode: code, regionCode: 'Y56' });
    expect((await putReturn(t.http, code, QYEAR, { staffWte: 1000 + 10 * i, qualifiedWte: 1 })).status).toBe(201);
  }
});

  it('filters by region and by type (the listed organisations are exactly those of the region / type)', async () => {
  for (const [query, keep] of [['&region=Y60', (o: Org) => o.region === 'Y60'], ['&type=community', (o: Org) => o.type === 'community']] as const) {
    const { data } = await list(query);
    expect(data.map((r) => r.odsCode).sort(), query).toEqual(reporting.filter(keep).map((o) => o.code).sort());
  }
});

  it('sorts -change: into no qualified staff first, then every comparable ratio change from the largest rise down, null last', async () => {
  const { data } = await list('&sort=-change');
  expect(data[0]!.odsCode).toBe('INTO');
  const rest = data.slice(1).map((r) => r.change.ratio);
  const firstNull = rest.indexOf(null);
  const rises = rest.slice(0, firstNull) as number[];
  expect(rises.length).toBeGreaterThan(10);
  expect(rises).toEqual([...rises].sort((a, b) => b - a));
  expect(rest.slice(firstNull).every((r) => r === null)).toBe(true);
});

  it('quintile is ceil(5 × rank ÷ n) at the exact boundaries (n = 10)', async () => {
  const res = await t.http.get(`/v1/monitoring/${QYEAR}/organisations?limit=1000`);
  expect(res.body.data.map((r: Row) => [r.odsCode, r.rank, r.quintile])).toEqual(
    Array.from({ length: 10 }, (_, k) => [`Q${String(k + 1).padStart(2, '0')}`, k + 1, Math.ceil((5 * (k + 1)) / 10)]),
  );
});

  it("judges a library service's member's change by the service's ratio, and its WTE change by its own figures", async () => {
  const res = await t.http.get(`/v1/monitoring/${MCUR}/organisations?limit=1000`);
  const byCode = new Map((res.body.data as Row[]).map((r) => [r.odsCode, r]));
  expect(byCode.get('MEMA')!.change).toEqual({ staffWte: 100, qualifiedWte: 0.03, ratio: expect.closeTo(0.05, 12), previousBand: 'short_of_target', direction: 'worsening' });
  expect(byCode.get('MEMB')!.change).toEqual({ staffWte: -25, qualifiedWte: -0.03, ratio: expect.closeTo(0.05, 12), previousBand: 'short_of_target', direction: 'worsening' });
});
});
