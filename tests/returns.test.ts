import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, httpAs, type Http, type TestApp } from './support/app.ts';
import { countRows, createOrganisation, putReturn, sql } from './support/fixtures.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ today: '2026-06-01' }); // 2026-27 current, 2027-28 the latest year writable
  await createOrganisation(t.http, { odsCode: 'RJ1', name: 'Guy’s and St Thomas’', type: 'acute', regionCode: 'Y56' });
  await createOrganisation(t.http, { odsCode: 'RX1', name: 'Nottingham', type: 'acute', regionCode: 'Y60' });
});
afterAll(() => t.close());

const revisionsOf = (ods: string, year: number) => countRows(t.db.url, 'return_revisions', 'ods_code = $1 AND year = $2', [ods, year]);

describe('submitting a return', () => {
  it('creates the first return with 201, Location, ETag and the computed ratio, band and gap', async () => {
    await createOrganisation(t.http, { odsCode: 'AAA01' });
    const res = await putReturn(t.http, 'AAA01', '2024-25', { staffWte: 17300.5, qualifiedWte: 10, roles: { clinicalLibrarianWte: 2 } });
    expect(res.status).toBe(201);
    expect(res.headers.location).toBe('/v1/organisations/AAA01/returns/2024-25');
    expect(res.headers.etag).toMatch(/^"[\x21\x23-\x7e]+"$/); // a strong entity tag (RFC 9110); its inside is opaque
    expect(res.body).toMatchObject({
      odsCode: 'AAA01',
      organisationName: 'Test organisation AAA01',
      regionCode: 'Y56',
      type: 'acute',
      year: '2024-25',
      staffWte: 17300.5,
      qualifiedWte: 10,
      roles: { clinicalLibrarianWte: 2, knowledgeManagerWte: null, otherEmbeddedWte: null },
      ratio: 1730.05,
      ratioDisplay: '1:1,730',
      band: 'flagged',
      flagged: true,
      gapWte: 3.84,
      policy: { effectiveFrom: '2018-19', flagThreshold: 1730, targetRatio: 1250 },
      revision: 1,
      submittedBy: 'bootstrap admin key (ADMIN_API_KEY)',
      warnings: [],
    });
    const read = await t.http.get('/v1/organisations/AAA01/returns/2024-25');
    expect(read.status).toBe(200);
    expect(read.headers.etag).toBe(res.headers.etag);
    expect(read.body).toEqual(res.body);
  });

  it('stores WTE exactly: decimal text in, the same digits in the database and out', async () => {
    await createOrganisation(t.http, { odsCode: 'AAA02' });
    const res = await putReturn(t.http, 'AAA02', '2024-25', { staffWte: '4521.10', qualifiedWte: 0.1, roles: { otherEmbeddedWte: '0.1' } });
    expect(res.status).toBe(201);
    expect(res.body.staffWte).toBe(4521.1);
    expect(res.body.qualifiedWte).toBe(0.1);
    const [row] = await sql<{ staff_wte: string; qualified_wte: string }>(t.db.url, `SELECT staff_wte, qualified_wte FROM return_revisions WHERE ods_code = 'AAA02'`);
    expect(row).toEqual({ staff_wte: '4521.10', qualified_wte: '0.10' });
  });

  it('amends with 200 and a new revision, and keeps every revision oldest first', async () => {
    await createOrganisation(t.http, { odsCode: 'AAA03' });
    await putReturn(t.http, 'AAA03', '2023-24', { staffWte: 5000, qualifiedWte: 4 });
    const amended = await putReturn(t.http, 'AAA03', '2023-24', { staffWte: 5000, qualifiedWte: 5 });
    expect(amended.status).toBe(200);
    expect(amended.body).toMatchObject({ revision: 2, qualifiedWte: 5, ratio: 1000, band: 'meets_target', gapWte: 0 });
    const revisions = await t.http.get('/v1/organisations/AAA03/returns/2023-24/revisions');
    expect(revisions.body.meta.total).toBe(2);
    expect(revisions.body.data.map((r: { revision: number; qualifiedWte: number }) => [r.revision, r.qualifiedWte])).toEqual([[1, 4], [2, 5]]);
  });

  it('answers an identical resubmission with 200 and makes no new revision', async () => {
    await createOrganisation(t.http, { odsCode: 'AAA04' });
    const body = { staffWte: 3000, qualifiedWte: 2, staffSource: 'ESR', comment: 'as at March' };
    const first = await putReturn(t.http, 'AAA04', '2024-25', body);
    const again = await putReturn(t.http, 'AAA04', '2024-25', { ...body, staffWte: '3000.00' });
    expect(again.status).toBe(200);
    expect(again.body.revision).toBe(1);
    expect(again.headers.etag).toBe(first.headers.etag);
    expect(await revisionsOf('AAA04', 2024)).toBe(1);

    // A change to the comment alone, or the comment removed, is a new revision like any other.
    const commented = await putReturn(t.http, 'AAA04', '2024-25', { ...body, comment: 'as at March, checked' });
    expect(commented.status).toBe(200);
    expect(commented.body).toMatchObject({ revision: 2, comment: 'as at March, checked' });
    expect(commented.headers.etag).not.toBe(first.headers.etag);
    const uncommented = await putReturn(t.http, 'AAA04', '2024-25', { ...body, comment: null });
    expect(uncommented.body).toMatchObject({ revision: 3, comment: null });
    expect(await revisionsOf('AAA04', 2024)).toBe(3);
  });

  it('rounds a gap whose third decimal is 5 up, not to even (12,506.25 / 1,250 = 10.005 → 10.01)', async () => {
    await createOrganisation(t.http, { odsCode: 'AAA06' });
    const res = await putReturn(t.http, 'AAA06', '2024-25', { staffWte: '12506.25', qualifiedWte: 0 });
    expect(res.status).toBe(201);
    expect(res.body.gapWte).toBe(10.01);
    const [row] = await sql<{ gap_wte: string }>(t.db.url, `SELECT gap_wte::text FROM annual_returns WHERE ods_code = 'AAA06'`);
    expect(row!.gap_wte).toBe('10.01');
  });

  it('computes without storing on ?dryRun=true, for a first return and for an amendment', async () => {
    await createOrganisation(t.http, { odsCode: 'AAA05' });
    const dry = await putReturn(t.http, 'AAA05', '2024-25', { staffWte: 2500, qualifiedWte: 1 }).query({ dryRun: 'true' });
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ dryRun: true, revision: 1, ratio: 2500, band: 'flagged', gapWte: 1 });
    expect(await revisionsOf('AAA05', 2024)).toBe(0);
    await putReturn(t.http, 'AAA05', '2024-25', { staffWte: 2500, qualifiedWte: 1 });
    const dryAmend = await putReturn(t.http, 'AAA05', '2024-25', { staffWte: 2500, qualifiedWte: 2 }).query({ dryRun: 'true' });
    expect(dryAmend.body).toMatchObject({ dryRun: true, revision: 2, band: 'meets_target' });
    expect(await revisionsOf('AAA05', 2024)).toBe(1);
    const current = await t.http.get('/v1/organisations/AAA05/returns/2024-25');
    expect(current.body.qualifiedWte).toBe(1);
  });
});

