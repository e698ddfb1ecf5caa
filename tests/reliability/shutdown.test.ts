import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, isProblem, recordFigures, type Answer } from './support/http.ts';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { makeDataDir, postgresProcesses, sleep, startCluster, startService, stopService, waitUntilGone, type Cluster, type Service } from './support/service.ts';

const run = promisify(execFile);

/*
 * SIGTERM in the middle of a load: requests in flight (a large bulk file among them) complete,
 * later ones are refused cleanly (503 problem+json or a refused connection), the process exits 0,
 * and every acknowledged write is in the database afterwards.
 */

const YEAR = '2024-25';
const CODES = Array.from({ length: 240 }, (_, i) => `SD${String(i).padStart(3, '0')}`);
const LOADED = CODES.slice(0, 30);
const BULK_YEARS = Array.from({ length: 20 }, (_, i) => `${2000 + i}-${String((2001 + i) % 100).padStart(2, '0')}`);
let cluster: Cluster;
let url: string;

beforeAll(async () => {
  cluster = await startCluster('shutdown');
  url = cluster.url;
});

afterAll(() => cluster?.remove());

describe('a graceful shutdown under load', () => {
  it('completes requests in flight, refuses new ones cleanly, exits 0 and keeps every acknowledged write', async () => {
    let service: Service = await startService({ DATABASE_URL: url });
    for (const odsCode of CODES) {
      await call(service.url, 'POST', '/v1/organisations', { body: { odsCode, name: `Shutdown ${odsCode}`, type: 'acute', regionCode: 'Y56' } });
    }
    const answers: { answer: Answer; write?: { odsCode: string; staffWte: number } }[] = [];
    let stopping = false;
    let next = 0;
    const worker = async () => {
      // After the signal, each worker tries a few more requests: they must be refused cleanly.
      for (let after = 0; !stopping || after < 5; after += stopping ? 1 : 0) {
        const n = next++;
        const odsCode = LOADED[n % LOADED.length]!;
        if (n % 3 === 0) {
          answers.push({ answer: await call(service.url, 'GET', `/v1/monitoring/${YEAR}/summary`) });
        } else {
          const staffWte = 7_000 + n / 100;
          answers.push({ answer: await call(service.url, 'PUT', `/v1/organisations/${odsCode}/returns/${YEAR}`, { body: { staffWte, qualifiedWte: 2 } }), write: { odsCode, staffWte } });
        }
        if (answers.at(-1)!.answer.status === 0) return; // the listener has gone: refused
      }
    };
    const workers = Array.from({ length: 16 }, worker);
    await sleep(1_500);

    // A large file in flight when the signal comes.
    const rows = BULK_YEARS.flatMap((year, y) => CODES.map((odsCode, i) => `${odsCode},${year},${(9_000 + y * 10 + i / 100).toFixed(2)},3`));
    let bulkDoneAt = 0;
    const bulk = call(service.url, 'POST', '/v1/returns/bulk', { raw: `odsCode,year,staffWte,qualifiedWte\n${rows.join('\n')}\n`, contentType: 'text/csv' }).then((answer) => {
      bulkDoneAt = performance.now();
      return answer;
    });
    await sleep(50); // long enough for the file to arrive, far shorter than applying it
    const signalled = performance.now();
    service.signal('SIGTERM');
    stopping = true;
    const [code, bulkAnswer] = await Promise.all([service.exited, bulk, ...workers]);
    const exitMs = Math.round(performance.now() - signalled);

    expect(code, service.output().slice(-4000)).toBe(0);
    expect(bulkDoneAt).toBeGreaterThan(signalled); // it really was in flight when the signal came
    expect(bulkAnswer.status).toBe(200);
    expect(bulkAnswer.json.summary.rejected).toBe(0);
    const statuses = answers.map((a) => a.answer.status);
    const served = statuses.filter((s) => s >= 200 && s < 300).length;
    const refused503 = answers.filter((a) => a.answer.status === 503 && isProblem(a.answer)).length;
    const refusedConnection = answers.filter((a) => a.answer.status === 0 && a.answer.error === 'ECONNREFUSED').length;
    const otherwise = answers.filter((a) => !(a.answer.status >= 200 && a.answer.status < 300) && !(a.answer.status === 503 && isProblem(a.answer)) && a.answer.error !== 'ECONNREFUSED');
    expect(otherwise.map((a) => ({ status: a.answer.status, error: a.answer.error }))).toEqual([]);

    service = await startService({ DATABASE_URL: url });
    const acknowledged = answers.filter((a) => a.write && a.answer.status >= 200 && a.answer.status < 300).map((a) => a.write!);
    let lost = 0;
    for (const odsCode of LOADED) {
      const stored = await call(service.url, 'GET', `/v1/organisations/${odsCode}/returns/${YEAR}/revisions?limit=1000`);
      expect([200, 404], stored.text).toContain(stored.status); // 404: no write was ever made to it
      const values = new Set(stored.status === 200 ? stored.json.data.map((r: { staffWte: number }) => r.staffWte) : []);
      lost += acknowledged.filter((w) => w.odsCode === odsCode && !values.has(w.staffWte)).length;
    }
    for (const year of [BULK_YEARS[0], BULK_YEARS.at(-1)]) {
      const bulkStored = await call(service.url, 'GET', `/v1/returns?year=${year}&limit=1`);
      expect(bulkStored.json.meta.total).toBe(CODES.length);
    }
    expect(lost).toBe(0);
    await stopService(service);

    await recordFigures('graceful-shutdown', {
      requestsSent: answers.length + 1,
      served2xx: served + 1,
      refused503ProblemJson: refused503,
      refusedConnection,
      otherFailures: otherwise.length,
      acknowledgedWrites: acknowledged.length + rows.length,
      writesLost: lost,
      bulkRowsInFlightAtSignal: rows.length,
      signalToExitMs: exitMs,
    });
  });
});

