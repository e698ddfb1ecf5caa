import { Decimal } from 'decimal.js';
import type pg from 'pg';
import { withAuditedTransaction } from '../src/db/audit.ts';
import type { Actor } from '../src/domain/access.ts';
import { appendReturns, approveCurrentRevisions } from '../src/modules/returns/service.ts';
import { REGIONS, seededRandom } from '../src/demo/dataset.ts';

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
  // Through the return rules (the same decision as a submission), a year at a time and in
  // chunks of 10,000, each year as if submitted in the June after it.
  const loader: Actor = { keyId: null, role: 'admin', label: BENCH_ACTOR.label, organisations: [] };
  const total = scale.organisations * scale.years;
  let done = 0;
  for (let year = scale.lastYear - scale.years + 1; year <= scale.lastYear; year += 1) {
    for (let first = 0; first < codes.length; first += 10_000) {
      const entries = codes.slice(first, first + 10_000).map((odsCode) => {
        const staff = new Decimal(Math.round((300 + random() * 14_700) * 100)).div(100);
        const qualified = random() < 0.01 ? new Decimal(0) : staff.div(700 + random() * 2300).toDecimalPlaces(2).plus(0.01);
        return { odsCode, year, body: { staffWte: staff, qualifiedWte: qualified, roles: null, staffSource: 'ESR (synthetic)', staffSnapshotDate: null, comment: null } };
      });
      await withAuditedTransaction(pool, BENCH_ACTOR, null, (client) => appendReturns(client, entries, loader, `${year + 1}-06-01`));
      done += entries.length;
      onProgress(done, total);
    }
  }
  // The latest year signed off, as a reviewer would (all but returns with unacknowledged warnings),
  // so that it can be published.
  for (let first = 0; first < codes.length; first += 10_000) {
    await withAuditedTransaction(pool, BENCH_ACTOR, null, (client) => approveCurrentRevisions(client, scale.lastYear, codes.slice(first, first + 10_000)));
  }
  await pool.query('ANALYZE');
  return total;
}