describe('the answer to a write', () => {
  it('is byte for byte what a read of the return then answers, whatever the body', async () => {
    await createOrganisation(t.http, { odsCode: 'AAE01', openedOn: '2022-10-01' });
    const hundredths = (max: number) => fc.integer({ min: 0, max });
    const text = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 .,'()-]{0,39}$/);
    const body = fc
      .record({ staff: fc.integer({ min: 1, max: 10_000_000 }), qualified: hundredths(500), parts: fc.option(fc.tuple(hundredths(50), hundredths(50))) })
      .chain(({ staff, qualified, parts }) =>
        fc.record({
          staffWte: fc.constant((Math.max(staff, qualified) / 100).toFixed(2)),
          qualifiedWte: fc.constant(qualified / 100),
          roles: fc.constant(parts === null ? null : { clinicalLibrarianWte: Math.min(parts[0], qualified) / 100, knowledgeManagerWte: Math.min(parts[1], qualified - Math.min(parts[0], qualified)) / 100 }),
          staffSource: fc.option(text),
          staffSnapshotDate: fc.option(fc.constantFrom('2024-03-31', '2025-03-31')),
          comment: fc.option(text),
        }),
      );
    await fc.assert(
      fc.asyncProperty(body, fc.constantFrom('2022-23', '2024-25'), async (input, year) => {
        const written = await putReturn(t.http, 'AAE01', year, input);
        expect([200, 201]).toContain(written.status);
        const read = await t.http.get(`/v1/organisations/AAE01/returns/${year}`);
        expect(read.text).toBe(written.text);
        expect(read.headers.etag).toBe(written.headers.etag);
      }),
      { numRuns: 30 },
    );
  });
});

