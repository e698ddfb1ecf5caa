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
export type NewApiKey = { name: string; role: Role; organisations: string[]; regions: string[] };

const article = (word: string) => (/^[aeiou]/.test(word) ? 'An' : 'A');

/**
 * A key's scope (its organisations, or its regions), sorted and without repeats: required for the
 * one role it belongs to, refused for every other (422).
 */
function scopeOf(role: Role, owner: Role, values: string[], field: string, code: string, what: string): string[] {
  const scope = [...new Set(values)].sort();
  if (role === owner && scope.length === 0) {
    throw unprocessable(`${article(owner)} ${owner} key needs ${what}.`, [{ pointer: `/body/${field}`, message: `must list at least one ${code} for a ${owner}` }]);
  }
  if (role !== owner && scope.length > 0) {
    throw unprocessable(`${article(role)} ${role} key is not limited to ${field}.`, [{ pointer: `/body/${field}`, message: `must be empty unless the role is ${owner}` }]);
  }
  return scope;
}

/** Creates a key; the key itself is returned once and only its hash is stored. */
export async function createApiKey(pool: pg.Pool, input: NewApiKey, actor: AuditActor, requestId: string | null): Promise<{ record: repository.ApiKeyRecord; key: string }> {
  const organisations = scopeOf(input.role, 'submitter', input.organisations, 'organisations', 'ODS code', 'the organisations it submits for');
  const regions = scopeOf(input.role, 'reviewer', input.regions, 'regions', 'region code', 'the regions whose returns it approves');
  const generated = generateKey();
  return withAuditedTransaction(pool, actor, requestId, async (client) => {
    const unknown = organisations.length ? await repository.unknownOrganisations(client, organisations) : [];
    if (unknown.length) {
      throw unprocessable(`Unknown organisation${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}.`, [
        { pointer: '/body/organisations', message: `there is no organisation ${unknown.join(', ')}` },
      ]);
    }
    const unknownRegions = regions.length ? await repository.unknownRegions(client, regions) : [];
    if (unknownRegions.length) {
      throw unprocessable(`Unknown region${unknownRegions.length > 1 ? 's' : ''}: ${unknownRegions.join(', ')}.`, [
        { pointer: '/body/regions', message: `there is no region ${unknownRegions.join(', ')}` },
      ]);
    }
    const record = await repository.insertKey(client, { name: input.name, role: input.role, organisations, regions, prefix: generated.prefix, hash: generated.hash });
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
