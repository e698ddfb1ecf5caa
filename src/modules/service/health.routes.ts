import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponses } from '../../http/problem-schema.ts';
import { serviceUnavailable } from '../../errors/problem.ts';

const READY_TIMEOUT_MS = 2_000;

const healthSchema = z.object({
  status: z.enum(['ok']),
  checks: z.object({ database: z.enum(['ok']) }).optional(),
});

/** Runs `SELECT 1`, giving up after a short timeout so a stalled database cannot hang probes. */
async function pingDatabase(query: () => Promise<unknown>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), READY_TIMEOUT_MS);
  });
  try {
    return await Promise.race([query().then(() => true, () => false), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/health/live',
    {
      config: { access: 'public' },
      schema: {
        tags: ['service'],
        summary: 'Liveness: the process is up',
        security: [],
        response: { 200: healthSchema },
      },
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/health/ready',
    {
      config: { access: 'public' },
      schema: {
        tags: ['service'],
        summary: 'Readiness: the database answers',
        security: [],
        response: { 200: healthSchema, ...problemResponses(503) },
      },
    },
    async (_request, reply) => {
      void reply.header('cache-control', 'no-store');
      const ok = await pingDatabase(() => app.db.pool.query('SELECT 1'));
      if (!ok) throw serviceUnavailable('The database did not answer the readiness check.');
      return { status: 'ok' as const, checks: { database: 'ok' as const } };
    },
  );
};

export default healthRoutes;
