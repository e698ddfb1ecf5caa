import { spawn } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, TEST_ADMIN_KEY, type TestApp } from './support/app.ts';
import { countRows } from './support/fixtures.ts';

let t: TestApp;
let url: string;
let dir: string;
beforeAll(async () => {
  t = await createTestApp();
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const address = t.app.server.address();
  url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  dir = await mkdtemp(path.join(tmpdir(), 'import-'));
});
afterAll(() => t.close());

function runImport(args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/import.ts', ...args, '--url', url], {
      env: { ...process.env, STAFF_RATIO_API_KEY: TEST_ADMIN_KEY },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

it('loads organisations, successors included, and says what it did', async () => {
  const file = path.join(dir, 'orgs.csv');
  await writeFile(file, 'odsCode,name,type,regionCode,openedOn,closedOn,successorOdsCode\nIM1,Import One,acute,Y56,,2021-03-31,IM2\nIM2,Import Two,acute,Y56,2021-04-01,,\n');
  const first = await runImport(['--organisations', file]);
  expect(first.code).toBe(0);
  expect(first.output).toMatch(/│ 0\s+│ 2\s+│ 2\s+│ 0\s+│ 0\s+│ 0\s+│/); // received 2, created 2
  expect((await t.http.get('/v1/organisations/IM1')).body).toMatchObject({ closedOn: '2021-03-31', successorOdsCode: 'IM2' });
  const again = await runImport(['--organisations', file]);
  expect(again.output).toMatch(/│ 0\s+│ 2\s+│ 0\s+│ 0\s+│ 2\s+│ 0\s+│/); // both unchanged
});

it('imports returns, reports rejected rows by CSV line with exit code 2, and is safe to run again', async () => {
  const file = path.join(dir, 'returns.csv');
  await writeFile(file, 'odsCode,year,staffWte,qualifiedWte\r\nIM1,2020-21,1000,1\r\nIM2,2021-22,500,900\r\nIM2,2022-23,2500,2\r\n');
  const before = await countRows(t.db.url, 'return_revisions');
  const first = await runImport([file]);
  expect(first.code).toBe(2);
  expect(first.output).toContain('3 rows: 2 created, 0 updated, 0 unchanged, 1 rejected.');
  expect(first.output).toMatch(/Rejected rows:\n {2}line 3 {2}IM2 2021-22 {2}qualifiedWte: must not be more than staffWte/);
  expect(await countRows(t.db.url, 'return_revisions')).toBe(before + 2);
  const again = await runImport([file]);
  expect(again.code).toBe(2);
  expect(await countRows(t.db.url, 'return_revisions')).toBe(before + 2);
  const dry = await runImport([file, '--dry-run']);
  expect(dry.output).toContain('Dry run (nothing stored)');
});

it('explains how to call it when the key is missing', async () => {
  const result = await new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/import.ts', 'x.csv'], { env: { ...process.env, STAFF_RATIO_API_KEY: '' } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => resolve({ code, output }));
  });
  expect(result.code).toBe(1);
  expect(result.output).toContain('Usage:');
  expect(result.output).toContain('No API key');
});
