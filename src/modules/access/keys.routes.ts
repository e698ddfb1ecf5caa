import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { notFound } from '../../errors/problem.ts';
import { sendPage } from '../../http/lists.ts';
import { problemResponses } from '../../http/problem-schema.ts';
import { apiKey, apiKeyList, apiKeyListQuery, apiKeyParams, createdApiKey, newApiKey } from './keys.schemas.ts';
import { contextOf } from '../../http/context.ts';
import { accessService, type ApiKeyRecord } from './service.ts';

function keyOut(k: ApiKeyRecord): z.output<typeof apiKey> {
  return {
    id: k.id,
    name: k.name,
    role: k.role,
    organisations: k.organisations,
    regions: k.regions ?? [],
    prefix: k.prefix,
    createdAt: k.created_at.toISOString(),
    revokedAt: k.revoked_at ? k.revoked_at.toISOString() : null,
  };
}

const keyRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = accessService(app.db);

  app.post(
    '/api-keys',
    {
      config: { access: 'admin' },
      schema: {
        tags: ['access'],
        summary: 'Create an API key (the key is shown once)',
        body: newApiKey,
        response: { 201: createdApiKey, ...problemResponses(400, 401, 403, 422) },
      },
    },
    async (request, reply) => {
      const { record, key } = await service.createKey(contextOf(request), request.body);
      return reply.code(201).header('cache-control', 'no-store').send({ ...keyOut(record), key });
    },
  );

  app.get(
    '/api-keys',
    {
      config: { access: 'admin' },
      schema: {
        tags: ['access'],
        summary: 'API keys (never the keys themselves), newest first',
        querystring: apiKeyListQuery,
        response: { 200: apiKeyList, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      return sendPage(request, reply, request.query, (limit, offset) => service.listKeys(limit, offset), keyOut, [
        { header: 'id', value: (k) => k.id },
        { header: 'name', value: (k) => k.name },
        { header: 'role', value: (k) => k.role },
        { header: 'organisations', value: (k) => k.organisations.join(' ') },
        { header: 'regions', value: (k) => (k.regions ?? []).join(' ') },
        { header: 'prefix', value: (k) => k.prefix },
        { header: 'createdAt', value: (k) => k.created_at.toISOString() },
        { header: 'revokedAt', value: (k) => k.revoked_at?.toISOString() },
      ], 'api-keys');
    },
  );

  app.delete(
    '/api-keys/:id',
    {
      config: { access: 'admin' },
      schema: {
        tags: ['access'],
        summary: 'Revoke an API key: it stops working at once here, within seconds elsewhere',
        params: apiKeyParams,
        response: { 204: z.null().describe('Revoked (or revoked already)'), ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const revoked = await service.revokeKey(contextOf(request), request.params.id);
      if (!revoked) throw notFound(`There is no API key ${request.params.id}.`);
      app.forgetCachedKeys();
      return reply.code(204).send(null);
    },
  );
};

export default keyRoutes;
