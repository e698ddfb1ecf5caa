import path from 'node:path';
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, recordFigures } from './support/http.ts';
import { makeDataDir, postgresProcesses, postmasterOf, signalAll, startService, stopService, waitUntilGone, type Service } from './support/service.ts';

/*
 * Power-cut test: the service and its embedded PostgreSQL are SIGKILLed together while writers
 * are busy, three times over, and after each restart on the same data directory every
 * acknowledged write must be there, whole, with its audit record.
 */

const YEAR = '2024-25';
const ORGANISATIONS = Array.from({ length: 24 }, (_, i) => `RC${String(i).padStart(3, '0')}`);
const CYCLES = 5;
const WRITERS = 12;

type Ack = { odsCode: string; staffWte: number; revision?: number };

let data: Awaited<ReturnType<typeof makeDataDir>>;
let service: Service;
const clusterDir = () => path.join(data.dir, 'postgres');

beforeAll(async () => {
  data = await makeDataDir();
  service = await startService({ DATA_DIR: data.dir });
  for (const odsCode of ORGANISATIONS) {
    const res = await call(service.url, 'POST', '/v1/organisations', { body: { odsCode, name: `Crash test ${odsCode}`, type: 'acute', regionCode: 'Y56' } });
    expect(res.status).toBe(201);
  }
});

afterAll(async () => {
  await stopService(service);
  await data?.remove();
});

async function databaseClient(): Promise<pg.Client> {
  const { port } = await postmasterOf(clusterDir());
  const password = (await readFile(path.join(data.dir, 'postgres-password'), 'utf8')).trim();
  const client = new pg.Client({ connectionString: `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/staff_ratio` });
  await client.connect();
  return client;
}

describe('a crash of the service and its database during writes', () => {
  it('loses no acknowledged return and leaves no half-written revision or audit record', async () => {
    const acks: Ack[] = [];
    let sent = 0;
    let serverErrors = 0;
    let next = 0;
    const recoveryMs: number[] = [];

    for (let cycle = 0; cycle < CYCLES; cycle += 1) {
      let stopped = false;
      const single = async () => {
        while (!stopped) {
          const n = next++;
          const odsCode = ORGANISATIONS[n % ORGANISATIONS.length]!;
          const staffWte = 5_000 + n / 100;
          sent += 1;
          const res = await call(service.url, 'PUT', `/v1/organisations/${odsCode}/returns/${YEAR}`, { body: { staffWte: staffWte.toFixed(2), qualifiedWte: 2 }, timeoutMs: 10_000 });
          if (res.status >= 500) serverErrors += 1;
          if (res.status === 200 || res.status === 201) acks.push({ odsCode, staffWte, revision: res.json.revision });
          if (res.status === 0) return;
        }
      };
      const bulk = async () => {
        while (!stopped) {
          const rows = ORGANISATIONS.map((odsCode) => ({ odsCode, year: YEAR, staffWte: (5_000 + next++ / 100).toFixed(2), qualifiedWte: 3 }));
          sent += 1;
          const res = await call(service.url, 'POST', '/v1/returns/bulk?atomic=true', { body: { rows }, timeoutMs: 10_000 });
          if (res.status >= 500) serverErrors += 1;
          if (res.status === 200 && res.json.applied) acks.push(...rows.map((r) => ({ odsCode: r.odsCode, staffWte: Number(r.staffWte) })));
          if (res.status === 0) return;
        }
      };
      const writers = [...Array.from({ length: WRITERS }, single), bulk()];
      const before = acks.length;
      const deadline = Date.now() + 4_000;
      while (acks.length - before < 150 + cycle * 50 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));

      // The power cut: every process at once, mid-write.
      const victims = [service.pid, ...(await postgresProcesses(clusterDir()))];
      signalAll(victims, 'SIGKILL');
      stopped = true;
      await Promise.all(writers);
      await waitUntilGone(victims);

      const restarting = performance.now();
      service = await startService({ DATA_DIR: data.dir });
      recoveryMs.push(Math.round(performance.now() - restarting));
    }

    const db = await databaseClient();
    try {
      const { rows: revisions } = await db.query<{ ods_code: string; revision: number; staff_wte: string }>(
        'SELECT ods_code, revision, staff_wte FROM return_revisions WHERE year = 2024',
      );
      const stored = new Map(revisions.map((r) => [`${r.ods_code}|${Number(r.staff_wte)}`, r.revision]));
      const lost = acks.filter((a) => {
        const revision = stored.get(`${a.odsCode}|${a.staffWte}`);
        return revision === undefined || (a.revision !== undefined && a.revision !== revision);
      });
      expect(lost).toEqual([]);

      const { rows: gaps } = await db.query(`SELECT r.ods_code, count(*)::int AS n, max(r.revision) AS top, a.revision AS head
        FROM return_revisions r JOIN annual_returns a USING (ods_code, year)
        GROUP BY r.ods_code, r.year, a.revision, a.current_revision_id
        HAVING count(*) <> max(r.revision) OR min(r.revision) <> 1 OR a.revision <> max(r.revision)
            OR bool_or(r.id = a.current_revision_id AND r.staff_wte <> a.staff_wte)
            OR a.current_revision_id <> (SELECT id FROM return_revisions x WHERE x.ods_code = r.ods_code AND x.year = r.year ORDER BY revision DESC LIMIT 1)`);
      expect(gaps).toEqual([]);

      const { rows: [audit] } = await db.query<{ unaudited: number; orphans: number; doubled: number }>(`SELECT
        (SELECT count(*)::int FROM return_revisions r WHERE NOT EXISTS (SELECT 1 FROM audit_events e WHERE e.entity = 'return' AND e.after ->> 'id' = r.id::text)) AS unaudited,
        (SELECT count(*)::int FROM audit_events e WHERE e.entity = 'return' AND NOT EXISTS (SELECT 1 FROM return_revisions r WHERE r.id::text = e.after ->> 'id')) AS orphans,
        (SELECT count(*)::int FROM (SELECT after ->> 'id' FROM audit_events WHERE entity = 'return' GROUP BY 1 HAVING count(*) > 1) d) AS doubled`);
      expect(audit).toEqual({ unaudited: 0, orphans: 0, doubled: 0 });
      expect(serverErrors).toBe(0);
      expect(acks.length).toBeGreaterThan(CYCLES * 150);

      await recordFigures('crash', {
        cycles: CYCLES,
        requestsSent: sent,
        acknowledgedWrites: acks.length,
        writesLost: lost.length,
        storedButUnacknowledged: revisions.length - acks.length,
        serverErrors5xx: serverErrors,
        revisionsWithoutAudit: audit!.unaudited,
        restartToReadyMs: recoveryMs.join(' / '),
      });
    } finally {
      await db.end();
    }
  });
});
