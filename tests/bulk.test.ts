import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { createTestApp, httpAs, testConfig, TEST_ADMIN_KEY, type Http, type TestApp } from './support/app.ts';
import { countRows, createOrganisation, putReturn, sql } from './support/fixtures.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ today: '2023-06-01' }); // 2023-24 current, 2022-23 previous, 2024-25 next
  for (const odsCode of ['BK1', 'BK2', 'BK3', 'BK4', 'BK5', 'BK6']) await createOrganisation(t.http, { odsCode });
});
afterAll(() => t.close());

const bulk = (http: Http, body: object | string, query = '', headers: Record<string, string> = {}) => {
  const call = http.post(`/v1/returns/bulk${query}`).set(headers);
  return typeof body === 'string' ? call.set('content-type', 'text/csv').send(body) : call.send(body);
};
const revisions = () => countRows(t.db.url, 'return_revisions');

describe('a mixed file of good and bad rows (JSON)', () => {
  it('applies the valid rows, rejects the others with reasons and 1-based row numbers, and answers 200', async () => {
    const before = await revisions();
    const res = await bulk(t.http, {
      rows: [
        { odsCode: 'BK1', year: '2024-25', staffWte: 2000, qualifiedWte: 1 },
        { odsCode: 'BK2', year: '2024-25', staffWte: 1000.005, qualifiedWte: 1 },
        { odsCode: 'BK3', year: '2024-25', staffWte: 10, qualifiedWte: 11 },
        { odsCode: 'NOPE', year: '2024-25', staffWte: 10, qualifiedWte: 1 },
        { odsCode: 'BK4', year: '2024-26', staffWte: 10, qualifiedWte: 1 },
        { odsCode: 'BK5', year: '2024-25', staffWte: 800, qualifiedWte: 0 },
        { odsCode: 'BK1', year: '2024-25', staffWte: 2100, qualifiedWte: 1 },
      ],
    });
    expect(res.status).toBe(200);
    expect(res.body.summary).toEqual({ received: 7, created: 2, updated: 0, unchanged: 0, rejected: 5 });
    expect(res.body.applied).toBe(true);
    const byRow = Object.fromEntries(res.body.rows.map((r: { row: number }) => [r.row, r]));
    expect(byRow[1]).toMatchObject({ odsCode: 'BK1', year: '2024-25', status: 'created', errors: [] });
    expect(byRow[2].errors).toEqual([{ pointer: '/staffWte', message: 'must have at most 2 decimal places' }]);
    expect(byRow[3].errors).toEqual([{ pointer: '/qualifiedWte', message: 'must not be more than staffWte' }]);
    expect(byRow[4].errors[0].pointer).toBe('/odsCode');
    expect(byRow[5].errors[0].pointer).toBe('/year');
    expect(byRow[6]).toMatchObject({ status: 'created', warnings: [expect.objectContaining({ code: 'no_qualified_staff' })] });
    expect(byRow[7].errors[0].message).toMatch(/already in row 1/);
    expect(await revisions()).toBe(before + 2);
    expect((await t.http.get('/v1/organisations/BK1/returns/2024-25')).body).toMatchObject({ staffWte: 2000, band: 'flagged' });
    expect(await countRows(t.db.url, 'annual_returns', `ods_code = 'BK2'`)).toBe(0);
  });

  it('checks each row exactly as the single PUT checks a body', async () => {
    const bodies = [
      { staffWte: 'lots', qualifiedWte: 1 },
      { staffWte: 0, qualifiedWte: 0 },
      { staffWte: 1000, qualifiedWte: 2, roles: { clinicalLibrarianWte: 1.5, knowledgeManagerWte: 1 } },
      { staffWte: 1000, qualifiedWte: 1, unexpected: true },
      { staffWte: 100_000.01, qualifiedWte: 1 },
      { staffWte: 90_000, qualifiedWte: 1_000.01 },
    ];
    const single = await Promise.all(bodies.map((b) => putReturn(t.http, 'BK6', '2020-21', b)));
    expect(single.map((r) => r.status)).toEqual([400, 400, 422, 400, 400, 400]);
    const res = await bulk(t.http, { rows: bodies.map((b) => ({ odsCode: 'BK6', year: '2020-21', ...b })) });
    expect(res.body.rows).toHaveLength(bodies.length);
    const pointers = (errors: { pointer: string }[]) => errors.map((e) => e.pointer.replace(/^\/body/, ''));
    expect(res.body.rows.map((row: { status: string }) => row.status)).toEqual(bodies.map(() => 'rejected'));
    expect(res.body.rows.map((row: { errors: { pointer: string }[] }) => pointers(row.errors))).toEqual(single.map((r) => pointers(r.body.errors)));
    expect(pointers(res.body.rows[4].errors)).toEqual(['/staffWte']);
    expect(pointers(res.body.rows[5].errors)).toEqual(['/qualifiedWte']);
  });

  it('reports amendments as updated and identical rows as unchanged, each change with its revision and audit event', async () => {
    const auditBefore = await countRows(t.db.url, 'audit_events', `entity = 'return'`);
    const res = await bulk(t.http, {
      rows: [
        { odsCode: 'BK1', year: '2024-25', staffWte: 2000, qualifiedWte: 2 },
        { odsCode: 'BK5', year: '2024-25', staffWte: 800, qualifiedWte: 0 },
      ],
    });
    expect(res.body.rows.map((r: { status: string }) => r.status)).toEqual(['updated', 'unchanged']);
    expect((await t.http.get('/v1/organisations/BK1/returns/2024-25')).body.revision).toBe(2);
    const events = await sql<{ action: string; request_id: string }>(t.db.url, `SELECT action, request_id FROM audit_events WHERE entity = 'return' ORDER BY id DESC LIMIT 1`);
    expect(await countRows(t.db.url, 'audit_events', `entity = 'return'`)).toBe(auditBefore + 1);
    expect(events[0]).toEqual({ action: 'amend', request_id: res.headers['x-request-id'] });
  });
});

