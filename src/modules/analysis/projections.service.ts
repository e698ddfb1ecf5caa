import { Decimal } from 'decimal.js';
import type { z } from 'zod';
import type pg from 'pg';
import { unprocessable } from '../../errors/problem.ts';
import { bandFor, ratioOf, type PolicyThresholds } from '../../domain/ratio.ts';
import { formatYear, parseYear } from '../../domain/years.ts';
import { leastSquares, project, targetMetIn, wteNeeded } from '../../domain/projection.ts';
import { wteOut } from '../../http/schemas.ts';
import { groupName, type GroupBy } from '../monitoring/service.ts';
import { allPolicies, groupKeys, latestYearWithReturns, pooledByYear, type PolicyRow, type PooledYearRow } from './repository.ts';
import type { projection, projections } from './schemas.ts';

type Projection = z.output<typeof projection>;

/** The policy in force in a year: the latest effective from a year not after it (policies oldest first). */
export function policyIn(policies: PolicyRow[], year: number): PolicyThresholds | null {
  const found = policies.filter((policy) => policy.effective_from <= year).at(-1);
  return found ? { flagThreshold: found.flag_threshold, targetRatio: found.target_ratio } : null;
}
const MIN_BASIS_YEARS = 3;
const MAX_YEARS_AHEAD = 50;
/** The last year the API can write (2098-99: its second part must be the next year). */
const LAST_YEAR = parseYear('2098-99')!;

const method = (years: number, latest: number, until: number | null) =>
  `Ordinary least squares: a straight line fitted, in exact decimals, to each of the group's pooled staff WTE and pooled ` +
  `qualified WTE over its last ${years} reported years, counted back from ${formatYear(latest)} (the latest year with returns` +
  `${until === null ? '' : ` up to ${formatYear(until)}, as asked by until`}). Each projected ratio is fitted staff ÷ fitted ` +
  `qualified (unrounded), banded under that year's policy; a fitted WTE below zero counts as zero. Pooled figures are sums ` +
  `over the organisations that reported each year, so a year few have reported yet pulls the lines down: basis.points shows ` +
  `each year's organisationsReported. A group with fewer than ${MIN_BASIS_YEARS} reported years is not projected (omitted).`;

function projected(key: string, name: string, basis: PooledYearRow[], last: number, policyFor: (year: number) => PolicyThresholds | null): Projection {
  const staffLine = leastSquares(basis.map((b) => ({ year: b.year, value: new Decimal(b.staff_wte) })));
  const qualifiedLine = leastSquares(basis.map((b) => ({ year: b.year, value: new Decimal(b.qualified_wte) })));
  const basisEnd = basis.at(-1)!;
  const points = project(staffLine, qualifiedLine, basisEnd.year + 1, last, policyFor);
  const policyAtEnd = policyFor(last);
  const needed = policyAtEnd && wteNeeded(points.at(-1)!.staffWte, policyAtEnd.targetRatio, new Decimal(basisEnd.qualified_wte));
  const met = targetMetIn(points);
  return {
    key,
    name,
    basis: {
      from: formatYear(basis[0]!.year),
      to: formatYear(basisEnd.year),
      years: basis.length,
      points: basis.map((b) => {
        const policy = policyFor(b.year);
        const [staff, qualified] = [new Decimal(b.staff_wte), new Decimal(b.qualified_wte)];
        return {
          year: formatYear(b.year),
          organisationsReported: b.reported,
          staffWte: wteOut(b.staff_wte)!,
          qualifiedWte: wteOut(b.qualified_wte)!,
          ratio: ratioOf(staff, qualified),
          band: policy && bandFor(staff, qualified, policy),
        };
      }),
    },
    points: points.map((p) => ({
      year: formatYear(p.year),
      staffWte: p.staffWte.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toNumber(),
      qualifiedWte: p.qualifiedWte.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toNumber(),
      ratio: p.ratio,
      band: p.band,
    })),
    targetMetIn: met === null ? null : formatYear(met),
    wteNeeded: needed && { byYear: formatYear(last), qualifiedWte: needed.qualifiedWte.toNumber(), additionalWte: needed.additionalWte.toNumber() },
  };
}

