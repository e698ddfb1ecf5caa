import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { formatYear, windowStatus } from '../../domain/years.ts';
import { contextOf } from '../../http/context.ts';
import { yearService, type ReportingYear } from './service.ts';
import { sendPage } from '../../http/lists.ts';
import { problemResponses } from '../../http/problem-schema.ts';
import { reportingWindow, reportingYear, yearList, yearListQuery, yearParams } from './schemas.ts';

const day = (date: Date) => date.toISOString().slice(0, 10);

export function yearOut(y: ReportingYear, today: string): z.output<typeof reportingYear> {
  const window = { opensOn: day(y.opensOn), deadline: day(y.deadline), closesOn: day(y.closesOn) };
  return { year: formatYear(y.year), ...window, status: windowStatus(window, today) };
}

const yearRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = yearService(app.db);

  app.get(
    '/years',
    {
      config: { access: 'any', cache: true },
      schema: {
        tags: ['reporting windows'],
        summary: 'Reporting windows, newest year first, with their status today',
        querystring: yearListQuery,
        response: { 200: yearList, ...problemResponses(400, 401) },
      },
    },
    async (request, reply) => {
      const today = app.today();
      return sendPage(request, reply, request.query, (limit, offset) => service.listYears(limit, offset), (y) => yearOut(y, today), [
        { header: 'year', value: (y) => formatYear(y.year) },
        { header: 'opensOn', value: (y) => day(y.opensOn) },
        { header: 'deadline', value: (y) => day(y.deadline) },
        { header: 'closesOn', value: (y) => day(y.closesOn) },
        { header: 'status', value: (y) => yearOut(y, today).status },
      ], 'years');
    },
  );

  app.put(
    '/years/:year',
    {
      config: { access: 'admin' },
      schema: {
        tags: ['reporting windows'],
        summary: "Set a year's reporting window",
        description: 'A year with no window accepts returns. Outside an open window only an admin may write returns.',
        params: yearParams,
        body: reportingWindow,
        response: { 200: reportingYear, 201: reportingYear, ...problemResponses(400, 401, 403, 422) },
      },
    },
    async (request, reply) => {
      const { existed, saved } = await service.setWindow(contextOf(request), request.params.year, request.body);
      return reply.code(existed ? 200 : 201).send(yearOut(saved, app.today()));
    },
  );
};

export default yearRoutes;
