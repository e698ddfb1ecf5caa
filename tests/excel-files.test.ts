import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_ADMIN_KEY, type TestApp } from './support/app.ts';
import { countRows, createOrganisation, sql } from './support/fixtures.ts';

/*
 * Files as Excel writes them on a UK machine (tests/fixtures/excel), each sent through the bulk
 * route and through the import tool (which sends the file to the same route), with the same
 * asserted outcome. Nothing is ever stored with U+FFFD.
 */

const FIXTURES = path.resolve('tests/fixtures/excel');
const run = promisify(execFile);
let t: TestApp;
let url: string;

beforeAll(async () => {
  t = await createTestApp();
  const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
  url = address;
  for (const odsCode of ['ZE001', 'ZE002', 'ZE003']) await createOrganisation(t.http, { odsCode });
});
afterAll(() => t.close());

type Row = { row: number; odsCode: string | null; status: string; errors: { pointer: string; message: string }[]; warnings: unknown[] };

/** The bulk route's dry-run answer for a fixture, sent as its bytes. */
async function viaRoute(file: string, charset?: string) {
  const bytes = await readFile(path.join(FIXTURES, file));
  const res = await t.http
    .post('/v1/returns/bulk?dryRun=true')
    .set('content-type', `text/csv${charset ? `; charset=${charset}` : ''}`)
    .send(bytes);
  return res;
}

/** The import tool, as a user runs it: its exit code and what it printed. */
async function viaTool(args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'src/cli/import.ts', ...args, '--url', url], {
      env: { ...process.env, STAFF_RATIO_API_KEY: TEST_ADMIN_KEY, npm_config_dry_run: '' },
    });
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, out: failed.stdout + failed.stderr };
  }
}

const outcome = (rows: Row[]) => rows.map((r) => [r.row, r.odsCode, r.status, r.errors.map((e) => e.message).join('; ')]);

