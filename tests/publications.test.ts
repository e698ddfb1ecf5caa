import { Decimal } from 'decimal.js';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { publicationsService } from '../src/modules/publications/service.ts';
import { createTestApp, httpAs, testConfig, TEST_ADMIN_KEY, type Http, type TestApp } from './support/app.ts';
import { approve, createKey, createOrganisation, putReturn, sql } from './support/fixtures.ts';

let t: TestApp;
let analyst: Http;
let submitter: Http;
let anonymous: ReturnType<typeof request>;

// Y56: PB001 (approved), PB002 (approved, flagged), PB003 (left out: awaiting approval);
// Y60: PB004 (approved), PB005 (no return: missing).
beforeAll(async () => {
  t = await createTestApp();
  for (const [odsCode, regionCode] of [['PB001', 'Y56'], ['PB002', 'Y56'], ['PB003', 'Y56'], ['PB004', 'Y60'], ['PB005', 'Y60']] as const) {
    await createOrganisation(t.http, { odsCode, regionCode, name: `Publication test ${odsCode}` });
  }
  analyst = httpAs(t.app, await createKey(t.http, 'analyst'));
  submitter = httpAs(t.app, await createKey(t.http, 'submitter', { organisations: ['PB001'] }));
  anonymous = request(t.app.server);
  await putReturn(t.http, 'PB001', '2024-25', { staffWte: '4000.00', qualifiedWte: '3.00' });
  await putReturn(t.http, 'PB001', '2025-26', { staffWte: '4200.50', qualifiedWte: '3.00' });
  await putReturn(t.http, 'PB002', '2025-26', { staffWte: '9000.00', qualifiedWte: '4.25' });
  await putReturn(t.http, 'PB003', '2025-26', { staffWte: '1000.00', qualifiedWte: '1.00' });
  await putReturn(t.http, 'PB004', '2025-26', { staffWte: '2500.25', qualifiedWte: '2.10' });
});
afterAll(() => t.close());

const publish = (note: string, year = '2025-26') => t.http.post('/v1/publications').send({ year, note });
const statusOf = async () => (await analyst.get('/v1/monitoring/2025-26/summary')).body.status as string;

