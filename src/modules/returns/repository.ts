import { prepared } from '../../db/prepared.ts';

/*
 * SQL for reading and writing annual returns. The policy for a year is resolved inside the
 * queries (the latest effective_from not after the year), never by loading every policy.
 */

import type { Queryable } from '../../db/transaction.ts';
import type { RevisionColumns } from '../../db/revision-columns.ts';
import type { NewRevision } from '../../domain/return-decision.ts';

export type { NewRevision } from '../../domain/return-decision.ts';

/** A revision with what a client sees alongside it: organisation and policy. */
export type ReturnRow = RevisionColumns & {
  revision_id: string;
  ods_code: string;
  organisation_name: string;
  region_code: string;
  type: string;
  organisation_version: string;
  policy_effective_from: number | null;
  policy_flag_threshold: number | null;
  policy_target_ratio: number | null;
  /** The revision's standing (not withdrawn) approval, if any. */
  approval_id: string | null;
  approved_at: Date | null;
  approved_by: string | null;
  approved_by_role: string | null;
  approved_by_key_id: string | null;
  /** The library service whose return wrote this revision (a member's attributed figures), if any. */
  library_service_code: string | null;
};

/** An approval of a revision as the revisions list shows it. */
export type ApprovalRecord = {
  at: string;
  by: { keyId: string | null; name: string; role: string };
  withdrawnAt: string | null;
  withdrawnBy: { keyId: string | null; name: string; role: string } | null;
  reason: string | null;
};

/**
 * What a ReturnRow is read from: one SQL expression per field, so the select list is derived from
 * the row type's own fields (the type check fails when either gains a field the other lacks).
 */
const RETURN_ROW: Record<keyof ReturnRow, string> = {
  revision_id: 'r.id::text',
  ods_code: 'r.ods_code',
  year: 'r.year',
  revision: 'r.revision',
  staff_wte: 'r.staff_wte',
  qualified_wte: 'r.qualified_wte',
  clinical_librarian_wte: 'r.clinical_librarian_wte',
  knowledge_manager_wte: 'r.knowledge_manager_wte',
  other_embedded_wte: 'r.other_embedded_wte',
  staff_source: 'r.staff_source',
  staff_snapshot_date: 'r.staff_snapshot_date::text',
  comment: 'r.comment',
  ratio: 'r.ratio',
  band: 'r.band::text',
  gap_wte: 'r.gap_wte',
  warnings: 'r.warnings',
  acknowledged_warnings: 'r.acknowledged_warnings',
  submitted_at: 'r.submitted_at',
  submitted_by: 'r.submitted_by',
  organisation_name: 'o.name',
  region_code: 'o.region_code',
  type: 'o.type::text',
  organisation_version: '(extract(epoch FROM o.updated_at) * 1000)::bigint::text',
  policy_effective_from: 'p.effective_from',
  policy_flag_threshold: 'p.flag_threshold',
  policy_target_ratio: 'p.target_ratio',
  approval_id: 'a.id::text',
  approved_at: 'a.approved_at',
  approved_by: 'a.approved_by',
  approved_by_role: 'a.approved_by_role',
  approved_by_key_id: 'a.approved_by_key_id::text',
  library_service_code: '(SELECT lsr.service_code FROM library_service_revisions lsr WHERE lsr.id = r.library_service_revision_id)',
};

/** A select list from field → expression: `expression AS field` for each. */
export const selectList = (fields: Record<string, string>) =>
  Object.entries(fields).map(([field, expression]) => `${expression} AS ${field}`).join(',\n  ');

const RETURN_COLUMNS = selectList(RETURN_ROW);

/** A revision's standing approval (the guard trigger allows at most one). */
const STANDING_APPROVAL = 'LEFT JOIN return_approvals a ON a.revision_id = r.id AND a.withdrawn_at IS NULL';

const CURRENT_FROM = `
  FROM annual_returns ar
  JOIN return_revisions r ON r.id = ar.current_revision_id
  JOIN organisations o ON o.ods_code = ar.ods_code
  LEFT JOIN policies p ON p.id = r.policy_id
  ${STANDING_APPROVAL}`;

