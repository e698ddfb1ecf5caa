import { Decimal } from 'decimal.js';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, httpAs, type Http, type TestApp } from './support/app.ts';
import { approve, createKey, createOrganisation, putReturn, sql } from './support/fixtures.ts';

let t: TestApp;
let analyst: Http;
let hostSubmitter: Http;
let memberSubmitter: Http;

// NWL: hosted by LS001 (Y56), serving LS001, LS002 (Y56), LS003 (Y60) from 2025-26, and LS007 (Y58)
// for 2025-26 only; LS007 then moves to SW2 (host LS006, Y60). LS004 (Y56), LS005 (Y60) report alone.
const REGIONS: Record<string, string> = { LS001: 'Y56', LS002: 'Y56', LS003: 'Y60', LS004: 'Y56', LS005: 'Y60', LS006: 'Y60', LS007: 'Y58', LS008: 'Y58' };

beforeAll(async () => {
  t = await createTestApp();
  for (const [odsCode, regionCode] of Object.entries(REGIONS)) await createOrganisation(t.http, { odsCode, regionCode, name: `Library test ${odsCode}` });
  analyst = httpAs(t.app, await createKey(t.http, 'analyst'));
  hostSubmitter = httpAs(t.app, await createKey(t.http, 'submitter', { organisations: ['LS001'] }));
  memberSubmitter = httpAs(t.app, await createKey(t.http, 'submitter', { organisations: ['LS002'] }));
});
afterAll(() => t.close());

const nwl = {
  code: 'NWL',
  name: 'North West London library service',
  hostOdsCode: 'LS001',
  members: [
    { odsCode: 'LS001', fromYear: '2025-26' },
    { odsCode: 'LS002', fromYear: '2025-26', toYear: null },
    { odsCode: 'LS003', fromYear: '2025-26' },
    { odsCode: 'LS007', fromYear: '2025-26', toYear: '2025-26' },
  ],
};
const putService = (http: Http, code: string, year: string, body: object) => http.put(`/v1/library-services/${code}/returns/${year}`).send(body);

/** The largest-remainder shares, a second, simple way: in whole hundredths, with BigInt. */
function shares(total: string, staff: string[]): string[] {
  const hundredths = (v: string) => BigInt(new Decimal(v).times(100).toFixed(0));
  const T = hundredths(total);
  const S = staff.map(hundredths);
  const sum = S.reduce((a, b) => a + b, 0n);
  const floors = S.map((s) => (T * s) / sum);
  const remainders = S.map((s, i) => ({ i, r: (T * s) % sum }));
  let left = T - floors.reduce((a, b) => a + b, 0n);
  remainders.sort((a, b) => (b.r > a.r ? 1 : b.r < a.r ? -1 : a.i - b.i));
  for (const { i } of remainders) if (left > 0n) { floors[i]! += 1n; left -= 1n; }
  return floors.map((f) => (Number(f) / 100).toFixed(2));
}

