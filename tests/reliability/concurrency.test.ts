import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, isProblem, recordFigures } from './support/http.ts';
import { startCluster, startService, stopService, type Cluster, type Service } from './support/service.ts';

/* Races against the real service: no lost update, gapless revisions, If-Match that holds. */

const YEAR = '2024-25';
let cluster: Cluster;
let service: Service;
const figures: Record<string, number> = {};

beforeAll(async () => {
  cluster = await startCluster('races');
  // Four files from one key race below: allow them all (the default is 2 per key).
  service = await startService({ DATABASE_URL: cluster.url, BULK_CONCURRENCY_PER_KEY: '4' });
  for (const odsCode of ['RA001', 'RA002', 'RA003', ...Array.from({ length: 20 }, (_, i) => `RB${String(i).padStart(3, '0')}`)]) {
    const res = await call(service.url, 'POST', '/v1/organisations', { body: { odsCode, name: `Race ${odsCode}`, type: 'acute', regionCode: 'Y56' } });
    expect(res.status).toBe(201);
  }
});

afterAll(async () => {
  await recordFigures('concurrency', figures);
  await stopService(service);
  await cluster?.remove();
});

async function revisionsOf(odsCode: string): Promise<{ revision: number; staffWte: number }[]> {
  const res = await call(service.url, 'GET', `/v1/organisations/${odsCode}/returns/${YEAR}/revisions?limit=1000`);
  expect(res.status).toBe(200);
  return res.json.data;
}

describe('simultaneous amendments of one return', () => {
  it('keeps every one as its own revision, numbered without gaps, the last one current', async () => {
    const values = Array.from({ length: 60 }, (_, i) => 3_000 + i);
    const answers = await Promise.all(
      values.map((staffWte) => call(service.url, 'PUT', `/v1/organisations/RA001/returns/${YEAR}`, { body: { staffWte, qualifiedWte: 2 } })),
    );
    expect(answers.every((a) => a.status === 200 || a.status === 201)).toBe(true);
    const numbers = answers.map((a) => a.json.revision as number).sort((a, b) => a - b);
    expect(numbers).toEqual(values.map((_, i) => i + 1));

    const stored = await revisionsOf('RA001');
    expect(stored.map((r) => r.revision)).toEqual(values.map((_, i) => i + 1));
    expect(new Set(stored.map((r) => r.staffWte))).toEqual(new Set(values));
    for (const answer of answers) expect(stored[answer.json.revision - 1]!.staffWte).toBe(answer.json.staffWte);
    const current = await call(service.url, 'GET', `/v1/organisations/RA001/returns/${YEAR}`);
    expect(current.json.revision).toBe(values.length);
    Object.assign(figures, { racingAmendments: values.length, amendmentsLost: values.length - stored.length });
  });
});

describe('If-Match under a race', () => {
  it('lets exactly one of many writers holding the same ETag through, and answers the rest 412', async () => {
    const first = await call(service.url, 'PUT', `/v1/organisations/RA002/returns/${YEAR}`, { body: { staffWte: 1_000, qualifiedWte: 1 } });
    const etag = first.headers.get('etag')!;
    let winners = 0;
    let refused = 0;
    for (let round = 0; round < 5; round += 1) {
      const current = await call(service.url, 'GET', `/v1/organisations/RA002/returns/${YEAR}`);
      const tag = round === 0 ? etag : current.headers.get('etag')!;
      const answers = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          call(service.url, 'PUT', `/v1/organisations/RA002/returns/${YEAR}`, { body: { staffWte: 5_000 + round * 100 + i, qualifiedWte: 1 }, headers: { 'if-match': tag } }),
        ),
      );
      const ok = answers.filter((a) => a.status === 200);
      const stale = answers.filter((a) => a.status === 412);
      expect(ok).toHaveLength(1);
      expect(stale).toHaveLength(19);
      expect(stale.every(isProblem)).toBe(true);
      winners += ok.length;
      refused += stale.length;
    }
    const stored = await revisionsOf('RA002');
    expect(stored.map((r) => r.revision)).toEqual([1, 2, 3, 4, 5, 6]);
    Object.assign(figures, { ifMatchRaces: 5, ifMatchWinners: winners, ifMatchRefused412: refused });
  });
});

describe('a bulk file racing single amendments of the same returns', () => {
  it('neither deadlocks nor loses a write, and every return stays gapless', async () => {
    const codes = Array.from({ length: 20 }, (_, i) => `RB${String(i).padStart(3, '0')}`);
    const files = Array.from({ length: 4 }, (_, f) =>
      call(service.url, 'POST', '/v1/returns/bulk', { body: { rows: codes.map((odsCode, i) => ({ odsCode, year: YEAR, staffWte: 10_000 + f * 100 + i, qualifiedWte: 5 })) } }),
    );
    const singles = codes.flatMap((odsCode, i) =>
      [0, 1].map((k) => call(service.url, 'PUT', `/v1/organisations/${odsCode}/returns/${YEAR}`, { body: { staffWte: 20_000 + i * 10 + k, qualifiedWte: 5 } })),
    );
    const [bulk, single] = await Promise.all([Promise.all(files), Promise.all(singles)]);
    expect(bulk.map((b) => b.status)).toEqual([200, 200, 200, 200]);
    expect(bulk.every((b) => b.json.summary.rejected === 0)).toBe(true);
    expect(single.every((s) => s.status === 200 || s.status === 201)).toBe(true);
    let revisions = 0;
    for (const odsCode of codes) {
      const stored = await revisionsOf(odsCode);
      expect(stored.map((r) => r.revision)).toEqual(stored.map((_, i) => i + 1));
      expect(stored).toHaveLength(4 + 2);
      revisions += stored.length;
    }
    Object.assign(figures, { bulkVersusSingleWrites: 4 * codes.length + singles.length, revisionsStored: revisions });
  });
});
