import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { formatYear } from '../../domain/years.ts';
import { contextOf } from '../../http/context.ts';
import { policyService, type Policy } from './service.ts';
import { sendPage } from '../../http/lists.ts';
import { problemResponses } from '../../http/problem-schema.ts';
import { newPolicy, policy, policyList, policyListQuery } from './schemas.ts';

export function policyOut(p: Policy): z.output<typeof policy> {
  return {
    id: p.id,
    effectiveFrom: formatYear(p.effectiveFrom),
    flagThreshold: p.flagThreshold,
    targetRatio: p.targetRatio,
    title: p.title,
    createdAt: p.createdAt.toISOString(),
  };
}

const policyRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = policyService(app.db);

  app.get(
    '/policies',
    {
      config: { access: 'any', cache: true },
      schema: {
        tags: ['policy'],
        summary: 'Staff-ratio policy versions, oldest first',
        querystring: policyListQuery,
        response: { 200: policyList, ...problemResponses(400, 401) },
      },
    },
    async (request, reply) => {
      return sendPage(request, reply, request.query, (limit, offset) => service.listPolicies(limit, offset), policyOut, [
        { header: 'id', value: (p) => p.id },
        { header: 'effectiveFrom', value: (p) => formatYear(p.effectiveFrom) },
        { header: 'flagThreshold', value: (p) => p.flagThreshold },
        { header: 'targetRatio', value: (p) => p.targetRatio },
        { header: 'title', value: (p) => p.title },
      ], 'policies');
    },
  );

  app.post(
    '/policies',
    {
      config: { access: 'admin' },
      schema: {
        tags: ['policy'],
        summary: 'Adopt a new policy version from a future year',
        description:
          'The policy for year Y is the one with the latest effectiveFrom not after Y. A new policy never ' +
          'changes the bands of years already reported: effectiveFrom must be after the latest policy ' +
          'and after every year that already has returns (409 otherwise).',
        body: newPolicy,
        response: { 201: policy, ...problemResponses(400, 401, 403, 409, 422) },
      },
    },
    async (request, reply) => {
      const created = await service.adoptPolicy(contextOf(request), request.body);
      return reply.code(201).header('location', `/v1/policies`).send(policyOut(created));
    },
  );
};

export default policyRoutes;