describe('library services', () => {
  it('are created by an admin with their members, and refused when the host is not a member, an organisation is unknown or already served that year', async () => {
    const res = await t.http.post('/v1/library-services').send(nwl);
    expect(res.status).toBe(201);
    expect(res.headers.location).toBe('/v1/library-services/NWL');
    expect(res.body.members.map((m: { odsCode: string; fromYear: string; toYear: string | null }) => [m.odsCode, m.fromYear, m.toYear])).toEqual([
      ['LS001', '2025-26', null], ['LS002', '2025-26', null], ['LS003', '2025-26', null], ['LS007', '2025-26', '2025-26'],
    ]);
    expect((await t.http.post('/v1/library-services').send({ ...nwl, code: 'NOHOST', hostOdsCode: 'LS004', members: [{ odsCode: 'LS005', fromYear: '2025-26' }] })).status).toBe(422);
    expect((await t.http.post('/v1/library-services').send({ ...nwl, code: 'GHOST', hostOdsCode: 'ZZ999', members: [{ odsCode: 'ZZ999', fromYear: '2025-26' }] })).status).toBe(422);
    const twice = await t.http.post('/v1/library-services').send({ code: 'SW2', name: 'South West', hostOdsCode: 'LS006', members: [{ odsCode: 'LS006', fromYear: '2025-26' }, { odsCode: 'LS007', fromYear: '2025-26' }] });
    expect(twice.status).toBe(409);
    expect(twice.body.detail).toContain('LS007 (NWL)');
    expect((await analyst.post('/v1/library-services').send({ ...nwl, code: 'X1X' })).status).toBe(403);
    expect((await request(t.app.server).get('/v1/library-services')).status).toBe(401);
    const created = await t.http.post('/v1/library-services').send({ code: 'sw2', name: 'South West', hostOdsCode: 'LS006', members: [{ odsCode: 'LS006', fromYear: '2025-26' }, { odsCode: 'LS007', fromYear: '2026-27' }] });
    expect(created.status).toBe(201);
    expect(created.body.code).toBe('SW2');
    expect((await analyst.get('/v1/library-services')).body.data.map((s: { code: string }) => s.code)).toEqual(['NWL', 'SW2']);
  });

  it("takes one return for the service and reports each member with its own staff and a share of the qualified WTE and gap that add up exactly", async () => {
    const res = await putService(hostSubmitter, 'NWL', '2025-26', {
      qualifiedWte: '4.00',
      members: [{ odsCode: 'LS001', staffWte: '3000.00' }, { odsCode: 'LS002', staffWte: '2000.00' }, { odsCode: 'LS003', staffWte: '1000.00' }, { odsCode: 'LS007', staffWte: '500.00' }],
      staffSource: 'ESR',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ code: 'NWL', year: '2025-26', staffWte: 6500, qualifiedWte: 4, ratio: 1625, ratioDisplay: '1:1,625', band: 'short_of_target', revision: 1, status: 'submitted' });
    const expectedQualified = shares('4.00', ['3000', '2000', '1000', '500']);
    expect(res.body.members.map((m: { qualifiedWte: number }) => m.qualifiedWte.toFixed(2))).toEqual(expectedQualified);
    const gapShares = shares(new Decimal(res.body.gapWte).toFixed(2), ['3000', '2000', '1000', '500']);
    expect(res.body.members.map((m: { gapWte: number }) => m.gapWte.toFixed(2))).toEqual(gapShares);
    expect(res.body.gapWte).toBe(new Decimal(6500).div(1250).minus(4).toDecimalPlaces(2).toNumber());

    const member = await analyst.get('/v1/organisations/LS002/returns/2025-26');
    expect(member.body).toMatchObject({ odsCode: 'LS002', staffWte: 2000, qualifiedWte: Number(expectedQualified[1]), ratio: 1625, band: 'short_of_target', via: { libraryService: 'NWL' } });
    const read = await analyst.get('/v1/library-services/NWL/returns/2025-26');
    expect(read.body).toEqual(res.body);
    expect(read.headers.etag).toBe(res.headers.etag);
    // If-Match guards against lost updates, as for an organisation's return.
    const same = {
      qualifiedWte: '4.00', staffSource: 'ESR',
      members: [{ odsCode: 'LS001', staffWte: '3000.00' }, { odsCode: 'LS002', staffWte: '2000.00' }, { odsCode: 'LS003', staffWte: '1000.00' }, { odsCode: 'LS007', staffWte: '500.00' }],
    };
    const stale = await t.http.put('/v1/library-services/NWL/returns/2025-26').set('if-match', '"not-the-tag"').send({ ...same, qualifiedWte: '5.00' });
    expect(stale.status).toBe(412);
    const fresh = await t.http.put('/v1/library-services/NWL/returns/2025-26').set('if-match', String(read.headers.etag)).send(same);
    expect(fresh.status).toBe(200);
    expect(fresh.body.revision).toBe(1); // identical: no new revision
  });

  it("refuses a member's own return for a year its service covers (409 naming the service), in a PUT and in a file", async () => {
    const own = await putReturn(memberSubmitter, 'LS002', '2025-26', { staffWte: 2000, qualifiedWte: 3 });
    expect(own.status).toBe(409);
    expect(own.body.detail).toContain('library service NWL');
    const file = await t.http.post('/v1/returns/bulk').set('content-type', 'text/csv').send('odsCode,year,staffWte,qualifiedWte\nLS003,2025-26,1000,1\n');
    expect(file.body.rows[0]).toMatchObject({ row: 2, status: 'rejected' });
    expect((await analyst.get('/v1/organisations/LS003/returns/2025-26')).body.via).toEqual({ libraryService: 'NWL' });
  });

  it("refuses a return that misses or adds a member (422), and anyone but an admin or the host's submitter (403)", async () => {
    const three = [{ odsCode: 'LS001', staffWte: 1 }, { odsCode: 'LS002', staffWte: 1 }, { odsCode: 'LS003', staffWte: 1 }];
    expect((await putService(t.http, 'NWL', '2025-26', { qualifiedWte: 1, members: three })).status).toBe(422);
    expect((await putService(t.http, 'NWL', '2025-26', { qualifiedWte: 1, members: [...three, { odsCode: 'LS007', staffWte: 1 }, { odsCode: 'LS004', staffWte: 1 }] })).status).toBe(422);
    const all = [...three, { odsCode: 'LS007', staffWte: 1 }];
    expect((await putService(memberSubmitter, 'NWL', '2025-26', { qualifiedWte: 1, members: all })).status).toBe(403);
    expect((await putService(analyst, 'NWL', '2025-26', { qualifiedWte: 1, members: all })).status).toBe(403);
    expect((await request(t.app.server).put('/v1/library-services/NWL/returns/2025-26').send({ qualifiedWte: 1, members: all })).status).toBe(401);
    expect((await putService(t.http, 'NOPE', '2025-26', { qualifiedWte: 1, members: all })).status).toBe(404);
    expect((await analyst.get('/v1/library-services/NWL/returns/2025-26')).body.revision).toBe(1);
  });

  it('counts every staff WTE and every qualified WTE once in the aggregates, a service spanning regions split between them', async () => {
    await putReturn(t.http, 'LS004', '2025-26', { staffWte: '2500.00', qualifiedWte: '2.50' });
    await putReturn(t.http, 'LS005', '2025-26', { staffWte: '1800.00', qualifiedWte: '0.90' });
    // LS006 is SW2's member, and SW2 has no 2025-26 return: LS006 is missing.
    const service = (await analyst.get('/v1/library-services/NWL/returns/2025-26')).body;
    // A second, simple computation: each organisation's figures, the members' from the service's return.
    type Figures = { staff: Decimal; qualified: Decimal; gap: Decimal; band: string };
    const figures: Record<string, Figures> = {};
    for (const m of service.members) figures[m.odsCode] = { staff: new Decimal(m.staffWte), qualified: new Decimal(m.qualifiedWte), gap: new Decimal(m.gapWte), band: service.band };
    for (const ods of ['LS004', 'LS005']) {
      const own = (await analyst.get(`/v1/organisations/${ods}/returns/2025-26`)).body;
      figures[ods] = { staff: new Decimal(own.staffWte), qualified: new Decimal(own.qualifiedWte), gap: new Decimal(own.gapWte), band: own.band };
    }
    const group = (codes: string[]) => {
      const staff = codes.reduce((s, c) => s.plus(figures[c]!.staff), new Decimal(0));
      const qualified = codes.reduce((s, c) => s.plus(figures[c]!.qualified), new Decimal(0));
      return {
        organisationsReported: codes.length,
        staffWte: staff.toNumber(),
        qualifiedWte: qualified.toNumber(),
        ratio: staff.div(qualified).toNumber(),
        gapWte: codes.reduce((s, c) => s.plus(figures[c]!.gap), new Decimal(0)).toNumber(),
        counts: {
          meetsTarget: codes.filter((c) => figures[c]!.band === 'meets_target').length,
          shortOfTarget: codes.filter((c) => figures[c]!.band === 'short_of_target').length,
          flagged: codes.filter((c) => figures[c]!.band === 'flagged').length,
          noQualifiedStaff: codes.filter((c) => figures[c]!.qualified.isZero()).length,
        },
      };
    };
    const reporting = Object.keys(figures).sort();
    const byRegion = (region: string) => reporting.filter((c) => REGIONS[c] === region);
    const national = (await analyst.get('/v1/monitoring/2025-26/summary')).body.groups[0];
    expect(national).toMatchObject(group(reporting));
    const regions = (await analyst.get('/v1/monitoring/2025-26/summary?groupBy=region')).body.groups;
    for (const region of ['Y56', 'Y58', 'Y60']) {
      expect(regions.find((g: { key: string }) => g.key === region), region).toMatchObject(group(byRegion(region)));
    }
    // By type (all acute here) and in the trends, the same figures.
    const types = (await analyst.get('/v1/monitoring/2025-26/summary?groupBy=type')).body.groups;
    expect(types.find((g: { key: string }) => g.key === 'acute')).toMatchObject(group(reporting));
    const point = (await analyst.get('/v1/monitoring/trends?from=2025-26&to=2025-26')).body.groups[0].points[0];
    expect(point).toMatchObject(group(reporting));
    const ratios = reporting.filter((c) => !figures[c]!.qualified.isZero()).map((c) => (service.members.some((m: { odsCode: string }) => m.odsCode === c) ? service.ratio : figures[c]!.staff.div(figures[c]!.qualified).toNumber()));
    expect(national.distribution.min).toBe(Math.min(...ratios));
    expect(national.distribution.max).toBe(Math.max(...ratios));
    // The qualified WTE adds up to the service's and the standalone returns', exactly.
    expect(national.qualifiedWte).toBe(new Decimal(4).plus(2.5).plus(0.9).toNumber());
    const completeness = (await analyst.get('/v1/monitoring/2025-26/completeness')).body;
    expect(completeness.missing.map((m: { odsCode: string }) => m.odsCode)).toEqual(['LS006', 'LS008']);
  });
});

