import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { loadDemoData } from '../../src/demo/load.ts';
import { TEST_ADMIN_KEY, createTestApp, type TestApp } from '../support/app.ts';
import { createKey } from '../support/fixtures.ts';
import { SCREENSHOTS, browserAvailable, expectAccessible, launch } from './support.ts';

/*
 * The year's work through the pages, in Chromium: a trust's data lead signs in, fills in the
 * return (seeing the band change as they type), sends it, confirms its warning from the keyboard;
 * a regional reviewer approves it; an admin publishes; the public page then shows the figure
 * without a key. The service runs on the real date, as the demo's windows do.
 */

const available = browserAvailable();
let t: TestApp;
let browser: Browser;
let base: string;
const keys: Record<'lead' | 'reviewer', string> = { lead: '', reviewer: '' };
const visited: string[] = [];

beforeAll(async () => {
  if (!available) return;
  t = await createTestApp({ today: new Date().toISOString().slice(0, 10) });
  await loadDemoData(t.app.db.pool);
  keys.lead = await createKey(t.http, 'submitter', { organisations: ['ZD007'] });
  keys.reviewer = await createKey(t.http, 'reviewer', { regions: ['Y56'] });
  base = await t.app.listen({ port: 0, host: '127.0.0.1' });
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

async function signIn(key: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  const page = await context.newPage();
  page.on('framenavigated', (frame) => visited.push(frame.url()));
  await page.goto(`${base}/sign-in`);
  await page.getByLabel('API key').fill(key);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${base}/my`);
  return { context, page };
}

const shot = (page: Page, name: string) => page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });

describe.runIf(available)('a year of work through the pages', () => {
  it('lets a data lead fill in a return, watching the band change as they type, and send it', async () => {
    const { context, page } = await signIn(keys.lead);
    await expectAccessible(page);
    await shot(page, 'my-returns');
    // The session is an HttpOnly, SameSite=Strict cookie; nothing is in the page's storage.
    const [cookie] = await context.cookies();
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
    expect(cookie!.value).not.toContain(keys.lead);
    await expect(page.evaluate(() => (globalThis as unknown as { localStorage: { length: number } }).localStorage.length)).resolves.toBe(0);

    await page.getByRole('link', { name: /Fill in/ }).click();
    await page.getByLabel('NHS staff served (WTE)').fill('5210.5');
    await page.getByLabel('Qualified library and knowledge specialists (WTE)').fill('2');
    await expect.poll(() => page.locator('#preview-band').textContent(), { timeout: 5000 }).toBe('Flagged');
    await expect.poll(() => page.locator('#preview-ratio').textContent(), { timeout: 5000 }).toBe('1:2,605');
    await page.getByLabel('Qualified library and knowledge specialists (WTE)').fill('3.2');
    await expect.poll(() => page.locator('#preview-band').textContent(), { timeout: 5000 }).toBe('Short of target');
    await expect.poll(() => page.locator('#preview-ratio').textContent()).toBe('1:1,628');
    await expectAccessible(page);
    await shot(page, 'return-form');
    await page.getByRole('button', { name: 'Send the return' }).click();
    await expect.poll(() => page.locator('[role=status]').textContent()).toContain('Saved as revision 1');
    expect(await page.locator('table tbody tr').count()).toBe(1);
    await context.close();
  });

  it('lets the data lead confirm the warning using the keyboard alone', async () => {
    const { context, page } = await signIn(keys.lead);
    await page.goto(`${base}/my/returns/ZD007/2025-26`);
    const warnings = await page.locator('.nhsuk-checkboxes__input').count();
    expect(warnings).toBeGreaterThan(0);
    // Only the keyboard: Tab to each control (at most a page's worth of presses), Space to tick.
    const focusedId = () => page.evaluate(() => (globalThis as unknown as { document: { activeElement: { id: string } | null } }).document.activeElement?.id ?? '');
    const tabTo = async (id: string) => {
      for (let presses = 0; presses < 80 && (await focusedId()) !== id; presses += 1) await page.keyboard.press('Tab');
      expect(await focusedId()).toBe(id);
    };
    const boxes = await page.locator('.nhsuk-checkboxes__input').evaluateAll((inputs) => inputs.map((input) => (input as unknown as { id: string }).id));
    for (const box of boxes) {
      await tabTo(box);
      await page.keyboard.press('Space');
    }
    await tabTo('comment');
    await page.keyboard.type('Checked by the data lead; sent late.');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => (globalThis as unknown as { document: { activeElement: { textContent: string } } }).document.activeElement.textContent.trim())).resolves.toBe('Send the return');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[role=status]').textContent()).toContain('Saved as revision 2');
    expect(await page.locator('table tbody tr').count()).toBe(2);
    // What was stored: every warning confirmed, with the explanation typed.
    const saved = (await t.http.get('/v1/organisations/ZD007/returns/2025-26')).body;
    expect([...saved.acknowledgedWarnings].sort()).toEqual(saved.warnings.map((w: { code: string }) => w.code).sort());
    expect(saved.comment).toBe('Checked by the data lead; sent late.');
    await context.close();
  });

  it("checks a file of returns and shows each row's result, storing nothing", async () => {
    const { context, page } = await signIn(keys.lead);
    await page.goto(`${base}/my/upload`);
    await page.setInputFiles('#file', { name: 'returns.csv', mimeType: 'text/csv', buffer: Buffer.from('odsCode,year,staffWte,qualifiedWte\nZD007,2025-26,5300,3.2\nZD008,2025-26,abc,1\n') });
    await page.getByRole('button', { name: 'Upload' }).click();
    await expect.poll(() => page.locator('[role=status]').textContent()).toContain('1 rejected');
    const rows = await page.locator('#results ~ table tbody tr').allTextContents();
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/3\s*ZD008/); // rejected rows first
    await expectAccessible(page);
    await shot(page, 'upload');
    expect((await t.http.get('/v1/organisations/ZD007/returns/2025-26')).body.staffWte).toBe(5210.5);
    await context.close();
  });

  it('lets a reviewer of the region approve it', async () => {
    const { context, page } = await signIn(keys.reviewer);
    await page.goto(`${base}/my/approvals?year=2025-26`);
    await expectAccessible(page);
    await shot(page, 'approvals');
    await page.getByRole('button', { name: 'Approve ZD007' }).click();
    await expect.poll(() => page.locator('[role=status]').textContent()).toContain('Approved ZD007, revision 2');
    const api = await t.http.get('/v1/organisations/ZD007/returns/2025-26');
    expect(api.body).toMatchObject({ status: 'approved', approval: { revision: 2 } });
    await context.close();
  });

  it('lets an admin publish, and the public then reads the new figure without a key', async () => {
    const { context, page } = await signIn(TEST_ADMIN_KEY);
    await page.goto(`${base}/my/publish?year=2025-26`);
    await expectAccessible(page);
    await shot(page, 'publish');
    await page.getByRole('button', { name: 'Publish 2025-26' }).click();
    await page.waitForURL(`${base}/years/2025-26`);
    await context.close();

    const anonymous = await browser.newPage();
    await anonymous.goto(`${base}/organisations/ZD007`);
    await expect(anonymous.locator('.nhsuk-summary-list').textContent()).resolves.toContain('Ratio in 2025-26');
    await expect(anonymous.locator('.nhsuk-summary-list').textContent()).resolves.toContain('1:1,628');
    await shot(anonymous, 'organisation-after-publishing');
    await anonymous.close();
  });

  it('forgets the key on sign-out, and never puts it in a URL', async () => {
    const { context, page } = await signIn(keys.lead);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(`${base}/`);
    expect(await context.cookies()).toEqual([]);
    await page.goto(`${base}/my`);
    expect(page.url()).toBe(`${base}/sign-in`);
    await context.close();
    for (const key of Object.values(keys).concat(TEST_ADMIN_KEY)) expect(visited.filter((url) => url.includes(key))).toEqual([]);
  });
});
