import type pg from 'pg';

/** A pool or a client inside a transaction: anything that runs a query. */
export type Queryable = Pick<pg.Pool, 'query'> | Pick<pg.PoolClient, 'query'>;
import { isDatabaseUnavailable } from './errors.ts';

/**
 * Runs `work` in one transaction on one pooled connection: all of it commits or none does.
 * A connection that failed or timed out is discarded, not rolled back: the server aborts the
 * transaction when it goes, and a ROLLBACK on a stalled connection would only wait again.
 */
export async function withTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken = false;
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    broken = isDatabaseUnavailable(error);
    if (!broken) await client.query('ROLLBACK').catch(() => (broken = true));
    throw error;
  } finally {
    client.release(broken);
  }
}
