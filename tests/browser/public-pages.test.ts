import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { loadDemoData } from '../../src/demo/load.ts';
import { createTestApp, type TestApp } from '../support/app.ts';
import { SCREENSHOTS, browserAvailable, expectAccessible, launch } from './support.ts';

/*
 * The public pages in a real Chromium, on the demo data, without a key: what they say is what the
 * open data says, they pass axe-core's WCAG 2.2 AA rules, work from the keyboard, load nothing
 * from anywhere but the service and run no inline script.
 */

const available = browserAvailable();
let t: TestApp;
let browser: Browser;
let base: string;
const outside: string[] = [];
const consoleErrors: string[] = [];

beforeAll(async () => {
  if (!available) return;
  t = await createTestApp();
  await loadDemoData(t.app.db.pool);
  base = await t.app.listen({ port: 0, host: '127.0.0.1' });
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

async function open(path: string, screenshot: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  page.on('request', (request) => { if (!request.url().startsWith(base) && !request.url().startsWith('data:')) outside.push(request.url()); });
  page.on('console', (message) => { if (message.type() === 'error') consoleErrors.push(`${path}: ${message.text()}`); });
  const response = await page.goto(`${base}${path}`);
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  await page.screenshot({ path: `${SCREENSHOTS}/${screenshot}.png`, fullPage: true });
  await page.screenshot({ path: `${SCREENSHOTS}/${screenshot}-first-screen.png` });
  return page;
}

describe.runIf(available)('the public pages', () => {
  it("show the latest published year as the open data does, with charts, tables and working downloads", async () => {
    const published = (await t.http.get('/v1/publications/2024-25').set('accept-encoding', 'identity')).body;
    const page = await open('/', 'home');
    await expect(page.locator('h1').textContent()).resolves.toContain('2024-25');
    const headline = await page.locator('.nhsuk-summary-list__row', { hasText: 'England' }).first().textContent();
    expect(headline).toContain(published.summary.national.ratioDisplay);
    const reported = await page.locator('.nhsuk-summary-list__row', { hasText: 'Organisations reported' }).textContent();
    expect(reported).toContain(`${published.completeness.reported} of ${published.completeness.expected}`);
    // Each chart has its title and description, and a table of what it draws.
    const titles = await page.locator('figure svg title').allTextContents();
    expect(titles).toEqual([expect.stringContaining('England'), expect.stringContaining('Regions compared'), expect.stringContaining('Organisations by band')]);
    expect(await page.locator('figure details table').count()).toBe(3);
    // The flagged list is the publication's, in its order.
    const flaggedCodes = await page.locator('#flagged ~ table tbody tr td:first-child').allTextContents();
    expect(flaggedCodes.map((text) => /\((\w+)\)/.exec(text)![1])).toEqual(published.flagged.map((o: { odsCode: string }) => o.odsCode));
    const links = await page.locator('.app-downloads a').evaluateAll((anchors) => anchors.map((a) => (a as unknown as { href: string }).href));
    // CSV and XLSX under the three charts' tables, the regions table, the flagged list, and for every organisation.
    expect(links).toHaveLength(12);
    for (const link of links) {
      const res = await fetch(link);
      expect(res.status, link).toBe(200);
    }
    await expectAccessible(page);
  });

  it('show a region, an organisation with its library service, earlier years and the report', async () => {
    const region = await open('/regions/Y56', 'region');
    await expect(region.locator('h1').textContent()).resolves.toContain('London');
    await expectAccessible(region);
    const organisation = await open('/organisations/ZD031', 'organisation');
    await expect(organisation.locator('.nhsuk-summary-list').textContent()).resolves.toContain('DLSEAST');
    await expect(organisation.locator('figure svg title').textContent()).resolves.toContain('staff per qualified specialist');
    await expectAccessible(organisation);
    const years = await open('/years', 'years');
    expect(await years.locator('main li').count()).toBe(7);
    await expectAccessible(years);
    const earlier = await open('/years/2022-23', 'year-2022-23');
    await expect(earlier.locator('.nhsuk-caption-l').textContent()).resolves.toContain('version 2');
    await expectAccessible(earlier);
    const report = await open('/v1/publications/2024-25/report', 'report');
    expect(await report.locator('figure svg').count()).toBe(4);
    await expectAccessible(report);
    const missing = await open('/organisations/ZZ999', 'not-found');
    await expect(missing.locator('h1').textContent()).resolves.toBe('Page not found');
    await expectAccessible(missing);
  });

  it('work from the keyboard: the skip link comes first, and a chart\'s table opens with Enter', async () => {
    const page = await open('/', 'home-keyboard');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => (globalThis as unknown as { document: { activeElement: { textContent: string } | null } }).document.activeElement?.textContent?.trim())).resolves.toBe('Skip to main content');
    await page.keyboard.press('Enter');
    expect(page.url()).toContain('#maincontent');
    const summary = page.locator('figure details summary').first();
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('figure details').first().getAttribute('open')).resolves.not.toBeNull();
  });

  it('load nothing from outside the service and run no inline script', async () => {
    const page = await open('/', 'home-again');
    const inline = await page.locator('script:not([src])').count();
    expect(inline).toBe(0);
    expect(outside).toEqual([]);
    // The one error allowed: the 404 page's own status, which Chromium reports for the document.
    expect(consoleErrors.filter((e) => !e.startsWith('/organisations/ZZ999: Failed to load resource: the server responded with a status of 404'))).toEqual([]);
  });
});
