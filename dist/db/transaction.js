import { isDatabaseUnavailable } from "./errors.js";
/**
 * Runs `work` in one transaction on one pooled connection: all of it commits or none does.
 * A connection that failed or timed out is discarded, not rolled back: the server aborts the
 * transaction when it goes, and a ROLLBACK on a stalled connection would only wait again.
 */
export async function withTransaction(pool, work) {
    const client = await pool.connect();
    let broken = false;
    try {
        await client.query('BEGIN');
        const result = await work(client);
        await client.query('COMMIT');
        return result;
    }
    catch (error) {
        broken = isDatabaseUnavailable(error);
        if (!broken)
            await client.query('ROLLBACK').catch(() => (broken = true));
        throw error;
    }
    finally {
        client.release(broken);
    }
}
//# sourceMappingURL=transaction.js.map