describe('members over the years, approval and publication', () => {
  it('moves a member from one service to another between years: each year reported by its own service', async () => {
    const sw2 = await putService(t.http, 'SW2', '2026-27', { qualifiedWte: '2.00', members: [{ odsCode: 'LS006', staffWte: '1500' }, { odsCode: 'LS007', staffWte: '500' }] });
    expect(sw2.status, JSON.stringify(sw2.body)).toBe(201);
    expect(sw2.body.members.map((m: { odsCode: string; qualifiedWte: number }) => [m.odsCode, m.qualifiedWte])).toEqual([['LS006', 1.5], ['LS007', 0.5]]);
    expect((await analyst.get('/v1/organisations/LS007/returns/2025-26')).body.via).toEqual({ libraryService: 'NWL' });
    expect((await analyst.get('/v1/organisations/LS007/returns/2026-27')).body.via).toEqual({ libraryService: 'SW2' });
    // NWL no longer serves LS007 in 2026-27: its return there is for its three members only.
    const nwl2026 = await putService(t.http, 'NWL', '2026-27', { qualifiedWte: '3.00', members: [{ odsCode: 'LS001', staffWte: '3000' }, { odsCode: 'LS002', staffWte: '2000' }, { odsCode: 'LS003', staffWte: '1000' }] });
    expect(nwl2026.status).toBe(201);
  });

  it('is approved for every member at once, once its warnings are acknowledged; a reviewer of another region is refused', async () => {
    const reviewerY60 = httpAs(t.app, await createKey(t.http, 'reviewer', { regions: ['Y60'] }));
    const reviewerY56 = httpAs(t.app, await createKey(t.http, 'reviewer', { regions: ['Y56'] }));
    expect((await reviewerY60.post('/v1/library-services/NWL/returns/2025-26/approval').send({ revision: 1 })).status).toBe(403);
    const current = (await analyst.get('/v1/library-services/NWL/returns/2025-26')).body;
    if (current.warnings.length) {
      await putService(t.http, 'NWL', '2025-26', {
        qualifiedWte: '4.00', staffSource: 'ESR', comment: 'Confirmed with the host.', acknowledgedWarnings: current.warnings.map((w: { code: string }) => w.code),
        members: [{ odsCode: 'LS001', staffWte: '3000.00' }, { odsCode: 'LS002', staffWte: '2000.00' }, { odsCode: 'LS003', staffWte: '1000.00' }, { odsCode: 'LS007', staffWte: '500.00' }],
      });
    }
    const revision = (await analyst.get('/v1/library-services/NWL/returns/2025-26')).body.revision;
    const res = await reviewerY56.post('/v1/library-services/NWL/returns/2025-26/approval').send({ revision });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.status).toBe('approved');
    for (const ods of ['LS001', 'LS002', 'LS003', 'LS007']) {
      expect((await analyst.get(`/v1/organisations/${ods}/returns/2025-26`)).body.status, ods).toBe('approved');
    }
  });

  it('a membership change in a year already published changes the live figures, never the publication', async () => {
    for (const ods of ['LS004', 'LS005']) await approve(t.http, ods, '2025-26', 1);
    const published = await t.http.post('/v1/publications').send({ year: '2025-26', note: 'With NWL' });
    expect(published.status).toBe(201);
    expect(published.body.organisations.map((o: { odsCode: string }) => o.odsCode)).toEqual(['LS001', 'LS002', 'LS003', 'LS004', 'LS005', 'LS007']);
    const frozen = (await request(t.app.server).get('/v1/publications/2025-26/versions/1').set('accept-encoding', 'identity')).text;

    // LS008 joins NWL for 2025-26 (it has no return of its own), and the service's return is amended to include it.
    const patched = await t.http.patch('/v1/library-services/NWL').send({ members: [...nwl.members, { odsCode: 'LS008', fromYear: '2025-26', toYear: '2025-26' }] });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    const amended = await putService(t.http, 'NWL', '2025-26', {
      qualifiedWte: '4.00', staffSource: 'ESR', comment: 'Confirmed with the host.',
      members: [{ odsCode: 'LS001', staffWte: '3000.00' }, { odsCode: 'LS002', staffWte: '2000.00' }, { odsCode: 'LS003', staffWte: '1000.00' }, { odsCode: 'LS007', staffWte: '500.00' }, { odsCode: 'LS008', staffWte: '1500.00' }],
    });
    expect(amended.status, JSON.stringify(amended.body)).toBe(200);
    expect(amended.body.members.reduce((sum: Decimal, m: { qualifiedWte: number }) => sum.plus(m.qualifiedWte), new Decimal(0)).toNumber()).toBe(4);
    expect((await analyst.get('/v1/monitoring/2025-26/summary')).body.status).toBe('revised');
    expect((await request(t.app.server).get('/v1/publications/2025-26/versions/1').set('accept-encoding', 'identity')).text).toBe(frozen);
    // Leaving a year whose return reports for it is refused: who reported for LS008 is settled.
    const leave = await t.http.patch('/v1/library-services/NWL').send({ members: nwl.members });
    expect(leave.status).toBe(409);
    expect(leave.body.detail).toContain('LS008');
    const [audit] = await sql<{ n: number }>(t.db.url, `SELECT count(*)::int AS n FROM audit_events WHERE entity = 'library_service_return'`);
    expect(audit!.n).toBeGreaterThanOrEqual(4);
  });
});

