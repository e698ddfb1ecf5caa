import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDatabase } from '../../src/db/admin.ts';
import { findFreePort, startEmbeddedDatabase, type EmbeddedDatabase } from '../../src/db/embedded.ts';
import { call, isProblem, recordFigures, type Answer } from './support/http.ts';
import { makeDataDir, postgresProcesses, signalAll, sleep, startService, stopService, waitUntilGone, type Service } from './support/service.ts';

/*
 * The database stalls (SIGSTOP) and then disappears (SIGKILL) under a running service: readiness
 * and requests must fail fast with 503 problem+json, and the service must come back by itself.
 */

const YEAR = '2024-25';
let data: Awaited<ReturnType<typeof makeDataDir>>;
let port: number;
let database: EmbeddedDatabase;
let service: Service;
const clusterDir = () => path.join(data.dir, 'postgres');

beforeAll(async () => {
  data = await makeDataDir();
  port = await findFreePort();
  database = await startEmbeddedDatabase({ dataDir: data.dir, port });
  await ensureDatabase(database.adminUrl, 'outage');
  service = await startService({ DATABASE_URL: database.urlFor('outage') });
  const created = await call(service.url, 'POST', '/v1/organisations', { body: { odsCode: 'DB001', name: 'Outage test trust', type: 'acute', regionCode: 'Y56' } });
  expect(created.status).toBe(201);
  expect((await call(service.url, 'PUT', `/v1/organisations/DB001/returns/${YEAR}`, { body: { staffWte: 1000, qualifiedWte: 1 } })).status).toBe(201);
});

afterAll(async () => {
  await stopService(service);
  await database?.stop().catch(() => undefined);
  await data?.remove();
});

/** Thirty requests at once, a mix of cached reads, plain reads and writes, each with a distinct value. */
let nextValue = 2_000;
function burst(): { answers: Promise<Answer[]>; writes: number[] } {
  const writes: number[] = [];
  const requests: Promise<Answer>[] = [];
  for (let i = 0; i < 10; i += 1) {
    const staffWte = nextValue++;
    writes.push(staffWte);
    requests.push(call(service.url, 'PUT', `/v1/organisations/DB001/returns/${YEAR}`, { body: { staffWte, qualifiedWte: 1 }, timeoutMs: 20_000 }));
    requests.push(call(service.url, 'GET', `/v1/organisations/DB001/returns/${YEAR}`, { timeoutMs: 20_000 }));
    requests.push(call(service.url, 'GET', `/v1/monitoring/${YEAR}/summary`, { timeoutMs: 20_000 }));
  }
  return { answers: Promise.all(requests), writes };
}

async function untilReady(): Promise<number> {
  const started = performance.now();
  while ((await call(service.url, 'GET', '/health/ready', { timeoutMs: 5_000 })).status !== 200) {
    if (performance.now() - started > 30_000) throw new Error('the service did not recover within 30 s');
    await sleep(100);
  }
  return Math.round(performance.now() - started);
}

async function storedValues(): Promise<number[]> {
  const res = await call(service.url, 'GET', `/v1/organisations/DB001/returns/${YEAR}/revisions?limit=1000`);
  expect(res.status).toBe(200);
  return res.json.data.map((r: { staffWte: number }) => r.staffWte);
}

function expectAllFailedCleanly(answers: Answer[], withinMs: number) {
  expect(answers.map((a) => a.status)).toEqual(Array(answers.length).fill(503));
  expect(answers.every(isProblem)).toBe(true);
  expect(answers.every((a) => a.headers.get('retry-after') !== null)).toBe(true);
  expect(Math.max(...answers.map((a) => a.ms))).toBeLessThan(withinMs);
}

describe('when the database stalls', () => {
  it('answers readiness 503 within seconds, fails requests with 503 problem+json, and recovers by itself', async () => {
    await call(service.url, 'GET', `/v1/monitoring/${YEAR}/summary`); // a cached answer exists
    const processes = await postgresProcesses(clusterDir());
    signalAll(processes, 'SIGSTOP');
    let ready: Answer;
    let live: Answer;
    let answers: Answer[];
    let writes: number[];
    try {
      [ready, live] = await Promise.all([call(service.url, 'GET', '/health/ready'), call(service.url, 'GET', '/health/live')]);
      const load = burst();
      writes = load.writes;
      answers = await load.answers;
    } finally {
      signalAll(processes, 'SIGCONT');
    }
    expect(ready.status).toBe(503);
    expect(isProblem(ready)).toBe(true);
    expect(ready.ms).toBeLessThan(3_000);
    expect(live.status).toBe(200);
    expectAllFailedCleanly(answers, 8_000);

    const recoveryMs = await untilReady();
    const stored = await storedValues();
    expect(stored.filter((v) => writes.includes(v))).toEqual([]); // nothing from a refused write
    const after = await call(service.url, 'PUT', `/v1/organisations/DB001/returns/${YEAR}`, { body: { staffWte: 1_500, qualifiedWte: 1 } });
    expect(after.status).toBe(200);

    await recordFigures('database-stall', {
      requestsDuringStall: answers.length + 1,
      answered503ProblemJson: answers.filter((a) => a.status === 503 && isProblem(a)).length + (ready.status === 503 ? 1 : 0),
      otherServerErrors5xx: answers.filter((a) => a.status >= 500 && a.status !== 503).length,
      readinessMs: Math.round(ready.ms),
      slowestAnswerMs: Math.round(Math.max(...answers.map((a) => a.ms))),
      refusedWritesStored: 0,
      recoveryAfterResumeMs: recoveryMs,
    });
  });
});

describe('when the database is lost and comes back', () => {
  it('fails fast with 503 while it is gone, and serves again without a restart once it is back', async () => {
    const before = await storedValues();
    const processes = await postgresProcesses(clusterDir());
    signalAll(processes, 'SIGKILL');
    await waitUntilGone(processes);

    const ready = await call(service.url, 'GET', '/health/ready');
    const load = burst();
    const answers = await load.answers;
    expect(ready.status).toBe(503);
    expect(ready.ms).toBeLessThan(3_000);
    expectAllFailedCleanly(answers, 3_000);

    database = await startEmbeddedDatabase({ dataDir: data.dir, port });
    const recoveryMs = await untilReady();
    const write = await call(service.url, 'PUT', `/v1/organisations/DB001/returns/${YEAR}`, { body: { staffWte: 1_600, qualifiedWte: 1 } });
    expect(write.status).toBe(200);
    const after = await storedValues();
    expect(after.slice(0, before.length)).toEqual(before); // everything acknowledged before the loss
    expect(after.filter((v) => load.writes.includes(v))).toEqual([]);

    await recordFigures('database-lost', {
      requestsWhileLost: answers.length + 1,
      answered503ProblemJson: answers.filter((a) => a.status === 503 && isProblem(a)).length + (ready.status === 503 ? 1 : 0),
      otherServerErrors5xx: answers.filter((a) => a.status >= 500 && a.status !== 503).length,
      slowestAnswerMs: Math.round(Math.max(...answers.map((a) => a.ms))),
      acknowledgedBeforeLoss: before.length,
      lostOfThose: before.filter((v) => !after.includes(v)).length,
      recoveryAfterRestartMs: recoveryMs,
    });
  });
});
