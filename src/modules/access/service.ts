import type pg from 'pg';
import type { Role } from '../../domain/access.ts';
import { withAuditedTransaction, type AuditActor } from '../../db/audit.ts';
import { unprocessable } from '../../errors/problem.ts';
import { generateKey } from '../../http/api-keys.ts';
import type { RequestContext } from '../../http/context.ts';
import type { Database } from '../../plugins/database.ts';
import * as repository from './repository.ts';

/* API keys and the audit trail: the use cases behind the access routes. */

export type { ApiKeyRecord, AuditFilters, AuditRow } from './repository.ts';
export type NewApiKey = { name: string; role: Role; organisations: string[] };

/** Creates a key; the key itself is returned once and only its hash is stored. */
export async function createApiKey(pool: pg.Pool, input: NewApiKey, actor: AuditActor, requestId: string | null): Promise<{ record: repository.ApiKeyRecord; key: string }> {
  const organisations = [...new Set(input.organisations)].sort();
  if (input.role === 'submitter' && organisations.length === 0) {
    throw unprocessable('A submitter key needs the organisations it submits for.', [
      { pointer: '/body/organisations', message: 'must list at least one ODS code for a submitter' },
    ]);
  }
  if (input.role !== 'submitter' && organisations.length > 0) {
    throw unprocessable(`An ${input.role} key is not limited to organisations.`, [
      { pointer: '/body/organisations', message: 'must be empty unless the role is submitter' },
    ]);
  }
  const generated = generateKey();
  return withAuditedTransaction(pool, actor, requestId, async (client) => {
    const unknown = organisations.length ? await repository.unknownOrganisations(client, organisations) : [];
    if (unknown.length) {
      throw unprocessable(`Unknown organisation${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}.`, [
        { pointer: '/body/organisations', message: `there is no organisation ${unknown.join(', ')}` },
      ]);
    }
    const record = await repository.insertKey(client, { name: input.name, role: input.role, organisations, prefix: generated.prefix, hash: generated.hash });
    return { record, key: generated.key };
  });
}

export const findActorByKeyHash = repository.findActorByKeyHash;

/** The access service of a database (keys and the audit trail): its use cases, given each request's context. */
export function accessService(db: Database) {
  const { pool } = db;
  return {
    createKey: async (context: RequestContext, input: NewApiKey) => {
      const created = await createApiKey(pool, input, context.actor, context.requestId);
      context.log.info({ keyId: created.record.id, role: created.record.role }, 'API key created');
      return created;
    },
    listKeys: (limit: number | null, offset: number) => repository.listKeys(pool, limit, offset),
    revokeKey: async (context: RequestContext, id: string) => {
      const revoked = await repository.revokeKey(pool, id, context.actor, context.requestId);
      if (revoked) context.log.info({ keyId: id }, 'API key revoked');
      return revoked;
    },
    listAudit: (filters: repository.AuditFilters, limit: number | null, offset: number) => repository.listAudit(pool, filters, limit, offset),
  };
}