describe("a service's revisions", () => {
  it('are listed oldest first, each with the member figures it wrote; another trust cannot read them (403)', async () => {
    const res = await analyst.get('/v1/library-services/NWL/returns/2025-26/revisions');
    expect(res.status).toBe(200);
    const revisions = res.body.data as { revision: number; members: { odsCode: string }[] }[];
    expect(revisions.map((r) => r.revision)).toEqual(Array.from({ length: res.body.meta.total }, (_, i) => i + 1));
    expect(revisions[0]!.members.map((m) => m.odsCode)).toEqual(['LS001', 'LS002', 'LS003', 'LS007']);
    expect(revisions.at(-1)!.members.map((m) => m.odsCode)).toEqual(['LS001', 'LS002', 'LS003', 'LS007', 'LS008']);
    expect((await memberSubmitter.get('/v1/library-services/NWL/returns/2025-26/revisions')).status).toBe(200); // LS002 is a member
    const stranger = httpAs(t.app, await createKey(t.http, 'submitter', { organisations: ['LS004'] }));
    expect((await stranger.get('/v1/library-services/NWL/returns/2025-26/revisions')).status).toBe(403);
    expect((await stranger.get('/v1/library-services/NWL/returns/2025-26')).status).toBe(403);
    expect((await analyst.get('/v1/library-services/NWL/returns/2019-20/revisions')).status).toBe(404);
    const csv = await analyst.get('/v1/library-services/NWL/returns/2025-26/revisions?format=csv');
    expect(csv.text.split('\r\n')[0]).toBe('code,year,revision,staffWte,qualifiedWte,ratio,band,gapWte,members,submittedAt,submittedBy,status');
  });
});

