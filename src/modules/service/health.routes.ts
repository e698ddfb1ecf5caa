import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponses } from '../../http/problem-schema.ts';
import { serviceUnavailable } from '../../errors/problem.ts';
import { selfService } from './service.ts';

const healthSchema = z.object({
  status: z.enum(['ok']),
  checks: z.object({ database: z.enum(['ok']) }).optional(),
});

const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = selfService(app.db);
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
      const ok = await service.databaseAnswers();
      if (!ok) throw serviceUnavailable('The database did not answer the readiness check.');
      return { status: 'ok' as const, checks: { database: 'ok' as const } };
    },
  );
};

export default healthRoutes;
