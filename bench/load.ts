import { Decimal } from 'decimal.js';
import type pg from 'pg';
import { setAuditActor } from '../src/db/audit.ts';
import { insertRevisionsBulk, type NewRevision } from '../src/db/sql/returns.ts';
import { withTransaction } from '../src/db/transaction.ts';
import { assess } from '../src/domain/ratio.ts';

/** Synthetic benchmark data: `organisations` × `years` returns, loaded through the real write path. */
export type Scale = { name: string; organisations: number; years: number; lastYear: number };

const REGIONS = ['Y56', 'Y58', 'Y59', 'Y60', 'Y61', 'Y62', 'Y63'];
const TYPES = ['acute', 'acute', 'acute', 'mental_health', 'community', 'ambulance', 'specialist', 'icb', 'integrated'];
const BENCH_ACTOR = { keyId: null, role: 'system', label: 'benchmark loader' };

export const odsCodeOf = (i: number) => `Z${i.toString(36).toUpperCase().padStart(4, '0')}`;

function generator(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function loadBenchData(pool: pg.Pool, scale: Scale, onProgress: (done: number, total: number) => void): Promise<number> {
  const random = generator(7);
  const codes = Array.from({ length: scale.organisations }, (_, i) => odsCodeOf(i));
  await withTransaction(pool, async (client) => {
    await setAuditActor(client, BENCH_ACTOR, null);
    await client.query(
      `INSERT INTO organisations (ods_code, name, type, region_code)
       SELECT code, 'Benchmark organisation ' || code || ' (synthetic)', type::organisation_type, region
       FROM unnest($1::varchar[], $2::text[], $3::varchar[]) AS o(code, type, region)`,
      [codes, codes.map((_, i) => TYPES[i % TYPES.length]), codes.map((_, i) => REGIONS[i % REGIONS.length])],
    );
  });
  const { rows: policies } = await pool.query<{ year: number; id: number | null; flag_threshold: number | null; target_ratio: number | null }>(
    `SELECT y AS year, p.id, p.flag_threshold, p.target_ratio FROM generate_series($1::int, $2::int) y
     LEFT JOIN LATERAL (SELECT * FROM policies WHERE effective_from <= y ORDER BY effective_from DESC LIMIT 1) p ON true`,
    [scale.lastYear - scale.years + 1, scale.lastYear],
  );
  const total = scale.organisations * scale.years;
  let done = 0;
  for (const policyRow of policies) {
    const policy = policyRow.id === null ? null : { flagThreshold: policyRow.flag_threshold!, targetRatio: policyRow.target_ratio! };
    for (let first = 0; first < codes.length; first += 10_000) {
      const revisions: NewRevision[] = codes.slice(first, first + 10_000).map((odsCode) => {
        const staff = new Decimal(Math.round((300 + random() * 14_700) * 100)).div(100);
        const qualified = random() < 0.01 ? new Decimal(0) : staff.div(700 + random() * 2300).toDecimalPlaces(2).plus(0.01);
        const assessment = assess(staff, qualified, policy);
        return {
          odsCode, year: policyRow.year, revision: 1, staffWte: staff.toFixed(2), qualifiedWte: qualified.toFixed(2),
          clinicalLibrarianWte: null, knowledgeManagerWte: null, otherEmbeddedWte: null, staffSource: 'ESR (synthetic)',
          staffSnapshotDate: null, comment: null, policyId: policyRow.id, ratio: assessment.ratio, band: assessment.band,
          gapWte: assessment.gapWte?.toFixed(2) ?? null, warnings: [], submittedBy: BENCH_ACTOR.label,
          submittedByKeyId: null, requestId: null,
        };
      });
      await withTransaction(pool, async (client) => {
        await setAuditActor(client, BENCH_ACTOR, null);
        await insertRevisionsBulk(client, revisions);
      });
      done += revisions.length;
      onProgress(done, total);
    }
  }
  await pool.query('ANALYZE');
  return total;
}