describe('library services in a file', () => {
  it("takes a service's return as one row per member (its figures on the host's row), accepted or rejected together, each by its line", async () => {
    const before = (await analyst.get('/v1/library-services/NWL/returns/2026-27')).body.revision;
    const file = [
      'libraryService,odsCode,year,staffWte,qualifiedWte',
      'SW2,LS006,2026-27,1600,2.50',
      'SW2,LS007,2026-27,400,',
      ',LS004,2026-27,2000,2',
      'NWL,LS001,2026-27,3000,',
      'NWL,LS002,2026-27,2000,',
      'NWL,LS003,2026-27,1000,',
    ].join('\n');
    const res = await t.http.post('/v1/returns/bulk').set('content-type', 'text/csv').send(`${file}\n`);
    expect(res.status).toBe(200);
    expect(res.body.rows.map((r: { row: number; status: string }) => [r.row, r.status])).toEqual([
      [2, 'updated'], [3, 'updated'], [4, 'created'], [5, 'rejected'], [6, 'rejected'], [7, 'rejected'],
    ]);
    expect(res.body.rows[4].errors[0]).toMatchObject({ pointer: '/libraryService' });
    const sw2 = (await analyst.get('/v1/library-services/SW2/returns/2026-27')).body;
    expect(sw2).toMatchObject({ revision: 2, qualifiedWte: 2.5, staffWte: 2000 });
    expect(sw2.members.map((m: { odsCode: string; qualifiedWte: number }) => [m.odsCode, m.qualifiedWte])).toEqual([['LS006', 2], ['LS007', 0.5]]);
    expect((await analyst.get('/v1/library-services/NWL/returns/2026-27')).body.revision).toBe(before);
  });

  it('reads a padded code as the code, and blank service figures on a member row as absent, in JSON as in CSV', async () => {
    const res = await t.http.post('/v1/returns/bulk?dryRun=true').send({ rows: [
      { libraryService: ' sw2 ', odsCode: 'LS006', year: '2026-27', staffWte: 1600, qualifiedWte: 2.5 },
      { libraryService: 'SW2', odsCode: 'LS007', year: '2026-27', staffWte: 400, qualifiedWte: null, comment: '' },
    ] });
    expect(res.body.rows.map((r: { status: string }) => r.status)).toEqual(['unchanged', 'unchanged']);
  });

  it('keeps nothing of a service written by a dry run, or by an atomic file with a rejected row', async () => {
    const rows = 'libraryService,odsCode,year,staffWte,qualifiedWte\nSW2,LS006,2026-27,1700,3.00\nSW2,LS007,2026-27,300,\n';
    const dry = await t.http.post('/v1/returns/bulk?dryRun=true').set('content-type', 'text/csv').send(rows);
    expect(dry.body.rows.map((r: { status: string }) => r.status)).toEqual(['updated', 'updated']);
    const atomic = await t.http.post('/v1/returns/bulk?atomic=true').set('content-type', 'text/csv').send(`${rows},ZZ999,2026-27,10,1\n`);
    expect(atomic.status).toBe(422);
    expect((await analyst.get('/v1/library-services/SW2/returns/2026-27')).body.revision).toBe(2);
    expect((await analyst.get('/v1/organisations/LS007/returns/2026-27')).body.qualifiedWte).toBe(0.5);
  });
});

