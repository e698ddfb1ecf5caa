import { createHash, randomBytes } from 'node:crypto';
import type pg from 'pg';
import type { Actor, Role } from '../../plugins/access.ts';
import { withAuditedTransaction, type AuditActor } from '../../db/audit.ts';
import { unprocessable } from '../../errors/problem.ts';
import { prepared } from '../../db/prepared.ts';

/** Keys look like `sr_` + 43 characters: 32 random bytes, base64url. */
const KEY_PATTERN = /^sr_[A-Za-z0-9_-]{43}$/;
const PREFIX_LENGTH = 11; // "sr_" and 8 characters: enough to tell keys apart, useless to guess with

/** SHA-256 suffices: keys are 256-bit random, so there is nothing to slow a guesser down for. */
export function hashKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

export function looksLikeKey(text: string): boolean {
  return KEY_PATTERN.test(text);
}

export function generateKey(): { key: string; prefix: string; hash: string } {
  const key = `sr_${randomBytes(32).toString('base64url')}`;
  return { key, prefix: key.slice(0, PREFIX_LENGTH), hash: hashKey(key) };
}

export type ApiKeyRecord = {
  id: string;
  name: string;
  role: Role;
  organisations: string[];
  prefix: string;
  created_at: Date;
  revoked_at: Date | null;
};

export type NewApiKey = { name: string; role: Role; organisations: string[] };

/** Creates a key; the key itself is returned once and only its hash is stored. */
export async function createApiKey(
  pool: pg.Pool,
  input: NewApiKey,
  actor: AuditActor,
  requestId: string | null,
): Promise<{ record: ApiKeyRecord; key: string }> {
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
    if (organisations.length) {
      const { rows } = await client.query<{ ods_code: string }>(
        'SELECT ods_code FROM organisations WHERE ods_code = ANY($1)',
        [organisations],
      );
      const unknown = organisations.filter((code) => !rows.some((r) => r.ods_code === code));
      if (unknown.length) {
        throw unprocessable(`Unknown organisation${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}.`, [
          { pointer: '/body/organisations', message: `there is no organisation ${unknown.join(', ')}` },
        ]);
      }
    }
    const { rows } = await client.query<ApiKeyRecord>(prepared(`INSERT INTO api_keys (id, name, role, organisations, prefix, hash)
       VALUES (gen_random_uuid(), $1, $2, $3, $4, $5)
       RETURNING id, name, role, organisations, prefix, created_at, revoked_at`,
    [input.name, input.role, organisations, generated.prefix, generated.hash],
  ));
    return { record: rows[0]!, key: generated.key };
  });
}

/** The actor behind a key (given by its hash, see hashKey), or null when unknown or revoked. */
export async function findActorByKeyHash(pool: pg.Pool, hash: string): Promise<Actor | null> {
  const { rows } = await pool.query<{ id: string; name: string; role: Role; organisations: string[] }>(
    'SELECT id, name, role, organisations FROM api_keys WHERE hash = $1 AND revoked_at IS NULL',
    [hash],
  );
  const row = rows[0];
  return row ? { keyId: row.id, role: row.role, label: row.name, organisations: row.organisations } : null;
}
