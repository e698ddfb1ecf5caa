import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { formatYear } from '../../domain/years.ts';
import { pageLimit, sendCsv, sendList, wantsCsv, type CsvColumn } from '../../http/lists.ts';
import { problemResponses } from '../../http/problem-schema.ts';
import { monitoringYearParams, type summaryGroup } from '../monitoring/schemas.ts';
import { benchmarkList, benchmarkQuery, projections, projectionsQuery, scenario, scenarioQuery } from './schemas.ts';
import { analysisService, type BenchmarkedOrganisation } from './service.ts';

const benchmarkColumns: CsvColumn<BenchmarkedOrganisation>[] = [
  ...(['odsCode', 'name', 'regionCode', 'type', 'staffWte', 'qualifiedWte', 'ratio', 'ratioDisplay', 'band', 'gapWte', 'libraryService', 'rank', 'regionRank', 'quintile', 'vsEngland'] as const)
    .map((header) => ({ header, value: (o: BenchmarkedOrganisation) => o[header] })),
  { header: 'changeStaffWte', value: (o) => o.change.staffWte },
  { header: 'changeQualifiedWte', value: (o) => o.change.qualifiedWte },
  { header: 'changeRatio', value: (o) => o.change.ratio },
  { header: 'previousBand', value: (o) => o.change.previousBand },
  { header: 'direction', value: (o) => o.change.direction },
];

type Group = z.output<typeof summaryGroup>;
const scenarioColumns: CsvColumn<Group>[] = [
  ...(['key', 'name', 'organisationsExpected', 'organisationsReported', 'staffWte', 'qualifiedWte', 'ratio', 'ratioDisplay', 'band', 'flagged', 'gapWte'] as const)
    .map((header) => ({ header, value: (g: Group) => g[header] })),
  { header: 'meetsTarget', value: (g) => g.counts.meetsTarget },
  { header: 'shortOfTarget', value: (g) => g.counts.shortOfTarget },
  { header: 'flaggedOrganisations', value: (g) => g.counts.flagged },
  { header: 'noQualifiedStaff', value: (g) => g.counts.noQualifiedStaff },
];

type ProjectionLine = {
  key: string; name: string; kind: string; year: string; organisationsReported: number | null;
  staffWte: number; qualifiedWte: number; ratio: number | null; band: string | null;
};
const projectionColumns: CsvColumn<ProjectionLine>[] = (
  ['key', 'name', 'year', 'kind', 'organisationsReported', 'staffWte', 'qualifiedWte', 'ratio', 'band'] as const
).map((header) => ({ header, value: (line: ProjectionLine) => line[header] }));

/** Benchmarking and change, projections and the ratio review's scenarios: any valid key, like the summary. */
const analysisRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = analysisService(app.db);

  app.get(
    '/monitoring/:year/organisations',
    {
      config: { access: 'any', cache: true },
      schema: {
        tags: ['monitoring'],
        summary: 'Every organisation reporting in a year, ranked, in quintiles, against England and against its previous year',
        description:
          "Any valid key. Organisations' figures only (as the flagged list), with ranks over every organisation of the year: filters " +
          'never change a rank. A library service member has its attributed figures and its service\'s ratio. ' +
          '`?change=worsening&band=flagged` is the "flagged and getting worse" list. JSON, CSV or XLSX (`?format=xlsx`).',
        params: monitoringYearParams,
        querystring: benchmarkQuery,
        response: { 200: benchmarkList, ...problemResponses(400, 401) },
      },
    },
    async (request, reply) => {
      const { year } = request.params;
      const { region, type, band, change, materiality, sort, offset, format } = request.query;
      const filters = { region: region ?? null, type: type ?? null, band: band ?? null, change: change ?? null, materiality, sort };
      // CSV and XLSX: every organisation unless a limit is given (sendList writes either).
      const limit = pageLimit(request, { limit: request.query.limit, offset, format });
      const [page, status] = await Promise.all([service.benchmark(year, filters, limit, offset), service.status(year)]);
      const filename = `organisations-${formatYear(year)}`;
      return sendList(request, reply, { items: page.items, total: page.total, limit, offset, format }, (o) => o, benchmarkColumns, filename, { ...page.extra, ...status });
    },
  );

  app.get(
    '/monitoring/projections',
    {
      config: { access: 'any', cache: true },
      schema: {
        tags: ['monitoring'],
        summary: 'When each group would reach the target at its recent pace, and how many more qualified staff that takes',
        description:
          "Any valid key. Straight lines fitted by ordinary least squares to the group's pooled staff and qualified WTE over its last " +
          '`years` reported years (at least 3, else 422), projected to `to`. The answer says its `method` in words. ' +
          'A group with fewer than 3 reported years is listed in `omitted` (422 when no group can be projected). CSV: one row ' +
          'per group and year, `kind` actual (the basis) or projected.',
        querystring: projectionsQuery,
        response: { 200: projections, ...problemResponses(400, 401, 422) },
      },
    },
    async (request, reply) => {
      const { groupBy, years, to, until, format } = request.query;
      const result = await service.projections(groupBy, years, to ?? null, until ?? null);
      if (wantsCsv(request, format)) {
        const lines = result.groups.flatMap((g) => [
          ...g.basis.points.map((p) => ({ key: g.key, name: g.name, kind: 'actual', ...p })),
          ...g.points.map((p) => ({ key: g.key, name: g.name, kind: 'projected', organisationsReported: null, ...p })),
        ]);
        return sendCsv(reply, lines, projectionColumns, `projections-${groupBy}-to-${result.to}`);
      }
      return reply.header('vary', 'Accept').send(result);
    },
  );

  app.get(
    '/monitoring/:year/scenario',
    {
      config: { access: 'any', cache: true },
      schema: {
        tags: ['monitoring'],
        summary: "The ratio review's what-if: a year's returns under other thresholds, with staff grown",
        description:
          "Any valid key. Each threshold defaults to the year's policy. With `staffGrowth` and `yearsAhead` (both or neither), each " +
          "organisation's staff is grown by (1 + staffGrowth)^yearsAhead, its qualified staff held. Answers as the summary does; " +
          'nothing is stored and no published figure changes.',
        params: monitoringYearParams,
        querystring: scenarioQuery,
        response: { 200: scenario, ...problemResponses(400, 401, 422) },
      },
    },
    async (request, reply) => {
      const { year } = request.params;
      const { groupBy, format, targetRatio, flagThreshold, staffGrowth, yearsAhead } = request.query;
      const result = await service.scenario(year, groupBy, { targetRatio, flagThreshold, staffGrowth, yearsAhead });
      if (wantsCsv(request, format)) return sendCsv(reply, result.groups, scenarioColumns, `scenario-${result.year}-${groupBy}`);
      return reply.header('vary', 'Accept').send(result);
    },
  );
};

export default analysisRoutes;
