import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { findFreePort } from '../src/db/embedded.ts';

/*
 * The README's first session, run as written, in order, in one bash shell: `export ADMIN_API_KEY`,
 * `npm start -- --demo` in the background (the real service on its embedded PostgreSQL, with the
 * demo data), the keys, the PUT, the analyst's reads and the import tool. Only `npm install` is
 * skipped (it has run), and the service is told a free port and a data directory of its own
 * (PORT, DATA_DIR; the commands' localhost:3000 becomes that port, and STAFF_RATIO_URL points the
 * tool there). Every curl's HTTP status is recorded on stderr, leaving its output as the README
 * shows it. The service runs on the real date: the demo's open window stays open a year after loading.
 */

const SECTION = '## A first session on the demo data';
const PUBLISHING_DAY = "## An HEE analyst's publishing day";
const MARK = '=== publishing day ===';
const RATIO_REVIEW = '## Two questions for the ratio review';
const REVIEW_MARK = '=== ratio review ===';
let dataDir: string | undefined;
afterAll(async () => {
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

/** The shell commands of a README section, block by block. */
async function sessionCommands(title = SECTION): Promise<string[]> {
  const readme = await readFile('README.md', 'utf8');
  const start = readme.indexOf(title);
  expect(start).toBeGreaterThan(0);
  const section = readme.slice(start, readme.indexOf('\n## ', start + title.length));
  return [...section.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!);
}

/** Runs a script in its own process group; at the end, Ctrl-C (SIGINT) to the group stops the service. */
function runSession(script: string, env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const shell = spawn('bash', ['-e', '-o', 'pipefail', '-c', script], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  shell.stdout.on('data', (chunk) => (stdout += chunk));
  shell.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve) => shell.once('exit', (code) => resolve({ code, stdout, stderr })));
}

it("runs the README's first session as written: the service starts with the demo data, every request answers as shown, the return is stored, the dry run lists its warnings, and the publishing day publishes and shows what is pending", async () => {
  const blocks = await sessionCommands();
  expect(blocks.length).toBeGreaterThanOrEqual(5);
  const port = await findFreePort();
  dataDir = await mkdtemp(path.join(tmpdir(), 'staff-ratio-readme-'));
  const lines = blocks.join('\n').split('\n').filter((line) => !/^npm install\b/.test(line));
  const check = (url: string) => `command curl -s ${url} -H "Authorization: Bearer $ANALYST_KEY"; echo`;
  const script = [
    // On any exit, Ctrl-C to the whole session (the service and its PostgreSQL), then wait for it.
    `trap 'trap "" INT; kill -INT -- -$$ 2>/dev/null; wait' EXIT`,
    `curl() { command curl -w '%{stderr}HTTP %{http_code}\\n' "$@"; }`,
    ...lines.map((line) => line.replaceAll('localhost:3000', `localhost:${port}`)),
    // What this test checks afterwards, each answer on a line of its own.
    'echo',
    check(`localhost:${port}/v1/organisations/ZD007/returns/2025-26`),
    check(`localhost:${port}/v1/monitoring/2025-26/summary`),
    check(`'localhost:${port}/v1/monitoring/2025-26/summary?groupBy=region'`),
    `command curl -s -o /dev/null -w 'ZD025 %{http_code}\\n' localhost:${port}/v1/organisations/ZD025/returns/2025-26 -H "Authorization: Bearer $ANALYST_KEY"`,
    // Then the publishing day, in the same shell.
    `echo '${MARK}'`,
    ...(await sessionCommands(PUBLISHING_DAY)).join('\n').split('\n').map((line) => line.replaceAll('localhost:3000', `localhost:${port}`)),
    // Then the ratio review's questions, in the same shell.
    `echo '${REVIEW_MARK}'`,
    ...(await sessionCommands(RATIO_REVIEW)).join('\n').split('\n').map((line) => line.replaceAll('localhost:3000', `localhost:${port}`)),
  ].join('\n');
  await rm('service.log', { force: true });
  const { code, stdout, stderr } = await runSession(script, {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    STAFF_RATIO_URL: `http://127.0.0.1:${port}`,
    npm_config_dry_run: '',
  });
  const log = await readFile('service.log', 'utf8').catch(() => '');
  expect(code, stderr.slice(-3000) + log.slice(-3000)).toBe(0);
  const statuses = [...stderr.matchAll(/^HTTP (\d{3})$/gm)].map((m) => Number(m[1]));
  // ready, two keys, the PUT, three analyst reads, flagged, completeness; then the publishing day:
  // the reviewer's key, progress, the approval refused, the acknowledgement, the approval, publishing,
  // the open read, the XLSX, the amendment, the summary's status and pending; then the ratio
  // review: the organisations, two projections and the scenario
  expect(statuses.slice(-24)).toEqual([200, 201, 201, 201, 200, 200, 200, 200, 200, 201, 200, 409, 200, 200, 201, 200, 200, 200, 200, 200, 200, 200, 200, 200]);
  expect(statuses.slice(0, -24).every((status) => status === 200 || status === 0 || status === 503)).toBe(true); // waiting for ready

  const [session, rest] = stdout.split(MARK) as [string, string];
  const [day, review] = rest.split(REVIEW_MARK) as [string, string];
  // The ratio review's answers are those the README shows, line for line.
  const readmeText = await readFile('README.md', 'utf8');
  const fences = [...readmeText.slice(readmeText.indexOf(RATIO_REVIEW)).matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)];
  const shown = fences.find((fence) => fence[1] === '')![2]!.trim();
  expect(review.trim()).toBe(shown);
  expect(day).toContain('location: /v1/publications/2025-26/versions/1');
  expect(day).toMatch(/^version 1: England 1:1,\d{3}, \d+ of 218 returns, \d+ awaiting approval$/m);
  expect(day).toMatch(/^revised$/m);
  expect(day).toContain('ZD007 amended: 1:1,628 → 1:1,241');
  expect(day).toContain('"unacknowledgedWarnings":["late_submission"]');
  expect(day).toContain(`{"type":"http://localhost:${port}/problems/conflict","title":"Conflict"`);
  expect(day).toContain('"status":"approved","approval":{"revision":2,');
  const xlsx = await readFile('organisations-2025-26.xlsx');
  expect(xlsx.subarray(0, 2).toString()).toBe('PK'); // a zip: the XLSX container
  await rm('organisations-2025-26.xlsx', { force: true });

  const answer = (pattern: RegExp) => JSON.parse(session.split('\n').findLast((line) => pattern.test(line))!);
  expect(answer(/^\{"odsCode":"ZD007"/)).toMatchObject({
    staffWte: 5210.5, qualifiedWte: 3.2, staffSource: 'ESR', comment: 'checked by the data lead', submittedBy: 'ZD007 data lead',
  });
  expect(session).toContain('"ratioDisplay":"1:1,628"');
  expect(stdout).toContain('key,name,organisationsExpected,organisationsReported,');
  expect(stdout).toContain('Dry run (nothing stored)');
  expect(stdout).toContain('3 rows: 3 created, 0 updated, 0 unchanged, 0 rejected.');
  expect(stdout).toMatch(/line 3 {2}zd042 2025-26 {2}no_qualified_staff/);
  expect(stdout).toContain('ZD025 404'); // the dry run stored nothing

  // What the README shows of the answers, after its own PUT.
  type Summary = { groups: Record<string, unknown>[] };
  const national = (answer(/^\{"year":"2025-26".*"key":"national"/) as Summary).groups[0]!;
  const london = (answer(/^\{"year":"2025-26".*"key":"Y56"/) as Summary).groups.find((g) => g.key === 'Y56')!;
  const readme = await readFile('README.md', 'utf8');
  expect(readme).toContain(`"organisationsExpected":${national.organisationsExpected},"organisationsReported":${national.organisationsReported}`);
  expect(readme).toContain(`"ratioDisplay":"${national.ratioDisplay}","band":"${national.band}","flagged":${national.flagged},"gapWte":${national.gapWte}`);
  expect(readme).toContain(`Y56,London,${london.organisationsExpected},${london.organisationsReported},`);
  expect(log).toMatch(/"msg":"stopped"/);
}, 240_000);
