import { createHash } from 'node:crypto';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sendCsv, type CsvColumn } from '../../http/lists.ts';
import { sendXlsx, xlsxOf } from '../../http/xlsx.ts';
import { neverStoreRefusals, publishedScope } from '../../http/published-caching.ts';
import { z } from 'zod';
import { badRequest } from '../../errors/problem.ts';
import { problemResponses } from '../../http/problem-schema.ts';
import { publicOrKeyed } from '../../http/openapi-security.ts';
import { odsCode, paginationQuery, yearParam } from '../../http/schemas.ts';
import { groupBy } from '../monitoring/schemas.ts';
import { chartsService, type RenderedChart } from './service.ts';

/*
 * Charts as SVG, for intranet pages and reports to embed. Who: anyone while publications are
 * open data (they draw published figures only), else any valid key. Each SVG carries a <title>,
 * a <desc> and, in <metadata>, the table it draws.
 */
const chartQuery = z.object({
  year: yearParam.optional().meta({ description: 'The year (default: the latest published)' }),
  groupBy: groupBy.meta({ description: 'For `trend`: national, region or type' }),
  key: z.string().regex(/^[a-z_A-Z0-9]{1,20}$/).optional().meta({ description: 'For `trend` by region or type: the group (e.g. Y56, acute); default every group' }),
  basis: z.enum(['published']).default('published').meta({ description: 'Charts draw published figures' }),
  odsCode: odsCode.optional().meta({ description: 'For `organisation`: whose history' }),
  bom: paginationQuery.bom,
});

const CHART_NAMES = ['trend', 'regions', 'distribution', 'organisation'] as const;
type ChartName = (typeof CHART_NAMES)[number];
const CHART_FILES = CHART_NAMES.flatMap((name) => [`${name}.svg`, `${name}.csv`, `${name}.xlsx`]) as [string, ...string[]];

/** The table a chart draws, as the download under it: same columns and rows as its data table. */
async function sendChartTable(reply: FastifyReply, chart: RenderedChart, name: string, extension: 'csv' | 'xlsx') {
  type Row = RenderedChart['table']['rows'][number];
  const columns: CsvColumn<Row>[] = chart.table.columns.map((header, index) => ({ header, value: (row) => row[index] }));
  if (extension === 'csv') return sendCsv(reply, chart.table.rows, columns, `chart-${name}`);
  const buffer = await xlsxOf(name, columns, chart.table.rows);
  return sendXlsx(reply, buffer, `chart-${name}`, `W/"${createHash('sha256').update(JSON.stringify(chart.table)).digest('base64url').slice(0, 27)}"`);
}

const chartRoutes: FastifyPluginAsyncZod = async (app) => {
  const charts = chartsService(app.db);
  // Behind a key (PUBLIC_PUBLICATIONS=false), no shared cache may keep a chart; refusals are never kept.
  const cacheControl = `${publishedScope(app)}, max-age=300`;
  neverStoreRefusals(app);
  app.get(
    '/charts/:name',
    {
      config: { access: app.config.publicPublications ? 'public' : 'any' },
      schema: {
        tags: ['charts'],
        summary: 'A chart of the published figures as SVG (trend.svg, regions.svg, distribution.svg, organisation.svg), or the table it draws (.csv, .xlsx)',
        description: 'Each SVG has a title, a description and the table it draws (in <metadata>); the same name ending .csv or .xlsx answers that table as a download. `trend` takes groupBy (and key); `regions` and `distribution` a year; `organisation` an odsCode.',
        security: publicOrKeyed(app.config.publicPublications),
        params: z.object({ name: z.enum(CHART_FILES) }),
        querystring: chartQuery,
        response: { 200: z.string().describe('image/svg+xml'), ...problemResponses(400, 401, 404) },
      },
    },
    async (request, reply) => {
      const { year, groupBy: by, key, odsCode: ods } = request.query;
      const publication = async () => charts.latest(year ?? (await charts.latestYear()));
      let chart;
      const [name, extension] = request.params.name.split('.') as [ChartName, 'svg' | 'csv' | 'xlsx'];
      switch (name) {
        case 'trend': {
          const latest = await publication();
          chart = await charts.trend(by, by === 'national' ? 'national' : (key ?? null), charts.thresholdsOf(latest));
          break;
        }
        case 'regions':
          chart = await charts.regions(await publication());
          break;
        case 'distribution':
          chart = await charts.bands(await publication());
          break;
        case 'organisation':
          if (!ods) throw badRequest('organisation.svg needs ?odsCode=.', [{ pointer: '/query/odsCode', message: 'is required for organisation.svg' }]);
          chart = (await charts.organisationHistory(ods)).chart;
          break;
      }
      void reply.header('cache-control', cacheControl);
      if (extension !== 'svg') return sendChartTable(reply, chart, name, extension);
      return reply.type('image/svg+xml; charset=utf-8')
        .serializer((payload: unknown) => payload as string).send(await chart.standalone());
    },
  );
};

export default chartRoutes;
