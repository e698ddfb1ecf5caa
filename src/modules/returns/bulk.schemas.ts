import { z } from 'zod';
import { badRequest, type FieldError } from '../../errors/problem.ts';
import { Cooperative } from '../../http/cooperative.ts';
import { returnBody } from './schemas.ts';
import { booleanQuery, odsCode, warning, yearParam } from '../../http/schemas.ts';

export const MAX_BULK_ROWS = 100_000;

/** The CSV columns, in the order an export would use. */
export const BULK_CSV_COLUMNS = [
  'libraryService',
  'odsCode', 'year', 'staffWte', 'qualifiedWte', 'clinicalLibrarianWte', 'knowledgeManagerWte',
  'otherEmbeddedWte', 'staffSource', 'staffSnapshotDate', 'comment', 'acknowledgedWarnings',
] as const;
export const BULK_CSV_REQUIRED = ['odsCode', 'year', 'staffWte', 'qualifiedWte'] as const;

/** One row: exactly the single PUT's body, plus which return it is. */
export const bulkRow = returnBody.extend({ odsCode, year: yearParam }).strict();

export const bulkBody = z
  .object({
    rows: z
      .array(z.record(z.string(), z.unknown()))
      .min(1)
      .max(MAX_BULK_ROWS)
      .describe('One object per return, each shaped like the single PUT body plus odsCode and year'),
  })
  .strict()
  .meta({ id: 'BulkReturns' });

/**
 * The body's shape, as bulkBody says, checked by hand a slice at a time: `{ rows: [...] }` with
 * 1 to MAX_BULK_ROWS objects. Each row is then checked as the single PUT checks a body.
 */
export async function checkBulkBody(body: unknown): Promise<Record<string, unknown>[]> {
  const isObject = (value: unknown): value is Record<string, unknown> =>
    typeof value === 'object' && value !== null && !Array.isArray(value);
  if (!isObject(body)) throw badRequest('The body must be an object: { "rows": [...] }.', [{ pointer: '/body', message: 'must be an object' }]);
  const extra = Object.keys(body).filter((key) => key !== 'rows');
  if (extra.length) {
    throw badRequest('The body may only have "rows".', extra.slice(0, 10).map((key) => ({ pointer: `/body/${key.slice(0, 64)}`, message: 'is not a field of this endpoint' })));
  }
  const rows = body.rows;
  if (!Array.isArray(rows)) throw badRequest('"rows" must be an array of returns.', [{ pointer: '/body/rows', message: 'must be an array' }]);
  if (rows.length < 1 || rows.length > MAX_BULK_ROWS) {
    throw badRequest(`"rows" must have 1 to ${MAX_BULK_ROWS.toLocaleString('en-GB')} rows.`, [
      { pointer: '/body/rows', message: `must have 1 to ${MAX_BULK_ROWS} items` },
    ]);
  }
  const errors: FieldError[] = [];
  await new Cooperative().each(rows, (row, index) => {
    if (!isObject(row) && errors.length < 100) errors.push({ pointer: `/body/rows/${index}`, message: 'must be an object' });
  });
  if (errors.length) throw badRequest('Every row must be an object.', errors);
  return rows as Record<string, unknown>[];
}

export const bulkQuery = z.object({
  dryRun: booleanQuery.optional().meta({ description: 'true: check and compute every row, store nothing' }),
  atomic: booleanQuery.optional().meta({ description: 'true: any rejected row means nothing is applied (422)' }),
});

export const bulkHeaders = z
  .object({
    'idempotency-key': z.string().optional().meta({ description: 'Repeat the request safely: the same key and body replay the stored answer for 24 hours' }),
  })
  .loose();

const rowStatus = z.enum(['created', 'updated', 'unchanged', 'rejected']);

export const bulkResult = z
  .object({
    summary: z.object({
      received: z.number().int(),
      created: z.number().int(),
      updated: z.number().int(),
      unchanged: z.number().int(),
      rejected: z.number().int(),
    }),
    applied: z.boolean().describe('false for a dry run, or when atomic and a row was rejected'),
    dryRun: z.boolean(),
    atomic: z.boolean(),
    rows: z.array(
      z.object({
        row: z.number().int().describe('1-based position in rows; for CSV the line number (the header is line 1)'),
        odsCode: z.string().nullable(),
        year: z.string().nullable(),
        status: rowStatus.describe('For a dry run or a refused atomic file: what would have happened'),
        errors: z.array(z.object({ pointer: z.string().describe('JSON Pointer into the row, e.g. /staffWte'), message: z.string() })),
        warnings: z.array(warning),
      }),
    ),
  })
  .meta({ id: 'BulkResult' });
