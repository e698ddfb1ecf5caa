import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { formatYear } from '../../domain/years.ts';
import { badRequest } from '../../errors/problem.ts';
import { sendCsv, sendPage, type CsvColumn, wantsCsv } from '../../http/lists.ts';
import { problemResponses } from '../../http/problem-schema.ts';
import { publicOrKeyed } from '../../http/openapi-security.ts';
import {
  completenessQuery,
  completenessReport,
  flaggedList,
  flaggedQuery,
  monitoringYearParams,
  progress,
  progressQuery,
  summary,
  summaryQuery,
  trends,
  trendsQuery,
  type summaryGroup,
  type trendPoint,
} from './schemas.ts';
import { monitoringService } from './service.ts';
import { organisationFiguresCsvColumns } from '../returns/service.ts';

type Group = z.output<typeof summaryGroup>;
type Point = z.output<typeof trendPoint> & { key: string; name: string };

const pooledColumns = <T extends Group | Point>(): CsvColumn<T>[] => [
  { header: 'organisationsReported', value: (g) => g.organisationsReported },
  { header: 'staffWte', value: (g) => g.staffWte },
  { header: 'qualifiedWte', value: (g) => g.qualifiedWte },
  { header: 'ratio', value: (g) => g.ratio },
  { header: 'ratioDisplay', value: (g) => g.ratioDisplay },
  { header: 'band', value: (g) => g.band },
  { header: 'flagged', value: (g) => g.flagged },
  { header: 'gapWte', value: (g) => g.gapWte },
  { header: 'meetsTarget', value: (g) => g.counts.meetsTarget },
  { header: 'shortOfTarget', value: (g) => g.counts.shortOfTarget },
  { header: 'flaggedOrganisations', value: (g) => g.counts.flagged },
  { header: 'noQualifiedStaff', value: (g) => g.counts.noQualifiedStaff },
];

const summaryColumns: CsvColumn<Group>[] = [
  { header: 'key', value: (g) => g.key },
  { header: 'name', value: (g) => g.name },
  { header: 'organisationsExpected', value: (g) => g.organisationsExpected },
  ...pooledColumns<Group>(),
  { header: 'min', value: (g) => g.distribution.min },
  { header: 'p25', value: (g) => g.distribution.p25 },
  { header: 'median', value: (g) => g.distribution.median },
  { header: 'p75', value: (g) => g.distribution.p75 },
  { header: 'max', value: (g) => g.distribution.max },
  { header: 'previousYearRatio', value: (g) => g.previousYear.ratio },
];

const trendColumns: CsvColumn<Point>[] = [
  { header: 'key', value: (p) => p.key },
  { header: 'name', value: (p) => p.name },
  { header: 'year', value: (p) => p.year },
  ...pooledColumns<Point>(),
  { header: 'status', value: (p) => p.status },
]; 

const monitoringRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = monitoringService(app.db);

  app.get(
    '/monitoring/:year/summary',
    {
      config: { access: 'any', cache: true },
      schema: {
        tags: ['monitoring'],
        summary: 'National, regional or organisation-type aggregates for a year',
        params: monitoringYearParams,
        querystring: summaryQuery,
        response: { 200: summary, ...problemResponses(400, 401) },
      },
    },
    async (request, reply) => {
      const { year } = request.params;
      const { groupBy, format } = request.query;
      const result = await service.summary(year, groupBy);
      if (wantsCsv(request, format)) return sendCsv(reply, result.groups, summaryColumns, `summary-${result.year}-${groupBy}`);
      return reply.header('vary', 'Accept').send(result);
    },
  );

  app.get(
    '/monitoring/:year/flagged',
    {
      config: { access: 'any', cache: true },
      schema: {
        tags: ['monitoring'],
        summary: 'Flagged organisations for a year, worst first',
        description: "No qualified staff first, then the highest ratio; each with its gapWte. Organisations' figures only: a return's comment, sources, warnings, submitter and revision stay behind the returns routes.",
        params: monitoringYearParams,
        querystring: flaggedQuery,
        response: { 200: flaggedList, ...problemResponses(400, 401) },
      },
    },
    async (request, reply) => {
      const { year } = request.params;
      const { region, type } = request.query;
      const page = (limit: number | null, offset: number) => service.flagged(year, { region, type }, limit, offset);
      const status = await service.status(year);
      return sendPage(request, reply, request.query, page, (r) => r, organisationFiguresCsvColumns, `flagged-${formatYear(year)}`, status);
    },
  );

  app.get(
    '/monitoring/:year/completeness',
    {
      config: { access: 'any', cache: true },
      schema: {
        tags: ['monitoring'],
        summary: 'Which organisations expected to report for a year have not',
        params: monitoringYearParams,
        querystring: completenessQuery,
        response: { 200: completenessReport, ...problemResponses(400, 401) },
      },
    },
    async (request, reply) => {
      const { year } = request.params;
      const { region, format } = request.query;
      const result = await service.completeness(year, region ?? null);
      if (wantsCsv(request, format)) {
        return sendCsv(reply, result.missing, [
          { header: 'odsCode', value: (m) => m.odsCode },
          { header: 'name', value: (m) => m.name },
          { header: 'regionCode', value: (m) => m.regionCode },
          { header: 'type', value: (m) => m.type },
        ], `missing-${formatYear(year)}`);
      }
      return reply.header('vary', 'Accept').send({ year: formatYear(year), ...result } as z.output<typeof completenessReport>);
    },
  );

  app.get(
    '/monitoring/trends',
    {
      // Without a key (while publications are public): the published figures only.
      config: { access: app.config.publicPublications ? 'optional' : 'any', cache: true },
      schema: {
        tags: ['monitoring'],
        summary: 'Pooled ratios year by year, per group, oldest first',
        description:
          "With a key, live figures unless `basis=published`. Without a key (publications are open data), always each year's " +
          'latest published figures, whatever `basis` says; the answer names its `basis`.',
        security: publicOrKeyed(app.config.publicPublications),
        querystring: trendsQuery,
        response: { 200: trends, ...problemResponses(400, 401) },
      },
    },
    async (request, reply) => {
      const { groupBy, from, to, format } = request.query;
      const basis = request.keyed ? (request.query.basis ?? 'live') : 'published';
      if (from !== undefined && to !== undefined && from > to) {
        throw badRequest('from must not be after to.', [{ pointer: '/query/from', message: 'must not be after to' }]);
      }
      const result = await service.trends(groupBy, from ?? null, to ?? null, basis);
      if (wantsCsv(request, format)) {
        const points = result.groups.flatMap((g) => g.points.map((p) => ({ ...p, key: g.key, name: g.name })));
        return sendCsv(reply, points, trendColumns, `trends-${groupBy}`);
      }
      return reply.header('vary', 'Accept').send(result);
    },
  );
};

/** Progress towards sign-off: a year's returns expected, reported and approved, per region. */
export const progressRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = monitoringService(app.db);
  app.get(
    '/years/:year/progress',
    {
      config: { access: 'any', cache: true },
      schema: {
        tags: ['annual cycle'],
        summary: "A year's returns: expected, reported and approved, nationally and per region",
        description: 'Any valid key. `missing` lists the expected organisations of each region without a return. With `?region=`, only that region is listed (national stays national).',
        params: monitoringYearParams,
        querystring: progressQuery,
        response: { 200: progress, ...problemResponses(400, 401) },
      },
    },
    async (request, reply) => reply.send(await service.progress(request.params.year, request.query.region ?? null)),
  );
};

export default monitoringRoutes;
