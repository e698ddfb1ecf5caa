import type { Queryable } from '../../db/transaction.ts';
import { prepared } from '../../db/prepared.ts';

/*
 * SQL for the monitoring aggregates: one statement per request, computed in PostgreSQL.
 * Groups follow each organisation's current region and type. Pooled sums are returned as exact
 * numeric text; the caller derives pooled ratio and band with src/domain/ratio.ts.
 */

export type GroupBy = 'national' | 'region' | 'type';

const GROUP_KEY: Record<GroupBy, string> = {
  national: `'national'`,
  region: 'o.region_code',
  type: 'o.type::text',
};

/** Organisations open on any day of the financial year starting in $1. */
export const EXPECTED = `(o.opened_on IS NULL OR o.opened_on <= make_date($1 + 1, 3, 31))
  AND (o.closed_on IS NULL OR o.closed_on >= make_date($1, 4, 1))`;

export type PolicyColumns = {
  policy_effective_from: number | null;
  flag_threshold: number | null;
  target_ratio: number | null;
};

/** What every group of current returns reports (from the heads' figures: one row per return). */
const GROUP_FIGURES = `count(*)::int AS reported, sum(staff_wte) AS staff_wte, sum(qualified_wte) AS qualified_wte,
  sum(gap_wte) AS gap_wte,
  count(*) FILTER (WHERE band = 'meets_target')::int AS meets_target,
  count(*) FILTER (WHERE band = 'short_of_target')::int AS short_of_target,
  count(*) FILTER (WHERE band = 'flagged')::int AS flagged,
  count(*) FILTER (WHERE qualified_wte = 0)::int AS no_qualified_staff`;

type GroupFigures = PolicyColumns & {
  key: string;
  region_name: string | null;
  reported: number;
  staff_wte: string;
  qualified_wte: string;
  gap_wte: string | null;
  meets_target: number;
  short_of_target: number;
  flagged: number;
  no_qualified_staff: number;
};

export type SummaryRow = GroupFigures & {
  expected: number;
  min: number | null;
  p25: number | null;
  median: number | null;
  p75: number | null;
  max: number | null;
  previous_staff_wte: string | null;
  previous_qualified_wte: string | null;
};

/**
 * Which returns the figures are computed from: `live`, every current return (the heads); or
 * `revisions`, exactly these revisions, of the year and the year before (what a publication froze).
 */
export type Source = { kind: 'live' } | { kind: 'revisions'; ids: string[] };

/** The returns of the year ($1) and the year before, as rows with the heads' figure columns. */
const RETURNS_OF: Record<Source['kind'], string> = {
  live: 'SELECT ods_code, year, staff_wte, qualified_wte, ratio, band, gap_wte FROM annual_returns WHERE year IN ($1, $1 - 1)',
  revisions: 'SELECT ods_code, year, staff_wte, qualified_wte, ratio, band, gap_wte FROM return_revisions WHERE id = ANY($2::bigint[]) AND year IN ($1, $1 - 1)',
};

export async function summaryRows(db: Queryable, year: number, groupBy: GroupBy, source: Source = { kind: 'live' }): Promise<SummaryRow[]> {
  const key = GROUP_KEY[groupBy];
  const params: unknown[] = source.kind === 'live' ? [year] : [year, source.ids];
  const { rows } = await db.query<SummaryRow>(prepared(`WITH grouped AS (
       SELECT o.ods_code, ${key} AS key, (${EXPECTED}) AS expected FROM organisations o
     ),
     current_returns AS (
       SELECT g.key, ar.year, ar.staff_wte, ar.qualified_wte, ar.ratio, ar.band, ar.gap_wte
       FROM (${RETURNS_OF[source.kind]}) ar
       JOIN grouped g ON g.ods_code = ar.ods_code
     ),
     expected AS (
       SELECT key, count(*) FILTER (WHERE expected)::int AS expected FROM grouped GROUP BY key
     ),
     reported AS (
       SELECT key,
              ${GROUP_FIGURES},
              min(ratio) AS min,
              percentile_cont(0.25) WITHIN GROUP (ORDER BY ratio) FILTER (WHERE qualified_wte > 0) AS p25,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY ratio) FILTER (WHERE qualified_wte > 0) AS median,
              percentile_cont(0.75) WITHIN GROUP (ORDER BY ratio) FILTER (WHERE qualified_wte > 0) AS p75,
              max(ratio) AS max
       FROM current_returns WHERE year = $1 GROUP BY key
     ),
     previous AS (
       SELECT key, sum(staff_wte) AS staff_wte, sum(qualified_wte) AS qualified_wte
       FROM current_returns WHERE year = $1 - 1 GROUP BY key
     ),
     policy AS (
       SELECT effective_from, flag_threshold, target_ratio FROM policies
       WHERE effective_from <= $1 ORDER BY effective_from DESC LIMIT 1
     )
     SELECT k.key, reg.name AS region_name,
            coalesce(e.expected, 0) AS expected, coalesce(r.reported, 0) AS reported,
            coalesce(r.staff_wte, 0)::text AS staff_wte, coalesce(r.qualified_wte, 0)::text AS qualified_wte,
            r.gap_wte::text AS gap_wte,
            coalesce(r.meets_target, 0) AS meets_target, coalesce(r.short_of_target, 0) AS short_of_target,
            coalesce(r.flagged, 0) AS flagged, coalesce(r.no_qualified_staff, 0) AS no_qualified_staff,
            r.min, r.p25, r.median, r.p75, r.max,
            p.staff_wte::text AS previous_staff_wte, p.qualified_wte::text AS previous_qualified_wte,
            pol.effective_from AS policy_effective_from, pol.flag_threshold, pol.target_ratio
     FROM (SELECT key FROM expected WHERE expected > 0 UNION SELECT key FROM reported) k
     LEFT JOIN expected e ON e.key = k.key
     LEFT JOIN reported r ON r.key = k.key
     LEFT JOIN previous p ON p.key = k.key
     LEFT JOIN regions reg ON reg.code = k.key
     LEFT JOIN policy pol ON true
     ORDER BY k.key`,
    params,
  ));
  return rows;
}