describe('what a library service may not do', () => {
  it("signs off a member only through the service's own approval", async () => {
    const res = await approve(t.http, 'LS002', '2026-27', 1);
    expect(res.status).toBe(409);
    expect(res.body.detail).toContain("library service NWL's return");
    const withdraw = await t.http.delete('/v1/organisations/LS002/returns/2025-26/approval').send({ reason: 'x' });
    expect(withdraw.status).toBe(409);
  });

  it('refuses a return for a member not open that year, or a year its host is not a member (422)', async () => {
    await createOrganisation(t.http, { odsCode: 'LS010', regionCode: 'Y56' });
    await createOrganisation(t.http, { odsCode: 'LS011', regionCode: 'Y56', closedOn: '2025-03-31' });
    await createOrganisation(t.http, { odsCode: 'LS012', regionCode: 'Y56' });
    expect((await t.http.post('/v1/library-services').send({ code: 'CLS', name: 'Closed member', hostOdsCode: 'LS010', members: [{ odsCode: 'LS010', fromYear: '2026-27' }, { odsCode: 'LS011', fromYear: '2026-27' }] })).status).toBe(201);
    const closed = await putService(t.http, 'CLS', '2026-27', { qualifiedWte: 1, members: [{ odsCode: 'LS010', staffWte: 100 }, { odsCode: 'LS011', staffWte: 100 }] });
    expect(closed.status).toBe(422);
    expect(closed.body.detail).toContain('LS011 was not open during 2026-27');
    expect((await t.http.post('/v1/library-services').send({ code: 'HAW', name: 'Host away', hostOdsCode: 'LS012', members: [{ odsCode: 'LS012', fromYear: '2030-31' }, { odsCode: 'LS005', fromYear: '2026-27' }] })).status).toBe(201);
    const away = await putService(t.http, 'HAW', '2026-27', { qualifiedWte: 1, members: [{ odsCode: 'LS005', staffWte: 100 }] });
    expect(away.status).toBe(422);
    expect(away.body.detail).toContain('host LS012 is not one of its members in 2026-27');
    expect((await analyst.get('/v1/organisations/LS011/returns/2026-27')).status).toBe(404);
  });

  it("lets a member's submitter read the service's return only for the years it is a member", async () => {
    const former = httpAs(t.app, await createKey(t.http, 'submitter', { organisations: ['LS008'] })); // NWL in 2025-26 only
    expect((await former.get('/v1/library-services/NWL/returns/2025-26')).status).toBe(200);
    expect((await former.get('/v1/library-services/NWL/returns/2026-27')).status).toBe(403);
  });

  it('writes and audits nothing for a change that changes nothing; If-None-Match: * refuses an existing return (412)', async () => {
    const count = async () => (await sql<{ n: number }>(t.db.url, `SELECT count(*)::int AS n FROM audit_events WHERE entity = 'library_service'`))[0]!.n;
    const before = await count();
    const current = (await analyst.get('/v1/library-services/NWL')).body;
    expect((await t.http.patch('/v1/library-services/NWL').send({})).status).toBe(200);
    expect((await t.http.patch('/v1/library-services/NWL').send({ name: current.name, members: current.members.map((m: { odsCode: string; fromYear: string; toYear: string | null }) => ({ odsCode: m.odsCode, fromYear: m.fromYear, toYear: m.toYear })) })).status).toBe(200);
    expect(await count()).toBe(before);
    const auditBefore = (await sql<{ n: number }>(t.db.url, 'SELECT count(*)::int AS n FROM audit_events'))[0]!.n;
    const dry = await t.http.put('/v1/library-services/SW2/returns/2026-27?dryRun=true')
      .send({ qualifiedWte: '4.00', members: [{ odsCode: 'LS006', staffWte: '1600' }, { odsCode: 'LS007', staffWte: '400' }] });
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ dryRun: true, revision: 3, qualifiedWte: 4 });
    expect(dry.body.members.map((m: { qualifiedWte: number }) => m.qualifiedWte)).toEqual([3.2, 0.8]);
    expect((await analyst.get('/v1/library-services/SW2/returns/2026-27')).body.revision).toBe(2);
    expect((await analyst.get('/v1/organisations/LS007/returns/2026-27')).body.qualifiedWte).toBe(0.5);
    expect((await sql<{ n: number }>(t.db.url, 'SELECT count(*)::int AS n FROM audit_events'))[0]!.n).toBe(auditBefore);
    const again = await t.http.put('/v1/library-services/SW2/returns/2026-27').set('if-none-match', '*')
      .send({ qualifiedWte: '2.50', members: [{ odsCode: 'LS006', staffWte: '1600' }, { odsCode: 'LS007', staffWte: '400' }] });
    expect(again.status).toBe(412);
  });

  it('never leaves an organisation both a member and reporting for itself, however a change of membership and its own return interleave', async () => {
    const codes = ['RC001', 'RC002', 'RC003', 'RC004', 'RC005', 'RC006'];
    for (const odsCode of codes) await createOrganisation(t.http, { odsCode, regionCode: 'Y56' });
    expect((await t.http.post('/v1/library-services').send({ code: 'RACE', name: 'Race', hostOdsCode: 'RC001', members: [{ odsCode: 'RC001', fromYear: '2026-27' }] })).status).toBe(201);
    for (const odsCode of codes.slice(1)) {
      const [joined, own] = await Promise.all([
        t.http.patch('/v1/library-services/RACE').send({ members: [{ odsCode: 'RC001', fromYear: '2026-27' }, { odsCode, fromYear: '2026-27' }] }),
        putReturn(t.http, odsCode, '2026-27', { staffWte: 1000, qualifiedWte: 1 }),
      ]);
      expect([joined.status, own.status].sort(), odsCode).toEqual(joined.status === 200 ? [200, 409] : [201, 409]);
      // Put the membership back for the next organisation.
      await t.http.patch('/v1/library-services/RACE').send({ members: [{ odsCode: 'RC001', fromYear: '2026-27' }] });
    }
    const [both] = await sql<{ n: number }>(t.db.url, `SELECT count(*)::int AS n FROM library_service_members m
      JOIN annual_returns ar ON ar.ods_code = m.ods_code AND ar.year BETWEEN m.from_year AND coalesce(m.to_year, 9999)
      JOIN return_revisions r ON r.id = ar.current_revision_id
      WHERE r.library_service_revision_id IS NULL`);
    expect(both!.n).toBe(0);
  });
});

