import type { Queryable } from '../../db/transaction.ts';
import { prepared } from '../../db/prepared.ts';

/*
 * SQL for the analysis of a year's returns: benchmarking and change, the pooled history a
 * projection is fitted to, and the returns a scenario re-bands. A library service's member is read
 * with its attributed figures (its head's) and, for ranking and change, the service's exact ratio.
 */

export type Direction = 'new' | 'improving' | 'stable' | 'worsening';
export type BenchmarkSort = 'rank' | 'odsCode' | '-gapWte' | '-change';

export type BenchmarkFilters = {
  region: string | null;
  type: string | null;
  band: string | null;
  change: Direction | null;
};

export type BenchmarkRow = {
  ods_code: string;
  name: string;
  region_code: string;
  type: string;
  staff_wte: string;
  qualified_wte: string;
  ratio: number | null;
  band: 'meets_target' | 'short_of_target' | 'flagged' | null;
  gap_wte: string | null;
  library_service: string | null;
  /** What the ratio is of: the organisation's own figures, or its library service's. */
  basis_staff: string;
  basis_qualified: string;
  rank: number;
  region_rank: number;
  quintile: number | null;
  staff_change: string | null;
  qualified_change: string | null;
  ratio_change: number | null;
  previous_band: 'meets_target' | 'short_of_target' | 'flagged' | null;
  direction: Direction;
};

export type BenchmarkPage = { rows: BenchmarkRow[]; total: number; nationalStaff: string | null; nationalQualified: string | null };

const BENCHMARK_SORTS: Record<BenchmarkSort, string> = {
  rank: 'rank, ods_code',
  odsCode: 'ods_code',
  '-gapWte': 'gap_wte DESC NULLS LAST, rank, ods_code',
  // Losing every qualified specialist is the largest rise of all; no comparable ratio comes last.
  '-change': `(direction = 'worsening' AND ratio_change IS NULL) DESC, ratio_change DESC NULLS LAST, rank, ods_code`,
};

/*
 * One statement: the heads of the year and the year before, each with the exact ratio it is
 * banded by (a member's is its service's: staff and qualified WTE of the service's revision);
 * ranks over every organisation of the year (filters never change ranks); then the filters, one
 * page and the total. The exact ratio is a numeric to 20 places: two different ratios of WTEs
 * with 2 decimal places (at most 1,000 qualified) differ by at least 1e-10, so only equal ratios
 * tie, which a double could not promise. Direction compares cross-multiplied exact figures.
 */
const BENCHMARK = (order: string) => `WITH heads AS (
    SELECT ar.ods_code, ar.year, ar.staff_wte, ar.qualified_wte, ar.ratio, ar.band, ar.gap_wte, ls.service_code,
           coalesce(ls.staff_wte, ar.staff_wte) AS basis_staff,
           coalesce(ls.qualified_wte, ar.qualified_wte) AS basis_qualified
    FROM annual_returns ar
    LEFT JOIN (
      SELECT rr.id, lsr.service_code, lsr.staff_wte, lsr.qualified_wte
      FROM library_service_revisions lsr JOIN return_revisions rr ON rr.library_service_revision_id = lsr.id
      WHERE lsr.year IN ($1, $1 - 1)
    ) ls ON ls.id = ar.current_revision_id
    WHERE ar.year IN ($1, $1 - 1)
  ),
  exact AS (
    SELECT h.*, CASE WHEN h.basis_qualified > 0 THEN round(h.basis_staff::numeric(40, 20) / h.basis_qualified, 20) END AS exact_ratio
    FROM heads h
  ),
  ranked AS (
    SELECT e.ods_code, o.name, o.region_code, o.type::text AS type, e.staff_wte, e.qualified_wte, e.ratio, e.band, e.gap_wte,
           e.service_code, e.basis_staff, e.basis_qualified, e.exact_ratio,
           rank() OVER (ORDER BY e.exact_ratio ASC NULLS LAST)::int AS rank,
           rank() OVER (PARTITION BY o.region_code ORDER BY e.exact_ratio ASC NULLS LAST)::int AS region_rank,
           count(e.exact_ratio) OVER ()::int AS with_qualified
    FROM exact e JOIN organisations o ON o.ods_code = e.ods_code
    WHERE e.year = $1
  ),
  changed AS (
    SELECT r.*, p.band AS previous_band,
           (r.staff_wte - p.staff_wte)::text AS staff_change,
           (r.qualified_wte - p.qualified_wte)::text AS qualified_change,
           CASE WHEN r.exact_ratio IS NOT NULL AND p.exact_ratio IS NOT NULL
                THEN ((r.basis_staff * p.basis_qualified) / (r.basis_qualified * p.basis_staff) - 1)::float8 END AS ratio_change,
           CASE WHEN p.ods_code IS NULL THEN 'new'
                WHEN r.exact_ratio IS NULL AND p.exact_ratio IS NULL THEN 'stable'
                WHEN r.exact_ratio IS NULL THEN 'worsening'
                WHEN p.exact_ratio IS NULL THEN 'improving'
                WHEN r.basis_staff * p.basis_qualified <= (1 - $6::numeric) * p.basis_staff * r.basis_qualified THEN 'improving'
                WHEN r.basis_staff * p.basis_qualified >= (1 + $6::numeric) * p.basis_staff * r.basis_qualified THEN 'worsening'
                ELSE 'stable' END AS direction
    FROM ranked r LEFT JOIN exact p ON p.ods_code = r.ods_code AND p.year = $1 - 1
  ),
  filtered AS (
    SELECT * FROM changed
    WHERE ($2::text IS NULL OR region_code = $2)
      AND ($3::organisation_type IS NULL OR type = $3::text)
      AND ($4::band IS NULL OR band = $4)
      AND ($5::text IS NULL OR direction = $5)
  ),
  national AS (SELECT sum(staff_wte)::text AS staff, sum(qualified_wte)::text AS qualified FROM ranked)
  SELECT (SELECT count(*)::int FROM filtered) AS total, n.staff AS national_staff, n.qualified AS national_qualified, pg.*
  FROM national n
  LEFT JOIN LATERAL (
    SELECT ods_code, name, region_code, type, staff_wte::text AS staff_wte, qualified_wte::text AS qualified_wte, ratio, band,
           gap_wte::text AS gap_wte, service_code AS library_service, basis_staff::text AS basis_staff,
           basis_qualified::text AS basis_qualified, rank, region_rank,
           CASE WHEN exact_ratio IS NOT NULL THEN (5 * rank + with_qualified - 1) / with_qualified END AS quintile,
           staff_change, qualified_change, ratio_change, previous_band, direction
    FROM filtered ORDER BY ${order} LIMIT $7 OFFSET $8
  ) pg ON true`;

