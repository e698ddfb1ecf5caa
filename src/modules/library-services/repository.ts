import type { Queryable } from '../../db/transaction.ts';
import { prepared } from '../../db/prepared.ts';
import type { RevisionColumns } from '../../db/revision-columns.ts';

/* The SQL of library services: the services and their members, and their returns. */

export type ServiceRow = {
  code: string;
  name: string;
  host_ods_code: string;
  members: { odsCode: string; name: string; regionCode: string; fromYear: number; toYear: number | null }[];
};

const SERVICE_SELECT = `SELECT s.code, s.name, s.host_ods_code,
  coalesce((SELECT json_agg(json_build_object('odsCode', m.ods_code, 'name', o.name, 'regionCode', o.region_code,
                                              'fromYear', m.from_year, 'toYear', m.to_year) ORDER BY m.ods_code, m.from_year)
            FROM library_service_members m JOIN organisations o ON o.ods_code = m.ods_code
            WHERE m.service_code = s.code), '[]') AS members
  FROM library_services s`;

export async function findService(db: Queryable, code: string): Promise<ServiceRow | undefined> {
  const { rows } = await db.query<ServiceRow>(prepared(`${SERVICE_SELECT} WHERE s.code = $1`, [code]));
  return rows[0];
}

export async function listServices(db: Queryable, limit: number | null, offset: number): Promise<{ items: ServiceRow[]; total: number }> {
  const [page, count] = await Promise.all([
    db.query<ServiceRow>(prepared(`${SERVICE_SELECT} ORDER BY s.code LIMIT $1 OFFSET $2`, [limit, offset])),
    db.query<{ total: number }>('SELECT count(*)::int AS total FROM library_services'),
  ]);
  return { items: page.rows, total: count.rows[0]!.total };
}

/** Serialises changes of membership (the one-service-a-year check reads the whole table). */
export async function lockMemberships(db: Queryable): Promise<void> {
  await db.query('LOCK TABLE library_service_members IN SHARE ROW EXCLUSIVE MODE');
}

/** Holds off changes of membership while a service's return is written (writers of returns do not wait for each other). */
export async function holdMemberships(db: Queryable): Promise<void> {
  await db.query('LOCK TABLE library_service_members IN SHARE MODE');
}

export async function insertService(db: Queryable, code: string, name: string, host: string): Promise<void> {
  await db.query('INSERT INTO library_services (code, name, host_ods_code) VALUES ($1, $2, $3)', [code, name, host]);
}

export async function updateService(db: Queryable, code: string, name: string, host: string): Promise<void> {
  await db.query('UPDATE library_services SET name = $2, host_ods_code = $3, updated_at = now() WHERE code = $1', [code, name, host]);
}

export type Membership = { odsCode: string; fromYear: number; toYear: number | null };

export async function replaceMembers(db: Queryable, code: string, members: Membership[]): Promise<void> {
  await db.query('DELETE FROM library_service_members WHERE service_code = $1', [code]);
  await db.query(`INSERT INTO library_service_members (service_code, ods_code, from_year, to_year)
     SELECT $1, * FROM unnest($2::varchar[], $3::int[], $4::int[])`,
  [code, members.map((m) => m.odsCode), members.map((m) => m.fromYear), members.map((m) => m.toYear)]);
}

/** Other services' memberships of these organisations that overlap the given years. */
export async function overlappingMemberships(db: Queryable, code: string, members: Membership[]): Promise<{ ods_code: string; service_code: string }[]> {
  const { rows } = await db.query<{ ods_code: string; service_code: string }>(`SELECT DISTINCT m.ods_code, m.service_code
     FROM library_service_members m
     JOIN unnest($2::varchar[], $3::int[], $4::int[]) AS n(ods_code, from_year, to_year) ON n.ods_code = m.ods_code
     WHERE m.service_code <> $1
       AND m.from_year <= coalesce(n.to_year, 2147483647) AND n.from_year <= coalesce(m.to_year, 2147483647)
     ORDER BY m.ods_code`,
  [code, members.map((m) => m.odsCode), members.map((m) => m.fromYear), members.map((m) => m.toYear)]);
  return rows;
}

/** Returns (organisation, year) that exist for these organisations: who reports for them is settled. */
export async function returnsOf(db: Queryable, odsCodes: string[]): Promise<{ ods_code: string; year: number; service_code: string | null }[]> {
  const { rows } = await db.query<{ ods_code: string; year: number; service_code: string | null }>(`SELECT ar.ods_code, ar.year, lsr.service_code
     FROM annual_returns ar JOIN return_revisions r ON r.id = ar.current_revision_id
     LEFT JOIN library_service_revisions lsr ON lsr.id = r.library_service_revision_id
     WHERE ar.ods_code = ANY($1::varchar[])`, [odsCodes]);
  return rows;
}

/** The years a service has returns for. */
export async function serviceReturnYears(db: Queryable, code: string): Promise<number[]> {
  const { rows } = await db.query<{ year: number }>('SELECT DISTINCT year FROM library_service_revisions WHERE service_code = $1', [code]);
  return rows.map((row) => row.year);
}

/** A service's revision: the columns of any revision, and its members. */
export type ServiceRevisionRow = RevisionColumns & {
  id: string;
  service_code: string;
  policy_id: number | null;
  members: { odsCode: string; staffWte: string }[];
};