describe('lost updates', () => {
  it('accepts If-Match with the current ETag and answers 412 to a stale one, storing nothing', async () => {
    await createOrganisation(t.http, { odsCode: 'AAB01' });
    const first = await putReturn(t.http, 'AAB01', '2024-25', { staffWte: 1000, qualifiedWte: 1 });
    const second = await putReturn(t.http, 'AAB01', '2024-25', { staffWte: 1100, qualifiedWte: 1 }, { 'if-match': first.headers.etag! });
    expect(second.status).toBe(200);
    const stale = await putReturn(t.http, 'AAB01', '2024-25', { staffWte: 1200, qualifiedWte: 1 }, { 'if-match': first.headers.etag! });
    expect(stale.status).toBe(412);
    expect(stale.headers['content-type']).toMatch(/problem\+json/);
    expect(await revisionsOf('AAB01', 2024)).toBe(2);
    const current = await t.http.get('/v1/organisations/AAB01/returns/2024-25');
    expect(current.body.staffWte).toBe(1100);
  });

  it('answers 412 to If-Match when there is no return yet', async () => {
    await createOrganisation(t.http, { odsCode: 'AAB02' });
    const res = await putReturn(t.http, 'AAB02', '2024-25', { staffWte: 1000, qualifiedWte: 1 }, { 'if-match': '"r1.o1"' });
    expect(res.status).toBe(412);
    expect(await revisionsOf('AAB02', 2024)).toBe(0);
  });

  it('keeps revision numbers unique and gapless when amendments race', async () => {
    await createOrganisation(t.http, { odsCode: 'AAB03' });
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => putReturn(t.http, 'AAB03', '2024-25', { staffWte: 1000 + i, qualifiedWte: 1 })),
    );
    expect(results.every((r) => r.status === 200 || r.status === 201)).toBe(true);
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    const rows = await sql<{ revision: number }>(t.db.url, `SELECT revision FROM return_revisions WHERE ods_code = 'AAB03' ORDER BY revision`);
    expect(rows.map((r) => r.revision)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    const [head] = await sql<{ revision: number }>(t.db.url, `SELECT revision FROM annual_returns WHERE ods_code = 'AAB03'`);
    expect(head!.revision).toBe(12);
  });
});