describe('members with the smallest shares', () => {
  it("gives a member whose share rounds to nothing the service's ratio and band, and a new split of the same total is a new revision", async () => {
    await createOrganisation(t.http, { odsCode: 'LS013', regionCode: 'Y56' });
    await createOrganisation(t.http, { odsCode: 'LS014', regionCode: 'Y56' });
    expect((await t.http.post('/v1/library-services').send({ code: 'XSV', name: 'Small share', hostOdsCode: 'LS013', members: [{ odsCode: 'LS013', fromYear: '2026-27' }, { odsCode: 'LS014', fromYear: '2026-27' }] })).status).toBe(201);
    const res = await putService(t.http, 'XSV', '2026-27', { qualifiedWte: '1.00', members: [{ odsCode: 'LS013', staffWte: '1000' }, { odsCode: 'LS014', staffWte: '5' }] });
    expect(res.body.members.map((m: { qualifiedWte: number }) => m.qualifiedWte)).toEqual([1, 0]);
    expect((await analyst.get('/v1/organisations/LS014/returns/2026-27')).body).toMatchObject({ qualifiedWte: 0, ratio: res.body.ratio, ratioDisplay: '1:1,005', band: res.body.band });
    // Its figures in monitoring show the service's ratio too, never "no qualified staff" beside a ratio.
    const ranked = (await analyst.get('/v1/monitoring/2026-27/organisations?limit=1000')).body.data.find((o: { odsCode: string }) => o.odsCode === 'LS014');
    expect(ranked).toMatchObject({ qualifiedWte: 0, ratio: res.body.ratio, ratioDisplay: '1:1,005', libraryService: 'XSV' });
    expect(ranked.quintile).not.toBeNull();
    expect(res.body.band).toBe('meets_target'); // 1,005 staff per qualified; alone, with no qualified staff, the member would be flagged

    const split = await putService(t.http, 'XSV', '2026-27', { qualifiedWte: '1.00', members: [{ odsCode: 'LS013', staffWte: '505' }, { odsCode: 'LS014', staffWte: '500' }] });
    expect(split.status).toBe(200);
    expect(split.body.revision).toBe(2);
    expect(split.body.members.map((m: { staffWte: number }) => m.staffWte)).toEqual([505, 500]);
    expect((await analyst.get('/v1/organisations/LS014/returns/2026-27')).body.staffWte).toBe(500);
  });

  it('refuses in the database itself a membership overlapping another service in a year', async () => {
    const insert = `SELECT set_config('audit.actor_role', 'admin', false), set_config('audit.actor_label', 'test', false);
      INSERT INTO library_service_members (service_code, ods_code, from_year) VALUES ('SW2', 'LS001', 2026)`;
    await expect(sql(t.db.url, insert)).rejects.toThrow(/overlapping year/);
    expect((await sql<{ n: number }>(t.db.url, `SELECT count(*)::int AS n FROM library_service_members WHERE service_code = 'SW2' AND ods_code = 'LS001'`))[0]!.n).toBe(0);
  });
});