const REVISION_COLUMNS = `id::text, service_code, year, revision, staff_wte, qualified_wte, clinical_librarian_wte, knowledge_manager_wte,
  other_embedded_wte, staff_source, staff_snapshot_date::text, comment, policy_id, ratio, band::text, gap_wte, warnings,
  acknowledged_warnings, members, submitted_at, submitted_by`;

/** A service's latest revision for a year (undefined: none). */
export async function currentServiceRevision(db: Queryable, code: string, year: number): Promise<ServiceRevisionRow | undefined> {
  const { rows } = await db.query<ServiceRevisionRow>(prepared(`SELECT ${REVISION_COLUMNS} FROM library_service_revisions
     WHERE service_code = $1 AND year = $2 ORDER BY revision DESC LIMIT 1`, [code, year]));
  return rows[0];
}

export type NewServiceRevision = Omit<ServiceRevisionRow, 'id' | 'submitted_at' | 'members'> & {
  members: { odsCode: string; staffWte: string }[];
  submitted_by_key_id: string | null;
  request_id: string | null;
};

export async function insertServiceRevision(db: Queryable, r: NewServiceRevision): Promise<{ id: string; submitted_at: Date }> {
  const { rows } = await db.query<{ id: string; submitted_at: Date }>(`INSERT INTO library_service_revisions (service_code, year, revision,
       staff_wte, qualified_wte, clinical_librarian_wte, knowledge_manager_wte, other_embedded_wte, staff_source, staff_snapshot_date,
       comment, policy_id, ratio, band, gap_wte, warnings, acknowledged_warnings, members, submitted_by, submitted_by_key_id, request_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14::band, $15, $16, $17, $18, $19, $20, $21)
     RETURNING id::text, submitted_at`,
  [r.service_code, r.year, r.revision, r.staff_wte, r.qualified_wte, r.clinical_librarian_wte, r.knowledge_manager_wte, r.other_embedded_wte,
    r.staff_source, r.staff_snapshot_date, r.comment, r.policy_id, r.ratio, r.band, r.gap_wte, JSON.stringify(r.warnings),
    JSON.stringify(r.acknowledged_warnings), JSON.stringify(r.members), r.submitted_by, r.submitted_by_key_id, r.request_id]);
  return rows[0]!;
}

export type MemberFiguresRow = {
  revision_id: string;
  ods_code: string;
  name: string;
  region_code: string;
  staff_wte: string;
  qualified_wte: string;
  gap_wte: string | null;
  current: boolean;
  approved: boolean;
};

/** The member revisions a service revision wrote, with whether each is still current and approved. */
export async function memberFigures(db: Queryable, serviceRevisionId: string): Promise<MemberFiguresRow[]> {
  const { rows } = await db.query<MemberFiguresRow>(prepared(`SELECT r.id::text AS revision_id, r.ods_code, o.name, o.region_code,
            r.staff_wte, r.qualified_wte, r.gap_wte,
            EXISTS (SELECT 1 FROM annual_returns ar WHERE ar.current_revision_id = r.id) AS current,
            EXISTS (SELECT 1 FROM return_approvals a WHERE a.revision_id = r.id AND a.withdrawn_at IS NULL) AS approved
     FROM return_revisions r JOIN organisations o ON o.ods_code = r.ods_code
     WHERE r.library_service_revision_id = $1 ORDER BY r.ods_code`, [serviceRevisionId]));
  return rows;
}

/** The service's ratio in the year before, for its sharp-change warning. */
export async function previousServiceRatio(db: Queryable, code: string, year: number): Promise<number | null> {
  const row = await currentServiceRevision(db, code, year - 1);
  return row?.ratio ?? null;
}

export async function policyById(db: Queryable, id: number): Promise<{ effective_from: number; flag_threshold: number; target_ratio: number } | undefined> {
  const { rows } = await db.query<{ effective_from: number; flag_threshold: number; target_ratio: number }>(
    prepared('SELECT effective_from, flag_threshold, target_ratio FROM policies WHERE id = $1', [id]));
  return rows[0];
}

export async function unknownOrganisations(db: Queryable, codes: string[]): Promise<string[]> {
  const { rows } = await db.query<{ ods_code: string }>('SELECT ods_code FROM organisations WHERE ods_code = ANY($1)', [codes]);
  return [...new Set(codes)].filter((code) => !rows.some((r) => r.ods_code === code));
}

/** A page of a service's revisions for a year, oldest first, and how many there are. */
export async function serviceRevisions(db: Queryable, code: string, year: number, limit: number | null, offset: number): Promise<{ rows: ServiceRevisionRow[]; total: number }> {
  const [page, count] = await Promise.all([
    db.query<ServiceRevisionRow>(prepared(`SELECT ${REVISION_COLUMNS} FROM library_service_revisions
       WHERE service_code = $1 AND year = $2 ORDER BY revision LIMIT $3 OFFSET $4`, [code, year, limit, offset])),
    db.query<{ total: number }>('SELECT count(*)::int AS total FROM library_service_revisions WHERE service_code = $1 AND year = $2', [code, year]),
  ]);
  return { rows: page.rows, total: count.rows[0]!.total };
}