/** Every approval of the revision `r`, oldest first, as the revisions list shows them. */
const APPROVALS_OF_REVISION = `coalesce((
  SELECT json_agg(json_build_object(
    'at', to_char(x.approved_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    'by', json_build_object('keyId', x.approved_by_key_id, 'name', x.approved_by, 'role', x.approved_by_role),
    'withdrawnAt', to_char(x.withdrawn_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    'withdrawnBy', CASE WHEN x.withdrawn_at IS NULL THEN NULL
                   ELSE json_build_object('keyId', x.withdrawn_by_key_id, 'name', x.withdrawn_by, 'role', x.withdrawn_by_role) END,
    'reason', x.withdrawal_reason) ORDER BY x.id)
  FROM return_approvals x WHERE x.revision_id = r.id), '[]')`;

export async function organisationExists(db: Queryable, odsCode: string): Promise<boolean> {
  const { rows } = await db.query(prepared('SELECT 1 FROM organisations WHERE ods_code = $1', [odsCode]));
  return rows.length > 0;
}

export async function findCurrentReturn(db: Queryable, odsCode: string, year: number): Promise<ReturnRow | undefined> {
  const { rows } = await db.query<ReturnRow>(prepared(`SELECT ${RETURN_COLUMNS} ${CURRENT_FROM} WHERE ar.ods_code = $1 AND ar.year = $2`,
    [odsCode, year],
  ));
  return rows[0];
}

export async function listRevisions(
  db: Queryable,
  odsCode: string,
  year: number,
  limit: number | null,
  offset: number,
): Promise<{ rows: (ReturnRow & { approvals: ApprovalRecord[] })[]; total: number }> {
  const [page, count] = await Promise.all([
    db.query<ReturnRow & { approvals: ApprovalRecord[] }>(prepared(`SELECT ${RETURN_COLUMNS}, ${APPROVALS_OF_REVISION} AS approvals
       FROM return_revisions r JOIN organisations o ON o.ods_code = r.ods_code
       LEFT JOIN policies p ON p.id = r.policy_id
       ${STANDING_APPROVAL}
       WHERE r.ods_code = $1 AND r.year = $2 ORDER BY r.revision LIMIT $3 OFFSET $4`, [odsCode, year, limit, offset])),
    db.query<{ total: number }>(
      'SELECT count(*)::int AS total FROM return_revisions WHERE ods_code = $1 AND year = $2',
      [odsCode, year],
    ),
  ]);
  return { rows: page.rows, total: count.rows[0]!.total };
}

/** Revisions by id (what a publication froze), with their organisations' current names and regions. */
export async function findRevisionsByIds(db: Queryable, ids: string[]): Promise<ReturnRow[]> {
  const { rows } = await db.query<ReturnRow>(prepared(`SELECT ${RETURN_COLUMNS}
     FROM return_revisions r JOIN organisations o ON o.ods_code = r.ods_code
     LEFT JOIN policies p ON p.id = r.policy_id
     ${STANDING_APPROVAL}
     WHERE r.id = ANY($1::bigint[]) ORDER BY r.ods_code, r.year`, [ids]));
  return rows;
}

/** Records an approval of a revision; the trigger fills in who and when from the audit actor. */
export async function insertApproval(db: Queryable, revisionId: string): Promise<void> {
  await db.query(prepared('INSERT INTO return_approvals (revision_id) VALUES ($1)', [revisionId]));
}

/** Withdraws a standing approval with a reason; the trigger fills in who and when. */
export async function withdrawApproval(db: Queryable, approvalId: string, reason: string): Promise<void> {
  await db.query(prepared('UPDATE return_approvals SET withdrawal_reason = $2 WHERE id = $1', [approvalId, reason]));
}

export type ReturnFilters = {
  year?: number | undefined;
  odsCode?: string | undefined;
  /** Only these organisations (a submitter's own); null or undefined for all. */
  odsCodes?: string[] | null | undefined;
  region?: string | undefined;
  type?: string | undefined;
  band?: string | undefined;
  sort?: Exclude<keyof typeof SORTS, 'default'> | undefined;
};

const SORTS = {
  ratio: 'r.ratio ASC NULLS LAST, ar.year DESC, ar.ods_code',
  '-ratio': 'r.ratio DESC NULLS FIRST, ar.year DESC, ar.ods_code',
  odsCode: 'ar.ods_code, ar.year DESC',
  yearAscending: 'ar.year, ar.ods_code',
  '-gapWte': 'r.gap_wte DESC NULLS LAST, ar.year DESC, ar.ods_code',
  default: 'ar.year DESC, ar.ods_code',
} as const;

