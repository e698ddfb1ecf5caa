import type pg from 'pg';
import type { Actor, Role } from '../../domain/access.ts';
import { withAuditedTransaction, type AuditActor } from '../../db/audit.ts';
import { prepared } from '../../db/prepared.ts';
import type { Queryable } from '../../db/transaction.ts';

/* The SQL of API keys and the audit trail. */

export type ApiKeyRecord = {
  id: string;
  name: string;
  role: Role;
  organisations: string[];
  regions: string[];
  prefix: string;
  created_at: Date;
  revoked_at: Date | null;
};

export type AuditRow = {
  id: string;
  at: Date;
  actor_key_id: string | null;
  actor_role: string;
  actor_label: string;
  action: string;
  entity: string;
  entity_id: string;
  ods_code: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  request_id: string | null;
  client_request_id: string | null;
};

export async function unknownOrganisations(db: Queryable, codes: string[]): Promise<string[]> {
  const { rows } = await db.query<{ ods_code: string }>('SELECT ods_code FROM organisations WHERE ods_code = ANY($1)', [codes]);
  return codes.filter((code) => !rows.some((r) => r.ods_code === code));
}

export async function unknownRegions(db: Queryable, codes: string[]): Promise<string[]> {
  const { rows } = await db.query<{ code: string }>('SELECT code FROM regions WHERE code = ANY($1)', [codes]);
  return codes.filter((code) => !rows.some((r) => r.code === code));
}

export async function insertKey(
  db: Queryable,
  key: { name: string; role: Role; organisations: string[]; regions: string[]; prefix: string; hash: string },
): Promise<ApiKeyRecord> {
  const { rows } = await db.query<ApiKeyRecord>(prepared(`INSERT INTO api_keys (id, name, role, organisations, regions, prefix, hash)
     VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, $6)
     RETURNING id, name, role, organisations, regions, prefix, created_at, revoked_at`,
  [key.name, key.role, key.organisations, key.regions, key.prefix, key.hash]));
  return rows[0]!;
}

export async function listKeys(db: Queryable, limit: number | null, offset: number): Promise<{ items: ApiKeyRecord[]; total: number }> {
  const [page, count] = await Promise.all([
    db.query<ApiKeyRecord>(
      `SELECT id, name, role, organisations, regions, prefix, created_at, revoked_at FROM api_keys
       ORDER BY created_at DESC, id LIMIT $1 OFFSET $2`,
      [limit, offset],
    ),
    db.query<{ total: number }>('SELECT count(*)::int AS total FROM api_keys'),
  ]);
  return { items: page.rows, total: count.rows[0]!.total };
}

/** Revokes a key (once: a revoked key keeps its first revocation time); false when there is no such key. */
export function revokeKey(pool: pg.Pool, id: string, actor: AuditActor, requestId: string): Promise<boolean> {
  return withAuditedTransaction(pool, actor, requestId, async (client) => {
    const { rows } = await client.query<{ id: string }>(
      `UPDATE api_keys SET revoked_at = coalesce(revoked_at, now()) WHERE id = $1 RETURNING id`,
      [id],
    );
    return rows.length > 0;
  });
}

/** The actor behind a key (given by its hash), or null when unknown or revoked. */
export async function findActorByKeyHash(db: Queryable, hash: string): Promise<Actor | null> {
  const { rows } = await db.query<{ id: string; name: string; role: Role; organisations: string[]; regions: string[] }>(
    'SELECT id, name, role, organisations, regions FROM api_keys WHERE hash = $1 AND revoked_at IS NULL',
    [hash],
  );
  const row = rows[0];
  return row ? { keyId: row.id, role: row.role, label: row.name, organisations: row.organisations, regions: row.regions } : null;
}

export type AuditFilters = { entity?: string | undefined; odsCode?: string | undefined; actor?: string | undefined; since?: string | undefined };

export async function listAudit(db: Queryable, filters: AuditFilters, limit: number | null, offset: number): Promise<{ rows: AuditRow[]; total: number }> {
  const where = `WHERE ($1::text IS NULL OR entity = $1) AND ($2::text IS NULL OR ods_code = $2)
    AND ($3::uuid IS NULL OR actor_key_id = $3) AND ($4::timestamptz IS NULL OR at >= $4)`;
  const params = [filters.entity ?? null, filters.odsCode ?? null, filters.actor ?? null, filters.since ?? null];
  const [page, count] = await Promise.all([
    db.query<AuditRow>(
      `SELECT id::text AS id, at, actor_key_id, actor_role, actor_label, action, entity, entity_id, ods_code,
              before, after, request_id, client_request_id
       FROM audit_events ${where} ORDER BY audit_events.id DESC LIMIT $5 OFFSET $6`,
      [...params, limit, offset],
    ),
    db.query<{ total: number }>(`SELECT count(*)::int AS total FROM audit_events ${where}`, params),
  ]);
  return { rows: page.rows, total: count.rows[0]!.total };
}
