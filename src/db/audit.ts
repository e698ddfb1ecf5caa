import type pg from 'pg';
import type { Prisma, PrismaClient } from '../generated/prisma/client.ts';
import type { Queryable } from './transaction.ts';
import { withTransaction } from './transaction.ts';

/** Who is changing the data, as the audit triggers record it. */
export type AuditActor = {
  keyId: string | null;
  role: string;
  label: string;
  /** The X-Request-Id the client sent with this request, kept beside the server's own id. */
  clientRequestId?: string | null;
};

export const SYSTEM_ACTORS = {
  demoLoader: { keyId: null, role: 'system', label: 'synthetic demo loader' },
  operator: { keyId: null, role: 'operator', label: 'operator (command line)' },
} satisfies Record<string, AuditActor>;

/**
 * The select list naming the actor ($1 role, $2 label, $3 key id, $4 request id, $5 the client's
 * request id), for the transaction.
 */
export const AUDIT_ACTOR_SETTINGS = `set_config('audit.actor_role', $1, true), set_config('audit.actor_label', $2, true),
  set_config('audit.actor_key_id', coalesce($3, ''), true), set_config('audit.request_id', coalesce($4, ''), true),
  set_config('audit.client_request_id', coalesce($5, ''), true)`;

/** The parameters of AUDIT_ACTOR_SETTINGS, in order. */
export const auditActorParams = (actor: AuditActor, requestId: string | null) =>
  [actor.role, actor.label, actor.keyId, requestId, actor.clientRequestId ?? null] as const;

const SET_ACTOR = `SELECT ${AUDIT_ACTOR_SETTINGS}`;

/**
 * Names the actor for the audit triggers, for the rest of the current transaction. The triggers
 * (see the access_and_audit migration) refuse any change made without one.
 */
export async function setAuditActor(db: Queryable, actor: AuditActor, requestId: string | null): Promise<void> {
  await db.query(SET_ACTOR, [...auditActorParams(actor, requestId)]);
}

/** A pg transaction whose changes are audited as made by `actor`. */
export function withAuditedTransaction<T>(
  pool: pg.Pool,
  actor: AuditActor,
  requestId: string | null,
  work: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  return withTransaction(pool, async (client) => {
    await setAuditActor(client, actor, requestId);
    return work(client);
  });
}

/** A Prisma interactive transaction whose changes are audited as made by `actor`. */
export function auditedPrismaTransaction<T>(
  prisma: PrismaClient,
  actor: AuditActor,
  requestId: string | null,
  work: (tx: Prisma.TransactionClient) => Promise<T>,
): Promise<T> {
  return prisma.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(SET_ACTOR, ...auditActorParams(actor, requestId));
    return work(tx);
  });
}