describe('bad input changes nothing', () => {
  const cases: [string, string, string, unknown, number, string | null][] = [
    ['a malformed year', 'RJ1', '2024-26', { staffWte: 1000, qualifiedWte: 1 }, 400, '/path/year'],
    ['a short year', 'RJ1', '2024-5', { staffWte: 1000, qualifiedWte: 1 }, 400, '/path/year'],
    ['a wrong type', 'RJ1', '2024-25', { staffWte: 'lots', qualifiedWte: 1 }, 400, '/body/staffWte'],
    ['more than 2 decimal places', 'RJ1', '2024-25', { staffWte: 1000.005, qualifiedWte: 1 }, 400, '/body/staffWte'],
    ['staff beyond sane bounds (100,000)', 'RJ1', '2024-25', { staffWte: 100_000.01, qualifiedWte: 1 }, 400, '/body/staffWte'],
    ['qualified staff beyond sane bounds (1,000)', 'RJ1', '2024-25', { staffWte: 90_000, qualifiedWte: 1_000.01 }, 400, '/body/qualifiedWte'],
    ['a number with more decimals than a double holds', 'RJ1', '2024-25', '{"staffWte": 1000.1000000000000001, "qualifiedWte": 1}', 400, '/body/staffWte'],
    ['zero staff', 'RJ1', '2024-25', { staffWte: 0, qualifiedWte: 0 }, 400, '/body/staffWte'],
    ['negative qualified staff', 'RJ1', '2024-25', { staffWte: 10, qualifiedWte: -1 }, 400, '/body/qualifiedWte'],
    ['a missing field', 'RJ1', '2024-25', { staffWte: 1000 }, 400, '/body/qualifiedWte'],
    ['an unknown field', 'RJ1', '2024-25', { staffWte: 1000, qualifiedWte: 1, qualifiedWTE: 2 }, 400, '/body/qualifiedWTE'],
    ['more qualified than staff', 'RJ1', '2024-25', { staffWte: 10, qualifiedWte: 11 }, 422, '/body/qualifiedWte'],
    ['roles beyond the qualified WTE', 'RJ1', '2024-25', { staffWte: 1000, qualifiedWte: 2, roles: { clinicalLibrarianWte: 1.5, knowledgeManagerWte: 1 } }, 422, '/body/roles'],
    ['an unknown organisation', 'ZZZ99', '2024-25', { staffWte: 1000, qualifiedWte: 1 }, 404, null],
  ];

  it.each(cases)('rejects %s', async (_name, ods, year, body, status, pointer) => {
    const before = await countRows(t.db.url, 'return_revisions');
    const res = await putReturn(t.http, ods, year, body);
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    if (pointer) expect(res.body.errors.map((e: { pointer: string }) => e.pointer)).toContain(pointer);
    expect(await countRows(t.db.url, 'return_revisions')).toBe(before);
    expect(await countRows(t.db.url, 'annual_returns', 'ods_code = $1', [ods])).toBe(0);
  });

  it('rejects malformed JSON with 400', async () => {
    const res = await t.http.put('/v1/organisations/RJ1/returns/2024-25').set('content-type', 'application/json').send('{"staffWte": 10,');
    expect(res.status).toBe(400);
    expect(await countRows(t.db.url, 'annual_returns', `ods_code = 'RJ1'`)).toBe(0);
  });
});