/** The policy in force for a year, for answers that have no group rows. */
export async function policyForYear(db: Queryable, year: number): Promise<PolicyColumns | undefined> {
  const { rows } = await db.query<PolicyColumns>(prepared(`SELECT effective_from AS policy_effective_from, flag_threshold, target_ratio FROM policies
     WHERE effective_from <= $1 ORDER BY effective_from DESC LIMIT 1`,
    [year],
  ));
  return rows[0];
}

export type TrendRow = GroupFigures & { year: number };

export async function trendRows(
  db: Queryable,
  groupBy: GroupBy,
  from: number | null,
  to: number | null,
): Promise<TrendRow[]> {
  const key = GROUP_KEY[groupBy];
  const { rows } = await db.query<TrendRow>(prepared(`WITH points AS (
       SELECT ${key} AS key, ar.year,
              ${GROUP_FIGURES}
       FROM annual_returns ar
       JOIN organisations o ON o.ods_code = ar.ods_code
       WHERE ($1::int IS NULL OR ar.year >= $1) AND ($2::int IS NULL OR ar.year <= $2)
       GROUP BY 1, 2
     )
     SELECT pt.key, reg.name AS region_name, pt.year, pt.reported,
            pt.staff_wte::text AS staff_wte, pt.qualified_wte::text AS qualified_wte, pt.gap_wte::text AS gap_wte,
            pt.meets_target, pt.short_of_target, pt.flagged, pt.no_qualified_staff,
            pol.effective_from AS policy_effective_from, pol.flag_threshold, pol.target_ratio
     FROM points pt
     LEFT JOIN regions reg ON reg.code = pt.key
     LEFT JOIN LATERAL (
       SELECT * FROM policies WHERE effective_from <= pt.year ORDER BY effective_from DESC LIMIT 1
     ) pol ON true
     ORDER BY pt.key, pt.year`,
    [from, to],
  ));
  return rows;
}

export type CompletenessRow = {
  expected: number;
  reported: number;
  missing: { odsCode: string; name: string; regionCode: string; type: string }[];
};

/** Expected organisations and which have reported; with `revisionIds`, reported means one of those revisions is theirs. */
export async function completeness(db: Queryable, year: number, region: string | null, revisionIds: string[] | null = null): Promise<CompletenessRow> {
  // The reporters first, then one join: a test of `id = ANY(...)` per organisation would scan the
  // whole list of ids for each of them (20,000 × 20,000 at scale L).
  const reporters = revisionIds === null
    ? 'SELECT ods_code FROM annual_returns WHERE year = $1'
    : 'SELECT DISTINCT ods_code FROM return_revisions WHERE id = ANY($3::bigint[]) AND year = $1';
  const { rows } = await db.query<CompletenessRow>(prepared(`WITH reporters AS (${reporters}),
     expected AS (
       SELECT o.ods_code, o.name, o.region_code, o.type::text AS type,
              rep.ods_code IS NOT NULL AS reported
       FROM organisations o
       LEFT JOIN reporters rep ON rep.ods_code = o.ods_code
       WHERE ${EXPECTED} AND ($2::text IS NULL OR o.region_code = $2)
     )
     SELECT count(*)::int AS expected,
            count(*) FILTER (WHERE reported)::int AS reported,
            coalesce(
              json_agg(json_build_object('odsCode', ods_code, 'name', name, 'regionCode', region_code, 'type', type)
                       ORDER BY ods_code) FILTER (WHERE NOT reported),
              '[]') AS missing
     FROM expected`,
    revisionIds === null ? [year, region] : [year, region, revisionIds],
  ));
  return rows[0]!;
}
