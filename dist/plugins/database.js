import fp from 'fastify-plugin';
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from "../generated/prisma/client.js";
export function createPool(config, databaseUrl) {
    const pool = new pg.Pool({
        connectionString: databaseUrl,
        max: config.dbPoolMax,
        // Bounded waits: a stalled database fails requests within seconds instead of hanging them.
        // statement_timeout is enforced by the server; query_timeout is the client's own limit for
        // a server that has stopped answering altogether (then the connection is discarded).
        connectionTimeoutMillis: config.dbConnectTimeoutMs,
        idleTimeoutMillis: 30_000,
        statement_timeout: config.dbStatementTimeoutMs,
        query_timeout: config.dbStatementTimeoutMs + 1_000,
        application_name: 'staff-ratio-api',
    });
    // An idle client losing its connection must not crash the process; the pool replaces it.
    pool.on('error', () => undefined);
    return pool;
}
/** One pg pool and the Prisma client over it, closed when the app closes. */
export default fp(async (app) => {
    const databaseUrl = app.config.databaseUrl;
    if (!databaseUrl)
        throw new Error('The database plugin needs config.databaseUrl');
    const pool = createPool(app.config, databaseUrl);
    const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
    app.decorate('db', { prisma, pool });
    app.addHook('onClose', async () => {
        await prisma.$disconnect();
        await pool.end();
    });
}, { name: 'database', dependencies: ['config'] });
//# sourceMappingURL=database.js.map