describe('publishing a year', () => {
  it('is provisional before the first version, and refuses to publish while no return is approved (409)', async () => {
    expect(await statusOf()).toBe('provisional');
    expect((await analyst.get('/v1/monitoring/2025-26/summary')).body.publication).toBeNull();
    const res = await publish('First publication');
    expect(res.status).toBe(409);
    expect((await anonymous.get('/v1/publications/2025-26')).status).toBe(404);
  });

  it('freezes the approved returns, leaves the others out with their reason, and counts completeness then', async () => {
    for (const ods of ['PB001', 'PB002', 'PB004']) expect((await approve(t.http, ods, '2025-26', 1)).status).toBe(200);
    const res = await publish('First publication');
    expect(res.status).toBe(201);
    expect(res.headers.location).toBe('/v1/publications/2025-26/versions/1');
    expect(res.body).toMatchObject({ year: '2025-26', version: 1, note: 'First publication', changes: null });
    expect(res.body.organisations.map((o: { odsCode: string }) => o.odsCode)).toEqual(['PB001', 'PB002', 'PB004']);
    // Open data says only that it was not approved: its warnings and revisions are the return's private part.
    expect(res.body.excluded).toEqual([{ odsCode: 'PB003', name: 'Publication test PB003', reason: 'not approved' }]);
    expect(res.body.completeness).toEqual({
      expected: 5, reported: 3,
      missing: [
        { odsCode: 'PB003', name: 'Publication test PB003', regionCode: 'Y56', type: 'acute' },
        { odsCode: 'PB005', name: 'Publication test PB005', regionCode: 'Y60', type: 'acute' },
      ],
    });
    // The national figures, computed a second, simple way from the approved returns.
    const staff = 4200.5 + 9000 + 2500.25;
    const qualified = 3 + 4.25 + 2.1;
    expect(res.body.summary.national).toMatchObject({ key: 'national', organisationsReported: 3, staffWte: staff, qualifiedWte: qualified, ratio: new Decimal('15700.75').div('9.35').toNumber() });
    expect(res.body.summary.national.previousYear.ratio).toBeNull(); // 2024-25 was never published
    expect(res.body.summary.regions.map((g: { key: string; organisationsReported: number }) => [g.key, g.organisationsReported])).toEqual([['Y56', 2], ['Y60', 1]]);
    expect(res.body.flagged.map((o: { odsCode: string }) => o.odsCode)).toEqual(['PB002']);
    expect(res.body.organisations[0]).not.toHaveProperty('comment');
    expect(res.body.organisations[0]).not.toHaveProperty('submittedBy');
    const [event] = await sql<{ action: string; entity_id: string; after: Record<string, unknown> }>(t.db.url,
      `SELECT action, entity_id, after FROM audit_events WHERE entity = 'publication' ORDER BY id DESC LIMIT 1`);
    expect(event).toMatchObject({ action: 'publish', entity_id: '2025-26/v1' });
    expect(event!.after).not.toHaveProperty('body');
    expect(event!.after).toMatchObject({ note: 'First publication', published_by: 'bootstrap admin key (ADMIN_API_KEY)' });
    const trail = await t.http.get('/v1/audit?entity=publication');
    expect(trail.body.data.map((e: { action: string; entityId: string }) => [e.action, e.entityId])).toEqual([['publish', '2025-26/v1']]);
  });

  it('refuses to publish the same figures again (409), and refuses anyone but an admin', async () => {
    expect((await publish('Again')).status).toBe(409);
    expect((await analyst.post('/v1/publications').send({ year: '2025-26', note: 'x' })).status).toBe(403);
    expect((await anonymous.post('/v1/publications').send({ year: '2025-26', note: 'x' })).status).toBe(401);
    expect((await t.http.post('/v1/publications').send({ year: '2025-26' })).status).toBe(400);
    expect((await sql<{ n: number }>(t.db.url, 'SELECT count(*)::int AS n FROM publications'))[0]!.n).toBe(1);
  });
});