describe('a file with two years of one organisation', () => {
  it("compares a row's ratio with the previous year as the file itself wrote it, as a sequence of PUTs would", async () => {
    await createOrganisation(t.http, { odsCode: 'BK8' });
    expect((await putReturn(t.http, 'BK8', '2021-22', { staffWte: 1000, qualifiedWte: 1 })).status).toBe(201);
    const res = await bulk(t.http, { rows: [
      { odsCode: 'BK8', year: '2021-22', staffWte: 3000, qualifiedWte: 1 },
      { odsCode: 'BK8', year: '2022-23', staffWte: 3100, qualifiedWte: 1, comment: 'grew', acknowledgedWarnings: ['ratio_changed_sharply'] },
      { odsCode: 'BK8', year: '2022-23', staffWte: 3100, qualifiedWte: 1 },
    ] });
    expect(res.body.rows.map((r: { status: string }) => r.status)).toEqual(['updated', 'rejected', 'rejected']);
    // Against the file's 1:3,000 the ratio barely moved: no warning to acknowledge (the stored 1:1,000 is stale).
    expect(res.body.rows[1].errors).toEqual([{ pointer: '/acknowledgedWarnings', message: "ratio_changed_sharply is not among this return's warnings (it has none)" }]);
    const alone = await bulk(t.http, { rows: [{ odsCode: 'BK8', year: '2022-23', staffWte: 3100, qualifiedWte: 1 }] });
    expect(alone.body.rows[0]).toMatchObject({ status: 'created', warnings: [] });
  });
});

