import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { validatorCompiler } from 'fastify-type-provider-zod';
import { ConcurrencyLimit } from '../../http/concurrency.ts';
import { Cooperative } from '../../http/cooperative.ts';
import { csvRowToJson, parseCsvRows } from '../../http/csv-rows.ts';
import { parseJsonBody } from '../../http/json-body.ts';
import { readBody } from '../../http/read-body.ts';
import { charsetOf, type Charset } from '../../http/text-decoding.ts';
import { problemResponses } from '../../http/problem-schema.ts';
import { BULK_CSV_COLUMNS, BULK_CSV_REQUIRED, MAX_BULK_ROWS, bulkBody, bulkHeaders, bulkQuery, bulkResult, checkBulkBody } from './bulk.schemas.ts';
import { contextOf } from '../../http/context.ts';
import { bulkService, parseIdempotencyKey, type BulkInput, type ServiceRowWriter } from './bulk.service.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** SHA-256 of the request's URL, media type and body, for Idempotency-Key. */
    bodyFingerprint?: string;
    /** CSV uploads: each data row's line number, in order. */
    csvLines?: number[];
    csvProblems?: (string | undefined)[];
  }
}

/** Text sent in pieces of at most 64 KB, each encoded as it is sent, with turns in between (not 12 MB at once). */
function textStream(parts: string[]): Readable {
  return Readable.from(
    (async function* pieces() {
      const cooperative = new Cooperative();
      for (const part of parts) {
        for (let start = 0; start < part.length; start += 64 * 1024) {
          yield Buffer.from(part.slice(start, start + 64 * 1024));
          await cooperative.turn();
        }
      }
    })(),
  );
}

/** How much JSON text is parsed between turns of the event loop. */
const JSON_SLICE_CHARS = 8 * 1024;

/**
 * POST /v1/returns/bulk, in its own scope: it alone reads CSV and larger bodies. A 100,000-row
 * file is parsed, checked and answered a slice at a time, so other callers are answered
 * meanwhile, and only a bounded number of files run at once.
 */
