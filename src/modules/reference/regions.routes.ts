import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contextOf } from '../../http/context.ts';
import { referenceService } from './service.ts';
import { sendPage } from '../../http/lists.ts';
import { problemResponses } from '../../http/problem-schema.ts';
import { newRegion, region, regionList, regionListQuery } from './regions.schemas.ts';

const regionRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = referenceService(app.db);

  app.get(
    '/regions',
    {
      config: { access: 'any', cache: true },
      schema: {
        tags: ['reference data'],
        summary: 'NHS England regions',
        querystring: regionListQuery,
        response: { 200: regionList, ...problemResponses(400, 401) },
      },
    },
    async (request, reply) => {
      return sendPage(
        request,
        reply,
        request.query,
        (limit, offset) => service.listRegions(limit, offset),
        (r) => ({ code: r.code, name: r.name }),
        [
          { header: 'code', value: (r) => r.code },
          { header: 'name', value: (r) => r.name },
        ],
        'regions',
      );
    },
  );

  app.post(
    '/regions',
    {
      config: { access: 'admin' },
      schema: {
        tags: ['reference data'],
        summary: 'Add a region (e.g. one of a historic layout)',
        body: newRegion,
        response: { 201: region, ...problemResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      const { code, name } = request.body;
      const created = await service.addRegion(contextOf(request), { code, name });
      return reply.code(201).header('location', `/v1/regions/${code}`).send({ code: created.code, name: created.name });
    },
  );
};

export default regionRoutes;
