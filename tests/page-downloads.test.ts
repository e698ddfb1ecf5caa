import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoData } from '../src/demo/load.ts';
import { createTestApp, type TestApp } from './support/app.ts';

/*
 * Every table on the public pages has its downloads under it (CSV and XLSX), and each download
 * holds the rows the table shows: counted from the page, and checked against the published
 * version filtered here by hand.
 */

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await loadDemoData(t.app.db.pool);
});
afterAll(() => t.close());

const anonymous = () => request(t.app.server);
const bytes = (path: string) => anonymous().get(path).buffer(true).parse((res, done) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
});
const decode = (href: string) => href.replace(/&amp;/g, '&');

/** Each table of a page, with its body rows' first cells and the links in the downloads paragraph after it. */
function tablesOf(html: string) {
  return html.split('<table').slice(1).map((part) => {
    const [table, after] = part.split('</table>') as [string, string];
    const untilNext = after.split(/<table|<h2/)[0]!;
    const body = table.split('<tbody')[1] ?? '';
    const rows = [...body.matchAll(/<tr[^>]*>\s*<td[^>]*>(?:<span[^>]*>[^<]*<\/span>)?(?:<a[^>]*>)?([^<]*)/g)].map((m) => m[1]!.trim());
    const caption = /<caption[^>]*>([^<]*)</.exec(table)?.[1]?.trim() ?? '';
    const links = /app-downloads/.test(untilNext) ? [...untilNext.matchAll(/href="([^"]+)"/g)].map((m) => decode(m[1]!)) : [];
    return { caption, rows, links };
  });
}

const published = async () => (await anonymous().get('/v1/publications/2024-25').set('accept-encoding', 'identity')).body as {
  organisations: { odsCode: string; name: string; regionCode: string; band: string | null }[];
  summary: { regions: { key: string; name: string }[] };
};

describe('the downloads under every table of the public pages', () => {
  it('follow every table, and each CSV and XLSX holds the rows the table shows', async () => {
    const demo = await published();
    const somebody = demo.organisations[0]!;
    const pages = ['/', '/years/2022-23', `/regions/${somebody.regionCode}`, `/organisations/${somebody.odsCode}`];
    let checked = 0;
    for (const page of pages) {
      const html = (await anonymous().get(page)).text;
      const tables = tablesOf(html);
      expect(tables.length, page).toBeGreaterThan(0);
      for (const table of tables) {
        expect(table.links.map((l) => /[?&]format=(\w+)|\.(csv|xlsx)\b/.exec(l)?.slice(1).find(Boolean)).sort(), `${page}: ${table.caption}`).toEqual(['csv', 'xlsx']);
        const csvLink = table.links.find((l) => /format=csv|\.csv\b/.test(l))!;
        const csv = await anonymous().get(csvLink);
        expect(csv.status, csvLink).toBe(200);
        expect(csv.headers['content-type']).toMatch(/^text\/csv/);
        const records = parse(csv.text, { columns: true }) as Record<string, string>[];
        expect(records.length, `${page}: ${table.caption}`).toBe(table.rows.length);
        const xlsxLink = table.links.find((l) => /format=xlsx|\.xlsx\b/.test(l))!;
        const xlsx = await bytes(xlsxLink);
        expect(xlsx.status, xlsxLink).toBe(200);
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(xlsx.body as never);
        expect(workbook.worksheets[0]!.actualRowCount - 1, xlsxLink).toBe(records.length);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(8);
  });

  it("give the flagged list and a region's organisations as the published version filtered by hand", async () => {
    const demo = await published();
    const region = demo.summary.regions[0]!;
    const flagged = demo.organisations.filter((o) => o.band === 'flagged').map((o) => o.odsCode).sort();
    const inRegion = demo.organisations.filter((o) => o.regionCode === region.key).map((o) => o.odsCode).sort();
    expect(flagged.length).toBeGreaterThan(0);
    const linksOf = async (page: string) => tablesOf((await anonymous().get(page)).text).flatMap((table) => table.links);
    const flaggedCsv = (await linksOf('/')).find((l) => l.includes('band=flagged') && l.includes('format=csv'))!;
    const regionCsv = (await linksOf(`/regions/${region.key}`)).find((l) => l.includes(`region=${region.key}`) && l.includes('format=csv'))!;
    const codes = async (link: string) => (parse((await anonymous().get(link)).text, { columns: true }) as { odsCode: string }[]).map((r) => r.odsCode).sort();
    expect(await codes(flaggedCsv)).toEqual(flagged);
    const everyCsv = [...(await anonymous().get('/')).text.matchAll(/href="([^"]+)"/g)].map((m) => decode(m[1]!))
      .find((l) => l.includes('/organisations?format=csv'))!;
    expect(await codes(everyCsv)).toEqual(demo.organisations.map((o) => o.odsCode).sort());
    expect(await codes(regionCsv)).toEqual(inRegion);
    // The filters also serve JSON, and refuse a band that does not exist.
    const json = await anonymous().get(`/v1/publications/2024-25/organisations?region=${region.key.toLowerCase()}&band=flagged`);
    expect(json.body.data.map((o: { odsCode: string }) => o.odsCode).sort()).toEqual(
      demo.organisations.filter((o) => o.regionCode === region.key && o.band === 'flagged').map((o) => o.odsCode).sort(),
    );
    expect((await anonymous().get('/v1/publications/2024-25/organisations?band=worst')).status).toBe(400);
  });

  it("give a chart's table as the chart draws it, and refuse a chart that does not exist", async () => {
    const demo = await published();
    const csv = await anonymous().get('/v1/charts/regions.csv?year=2024-25');
    expect(csv.headers['content-disposition']).toContain('chart-regions.csv');
    const rows = parse(csv.text, { columns: true }) as { Region: string }[];
    expect(rows.map((r) => r.Region).sort()).toEqual(demo.summary.regions.map((r) => r.name).sort());
    expect((await anonymous().get('/v1/charts/regions.pdf')).status).toBe(400);
    expect((await anonymous().get('/v1/charts/organisation.csv')).status).toBe(400);
  });
});