describe('status, pending changes and version 2', () => {
  let version1: string;

  it('is published while nothing changed, and says which version', async () => {
    version1 = (await anonymous.get('/v1/publications/2025-26/versions/1')).text;
    const summary = (await analyst.get('/v1/monitoring/2025-26/summary')).body;
    expect(summary).toMatchObject({ status: 'published', publication: '/v1/publications/2025-26/versions/1' });
    const [newest] = await sql<{ at: Date }>(t.db.url, 'SELECT max(last_change_at) AS at FROM year_changes WHERE year = 2025');
    expect(summary.asAt).toBe(newest!.at.toISOString());
    expect((await analyst.get('/v1/monitoring/2025-26/flagged')).body.status).toBe('published');
    expect((await analyst.get('/v1/monitoring/2025-26/completeness')).body.status).toBe('published');
  });

  it('is revised after an amendment, and pending shows its effect without storing anything', async () => {
    await putReturn(t.http, 'PB001', '2025-26', { staffWte: '4200.50', qualifiedWte: '4.00' });
    expect(await statusOf()).toBe('revised');
    const res = await analyst.get('/v1/publications/2025-26/pending');
    expect(res.status).toBe(200);
    expect(res.body.publication).toMatchObject({ version: 1, url: '/v1/publications/2025-26/versions/1' });
    expect(res.body.returns).toEqual([
      expect.objectContaining({ odsCode: 'PB001', change: 'amended', revision: 2, approved: false, published: expect.objectContaining({ qualifiedWte: 3 }), wouldBe: expect.objectContaining({ qualifiedWte: 4 }) }),
    ]);
    const staff = 4200.5 + 9000 + 2500.25;
    expect(res.body.effect.national.before).toMatchObject({ qualifiedWte: 9.35 });
    expect(res.body.effect.national.after).toEqual({ staffWte: staff, qualifiedWte: 10.35, ratio: new Decimal('15700.75').div('10.35').toNumber(), band: 'short_of_target' });
    expect(res.body.effect.regions).toEqual([{ key: 'Y56', before: expect.objectContaining({ qualifiedWte: 7.25 }), after: expect.objectContaining({ qualifiedWte: 8.25 }) }]);
    expect((await sql<{ n: number }>(t.db.url, 'SELECT count(*)::int AS n FROM publications'))[0]!.n).toBe(1);
  });

  it('pending is for analysts, reviewers and admins only, and is never cached by others', async () => {
    const reviewer = httpAs(t.app, await createKey(t.http, 'reviewer', { regions: ['Y60'] }));
    const seen = await reviewer.get('/v1/publications/2025-26/pending');
    expect(seen.status).toBe(200);
    expect(seen.headers['cache-control']).toBe('private, no-cache');
    expect((await submitter.get('/v1/publications/2025-26/pending')).status).toBe(403);
    expect((await anonymous.get('/v1/publications/2025-26/pending')).status).toBe(401);
    expect((await analyst.get('/v1/publications/2024-25/pending')).status).toBe(404);
  });

  it('publishes version 2 with its changes against version 1; version 1 stays byte for byte', async () => {
    expect((await approve(t.http, 'PB001', '2025-26', 2)).status).toBe(200);
    const res = await publish('Corrects PB001 qualified staff');
    expect(res.status).toBe(201);
    expect(res.body.version).toBe(2);
    expect(res.body.changes.organisations).toEqual([
      { odsCode: 'PB001', name: 'Publication test PB001', before: expect.objectContaining({ qualifiedWte: 3 }), after: expect.objectContaining({ qualifiedWte: 4 }) },
    ]);
    expect(res.body.changes.national.before.qualifiedWte).toBe(9.35);
    expect(res.body.changes.national.after.qualifiedWte).toBe(10.35);
    expect(res.body.changes.regions).toEqual([{ key: 'Y56', before: expect.objectContaining({ qualifiedWte: 7.25 }), after: expect.objectContaining({ qualifiedWte: 8.25 }) }]);
    expect(await statusOf()).toBe('published');
    expect((await analyst.get('/v1/monitoring/2025-26/summary')).body.publication).toBe('/v1/publications/2025-26/versions/2');
    expect((await anonymous.get('/v1/publications/2025-26/versions/1')).text).toBe(version1);
    expect((await anonymous.get('/v1/publications/2025-26')).body.version).toBe(2);
  });

  it('a withdrawal is a change too: revised, pending says withdrawn, and the next version leaves it out', async () => {
    await t.http.delete('/v1/organisations/PB004/returns/2025-26/approval').send({ reason: 'Staff WTE double counted' });
    expect(await statusOf()).toBe('revised');
    const pendingNow = (await analyst.get('/v1/publications/2025-26/pending')).body;
    expect(pendingNow.returns.map((r: { odsCode: string; change: string }) => [r.odsCode, r.change])).toEqual([['PB004', 'withdrawn']]);
    const v3 = await publish('PB004 withdrawn');
    expect(v3.body.changes.organisations).toEqual([expect.objectContaining({ odsCode: 'PB004', after: null })]);
    expect(v3.body.excluded.map((e: { odsCode: string }) => e.odsCode)).toEqual(['PB003', 'PB004']);
    expect(await statusOf()).toBe('published');
  });
});

