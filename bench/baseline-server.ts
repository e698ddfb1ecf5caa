import Fastify from 'fastify';
import pg from 'pg';

/**
 * The ceilings the service is measured against, in their own process: a bare Fastify
 * hello-world, and the same server answering each request with one raw `pg` query.
 */
const app = Fastify({ logger: false });
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
app.get('/hello', async () => ({ hello: 'world' }));
app.get('/pg', async () => (await pool.query('SELECT 1 AS one')).rows[0]);
await app.listen({ port: Number(process.env.PORT ?? 0), host: '127.0.0.1' });
const address = app.server.address();
process.stdout.write(`listening ${typeof address === 'object' && address ? address.port : ''}\n`);
process.on('SIGTERM', () => {
  void app.close().then(() => pool.end()).then(() => process.exit(0));
});
