import { Decimal } from 'decimal.js';

/*
 * The staff-ratio rules of the 2019 HEE policy, in one pure module with no I/O.
 * ratio = staffWte / qualifiedWte: NHS staff per one qualified library and knowledge
 * specialist, so lower is better. Bands compare the exact ratio (by cross-multiplying the exact
 * decimals), never a rounded or floating-point one.
 */

export type Band = 'meets_target' | 'short_of_target' | 'flagged';

export type PolicyThresholds = {
  /** A ratio at or above this is flagged (1730 in the 2019 policy). */
  flagThreshold: number;
  /** A ratio at or below this meets the target (1250 in the 2019 policy). */
  targetRatio: number;
};

export type Assessment = {
  /** Unrounded staff per qualified specialist; null when there are no qualified staff. */
  ratio: number | null;
  ratioDisplay: string;
  /** Null when no policy covers the year. */
  band: Band | null;
  flagged: boolean;
  /** Qualified WTE still needed to reach the target, 2 decimal places; null without a policy. */
  gapWte: Decimal | null;
};

export const NO_QUALIFIED_STAFF = 'no qualified staff';

/** Formats the whole number (a BigInt) that formatRatio rounds to: only the grouping matters. */
const thousands = new Intl.NumberFormat('en-GB');

/** "1:1,730": the ratio rounded to a whole number (half up) with a thousands separator. */
export function formatRatio(staffWte: Decimal, qualifiedWte: Decimal): string {
  if (qualifiedWte.isZero()) return NO_QUALIFIED_STAFF;
  const whole = staffWte.div(qualifiedWte).toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
  return `1:${thousands.format(BigInt(whole.toFixed(0)))}`;
}

export function bandFor(staffWte: Decimal, qualifiedWte: Decimal, policy: PolicyThresholds): Band {
  if (qualifiedWte.isZero()) return 'flagged';
  // staff / qualified <= target  <=>  staff <= target * qualified  (qualified > 0)
  if (staffWte.lte(qualifiedWte.mul(policy.targetRatio))) return 'meets_target';
  if (staffWte.gte(qualifiedWte.mul(policy.flagThreshold))) return 'flagged';
  return 'short_of_target';
}

/** max(0, staff / target − qualified), rounded half up to 2 decimal places. */
export function gapToTarget(staffWte: Decimal, qualifiedWte: Decimal, policy: PolicyThresholds): Decimal {
  const gap = staffWte.div(policy.targetRatio).minus(qualifiedWte);
  return gap.isPositive() && !gap.isZero()
    ? gap.toDecimalPlaces(2, Decimal.ROUND_HALF_UP)
    : new Decimal(0).toDecimalPlaces(2);
}

export function ratioOf(staffWte: Decimal, qualifiedWte: Decimal): number | null {
  return qualifiedWte.isZero() ? null : staffWte.div(qualifiedWte).toNumber();
}

export function assess(staffWte: Decimal, qualifiedWte: Decimal, policy: PolicyThresholds | null): Assessment {
  const band = policy ? bandFor(staffWte, qualifiedWte, policy) : null;
  return {
    ratio: ratioOf(staffWte, qualifiedWte),
    ratioDisplay: formatRatio(staffWte, qualifiedWte),
    band,
    flagged: band === 'flagged',
    gapWte: policy ? gapToTarget(staffWte, qualifiedWte, policy) : null,
  };
}

/** Relative change between two ratios, e.g. 0.6 for a 60% move; null when either is missing. */
export function relativeChange(previous: number | null, current: number | null): number | null {
  if (previous === null || current === null || previous === 0) return null;
  return Math.abs(current - previous) / previous;
}
