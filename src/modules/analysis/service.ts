import { Decimal } from 'decimal.js';
import type { z } from 'zod';
import type pg from 'pg';
import type { Database } from '../../plugins/database.ts';
import { unprocessable } from '../../errors/problem.ts';
import { formatRatio, ratioOf, type PolicyThresholds } from '../../domain/ratio.ts';
import { formatYear } from '../../domain/years.ts';
import { leastSquares, project, targetMetIn, wteNeeded } from '../../domain/projection.ts';
import { wteOut } from '../../http/schemas.ts';
import { groupName, monitoringService, type GroupBy } from '../monitoring/service.ts';
import { allPolicies, benchmarkRows, pooledByYear, type BenchmarkFilters, type BenchmarkRow, type BenchmarkSort, type PolicyRow } from './repository.ts';
import { scenarioFor, type ScenarioParams } from './scenario.service.ts';
import type { benchmarkedOrganisation, projection, projections } from './schemas.ts';

export type BenchmarkedOrganisation = z.output<typeof benchmarkedOrganisation>;

const DEFAULT_MATERIALITY = '0.05';

/** The policy in force in a year: the latest effective from a year not after it. */
export function policyIn(policies: PolicyRow[], year: number): PolicyThresholds | null {
  let found: PolicyRow | null = null;
  for (const policy of policies) if (policy.effective_from <= year) found = policy;
  return found && { flagThreshold: found.flag_threshold, targetRatio: found.target_ratio };
}

function benchmarked(row: BenchmarkRow, nationalRatio: number | null): BenchmarkedOrganisation {
  return {
    odsCode: row.ods_code,
    name: row.name,
    regionCode: row.region_code,
    type: row.type as BenchmarkedOrganisation['type'],
    staffWte: wteOut(row.staff_wte)!,
    qualifiedWte: wteOut(row.qualified_wte)!,
    ratio: row.ratio,
    ratioDisplay: formatRatio(new Decimal(row.basis_staff), new Decimal(row.basis_qualified)),
    band: row.band,
    gapWte: wteOut(row.gap_wte),
    libraryService: row.library_service,
    rank: row.rank,
    regionRank: row.region_rank,
    quintile: row.quintile,
    vsEngland: row.ratio === null || nationalRatio === null ? null : row.ratio / nationalRatio,
    change: {
      staffWte: wteOut(row.staff_change),
      qualifiedWte: wteOut(row.qualified_change),
      ratio: row.ratio_change,
      previousBand: row.previous_band,
      direction: row.direction,
    },
  };
}

type BenchmarkQuery = BenchmarkFilters & { materiality: string | undefined; sort: BenchmarkSort };

async function benchmarkFor(pool: pg.Pool, year: number, query: BenchmarkQuery, limit: number | null, offset: number) {
  const materiality = query.materiality ?? DEFAULT_MATERIALITY;
  const page = await benchmarkRows(pool, year, query, materiality, query.sort, limit, offset);
  const nationalRatio = page.nationalStaff === null ? null : ratioOf(new Decimal(page.nationalStaff), new Decimal(page.nationalQualified!));
  return {
    items: page.rows.map((row) => benchmarked(row, nationalRatio)),
    total: page.total,
    extra: { year: formatYear(year), nationalRatio, materiality: Number(materiality) },
  };
}

type Projection = z.output<typeof projection>;
const MIN_BASIS_YEARS = 3;
const MAX_YEARS_AHEAD = 50;

const method = (years: number, latest: number, asked: boolean) =>
  `Ordinary least squares: a straight line fitted, in exact decimals, to each of the group's pooled staff WTE and pooled ` +
  `qualified WTE over its last ${years} reported years, counted back from ${formatYear(latest)} (${asked ? 'as asked by until' : 'the latest year with returns'}). ` +
  `Each projected ratio is fitted staff ÷ fitted qualified (unrounded), banded under that year's policy; a fitted WTE below ` +
  `zero counts as zero. Pooled figures are sums over the organisations that reported each year, so a year few have reported ` +
  `yet pulls the lines down: basis.points shows each year's organisationsReported.`;