describe('reporting windows, over HTTP with real keys (today is 2026-06-01)', () => {
  let submitter: Http;
  let analyst: Http;
  const good = { staffWte: 1000, qualifiedWte: 1 };
  const windows: Record<string, { opensOn: string; deadline: string; closesOn: string }> = {
    '2020-21': { opensOn: '2026-06-02', deadline: '2026-06-30', closesOn: '2026-07-31' }, // upcoming: opens tomorrow
    '2021-22': { opensOn: '2026-06-01', deadline: '2026-06-30', closesOn: '2026-07-31' }, // open: opened today
    '2022-23': { opensOn: '2026-04-01', deadline: '2026-06-01', closesOn: '2026-06-01' }, // open: closes today
    '2023-24': { opensOn: '2026-04-01', deadline: '2026-05-30', closesOn: '2026-05-31' }, // closed yesterday
    '2019-20': { opensOn: '2026-04-01', deadline: '2026-05-31', closesOn: '2026-07-31' }, // open, deadline yesterday
  };

  beforeAll(async () => {
    await createOrganisation(t.http, { odsCode: 'AAC01' });
    await createOrganisation(t.http, { odsCode: 'AAC02' });
    for (const [year, window] of Object.entries(windows)) expect((await t.http.put(`/v1/years/${year}`).send(window)).status).toBe(201);
    submitter = httpAs(t.app, (await t.http.post('/v1/api-keys').send({ name: 'AAC lead', role: 'submitter', organisations: ['AAC01'] })).body.key);
    analyst = httpAs(t.app, (await t.http.post('/v1/api-keys').send({ name: 'AAC analyst', role: 'analyst' })).body.key);
  });

  it.each([
    ['2020-21', 'upcoming'],
    ['2023-24', 'closed'],
  ])('refuses a submitter in %s, whose window is %s (409), storing nothing', async (year, status) => {
    const res = await putReturn(submitter, 'AAC01', year, good);
    expect(res.status).toBe(409);
    expect(res.body.detail).toBe(
      `The ${year} reporting window is ${status} (${windows[year]!.opensOn} to ${windows[year]!.closesOn}); only an admin can write this return now.`,
    );
    expect(await revisionsOf('AAC01', Number(year.slice(0, 4)))).toBe(0);
  });

  it('accepts a submitter on the day a window opens and on the day it closes, without warnings', async () => {
    for (const year of ['2021-22', '2022-23']) {
      const res = await putReturn(submitter, 'AAC01', year, good);
      expect(res.status).toBe(201);
      expect(res.body.warnings).toEqual([]); // 2022-23's deadline is today: not late
    }
  });

  it('warns that a return is late the day after the deadline, while the window is open', async () => {
    const res = await putReturn(submitter, 'AAC01', '2019-20', good);
    expect(res.status).toBe(201);
    expect(res.body.warnings).toEqual([{ code: 'late_submission', message: 'Submitted after the 2019-20 deadline of 2026-05-31.' }]);
  });

  it('with no window accepts a submitter for the current and previous years only', async () => {
    expect((await putReturn(submitter, 'AAC01', '2026-27', good)).status).toBe(201);
    expect((await putReturn(submitter, 'AAC01', '2025-26', good)).status).toBe(201);
    for (const year of ['2024-25', '2027-28']) {
      const res = await putReturn(submitter, 'AAC01', year, good);
      expect(res.status).toBe(409);
      expect(res.body.detail).toMatch(/^No reporting window is set for /);
    }
    expect(await revisionsOf('AAC01', 2024)).toBe(0);
    expect(await revisionsOf('AAC01', 2027)).toBe(0);
  });

  it('refuses an analyst every write (403), whatever the window', async () => {
    for (const year of ['2021-22', '2020-21', '2026-27']) expect((await putReturn(analyst, 'AAC02', year, good)).status).toBe(403);
    expect(await countRows(t.db.url, 'return_revisions', `ods_code = 'AAC02'`)).toBe(0);
  });

  it('accepts an admin outside the window, with a warning', async () => {
    for (const year of ['2020-21', '2023-24']) {
      const res = await putReturn(t.http, 'AAC02', year, good);
      expect(res.status).toBe(201);
      expect(res.body.warnings.map((w: { code: string }) => w.code)).toEqual(['outside_window']);
    }
  });
});

