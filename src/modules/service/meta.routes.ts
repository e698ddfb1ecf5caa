import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { appInfo } from '../../app-info.ts';
import { selfService } from './service.ts';

const serviceInfoSchema = z.object({
  name: z.string(),
  title: z.string(),
  version: z.string(),
  docs: z.string().describe('Interactive API documentation'),
  openapi: z.string().describe('The OpenAPI 3.1 document'),
  notices: z.array(z.string()).describe('Things every user of this instance should know, e.g. that its data is synthetic'),
});

const metaRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = selfService(app.db);
  app.get(
    '/',
    {
      config: { access: 'public' },
      schema: {
        tags: ['service'],
        summary: 'Service name, version and where its documentation is',
        security: [],
        response: { 200: serviceInfoSchema },
      },
    },
    async () => {
      const notices = await service.notices();
      return {
        name: appInfo.name,
        title: appInfo.title,
        version: appInfo.version,
        docs: '/docs',
        openapi: '/docs/json',
        notices,
      };
    },
  );
};

export default metaRoutes;