describe('Ctrl-C in a terminal', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)(
    'stops the service on its embedded PostgreSQL within 10 s when %s reaches the whole process group',
    async (signal) => {
      const data = await makeDataDir();
      try {
        const service = await startService({ DATA_DIR: data.dir, LOG_LEVEL: 'info' });
        expect((await call(service.url, 'GET', '/v1/regions')).status).toBe(200);
        // An operator's command beside the running service uses its database (no lock-file clash).
        const created = await run(process.execPath, ['--import', 'tsx', 'src/cli/create-key.ts', '--role', 'analyst', '--name', 'beside'], {
          env: { ...process.env, DATA_DIR: data.dir, LOG_LEVEL: 'warn' },
        });
        const key = /\n {2}(sr_\S+)\n/.exec(created.stdout)?.[1];
        expect(key, created.stdout + created.stderr).toBeDefined();
        expect((await call(service.url, 'GET', '/v1/regions', { key })).status).toBe(200);
        const postgres = await postgresProcesses(path.join(data.dir, 'postgres'));
        const signalled = performance.now();
        service.signalGroup(signal);
        const code = await service.exited;
        const tookMs = performance.now() - signalled;
        expect(code, service.output().slice(-3000)).toBe(0);
        expect(tookMs).toBeLessThan(10_000);
        expect(service.output()).not.toMatch(/killed by timeout/i);
        expect(service.output()).toMatch(/"msg":"stopped"/);
        await waitUntilGone(postgres, 5_000); // PostgreSQL stopped too, leaving nothing running
        const again = await startService({ DATA_DIR: data.dir });
        expect((await call(again.url, 'GET', '/v1/regions', { key })).status).toBe(200);
        await stopService(again);
        await recordFigures(`ctrl-c-${signal.toLowerCase()}`, { signalToExitMs: Math.round(tookMs) });
      } finally {
        await data.remove();
      }
    },
    60_000,
  );
});