describe('CSV', () => {
  it('reads a BOM, CRLF, quoted fields and blank lines, numbering rows by CSV line', async () => {
    const csv =
      '\uFEFFodsCode,year,staffWte,qualifiedWte,clinicalLibrarianWte,comment\r\n' +
      'BK2,2023-24,1500.50,1,0.5,"as at 31 March, from ESR"\r\n' +
      'BK3,2023-24,3000,2,,"two\r\nlines with ""quotes"""\r\n' +
      '\r\n' +
      'BK4,2023-24,abc,2,,\r\n' +
      'BK4,2023-24,900,2,3,\r\n';
    const res = await bulk(t.http, csv);
    expect(res.status).toBe(200);
    expect(res.body.rows.map((r: { row: number; status: string }) => [r.row, r.status])).toEqual([
      [2, 'created'],
      [3, 'created'],
      [6, 'rejected'],
      [7, 'rejected'],
    ]);
    expect(res.body.rows[2].errors).toEqual([{ pointer: '/staffWte', message: expect.any(String) }]);
    expect(res.body.rows[3].errors).toEqual([{ pointer: '/roles', message: expect.stringMatching(/roles sum to 3.00/) }]);
    const stored = await t.http.get('/v1/organisations/BK3/returns/2023-24');
    expect(stored.body.comment).toBe('two\r\nlines with "quotes"');
    expect((await t.http.get('/v1/organisations/BK2/returns/2023-24')).body).toMatchObject({ staffWte: 1500.5, roles: { clinicalLibrarianWte: 0.5 }, comment: 'as at 31 March, from ESR' });
  });

  it('reads LF files and column names in any case', async () => {
    const res = await bulk(t.http, 'ODSCODE,Year,staffwte,qualifiedWTE\nBK6,2023-24,1000,1\n');
    expect(res.body.rows).toEqual([expect.objectContaining({ row: 2, status: 'created' })]);
  });

  it.each([
    ['an unknown column', 'odsCode,year,staffWte,qualifiedWte,colour\nBK6,2022-23,1,1,red\n', /Unknown column "colour"/],
    ['a missing column', 'odsCode,year,staffWte\nBK6,2022-23,1\n', /Missing column: qualifiedWte/],
    ['an unclosed quote', 'odsCode,year,staffWte,qualifiedWte\nBK6,"2022-23,1,1\n', /could not be read near line 2/],
    ['no rows', 'odsCode,year,staffWte,qualifiedWte\n', /rows/],
  ])('refuses a file with %s as a whole (400), storing nothing', async (_name, csv, detail) => {
    const before = await revisions();
    const res = await bulk(t.http, csv);
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    expect(`${res.body.detail} ${JSON.stringify(res.body.errors ?? [])}`).toMatch(detail);
    expect(await revisions()).toBe(before);
  });
});

describe('atomic and dry runs', () => {
  const rows = [
    { odsCode: 'BK6', year: '2021-22', staffWte: 1000, qualifiedWte: 1 },
    { odsCode: 'BK6', year: '2019-20', staffWte: 10, qualifiedWte: 20 },
  ];

  it('applies nothing when atomic and a row is rejected, answering 422 with the same body', async () => {
    const before = await revisions();
    const res = await bulk(t.http, { rows }, '?atomic=true');
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ applied: false, atomic: true, summary: { received: 2, created: 1, rejected: 1 } });
    expect(await revisions()).toBe(before);
    const good = await bulk(t.http, { rows: rows.slice(0, 1) }, '?atomic=true');
    expect(good.status).toBe(200);
    expect(await revisions()).toBe(before + 1);
  });

  it('stores nothing on a dry run but says what would happen', async () => {
    const before = await revisions();
    const res = await bulk(t.http, { rows: [{ odsCode: 'BK6', year: '2018-19', staffWte: 5000, qualifiedWte: 1 }] }, '?dryRun=true');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ applied: false, dryRun: true, rows: [expect.objectContaining({ status: 'created' })] });
    expect(await revisions()).toBe(before);
  });
});

