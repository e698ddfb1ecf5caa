import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { badRequest } from '../../errors/problem.ts';
import { problemResponses } from '../../http/problem-schema.ts';
import { publicOrKeyed } from '../../http/openapi-security.ts';
import { odsCode, yearParam } from '../../http/schemas.ts';
import { groupBy } from '../monitoring/schemas.ts';
import { chartsService } from './service.ts';

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
});

const chartRoutes: FastifyPluginAsyncZod = async (app) => {
  const charts = chartsService(app.db);
  app.get(
    '/charts/:name',
    {
      config: { access: app.config.publicPublications ? 'public' : 'any' },
      schema: {
        tags: ['charts'],
        summary: 'A chart of the published figures as SVG: trend.svg, regions.svg, distribution.svg or organisation.svg',
        description: 'Each with a title, a description and the table it draws (in <metadata>). `trend` takes groupBy (and key); `regions` and `distribution` a year; `organisation` an odsCode.',
        security: publicOrKeyed(app.config.publicPublications),
        params: z.object({ name: z.enum(['trend.svg', 'regions.svg', 'distribution.svg', 'organisation.svg']) }),
        querystring: chartQuery,
        response: { 200: z.string().describe('image/svg+xml'), ...problemResponses(400, 401, 404) },
      },
    },
    async (request, reply) => {
      const { year, groupBy: by, key, odsCode: ods } = request.query;
      const publication = async () => charts.latest(year ?? (await charts.latestYear()));
      let chart;
      switch (request.params.name) {
        case 'trend.svg': {
          const latest = await publication();
          chart = await charts.trend(by, by === 'national' ? 'national' : (key ?? null), charts.thresholdsOf(latest));
          break;
        }
        case 'regions.svg':
          chart = await charts.regions(await publication());
          break;
        case 'distribution.svg':
          chart = await charts.bands(await publication());
          break;
        case 'organisation.svg':
          if (!ods) throw badRequest('organisation.svg needs ?odsCode=.', [{ pointer: '/query/odsCode', message: 'is required for organisation.svg' }]);
          chart = (await charts.organisationHistory(ods)).chart;
          break;
      }
      return reply.type('image/svg+xml; charset=utf-8').header('cache-control', 'public, max-age=300')
        .serializer((payload: unknown) => payload as string).send(await chart.standalone());
    },
  );
};

export default chartRoutes;