/** Current returns matching the filters, one page of them, and how many match in all. */
export async function listCurrentReturns(
  db: Queryable,
  filters: ReturnFilters,
  limit: number | null,
  offset: number,
): Promise<{ rows: ReturnRow[]; total: number }> {
  const where = `
    WHERE ($1::int IS NULL OR ar.year = $1)
      AND ($2::text IS NULL OR ar.ods_code = $2)
      AND ($3::text IS NULL OR o.region_code = $3)
      AND ($4::organisation_type IS NULL OR o.type = $4)
      AND ($5::band IS NULL OR r.band = $5)
      AND ($6::text[] IS NULL OR ar.ods_code = ANY($6))`;
  const params = [
    filters.year ?? null, filters.odsCode ?? null, filters.region ?? null, filters.type ?? null, filters.band ?? null,
    filters.odsCodes ?? null,
  ];
  const order = SORTS[filters.sort ?? 'default'];
  const [page, count] = await Promise.all([
    db.query<ReturnRow>(prepared(`SELECT ${RETURN_COLUMNS} ${CURRENT_FROM} ${where} ORDER BY ${order} LIMIT $7 OFFSET $8`, [...params, limit, offset])),
    db.query<{ total: number }>(prepared(`SELECT count(*)::int AS total ${CURRENT_FROM} ${where}`,
      params,
    )),
  ]);
  return { rows: page.rows, total: count.rows[0]!.total };
}


/** Points a return's head at its newest revision, with that revision's figures for the aggregates. */
const MOVE_HEAD = `revision = EXCLUDED.revision, current_revision_id = EXCLUDED.current_revision_id, updated_at = now(),
  staff_wte = EXCLUDED.staff_wte, qualified_wte = EXCLUDED.qualified_wte, ratio = EXCLUDED.ratio, band = EXCLUDED.band,
  gap_wte = EXCLUDED.gap_wte`;

/**
 * return_revisions as written: each NewRevision field's column and PostgreSQL type, in one place.
 * The column list, the parameters' order and their casts are all derived from it, and the type
 * check fails when NewRevision gains a field this table does not name.
 */
const REVISION_TABLE = {
  odsCode: ['ods_code', 'varchar'],
  year: ['year', 'int'],
  revision: ['revision', 'int'],
  staffWte: ['staff_wte', 'numeric'],
  qualifiedWte: ['qualified_wte', 'numeric'],
  clinicalLibrarianWte: ['clinical_librarian_wte', 'numeric'],
  knowledgeManagerWte: ['knowledge_manager_wte', 'numeric'],
  otherEmbeddedWte: ['other_embedded_wte', 'numeric'],
  staffSource: ['staff_source', 'varchar'],
  staffSnapshotDate: ['staff_snapshot_date', 'date'],
  comment: ['comment', 'varchar'],
  policyId: ['policy_id', 'int'],
  ratio: ['ratio', 'float8'],
  band: ['band', 'band'],
  gapWte: ['gap_wte', 'numeric'],
  warnings: ['warnings', 'jsonb'],
  acknowledgedWarnings: ['acknowledged_warnings', 'jsonb'],
  submittedBy: ['submitted_by', 'varchar'],
  submittedByKeyId: ['submitted_by_key_id', 'uuid'],
  requestId: ['request_id', 'varchar'],
  libraryServiceRevisionId: ['library_service_revision_id', 'int8'],
} as const satisfies Record<keyof NewRevision, readonly [column: string, type: string]>;

const FIELDS = Object.keys(REVISION_TABLE) as (keyof typeof REVISION_TABLE)[];
const REVISION_COLUMNS = FIELDS.map((field) => REVISION_TABLE[field][0]).join(', ');
const HEAD_COLUMNS = 'ods_code, year, revision, current_revision_id, staff_wte, qualified_wte, ratio, band, gap_wte';