describe('Idempotency-Key', () => {
  const body = { rows: [{ odsCode: 'BK6', year: '2017-18', staffWte: 1234, qualifiedWte: 1 }] };

  it('replays the stored answer for the same key and body, applying nothing twice', async () => {
    const first = await bulk(t.http, body, '', { 'idempotency-key': 'file-2017-a' });
    const before = await revisions();
    const again = await bulk(t.http, body, '', { 'idempotency-key': 'file-2017-a' });
    expect(again.status).toBe(first.status);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.text).toBe(first.text); // byte for byte
    expect(again.body.rows[0].status).toBe('created'); // the first answer, not "unchanged"
    expect(await revisions()).toBe(before);
  });

  it('replays a stored 422 (an atomic file with a bad row) as the same 422, applying nothing', async () => {
    const refused = { rows: [{ odsCode: 'BK6', year: '2015-16', staffWte: 1000, qualifiedWte: 1 }, { odsCode: 'BK6', year: '2014-15', staffWte: 1, qualifiedWte: 2 }] };
    const first = await bulk(t.http, refused, '?atomic=true', { 'idempotency-key': 'atomic-refused' });
    expect(first.status).toBe(422);
    expect(first.body).toMatchObject({ applied: false, summary: { rejected: 1 } });
    const before = await revisions();
    const again = await bulk(t.http, refused, '?atomic=true', { 'idempotency-key': 'atomic-refused' });
    expect(again.status).toBe(422);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.text).toBe(first.text);
    expect(await revisions()).toBe(before);
  });

  it('keeps one Idempotency-Key apart for two API keys: neither replays nor blocks the other', async () => {
    await createOrganisation(t.http, { odsCode: 'BK7' });
    const key = await t.http.post('/v1/api-keys').send({ name: 'BK7 lead', role: 'submitter', organisations: ['BK7'] });
    const submitter = httpAs(t.app, key.body.key);
    const file = { rows: [{ odsCode: 'BK7', year: '2022-23', staffWte: 1000, qualifiedWte: 1 }] };
    const byAdmin = await bulk(t.http, file, '', { 'idempotency-key': 'shared-key' });
    expect(byAdmin.body.rows[0].status).toBe('created');
    // The same key and body from another API key is that key's own first request, not a replay.
    const bySubmitter = await bulk(submitter, file, '', { 'idempotency-key': 'shared-key' });
    expect(bySubmitter.status).toBe(200);
    expect(bySubmitter.headers['idempotent-replayed']).toBeUndefined();
    expect(bySubmitter.body.rows[0].status).toBe('unchanged');
    // A different body under the same key from the other API key is no conflict (no 422).
    const other = await bulk(submitter, { rows: [{ ...file.rows[0], staffWte: 1001 }] }, '', { 'idempotency-key': 'other-key' });
    const clash = await bulk(t.http, { rows: [{ ...file.rows[0], staffWte: 1002 }] }, '', { 'idempotency-key': 'other-key' });
    expect([other.status, clash.status]).toEqual([200, 200]);
    expect(clash.body.rows[0].status).toBe('updated');
  });

  it('answers 422 for the same key with a different body', async () => {
    const res = await bulk(t.http, { rows: [{ ...body.rows[0], staffWte: 999 }] }, '', { 'idempotency-key': 'file-2017-a' });
    expect(res.status).toBe(422);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
  });

  it('answers 409 while a request with the key is still running', async () => {
    const raw = JSON.stringify({ rows: [{ odsCode: 'BK6', year: '2016-17', staffWte: 10, qualifiedWte: 1 }] });
    const fingerprint = createHash('sha256').update(`/v1/returns/bulk\napplication/json\n${raw}`).digest('hex');
    await sql(t.db.url, `INSERT INTO idempotency_keys (owner, key, fingerprint, state, expires_at) VALUES ('bootstrap', 'busy', $1, 'running', now() + interval '1 hour')`, [fingerprint]);
    const res = await t.http.post('/v1/returns/bulk').set('content-type', 'application/json').set('idempotency-key', 'busy').send(raw);
    expect(res.status).toBe(409);
    expect(res.headers['retry-after']).toBeDefined();
  });

  it('forgets keys after 24 hours', async () => {
    const [row] = await sql<{ hours: number }>(t.db.url, `SELECT round(extract(epoch FROM expires_at - created_at) / 3600)::int AS hours FROM idempotency_keys WHERE key = 'file-2017-a'`);
    expect(row!.hours).toBe(24);
    await sql(t.db.url, `UPDATE idempotency_keys SET expires_at = now() - interval '1 second' WHERE key = 'file-2017-a'`);
    const res = await bulk(t.http, { rows: [{ ...body.rows[0], staffWte: 999 }] }, '', { 'idempotency-key': 'file-2017-a' });
    expect(res.status).toBe(200);
    expect(res.body.rows[0].status).toBe('updated');
  });
});

