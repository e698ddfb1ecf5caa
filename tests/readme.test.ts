import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadDemoData } from '../src/demo/load.ts';
import { createTestApp, TEST_ADMIN_KEY, type TestApp } from './support/app.ts';

/*
 * The README's first session, run as written, in order, in one bash shell. This test starts the
 * service itself (with the demo data and ADMIN_API_KEY) in place of the first block's `npm install`,
 * `export ADMIN_API_KEY=` and `npm start` lines, on a free port where the README says 3000.
 * The import tool is pointed there by STAFF_RATIO_URL. Every curl's HTTP status is recorded (on stderr, leaving its output as the README shows it).
 */

const SECTION = '## A first session on the demo data';
const SKIPPED = /^(npm install|npm start|export ADMIN_API_KEY=)/;
const run = promisify(execFile);
let t: TestApp;
let port: number;

beforeAll(async () => {
  t = await createTestApp();
  expect(await loadDemoData(t.app.db.pool)).toMatchObject({ loaded: true });
  const address = new URL(await t.app.listen({ port: 0, host: '127.0.0.1' }));
  port = Number(address.port);
}, 120_000);
afterAll(() => t.close());

/** The shell commands of the README's first session, block by block. */
async function sessionCommands(): Promise<string[]> {
  const readme = await readFile('README.md', 'utf8');
  const start = readme.indexOf(SECTION);
  expect(start).toBeGreaterThan(0);
  const section = readme.slice(start, readme.indexOf('\n## ', start + SECTION.length));
  return [...section.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!);
}

it("runs the README's first session as written: every request answers 2xx, the return is stored and the dry run lists its warnings", async () => {
  const blocks = await sessionCommands();
  expect(blocks.length).toBeGreaterThanOrEqual(5);
  const lines = blocks.join('\n').split('\n').filter((line) => !SKIPPED.test(line));
  const script = [
    `curl() { command curl -w '%{stderr}HTTP %{http_code}\\n' "$@"; }`,
    ...lines.map((line) => line.replaceAll('localhost:3000', `localhost:${port}`)),
  ].join('\n');
  const { stdout, stderr } = await run('bash', ['-e', '-o', 'pipefail', '-c', script], {
    env: { ...process.env, ADMIN_API_KEY: TEST_ADMIN_KEY, STAFF_RATIO_URL: `http://127.0.0.1:${port}`, npm_config_dry_run: '' },
    timeout: 170_000,
    maxBuffer: 16 * 1024 * 1024,
  });
  const statuses = [...stderr.matchAll(/^HTTP (\d{3})$/gm)].map((m) => Number(m[1]));
  // ready, two keys, the PUT, three analyst reads, flagged, completeness
  expect(statuses).toEqual([200, 201, 201, 201, 200, 200, 200, 200, 200]);

  const stored = await t.http.get('/v1/organisations/ZD007/returns/2025-26');
  expect(stored.body).toMatchObject({ staffWte: 5210.5, qualifiedWte: 3.2, comment: 'checked by the data lead', submittedBy: 'ZD007 data lead' });
  expect(stdout).toContain('"ratioDisplay":"1:1,628"');
  expect(stdout).toContain('key,name,organisationsExpected,organisationsReported,');
  expect(stdout).toContain('Dry run (nothing stored)');
  expect(stdout).toContain('3 rows: 3 created, 0 updated, 0 unchanged, 0 rejected.');
  expect(stdout).toMatch(/line 3 {2}zd042 2025-26 {2}no_qualified_staff/);
  expect((await t.http.get('/v1/organisations/ZD025/returns/2025-26')).status).toBe(404);
  // What the README shows of the answers, after its own PUT.
  const national = (await t.http.get('/v1/monitoring/2025-26/summary')).body.groups[0];
  const london = (await t.http.get('/v1/monitoring/2025-26/summary?groupBy=region')).body.groups.find((g: { key: string }) => g.key === 'Y56');
  const readme = await readFile('README.md', 'utf8');
  expect(readme).toContain(`"organisationsExpected":${national.organisationsExpected},"organisationsReported":${national.organisationsReported}`);
  expect(readme).toContain(`Y56,London,${london.organisationsExpected},${london.organisationsReported},`);
  expect(readme).toContain(`"ratioDisplay":"${national.ratioDisplay}","band":"${national.band}","flagged":${national.flagged},"gapWte":${national.gapWte}`);
}, 180_000);
