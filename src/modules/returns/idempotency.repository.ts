import type pg from 'pg';
import { HttpProblem, problemTypes } from '../../errors/problem.ts';
import type { Queryable } from '../../db/transaction.ts';

/*
 * Idempotency-Key (IETF httpapi draft) for POST requests: the same key with the same request
 * replays the stored answer; with a different request it is 422; while the first is still
 * running it is 409. Keys expire after 24 hours; a "running" key left by a crashed process is
 * taken over after 10 minutes.
 */

export const IDEMPOTENCY_TTL_HOURS = 24;

export type Begin = { kind: 'proceed' } | { kind: 'replay'; status: number; text: string };

/** Forgets every expired key (run on a schedule; see startIdempotencySweeper). */
export async function deleteExpiredIdempotencyKeys(db: Queryable): Promise<number> {
  const { rowCount } = await db.query(`DELETE FROM idempotency_keys WHERE expires_at < now()`);
  return rowCount ?? 0;
}

/** The header's value: a bare token or a structured-field string ("…"). */
export function parseIdempotencyKey(header: string | string[] | undefined): string | null {
  if (header === undefined) return null;
  const value = (Array.isArray(header) ? header[0]! : header).trim().replace(/^"(.*)"$/, '$1');
  if (!/^[\x21-\x7e]{1,255}$/.test(value)) {
    throw new HttpProblem({
      status: 400,
      type: problemTypes.validation,
      title: 'The request is not valid',
      detail: 'Idempotency-Key must be 1 to 255 visible ASCII characters.',
      errors: [{ pointer: '/headers/idempotency-key', message: 'must be 1 to 255 visible ASCII characters' }],
    });
  }
  return value;
}

export async function beginIdempotent(pool: pg.Pool, owner: string, key: string, fingerprint: string): Promise<Begin> {
  await pool.query(
    `DELETE FROM idempotency_keys WHERE owner = $1 AND key = $2
       AND (expires_at < now() OR (state = 'running' AND created_at < now() - interval '10 minutes'))`,
    [owner, key],
  );
  const inserted = await pool.query(
    `INSERT INTO idempotency_keys (owner, key, fingerprint, state, expires_at)
     VALUES ($1, $2, $3, 'running', now() + make_interval(hours => $4))
     ON CONFLICT (owner, key) DO NOTHING`,
    [owner, key, fingerprint, IDEMPOTENCY_TTL_HOURS],
  );
  if (inserted.rowCount === 1) return { kind: 'proceed' };

  // The stored answer is sent as its text: parsing a large one would hold the event loop.
  const { rows } = await pool.query<{ fingerprint: string; state: string; response_status: number | null; response_text: string | null }>(
    'SELECT fingerprint, state, response_status, response_body AS response_text FROM idempotency_keys WHERE owner = $1 AND key = $2',
    [owner, key],
  );
  const existing = rows[0];
  if (!existing) return beginIdempotent(pool, owner, key, fingerprint); // expired in between
  if (existing.fingerprint !== fingerprint) {
    throw new HttpProblem({
      status: 422,
      type: problemTypes.ruleViolation,
      title: 'Idempotency-Key reused',
      detail: 'This Idempotency-Key was used with a different request. Use a new key for a new request.',
    });
  }
  if (existing.state !== 'done') {
    throw new HttpProblem({
      status: 409,
      type: problemTypes.conflict,
      title: 'Request in progress',
      detail: 'A request with this Idempotency-Key is still being processed; retry shortly.',
      headers: { 'retry-after': '2' },
    });
  }
  return { kind: 'replay', status: existing.response_status!, text: existing.response_text! };
}

export type StoreBounds = { maxAnswers: number; maxBytes: number };

/**
 * Stores the answer (its JSON text), in the same transaction as the work, then keeps what this
 * owner has stored within bounds by forgetting its oldest answers: a retry of a forgotten one is
 * applied again, which changes nothing (an identical return is not stored twice).
 */
export async function completeIdempotent(db: Queryable, owner: string, key: string, status: number, text: string, bounds: StoreBounds): Promise<void> {
  const bytes = Buffer.byteLength(text);
  if (bytes > bounds.maxBytes) {
    await db.query(`DELETE FROM idempotency_keys WHERE owner = $1 AND key = $2`, [owner, key]);
    return;
  }
  await db.query(
    `UPDATE idempotency_keys SET state = 'done', response_status = $3, response_body = $4, response_bytes = $5 WHERE owner = $1 AND key = $2`,
    [owner, key, status, text, bytes],
  );
  await db.query(
    `DELETE FROM idempotency_keys WHERE (owner, key) IN (
       SELECT owner, key FROM (
         SELECT owner, key, state,
                row_number() OVER newest_first AS place, sum(response_bytes) OVER newest_first AS bytes
         FROM idempotency_keys WHERE owner = $1
         WINDOW newest_first AS (ORDER BY created_at DESC, key DESC)
       ) ranked
       WHERE state = 'done' AND (place > $2 OR bytes > $3))`,
    [owner, bounds.maxAnswers, bounds.maxBytes],
  );
}

/** Forgets a key whose request failed, so that the client may retry with it. */
export async function abandonIdempotent(pool: pg.Pool, owner: string, key: string): Promise<void> {
  await pool.query(`DELETE FROM idempotency_keys WHERE owner = $1 AND key = $2 AND state = 'running'`, [owner, key]);
}
