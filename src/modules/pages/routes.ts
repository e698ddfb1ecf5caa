import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problemResponses } from '../../http/problem-schema.ts';
import { publicOrKeyed } from '../../http/openapi-security.ts';
import { neverStoreRefusals, publishedScope } from '../../http/published-caching.ts';
import { publicationYearParams } from '../publications/schemas.ts';
import { z } from 'zod';
import { parseYear } from '../../domain/years.ts';
import { NHSUK_DIST, PUBLIC, pageRenderer } from './render.ts';
import { pagesService } from './service.ts';
import { PAGE_HEADERS } from './policy.ts';
import keyedPages from './keyed.routes.ts';

/*
 * Web pages for people, under `/` (the JSON API stays under /v1). Who: anyone; they show the
 * published figures only, so they reveal nothing an open-data reader could not download. A
 * hostile caller gets a page, a 404 page, or a 400 for a malformed path. Every page sends a
 * strict policy: scripts and styles from this service only, no inline script, no framing.
 */


const odsPath = z.object({ odsCode: z.string().regex(/^[A-Za-z0-9]{3,5}$/).transform((s) => s.toUpperCase()) });
const regionPath = z.object({ code: z.string().regex(/^[A-Za-z0-9]{1,10}$/).transform((s) => s.toUpperCase()) });
const yearPath = z.object({ year: z.string() });

const pageRoutes: FastifyPluginAsync = async (app) => {
  const render = pageRenderer();
  const service = pagesService(app.db);

  await app.register(fastifyStatic, { root: NHSUK_DIST, prefix: '/assets/nhsuk/', decorateReply: false, maxAge: '1d', index: false });
  await app.register(fastifyStatic, { root: PUBLIC, prefix: '/assets/pages/', decorateReply: false, maxAge: '1h', index: false });
  await app.register(keyedPages);

  const send = (reply: FastifyReply, template: string, context: Record<string, unknown>, status = 200) =>
    reply.code(status).headers(PAGE_HEADERS).header('cache-control', status === 200 ? 'public, max-age=60' : 'no-store')
      .type('text/html; charset=utf-8').send(render(template, context));
  const notFoundPage = (reply: FastifyReply, detail: string) => send(reply, 'not-found.njk', { title: 'Page not found', detail }, 404);

  const config = { access: 'public' as const };
  const hide = { hide: true };

  // The pages show publications: where those are not open data, neither are the pages.
  if (!app.config.publicPublications) {
    app.addHook('onRequest', async (request, reply) => {
      if (/^\/(assets\/|sign-in|sign-out|my\b)/.test(request.url)) return;
      return send(reply, 'not-found.njk', {
        title: 'These figures are not public', detail: "This instance's publications are open to API keys only (PUBLIC_PUBLICATIONS=false).",
      }, 403);
    });
  }

  app.get('/', { config, schema: hide }, async (_request, reply) => {
    const year = await service.latestYear().catch(() => null);
    if (year === null) return notFoundPage(reply, 'Nothing has been published yet.');
    return send(reply, 'year.njk', await service.yearPage(year));
  });

  app.get('/years', { config, schema: hide }, async (_request, reply) =>
    send(reply, 'years.njk', { title: 'Published years', years: await service.years(), crumbs: [{ href: '/', text: 'Latest figures' }] }));

  app.get('/years/:year', { config, schema: hide }, async (request, reply) => {
    const year = parseYear(yearPath.parse(request.params).year);
    if (year === null) return notFoundPage(reply, 'A year is written like 2024-25.');
    const page = await service.yearPage(year).catch(() => null);
    if (!page) return notFoundPage(reply, 'That year has not been published.');
    return send(reply, 'year.njk', { ...page, crumbs: [{ href: '/', text: 'Latest figures' }, { href: '/years', text: 'Published years' }] });
  });

  app.get('/regions/:code', { config, schema: hide }, async (request, reply) => {
    const parsed = regionPath.safeParse(request.params);
    const page = parsed.success ? await service.regionPage(parsed.data.code).catch(() => null) : null;
    if (!page) return notFoundPage(reply, 'There are no published figures for that region.');
    return send(reply, 'region.njk', page);
  });

  app.get('/organisations/:odsCode', { config, schema: hide }, async (request, reply) => {
    const parsed = odsPath.safeParse(request.params);
    const page = parsed.success ? await service.organisationPage(parsed.data.odsCode) : null;
    if (!page) return notFoundPage(reply, 'There are no published figures for that organisation.');
    return send(reply, 'organisation.njk', page);
  });
};

/**
 * The annual report, `GET /v1/publications/{year}/report`: one printable A4 page of a year's latest
 * version. Who: as the publications (open data, unless PUBLIC_PUBLICATIONS=false: any valid key).
 */
export const reportRoutes: FastifyPluginAsyncZod = async (app) => {
  const render = pageRenderer();
  const service = pagesService(app.db);
  neverStoreRefusals(app);
  app.get(
    '/publications/:year/report',
    {
      config: { access: app.config.publicPublications ? 'public' : 'any' },
      schema: {
        tags: ['annual cycle'],
        summary: "A year's annual monitoring report: one printable A4 HTML page",
        description: 'Headline figures, charts (SVG, inline), tables, definitions and method, from the latest version. 404 before the first.',
        security: publicOrKeyed(app.config.publicPublications),
        params: publicationYearParams,
        response: { 200: z.string().describe('text/html'), ...problemResponses(400, 401, 404) },
      },
    },
    async (request, reply) => {
      const page = await service.reportPage(request.params.year);
      return reply.headers(PAGE_HEADERS).header('cache-control', `${publishedScope(app)}, max-age=300`)
        .type('text/html; charset=utf-8').serializer((payload: unknown) => payload as string).send(render('report.njk', page));
    },
  );
};

export default pageRoutes;