const bulkRoutes: FastifyPluginAsyncZod<{ serviceRows?: ServiceRowWriter }> = async (app, options) => {
  const service = bulkService(app.db, options.serviceRows);
  const { bulkBodyLimitBytes: bodyLimit, bulkConcurrencyPerKey, bulkConcurrencyTotal } = app.config;
  const running = new ConcurrencyLimit(bulkConcurrencyPerKey, bulkConcurrencyTotal);

  // Expired Idempotency-Keys are forgotten on a schedule, not only when a key is used again.
  const sweep = () => service.deleteExpiredKeys().catch((error: unknown) => app.log.warn({ err: error }, 'could not delete expired idempotency keys'));
  const sweeper = setInterval(sweep, 10 * 60_000).unref();
  app.addHook('onReady', async () => void sweep());
  app.addHook('onClose', async () => clearInterval(sweeper));

  const read = (request: FastifyRequest, payload: IncomingMessage, charset: Charset = 'utf-8') =>
    readBody(payload, bodyLimit, `${request.url}\n${request.headers['content-type'] ?? ''}\n`, charset).then(({ text, fingerprint }) => {
      request.bodyFingerprint = fingerprint;
      return text;
    });
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', async (request: FastifyRequest, payload: IncomingMessage) => {
    // Prototype-poisoning keys are kept as plain data and refused row by row, as the PUT refuses them.
    return parseJsonBody(await read(request, payload), { yieldEvery: JSON_SLICE_CHARS, forbiddenKeys: 'keep' });
  });
  app.addContentTypeParser('text/csv', async (request: FastifyRequest, payload: IncomingMessage) => {
    const text = await read(request, payload, charsetOf(request.headers['content-type']));
    const { rows, delimiter } = await parseCsvRows(text, BULK_CSV_COLUMNS, BULK_CSV_REQUIRED);
    request.csvLines = rows.map((r) => r.line);
    request.csvProblems = rows.map((r) => r.problem);
    return { rows: rows.map((r) => csvRowToJson(r.values, delimiter)) };
  });

  app.post(
    '/returns/bulk',
    {
      bodyLimit,
      config: { access: 'returns:write', accepts: ['application/json', 'text/csv'] },
      // The body's shape is checked by checkBulkBody a slice at a time (zod over 100,000 rows would
      // hold the event loop); the query and headers by their zod schemas as everywhere else.
      validatorCompiler: (route) =>
        route.httpPart === 'body' ? (data: unknown) => ({ value: data }) : validatorCompiler(route as unknown as Parameters<typeof validatorCompiler>[0]),
      // The answer is serialised a slice at a time by serialiseBulkResult.
      serializerCompiler: () => (data: unknown) => (typeof data === 'string' ? data : JSON.stringify(data)),
      schema: {
        tags: ['returns'],
        summary: "Submit many returns at once (a whole year's file), as JSON or CSV",
        description:
          `JSON \`{ "rows": [...] }\` or \`text/csv\` with a header row naming columns ${BULK_CSV_COLUMNS.join(', ')} ` +
          `(the first four required; UTF-8 with or without BOM, or Windows-1252 when declared with ` +
          `charset=windows-1252; CRLF or LF; \`,\` or \`;\` between fields; quoted fields; empty trailing columns ` +
          `and empty rows ignored; "13,900.25" and 31/03/2026 read as UK Excel writes them). A row with more or ` +
          `fewer fields than the header is rejected. Rows are numbered by CSV line. Every row is checked ` +
          `exactly like the single PUT; valid rows are applied, invalid ones rejected with reasons, and the answer ` +
          `is 200. \`?atomic=true\`: any rejected row means nothing is applied, answered 422 with the same body. ` +
          `\`?dryRun=true\` stores nothing. \`Idempotency-Key\` makes a retry safe: the same key and body replay ` +
          `the stored answer for 24 hours (dry runs are not stored), a different body is 422, a request still ` +
          `running is 409. Submitters may include only their own organisations. At most ` +
          `${MAX_BULK_ROWS.toLocaleString('en-GB')} rows and ${bodyLimit.toLocaleString('en-GB')} bytes ` +
          `(BULK_BODY_LIMIT_BYTES; 413 beyond). At most ${bulkConcurrencyPerKey} files per key and ` +
          `${bulkConcurrencyTotal} in all run at once (429 with Retry-After beyond).`,
        querystring: bulkQuery,
        headers: bulkHeaders,
        body: bulkBody,
        response: {
          200: bulkResult,
          422: bulkResult.or(problemResponses(422)[422]).describe('Atomic file with a rejected row (the result, nothing applied), or a reused Idempotency-Key (problem)'),
          ...problemResponses(400, 401, 403, 409, 413, 415, 429),
        },
      },
      // Before the body is read: a refused request's body is then discarded by Node, unread.
      preParsing: async (request, reply, payload) => {
        const owner = request.actor.keyId ?? (request.actor.role === 'admin' ? 'bootstrap' : request.ip);
        const release = running.acquire(owner);
        // Given back when the answer is ready (or, if the client went away and no answer ever
        // comes, a while after the connection closed).
        let sent = false;
        reply.raw.once('close', () => {
          if (!sent) setTimeout(release, 30_000).unref();
        });
        request.bulkDone = () => {
          sent = true;
          release();
        };
        return payload;
      },
      onSend: async (request, _reply, payload) => {
        request.bulkDone?.();
        return payload;
      },
    },
    async (request, reply) => {
      const dryRun = request.query.dryRun === true;
      const atomic = request.query.atomic === true;
      const rows = await checkBulkBody(request.body);
      const idempotencyKey = parseIdempotencyKey(request.headers['idempotency-key']);
      const inputs: BulkInput[] = [];
      await new Cooperative().each(rows, (values, index) => {
        inputs.push({
          row: request.csvLines?.[index] ?? index + 1,
          values,
          source: request.csvLines ? 'csv' : 'json',
          ...(request.csvProblems?.[index] ? { problem: request.csvProblems[index] } : {}),
        });
      });
      const answer = await service.submitFile(contextOf(request), {
        inputs,
        dryRun,
        atomic,
        today: app.today(),
        idempotency: idempotencyKey === null ? null : {
          key: idempotencyKey,
          fingerprint: request.bodyFingerprint!,
          bounds: { maxAnswers: app.config.idempotencyMaxAnswersPerKey, maxBytes: app.config.idempotencyMaxBytesPerKey },
        },
      });
      if (answer.replayed) void reply.header('idempotent-replayed', 'true');
      return reply.code(answer.status).type('application/json; charset=utf-8').send(textStream(answer.parts) as never);
    },
  );
};

declare module 'fastify' {
  interface FastifyRequest {
    /** Gives back the bulk request's place (see ConcurrencyLimit). */
    bulkDone?: () => void;
  }
}

export default bulkRoutes;
