import type pg from 'pg';
import { Decimal } from 'decimal.js';
import type { Actor } from '../domain/access.ts';
import { formatYear } from '../domain/years.ts';
import { acknowledgeWarnings, appendReturns, approveCurrentRevisions, findCurrentReturn } from '../modules/returns/service.ts';
import { publishYear } from '../modules/publications/service.ts';
import { DEMO_LAST_YEAR } from './dataset.ts';

/*
 * The annual cycle of the demo data: every year before the latest is signed off and published
 * (each warning acknowledged, every return approved), one of them with a version 2 after a
 * correction; the latest year is open, with some returns approved, some awaiting approval and
 * some with warnings nobody has acknowledged yet.
 */

/** The year published twice: a trust corrected its return after the first version. */
export const DEMO_CORRECTED_YEAR = 2022;

const ACKNOWLEDGEMENT = 'Confirmed with the trust: the figures are right (synthetic demo data).';

export type CycleResult = { approvals: number; publications: number; revisions: number };

export async function runDemoCycle(client: pg.PoolClient, loader: Actor, year: number, codes: string[]): Promise<CycleResult> {
  const today = `${year + 1}-06-01`;
  if (year === DEMO_LAST_YEAR) {
    // Open: about three in five approved; the rest await approval, or have unacknowledged warnings
    // (approval skips those).
    const approvals = await approveCurrentRevisions(client, year, codes.filter((_, index) => index % 5 < 3));
    return { approvals, publications: 0, revisions: 0 };
  }
  let revisions = await acknowledgeWarnings(client, year, loader, today, ACKNOWLEDGEMENT);
  let approvals = await approveCurrentRevisions(client, year, codes);
  await publishYear(client, loader, year, `${formatYear(year)} staff ratio monitoring`, new Date(`${year + 1}-10-01T09:00:00Z`));
  if (year !== DEMO_CORRECTED_YEAR) return { approvals, publications: 1, revisions };

  // After publication, a trust finds its qualified staff under-counted by one post and corrects it.
  const odsCode = codes[12]!;
  const corrected = await findCurrentReturn(client, odsCode, year);
  revisions += await appendReturns(client, [{
    odsCode,
    year,
    body: {
      staffWte: new Decimal(corrected!.staff_wte),
      qualifiedWte: new Decimal(corrected!.qualified_wte).plus(1),
      staffSource: corrected!.staff_source,
      staffSnapshotDate: corrected!.staff_snapshot_date,
      comment: 'Correction: one qualified post was left out of the first return.',
    },
  }], loader, today);
  revisions += await acknowledgeWarnings(client, year, loader, today, ACKNOWLEDGEMENT);
  approvals += await approveCurrentRevisions(client, year, [odsCode]);
  await publishYear(client, loader, year, `Version 2: corrects ${odsCode}'s qualified staff`, new Date(`${year + 2}-01-15T09:00:00Z`));
  return { approvals, publications: 2, revisions };
}
