import { Decimal } from 'decimal.js';
import type { z } from 'zod';
import type pg from 'pg';
import type { Database } from '../../plugins/database.ts';
import { formatRatio, ratioOf } from '../../domain/ratio.ts';
import { formatYear } from '../../domain/years.ts';
import { wteOut } from '../../http/schemas.ts';
import { monitoringService, type GroupBy } from '../monitoring/service.ts';
import { allPolicies, benchmarkRows, type BenchmarkFilters, type BenchmarkRow, type BenchmarkSort } from './repository.ts';
import { scenarioFor, type ScenarioParams } from './scenario.service.ts';
import { projectionsFor } from './projections.service.ts';
import type { benchmarkedOrganisation } from './schemas.ts';

export type BenchmarkedOrganisation = z.output<typeof benchmarkedOrganisation>;

const DEFAULT_MATERIALITY = '0.05';


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
