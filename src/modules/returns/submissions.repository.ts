import { AUDIT_ACTOR_SETTINGS, auditActorParams, type AuditActor } from '../../db/audit.ts';
import { POLICY_LOCK_KEY } from '../../db/locks.ts';
import type { Queryable } from '../../db/transaction.ts';
import { prepared } from '../../db/prepared.ts';
import { selectList } from './repository.ts';
import type { SubmissionContext } from '../../domain/return-decision.ts';

export type { SubmissionContext } from '../../domain/return-decision.ts';
import { setImmediate as nextTurn } from 'node:timers/promises';

/*
 * What submissions are checked against, for one return or a whole file at once: one statement
 * to take the locks, one to read every return's context.
 */

export type ReturnKey = { odsCode: string; year: number };

/** Keys per statement when a file names many returns. */
const BATCH = 5_000;

const LOCK_ORGANISATIONS = `SELECT count(*) FROM (
  SELECT ods_code FROM organisations WHERE ods_code = ANY($1::varchar[]) ORDER BY ods_code FOR NO KEY UPDATE) locked`;


/**
 * Names the actor for the audit triggers, holds off policy changes, and serialises writers of
 * each organisation's returns by locking its row (in code order, so concurrent files cannot
 * deadlock). Row locks live in the rows, not in PostgreSQL's shared lock table: an advisory lock
 * per return ran that table out of memory ("out of shared memory") for a 100,000-row file.
 * Codes that name no organisation lock nothing (their rows are refused). A dry run locks nothing.
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
  const codes = [...new Set(keys.map((key) => key.odsCode))].sort();
  // Batches of codes, locked in order: the order across batches stays the code order.
  for (let start = BATCH; start < codes.length; start += BATCH) {
    await db.query(prepared(LOCK_ORGANISATIONS, [codes.slice(start - BATCH, start)]));
    await nextTurn();
  }
  const last = codes.slice(Math.max(0, Math.ceil(codes.length / BATCH) - 1) * BATCH);
  await db.query(prepared(`WITH locked AS (
       SELECT ods_code FROM organisations WHERE ods_code = ANY($7::varchar[]) ORDER BY ods_code FOR NO KEY UPDATE
     )
     SELECT ${AUDIT_ACTOR_SETTINGS},
            set_config('plan_cache_mode', 'force_generic_plan', true),
            pg_advisory_xact_lock_shared($6),
            (SELECT count(*) FROM locked) AS locks`,
    [...auditActorParams(actor, requestId), POLICY_LOCK_KEY, last],
  ));
}

/** What a SubmissionContext is read from, one expression per field (see RETURN_ROW). */
const CONTEXT_ROW: Record<keyof SubmissionContext, string> = {
  ods_code: 'w.ods_code',
  year: 'w.year',
  organisation_exists: 'true',
  organisation_name: 'o.name',
  region_code: 'o.region_code',
  type: 'o.type::text',
  opened_on: 'o.opened_on::text',
  closed_on: 'o.closed_on::text',
  organisation_version: '(extract(epoch FROM o.updated_at) * 1000)::bigint::text',
  policy_id: 'p.id',
  policy_effective_from: 'p.effective_from',
  flag_threshold: 'p.flag_threshold',
  target_ratio: 'p.target_ratio',
  opens_on: 'y.opens_on::text',
  deadline: 'y.deadline::text',
  closes_on: 'y.closes_on::text',
  current_revision_id: 'cur.id::text',
  current_approval_id: 'ca.id::text',
  library_service_code: `(SELECT m.service_code FROM library_service_members m
    WHERE m.ods_code = w.ods_code AND m.from_year <= w.year AND (m.to_year IS NULL OR m.to_year >= w.year) LIMIT 1)`,
  current_revision: 'cur.revision',
  current_staff_wte: 'cur.staff_wte',
  current_qualified_wte: 'cur.qualified_wte',
  current_clinical_librarian_wte: 'cur.clinical_librarian_wte',
  current_knowledge_manager_wte: 'cur.knowledge_manager_wte',
  current_other_embedded_wte: 'cur.other_embedded_wte',
  current_staff_source: 'cur.staff_source',
  current_staff_snapshot_date: 'cur.staff_snapshot_date::text',
  current_comment: 'cur.comment',
  current_acknowledged_warnings: 'cur.acknowledged_warnings',
  previous_ratio: 'prev.ratio',
};
const CONTEXT_COLUMNS = selectList(CONTEXT_ROW);

async function loadContextBatch(db: Queryable, keys: ReturnKey[], into: Map<string, SubmissionContext>): Promise<void> {
  // Only returns of organisations that exist come back (a file naming 100,000 unknown codes
  // costs no rows), and the policy is looked up once per year rather than once per return.
  const { rows } = await db.query<SubmissionContext>(prepared(`WITH wanted AS (
       SELECT DISTINCT ods_code, year FROM unnest($1::varchar[], $2::int[]) AS w(ods_code, year)
     ), year_policy AS (
       SELECT y.year, p.id, p.effective_from, p.flag_threshold, p.target_ratio
       FROM (SELECT DISTINCT year FROM wanted) y
       LEFT JOIN LATERAL (
         SELECT id, effective_from, flag_threshold, target_ratio FROM policies
         WHERE effective_from <= y.year ORDER BY effective_from DESC LIMIT 1
       ) p ON true
     )
     SELECT ${CONTEXT_COLUMNS}
     FROM wanted w
     JOIN organisations o ON o.ods_code = w.ods_code
     JOIN year_policy p ON p.year = w.year
     LEFT JOIN reporting_years y ON y.year = w.year
     LEFT JOIN annual_returns ar ON ar.ods_code = w.ods_code AND ar.year = w.year
     LEFT JOIN return_revisions cur ON cur.id = ar.current_revision_id
     LEFT JOIN return_approvals ca ON ca.revision_id = cur.id AND ca.withdrawn_at IS NULL
     LEFT JOIN annual_returns par ON par.ods_code = w.ods_code AND par.year = w.year - 1
     LEFT JOIN return_revisions prev ON prev.id = par.current_revision_id`,
    [keys.map((k) => k.odsCode), keys.map((k) => k.year)],
  ));
  for (const row of rows) into.set(`${row.ods_code}:${row.year}`, row);
}

/**
 * Contexts for many returns, read in batches with a turn of the event loop between them: one
 * statement for 100,000 keys spent ~60 ms encoding its parameters and ~60 ms indexing its rows,
 * holding up every other request meanwhile.
 */
export async function loadSubmissionContexts(db: Queryable, keys: ReturnKey[]): Promise<(key: ReturnKey) => SubmissionContext> {
  const contexts = new Map<string, SubmissionContext>();
  for (let start = 0; start < keys.length; start += BATCH) {
    await loadContextBatch(db, keys.slice(start, start + BATCH), contexts);
    if (start + BATCH < keys.length) await nextTurn();
  }
  // A key with no row names no organisation: all a decision reads of it is that (a 404).
  return (key) =>
    contexts.get(`${key.odsCode}:${key.year}`) ?? ({ ods_code: key.odsCode, year: key.year, organisation_exists: false } as SubmissionContext);
}
