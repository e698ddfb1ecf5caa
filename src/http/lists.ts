import type { FastifyReply, FastifyRequest } from 'fastify';
import { stringify } from 'csv-stringify/sync';
import { DEFAULT_LIMIT } from './schemas.ts';
import { createHash } from 'node:crypto';
import { sendXlsx, xlsxOf } from './xlsx.ts';

import type { CsvColumn } from './table-columns.ts';

export type { CsvColumn } from './table-columns.ts';

export type Page = { limit?: number | undefined; offset: number; format?: 'json' | 'csv' | 'xlsx' | undefined };

/**
 * The quality an Accept header gives a media type: its own entry's q, else its `type/*`'s, else
 * `*\/*`'s, else 0 (RFC 9110 §12.5.1, for the two types answered here; a library for this would
 * negotiate every type, and these routes only ever choose between JSON and CSV).
 */
function qualityOf(entries: { type: string; q: number }[], type: string): number {
  const find = (name: string) => entries.find((entry) => entry.type === name)?.q;
  return find(type) ?? find(`${type.split('/')[0]}/*`) ?? find('*/*') ?? 0;
}

/**
 * True when the caller asked for a table file: `?format=csv` or `?format=xlsx`, or an Accept
 * header that names text/csv (with a quality above 0) and prefers nothing JSON to it;
 * `?format=json` always wins. `sendCsv` then writes the one asked for.
 */
export function wantsCsv(request: FastifyRequest, format?: string): boolean {
  if (format) return format === 'csv' || format === 'xlsx';
  const accept = request.headers.accept ?? '';
  if (!/\btext\/csv\b/i.test(accept)) return false;
  const entries = accept.split(',').map((part) => {
    const [type, ...parameters] = part.split(';').map((piece) => piece.trim().toLowerCase());
    const q = parameters.find((p) => p.startsWith('q='));
    const quality = q === undefined ? 1 : Number(q.slice(2));
    return { type: type ?? '', q: Number.isFinite(quality) ? quality : 0 };
  });
  const csv = qualityOf(entries, 'text/csv');
  return csv > 0 && csv >= qualityOf(entries, 'application/json');
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
  // Rows end CRLF, so csv-stringify would leave a cell holding a bare LF unquoted: a comment with a
  // line break would start a new row there (and a formula at its start). Every line break is quoted.
  return stringify([columns.map((c) => c.header), ...rows], { eof: true, record_delimiter: 'windows', quoted_match: /[\r\n]/ });
}

/** A weak tag of a table's content (its cells as the CSV writes them), for its XLSX: see sendXlsx. */
function tableTag<T>(items: T[], columns: CsvColumn<T>[]): string {
  const hash = createHash('sha1').update(columns.map((c) => c.header).join('\u001f'));
  for (const item of items) hash.update(`\u001e${columns.map((c) => String(c.value(item) ?? '')).join('\u001f')}`);
  return `W/"${hash.digest('base64url')}-xlsx"`;
}

/**
 * Sends rows as a table file: XLSX for `?format=xlsx` (the CSV's columns, numbers as numbers),
 * else a CSV attachment, with a UTF-8 byte-order mark for `?bom=true` (Excel then reads
 * non-ASCII names right). The serializer is bypassed: the body is already written.
 */
export async function sendCsv<T>(reply: FastifyReply, items: T[], columns: CsvColumn<T>[], filename: string, total = items.length) {
  const query = (reply.request.query ?? {}) as { format?: string; bom?: boolean };
  void reply.header('vary', 'Accept').header('x-total-count', String(total));
  if (query.format === 'xlsx') {
    const buffer = await xlsxOf(filename.slice(0, 31).replace(/[[\]*?/\\:]/g, '-'), columns, items, new Date(0));
    return sendXlsx(reply, buffer, filename, tableTag(items, columns));
  }
  return reply
    .type('text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${filename}.csv"`)
    .serializer((payload: unknown) => payload as string)
    .send(`${query.bom ? '\uFEFF' : ''}${toCsv(items, columns)}`);
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
