import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { formatYear } from '../../domain/years.ts';
import { organisationScope } from '../../domain/access.ts';
import { notFound } from '../../errors/problem.ts';
import { pageLimit, sendList, sendPage } from '../../http/lists.ts';
import { problemResponses } from '../../http/problem-schema.ts';
import {
  annualReturn,
  organisationReturnsParams,
  pageQuery,
  returnBody,
  returnList,
  returnListQuery,
  revisionList,
  ifMatchHeader,
  returnParams,
  submitQuery,
  submittedReturn,
} from './schemas.ts';
import { contextOf } from '../../http/context.ts';
import { returnCsvColumns, returnsService, returnView, revisionView, type ReturnRow } from './service.ts';

/** A page of stored returns as clients see them. */
const views = ({ rows, total }: { rows: ReturnRow[]; total: number }) => ({ items: rows.map(returnView), total });

const returnRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = returnsService(app.db);

  app.put(
    '/organisations/:odsCode/returns/:year',
    {
      config: { access: 'returns:write' },
      schema: {
        tags: ['returns'],
        summary: "Submit or amend an organisation's return for a year",
        description:
          '201 for the first return, 200 for an amendment (a new revision) or an identical resubmission ' +
          '(no new revision). `?dryRun=true` validates and computes without storing. Send `If-Match` with ' +
          "the return's ETag to guard against lost updates (412 when stale). Non-blocking `warnings` are " +
          'returned with the stored return. Outside an open reporting window only an admin may write (409).',
        params: returnParams,
        querystring: submitQuery,
        body: returnBody,
        headers: ifMatchHeader,
        response: {
          200: submittedReturn,
          201: submittedReturn,
          ...problemResponses(400, 401, 403, 404, 409, 412, 413, 415, 422),
        },
      },
    },
    async (request, reply) => {
      const { odsCode, year } = request.params;
      const result = await service.submit(contextOf(request), odsCode, year, request.body, {
        dryRun: request.query.dryRun === true,
        ifMatch: request.headers['if-match'],
        ifNoneMatch: request.headers['if-none-match'],
        today: app.today(),
      });
      if (result.etag) void reply.header('etag', result.etag);
      const body = result.dryRun ? { ...result.view, dryRun: true } : result.view;
      if (result.outcome === 'created' && !result.dryRun) {
        return reply
          .code(201)
          .header('location', `/v1/organisations/${odsCode}/returns/${formatYear(year)}`)
          .send(body);
      }
      return reply.code(200).send(body);
    },
  );

  app.get(
    '/organisations/:odsCode/returns/:year',
    {
      config: { access: 'returns:read', cache: true },
      schema: {
        tags: ['returns'],
        summary: "An organisation's current return for a year",
        params: returnParams,
        response: { 200: annualReturn, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { odsCode, year } = request.params;
      const found = await service.read(odsCode, year);
      if (!found) {
        await service.requireOrganisation(odsCode);
        throw notFound(`${odsCode} has no return for ${formatYear(year)}.`);
      }
      return reply.header('etag', found.etag).send(found.view);
    },
  );

  app.get(
    '/organisations/:odsCode/returns',
    {
      config: { access: 'returns:read', cache: true },
      schema: {
        tags: ['returns'],
        summary: "An organisation's current returns, every year, oldest first",
        params: organisationReturnsParams,
        querystring: pageQuery,
        response: { 200: returnList, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { odsCode } = request.params;
      await service.requireOrganisation(odsCode);
      const page = (limit: number | null, offset: number) => service.listCurrent({ odsCode, sort: 'yearAscending' }, limit, offset).then(views);
      return sendPage(request, reply, request.query, page, (r) => r, returnCsvColumns, `returns-${odsCode}`);
    },
  );

  app.get(
    '/organisations/:odsCode/returns/:year/revisions',
    {
      config: { access: 'returns:read', cache: true },
      schema: {
        tags: ['returns'],
        summary: 'Every revision of a return, oldest first',
        params: returnParams,
        querystring: pageQuery,
        response: { 200: revisionList, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { odsCode, year } = request.params;
      const { offset, format } = request.query;
      const limit = pageLimit(request, request.query);
      const { rows, total } = await service.listRevisions(odsCode, year, limit, offset);
      if (total === 0) {
        await service.requireOrganisation(odsCode);
        throw notFound(`${odsCode} has no return for ${formatYear(year)}.`);
      }
      const items = rows.map(revisionView);
      return sendList(request, reply, { items, total, limit, offset, format }, (r) => r, returnCsvColumns, `revisions-${odsCode}-${formatYear(year)}`);
    },
  );

  app.get(
    '/returns',
    {
      config: { access: 'returns:read', cache: true },
      schema: {
        tags: ['returns'],
        summary: 'Current returns, filtered and sorted',
        description: "A submitter's key lists only its own organisations' returns.",
        querystring: returnListQuery,
        response: { 200: returnList, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const { year, region, type, band, sort } = request.query;
      const odsCodes = organisationScope(request.actor);
      const page = (limit: number | null, offset: number) => service.listCurrent({ year, region, type, band, sort, odsCodes }, limit, offset).then(views);
      return sendPage(request, reply, request.query, page, (r) => r, returnCsvColumns, 'returns');
    },
  );
};

export default returnRoutes;
