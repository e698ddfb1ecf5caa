import { CsvError, parse } from 'csv-parse';
import { badRequest } from '../errors/problem.ts';
import { Cooperative } from './cooperative.ts';
import { isoFromUkDate, withoutThousandsSeparators } from './csv-values.ts';

/**
 * One data row of an uploaded CSV file, with the line it starts on (the header is line 1), and
 * why it cannot be read at all (a wrong number of fields), if so.
 */
export type CsvRow = { line: number; values: Record<string, string>; problem?: string };

const newlines = (text: string) => (text.match(/\r\n|\r|\n/g) ?? []).length;

/** Names from a file, quoted and cut short: an error echoes at most 64 characters of any input. */
const quoted = (names: string[]) => names.map((name) => `"${name.slice(0, 64)}"`).join(', ');

/** How much text csv-parse reads between turns of the event loop. */
const SLICE_CHARS = 16 * 1024;

type RawRecord = { record: string[]; raw: string };

export type Delimiter = ',' | ';';

/**
 * `;` when the header line uses it and no comma (Excel in many locales saves "CSV" so), else `,`.
 * Decided from the header alone: a data row's commas never change how the file is split.
 */
function delimiterOf(body: string): Delimiter {
  const firstLine = /^[^\r\n]*/.exec(body.replace(/^(?:\r\n|\r|\n)+/, ''))![0].replace(/"[^"]*"/g, '');
  return firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
}

/** Reads every record with csv-parse's streaming parser, a slice at a time, yielding in between. */
async function readRecords(body: string, delimiter: Delimiter): Promise<RawRecord[]> {
  const records: RawRecord[] = [];
  const parser = parse({ raw: true, relax_column_count: true, skip_empty_lines: true, trim: true, delimiter });
  let failure: unknown;
  parser.on('data', (record: RawRecord) => records.push(record));
  parser.on('error', (error) => (failure ??= error));
  const finished = new Promise<void>((resolve) => parser.once('end', resolve).once('error', () => resolve()));
  const cooperative = new Cooperative();
  for (let start = 0; start < body.length && failure === undefined; start += SLICE_CHARS) {
    await new Promise<void>((resolve) => parser.write(body.slice(start, start + SLICE_CHARS), () => resolve()));
    await cooperative.turn();
  }
  if (failure === undefined) {
    parser.end();
    await finished;
  } else {
    parser.destroy();
  }
  if (failure !== undefined) {
    if (failure instanceof CsvError) {
      const line = (failure as CsvError & { lines?: number }).lines ?? '?';
      throw badRequest(`The CSV could not be read near line ${line}: ${failure.message.replace(/^Invalid [^:]*: /, '').slice(0, 200)}`);
    }
    throw failure;
  }
  return records;
}

/** How many cells a record has up to its last non-empty one (Excel pads rows with empty cells). */
const usedLength = (record: string[]) => {
  let length = record.length;
  while (length > 0 && record[length - 1] === '') length -= 1;
  return length;
};

/** The header's column names, matched to `columns` ignoring case; empty columns at the end are ignored. */
function readHeader(header: string[], columns: readonly string[], required: readonly string[]): string[] {
  const cells = header.slice(0, usedLength(header));
  const blank = cells.findIndex((cell) => cell === '');
  if (blank >= 0) throw badRequest(`Column ${blank + 1} of the header has no name: name it or remove it.`);
  const byLowerName = new Map(columns.map((name) => [name.toLowerCase(), name]));
  const names = cells.map((cell) => byLowerName.get(cell.toLowerCase()) ?? null);
  const unknown = cells.filter((_, i) => names[i] === null);
  if (unknown.length) {
    throw badRequest(`Unknown column${unknown.length > 1 ? 's' : ''} ${quoted(unknown.slice(0, 10))}. The columns are: ${columns.join(', ')}.`);
  }
  const repeated = names.filter((name, i) => names.indexOf(name) !== i) as string[];
  if (repeated.length) {
    throw badRequest(`The header names ${quoted([...new Set(repeated)])} more than once: which one is meant? Keep each column once.`);
  }
  const missing = required.filter((name) => !names.includes(name));
  if (missing.length) throw badRequest(`Missing column${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}.`);
  return names as string[];
}

