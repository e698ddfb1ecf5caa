import type { Queryable } from '../../db/transaction.ts';
import { prepared } from '../../db/prepared.ts';
import { PUBLISH_LOCK_KEY } from '../../db/locks.ts';

/* The SQL of publications: the snapshot a version freezes, the versions, and what is pending. */

export type Snapshot = {
  /** The time of the snapshot (taken after the publishing lock): the version's publishedAt. */
  now: Date;
  /** The year's change count, read in the same statement (so in the same snapshot) as the returns. */
  changes_seen: string;
  /** Current revisions of approved returns, and of the returns left out. */
  included: string[];
  excluded: string[];
};

/** Serialises publishers of one year (versions are numbered in turn). */
export async function lockPublishing(db: Queryable, year: number): Promise<void> {
  await db.query('SELECT pg_advisory_xact_lock($1, $2)', [PUBLISH_LOCK_KEY, year]);
}

/** The year's current returns, split by approval, with its change count: one statement, one snapshot. */
export async function snapshotOf(db: Queryable, year: number): Promise<Snapshot> {
  const { rows } = await db.query<Snapshot>(prepared(`SELECT clock_timestamp() AS now,
            (SELECT coalesce(sum(changes), 0) FROM year_changes WHERE year = $1)::text AS changes_seen,
            coalesce(array_agg(ar.current_revision_id::text ORDER BY ar.ods_code) FILTER (WHERE a.id IS NOT NULL), '{}') AS included,
            coalesce(array_agg(ar.current_revision_id::text ORDER BY ar.ods_code) FILTER (WHERE a.id IS NULL), '{}') AS excluded
     FROM annual_returns ar
     LEFT JOIN return_approvals a ON a.revision_id = ar.current_revision_id AND a.withdrawn_at IS NULL
     WHERE ar.year = $1`, [year]));
  return rows[0]!;
}

export type PublicationRow = {
  year: number;
  version: number;
  published_at: Date;
  note: string;
  changes_seen: string;
  revision_ids: string[];
  excluded_revision_ids: string[];
  body: string;
};

const PUBLICATION_COLUMNS = `year, version, published_at, note, changes_seen::text AS changes_seen,
  revision_ids::text[] AS revision_ids, excluded_revision_ids::text[] AS excluded_revision_ids, body`;

/** A version of a year, or its latest when `version` is null; undefined when there is none. */
export async function findPublication(db: Queryable, year: number, version: number | null): Promise<PublicationRow | undefined> {
  const { rows } = await db.query<PublicationRow>(prepared(`SELECT ${PUBLICATION_COLUMNS} FROM publications
     WHERE year = $1 AND ($2::int IS NULL OR version = $2) ORDER BY version DESC LIMIT 1`, [year, version]));
  return rows[0];
}

/** The latest version number of a year, or null before its first. */
export async function latestVersion(db: Queryable, year: number): Promise<number | null> {
  const { rows } = await db.query<{ version: number | null }>(prepared('SELECT max(version) AS version FROM publications WHERE year = $1', [year]));
  return rows[0]!.version;
}

export type NewPublication = Omit<PublicationRow, 'changes_seen'> & { changes_seen: string; published_by: string; published_by_key_id: string | null };

export async function insertPublication(db: Queryable, p: NewPublication): Promise<void> {
  await db.query(prepared(`INSERT INTO publications (year, version, published_at, note, published_by, published_by_key_id, changes_seen,
       revision_ids, excluded_revision_ids, body)
     VALUES ($1, $2, $3, $4, $5, $6, $7::bigint, $8::bigint[], $9::bigint[], $10)`,
  [p.year, p.version, p.published_at, p.note, p.published_by, p.published_by_key_id, p.changes_seen, p.revision_ids, p.excluded_revision_ids, p.body]));
}

export type PublicationEntry = { year: number; version: number; published_at: Date; note: string };

/** Every version, newest first. */
export async function listPublications(db: Queryable, limit: number | null, offset: number): Promise<{ items: PublicationEntry[]; total: number }> {
  const [page, count] = await Promise.all([
    db.query<PublicationEntry>(prepared(`SELECT year, version, published_at, note FROM publications
       ORDER BY published_at DESC, year DESC, version DESC LIMIT $1 OFFSET $2`, [limit, offset])),
    db.query<{ total: number }>('SELECT count(*)::int AS total FROM publications'),
  ]);
  return { items: page.rows, total: count.rows[0]!.total };
}

export type PendingRow = {
  ods_code: string;
  current_id: string;
  approved: boolean;
  published_id: string | null;
  included: boolean | null;
};

/**
 * Returns of the year whose current revision or approval differs from what version `version`
 * froze: amended or new (another revision), approved (was left out), withdrawn (was included).
 */
export async function pendingRows(db: Queryable, year: number, version: number): Promise<PendingRow[]> {
  const { rows } = await db.query<PendingRow>(prepared(`WITH pub AS (
       SELECT revision_ids, excluded_revision_ids FROM publications WHERE year = $1 AND version = $2
     ), frozen AS (
       SELECT r.ods_code, r.id, true AS included FROM pub JOIN return_revisions r ON r.id = ANY(pub.revision_ids)
       UNION ALL
       SELECT r.ods_code, r.id, false FROM pub JOIN return_revisions r ON r.id = ANY(pub.excluded_revision_ids)
     )
     SELECT ar.ods_code, ar.current_revision_id::text AS current_id, a.id IS NOT NULL AS approved,
            f.id::text AS published_id, f.included
     FROM annual_returns ar
     LEFT JOIN return_approvals a ON a.revision_id = ar.current_revision_id AND a.withdrawn_at IS NULL
     LEFT JOIN frozen f ON f.ods_code = ar.ods_code
     WHERE ar.year = $1 AND (f.id IS NULL OR f.id <> ar.current_revision_id OR f.included <> (a.id IS NOT NULL))
     ORDER BY ar.ods_code`, [year, version]));
  return rows;
}

/** The revision ids of a year's latest version published by `at` (none: empty). */
export async function revisionIdsAsAt(db: Queryable, year: number, at: Date): Promise<string[]> {
  const { rows } = await db.query<{ ids: string[] }>(prepared(`SELECT revision_ids::text[] AS ids FROM publications
     WHERE year = $1 AND published_at <= $2 ORDER BY version DESC LIMIT 1`, [year, at]));
  return rows[0]?.ids ?? [];
}

/** The revisions a version froze, but those of the given organisations. */
export async function keptRevisionIds(db: Queryable, year: number, version: number, exceptCodes: string[]): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(prepared(`SELECT r.id::text AS id
     FROM publications p JOIN return_revisions r ON r.id = ANY(p.revision_ids)
     WHERE p.year = $1 AND p.version = $2 AND NOT (r.ods_code = ANY($3::varchar[]))`, [year, version, exceptCodes]));
  return rows.map((row) => row.id);
}

/** The organisations (code and name) these revisions belong to, by code. */
export async function organisationsOfRevisions(db: Queryable, ids: string[]): Promise<{ odsCode: string; name: string }[]> {
  const { rows } = await db.query<{ odsCode: string; name: string }>(prepared(`SELECT o.ods_code AS "odsCode", o.name
     FROM return_revisions r JOIN organisations o ON o.ods_code = r.ods_code
     WHERE r.id = ANY($1::bigint[]) ORDER BY o.ods_code`, [ids]));
  return rows;
}
