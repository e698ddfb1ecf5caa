import { Decimal } from 'decimal.js';

/*
 * Sharing a library service's figures among its members. Pure: no I/O.
 */

/**
 * Shares `total` (a WTE to 2 places) among members in proportion to their staff WTE, to 2 places,
 * by the largest-remainder method: each gets the floor of its exact share in hundredths, and the
 * hundredths left over go one each to the largest remainders (ties: the earlier member), so the
 * shares add up to `total` exactly.
 */
export function shareByStaff(total: Decimal, staff: Decimal[]): Decimal[] {
  const hundredths = total.times(100);
  const staffTotal = staff.reduce((sum, s) => sum.plus(s), new Decimal(0));
  // (Members' staff WTE is always above 0; with none at all, the first member takes the whole.)
  if (staffTotal.isZero()) return staff.map((_, i) => (i === 0 ? total : new Decimal(0)));
  const exact = staff.map((s) => hundredths.times(s).div(staffTotal));
  const floors = exact.map((e) => e.floor());
  let left = hundredths.minus(floors.reduce((sum, f) => sum.plus(f), new Decimal(0))).toNumber();
  const order = exact
    .map((e, index) => ({ index, remainder: e.minus(floors[index]!) }))
    // Array sort is stable: on equal remainders the earlier member stays first.
    .sort((a, b) => b.remainder.comparedTo(a.remainder));
  const shares = [...floors];
  for (const { index } of order) {
    if (left <= 0) break;
    shares[index] = shares[index]!.plus(1);
    left -= 1;
  }
  return shares.map((s) => s.div(100));
}
