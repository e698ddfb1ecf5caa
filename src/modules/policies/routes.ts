import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { auditedPrismaTransaction } from '../../db/audit.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import { POLICY_LOCK_KEY } from '../../db/locks.ts';
import { formatYear } from '../../domain/years.ts';
import { conflict, unprocessable } from '../../errors/problem.ts';
import type { Policy } from '../../generated/prisma/client.ts';
import { pageLimit, sendList } from '../../http/lists.ts';
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
  const { prisma } = app.db;

  app.get(
    '/v1/policies',
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
      const { offset, format } = request.query;
      const limit = pageLimit(request, request.query);
      const [items, total] = await prisma.$transaction([
        prisma.policy.findMany({ orderBy: { effectiveFrom: 'asc' }, skip: offset, ...(limit === null ? {} : { take: limit }) }),
        prisma.policy.count(),
      ]);
      return sendList(request, reply, { items, total, limit, offset, format }, policyOut, [
        { header: 'id', value: (p) => p.id },
        { header: 'effectiveFrom', value: (p) => formatYear(p.effectiveFrom) },
        { header: 'flagThreshold', value: (p) => p.flagThreshold },
        { header: 'targetRatio', value: (p) => p.targetRatio },
        { header: 'title', value: (p) => p.title },
      ], 'policies');
    },
  );

  app.post(
    '/v1/policies',
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
      const body = request.body;
      if (body.targetRatio > body.flagThreshold) {
        throw unprocessable('The target ratio must not be above the flag threshold.', [
          { pointer: '/body/targetRatio', message: `must be at most flagThreshold (${body.flagThreshold})` },
        ]);
      }
      const created = await auditedPrismaTransaction(prisma, request.actor, request.id, async (tx) => {
          // Excludes return submissions (which take this lock shared) while the policy changes.
          await tx.$executeRaw`SELECT pg_advisory_xact_lock(${POLICY_LOCK_KEY})`;
          const latest = await tx.policy.findFirst({ orderBy: { effectiveFrom: 'desc' } });
          if (latest && body.effectiveFrom <= latest.effectiveFrom) {
            throw conflict(
              `effectiveFrom must be after ${formatYear(latest.effectiveFrom)}, the start of the latest policy.`,
            );
          }
          const reported = await tx.annualReturn.findFirst({
            where: { year: { gte: body.effectiveFrom } },
            orderBy: { year: 'desc' },
          });
          if (reported) {
            throw conflict(
              `Returns for ${formatYear(reported.year)} exist already; a policy may only start after the last reported year.`,
            );
          }
          return tx.policy.create({ data: body });
      }).catch((error: unknown) => {
        throw isUniqueViolation(error) ? conflict('A policy with that effectiveFrom exists already.') : error;
      });
      return reply.code(201).header('location', `/v1/policies`).send(policyOut(created));
    },
  );
};

export default policyRoutes;
