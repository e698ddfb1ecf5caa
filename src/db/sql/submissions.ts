import { AUDIT_ACTOR_SETTINGS, auditActorParams, type AuditActor } from '../audit.ts';
import { POLICY_LOCK_KEY } from '../locks.ts';
import type { Queryable } from './returns.ts';
import { prepared } from './prepared.ts';

/*
 * What submissions are checked against, for one return or a whole file at once: one statement
 * to take the locks, one to read every return's context.
 */

export type ReturnKey = { odsCode: string; year: number };

export const returnLockName = (key: ReturnKey) => `return:${key.odsCode}:${key.year}`;

/** Everything a submission is checked against, read after the return's lock is held. */
export type SubmissionContext = {
  ods_code: string;
  year: number;
  organisation_exists: boolean;
  organisation_name: string | null;
  region_code: string | null;
  type: string | null;
  opened_on: string | null;
  closed_on: string | null;
  organisation_version: string | null;
  policy_id: number | null;
  policy_effective_from: number | null;
  flag_threshold: number | null;
  target_ratio: number | null;
  opens_on: string | null;
  deadline: string | null;
  closes_on: string | null;
  current_revision_id: string | null;
  current_revision: number | null;
  current_staff_wte: string | null;
  current_qualified_wte: string | null;
  current_clinical_librarian_wte: string | null;
  current_knowledge_manager_wte: string | null;
  current_other_embedded_wte: string | null;
  current_staff_source: string | null;
  current_staff_snapshot_date: string | null;
  current_comment: string | null;
  previous_ratio: number | null;
};

/**
 * Names the actor for the audit triggers, holds off policy changes, and serialises writers of
 * each return (advisory locks taken in sorted order, so concurrent files cannot deadlock).
 * It also asks for generic plans for the rest of the transaction: left to choose, PostgreSQL
 * re-plans the context query on every call (about 0.8 ms of planning for 0.1 ms of work, found
 * with EXPLAIN ANALYZE EXECUTE), which was most of the database's time in a single PUT.
 */
export async function lockReturnsForWriting(
  db: Queryable,
  keys: ReturnKey[],
  actor: AuditActor,
  requestId: string | null,
): Promise<void> {
  const names = [...new Set(keys.map(returnLockName))].sort();
  await db.query(prepared(`SELECT ${AUDIT_ACTOR_SETTINGS},
            set_config('plan_cache_mode', 'force_generic_plan', true),
            pg_advisory_xact_lock_shared($6),
            (SELECT count(pg_advisory_xact_lock(hashtextextended(name, 0)))
             FROM unnest($7::text[]) WITH ORDINALITY AS l(name, position)) AS locks`,
    [...auditActorParams(actor, requestId), POLICY_LOCK_KEY, names],
  ));
}

export async function loadSubmissionContexts(db: Queryable, keys: ReturnKey[]): Promise<Map<string, SubmissionContext>> {
  const { rows } = await db.query<SubmissionContext>(prepared(`WITH wanted AS (
       SELECT DISTINCT ods_code, year FROM unnest($1::varchar[], $2::int[]) AS w(ods_code, year)
     )
     SELECT w.ods_code, w.year, o.ods_code IS NOT NULL AS organisation_exists,
            o.name AS organisation_name, o.region_code, o.type::text AS type,
            o.opened_on::text AS opened_on, o.closed_on::text AS closed_on,
            (extract(epoch FROM o.updated_at) * 1000)::bigint::text AS organisation_version,
            p.id AS policy_id, p.effective_from AS policy_effective_from, p.flag_threshold, p.target_ratio,
            y.opens_on::text AS opens_on, y.deadline::text AS deadline, y.closes_on::text AS closes_on,
            cur.id::text AS current_revision_id, cur.revision AS current_revision,
            cur.staff_wte AS current_staff_wte, cur.qualified_wte AS current_qualified_wte,
            cur.clinical_librarian_wte AS current_clinical_librarian_wte,
            cur.knowledge_manager_wte AS current_knowledge_manager_wte,
            cur.other_embedded_wte AS current_other_embedded_wte,
            cur.staff_source AS current_staff_source, cur.staff_snapshot_date::text AS current_staff_snapshot_date,
            cur.comment AS current_comment,
            prev.ratio AS previous_ratio
     FROM wanted w
     LEFT JOIN organisations o ON o.ods_code = w.ods_code
     LEFT JOIN LATERAL (
       SELECT id, effective_from, flag_threshold, target_ratio FROM policies
       WHERE effective_from <= w.year ORDER BY effective_from DESC LIMIT 1
     ) p ON true
     LEFT JOIN reporting_years y ON y.year = w.year
     LEFT JOIN annual_returns ar ON ar.ods_code = w.ods_code AND ar.year = w.year
     LEFT JOIN return_revisions cur ON cur.id = ar.current_revision_id
     LEFT JOIN annual_returns par ON par.ods_code = w.ods_code AND par.year = w.year - 1
     LEFT JOIN return_revisions prev ON prev.id = par.current_revision_id`,
    [keys.map((k) => k.odsCode), keys.map((k) => k.year)],
  ));
  return new Map(rows.map((row) => [`${row.ods_code}:${row.year}`, row]));
}

export type YearPolicy = { year: number; id: number | null; flag_threshold: number | null; target_ratio: number | null };

/** The policy in force for each year of a range (nulls where none is), for loaders of many years. */
export async function policiesForYears(db: Queryable, first: number, last: number): Promise<Map<number, YearPolicy>> {
  const { rows } = await db.query<YearPolicy>(
    `SELECT y AS year, p.id, p.flag_threshold, p.target_ratio FROM generate_series($1::int, $2::int) y
     LEFT JOIN LATERAL (SELECT * FROM policies WHERE effective_from <= y ORDER BY effective_from DESC LIMIT 1) p ON true`,
    [first, last],
  );
  return new Map(rows.map((row) => [row.year, row]));
}
