import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { promisify } from 'node:util';
import { gzip as gzipCallback } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { formatYear } from '../../domain/years.ts';
import { contextOf } from '../../http/context.ts';
import { sendCsv, sendPage, wantsCsv } from '../../http/lists.ts';
import { problemResponses } from '../../http/problem-schema.ts';
import { sendXlsx, xlsxOf } from '../../http/xlsx.ts';
import { publicOrKeyed } from '../../http/openapi-security.ts';
import { neverStoreRefusals, publishedScope } from '../../http/published-caching.ts';
import { organisationFiguresCsvColumns } from '../returns/service.ts';
import {
  newPublication,
  pending,
  publication,
  publicationList,
  publicationListQuery,
  publicationTable,
  publicationVersionParams,
  publicationYearParams,
  tableQuery,
} from './schemas.ts';

type TableQuery = z.infer<typeof tableQuery>;
import { publicationsService, versionUrl, type ServedPublication } from './service.ts';

/*
 * Publications: numbered versions of a year's figures that never change. Who: an admin publishes;
 * anyone reads them (open data) unless PUBLIC_PUBLICATIONS=false, then any valid key; `pending`
 * needs an analyst, reviewer or admin key (it shows unpublished returns' figures). They reveal
 * organisations' figures only, never a return's comment, sources, submitter or revisions.
 */
const gzip = promisify(gzipCallback);

const publicationRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = publicationsService(app.db);
  const open = app.config.publicPublications;
  const readAccess = open ? 'public' : 'any';
  const scope = publishedScope(app);
  // A numbered version never changes; the latest may move to a new version.
  const IMMUTABLE = `${scope}, max-age=31536000, immutable`;
  const LATEST = `${scope}, max-age=300`;
  const xlsxFiles = new Map<string, { buffer: Buffer; etag: string }>();

  // A version not published yet may be soon: no cache keeps its 404 (or any other refusal).
  neverStoreRefusals(app);

  // A version is compressed once, when first asked for so (a year of 20,000 organisations is
  // about 6 MB of JSON, a tenth of that compressed), then kept with it.
  // (off the event loop, in libuv's pool; concurrent first askers share one compression).
  const gzipped = new WeakMap<ServedPublication, Promise<Buffer>>();
  const sendDocument = async (request: FastifyRequest, reply: FastifyReply, entry: ServedPublication, cacheControl: string) => {
    void reply.header('cache-control', cacheControl).header('vary', 'Accept-Encoding').type('application/json; charset=utf-8');
    if (!/\bgzip\b/i.test(request.headers['accept-encoding'] ?? '')) return reply.header('etag', entry.etag).send(entry.bytes);
    let body = gzipped.get(entry);
    if (!body) gzipped.set(entry, (body = gzip(entry.bytes)));
    return reply.header('etag', `${entry.etag.slice(0, -1)}-gzip"`).header('content-encoding', 'gzip').send(await body);
  };

  const sendTable = async (request: FastifyRequest<{ Querystring: TableQuery }>, reply: FastifyReply, entry: ServedPublication, cacheControl: string) => {
    const { format, region, band } = request.query;
    const organisations = entry.document.organisations.filter((o) => (!region || o.regionCode === region) && (!band || o.band === band));
    const only = [region, band].filter(Boolean).join('-');
    const filename = `organisations-${formatYear(entry.year)}-v${entry.version}${only ? `-${only}` : ''}`;
    void reply.header('cache-control', cacheControl);
    if (format === 'xlsx') {
      const key = `${entry.year}/${entry.version}/${only}`;
      let file = xlsxFiles.get(key);
      if (!file) {
        const buffer = await xlsxOf('Organisations', organisationFiguresCsvColumns, organisations, new Date(entry.publishedAt));
        // A weak tag from the version's own (see sendXlsx).
        file = { buffer, etag: `W/"${entry.etag.slice(1, -1)}-${only ? `${only}-` : ''}xlsx"` };
        if (xlsxFiles.size >= 16) xlsxFiles.delete(xlsxFiles.keys().next().value!);
        xlsxFiles.set(key, file);
      }
      return sendXlsx(reply.header('x-total-count', String(organisations.length)), file.buffer, filename, file.etag);
    }
    if (wantsCsv(request, format === 'json' ? 'json' : format)) return sendCsv(reply, organisations, organisationFiguresCsvColumns, filename);
    return reply.header('vary', 'Accept').send({
      year: formatYear(entry.year),
      version: entry.version,
      publishedAt: entry.publishedAt,
      data: organisations,
      meta: { total: organisations.length, limit: organisations.length, offset: 0 },
    });
  };

  app.post(
    '/publications',
    {
      config: { access: 'admin' },
      schema: {
        tags: ['annual cycle'],
        summary: 'Publish the next version of a year',
        description:
          'Admin. Freezes the current revision of every approved return of the year, the figures computed from exactly those, ' +
          'and completeness now; unapproved returns are left out and listed in `excluded`. 409 when no return is approved, or ' +
          'when nothing changed since the latest version. Versions never change afterwards.',
        body: newPublication,
        response: { 201: publication, ...problemResponses(400, 401, 403, 409, 415) },
      },
    },
    async (request, reply) => {
      const entry = await service.publish(contextOf(request), request.body.year, request.body.note);
      return sendDocument(request, reply.code(201).header('location', versionUrl(entry.year, entry.version)), entry, 'no-store');
    },
  );

  app.get(
    '/publications',
    {
      config: { access: readAccess },
      schema: {
        tags: ['annual cycle'],
        summary: 'Every published version, newest first',
        security: publicOrKeyed(open),
        querystring: publicationListQuery,
        response: { 200: publicationList, ...problemResponses(400, 401) },
      },
    },
    async (request, reply) =>
      sendPage(request, reply, request.query, (limit, offset) => service.list(limit, offset), (p) => ({
        year: formatYear(p.year), version: p.version, publishedAt: p.published_at.toISOString(), note: p.note,
      }), [
        { header: 'year', value: (p) => formatYear(p.year) },
        { header: 'version', value: (p) => p.version },
        { header: 'publishedAt', value: (p) => p.published_at.toISOString() },
        { header: 'note', value: (p) => p.note },
      ], 'publications'),
  );

  app.get(
    '/publications/:year',
    {
      config: { access: readAccess },
      schema: {
        tags: ['annual cycle'],
        summary: "A year's latest published version",
        description: '404 before the first. Cache-Control: public, max-age=300, with an ETag (another version may follow).',
        security: publicOrKeyed(open),
        params: publicationYearParams,
        response: { 200: publication, ...problemResponses(400, 401, 404) },
      },
    },
    async (request, reply) => sendDocument(request, reply, await service.latest(request.params.year), LATEST),
  );

  app.get(
    '/publications/:year/versions/:version',
    {
      config: { access: readAccess },
      schema: {
        tags: ['annual cycle'],
        summary: 'One numbered version of a year',
        description: 'It never changes: Cache-Control: public, max-age=31536000, immutable.',
        security: publicOrKeyed(open),
        params: publicationVersionParams,
        response: { 200: publication, ...problemResponses(400, 401, 404) },
      },
    },
    async (request, reply) => sendDocument(request, reply, await service.read(request.params.year, request.params.version), IMMUTABLE),
  );

  const tableDocs = {
    tags: ['annual cycle'],
    security: publicOrKeyed(open),
    querystring: tableQuery,
    response: { 200: publicationTable, ...problemResponses(400, 401, 404) },
  };

  app.get(
    '/publications/:year/organisations',
    { config: { access: readAccess }, schema: { ...tableDocs, summary: "The organisations table of a year's latest version (JSON, CSV or XLSX)", params: publicationYearParams } },
    async (request, reply) => sendTable(request, reply, await service.latest(request.params.year), LATEST),
  );

  app.get(
    '/publications/:year/versions/:version/organisations',
    { config: { access: readAccess }, schema: { ...tableDocs, summary: 'The organisations table of a numbered version (JSON, CSV or XLSX)', params: publicationVersionParams } },
    async (request, reply) => sendTable(request, reply, await service.read(request.params.year, request.params.version), IMMUTABLE),
  );

  app.get(
    '/publications/:year/pending',
    {
      config: { access: 'analysis' },
      schema: {
        tags: ['annual cycle'],
        summary: 'What changed since the latest version, and what the next would hold',
        description:
          "Analyst, reviewer or admin. Returns amended, approved or withdrawn since the latest version (or new), each with its published figures and what they would be; " +
          '`effect`: the national and regional figures if every pending return were approved as it stands and published. Stores nothing.',
        params: publicationYearParams,
        response: { 200: pending, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => reply.header('cache-control', 'private, no-cache').send(await service.pending(request.params.year)),
  );
};

export default publicationRoutes;