describe('acknowledging warnings', () => {
  it('stores the warnings a submitter confirms with a comment, refusing (422) any the return does not have, or no comment', async () => {
    await createOrganisation(t.http, { odsCode: 'ACK01' });
    const first = await putReturn(t.http, 'ACK01', '2024-25', { staffWte: 800, qualifiedWte: 0 });
    expect(first.body).toMatchObject({ warnings: [{ code: 'no_qualified_staff' }], acknowledgedWarnings: [] });

    const wrongCode = await putReturn(t.http, 'ACK01', '2024-25', { staffWte: 800, qualifiedWte: 0, comment: 'vacant', acknowledgedWarnings: ['late_submission'] });
    expect(wrongCode.status).toBe(422);
    expect(wrongCode.body.errors).toEqual([{ pointer: '/body/acknowledgedWarnings', message: "late_submission is not among this return's warnings (no_qualified_staff)" }]);
    const unexplained = await putReturn(t.http, 'ACK01', '2024-25', { staffWte: 800, qualifiedWte: 0, acknowledgedWarnings: ['no_qualified_staff'] });
    expect(unexplained.status).toBe(422);
    expect(unexplained.body.errors).toEqual([{ pointer: '/body/comment', message: 'must explain the acknowledged warnings' }]);
    expect(await revisionsOf('ACK01', 2024)).toBe(1);

    const body = { staffWte: 800, qualifiedWte: 0, comment: 'Post vacant since January; recruiting.', acknowledgedWarnings: ['no_qualified_staff'] };
    const confirmed = await putReturn(t.http, 'ACK01', '2024-25', body);
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toMatchObject({ revision: 2, acknowledgedWarnings: ['no_qualified_staff'], warnings: [{ code: 'no_qualified_staff' }] });
    expect((await putReturn(t.http, 'ACK01', '2024-25', body)).body.revision).toBe(2); // identical: no new revision
    // Only whoever may write the return acknowledges its warnings: an analyst, or another trust's submitter, is refused.
    const analyst = httpAs(t.app, (await t.http.post('/v1/api-keys').send({ name: 'ACK analyst', role: 'analyst' })).body.key);
    const otherTrust = httpAs(t.app, (await t.http.post('/v1/api-keys').send({ name: 'RJ1 lead', role: 'submitter', organisations: ['RJ1'] })).body.key);
    for (const caller of [analyst, otherTrust]) expect((await putReturn(caller, 'ACK01', '2024-25', { ...body, acknowledgedWarnings: [] })).status).toBe(403);
    expect(await revisionsOf('ACK01', 2024)).toBe(2);
    const history = await t.http.get('/v1/organisations/ACK01/returns/2024-25/revisions');
    expect(history.body.data.map((r: { acknowledgedWarnings: string[] }) => r.acknowledgedWarnings)).toEqual([[], ['no_qualified_staff']]);
    const [stored] = await sql<{ acknowledged_warnings: string[] }>(
      t.db.url, `SELECT acknowledged_warnings FROM return_revisions WHERE ods_code = 'ACK01' AND revision = 2`);
    expect(stored!.acknowledged_warnings).toEqual(['no_qualified_staff']);
    // A CSV file confirms them in its acknowledgedWarnings column (codes separated by spaces).
    const file = 'odsCode,year,staffWte,qualifiedWte,comment,acknowledgedWarnings\nACK01,2024-25,800,0,Post vacant since January; recruiting.,no_qualified_staff\n';
    const csv = await t.http.post('/v1/returns/bulk').set('content-type', 'text/csv').send(file);
    expect(csv.body.rows).toEqual([expect.objectContaining({ row: 2, status: 'unchanged' })]);
    const export_ = await t.http.get('/v1/organisations/ACK01/returns?format=csv');
    expect(export_.text).toMatch(/,acknowledgedWarnings,status,approvedAt,approvedBy\r\n/);
    expect(export_.text).toMatch(/,no_qualified_staff,no_qualified_staff,submitted,,\r\n/);
  });
});

describe('warnings do not block', () => {
  it('warns about no qualified staff, and flags the return', async () => {
    await createOrganisation(t.http, { odsCode: 'AAD01' });
    const res = await putReturn(t.http, 'AAD01', '2024-25', { staffWte: 800, qualifiedWte: 0 });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ ratio: null, ratioDisplay: 'no qualified staff', band: 'flagged', flagged: true, gapWte: 0.64 });
    expect(res.body.warnings.map((w: { code: string }) => w.code)).toEqual(['no_qualified_staff']);
  });

  it('warns when the ratio moved by more than 50% since the previous year', async () => {
    await createOrganisation(t.http, { odsCode: 'AAD02' });
    await putReturn(t.http, 'AAD02', '2023-24', { staffWte: 1000, qualifiedWte: 1 });
    const calm = await putReturn(t.http, 'AAD02', '2024-25', { staffWte: 1400, qualifiedWte: 1 });
    expect(calm.body.warnings).toEqual([]);
    const sharp = await putReturn(t.http, 'AAD02', '2024-25', { staffWte: 1600, qualifiedWte: 1 });
    expect(sharp.body.warnings).toEqual([expect.objectContaining({ code: 'ratio_changed_sharply' })]);
    expect(sharp.body.warnings[0].message).toContain('60%');
  });

  it('accepts a year no policy covers, with no policy, band or gap, not flagged, and a warning', async () => {
    await createOrganisation(t.http, { odsCode: 'AAD03' });
    const res = await putReturn(t.http, 'AAD03', '2017-18', { staffWte: 3000, qualifiedWte: 1 });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ ratio: 3000, policy: null, band: null, gapWte: null, flagged: false });
    expect(res.body.warnings.map((w: { code: string }) => w.code)).toContain('no_policy');
  });

  it('refuses (422) a return for a year the organisation was not open, so aggregates and completeness agree', async () => {
    await createOrganisation(t.http, { odsCode: 'AAD04', openedOn: '2022-10-01', closedOn: '2024-06-30' });
    for (const year of ['2021-22', '2025-26']) {
      const res = await putReturn(t.http, 'AAD04', year, { staffWte: 1000, qualifiedWte: 1 });
      expect(res.status).toBe(422);
      expect(res.body.errors).toEqual([{ pointer: '/path/year', message: expect.stringMatching(/was not open during/) }]);
    }
    expect(await countRows(t.db.url, 'return_revisions', `ods_code = 'AAD04'`)).toBe(0);
    // The first and last years it was open on any day are accepted.
    expect((await putReturn(t.http, 'AAD04', '2022-23', { staffWte: 1000, qualifiedWte: 1 })).status).toBe(201);
    expect((await putReturn(t.http, 'AAD04', '2024-25', { staffWte: 1000, qualifiedWte: 1 })).status).toBe(201);
  });
});

