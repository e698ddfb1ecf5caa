import { Decimal } from 'decimal.js';
export const NO_QUALIFIED_STAFF = 'no qualified staff';
const thousands = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0, useGrouping: true });
/** "1:1,730": the ratio rounded to a whole number (half up) with a thousands separator. */
export function formatRatio(staffWte, qualifiedWte) {
    if (qualifiedWte.isZero())
        return NO_QUALIFIED_STAFF;
    const whole = staffWte.div(qualifiedWte).toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
    return `1:${thousands.format(BigInt(whole.toFixed(0)))}`;
}
export function bandFor(staffWte, qualifiedWte, policy) {
    if (qualifiedWte.isZero())
        return 'flagged';
    // staff / qualified <= target  <=>  staff <= target * qualified  (qualified > 0)
    if (staffWte.lte(qualifiedWte.mul(policy.targetRatio)))
        return 'meets_target';
    if (staffWte.gte(qualifiedWte.mul(policy.flagThreshold)))
        return 'flagged';
    return 'short_of_target';
}
/** max(0, staff / target − qualified), rounded half up to 2 decimal places. */
export function gapToTarget(staffWte, qualifiedWte, policy) {
    const gap = staffWte.div(policy.targetRatio).minus(qualifiedWte);
    return gap.isPositive() && !gap.isZero()
        ? gap.toDecimalPlaces(2, Decimal.ROUND_HALF_UP)
        : new Decimal(0).toDecimalPlaces(2);
}
export function ratioOf(staffWte, qualifiedWte) {
    return qualifiedWte.isZero() ? null : staffWte.div(qualifiedWte).toNumber();
}
export function assess(staffWte, qualifiedWte, policy) {
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
export function relativeChange(previous, current) {
    if (previous === null || current === null || previous === 0)
        return null;
    return Math.abs(current - previous) / previous;
}
//# sourceMappingURL=ratio.js.map