describe('rows that cannot be stored faithfully', () => {
  it('rejects a row with a NUL, a lone surrogate, a year-0000 date or a __proto__ key, and applies the others', async () => {
    const before = await revisions();
    const res = await bulk(t.http, {
      rows: [
        { odsCode: 'BK6', year: '2022-23', staffWte: 1000, qualifiedWte: 1, comment: 'a\u0000b' },
        { odsCode: 'BK6', year: '2022-23', staffWte: 1000, qualifiedWte: 1, staffSource: '\ud800' },
        { odsCode: 'BK6', year: '2022-23', staffWte: 1000, qualifiedWte: 1, staffSnapshotDate: '0000-01-01' },
        JSON.parse('{"odsCode": "BK6", "year": "2022-23", "staffWte": 1000, "qualifiedWte": 1, "__proto__": {"x": 1}}'),
        { odsCode: 'BK6', year: '2022-23', staffWte: 1234, qualifiedWte: 1 },
      ],
    });
    expect(res.status).toBe(200);
    expect(res.body.rows.map((r: { status: string }) => r.status)).toEqual(['rejected', 'rejected', 'rejected', 'rejected', 'created']);
    expect(res.body.rows.slice(0, 4).map((r: { errors: { pointer: string }[] }) => r.errors[0]!.pointer)).toEqual(['/comment', '/staffSource', '/staffSnapshotDate', '/__proto__']);
    expect(await revisions()).toBe(before + 1);
  });

  it('rejects the same __proto__ row in the raw JSON text, as the single PUT refuses it', async () => {
    const raw = '{"rows": [{"odsCode": "BK6", "year": "2021-22", "staffWte": 1000, "qualifiedWte": 1, "__proto__": {"admin": true}}]}';
    const res = await t.http.post('/v1/returns/bulk?dryRun=true').set('content-type', 'application/json').send(raw);
    expect(res.status).toBe(200);
    expect(res.body.rows[0]).toMatchObject({ status: 'rejected', errors: [{ pointer: '/__proto__', message: expect.stringMatching(/not allowed/) }] });
    const single = await putReturn(t.http, 'BK6', '2021-22', '{"staffWte": 1000, "qualifiedWte": 1, "__proto__": {"admin": true}}');
    expect(single.status).toBe(400);
  });

  it('keeps an answer that echoes a NUL or a lone surrogate storable for Idempotency-Key replays (no 500)', async () => {
    const raw = 'odsCode,year,staffWte,qualifiedWte\na\u0000b,2022-23,1,1\n\ud800x,2022-23,1,1\n';
    const first = await bulk(t.http, raw, '?atomic=true', { 'idempotency-key': 'nul-echo' });
    expect(first.status).toBe(422);
    expect(first.body.rows.map((r: { odsCode: string }) => r.odsCode)).toEqual(['a\ufffdb', '\ufffdx']);
    const replay = await bulk(t.http, raw, '?atomic=true', { 'idempotency-key': 'nul-echo' });
    expect(replay.status).toBe(422);
    expect(replay.headers['idempotent-replayed']).toBe('true');
  });

  it('rejects a row with a value nested 10,000 deep on its own, applying the others (no 500)', async () => {
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    const raw = `{"rows": [{"odsCode": "BK6", "year": "2022-23", "staffWte": 1500, "qualifiedWte": 1}, {"odsCode": "BK6", "year": ${deep}, "staffWte": 1, "qualifiedWte": 1}]}`;
    const res = await t.http.post('/v1/returns/bulk?dryRun=true').set('content-type', 'application/json').send(raw);
    expect(res.status).toBe(200);
    expect(res.body.rows.map((r: { status: string }) => r.status)).toEqual(['updated', 'rejected']);
    expect(res.body.rows[1]).toMatchObject({ year: '(a list)', errors: [{ pointer: '/year' }] });
  });

  it('names a number in error messages as a number, however long it is', async () => {
    const raw = '{"rows": [{"odsCode": 12345678901234567890.123, "year": "2022-23", "staffWte": 1, "qualifiedWte": 1}]}';
    const res = await t.http.post('/v1/returns/bulk?dryRun=true').set('content-type', 'application/json').send(raw);
    expect(res.body.rows[0].odsCode).toBe('12345678901234567890.123');
    expect(res.text).not.toContain('ExactNumber');
    expect(res.body.rows[0].errors[0].message).toMatch(/received number/);
  });

  it('echoes at most 64 characters of a value in a row result', async () => {
    const res = await bulk(t.http, { rows: [{ odsCode: 'X'.repeat(144), year: 'Y'.repeat(144), staffWte: 1, qualifiedWte: 1 }] }, '?dryRun=true');
    expect(res.body.rows[0].odsCode).toBe(`${'X'.repeat(64)}…`);
    expect(res.body.rows[0].year).toBe(`${'Y'.repeat(64)}…`);
    expect(res.text).not.toContain('X'.repeat(65));
  });

  it('refuses a CSV header naming a column twice (400)', async () => {
    const res = await bulk(t.http, 'odsCode,year,staffWte,qualifiedWte,staffWte\nBK6,2022-23,1,1,2\n');
    expect(res.status).toBe(400);
    expect(res.body.detail).toMatch(/"staffWte" more than once/);
  });

  it('says that JSON and CSV are accepted when refusing another media type (415)', async () => {
    const res = await t.http.post('/v1/returns/bulk').set('content-type', 'application/xml').send('<rows/>');
    expect(res.status).toBe(415);
    expect(res.body.detail).toMatch(/application\/json or text\/csv/);
  });
});

