import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoData } from '../src/demo/load.ts';
import { createTestApp, type TestApp } from './support/app.ts';
import { createOrganisation } from './support/fixtures.ts';
import { xlsxOf } from '../src/http/xlsx.ts';

/*
 * Every list and monitoring table answers XLSX (`?format=xlsx`) with the CSV's columns and rows,
 * and CSV with a UTF-8 byte-order mark for `?bom=true`, so Excel reads non-ASCII names right.
 */

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await loadDemoData(t.app.db.pool);
  await createOrganisation(t.http, { odsCode: 'ZQ801', name: 'Ysbyty Gwynedd — Betsi Cadwaladr (Llandudno) Ñ' });
  // A name a spreadsheet would run as a formula: CSV neutralises it, XLSX holds it as text.
  await createOrganisation(t.http, { odsCode: 'ZQ802', name: '=HYPERLINK("http://evil.example","click")' });
});
afterAll(() => t.close());

const bytes = (path: string) => t.http.get(path).buffer(true).parse((res, done) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
});

/** A sheet's rows as text, the way the CSV writes them (numbers as their shortest decimal). */
async function sheetRows(body: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as never);
  const sheet = workbook.worksheets[0]!;
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let column = 1; column <= sheet.columnCount; column += 1) {
      const value = row.getCell(column).value;
      cells.push(value === null || value === undefined ? '' : String(value));
    }
    rows.push(cells);
  });
  return rows;
}

const TABLES = [
  '/v1/regions',
  '/v1/organisations',
  '/v1/policies',
  '/v1/years',
  '/v1/returns?year=2024-25',
  '/v1/monitoring/2024-25/summary?groupBy=region',
  '/v1/monitoring/2024-25/flagged',
  '/v1/monitoring/2025-26/completeness',
  '/v1/monitoring/trends?groupBy=region',
  '/v1/monitoring/2024-25/organisations',
  '/v1/monitoring/projections?groupBy=region',
  '/v1/monitoring/2024-25/scenario?targetRatio=1500&flagThreshold=2000',
  '/v1/library-services',
  '/v1/publications',
  '/v1/publications/2024-25/organisations',
  '/v1/api-keys',
  '/v1/audit?limit=200',
];
const withQuery = (path: string, query: string) => `${path}${path.includes('?') ? '&' : '?'}${query}`;

