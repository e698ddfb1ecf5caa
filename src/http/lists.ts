import type { FastifyReply, FastifyRequest } from 'fastify';
import { stringify } from 'csv-stringify/sync';
import { DEFAULT_LIMIT } from './schemas.ts';

export type CsvColumn<T> = { header: string; value: (item: T) => string | number | boolean | null | undefined };

export type Page = { limit?: number | undefined; offset: number; format?: 'json' | 'csv' | undefined };

/** True when the caller asked for CSV: `?format=csv`, or `Accept: text/csv` without `?format=json`. */
export function wantsCsv(request: FastifyRequest, format?: string): boolean {
  if (format) return format === 'csv';
  return /\btext\/csv\b/i.test(request.headers.accept ?? '');
}

/** The SQL LIMIT for a page: CSV exports everything unless a limit is given. */
export function pageLimit(request: FastifyRequest, page: Page): number | null {
  if (page.limit !== undefined) return page.limit;
  return wantsCsv(request, page.format) ? null : DEFAULT_LIMIT;
}

const FORMULA_START = /^[=+\-@\t\r]/;

/** Spreadsheets run cells that begin with = + - @ (or a tab/CR) as formulas: prefix a quote. */
export function neutralise(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

export function toCsv<T>(items: T[], columns: CsvColumn<T>[]): string {
  const rows = items.map((item) =>
    columns.map((column) => {
      const value = column.value(item);
      return value === null || value === undefined ? '' : neutralise(String(value));
    }),
  );
  return stringify([columns.map((c) => c.header), ...rows], { eof: true, record_delimiter: 'windows' });
}

/** Sends rows as a CSV attachment (the serializer is bypassed: the body is already text). */
export function sendCsv<T>(reply: FastifyReply, items: T[], columns: CsvColumn<T>[], filename: string, total = items.length) {
  return reply
    .header('vary', 'Accept')
    .type('text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${filename}.csv"`)
    .header('x-total-count', String(total))
    .serializer((payload: unknown) => payload as string)
    .send(toCsv(items, columns));
}

/**
 * One page of a list, fetched and sent: the page size from the query (`pageLimit`), `fetch`
 * for that page, then `sendList`. Every list route is this one call.
 */
export async function sendPage<T, J>(
  request: FastifyRequest,
  reply: FastifyReply,
  query: Page,
  fetch: (limit: number | null, offset: number) => Promise<{ items: T[]; total: number }>,
  toJson: (item: T) => J,
  columns: CsvColumn<T>[],
  filename: string,
  extra?: Record<string, unknown>,
) {
  const limit = pageLimit(request, query);
  const { items, total } = await fetch(limit, query.offset);
  return sendList(request, reply, { items, total, limit, offset: query.offset, format: query.format }, toJson, columns, filename, extra);
}

/** Sends a list as `{ data, meta }` or as CSV (same items, one row each, header first). */
export function sendList<T, J>(
  request: FastifyRequest,
  reply: FastifyReply,
  list: { items: T[]; total: number; limit: number | null; offset: number; format?: string | undefined },
  toJson: (item: T) => J,
  columns: CsvColumn<T>[],
  filename: string,
  /** Members beside `data` and `meta`, e.g. a monitoring answer's status. */
  extra?: Record<string, unknown>,
) {
  if (wantsCsv(request, list.format)) return sendCsv(reply, list.items, columns, filename, list.total);
  return reply.header('vary', 'Accept').send({
    data: list.items.map(toJson),
    meta: { total: list.total, limit: list.limit ?? list.items.length, offset: list.offset },
    ...extra,
  });
}