describe('what Idempotency-Key stores', () => {
  const row = (staffWte: number) => ({ rows: [{ odsCode: 'BK6', year: '2015-16', staffWte, qualifiedWte: 1 }] });
  const stored = (where: string) => countRows(t.db.url, 'idempotency_keys', where);

  it('stores nothing for a dry run: a dry run changes nothing, so repeating one is already safe', async () => {
    const res = await bulk(t.http, row(100), '?dryRun=true', { 'idempotency-key': 'dry-1' });
    expect(res.status).toBe(200);
    expect(await stored(`key = 'dry-1'`)).toBe(0);
    const real = await bulk(t.http, row(100), '', { 'idempotency-key': 'real-1' });
    expect(real.status).toBe(200);
    expect(await stored(`key = 'real-1' AND state = 'done'`)).toBe(1);
  });

  it('keeps what one key stores within bounds, forgetting its oldest answers first', async () => {
    const small = await createTestApp({ today: '2023-06-01', config: { idempotencyMaxAnswersPerKey: 3 } });
    try {
      await createOrganisation(small.http, { odsCode: 'BQ1' });
      for (let i = 1; i <= 5; i += 1) {
        const res = await small.http.post('/v1/returns/bulk').set('idempotency-key', `k${i}`).send({ rows: [{ odsCode: 'BQ1', year: '2022-23', staffWte: 1000 + i, qualifiedWte: 1 }] });
        expect(res.status).toBe(200);
      }
      const keys = await sql<{ key: string }>(small.db.url, `SELECT key FROM idempotency_keys ORDER BY created_at`);
      expect(keys.map((k) => k.key)).toEqual(['k3', 'k4', 'k5']);
    } finally {
      await small.close();
    }
  });

  it('keeps the bytes one key stores within bounds too, forgetting its oldest answers first', async () => {
    const small = await createTestApp({ today: '2023-06-01', config: { idempotencyMaxBytesPerKey: 700 } });
    try {
      await createOrganisation(small.http, { odsCode: 'BQ2' });
      for (let i = 1; i <= 4; i += 1) {
        const res = await small.http.post('/v1/returns/bulk').set('idempotency-key', `b${i}`).send({ rows: [{ odsCode: 'BQ2', year: '2022-23', staffWte: 1000 + i, qualifiedWte: 1 }] });
        expect(res.status).toBe(200);
      }
      const kept = await sql<{ key: string; bytes: number }>(small.db.url, `SELECT key, response_bytes AS bytes FROM idempotency_keys ORDER BY created_at`);
      expect(kept.reduce((sum, k) => sum + k.bytes, 0)).toBeLessThanOrEqual(700);
      expect(kept.length).toBeGreaterThan(0);
      expect(kept.length).toBeLessThan(4);
      expect(kept.at(-1)!.key).toBe('b4'); // the newest stays
    } finally {
      await small.close();
    }
  });

  it('deletes expired keys on a schedule (at start, then every ten minutes), not only when one is reused', async () => {
    await sql(t.db.url, `INSERT INTO idempotency_keys (owner, key, fingerprint, state, expires_at) VALUES ('bootstrap', 'old-1', $1, 'done', now() - interval '1 minute')`, ['0'.repeat(64)]);
    // Another instance on the same database sweeps as soon as it is ready.
    const app = await buildApp({ config: testConfig({ databaseUrl: t.db.url, adminApiKey: TEST_ADMIN_KEY }) });
    try {
      await app.ready();
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(await stored(`key = 'old-1'`)).toBe(0);
      expect(await stored(`key = 'real-1'`)).toBe(1); // unexpired keys stay
    } finally {
      await app.close();
    }
  });
});

