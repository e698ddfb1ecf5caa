import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { contextOf } from '../../http/context.ts';
import { dateOut, referenceService, type Organisation } from './service.ts';
import { sendPage } from '../../http/lists.ts';
import { problemResponses } from '../../http/problem-schema.ts';
import {
  newOrganisation,
  organisation,
  organisationChanges,
  organisationList,
  organisationListQuery,
  organisationParams,
} from './organisations.schemas.ts';

export function organisationOut(o: Organisation): z.output<typeof organisation> {
  return {
    odsCode: o.odsCode,
    name: o.name,
    type: o.type,
    regionCode: o.regionCode,
    openedOn: dateOut(o.openedOn),
    closedOn: dateOut(o.closedOn),
    successorOdsCode: o.successorOdsCode,
    createdAt: o.createdAt.toISOString(),
    updatedAt: o.updatedAt.toISOString(),
  };
}

const organisationRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = referenceService(app.db);

  app.get(
    '/organisations',
    {
      config: { access: 'any', cache: true },
      schema: {
        tags: ['reference data'],
        summary: 'Organisations, filtered by region, type, whether open today, or a search',
        querystring: organisationListQuery,
        response: { 200: organisationList, ...problemResponses(400, 401) },
      },
    },
    async (request, reply) => {
      const { region, type, active, q } = request.query;
      const list = (limit: number | null, offset: number) => service.listOrganisations({ region, type, active, q }, app.today(), limit, offset);
      return sendPage(request, reply, request.query, list, organisationOut, [
        { header: 'odsCode', value: (o) => o.odsCode },
        { header: 'name', value: (o) => o.name },
        { header: 'type', value: (o) => o.type },
        { header: 'regionCode', value: (o) => o.regionCode },
        { header: 'openedOn', value: (o) => dateOut(o.openedOn) },
        { header: 'closedOn', value: (o) => dateOut(o.closedOn) },
        { header: 'successorOdsCode', value: (o) => o.successorOdsCode },
      ], 'organisations');
    },
  );

  app.get(
    '/organisations/:odsCode',
    {
      config: { access: 'any', cache: true },
      schema: {
        tags: ['reference data'],
        summary: 'One organisation',
        params: organisationParams,
        response: { 200: organisation, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) => {
      return organisationOut(await service.getOrganisation(request.params.odsCode));
    },
  );

  app.post(
    '/organisations',
    {
      config: { access: 'admin' },
      schema: {
        tags: ['reference data'],
        summary: 'Add an organisation',
        body: newOrganisation,
        response: { 201: organisation, ...problemResponses(400, 401, 403, 409, 422) },
      },
    },
    async (request, reply) => {
      const created = await service.addOrganisation(contextOf(request), request.body);
      return reply.code(201).header('location', `/v1/organisations/${created.odsCode}`).send(organisationOut(created));
    },
  );

  app.patch(
    '/organisations/:odsCode',
    {
      config: { access: 'admin' },
      schema: {
        tags: ['reference data'],
        summary: 'Change an organisation',
        params: organisationParams,
        body: organisationChanges,
        response: { 200: organisation, ...problemResponses(400, 401, 403, 404, 422) },
      },
    },
    async (request) => {
      const updated = await service.changeOrganisation(contextOf(request), request.params.odsCode, request.body);
      return organisationOut(updated);
    },
  );
};

export default organisationRoutes;