describe('spreadsheets', () => {
  it.each(TABLES)('%s answers XLSX holding exactly the CSV\'s columns and rows', async (path) => {
    const csv = await t.http.get(withQuery(path, 'format=csv'));
    expect(csv.status, path).toBe(200);
    const xlsx = await bytes(withQuery(path, 'format=xlsx'));
    expect(xlsx.status, path).toBe(200);
    expect(xlsx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(xlsx.headers['content-disposition']).toMatch(/attachment; filename=".+\.xlsx"/);
    // A weak tag of the table's content (a zip's bytes may differ for the same table): it revalidates.
    expect(xlsx.headers.etag).toMatch(/^W\/"[\w-]+-xlsx"$/);
    expect((await t.http.get(withQuery(path, 'format=xlsx')).set('if-none-match', String(xlsx.headers.etag))).status, path).toBe(304);
    // The CSV neutralises formula-like text with a leading quote; the sheet holds text as text.
    const fromCsv = (parse(csv.text, { relax_column_count: true }) as string[][]).map((row) => row.map((cell) => cell.replace(/^'(?=[=+\-@\t\r])/, '')));
    const fromSheet = await sheetRows(xlsx.body as Buffer);
    expect(fromSheet.length, path).toBe(fromCsv.length);
    expect(fromSheet[0], path).toEqual(fromCsv[0]);
    expect(fromSheet.map((row) => row.join('|')), path).toEqual(fromCsv.map((row) => row.map((cell) => (cell === '' ? '' : cell)).join('|')));
  });

  it('writes CSV with a UTF-8 byte-order mark for ?bom=true only, the text otherwise the same', async () => {
    const plain = await bytes('/v1/organisations?format=csv');
    const marked = await bytes('/v1/organisations?format=csv&bom=true');
    const body = (res: typeof plain) => res.body as Buffer;
    expect(body(plain).subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(false);
    expect(body(marked).subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(true);
    expect(body(marked).subarray(3).equals(body(plain))).toBe(true);
    expect(body(marked).toString('utf8')).toContain('Ysbyty Gwynedd — Betsi Cadwaladr (Llandudno) Ñ');
    for (const path of ['/v1/monitoring/2024-25/summary?format=csv&bom=true', '/v1/publications/2024-25/organisations?format=csv&bom=true', '/v1/charts/regions.csv?bom=true']) {
      expect(body(await bytes(path)).subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])), path).toBe(true);
    }
    expect(body(await bytes('/v1/organisations?format=csv&bom=false')).equals(body(plain))).toBe(true);
    expect((await t.http.get('/v1/organisations?format=csv&bom=yes')).status).toBe(400);
    expect((await t.http.get('/v1/organisations?format=pdf')).status).toBe(400);
  });

  it('keeps the non-ASCII name intact in XLSX, numbers as numbers and a formula-like name as text, and refuses XLSX to a caller the list refuses', async () => {
    const rows = await sheetRows((await bytes('/v1/organisations?format=xlsx')).body as Buffer);
    expect(rows.some((row) => row.includes('Ysbyty Gwynedd — Betsi Cadwaladr (Llandudno) Ñ'))).toBe(true);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await bytes('/v1/monitoring/2024-25/flagged?format=xlsx')).body as never);
    const sheet = workbook.worksheets[0]!;
    const staffColumn = (sheet.getRow(1).values as unknown[]).indexOf('staffWte');
    expect(staffColumn).toBeGreaterThan(0);
    expect(typeof sheet.getRow(2).getCell(staffColumn).value).toBe('number');
    const names = await workbook.xlsx.load((await bytes('/v1/organisations?format=xlsx')).body as never);
    const cells: unknown[] = [];
    names.worksheets[0]!.eachRow((row) => row.eachCell((cell) => cells.push(cell.value)));
    expect(cells).toContain('=HYPERLINK("http://evil.example","click")'); // a string, not { formula }
    expect(cells.some((value) => typeof value === 'object' && value !== null && 'formula' in value)).toBe(false);
    expect((await request(t.app.server).get('/v1/organisations?format=xlsx')).status).toBe(401);
  });

  it('makes at most two table files at once for one caller (429 with Retry-After beyond), and serves them again after', async () => {
    const key = (await t.http.post('/v1/api-keys').send({ name: 'exporter', role: 'admin' })).body.key as string;
    // Distinct URLs, so that none is served from the response cache.
    const answers = await Promise.all(Array.from({ length: 8 }, (_, i) =>
      request(t.app.server).get(`/v1/audit?format=xlsx&limit=1000&offset=${i}`).set('authorization', `Bearer ${key}`)));
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s !== 200 && s !== 429)).toEqual([]);
    expect(statuses).toContain(429);
    const refused = answers.find((a) => a.status === 429)!;
    expect(refused.headers['retry-after']).toBe('2');
    expect(JSON.parse(refused.text).detail).toMatch(/table files?/);
    expect((await request(t.app.server).get('/v1/audit?format=xlsx&limit=10').set('authorization', `Bearer ${key}`)).status).toBe(200);
  });

  it('writes a text a spreadsheet cannot hold (a noncharacter stored before it was refused) as U+FFFD, keeping the file readable', async () => {
    const buffer = await xlsxOf('Sheet', [{ header: 'name', value: (row: { name: string }) => row.name }], [{ name: 'bad\uffffname\u0001' }]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as never);
    expect(workbook.worksheets[0]!.getRow(2).getCell(1).value).toBe('bad\ufffdname\ufffd');
  });
});