describe('reproducibility and immutability', () => {
  it('recomputes every version from its revision ids to the same figures, byte for byte, after later amendments', async () => {
    await putReturn(t.http, 'PB002', '2025-26', { staffWte: '9999.00', qualifiedWte: '1.00' });
    const service = publicationsService(t.app.db);
    for (const version of [1, 2, 3]) {
      const stored = (await anonymous.get(`/v1/publications/2025-26/versions/${version}`)).body;
      const again = await service.recompute(2025, version);
      const frozen = { policy: stored.policy, summary: stored.summary, organisations: stored.organisations, flagged: stored.flagged, completeness: stored.completeness };
      expect(JSON.stringify(again)).toBe(JSON.stringify(frozen));
      // And a second, simple way: the stored revisions' own sums.
      const [sums] = await sql<{ staff: string; qualified: string }>(t.db.url,
        `SELECT sum(r.staff_wte)::text AS staff, sum(r.qualified_wte)::text AS qualified
         FROM publications p JOIN return_revisions r ON r.id = ANY(p.revision_ids) WHERE p.year = 2025 AND p.version = $1`, [version]);
      expect(stored.summary.national.staffWte).toBe(Number(sums!.staff));
      expect(stored.summary.national.qualifiedWte).toBe(Number(sums!.qualified));
      const regionSums = await sql<{ key: string; staff: string; qualified: string }>(t.db.url,
        `SELECT o.region_code AS key, sum(r.staff_wte)::text AS staff, sum(r.qualified_wte)::text AS qualified
         FROM publications p JOIN return_revisions r ON r.id = ANY(p.revision_ids) JOIN organisations o ON o.ods_code = r.ods_code
         WHERE p.year = 2025 AND p.version = $1 GROUP BY o.region_code ORDER BY 1`, [version]);
      expect(stored.summary.regions.filter((g: { organisationsReported: number }) => g.organisationsReported > 0)
        .map((g: { key: string; staffWte: number; qualifiedWte: number }) => [g.key, g.staffWte, g.qualifiedWte]))
        .toEqual(regionSums.map((r) => [r.key, Number(r.staff), Number(r.qualified)]));
    }
  });

  it('refuses UPDATE, DELETE, TRUNCATE and any version but the next, in the database itself', async () => {
    const before = await sql(t.db.url, 'SELECT year, version, body FROM publications ORDER BY version');
    for (const statement of [
      `UPDATE publications SET note = 'edited' WHERE version = 1`,
      `UPDATE publications SET body = '{}'`,
      `DELETE FROM publications WHERE version = 1`,
      `TRUNCATE publications`,
      `SELECT set_config('audit.actor_role', 'admin', false); INSERT INTO publications (year, version, note, published_by, changes_seen, body) VALUES (2025, 7, 'n', 'x', 0, '{}')`,
    ]) {
      await expect(sql(t.db.url, statement), statement).rejects.toThrow();
    }
    expect(await sql(t.db.url, 'SELECT year, version, body FROM publications ORDER BY version')).toEqual(before);
  });
});

