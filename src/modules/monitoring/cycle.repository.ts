import type { Queryable } from '../../db/transaction.ts';
import { prepared } from '../../db/prepared.ts';
import { EXPECTED } from './repository.ts';

/*
 * SQL of the annual cycle that monitoring answers carry: each year's status against its latest
 * publication, and the progress of returns towards sign-off.
 */

export type YearStatusRow = {
  year: number;
  /** The latest publication's version, or null before the first. */
  version: number | null;
  /** Changes (revisions, approvals, withdrawals) the latest publication saw, and the year's count now. */
  changes_seen: string | null;
  changes: string;
  last_change_at: Date | null;
};

/** Each year's latest publication and change count: `revised` exactly when the count moved since. */
export async function yearStatuses(db: Queryable, years: number[]): Promise<YearStatusRow[]> {
  const { rows } = await db.query<YearStatusRow>(prepared(`SELECT y.year, p.version, p.changes_seen::text AS changes_seen,
            coalesce(c.changes, 0)::text AS changes, c.last_change_at
     FROM unnest($1::int[]) AS y(year)
     LEFT JOIN LATERAL (
       SELECT version, changes_seen FROM publications WHERE year = y.year ORDER BY version DESC LIMIT 1
     ) p ON true
     LEFT JOIN LATERAL (
       SELECT sum(changes) AS changes, max(last_change_at) AS last_change_at FROM year_changes WHERE year = y.year
     ) c ON true
     ORDER BY y.year`, [years]));
  return rows;
}

export type ProgressRow = {
  region_code: string;
  name: string;
  expected: number;
  reported: number;
  approved: number;
  missing: string[];
};

/** Per region: organisations expected to report for the year, how many have, how many are approved, who is missing. */
export async function progressRows(db: Queryable, year: number): Promise<ProgressRow[]> {
  const { rows } = await db.query<ProgressRow>(prepared(`WITH orgs AS (
       SELECT o.ods_code, o.region_code, ar.ods_code IS NOT NULL AS reported, a.id IS NOT NULL AS approved
       FROM organisations o
       LEFT JOIN annual_returns ar ON ar.ods_code = o.ods_code AND ar.year = $1
       LEFT JOIN return_approvals a ON a.revision_id = ar.current_revision_id AND a.withdrawn_at IS NULL
       WHERE ${EXPECTED}
     )
     SELECT r.code AS region_code, r.name,
            count(orgs.ods_code)::int AS expected,
            count(*) FILTER (WHERE orgs.reported)::int AS reported,
            count(*) FILTER (WHERE orgs.approved)::int AS approved,
            coalesce(array_agg(orgs.ods_code ORDER BY orgs.ods_code) FILTER (WHERE orgs.ods_code IS NOT NULL AND NOT orgs.reported), '{}') AS missing
     FROM regions r LEFT JOIN orgs ON orgs.region_code = r.code
     GROUP BY r.code, r.name
     ORDER BY r.code`, [year]));
  return rows;
}

export type PublishedSummaryRow = {
  year: number;
  version: number;
  published_at: Date;
  /** The latest version's `summary` member: { national, regions, types } as groups. */
  summary: Record<'national' | 'regions' | 'types', unknown>;
};

/** Each year's latest publication's summary, oldest year first. */
export async function latestPublishedSummaries(db: Queryable, from: number | null, to: number | null): Promise<PublishedSummaryRow[]> {
  const { rows } = await db.query<PublishedSummaryRow>(prepared(`SELECT DISTINCT ON (year) year, version, published_at, (body::json) -> 'summary' AS summary
     FROM publications
     WHERE ($1::int IS NULL OR year >= $1) AND ($2::int IS NULL OR year <= $2)
     ORDER BY year, version DESC`, [from, to]));
  return rows;
}
