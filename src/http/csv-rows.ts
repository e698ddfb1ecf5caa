import { CsvError, parse } from 'csv-parse/sync';
import { badRequest } from '../errors/problem.ts';

/** One data row of an uploaded CSV file, with the line it starts on (the header is line 1). */
export type CsvRow = { line: number; values: Record<string, string>; fieldCount: number; expectedFields: number };

const newlines = (text: string) => (text.match(/\r\n|\r|\n/g) ?? []).length;

/**
 * Parses a CSV upload: UTF-8 with or without a BOM, CRLF or LF, quoted fields (with commas,
 * quotes and line breaks inside). Columns are matched to `columns` by name, ignoring case;
 * `required` must all be present and no unknown column is allowed.
 */
export function parseCsvRows(text: string, columns: readonly string[], required: readonly string[]): CsvRow[] {
  const body = text.replace(/^\uFEFF/, '');
  let records: { record: string[]; raw: string }[];
  try {
    records = parse(body, { raw: true, relax_column_count: true, skip_empty_lines: true, trim: true }) as never;
  } catch (error) {
    if (error instanceof CsvError) {
      throw badRequest(`The CSV could not be read near line ${(error as CsvError & { lines?: number }).lines ?? '?'}: ${error.message.replace(/^Invalid [^:]*: /, '')}`);
    }
    throw error;
  }
  const [header, ...rows] = records;
  if (!header) throw badRequest('The CSV is empty: it needs a header row, then one row per return.');

  const byLowerName = new Map(columns.map((name) => [name.toLowerCase(), name]));
  const names = header.record.map((cell) => byLowerName.get(cell.trim().toLowerCase()) ?? null);
  const unknown = header.record.filter((_, i) => names[i] === null);
  if (unknown.length) {
    throw badRequest(`Unknown column${unknown.length > 1 ? 's' : ''} ${unknown.map((c) => `"${c}"`).join(', ')}. The columns are: ${columns.join(', ')}.`);
  }
  const missing = required.filter((name) => !names.includes(name));
  if (missing.length) throw badRequest(`Missing column${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}.`);

  // Line numbers: walk the raw text of each record (raw includes any empty lines before it).
  let cursor = body.indexOf(header.raw) + header.raw.length;
  let line = 1 + newlines(body.slice(0, cursor));
  return rows.map(({ record, raw }) => {
    const leading = /^(?:\r\n|\r|\n)*/.exec(raw)![0];
    const start = line + newlines(leading);
    line += newlines(raw);
    cursor += raw.length;
    const values: Record<string, string> = {};
    names.forEach((name, i) => {
      const cell = record[i];
      if (name && cell !== undefined && cell !== '') values[name] = cell;
    });
    return { line: start, values, fieldCount: record.length, expectedFields: names.length };
  });
}

const ROLE_COLUMNS = ['clinicalLibrarianWte', 'knowledgeManagerWte', 'otherEmbeddedWte'] as const;

/** A returns CSV row in the JSON row shape: the role columns become the `roles` object. */
export function csvRowToJson(values: Record<string, string>): Record<string, unknown> {
  const row: Record<string, unknown> = { ...values };
  const roles = Object.fromEntries(ROLE_COLUMNS.filter((c) => c in values).map((c) => [c, values[c]]));
  for (const column of ROLE_COLUMNS) delete row[column];
  if (Object.keys(roles).length) row.roles = roles;
  return row;
}