/**
 * The pooled figures the projections are fitted to, up to `until`. Usually every group reported in
 * each of the last `years` years, so only those are read (a quarter of 20 years of returns);
 * when a group has gaps there, or no return there at all, every year is read instead, so that its
 * last `years` reported years are counted back as far as they go.
 */
async function basisRows(pool: pg.Pool, groupBy: GroupBy, years: number, until: number | null): Promise<PooledYearRow[]> {
  const [latest, keys] = await Promise.all([latestYearWithReturns(pool, until), groupKeys(pool, groupBy)]);
  if (latest === null) return [];
  const recent = await pooledByYear(pool, groupBy, latest - years + 1, latest);
  const counts = new Map<string, number>();
  for (const row of recent) counts.set(row.key, (counts.get(row.key) ?? 0) + 1);
  return keys.every((key) => counts.get(key) === years) ? recent : pooledByYear(pool, groupBy, null, latest);
}

/**
 * Each group's projection: its last `years` reported years (up to `until`, or the latest with
 * returns) fitted, then projected to `to`. Groups with fewer than 3 reported years are listed in
 * `omitted`; when none can be projected, 422.
 */
export async function projectionsFor(
  pool: pg.Pool,
  groupBy: GroupBy,
  years: number,
  to: number | null,
  until: number | null,
): Promise<z.output<typeof projections>> {
  if (years < MIN_BASIS_YEARS) {
    throw unprocessable(`A projection is fitted to at least ${MIN_BASIS_YEARS} reported years; years=${years} is too few.`, [{ pointer: '/query/years', message: `must be at least ${MIN_BASIS_YEARS}` }]);
  }
  const [rows, policies] = await Promise.all([basisRows(pool, groupBy, years, until), allPolicies(pool)]);
  if (rows.length === 0) {
    throw unprocessable(
      until === null ? 'There are no returns yet: nothing to project from.' : `There are no returns up to ${formatYear(until)}: nothing to project from.`,
      until === null ? [] : [{ pointer: '/query/until', message: 'must be a year with returns, or after one' }],
    );
  }
  // The basis ends at the latest year with returns (up to `until`): never at a year with none.
  const latest = Math.max(...rows.map((row) => row.year));
  const last = to ?? latest + 5;
  const lastAllowed = Math.min(latest + MAX_YEARS_AHEAD, LAST_YEAR);
  if (last <= latest || last > lastAllowed) {
    throw unprocessable(`to must be after ${formatYear(latest)}, the basis's last year, and at most ${formatYear(lastAllowed)}.`, [
      { pointer: '/query/to', message: `must be from ${formatYear(latest + 1)} to ${formatYear(lastAllowed)}` },
    ]);
  }
  const byGroup = new Map<string, PooledYearRow[]>();
  for (const row of rows) {
    const group = byGroup.get(row.key);
    if (group) group.push(row);
    else byGroup.set(row.key, [row]);
  }
  const policyFor = (year: number) => policyIn(policies, year);
  const groups: Projection[] = [];
  const omitted: z.output<typeof projections>['omitted'] = [];
  for (const [key, all] of byGroup) {
    const basis = all.slice(-years);
    const name = groupName(groupBy, key, all[0]!.region_name);
    if (basis.length < MIN_BASIS_YEARS) omitted.push({ key, name, years: basis.map((b) => formatYear(b.year)) });
    else groups.push(projected(key, name, basis, last, policyFor));
  }
  if (groups.length === 0) {
    const [first] = omitted;
    throw unprocessable(
      `A projection needs at least ${MIN_BASIS_YEARS} reported years: ${first!.name} has ${first!.years.length} (${first!.years.join(', ') || 'none'})` +
        `${omitted.length > 1 ? `, and ${omitted.length - 1} other group${omitted.length > 2 ? 's' : ''} as few` : ''}.`,
    );
  }
  return { groupBy, to: formatYear(last), method: method(years, latest, until), groups, omitted };
}