describe('each file reads the same through the bulk route and the import tool', () => {
  const cases: [string, (string | number)[][]][] = [
    ['bom-crlf.csv', [[2, 'ZE001', 'created', ''], [3, 'ZE002', 'created', '']]], // ZE002 with a warning: no qualified staff
    ['semicolons.csv', [[2, 'ZE001', 'created', ''], [3, 'ZE002', 'created', '']]],
    ['trailing-empty-columns.csv', [[2, 'ZE001', 'created', ''], [3, 'ZE002', 'created', '']]],
    ['blank-rows.csv', [[3, 'ZE001', 'created', ''], [6, 'ZE002', 'created', '']]],
    ['lower-case-codes.csv', [[2, 'ze001', 'created', ''], [3, 'Ze002', 'created', '']]],
    ['quoted-thousands.csv', [[2, 'ZE001', 'created', ''], [3, 'ZE002', 'rejected', 'must be greater than 0 and at most 100,000'], [4, 'ZE003', 'rejected', 'must be a decimal number such as 1234.56']]],
    ['uk-dates.csv', [[2, 'ZE001', 'created', ''], [3, 'ZE002', 'created', ''], [4, 'ZE003', 'rejected', 'must be a real date written YYYY-MM-DD']]],
    ['extra-field.csv', [[2, 'ZE001', 'created', ''], [3, 'ZE002', 'rejected', 'has 5 fields; the header has 4'], [4, 'ZE003', 'rejected', 'has 3 fields; the header has 4']]],
    ['duplicate-rows.csv', [[2, 'ZE001', 'created', ''], [4, 'ZE001', 'rejected', 'ZE001 2025-26 is already in line 2; send each return once']]],
    // A `;` file comes from a locale with decimal commas: "13.900" (13,900?) and "0,750" are refused, never guessed.
    ['semicolons-decimal-commas.csv', [[2, 'ZE001', 'rejected', 'must have at most 2 decimal places'], [3, 'ZE002', 'rejected', 'must be a decimal number such as 1234.56']]],
  ];

  it.each(cases)('%s', async (file, expected) => {
    const res = await viaRoute(file);
    expect(res.status).toBe(200);
    expect(outcome(res.body.rows)).toEqual(expected);

    const tool = await viaTool([path.join(FIXTURES, file), '--dry-run']);
    const rejected = expected.filter((row) => row[2] === 'rejected');
    expect(tool.code).toBe(rejected.length ? 2 : 0);
    expect(tool.out).toContain('Dry run (nothing stored)');
    expect(tool.out).toContain(`${expected.length} rows: ${expected.length - rejected.length} created, 0 updated, 0 unchanged, ${rejected.length} rejected.`);
    for (const [line, odsCode, , reason] of rejected) expect(tool.out).toMatch(new RegExp(`line ${line}  ${odsCode} 2025-26  .*${String(reason).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  });
});

describe('a file saved as Windows-1252 ("CSV (Comma delimited)")', () => {
  it('is refused with its line when not declared, by the route and by the tool, storing nothing', async () => {
    const before = await countRows(t.db.url, 'return_revisions');
    const bytes = await readFile(path.join(FIXTURES, 'windows-1252.csv'));
    const res = await t.http.post('/v1/returns/bulk').set('content-type', 'text/csv').send(bytes);
    expect(res.status).toBe(400);
    expect(res.body.detail).toMatch(/^The file is not UTF-8: line 2 has a byte \(0xE9\)/);
    const tool = await viaTool([path.join(FIXTURES, 'windows-1252.csv')]);
    expect(tool.code).toBe(1);
    expect(tool.out).toMatch(/The file is not UTF-8: line 2 .*--encoding windows-1252/);
    expect(await countRows(t.db.url, 'return_revisions')).toBe(before);
  });

  it('is read correctly when declared, and stored without U+FFFD', async () => {
    const res = await viaRoute('windows-1252.csv', 'windows-1252');
    expect(outcome(res.body.rows)).toEqual([[2, 'ZE001', 'created', ''], [3, 'ZE002', 'created', '']]);
    const tool = await viaTool([path.join(FIXTURES, 'windows-1252.csv'), '--encoding', 'windows-1252']);
    expect(tool.code).toBe(0);
    const comments = await sql<{ comment: string }>(
      t.db.url,
      `SELECT rr.comment FROM annual_returns ar JOIN return_revisions rr ON rr.id = ar.current_revision_id
       WHERE ar.ods_code IN ('ZE001', 'ZE002') AND ar.year = 2025 ORDER BY ar.ods_code`,
    );
    expect(comments.map((c) => c.comment)).toEqual(['Renée Café checked', '€5k training budget']);
  });
});

describe('a real import through the tool', () => {
  it('stores UK dates and thousands as meant, lists each row\'s warnings, and nothing holds U+FFFD', async () => {
    const stored = async () =>
      (await sql<{ staff_wte: string; staff_snapshot_date: string | null }>(
        t.db.url,
        `SELECT rr.staff_wte::text, rr.staff_snapshot_date::text FROM annual_returns ar JOIN return_revisions rr ON rr.id = ar.current_revision_id
         WHERE ar.ods_code = 'ZE001' AND ar.year = 2025`,
      ))[0];
    expect((await viaTool([path.join(FIXTURES, 'uk-dates.csv')])).code).toBe(2);
    expect(await stored()).toEqual({ staff_wte: '1200.50', staff_snapshot_date: '2026-03-31' });
    expect((await viaTool([path.join(FIXTURES, 'quoted-thousands.csv')])).code).toBe(2);
    expect(await stored()).toEqual({ staff_wte: '13900.25', staff_snapshot_date: null });

    expect((await viaTool([path.join(FIXTURES, 'windows-1252.csv'), '--encoding', 'windows-1252'])).code).toBe(0);
    const withWarning = await viaTool([path.join(FIXTURES, 'bom-crlf.csv')]);
    expect(withWarning.code).toBe(0);
    expect(withWarning.out).toMatch(/Warnings \(stored, but please check\):\n {2}line 3 {2}ZE002 2025-26 {2}no_qualified_staff: No qualified/);
    const replaced = await sql(t.db.url, `SELECT id FROM return_revisions WHERE strpos(coalesce(comment, '') || coalesce(staff_source, ''), U&'\\FFFD') > 0`);
    expect(replaced).toEqual([]);
    // The Windows-1252 imports and this UTF-8 one each wrote the comment, byte for byte the same text.
    expect((await sql(t.db.url, `SELECT 1 FROM return_revisions WHERE ods_code = 'ZE001' AND comment = 'Renée Café checked'`)).length).toBeGreaterThanOrEqual(2);
  });

  it('refuses to write when npm took --dry-run for itself', async () => {
    await createOrganisation(t.http, { odsCode: 'ZE009' });
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'import-')), 'one.csv');
    await writeFile(file, 'odsCode,year,staffWte,qualifiedWte\nZE009,2025-26,1000,1\n');
    const refused = run(process.execPath, ['--import', 'tsx', 'src/cli/import.ts', file, '--url', url], {
      env: { ...process.env, STAFF_RATIO_API_KEY: TEST_ADMIN_KEY, npm_config_dry_run: 'true' },
    });
    await expect(refused).rejects.toMatchObject({ code: 1, stderr: expect.stringMatching(/npm took --dry-run for itself.*nothing was sent/s) });
    expect(await countRows(t.db.url, 'return_revisions', `ods_code = 'ZE009'`)).toBe(0);
  });
});

describe('the organisations import', () => {
  const file = path.join(FIXTURES, 'organisations-windows-1252.csv');

  it('on a dry run stores nothing, warns of each row without openedOn and shows how expected counts would change', async () => {
    const tool = await viaTool(['--organisations', file, '--encoding', 'windows-1252', '--dry-run']);
    expect(tool.code).toBe(2);
    expect(tool.out).toContain('Dry run (nothing stored) of');
    expect(tool.out).toContain('4 rows: 3 created, 0 updated, 0 unchanged, 1 rejected.');
    expect(tool.out).toMatch(/Rejected rows:\n {2}line 4 {2}ZO003 {2}type: /);
    expect(tool.out).toMatch(/Warnings:\n {2}line 3 {2}ZO002 {2}no openedOn: it is expected to report for every year up to its closing, past years included\n/);
    expect(tool.out).not.toMatch(/line [245] {2}ZO00[134] {2}no openedOn/);
    // Every organisation already here has no dates, so each is expected every year. ZO002 (no
    // openedOn) adds one to every year, ZO001 (opened 1 April 2019) one from 2019-20, ZO004 one from
    // 2020-21 (closed 31 March 2026); ZO003 is rejected.
    const before = (await t.http.get('/v1/organisations?limit=1000')).body.meta.total as number;
    expect(tool.out).toMatch(/Organisations expected to report would change/);
    for (const [year, added] of [['2018-19', 1], ['2019-20', 2], ['2020-21', 3]] as const) {
      expect(tool.out).toMatch(new RegExp(`'${year}' +│ +${before} +│ +${before + added} `));
    }
    expect((await t.http.get('/v1/organisations/ZO001')).status).toBe(404);
  });

  it('decodes Windows-1252 names, reads UK dates and lower-case codes, and shows each rejected row with its errors', async () => {
    const undeclared = await viaTool(['--organisations', file]);
    expect(undeclared.code).toBe(1);
    expect(undeclared.out).toMatch(/not UTF-8: line 2 /);

    const tool = await viaTool(['--organisations', file, '--encoding', 'windows-1252']);
    expect(tool.code).toBe(2);
    expect(tool.out).toMatch(/Rejected rows:\n {2}line 4 {2}ZO003 {2}type: /);
    const first = await t.http.get('/v1/organisations/ZO001');
    expect(first.body).toMatchObject({ name: 'Hôpital Renée', regionCode: 'Y56', openedOn: '2019-04-01', closedOn: null });
    const lower = await t.http.get('/v1/organisations/zo004');
    expect(lower.body).toMatchObject({ odsCode: 'ZO004', name: 'Lower Trust', openedOn: '2020-04-01', closedOn: '2026-03-31' });
    expect((await t.http.get('/v1/organisations/ZO002')).body.name).toBe('Café Trust');
  });

  it("shows the service's own reasons for a row only it can refuse, with each field's message", async () => {
    const backwards = path.join(await mkdtemp(path.join(tmpdir(), 'orgs-')), 'backwards.csv');
    await writeFile(backwards, 'odsCode,name,type,regionCode,openedOn,closedOn\nZO005,Backwards Trust,acute,Y56,01/04/2020,31/03/2019\n');
    const tool = await viaTool(['--organisations', backwards]);
    expect(tool.code).toBe(2);
    expect(tool.out).toMatch(/Rejected rows:\n {2}line 2 {2}ZO005 {2}422 [^\n]*; closedOn: [^\n]+/);
    expect((await t.http.get('/v1/organisations/ZO005')).status).toBe(404);
  });
});
