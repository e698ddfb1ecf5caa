import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { formatYear } from '../../domain/years.ts';
import { contextOf } from '../../http/context.ts';
import { sendPage } from '../../http/lists.ts';
import { problemResponses } from '../../http/problem-schema.ts';
import {
  libraryService,
  libraryServiceList,
  libraryServiceListQuery,
  libraryServiceParams,
  libraryServicePatch,
  newLibraryService,
  serviceApprovalBody,
  serviceReturn,
  serviceReturnBody,
  submittedServiceReturn,
  serviceIfMatch,
  serviceReturnParams,
  serviceRevisionList,
  serviceRevisionQuery,
} from './schemas.ts';
import { libraryServicesService, serviceView } from './service.ts';
import { submitQuery } from '../returns/schemas.ts';

/*
 * Library services. Who: any valid key reads the services; an admin creates and changes them.
 * A service's return is written by an admin or its host's submitter, read by whoever may read a
 * member's returns (analysts, reviewers, admins, a member's submitter), and approved by an admin
 * or a reviewer for the host's region. Others: 403; no key: 401.
 */
const libraryServiceRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = libraryServicesService(app.db);
  const tags = ['library services'];

  app.get(
    '/library-services',
    {
      config: { access: 'any', cache: true },
      schema: { tags, summary: 'Library services and whom they serve, by code', querystring: libraryServiceListQuery, response: { 200: libraryServiceList, ...problemResponses(400, 401) } },
    },
    async (request, reply) =>
      sendPage(request, reply, request.query, (limit, offset) => service.list(limit, offset), serviceView, [
        { header: 'code', value: (s) => s.code },
        { header: 'name', value: (s) => s.name },
        { header: 'hostOdsCode', value: (s) => s.host_ods_code },
        { header: 'members', value: (s) => s.members.map((m) => `${m.odsCode}:${formatYear(m.fromYear)}-${m.toYear === null ? '' : formatYear(m.toYear)}`).join(' ') },
      ], 'library-services'),
  );

  app.post(
    '/library-services',
    {
      config: { access: 'admin' },
      schema: {
        tags,
        summary: 'Create a library service',
        description: 'Admin. The host is a member. An organisation belongs to at most one service in a year (409), and cannot join one for a year it has sent its own return for (409).',
        body: newLibraryService,
        response: { 201: libraryService, ...problemResponses(400, 401, 403, 409, 415, 422) },
      },
    },
    async (request, reply) => {
      const created = await service.create(contextOf(request), request.body);
      return reply.code(201).header('location', `/v1/library-services/${created.code}`).send(created);
    },
  );

  app.get(
    '/library-services/:code',
    { config: { access: 'any', cache: true }, schema: { tags, summary: 'A library service', params: libraryServiceParams, response: { 200: libraryService, ...problemResponses(400, 401, 404) } } },
    async (request) => service.read(request.params.code),
  );

  app.patch(
    '/library-services/:code',
    {
      config: { access: 'admin' },
      schema: {
        tags,
        summary: 'Change a library service',
        description: 'Admin. `members` replaces the whole list. A year that has returns keeps who reports for each organisation (409).',
        params: libraryServiceParams,
        body: libraryServicePatch,
        response: { 200: libraryService, ...problemResponses(400, 401, 403, 404, 409, 415, 422) },
      },
    },
    async (request) => service.update(contextOf(request), request.params.code, request.body),
  );

  app.put(
    '/library-services/:code/returns/:year',
    {
      config: { access: 'any' },
      schema: {
        tags,
        summary: "Submit or amend a library service's return for a year",
        description:
          "Admin, or the host's submitter. One entry in `members` for each member that year (422 otherwise). Checked and computed as an " +
          "organisation's return (windows, warnings, acknowledgements, revisions); each member is then reported with its own staff, a share " +
          "of the qualified WTE and of the gap in proportion to staff (largest remainder, to 2 places), and the service's ratio and band. " +
          '`?dryRun=true` answers what would be stored, and stores nothing. `If-Match` (412 when stale) and `If-None-Match: *` (create only) as for a return.',
        params: serviceReturnParams,
        querystring: submitQuery,
        body: serviceReturnBody,
        headers: serviceIfMatch,
        response: { 200: submittedServiceReturn, 201: submittedServiceReturn, ...problemResponses(400, 401, 403, 404, 409, 412, 413, 415, 422) },
      },
    },
    async (request, reply) => {
      const { code, year } = request.params;
      const result = await service.submitReturn(contextOf(request), code, year, request.body, app.today(), {
        ifMatch: request.headers['if-match'],
        ifNoneMatch: request.headers['if-none-match'],
      }, request.query.dryRun === true);
      if (result.dryRun) return reply.send({ ...result.view, dryRun: true });
      void reply.header('etag', result.etag);
      if (result.outcome === 'created') return reply.code(201).header('location', `/v1/library-services/${code}/returns/${formatYear(year)}`).send(result.view);
      return reply.send(result.view);
    },
  );

  app.get(
    '/library-services/:code/returns/:year',
    {
      config: { access: 'any', cache: true },
      schema: { tags, summary: "A library service's current return for a year, with each member's attributed figures", params: serviceReturnParams, response: { 200: serviceReturn, ...problemResponses(400, 401, 403, 404) } },
    },
    async (request, reply) => {
      const found = await service.readReturn(contextOf(request), request.params.code, request.params.year);
      return reply.header('etag', found.etag).send(found.view);
    },
  );

  app.get(
    '/library-services/:code/returns/:year/revisions',
    {
      config: { access: 'any', cache: true },
      schema: {
        tags,
        summary: "Every revision of a library service's return, oldest first, each with the member figures it wrote",
        params: serviceReturnParams,
        querystring: serviceRevisionQuery,
        response: { 200: serviceRevisionList, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { code, year } = request.params;
      const context = contextOf(request);
      return sendPage(request, reply, request.query, (limit, offset) => service.listRevisions(context, code, year, limit, offset), (r) => r, [
        { header: 'code', value: (r) => r.code },
        { header: 'year', value: (r) => r.year },
        { header: 'revision', value: (r) => r.revision },
        { header: 'staffWte', value: (r) => r.staffWte },
        { header: 'qualifiedWte', value: (r) => r.qualifiedWte },
        { header: 'ratio', value: (r) => r.ratio },
        { header: 'band', value: (r) => r.band },
        { header: 'gapWte', value: (r) => r.gapWte },
        { header: 'members', value: (r) => r.members.map((m) => `${m.odsCode}:${m.staffWte}:${m.qualifiedWte}`).join(' ') },
        { header: 'submittedAt', value: (r) => r.submittedAt },
        { header: 'submittedBy', value: (r) => r.submittedBy },
        { header: 'status', value: (r) => r.status },
      ], `revisions-${code}-${formatYear(year)}`);
    },
  );

  app.post(
    '/library-services/:code/returns/:year/approval',
    {
      config: { access: 'any' },
      schema: {
        tags,
        summary: "Approve the current revision of a library service's return",
        description: "Admin, or a reviewer for the host's region. 409 when `revision` is not the current one or a warning is unacknowledged.",
        params: serviceReturnParams,
        body: serviceApprovalBody,
        response: { 200: serviceReturn, ...problemResponses(400, 401, 403, 404, 409, 415) },
      },
    },
    async (request, reply) => {
      const result = await service.approveReturn(contextOf(request), request.params.code, request.params.year, request.body.revision);
      return reply.header('etag', result.etag).send(result.view);
    },
  );
};

export default libraryServiceRoutes;
