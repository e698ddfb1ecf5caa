import { Decimal } from 'decimal.js';
import type pg from 'pg';
import { withAuditedTransaction } from '../src/db/audit.ts';
import { insertRevisions, type NewRevision } from '../src/modules/returns/repository.ts';
import { policiesForYears } from '../src/modules/returns/submissions.repository.ts';
import { REGIONS, seededRandom } from '../src/demo/dataset.ts';
import { assess } from '../src/domain/ratio.ts';

/** Synthetic benchmark data: `organisations` × `years` returns, loaded through the real write path. */
export type Scale = { name: string; organisations: number; years: number; lastYear: number };

const TYPES = ['acute', 'acute', 'acute', 'mental_health', 'community', 'ambulance', 'specialist', 'icb', 'integrated'];
const BENCH_ACTOR = { keyId: null, role: 'system', label: 'benchmark loader' };

export const odsCodeOf = (i: number) => `Z${i.toString(36).toUpperCase().padStart(4, '0')}`;

export async function loadBenchData(pool: pg.Pool, scale: Scale, onProgress: (done: number, total: number) => void): Promise<number> {
  const random = seededRandom(7);
  const codes = Array.from({ length: scale.organisations }, (_, i) => odsCodeOf(i));
  await withAuditedTransaction(pool, BENCH_ACTOR, null, async (client) => {
    await client.query(
      `INSERT INTO organisations (ods_code, name, type, region_code)
       SELECT code, 'Benchmark organisation ' || code || ' (synthetic)', type::organisation_type, region
       FROM unnest($1::varchar[], $2::text[], $3::varchar[]) AS o(code, type, region)`,
      [codes, codes.map((_, i) => TYPES[i % TYPES.length]), codes.map((_, i) => REGIONS[i % REGIONS.length])],
    );
  });
  const policies = await policiesForYears(pool, scale.lastYear - scale.years + 1, scale.lastYear);
  const total = scale.organisations * scale.years;
  let done = 0;
  for (const policyRow of policies.values()) {
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
      await withAuditedTransaction(pool, BENCH_ACTOR, null, (client) => insertRevisions(client, revisions));
      done += revisions.length;
      onProgress(done, total);
    }
  }
  await pool.query('ANALYZE');
  return total;
}