describe('permissions and limits', () => {
  it('lets a submitter include only its own organisations, and refuses analysts', async () => {
    const key = await t.http.post('/v1/api-keys').send({ name: 'BK lead', role: 'submitter', organisations: ['BK4'] });
    const submitter = httpAs(t.app, key.body.key);
    const res = await bulk(submitter, { rows: [
      { odsCode: 'BK4', year: '2022-23', staffWte: 1000, qualifiedWte: 1 },
      { odsCode: 'BK5', year: '2022-23', staffWte: 1000, qualifiedWte: 1 },
    ] });
    expect(res.status).toBe(200);
    expect(res.body.rows.map((r: { status: string }) => r.status)).toEqual(['created', 'rejected']);
    expect(res.body.rows[1].errors[0].message).toMatch(/may not write the returns of BK5/);
    const [event] = await sql<{ actor_key_id: string }>(t.db.url, `SELECT actor_key_id FROM audit_events WHERE entity = 'return' AND ods_code = 'BK4' ORDER BY id DESC LIMIT 1`);
    expect(event!.actor_key_id).toBe(key.body.id);
    const analystKey = await t.http.post('/v1/api-keys').send({ name: 'analyst', role: 'analyst' });
    expect((await bulk(httpAs(t.app, analystKey.body.key), { rows: [] })).status).toBe(403);
  });

  it('answers 413 beyond the configured bulk limit', async () => {
    const small = await createTestApp({ config: { bulkBodyLimitBytes: 1000 } });
    try {
      const res = await bulk(small.http, `odsCode,year,staffWte,qualifiedWte\n${'BK1,2024-25,1,1\n'.repeat(100)}`);
      expect(res.status).toBe(413);
      expect(res.body.detail).toContain('1000 bytes');
    } finally {
      await small.close();
    }
  });
});