describe('open data', () => {
  it('lists every version newest first, readable without a key', async () => {
    const res = await anonymous.get('/v1/publications');
    expect(res.status).toBe(200);
    expect(res.body.data.map((p: { version: number }) => p.version)).toEqual([3, 2, 1]);
    expect(res.body.data[2]).toMatchObject({ year: '2025-26', note: 'First publication' });
  });

  it('a numbered version is immutable to caches; the latest is cached for 5 minutes with an ETag (304 when unchanged)', async () => {
    const numbered = await anonymous.get('/v1/publications/2025-26/versions/1');
    expect(numbered.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const latest = await anonymous.get('/v1/publications/2025-26').set('accept-encoding', 'identity');
    expect(latest.headers['cache-control']).toBe('public, max-age=300');
    expect(latest.headers.etag).toMatch(/^"/);
    const again = await anonymous.get('/v1/publications/2025-26').set('accept-encoding', 'identity').set('if-none-match', String(latest.headers.etag));
    expect(again.status).toBe(304);
    // Compressed for a client that asks: the same document, under a tag of its own.
    const zipped = await anonymous.get('/v1/publications/2025-26').set('accept-encoding', 'gzip');
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toContain('Accept-Encoding');
    expect(zipped.body).toEqual(latest.body);
    expect(zipped.headers.etag).not.toBe(latest.headers.etag);
    expect(latest.headers['content-encoding']).toBeUndefined();
    const notYet = await anonymous.get('/v1/publications/2025-26/versions/9');
    expect(notYet.status).toBe(404);
    expect(notYet.headers['cache-control']).toBe('no-store'); // it may be published soon
    expect((await anonymous.get('/v1/publications/2031-32')).headers['cache-control']).toBe('no-store');
    for (const alias of ['1e0', '0x1', '01', '%201', '1.0']) {
      expect((await anonymous.get(`/v1/publications/2025-26/versions/${alias}`)).status, alias).toBe(400);
    }
  });

  it("serves a version's organisations table as JSON, CSV and XLSX with the same rows", async () => {
    const json = await anonymous.get('/v1/publications/2025-26/versions/2/organisations');
    expect(json.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await anonymous.get('/v1/publications/2025-26/organisations')).headers['cache-control']).toBe('public, max-age=300');
    expect(json.body.data.map((o: { odsCode: string }) => o.odsCode)).toEqual(['PB001', 'PB002', 'PB004']);
    const csv = await anonymous.get('/v1/publications/2025-26/versions/2/organisations?format=csv');
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.text.trim().split('\r\n');
    expect(lines[0]).toBe('odsCode,name,regionCode,type,staffWte,qualifiedWte,ratio,ratioDisplay,band,gapWte');
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(['PB001', 'PB002', 'PB004']);
    const viaAccept = await anonymous.get('/v1/publications/2025-26/organisations').set('accept', 'text/csv');
    expect(viaAccept.headers['content-type']).toContain('text/csv');

    const xlsx = await anonymous.get('/v1/publications/2025-26/versions/2/organisations?format=xlsx').buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
    expect(xlsx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    // Its tag is weak (the zip stamps its entries with the time it was made) and follows the version's.
    const version2 = await anonymous.get('/v1/publications/2025-26/versions/2').set('accept-encoding', 'identity');
    expect(xlsx.headers.etag).toBe(`W/${String(version2.headers.etag).slice(0, -1)}-xlsx"`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as never);
    expect(workbook.created.toISOString().slice(0, 19)).toBe(version2.body.publishedAt.slice(0, 19)); // to the second, as XLSX keeps it
    const sheet = workbook.getWorksheet('Organisations')!;
    expect(sheet.rowCount).toBe(4);
    const v3 = await anonymous.get('/v1/publications/2025-26/versions/3/organisations?format=xlsx').buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
    expect(v3.headers.etag).not.toBe(xlsx.headers.etag);
    const third = new ExcelJS.Workbook();
    await third.xlsx.load(v3.body as never);
    expect(third.getWorksheet('Organisations')!.rowCount).toBe(3); // PB004 withdrawn
    expect(sheet.getRow(1).getCell(1).value).toBe('odsCode');
    const first = json.body.data[0];
    expect([sheet.getRow(2).getCell(1).value, sheet.getRow(2).getCell(5).value, sheet.getRow(2).getCell(7).value]).toEqual([first.odsCode, first.staffWte, first.ratio]);
  });

  it('trends without a key are the published figures; with a key live unless basis=published', async () => {
    const open = await anonymous.get('/v1/monitoring/trends');
    expect(open.status).toBe(200);
    expect(open.body.basis).toBe('published');
    const latest = (await anonymous.get('/v1/publications/2025-26')).body;
    expect(open.body.groups[0].points).toEqual([expect.objectContaining({ year: '2025-26', staffWte: latest.summary.national.staffWte, status: 'revised' })]);
    expect(open.body.groups[0].points[0].asAt).toBe(latest.publishedAt);
    const forced = await anonymous.get('/v1/monitoring/trends?basis=live');
    expect(forced.body).toEqual(open.body); // never live figures without a key
    const live = await analyst.get('/v1/monitoring/trends');
    expect(live.body.basis).toBe('live');
    expect(live.body.groups[0].points.map((p: { year: string; status: string }) => [p.year, p.status])).toEqual([['2024-25', 'provisional'], ['2025-26', 'revised']]);
    expect(live.body.groups[0].points.map((p: { year: string }) => p.year)).toEqual(['2024-25', '2025-26']);
    expect(live.body.groups[0].points[1].staffWte).not.toBe(latest.summary.national.staffWte); // PB002's later amendment
    const published = await analyst.get('/v1/monitoring/trends?basis=published');
    expect(published.body).toEqual(open.body);
    expect((await anonymous.get('/v1/monitoring/trends').set('authorization', 'Bearer nonsense')).status).toBe(401);
    expect((await anonymous.get('/v1/monitoring/2025-26/summary')).status).toBe(401);
  });

  it('with PUBLIC_PUBLICATIONS=false every publication and trends need a key', async () => {
    const closed = await buildApp({ config: testConfig({ databaseUrl: t.db.url, adminApiKey: TEST_ADMIN_KEY, publicPublications: false }) });
    await closed.ready();
    try {
      const bare = request(closed.server);
      for (const path of ['/v1/publications', '/v1/publications/2025-26', '/v1/publications/2025-26/versions/1', '/v1/publications/2025-26/organisations', '/v1/monitoring/trends']) {
        expect((await bare.get(path)).status, path).toBe(401);
      }
      const keyed = await bare.get('/v1/publications/2025-26/versions/1').set('authorization', `Bearer ${TEST_ADMIN_KEY}`);
      expect(keyed.status).toBe(200);
      expect(keyed.headers['cache-control']).toBe('private, max-age=31536000, immutable');
      const latestClosed = await bare.get('/v1/publications/2025-26').set('authorization', `Bearer ${TEST_ADMIN_KEY}`);
      expect(latestClosed.headers['cache-control']).toBe('private, max-age=300');
    } finally {
      await closed.close();
    }
  });
});

describe('progress towards sign-off', () => {
  it('counts expected, reported and approved per region and nationally, and names the missing', async () => {
    const res = await analyst.get('/v1/years/2025-26/progress');
    expect(res.status).toBe(200);
    const regions = Object.fromEntries(res.body.regions.map((r: { regionCode: string }) => [r.regionCode, r]));
    expect(regions.Y56).toMatchObject({ expected: 3, reported: 3, approved: 1, missing: [] }); // PB002 amended since, PB003 never approved
    expect(regions.Y60).toMatchObject({ expected: 2, reported: 1, approved: 0, missing: ['PB005'] });
    const totals = res.body.regions.reduce((sum: number[], r: { expected: number; reported: number; approved: number }) => [sum[0]! + r.expected, sum[1]! + r.reported, sum[2]! + r.approved], [0, 0, 0]);
    expect([res.body.national.expected, res.body.national.reported, res.body.national.approved]).toEqual(totals);
    const one = await analyst.get('/v1/years/2025-26/progress?region=Y60');
    expect(one.body.regions.map((r: { regionCode: string }) => r.regionCode)).toEqual(['Y60']);
    expect(one.body.national).toEqual(res.body.national);
    expect((await anonymous.get('/v1/years/2025-26/progress')).status).toBe(401);
  });
});

describe('what counts as a change, and the next version', () => {
  it('an approval alone makes the year revised, and pending shows it as approved', async () => {
    expect(await statusOf()).toBe('revised'); // PB002 was amended (above), and not approved
    const before = (await analyst.get('/v1/publications/2025-26/pending')).body;
    expect(before.returns.map((r: { odsCode: string; change: string }) => [r.odsCode, r.change])).toEqual([['PB002', 'amended']]);
    expect((await approve(t.http, 'PB003', '2025-26', 1)).status).toBe(200);
    const after = (await analyst.get('/v1/publications/2025-26/pending')).body;
    expect(after.returns.find((r: { odsCode: string }) => r.odsCode === 'PB003')).toMatchObject({ change: 'approved', approved: true, published: null });
    const [changes] = await sql<{ n: string }>(t.db.url, 'SELECT sum(changes)::text AS n FROM year_changes WHERE year = 2025');
    const [seen] = await sql<{ n: string }>(t.db.url, 'SELECT changes_seen::text AS n FROM publications WHERE year = 2025 ORDER BY version DESC LIMIT 1');
    expect(Number(changes!.n)).toBeGreaterThan(Number(seen!.n));
  });

  it('pending shows a new return as new, an approved amendment as amended, and its effect against the latest version', async () => {
    await putReturn(t.http, 'PB005', '2025-26', { staffWte: '1500.00', qualifiedWte: '1.00' });
    await putReturn(t.http, 'PB001', '2025-26', { staffWte: '4200.50', qualifiedWte: '4.50' });
    expect((await approve(t.http, 'PB001', '2025-26', 3)).status).toBe(200);
    const pendingNow = (await analyst.get('/v1/publications/2025-26/pending')).body;
    expect(pendingNow.publication.version).toBe(3);
    expect(pendingNow.returns.map((r: { odsCode: string; change: string; approved: boolean }) => [r.odsCode, r.change, r.approved])).toEqual([
      ['PB001', 'amended', true], ['PB002', 'amended', false], ['PB003', 'approved', true], ['PB005', 'new', false],
    ]);
    const latest = (await anonymous.get('/v1/publications/2025-26').set('accept-encoding', 'identity')).body;
    const { staffWte, qualifiedWte, ratio, band } = latest.summary.national;
    expect(pendingNow.effect.national.before).toEqual({ staffWte, qualifiedWte, ratio, band });
    // After: version 3's returns (PB001, PB002), each pending one as it stands now.
    const staff = new Decimal('4200.50').plus('9999.00').plus('1000.00').plus('1500.00');
    const qualified = new Decimal('4.50').plus('1.00').plus('1.00').plus('1.00');
    expect(pendingNow.effect.national.after).toMatchObject({ staffWte: staff.toNumber(), qualifiedWte: qualified.toNumber(), ratio: staff.div(qualified).toNumber() });
  });

  it('publishes only approved current revisions: an amendment not approved is left out of the next version', async () => {
    const v4 = await publish('PB003 approved; PB001 corrected');
    expect(v4.status).toBe(201);
    expect(v4.body.organisations.map((o: { odsCode: string }) => o.odsCode)).toEqual(['PB001', 'PB003']);
    expect(v4.body.excluded.map((e: { odsCode: string }) => e.odsCode)).toEqual(['PB002', 'PB004', 'PB005']);
    expect(v4.body.organisations[0].qualifiedWte).toBe(4.5);
    expect((await analyst.get('/v1/monitoring/2025-26/summary')).body.publication).toBe('/v1/publications/2025-26/versions/4');
  });

  it("takes each group's previous-year ratio from the previous year's latest publication, never from live figures", async () => {
    expect((await approve(t.http, 'PB001', '2024-25', 1)).status).toBe(200);
    const earlier = await publish('2024-25', '2024-25');
    expect(earlier.status).toBe(201);
    await putReturn(t.http, 'PB001', '2024-25', { staffWte: '4000.00', qualifiedWte: '8.00' }); // live only: not approved
    expect((await approve(t.http, 'PB005', '2025-26', 1)).status).toBe(200);
    const v5 = await publish('PB005 approved');
    expect(v5.status).toBe(201);
    expect(v5.body.summary.national.previousYear.ratio).toBe(earlier.body.summary.national.ratio);
    expect(v5.body.summary.national.previousYear.ratio).toBe(new Decimal(4000).div(3).toNumber());
  });
});