async function projectionsFor(pool: pg.Pool, groupBy: GroupBy, years: number, to: number | null, until: number | null): Promise<z.output<typeof projections>> {
  if (years < MIN_BASIS_YEARS) {
    throw unprocessable(`A projection is fitted to at least ${MIN_BASIS_YEARS} reported years; years=${years} is too few.`, [{ pointer: '/query/years', message: `must be at least ${MIN_BASIS_YEARS}` }]);
  }
  const [everyYear, policies] = await Promise.all([pooledByYear(pool, groupBy), allPolicies(pool)]);
  const rows = until === null ? everyYear : everyYear.filter((row) => row.year <= until);
  if (rows.length === 0) throw unprocessable(until === null ? 'There are no returns yet: nothing to project from.' : `There are no returns up to ${formatYear(until)}: nothing to project from.`);
  const latest = until ?? Math.max(...rows.map((row) => row.year));
  const last = to ?? latest + 5;
  if (last <= latest || last > latest + MAX_YEARS_AHEAD) {
    throw unprocessable(`to must be after ${formatYear(latest)}, the basis's last year, and at most ${MAX_YEARS_AHEAD} years after it.`, [
      { pointer: '/query/to', message: `must be from ${formatYear(latest + 1)} to ${formatYear(latest + MAX_YEARS_AHEAD)}` },
    ]);
  }
  const byGroup = new Map<string, typeof rows>();
  for (const row of rows) {
    const group = byGroup.get(row.key);
    if (group) group.push(row);
    else byGroup.set(row.key, [row]);
  }
  const policyFor = (year: number) => policyIn(policies, year);
  const groups: Projection[] = [];
  for (const [key, all] of byGroup) {
    const basis = all.slice(-years);
    const name = groupName(groupBy, key, all[0]!.region_name);
    if (basis.length < MIN_BASIS_YEARS) {
      throw unprocessable(
        `${name} (${key}) has returns in ${basis.length} year${basis.length === 1 ? '' : 's'} (${basis.map((b) => formatYear(b.year)).join(', ')}); a projection needs at least ${MIN_BASIS_YEARS}.`,
      );
    }
    const staffLine = leastSquares(basis.map((b) => ({ year: b.year, value: new Decimal(b.staff_wte) })));
    const qualifiedLine = leastSquares(basis.map((b) => ({ year: b.year, value: new Decimal(b.qualified_wte) })));
    const basisEnd = basis.at(-1)!;
    const points = project(staffLine, qualifiedLine, basisEnd.year + 1, last, policyFor);
    const final = points.at(-1)!;
    const policyAtEnd = policyFor(last);
    const needed = policyAtEnd && wteNeeded(final.staffWte, policyAtEnd.targetRatio, new Decimal(basisEnd.qualified_wte));
    const met = targetMetIn(points);
    groups.push({
      key,
      name,
      basis: {
        from: formatYear(basis[0]!.year),
        to: formatYear(basisEnd.year),
        years: basis.length,
        points: basis.map((b) => ({
          year: formatYear(b.year),
          organisationsReported: b.reported,
          staffWte: wteOut(b.staff_wte)!,
          qualifiedWte: wteOut(b.qualified_wte)!,
          ratio: ratioOf(new Decimal(b.staff_wte), new Decimal(b.qualified_wte)),
        })),
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
    });
  }
  return { groupBy, to: formatYear(last), method: method(years, latest, until !== null), groups };
}

/** Analysis of the returns for HEE: benchmarking and change, projections, the ratio review's scenarios. */
export function analysisService(db: Database) {
  const { pool } = db;
  const monitoring = monitoringService(db);
  return {
    benchmark: (year: number, query: BenchmarkQuery, limit: number | null, offset: number) => benchmarkFor(pool, year, query, limit, offset),
    status: (year: number) => monitoring.status(year),
    projections: (groupBy: GroupBy, years: number, to: number | null, until: number | null) => projectionsFor(pool, groupBy, years, to, until),
    scenario: async (year: number, groupBy: GroupBy, params: ScenarioParams) =>
      scenarioFor(pool, year, groupBy, params, await allPolicies(pool), await monitoring.summary(year, groupBy)),
  };
}
