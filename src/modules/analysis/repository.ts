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

/** Each sort, by the page's columns (`gap_order`: the gap as a number; `gap_wte` is its text). */
const BENCHMARK_SORTS: Record<BenchmarkSort, string> = {
  rank: 'rank, ods_code COLLATE "C"',
  odsCode: 'ods_code COLLATE "C"',
  '-gapWte': 'gap_order DESC NULLS LAST, rank, ods_code COLLATE "C"',
  // Losing every qualified specialist is the largest rise of all; no comparable ratio comes last.
  '-change': `(direction = 'worsening' AND ratio_change IS NULL) DESC, ratio_change DESC NULLS LAST, rank, ods_code COLLATE "C"`,
};

/*
 * One statement: the year's heads (a member's with its service's staff and qualified WTE beside
 * its own), ranked over every organisation of the year (filters never change ranks); the year
 * before's heads; then change, the filters, one page and the total.
 *
 * Ranks order the stored ratio, a double, and that is exact here: it is the quotient of two WTEs
 * with 2 decimal places (a member's, its service's), correctly rounded through 20 significant
 * digits, so equal ratios are equal doubles, and two different ratios a/b and c/d differ by at
 * least 1/(a·d) relatively (a, d in hundredths: at most 1e7 × 1e5, services' staff sums within
 * 1e9), far more than a double's 1.1e-16. Direction is decided on the exact decimals, cross-
 * multiplied: a ratio exactly 5% lower is improving, which a floating-point quotient can miss.
 */
const FILTERS = `($2::text IS NULL OR region_code = $2) AND ($3::organisation_type IS NULL OR type = $3::text)
    AND ($4::band IS NULL OR band = $4) AND ($5::text IS NULL OR direction = $5)`;

