import { createHash } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { HttpProblem, problemTypes } from '../errors/problem.ts';
import { csvRowToJson, parseCsvRows } from '../http/csv-rows.ts';
import { problemResponses } from '../schemas/common.ts';
import { BULK_CSV_COLUMNS, BULK_CSV_REQUIRED, MAX_BULK_ROWS, bulkBody, bulkHeaders, bulkQuery, bulkResult } from '../schemas/bulk.ts';
import { applyBulk, type BulkInput } from '../services/bulk-returns.ts';
import { abandonIdempotent, beginIdempotent, completeIdempotent, parseIdempotencyKey } from '../services/idempotency.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The request body as received, for Idempotency-Key fingerprints. */
    rawBody?: string;
    /** CSV uploads: each data row's line number, in order. */
    csvLines?: number[];
    csvProblems?: (string | undefined)[];
  }
}

/** POST /v1/returns/bulk, in its own scope: it alone reads CSV and larger bodies. */
const bulkRoutes: FastifyPluginAsyncZod = async (app) => {
  const { pool } = app.db;
  const bodyLimit = app.config.bulkBodyLimitBytes;

  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit }, (request, body, done) => {
    request.rawBody = body as string;
    try {
      done(null, JSON.parse(body as string));
    } catch {
      done(new HttpProblem({ status: 400, type: problemTypes.malformedBody, title: 'The request body could not be read', detail: 'The body is not well-formed JSON.' }), undefined);
    }
  });
  app.addContentTypeParser('text/csv', { parseAs: 'string', bodyLimit }, (request, body, done) => {
    request.rawBody = body as string;
    try {
      const rows = parseCsvRows(body as string, BULK_CSV_COLUMNS, BULK_CSV_REQUIRED);
      request.csvLines = rows.map((r) => r.line);
      request.csvProblems = rows.map((r) =>
        r.fieldCount === r.expectedFields ? undefined : `has ${r.fieldCount} fields; the header has ${r.expectedFields}`,
      );
      done(null, { rows: rows.map((r) => csvRowToJson(r.values)) });
    } catch (error) {
      done(error as Error, undefined);
    }
  });

  app.post(
    '/v1/returns/bulk',
    {
      bodyLimit,
      config: { access: 'returns:write' },
      schema: {
        tags: ['returns'],
        summary: "Submit many returns at once (a whole year's file), as JSON or CSV",
        description:
          `JSON \`{ "rows": [...] }\` or \`text/csv\` with a header row naming columns ${BULK_CSV_COLUMNS.join(', ')} ` +
          `(the first four required; UTF-8 with or without BOM, CRLF or LF, quoted fields). Every row is checked ` +
          `exactly like the single PUT; valid rows are applied, invalid ones rejected with reasons, and the answer ` +
          `is 200. \`?atomic=true\`: any rejected row means nothing is applied, answered 422 with the same body. ` +
          `\`?dryRun=true\` stores nothing. \`Idempotency-Key\` makes a retry safe: the same key and body replay ` +
          `the stored answer for 24 hours, a different body is 422, a request still running is 409. Submitters may ` +
          `include only their own organisations. At most ${MAX_BULK_ROWS.toLocaleString('en-GB')} rows and ` +
          `${bodyLimit.toLocaleString('en-GB')} bytes (BULK_BODY_LIMIT_BYTES; 413 beyond).`,
        querystring: bulkQuery,
        headers: bulkHeaders,
        body: bulkBody,
        response: {
          200: bulkResult,
          422: bulkResult.or(problemResponses(422)[422]).describe('Atomic file with a rejected row (the result, nothing applied), or a reused Idempotency-Key (problem)'),
          ...problemResponses(400, 401, 403, 409, 413, 415),
        },
      },
    },
    async (request, reply) => {
      const dryRun = request.query.dryRun === true;
      const atomic = request.query.atomic === true;
      const idempotencyKey = parseIdempotencyKey(request.headers['idempotency-key']);
      const owner = request.actor.keyId ?? 'bootstrap';
      if (idempotencyKey) {
        const fingerprint = createHash('sha256')
          .update(`${request.url}\n${request.headers['content-type'] ?? ''}\n${request.rawBody ?? ''}`)
          .digest('hex');
        const begun = await beginIdempotent(pool, owner, idempotencyKey, fingerprint);
        if (begun.kind === 'replay') return reply.code(begun.status as 200 | 422).header('idempotent-replayed', 'true').send(begun.body as never);
      }
      const inputs: BulkInput[] = request.body.rows.map((values, index) => ({
        row: request.csvLines?.[index] ?? index + 1,
        values,
        source: request.csvLines ? 'csv' : 'json',
        ...(request.csvProblems?.[index] ? { problem: request.csvProblems[index] } : {}),
      }));
      let status: 200 | 422 = 200;
      try {
        const result = await applyBulk(pool, inputs, {
          actor: request.actor,
          requestId: request.id,
          dryRun,
          atomic,
          beforeCommit: async (client, outcome) => {
            status = atomic && outcome.summary.rejected > 0 ? 422 : 200;
            if (idempotencyKey) await completeIdempotent(client, owner, idempotencyKey, status, outcome);
          },
        });
        return reply.code(status).send(result);
      } catch (error) {
        if (idempotencyKey) await abandonIdempotent(pool, owner, idempotencyKey).catch(() => undefined);
        throw error;
      }
    },
  );
};

export default bulkRoutes;
