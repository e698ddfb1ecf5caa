import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_ADMIN_KEY, type TestApp } from './support/app.ts';
import { withOpenAndClosedDemoApps } from './support/pages.ts';

/*
 * `npm run report`: the annual report saved from a running service as one standalone HTML file,
 * or a clear refusal (exit 1) naming what went wrong.
 */

let open: TestApp;
let closed: TestApp;
withOpenAndClosedDemoApps((o, c) => ([open, closed] = [o, c]));
const urls: Record<'open' | 'closed', string> = { open: '', closed: '' };
let dir: string;
beforeAll(async () => {
  urls.open = await open.app.listen({ port: 0, host: '127.0.0.1' });
  urls.closed = await closed.app.listen({ port: 0, host: '127.0.0.1' });
  dir = mkdtempSync(join(tmpdir(), 'report-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function report(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--import', 'tsx', resolve('src/cli/report.ts'), ...args], { env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

describe('the report command', () => {
  it("saves the year's report as one standalone HTML file holding the published figure", async () => {
    const out = join(dir, 'report.html');
    const result = await report(['2024-25', '--out', out, '--url', urls.open]);
    expect(result.code, result.stderr).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).not.toMatch(/<link rel="stylesheet"/);
    expect(html).toMatch(/<style>[\s\S]*\.nhsuk-/);
    const published = (await request(open.app.server).get('/v1/publications/2024-25').set('accept-encoding', 'identity')).body;
    expect(html).toContain(published.summary.national.ratioDisplay);
  });

  it('refuses a year not published, and a closed instance without a key, with exit 1 and the reason', async () => {
    const missing = await report(['2030-31', '--out', join(dir, 'none.html'), '--url', urls.open]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('answered 404');
    const keyless = await report(['2024-25', '--out', join(dir, 'closed.html'), '--url', urls.closed]);
    expect(keyless.code).toBe(1);
    expect(keyless.stderr).toContain('answered 401');
    const keyed = await report(['2024-25', '--out', join(dir, 'closed.html'), '--url', urls.closed, '--key', TEST_ADMIN_KEY]);
    expect(keyed.code, keyed.stderr).toBe(0);
  });

  it('says clearly that no PDF was made when there is no Chromium', async () => {
    const result = await report(['2024-25', '--out', join(dir, 'nopdf.html'), '--url', urls.open, '--pdf'], { CHROMIUM_PATH: '/nonexistent/chromium' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('No PDF');
  });
});
