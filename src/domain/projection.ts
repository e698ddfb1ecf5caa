import { Decimal } from 'decimal.js';
import { bandFor, type Band, type PolicyThresholds } from './ratio.ts';

/*
 * Projections for the ratio review. Pure: no I/O.
 * Each of a group's pooled staff WTE and pooled qualified WTE is fitted on its own by ordinary least
 * squares against the year, in exact decimals (60 significant digits: the slope's division is the
 * only inexact step), and the ratio of the two fitted lines is projected forward.
 */

const Exact = Decimal.clone({ precision: 60 });

export type Observation = { year: number; value: Decimal };

export type Line = { slope: Decimal; intercept: Decimal; at: (year: number) => Decimal };

/** The ordinary least-squares line through the observations (at least two distinct years). */
export function leastSquares(observations: Observation[]): Line {
  const n = observations.length;
  const meanX = observations.reduce((sum, o) => sum.plus(o.year), new Exact(0)).div(n);
  const meanY = observations.reduce((sum, o) => sum.plus(o.value), new Exact(0)).div(n);
  let sxy = new Exact(0);
  let sxx = new Exact(0);
  for (const o of observations) {
    const dx = new Exact(o.year).minus(meanX);
    sxy = sxy.plus(dx.times(new Exact(o.value)));
    sxx = sxx.plus(dx.times(dx));
  }
  if (sxx.isZero()) throw new RangeError('least squares needs at least two distinct years');
  const slope = sxy.div(sxx);
  const intercept = meanY.minus(slope.times(meanX));
  return { slope, intercept, at: (year) => intercept.plus(slope.times(year)) };
}

export type ProjectedPoint = {
  year: number;
  /** The fitted values, unrounded (never below 0). */
  staffWte: Decimal;
  qualifiedWte: Decimal;
  /** Fitted staff ÷ fitted qualified; null when the fitted qualified WTE is 0 or below. */
  ratio: number | null;
  band: Band | null;
};

/** A fitted value is a WTE: a line falling through zero stays at zero. */
const atLeastZero = (value: Decimal) => (value.isNegative() ? new Exact(0) : value);

/** Each year from `from` to `to` (inclusive) on both lines, banded under that year's policy. */
export function project(
  staff: Line,
  qualified: Line,
  from: number,
  to: number,
  policyFor: (year: number) => PolicyThresholds | null,
): ProjectedPoint[] {
  const points: ProjectedPoint[] = [];
  for (let year = from; year <= to; year += 1) {
    const staffWte = atLeastZero(staff.at(year));
    const qualifiedWte = atLeastZero(qualified.at(year));
    const policy = policyFor(year);
    points.push({
      year,
      staffWte,
      qualifiedWte,
      ratio: qualifiedWte.isZero() ? null : staffWte.div(qualifiedWte).toNumber(),
      band: policy ? bandFor(staffWte, qualifiedWte, policy) : null,
    });
  }
  return points;
}

/** The first projected year whose ratio is at or below its year's target (its band meets it), or null. */
export function targetMetIn(points: ProjectedPoint[]): number | null {
  return points.find((point) => point.band === 'meets_target')?.year ?? null;
}

/**
 * The qualified WTE the projected staff of the last year need at its target (to 2 places, half
 * up, as a gap is), and how many more that is than `actualQualified` (never negative).
 */
export function wteNeeded(projectedStaff: Decimal, targetRatio: number, actualQualified: Decimal): { qualifiedWte: Decimal; additionalWte: Decimal } {
  const qualifiedWte = projectedStaff.div(targetRatio).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  const additional = qualifiedWte.minus(actualQualified);
  return { qualifiedWte, additionalWte: additional.isNegative() ? new Decimal(0) : new Decimal(additional) };
}