/**
 * Parses a CSV upload as Excel writes it: a BOM or none, CRLF or LF, `,` or `;` between fields,
 * quoted fields (with commas, quotes and line breaks inside), empty columns after the last named
 * one and rows with nothing in them ignored. Columns are matched by name, ignoring case;
 * `required` must all be present, and no unknown or repeated column is allowed. A row with more
 * or fewer fields than the header is kept with its `problem` (it is rejected, never guessed at).
 * Large files are read a slice at a time so that other requests are answered meanwhile. The
 * delimiter found is answered too: what a cell means can depend on it (see csvRowToJson).
 */
export async function parseCsvRows(
  text: string,
  columns: readonly string[],
  required: readonly string[],
): Promise<{ rows: CsvRow[]; delimiter: Delimiter }> {
  const body = text.replace(/^\uFEFF/, '');
  const delimiter = delimiterOf(body);
  const [header, ...rows] = await readRecords(body, delimiter);
  if (!header) throw badRequest('The CSV is empty: it needs a header row, then one row per return.');
  const names = readHeader(header.record, columns, required);

  // Line numbers: walk the raw text of each record (raw includes any empty lines before it).
  let line = 1 + newlines(body.slice(0, body.indexOf(header.raw) + header.raw.length));
  const cooperative = new Cooperative();
  const result: CsvRow[] = [];
  for (const { record, raw } of rows) {
    const leading = /^(?:\r\n|\r|\n)*/.exec(raw)![0];
    const start = line + newlines(leading);
    line += newlines(raw);
    await cooperative.turn();
    const used = usedLength(record);
    if (used === 0) continue; // a row of empty cells (",,,"): nothing to read
    const values: Record<string, string> = {};
    names.forEach((name, i) => {
      const cell = record[i];
      if (cell !== undefined && cell !== '') values[name] = cell;
    });
    // More fields than named columns (an unquoted "10,000" splits a figure in two), or fewer.
    const fields = used > names.length ? used : record.length < names.length ? record.length : null;
    result.push({ line: start, values, ...(fields === null ? {} : { problem: `has ${fields} fields; the header has ${names.length}` }) });
  }
  return { rows: result, delimiter };
}

const ROLE_COLUMNS = ['clinicalLibrarianWte', 'knowledgeManagerWte', 'otherEmbeddedWte'] as const;
const WTE_COLUMNS = ['staffWte', 'qualifiedWte', ...ROLE_COLUMNS];

/**
 * A returns CSV row in the JSON row shape: the role columns become the `roles` object, UK
 * thousands separators leave WTE cells ("13,900.25", in `,` files only) and UK dates become ISO
 * ("31/03/2025").
 */
export function csvRowToJson(values: Record<string, string>, delimiter: Delimiter = ','): Record<string, unknown> {
  const row: Record<string, unknown> = { ...values };
  if (delimiter === ',') for (const column of WTE_COLUMNS) if (column in values) row[column] = withoutThousandsSeparators(values[column]!);
  if (values.staffSnapshotDate !== undefined) row.staffSnapshotDate = isoFromUkDate(values.staffSnapshotDate);
  // Warning codes confirmed, separated by spaces: "no_qualified_staff late_submission".
  if (values.acknowledgedWarnings !== undefined) row.acknowledgedWarnings = values.acknowledgedWarnings.split(/\s+/).filter(Boolean);
  const roles = Object.fromEntries(ROLE_COLUMNS.filter((c) => c in values).map((c) => [c, row[c]]));
  for (const column of ROLE_COLUMNS) delete row[column];
  if (Object.keys(roles).length) row.roles = roles;
  return row;
}
