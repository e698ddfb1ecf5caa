import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problemResponses } from '../../http/problem-schema.ts';
import { contextOf } from '../../http/context.ts';
import { annualReturn, approvalBody, returnParams, withdrawalBody } from './schemas.ts';
import { returnsService } from './service.ts';

/*
 * Sign-off of returns. Who: an admin, or a reviewer key for the organisation's region (the route
 * checks the region once it has read the return; analysts and submitters are refused at once).
 * What it reveals: the return, which both may read anyway. A stale revision, unacknowledged
 * warnings or nothing to withdraw: 409, and nothing is written.
 */
const approvalRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = returnsService(app.db);

  app.post(
    '/organisations/:odsCode/returns/:year/approval',
    {
      config: { access: 'returns:approve' },
      schema: {
        tags: ['annual cycle'],
        summary: "Approve the current revision of a return",
        description:
          'Admin, or a reviewer key for the organisation\'s region. Name the `revision` you checked: 409 when it is ' +
          'not the current one, or when a warning is not acknowledged by the submitter (the answer lists them in ' +
          '`unacknowledgedWarnings`). Approving a revision that is approved already changes nothing. An amendment ' +
          'after approval makes the return `submitted` again.',
        params: returnParams,
        body: approvalBody,
        response: { 200: annualReturn, ...problemResponses(400, 401, 403, 404, 409, 415) },
      },
    },
    async (request, reply) => {
      const { odsCode, year } = request.params;
      const result = await service.approve(contextOf(request), odsCode, year, request.body.revision);
      return reply.header('etag', result.etag).send(result.view);
    },
  );

  app.delete(
    '/organisations/:odsCode/returns/:year/approval',
    {
      config: { access: 'returns:approve' },
      schema: {
        tags: ['annual cycle'],
        summary: "Withdraw the approval of a return's current revision",
        description: 'Admin, or a reviewer key for the organisation\'s region. The body\'s `reason` is required (400 without). 409 when the current revision is not approved.',
        params: returnParams,
        body: withdrawalBody,
        response: { 200: annualReturn, ...problemResponses(400, 401, 403, 404, 409, 415) },
      },
    },
    async (request, reply) => {
      const { odsCode, year } = request.params;
      const result = await service.withdrawApproval(contextOf(request), odsCode, year, request.body.reason);
      return reply.header('etag', result.etag).send(result.view);
    },
  );
};

export default approvalRoutes;