describe("a return's head", () => {
  it('carries exactly the figures of its current revision, after single writes, amendments and bulk files', async () => {
    await createOrganisation(t.http, { odsCode: 'AAF01' });
    await createOrganisation(t.http, { odsCode: 'AAF02' });
    await putReturn(t.http, 'AAF01', '2024-25', { staffWte: 1000, qualifiedWte: 1 });
    await putReturn(t.http, 'AAF01', '2024-25', { staffWte: 2500.5, qualifiedWte: 0 });
    const bulk = await t.http.post('/v1/returns/bulk').send({ rows: [
      { odsCode: 'AAF01', year: '2024-25', staffWte: 1800, qualifiedWte: 1 },
      { odsCode: 'AAF02', year: '2023-24', staffWte: 900, qualifiedWte: 1 },
    ] });
    expect(bulk.status).toBe(200);
    const mismatched = await sql(t.db.url, `SELECT ar.ods_code, ar.year FROM annual_returns ar JOIN return_revisions r ON r.id = ar.current_revision_id
      WHERE (ar.staff_wte, ar.qualified_wte, ar.ratio, ar.band, ar.gap_wte) IS DISTINCT FROM (r.staff_wte, r.qualified_wte, r.ratio, r.band, r.gap_wte)`);
    expect(mismatched).toEqual([]);
    expect(await countRows(t.db.url, 'annual_returns', "ods_code = 'AAF01' AND staff_wte = 1800")).toBe(1);
  });
});

describe('revisions are append-only', () => {
  it('refuses to update or delete a stored revision', async () => {
    await expect(sql(t.db.url, `UPDATE return_revisions SET staff_wte = 1`)).rejects.toThrow(/append-only/);
    await expect(sql(t.db.url, `DELETE FROM return_revisions`)).rejects.toThrow(/append-only/);
  });

  it('refuses to empty the revisions with TRUNCATE, even with CASCADE', async () => {
    const before = await countRows(t.db.url, 'return_revisions');
    expect(before).toBeGreaterThan(0);
    await expect(sql(t.db.url, 'TRUNCATE return_revisions CASCADE')).rejects.toThrow('return revisions are append-only: TRUNCATE is not allowed');
    expect(await countRows(t.db.url, 'return_revisions')).toBe(before);
  });
});

describe('reading returns', () => {
  it('answers 304 to If-None-Match with the current ETag', async () => {
    const first = await t.http.get('/v1/organisations/AAA01/returns/2024-25');
    const again = await t.http.get('/v1/organisations/AAA01/returns/2024-25').set('if-none-match', first.headers.etag!);
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
  });

  it('answers 404 for a year with no return, and for an unknown organisation', async () => {
    expect((await t.http.get('/v1/organisations/RJ1/returns/2010-11')).status).toBe(404);
    expect((await t.http.get('/v1/organisations/NOPE1/returns')).status).toBe(404);
  });

  it("lists an organisation's returns, every year, oldest first", async () => {
    const res = await t.http.get('/v1/organisations/AAD02/returns');
    expect(res.body.data.map((r: { year: string }) => r.year)).toEqual(['2023-24', '2024-25']);
  });
});