export async function benchmarkRows(
  db: Queryable,
  year: number,
  filters: BenchmarkFilters,
  materiality: string,
  sort: BenchmarkSort,
  limit: number | null,
  offset: number,
): Promise<BenchmarkPage> {
  const { rows } = await db.query<BenchmarkRow & { total: number; national_staff: string | null; national_qualified: string | null }>(prepared(
    BENCHMARK(BENCHMARK_SORTS[sort]),
    [year, filters.region, filters.type, filters.band, filters.change, materiality, limit, offset],
  ));
  const first = rows[0]!;
  return {
    rows: first.ods_code === null ? [] : rows,
    total: first.total,
    nationalStaff: first.national_staff,
    nationalQualified: first.national_qualified,
  };
}

export type PooledYearRow = { key: string; region_name: string | null; year: number; reported: number; staff_wte: string; qualified_wte: string };

const GROUP_KEY = { national: `'national'`, region: 'o.region_code', type: 'o.type::text' } as const;

/** Every group's pooled staff and qualified WTE in every year with returns, oldest first. */
export async function pooledByYear(db: Queryable, groupBy: keyof typeof GROUP_KEY): Promise<PooledYearRow[]> {
  const { rows } = await db.query<PooledYearRow>(prepared(`SELECT p.key, reg.name AS region_name, p.year, p.reported, p.staff_wte::text AS staff_wte, p.qualified_wte::text AS qualified_wte
     FROM (
       SELECT ${GROUP_KEY[groupBy]} AS key, ar.year, count(*)::int AS reported, sum(ar.staff_wte) AS staff_wte, sum(ar.qualified_wte) AS qualified_wte
       FROM annual_returns ar JOIN organisations o ON o.ods_code = ar.ods_code
       GROUP BY 1, 2
     ) p
     LEFT JOIN regions reg ON reg.code = p.key
     ORDER BY p.key, p.year`));
  return rows;
}

export type PolicyRow = { effective_from: number; flag_threshold: number; target_ratio: number };

export async function allPolicies(db: Queryable): Promise<PolicyRow[]> {
  const { rows } = await db.query<PolicyRow>(prepared('SELECT effective_from, flag_threshold, target_ratio FROM policies ORDER BY effective_from'));
  return rows;
}

export type ScenarioRow = {
  ods_code: string;
  region_code: string;
  region_name: string;
  type: string;
  staff_wte: string;
  qualified_wte: string;
  service_revision_id: string | null;
  service_qualified_wte: string | null;
  service_members: { odsCode: string; staffWte: string }[] | null;
};

/** The year's current returns with what a scenario needs: a member's service's qualified WTE and members. */
export async function scenarioRows(db: Queryable, year: number): Promise<ScenarioRow[]> {
  const { rows } = await db.query<ScenarioRow>(prepared(`SELECT ar.ods_code, o.region_code, reg.name AS region_name, o.type::text AS type,
            ar.staff_wte::text AS staff_wte, ar.qualified_wte::text AS qualified_wte,
            lsr.id::text AS service_revision_id, lsr.qualified_wte::text AS service_qualified_wte, lsr.members AS service_members
     FROM annual_returns ar
     JOIN organisations o ON o.ods_code = ar.ods_code
     JOIN regions reg ON reg.code = o.region_code
     JOIN return_revisions rr ON rr.id = ar.current_revision_id
     LEFT JOIN library_service_revisions lsr ON lsr.id = rr.library_service_revision_id
     WHERE ar.year = $1
     ORDER BY ar.ods_code`,
    [year],
  ));
  return rows;
}