const BENCHMARK = (order: string) => `WITH service_basis AS (
    SELECT rr.id AS revision_id, lsr.service_code, lsr.staff_wte, lsr.qualified_wte
    FROM library_service_revisions lsr JOIN return_revisions rr ON rr.library_service_revision_id = lsr.id
    WHERE lsr.year IN ($1, $1 - 1)
  ),
  ranked AS (
    SELECT ar.ods_code, o.region_code, o.type::text AS type, ar.staff_wte, ar.qualified_wte, ar.ratio, ar.band, ar.gap_wte,
           sb.service_code,
           coalesce(sb.staff_wte, ar.staff_wte) AS basis_staff, coalesce(sb.qualified_wte, ar.qualified_wte) AS basis_qualified,
           rank() OVER (ORDER BY ar.ratio ASC NULLS LAST)::int AS rank,
           rank() OVER (PARTITION BY o.region_code COLLATE "C" ORDER BY ar.ratio ASC NULLS LAST)::int AS region_rank
    FROM annual_returns ar
    JOIN organisations o ON o.ods_code = ar.ods_code
    LEFT JOIN service_basis sb ON sb.revision_id = ar.current_revision_id
    WHERE ar.year = $1
  ),
  previous AS (
    SELECT ar.ods_code, ar.staff_wte, ar.qualified_wte, ar.ratio, ar.band,
           coalesce(sb.staff_wte, ar.staff_wte) AS basis_staff, coalesce(sb.qualified_wte, ar.qualified_wte) AS basis_qualified
    FROM annual_returns ar LEFT JOIN service_basis sb ON sb.revision_id = ar.current_revision_id
    WHERE ar.year = $1 - 1
  ),
  changed AS MATERIALIZED (
    SELECT r.ods_code, r.region_code, r.type, r.staff_wte, r.qualified_wte, r.ratio, r.band, r.gap_wte, r.service_code,
           r.basis_staff, r.basis_qualified, r.rank, r.region_rank,
           p.band AS previous_band,
           r.staff_wte - p.staff_wte AS staff_change,
           r.qualified_wte - p.qualified_wte AS qualified_change,
           r.ratio / p.ratio - 1 AS ratio_change,
           CASE WHEN p.ods_code IS NULL THEN 'new'
                WHEN r.ratio IS NULL AND p.ratio IS NULL THEN 'stable'
                WHEN r.ratio IS NULL THEN 'worsening'
                WHEN p.ratio IS NULL THEN 'improving'
                WHEN r.basis_staff * p.basis_qualified <= (1 - $6::numeric) * p.basis_staff * r.basis_qualified THEN 'improving'
                WHEN r.basis_staff * p.basis_qualified >= (1 + $6::numeric) * p.basis_staff * r.basis_qualified THEN 'worsening'
                ELSE 'stable' END AS direction
    FROM ranked r LEFT JOIN previous p ON p.ods_code = r.ods_code
  )
  SELECT t.total, t.national_staff, t.national_qualified, pg.*
  FROM (
    SELECT count(*) FILTER (WHERE ${FILTERS})::int AS total, count(ratio)::int AS with_qualified,
           sum(staff_wte)::text AS national_staff, sum(qualified_wte)::text AS national_qualified
    FROM changed
  ) t
  LEFT JOIN LATERAL (
    -- One page, then its names (a name for each of 20,000 rows would be carried through every step).
    SELECT page.*, o.name
    FROM (
      SELECT ods_code, region_code, type, staff_wte::text AS staff_wte, qualified_wte::text AS qualified_wte, ratio, band,
             gap_wte::text AS gap_wte, service_code AS library_service, basis_staff::text AS basis_staff,
             basis_qualified::text AS basis_qualified, rank, region_rank,
             CASE WHEN ratio IS NOT NULL THEN (5 * rank + t.with_qualified - 1) / t.with_qualified END AS quintile,
             staff_change::text AS staff_change, qualified_change::text AS qualified_change, ratio_change, previous_band, direction,
             gap_wte AS gap_order
      FROM changed WHERE ${FILTERS}
      ORDER BY ${order} LIMIT $7 OFFSET $8
    ) page
    JOIN organisations o USING (ods_code)
    ORDER BY ${order}
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

/**
 * Every group's pooled staff and qualified WTE in each year with returns from `from` to `to`
 * (either null: unbounded), oldest first.
 */
export async function pooledByYear(db: Queryable, groupBy: keyof typeof GROUP_KEY, from: number | null, to: number | null): Promise<PooledYearRow[]> {
  const { rows } = await db.query<PooledYearRow>(prepared(`SELECT p.key, reg.name AS region_name, p.year, p.reported, p.staff_wte::text AS staff_wte, p.qualified_wte::text AS qualified_wte
     FROM (
       SELECT ${GROUP_KEY[groupBy]} AS key, ar.year, count(*)::int AS reported, sum(ar.staff_wte) AS staff_wte, sum(ar.qualified_wte) AS qualified_wte
       FROM annual_returns ar JOIN organisations o ON o.ods_code = ar.ods_code
       WHERE ($1::int IS NULL OR ar.year >= $1) AND ($2::int IS NULL OR ar.year <= $2)
       GROUP BY 1, 2
     ) p
     LEFT JOIN regions reg ON reg.code = p.key
     ORDER BY p.key, p.year`,
    [from, to],
  ));
  return rows;
}

/** The latest year with a return, up to `until` (null: any), or null when there is none. */
export async function latestYearWithReturns(db: Queryable, until: number | null): Promise<number | null> {
  const { rows } = await db.query<{ year: number | null }>(prepared('SELECT max(year) AS year FROM annual_returns WHERE $1::int IS NULL OR year <= $1', [until]));
  return rows[0]!.year;
}

/** The groups any organisation belongs to (whether or not it has reported). */
export async function groupKeys(db: Queryable, groupBy: keyof typeof GROUP_KEY): Promise<string[]> {
  const { rows } = await db.query<{ key: string }>(prepared(`SELECT DISTINCT ${GROUP_KEY[groupBy]} AS key FROM organisations o`));
  return rows.map((row) => row.key);
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