/** Appends the revisions from `source` and moves each return's head to its newest one. */
const appendSql = (source: string) => `WITH inserted AS (
    INSERT INTO return_revisions (${REVISION_COLUMNS}) ${source}
    RETURNING id, ods_code, year, revision, submitted_at, staff_wte, qualified_wte, ratio, band, gap_wte
  ), head AS (
    INSERT INTO annual_returns (${HEAD_COLUMNS})
    SELECT DISTINCT ON (ods_code, year) ods_code, year, revision, id, staff_wte, qualified_wte, ratio, band, gap_wte
    FROM inserted ORDER BY ods_code, year, revision DESC
    ON CONFLICT (ods_code, year) DO UPDATE SET ${MOVE_HEAD}
  )
  SELECT id::text AS id, submitted_at FROM inserted`;

// A single PUT gets plain VALUES: with the unnest form planned for files, alternating runs gave
// 710 PUT/s on average against 850/s.
const APPEND_ONE = appendSql(`VALUES (${FIELDS.map((field, i) => `$${i + 1}::${REVISION_TABLE[field][1]}`).join(', ')})`);
const APPEND_MANY = appendSql(`SELECT * FROM unnest(${FIELDS.map((field, i) => `$${i + 1}::${REVISION_TABLE[field][1]}[]`).join(', ')})`);

const valueOf = (r: NewRevision, field: keyof NewRevision) => (REVISION_TABLE[field][1] === 'jsonb' ? JSON.stringify(r[field]) : r[field]);

/**
 * Appends revisions (one for a PUT, thousands for a file) in one statement and points each
 * return's head at its newest one; answers each new revision's id and time. Revisions must be
 * numbered by the caller, who holds the returns' locks (or knows there is no current return).
 */
export async function insertRevisions(db: Queryable, revisions: NewRevision[]): Promise<{ id: string; submittedAt: Date }[]> {
  if (!revisions.length) return [];
  const [only] = revisions;
  const query = revisions.length === 1
    ? prepared(APPEND_ONE, FIELDS.map((field) => valueOf(only!, field)))
    : prepared(APPEND_MANY, FIELDS.map((field) => revisions.map((r) => valueOf(r, field))));
  const { rows } = await db.query<{ id: string; submitted_at: Date }>(query);
  return rows.map((row) => ({ id: row.id, submittedAt: row.submitted_at }));
}

/** Whether every warning of revision `r` is among its acknowledged codes. */
const ALL_WARNINGS_ACKNOWLEDGED = `NOT EXISTS (SELECT 1 FROM jsonb_array_elements(r.warnings) w WHERE NOT r.acknowledged_warnings ? (w ->> 'code'))`;

/** Current returns of a year with a warning their submitter has not acknowledged. */
export async function findUnacknowledged(db: Queryable, year: number): Promise<ReturnRow[]> {
  const { rows } = await db.query<ReturnRow>(prepared(`SELECT ${RETURN_COLUMNS} ${CURRENT_FROM}
     WHERE ar.year = $1 AND NOT ${ALL_WARNINGS_ACKNOWLEDGED} ORDER BY ar.ods_code`, [year]));
  return rows;
}

/** Approves the current revisions of these organisations' returns for a year, where approvable (all warnings acknowledged, not approved yet). */
export async function approveCurrentRevisions(db: Queryable, year: number, odsCodes: string[]): Promise<number> {
  const { rowCount } = await db.query(prepared(`INSERT INTO return_approvals (revision_id)
     SELECT r.id FROM annual_returns ar JOIN return_revisions r ON r.id = ar.current_revision_id
     WHERE ar.year = $1 AND ar.ods_code = ANY($2::varchar[]) AND ${ALL_WARNINGS_ACKNOWLEDGED}
       AND NOT EXISTS (SELECT 1 FROM return_approvals a WHERE a.revision_id = r.id AND a.withdrawn_at IS NULL)`, [year, odsCodes]));
  return rowCount ?? 0;
}

/** How many returns (organisation and year) and revisions are stored, for the metrics. */
export async function countStored(db: Queryable): Promise<{ returns: number; revisions: number }> {
  const { rows } = await db.query<{ returns: string; revisions: string }>(
    'SELECT (SELECT count(*) FROM annual_returns) AS returns, (SELECT count(*) FROM return_revisions) AS revisions',
  );
  return { returns: Number(rows[0]!.returns), revisions: Number(rows[0]!.revisions) };
}
